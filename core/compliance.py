"""Reporting compliance for ศปท., as pure functions over the rows of queries/compliance_status.sql.

The status itself is computed in SQL; this module only shapes it for people: the unit × report
matrix with symbol + word per cell, the overdue list, the reminder list and its Thai letter text,
and which evidence links may be opened.
"""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import numpy as np
import pandas as pd

from core.thaidate import format_date, format_month
from i18n import t
from i18n.units import unit_label

BANGKOK = ZoneInfo("Asia/Bangkok")


def today_bangkok(now: datetime | None = None) -> date:
    """Today's date in Thailand (the server may run in UTC: at 01:00 Bangkok it is still yesterday there)."""
    return (now or datetime.now(BANGKOK)).astimezone(BANGKOK).date()


def safe_url(url: object) -> str | None:
    """The link if it may be opened (http or https with a host), else None: no javascript:, data:, file:."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in text for c in "\r\n\t "):
        return text
    return None


def split_links(values: pd.Series) -> tuple[list[str | None], list[str]]:
    """(links safe to open, in order; the rejected non-empty ones, to be shown as text and said so)."""
    safe = [safe_url(v) for v in values]
    rejected = [
        str(v) for v, ok in zip(values, safe, strict=True) if ok is None and isinstance(v, str) and v.strip()
    ]
    return safe, rejected


# Each status's glyph: with its word it carries the meaning (never colour alone); glyphs DejaVu has.
STATUS_SYMBOLS = {"on_time": "✓", "late": "◷", "missing": "✗", "not_due": "…"}


def cell(status: str, days_late, days_overdue, lang: str) -> str:
    """One matrix cell: symbol and word (never colour alone), with the days when late or missing."""
    symbol = STATUS_SYMBOLS[status]
    if status == "late":
        return f"{symbol} {t('status.late.days', lang, days=int(days_late))}"
    if status == "missing":
        return f"{symbol} {t('status.missing.days', lang, days=int(days_overdue))}"
    return f"{symbol} {t('status.' + status, lang)}"


def period_label(form: str, period: str, lang: str) -> str:
    if form == "reach_monthly":
        return format_month(date.fromisoformat(period + "-01"), lang)
    return t(f"round.{period}", lang)


def report_label(form: str, period: str, lang: str, *, short: bool = False) -> str:
    name = t(f"report.{form}.short" if short else f"report.{form}", lang)
    return f"{name} · {period_label(form, period, lang)}"


def _column(form: str, period: str, lang: str) -> str:
    return (
        period_label(form, period, lang)
        if form == "reach_monthly"
        else report_label(form, period, lang, short=True)
    )


def matrix(rows: pd.DataFrame, lang: str, *, monthly: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(texts, statuses): one row per unit, one column per report (the round reports, or the months);
    '–' where the unit owes nothing (not open yet, or closed).

    Filled column-wise (each distinct cell text made once): at 2,000 units a row-by-row `.loc` fill
    was most of the compliance page's server time (issue #20)."""
    part = rows[(rows["form"] == "reach_monthly") == monthly].sort_values(
        ["form", "period_end"], kind="stable"
    )
    units = part.drop_duplicates("unit_code")
    index = [unit_label(r, lang) for r in units.itertuples()]
    heads: dict[tuple[str, str], str] = {}
    for f, p in zip(part["form"], part["period"], strict=True):
        if (f, p) not in heads:
            heads[(f, p)] = _column(f, p, lang)
    columns = list(dict.fromkeys(heads.values()))
    labels = dict(zip(units["unit_code"], index, strict=True))
    row_of = {label: i for i, label in enumerate(dict.fromkeys(index))}
    col_of = {c: j for j, c in enumerate(columns)}
    texts = np.full((len(row_of), len(columns)), "–", dtype=object)
    statuses = np.full((len(row_of), len(columns)), "", dtype=object)
    made: dict[tuple, str] = {}
    for code, f, p, status, late, over in zip(
        part["unit_code"], part["form"], part["period"], part["status"], part["days_late"],
        part["days_overdue"], strict=True,
    ):  # fmt: skip
        key = (status, None if pd.isna(late) else int(late), None if pd.isna(over) else int(over))
        text = made.get(key)
        if text is None:
            text = made[key] = cell(status, late, over, lang)
        i, j = row_of[labels[code]], col_of[heads[(f, p)]]
        texts[i, j] = text
        statuses[i, j] = status
    # Units whose labels coincide share one row, as .loc by label did.
    positions = [row_of[label] for label in index]
    return (
        pd.DataFrame(texts[positions], index=index, columns=columns, dtype=object),
        pd.DataFrame(statuses[positions], index=index, columns=columns, dtype=object),
    )


