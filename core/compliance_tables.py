"""The tables and figures the compliance and my-unit pages show, made from the rows of their queries
(compliance_status, compliance_rates, unit_submissions, submission_measures). Pure, no streamlit: the
pages only read widgets, ask, and render what these return. Column headers are the reader's labels.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

import pandas as pd

from core import compliance as comp
from core.thaidate import format_date, format_datetime
from i18n import t
from i18n.units import unit_label, unit_labels


def col(name: str, lang: str) -> str:
    """A compliance table's column header."""
    return t(f"compliance.col.{name}", lang)


def _reports(frame: pd.DataFrame, lang: str, *, short: bool = True) -> list[str]:
    return [
        comp.report_label(f, p, lang, short=short)
        for f, p in zip(frame["form"], frame["period"], strict=True)
    ]


def _cells(frame: pd.DataFrame, lang: str) -> list[str]:
    return [
        comp.cell(s, late, over, lang)
        for s, late, over in zip(frame["status"], frame["days_late"], frame["days_overdue"], strict=True)
    ]


def _times(values: Iterable, lang: str, missing: str | None = None) -> list[str]:
    """Bangkok date and time; ``missing`` for an empty value (None: every value is there)."""
    return [
        missing
        if missing is not None and pd.isna(v)
        else format_datetime(pd.Timestamp(v).to_pydatetime(), lang)
        for v in values
    ]


