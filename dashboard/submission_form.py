"""The forms that put a report on record: ศปท. records one it received (compliance page), a unit officer
submits its own (the unit's page). Both save through etl.submit (the importer's submissions path and an
atomic publish) and write the audit log with the signed-in person and, for a correction, the old value.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from core import compliance as comp
from core.fiscal import fiscal_year, fiscal_year_range
from core.thaidate import format_date, format_datetime, format_month
from dashboard import access
from dashboard.data import ask, derive_shared
from dashboard.date_input import be_date_input
from etl import publish, submit
from etl.problems import InputProblem
from i18n import t
from i18n.units import unit_labels
from runtime.clock import bangkok_now

FORMS = ("form1", "form2", "reach_monthly")
RECORDERS = frozenset({"acc", "admin"})


def account_label(viewer, unit_code: str | None = None) -> str:
    """Who recorded it, as stored in the analytics file: a role or unit account, never a person."""
    if unit_code:
        return f"unit:{unit_code}"
    return "ศปท." if "acc" in viewer.roles else "admin"


def _months(fy: int) -> list[str]:
    start, _ = fiscal_year_range(fy)
    months = []
    y, m = start.year, start.month
    for _ in range(12):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def _period_picker(prefix: str, form: str, fy: int, lang: str, container) -> str:
    if form == "reach_monthly":
        return container.selectbox(
            t("record.month", lang),
            _months(fy),
            key=f"{prefix}_month",
            format_func=lambda p: format_month(date.fromisoformat(p + "-01"), lang),
        )
    return container.radio(
        t("record.round", lang),
        ("6", "12"),
        key=f"{prefix}_round",
        horizontal=True,
        format_func=lambda r: t(f"round.{r}", lang),
    )


def _entry_label(row, lang: str) -> str:
    who = row.recorded_by if isinstance(row.recorded_by, str) else row.source
    return f"{format_date(row.submitted_at, lang)} · {who}"


def _fill_from(prefix: str, entries: pd.DataFrame) -> None:
    """Choosing an entry to correct fills the boxes with its values."""
    picked = st.session_state.get(f"{prefix}_mode")
    if picked in (None, "new"):
        return
    row = entries.iloc[int(picked)]
    st.session_state[f"{prefix}_date"] = format_date(row["submitted_at"], "th")
    st.session_state[f"{prefix}_link"] = row["link"] if isinstance(row["link"], str) else ""
    st.session_state[f"{prefix}_no"] = row["receipt_no"] if isinstance(row["receipt_no"], str) else ""
    st.session_state[f"{prefix}_note"] = row["note"] if isinstance(row["note"], str) else ""


def _save(viewer, receipt: submit.Receipt, label: str, replaces, lang: str, prefix: str) -> None:
    try:
        outcome = submit.save(receipt, label, replaces=replaces)
    except (InputProblem, publish.LoadBusy) as problem:
        st.error(t("record.failed", lang), icon=":material/error:")
        st.text(problem.text(lang) if isinstance(problem, InputProblem) else str(problem))
        return
    access.record(
        viewer,
        "submission_corrected" if replaces is not None else "submission_recorded",
        "submissions",
        account=label,
        old=outcome["old"],
        new=outcome["new"],
    )
    st.session_state[f"{prefix}_message"] = t(
        "record.saved",
        lang,
        unit=receipt.unit_code,
        report=comp.report_label(receipt.form, receipt.period, lang),
        fy=receipt.fiscal_year,
    )
    st.session_state.pop(f"{prefix}_mode", None)
    st.rerun()


def record_received(ctx) -> None:
    """ศปท. (or the admin) records a report it received, or corrects an entry already held."""
    viewer, lang, prefix = ctx.viewer, ctx.lang, "rec"
    if not viewer.roles & RECORDERS:
        return
    st.subheader(t("record.title", lang))
    st.caption(t("record.intro", lang))
    message = st.session_state.pop(f"{prefix}_message", None)
    if message:
        st.success(message, icon=":material/task_alt:")
    names = derive_shared(unit_labels, "units", {}, lang)  # 2,000 labels: once per replica and version
    this_year = fiscal_year(bangkok_now().date())
    with st.container(border=True):
        a, b, c, d = st.columns([3, 2, 1, 2])
        unit = a.selectbox(t("record.unit", lang), list(names), format_func=names.get, key=f"{prefix}_unit")
        form = b.selectbox(
            t("record.form", lang), FORMS, format_func=lambda f: t(f"report.{f}", lang), key=f"{prefix}_form"
        )
        page_fy = fiscal_year(ctx.end)  # the year the page shows is the one first offered
        years = sorted({page_fy, *range(this_year, this_year - 4, -1)}, reverse=True)
        fy = c.selectbox(t("record.fy", lang), years, index=years.index(page_fy), key=f"{prefix}_fy")

        period = _period_picker(prefix, form, fy, lang, d)
        held = ask("submission_entries", unit=unit, form=form, fy=fy, period=period)
        choices = ["new", *[str(i) for i in range(len(held))]]
        mode = st.radio(
            t("record.mode", lang),
            choices,
            key=f"{prefix}_mode",
            format_func=lambda m: (
                t("record.mode.new", lang)
                if m == "new"
                else t("record.mode.correct", lang, entry=_entry_label(held.iloc[int(m)], lang))
            ),
            on_change=_fill_from,
            args=(prefix, held),
            horizontal=True,
        )
        left, right = st.columns(2)
        with left:
            received = be_date_input(
                t("record.received", lang), bangkok_now().date(), key=f"{prefix}_date", lang=lang
            )
        receipt_no = right.text_input(t("record.receipt_no", lang), key=f"{prefix}_no", max_chars=100)
        link = st.text_input(t("record.link", lang), key=f"{prefix}_link", placeholder="https://")
        if not held.empty:
            st.caption(t("record.held", lang))
            st.dataframe(entries_table(held, lang), hide_index=True, key=f"{prefix}_held")
        note = st.text_area(t("record.note", lang), key=f"{prefix}_note", max_chars=submit.MAX_TEXT)
        if st.button(t("record.save", lang), type="primary", icon=":material/save:", key=f"{prefix}_save"):
            if received is None:
                st.error(t("record.need_date", lang))
                return
            replaces = None
            if mode != "new":
                row = held.iloc[int(mode)]
                replaces = (
                    row.unit_code,
                    row.form,
                    int(row.fiscal_year),
                    row.period,
                    row.submitted_at.to_pydatetime(),
                )
            receipt = submit.Receipt(unit, form, fy, period, received, link, receipt_no, note)
            _save(viewer, receipt, account_label(viewer), replaces, lang, prefix)


def unit_submit(ctx, unit_code: str) -> None:
    """A unit officer submits its own report: the link, and for form 1 the seven measures' results."""
    viewer, lang, prefix = ctx.viewer, ctx.lang, "usub"
    message = st.session_state.pop(f"{prefix}_message", None)
    if message:
        st.success(message, icon=":material/task_alt:")
    this_year = fiscal_year(bangkok_now().date())
    with st.container(border=True):
        a, b, c = st.columns([2, 1, 2])
        form = a.selectbox(
            t("record.form", lang),
            ("form1", "form2"),
            format_func=lambda f: t(f"report.{f}", lang),
            key=f"{prefix}_form",
        )
        fy = b.selectbox(t("record.fy", lang), list(range(this_year, this_year - 3, -1)), key=f"{prefix}_fy")
        period = _period_picker(prefix, form, fy, lang, c)
        link = st.text_input(t("unit.submit.link", lang), key=f"{prefix}_link", placeholder="https://")
        measures: dict[int, tuple[str, str]] = {}
        if form == "form1":
            st.caption(t("unit.submit.measures", lang))
            for n in range(1, 8):
                left, right = st.columns([3, 2])
                result = left.text_area(
                    f"{n}. {t(f'measure.{n}', lang)}",
                    key=f"{prefix}_m{n}",
                    height=68,
                    max_chars=submit.MAX_TEXT,
                )
                evidence = right.text_input(
                    t("unit.submit.evidence", lang, n=n), key=f"{prefix}_e{n}", placeholder="https://"
                )
                if result.strip() or evidence.strip():
                    measures[n] = (result, evidence)
        if st.button(
            t("unit.submit.button", lang), type="primary", icon=":material/send:", key=f"{prefix}_save"
        ):
            receipt = submit.Receipt(unit_code, form, fy, period, bangkok_now(), link, "", "", measures)
            _save(viewer, receipt, account_label(viewer, unit_code), None, lang, prefix)


def _when(value) -> str:
    return "–" if pd.isna(value) else value.to_pydatetime()


def entries_table(held: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The entries held for a report, with who recorded each (an account label) and when: inert text."""
    return pd.DataFrame(
        {
            t("record.col.submitted_at", lang): [
                format_datetime(_when(d), lang) for d in held["submitted_at"]
            ],
            t("record.col.by", lang): [
                b if isinstance(b, str) else s
                for b, s in zip(held["recorded_by"], held["source"], strict=True)
            ],
            t("record.col.recorded_at", lang): [
                "–" if pd.isna(d) else format_datetime(_when(d), lang) for d in held["recorded_at"]
            ],
            t("record.col.receipt_no", lang): held["receipt_no"].fillna("–"),
            t("record.col.link", lang): held["link"].fillna("–"),
            t("record.col.measures", lang): held["measures"].astype(int),
            t("record.col.note", lang): held["note"].fillna(""),
        }
    )