def overdue(rows: pd.DataFrame) -> pd.DataFrame:
    """Reports past due and not submitted, the most overdue first (then by unit)."""
    late = rows[rows["status"] == "missing"]
    return late.sort_values(["days_overdue", "unit_code", "due_date"], ascending=[False, True, True])


def in_round(rows: pd.DataFrame, end: date) -> pd.DataFrame:
    """The reports whose period ends by the sidebar's end date: round 6 (to 31 March) keeps the
    round-6 forms and the October-March monthly reports; round 12 (the whole year) keeps all."""
    return rows[pd.to_datetime(rows["period_end"]).dt.date <= end].reset_index(drop=True)


def _short_unit(row, lang: str) -> str:
    """A provincial office by its abbreviation alone (สดจ.ชลบุรี): its long name would be cut."""
    if row.kind == "provincial" and isinstance(row.abbr, str) and row.abbr:
        return row.abbr
    return unit_label(row, lang)


def overdue_by_unit(rows: pd.DataFrame, lang: str, *, round_end: date | None = None) -> pd.DataFrame:
    """One row per unit with something overdue: how many, the longest overdue, the earliest due date
    and each report with its own due date; the unit most overdue first. ``round_end``: the sidebar's
    round only.

    All units in one pass over the overdue rows (each report label and date formatted once), not a
    pandas group per unit: at 2,000 units the per-group version took ~1.5 s (issue #20)."""
    columns = ["unit_code", "unit", "reports", "days_overdue", "due_date", "overdue_reports"]
    late = overdue(rows if round_end is None else in_round(rows, round_end))
    late = late[late["unit_code"].notna()]
    if late.empty:
        return pd.DataFrame([], columns=columns)
    # the units in order of first appearance (the most overdue first), each unit's reports by due date
    late = late.assign(_unit=pd.factorize(late["unit_code"])[0]).sort_values(
        ["_unit", "due_date"], kind="stable"
    )
    labels = {
        key: report_label(*key, lang, short=True)
        for key in dict.fromkeys(zip(late["form"], late["period"], strict=True))
    }
    made: dict = {}
    due = [made[d] if d in made else made.setdefault(d, format_date(d, lang)) for d in late["due_date"]]
    texts = [f"{labels[(f, p)]} ({d})" for f, p, d in zip(late["form"], late["period"], due, strict=True)]
    unit, days = late["_unit"].to_numpy(), late["days_overdue"].tolist()
    starts = np.flatnonzero(np.r_[True, unit[1:] != unit[:-1]])
    ends = np.r_[starts[1:], len(unit)]
    firsts = late.iloc[starts]
    out = [
        {
            "unit_code": first.unit_code,
            "unit": _short_unit(first, lang),
            "reports": int(b - a),
            "days_overdue": int(max(days[a:b])),
            "due_date": due[a],
            "overdue_reports": " · ".join(texts[a:b]),
        }
        for first, a, b in zip(firsts.itertuples(), starts, ends, strict=True)
    ]
    return pd.DataFrame(out, columns=columns)


