"""Streamlit pieces of the compliance page (views/compliance.py): the headline boxes, the overdue list,
the reminders with their downloads, the matrices, and tables whose links are checked before they may be
opened. The tables themselves are made by core.compliance_tables (pure, tested)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

import exports
from charts import compliance as compliance_charts
from core import compliance as comp
from core import compliance_tables as tables
from dashboard import exporting, reminder_mail
from dashboard.data import derive_shared
from i18n import t


def headline(cards: list[tuple[str, str, str]]) -> None:
    """One bordered box per (title, value, caption), side by side."""
    for box, (title, value, caption) in zip(st.columns(len(cards)), cards, strict=True):
        with box.container(border=True):
            st.metric(title, value)
            st.caption(caption)


def show_links(frame: pd.DataFrame, column: str, lang: str) -> None:
    """Replace a link column by the links safe to open; say which were refused (shown as text)."""
    safe, rejected = comp.split_links(frame[column])
    frame[column] = safe
    if rejected:  # the label as markdown, the links from the data only ever as plain text
        st.warning(t("compliance.link_rejected", lang), icon=":material/link_off:")
        st.text(" · ".join(rejected))


def linked_table(frame: pd.DataFrame, column: str, lang: str, key: str | None = None) -> None:
    """A table with one link column, its unsafe links refused first (see show_links)."""
    show_links(frame, column, lang)
    st.dataframe(frame, hide_index=True, column_config={column: st.column_config.LinkColumn()}, key=key)


def overdue_list(grouped: pd.DataFrame, lang: str) -> None:
    """The overdue list, its columns wide enough that a due date or a unit's name is never cut."""
    head = {name: tables.col(name, lang) for name in ("unit", "due_date", "days_overdue", "count", "reports")}
    st.dataframe(
        tables.overdue_table(grouped, lang),
        hide_index=True,
        key="overdue_table",
        column_config={
            head["unit"]: st.column_config.TextColumn(width=220, pinned=True),
            head["due_date"]: st.column_config.TextColumn(width=115),
            head["days_overdue"]: st.column_config.NumberColumn(width=115),
            head["count"]: st.column_config.NumberColumn(width=70),
            head["reports"]: st.column_config.TextColumn(width="large"),
        },
    )


def reminders(ctx, picks: tables.Reminders, fy: int, as_of: date) -> None:
    """The reminder list to download (XLSX, CSV), one unit's letter to copy, and the e-mails."""
    lang, remind = ctx.lang, picks.table
    name = tables.export_name(fy, as_of)
    left, right, _ = st.columns([1, 1, 3])
    # Made when clicked, from the shared `remind`: a session's buttons keep their functions until it
    # expires, and an export table built on every view stayed in memory with them (~1.3 MB a session).
    builds = {
        "xlsx": lambda: exports.xlsx_bytes(tables.reminder_export(remind, lang), "reminders"),
        "csv": lambda: exports.csv_bytes(tables.reminder_export(remind, lang)),
    }
    for box, (fmt, build) in zip((left, right), builds.items(), strict=True):
        exporting.document(
            box, t(f"download.{fmt}", lang), build, file_name=f"{name}.{fmt}", key=f"dl_reminders_{fmt}"
        )
    st.markdown(f"**{t('compliance.reminder_text', lang)}**")
    chosen = st.selectbox(
        t("compliance.reminder_unit", lang), list(picks.letters), format_func=picks.units.get, key="c_remind"
    )
    st.code(picks.letters[chosen], language=None, wrap_lines=True)
    reminder_mail.render(ctx, remind)  # e-mail the reminders (dashboard/reminder_mail.py)


def overdue_section(ctx, late: pd.DataFrame, fy: int, as_of: date) -> None:
    """What is overdue, unit by unit, and the reminders to send; both made once per replica and data
    version, as-of day, round and language (~1.5 s at 2,000 units otherwise)."""
    st.subheader(t("compliance.overdue", ctx.lang))
    if late.empty:
        st.success(t("compliance.overdue.none", ctx.lang), icon=":material/task_alt:")
        return
    params = {"as_of": as_of, "fy": fy}
    # Shared, not copied: only read here, and a copy per session (2,000 reminder letters) stayed in memory
    # as long as the session did, a closed one for 2 minutes (issue #20).
    grouped = derive_shared(comp.overdue_by_unit, "compliance_status", params, ctx.lang, round_end=ctx.end)
    overdue_list(grouped, ctx.lang)
    picks = derive_shared(
        tables.reminders_with_picks, "compliance_status", params, as_of, ctx.lang, round_end=ctx.end
    )
    reminders(ctx, picks, fy, as_of)


def matrix(ctx, as_of: date, fy: int, *, monthly: bool) -> None:
    """The unit × report matrix (or × month), styled once per replica and data version and shared
    read-only by every viewer (issue #20)."""
    unit = tables.col("unit", ctx.lang)
    table = derive_shared(
        compliance_charts.styled_matrix, "compliance_status", {"as_of": as_of, "fy": fy}, ctx.lang, unit,
        monthly=monthly, round_end=ctx.end,
    )  # fmt: skip
    if monthly:
        st.dataframe(table, hide_index=True, key="monthly")
    else:
        st.dataframe(
            table,
            hide_index=True,
            column_config={unit: st.column_config.TextColumn(width="medium", pinned=True)},
            key="matrix",
            height=min(36 * len(table.data) + 40, 640),
        )
    st.caption(t("compliance.matrix.caption", ctx.lang))