def rates_in_round(rates: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """The rates of the rounds whose reports the page shows (the sidebar's round), and the monthly one."""
    shown = [*rows.loc[rows["form"] != "reach_monthly", "period"].unique(), "monthly"]
    return rates[rates["round"].isin(shown)]


def rate_cards(rates: pd.DataFrame, late: pd.DataFrame, lang: str) -> list[tuple[str, str, str]]:
    """(title, value, caption) per headline box: each round's on-time rate, then the overdue count."""
    cards = []
    for rnd, rate, owed, due, on_time, n_late, missing in zip(
        rates["round"], rates["rate"], rates["owed"], rates["due"], rates["on_time_due"], rates["late"],
        rates["missing"], strict=True,
    ):  # fmt: skip
        caption = (
            t("compliance.rate_caption", lang, on_time=on_time, due=due, late=n_late, missing=missing)
            if due
            else t("compliance.rate_none", lang, owed=owed)
        )
        cards.append((t(f"round.{rnd}", lang), "–" if pd.isna(rate) else f"{rate:.1%}", caption))
    units = late["unit_code"].nunique()
    count = t("compliance.overdue.count", lang, reports=len(late), units=units)
    return [*cards, (t("status.missing", lang), f"{len(late)}", count)]


def overdue_table(grouped: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The overdue list (core.compliance.overdue_by_unit) under its headers; the due date beside the
    unit, so on a phone it shows unscrolled."""
    return pd.DataFrame(
        {
            col("unit", lang): grouped["unit"],
            col("due_date", lang): grouped["due_date"],
            col("days_overdue", lang): grouped["days_overdue"],
            col("count", lang): grouped["reports"],
            col("reports", lang): grouped["overdue_reports"],
        }
    )


def reminder_export(remind: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The reminder list (core.compliance.reminders) as it is downloaded: the code, then labelled columns."""
    return remind.rename(
        columns={
            "unit_code": "code",
            "unit": col("unit", lang),
            "reports": col("count", lang),
            "days_overdue": col("days_overdue", lang),
            "overdue_reports": col("reports", lang),
            "reminder_th": t("compliance.reminder_text", lang),
        }
    )


class Reminders(NamedTuple):
    """The reminders (core.compliance.reminders) with the letter picker's texts: code -> Thai letter,
    code -> unit label."""

    table: pd.DataFrame
    letters: dict[str, str]
    units: dict[str, str]


def reminders_with_picks(
    rows: pd.DataFrame, as_of: date, lang: str, *, round_end: date | None = None
) -> Reminders:
    """core.compliance.reminders and its picker's texts, made together once per replica
    (data.derive_shared): texts made on each view stayed with every session's picker until the
    session expired (issue #20)."""
    table = comp.reminders(rows, as_of, lang, round_end=round_end)
    codes = table["unit_code"].tolist()
    letters = dict(zip(codes, table["reminder_th"].tolist(), strict=True))
    return Reminders(table, letters, dict(zip(codes, table["unit"].tolist(), strict=True)))


def crosscheck_table(odd: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Form 2 rows that disagree with the survey (core.compliance.crosscheck), and what disagrees."""
    return pd.DataFrame(
        {
            col("unit", lang): _units(odd, lang),
            col("period", lang): [
                comp.period_label(f, p, lang) for f, p in zip(odd["form"], odd["period"], strict=True)
            ],
            col("responses", lang): odd["responses"].astype(int),
            col("status", lang): _cells(odd, lang),
            col("check", lang): [t(f"check.{c}", lang) for c in odd["check"]],
        }
    )


def _units(frame: pd.DataFrame, lang: str) -> list[str]:
    return [unit_label(r, lang) for r in frame.itertuples()]


def unit_choices(rows: pd.DataFrame, lang: str) -> dict[str, str]:
    """code -> "ABBR · name" of the units in the rows, in the order they first appear."""
    return unit_labels(rows.drop_duplicates("unit_code"), lang)


def unit_choices_in_round(rows: pd.DataFrame, round_end, lang: str) -> dict[str, str]:
    """unit_choices of the rows of the sidebar's round (comp.in_round): cacheable from the query's rows."""
    return unit_choices(comp.in_round(rows, round_end), lang)


def first_unit(codes: list[str], chosen: tuple[str, ...], late: pd.DataFrame) -> int:
    """Which unit the history opens on: the one unit the sidebar chose, else the most overdue, else the first."""
    if len(chosen) == 1 and chosen[0] in codes:
        return codes.index(chosen[0])
    return codes.index(late.iloc[0]["unit_code"]) if len(late) else 0


def history_table(history: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One unit's reports across the years: fiscal year, report, due date, when submitted, status, link."""
    history = history.sort_values(["fiscal_year", "period_end", "form"])
    return pd.DataFrame(
        {
            col("fy", lang): history["fiscal_year"].astype(str).to_numpy(),
            col("report", lang): _reports(history, lang),
            col("due_date", lang): [format_date(d, lang) for d in history["due_date"]],
            col("submitted_at", lang): _times(history["submitted_at"], lang, missing="–"),
            col("status", lang): _cells(history, lang),
            col("link", lang): history["link"].to_numpy(),
        }
    )


def submissions_table(sent: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Every submission a unit registered (queries/unit_submissions.sql) and what became of it."""
    return pd.DataFrame(
        {
            col("submitted_at", lang): _times(sent["submitted_at"], lang),
            col("report", lang): _reports(sent, lang),
            col("fy", lang): sent["fiscal_year"].astype(str),
            col("note", lang): [t(f"note.{n}", lang) for n in sent["note"]],
            col("link", lang): sent["link"],
        }
    )


def form1_picks(sent: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, dict[str, str]]:
    """(the Form 1 submissions with measures, submitted-at text -> what the picker shows for it)."""
    form1 = sent[(sent["form"] == "form1") & (sent["measures"] > 0)]
    picks = {
        str(at): f"{label} {year} · {when}"
        for at, label, year, when in zip(
            form1["submitted_at"], _reports(form1, lang, short=False), form1["fiscal_year"],
            _times(form1["submitted_at"], lang), strict=True,
        )
    }  # fmt: skip
    return form1, picks


def measures_table(measures: pd.DataFrame, lang: str) -> pd.DataFrame:
    """One Form 1 submission measure by measure: the measure, its result ('–' when blank), the evidence."""
    return pd.DataFrame(
        {
            col("measure", lang): [f"{m}. {t(f'measure.{m}', lang)}" for m in measures["measure"]],
            col("result", lang): measures["result"].fillna("–"),
            col("evidence", lang): measures["evidence"],
        }
    )


def owed_table(owed: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What one unit owes this year (the my-unit page): report, due date, status, when submitted."""
    return pd.DataFrame(
        {
            col("report", lang): _reports(owed, lang),
            col("due_date", lang): [format_date(d, lang) for d in owed["due_date"]],
            col("status", lang): _cells(owed, lang),
            col("submitted_at", lang): _times(owed["submitted_at"], lang, missing="–"),
        }
    )


def sent_table(sent: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What one unit sent (the my-unit page): when, which report, the fiscal year, the link ('–' if none)."""
    return pd.DataFrame(
        {
            col("submitted_at", lang): _times(sent["submitted_at"], lang),
            col("report", lang): _reports(sent, lang),
            col("fy", lang): sent["fiscal_year"].astype(str),
            col("link", lang): sent["link"].fillna("–"),
        }
    )


def export_name(fy: int, as_of: date) -> str:
    """The reminder list's file name, without its extension."""
    return f"reminders-{fy}-{as_of.isoformat()}"