def reminders(rows: pd.DataFrame, as_of: date, lang: str, *, round_end: date | None = None) -> pd.DataFrame:
    """One row per unit to remind, with its overdue reports and the Thai reminder text; ``round_end``:
    the sidebar's round only, as the overdue list shows it.

    Built in one pass over the overdue rows (labels and dates made once each), not per unit group:
    at 2,000 units the per-group version took seconds of every compliance view (issue #20)."""
    late = overdue(rows if round_end is None else in_round(rows, round_end))
    columns = ["unit_code", "unit", "reports", "days_overdue", "overdue_reports", "reminder_th"]
    labels: dict[tuple, str] = {}
    dates: dict = {}

    def label(form, period, lg):
        key = (form, period, lg)
        if key not in labels:
            labels[key] = report_label(form, period, lg)
        return labels[key]

    def long_date(d):
        if d not in dates:
            dates[d] = format_date(d, "th", long=True)
        return dates[d]

    fy_word = t("compliance.col.fy", lang)
    groups: dict[str, list[int]] = {}
    for i, code in enumerate(late["unit_code"]):
        groups.setdefault(code, []).append(i)
    form, period, year = late["form"].tolist(), late["period"].tolist(), late["fiscal_year"].tolist()
    due, days = late["due_date"].tolist(), [int(d) for d in late["days_overdue"]]
    firsts = late.iloc[[ix[0] for ix in groups.values()]] if groups else late
    out = []
    for (code, ix), first in zip(groups.items(), firsts.itertuples(), strict=True):
        reports = [
            f"{label(form[i], period[i], lang)} {fy_word} {year[i]} ({t('status.missing.days', lang, days=days[i])})"
            for i in ix
        ]
        lines = [
            f"{label(form[i], period[i], 'th')} ปีงบประมาณ {year[i]} "
            f"กำหนดส่ง {long_date(due[i])} (เลยกำหนด {days[i]} วัน)"
            for i in ix
        ]
        out.append(
            {
                "unit_code": code,
                "unit": unit_label(first, lang),
                "reports": len(ix),
                "days_overdue": max(days[i] for i in ix),
                "overdue_reports": "; ".join(reports),
                "reminder_th": _letter(first.name_th, lines, as_of),
            }
        )
    return pd.DataFrame(out, columns=columns)


def reminder_text(unit_name: str, items: pd.DataFrame, as_of: date) -> str:
    """A copy-ready Thai reminder from ศปท. to one unit, listing its overdue reports."""
    return _letter(
        unit_name,
        [
            f"{report_label(r.form, r.period, 'th')} ปีงบประมาณ {r.fiscal_year} "
            f"กำหนดส่ง {format_date(r.due_date, 'th', long=True)} (เลยกำหนด {int(r.days_overdue)} วัน)"
            for r in items.itertuples()
        ],
        as_of,
    )


def _letter(unit_name: str, reports: list[str], as_of: date) -> str:
    lines = [
        f"เรียน ผู้อำนวยการ{unit_name}",
        "",
        "ตามที่สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กำหนดให้ กอง/กลุ่ม/ศูนย์ รายงานผล"
        "การดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสในการดำเนินงาน ต่อศูนย์ปฏิบัติการต่อต้าน"
        f"การทุจริต (ศปท.) นั้น ณ วันที่ {format_date(as_of, 'th', long=True)} ศปท. ยังไม่ได้รับรายงาน"
        "ของหน่วยงานท่าน ดังนี้",
    ]
    lines += [f"{n}. {text}" for n, text in enumerate(reports, start=1)]
    lines += [
        "",
        "จึงเรียนมาเพื่อโปรดพิจารณาส่งรายงานดังกล่าวโดยเร็ว หากได้ส่งแล้ว โปรดแจ้งวันที่ส่งและลิงก์เอกสาร"
        "ให้ ศปท. ทราบ และขออภัยมา ณ โอกาสนี้",
        "",
        "ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.)",
        "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
    ]
    return "\n".join(lines)


def crosscheck(rows: pd.DataFrame) -> pd.DataFrame:
    """Form 2 rows whose filing disagrees with the survey: responses but no report, or the reverse.

    Only rounds already due are judged for 'responses but no report' (a unit may still file it).
    """
    form2 = rows[rows["form"] == "form2"].copy()
    filed = form2["status"].isin(["on_time", "late"])
    form2["check"] = None
    form2.loc[(form2["responses"] > 0) & form2["status"].eq("missing"), "check"] = "responses_no_report"
    form2.loc[(form2["responses"] == 0) & filed, "check"] = "report_no_responses"
    return form2[form2["check"].notna()]
