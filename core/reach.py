"""Reach figures as words and table cells: one formatter for the page, the DOCX and the XLSX, so the
report says exactly what the page shows. Pure functions over the frames the reach queries return.
"""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from core.fiscal import to_be
from core.thaidate import MONTHS_TH
from i18n import t

# Brand names are written the same in Thai documents; only the website gets a Thai word.
PLATFORM_NAMES = {
    "facebook": ("Facebook", "Facebook"),
    "youtube": ("YouTube", "YouTube"),
    "line": ("LINE OA", "LINE OA"),
    "x": ("X (Twitter)", "X (Twitter)"),
    "tiktok": ("TikTok", "TikTok"),
    "instagram": ("Instagram", "Instagram"),
    "website": ("เว็บไซต์", "Website"),
}
MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
RATES = frozenset({"engagement_rate"})
# Sources whose monthly reach is a sum of daily reach (etl.reach_formats.SOURCES, etl.reach_rows.DAILY_SOURCE;
# the reach queries prefer any other source's monthly figure over these).
DAILY_SOURCES = frozenset({"meta-business-suite", "youtube-studio", "tiktok-studio", "daily-export"})
GROWTH = frozenset({"followers"})  # a change in followers is also said as a count: the growth


def missing(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def platform_name(code: str, lang: str = "th") -> str:
    pair = PLATFORM_NAMES.get(code)
    return code if pair is None else pair[1 if lang == "en" else 0]


def platform_list(codes: str | None, lang: str = "th") -> str:
    """'facebook,line' (as the queries give them) -> 'Facebook, LINE OA'."""
    if missing(codes) or not codes:
        return "–"
    return ", ".join(platform_name(c, lang) for c in str(codes).split(","))


def month_long(d: date, lang: str = "th") -> str:
    """กันยายน 2569 / September 2026."""
    return (
        f"{MONTHS_EN[d.month - 1]} {d.year}" if lang == "en" else f"{MONTHS_TH[d.month - 1]} {to_be(d.year)}"
    )


def value_text(metric: str, value) -> str:
    if missing(value):
        return "–"
    return f"{value:.1%}" if metric in RATES else f"{value:,.0f}"


def signed_pct(change) -> str:
    return "–" if missing(change) else f"{change:+.1%}"


def change_text(metric: str, diff, change) -> str:
    """Rates change in percentage points; followers as a count and a percentage; the rest in percent."""
    if metric in RATES:
        return "–" if missing(diff) else f"{diff * 100:+.1f} pp"
    if metric in GROWTH:
        return "–" if missing(diff) else f"{diff:+,.0f} ({signed_pct(change)})"
    return signed_pct(change)


def _cells(r) -> list[str]:
    return [
        value_text(r.metric, r.value),
        value_text(r.metric, r.prev_value),
        change_text(r.metric, r.mom_diff, r.mom_change),
        value_text(r.metric, r.ly_value),
        change_text(r.metric, r.yoy_diff, r.yoy_change),
    ]


def platform_rows(monthly: pd.DataFrame, platform: str, lang: str = "th") -> list[list[str]]:
    """One platform's table: metric, this month, last month, change, same month last year, change."""
    return [
        [t(f"metric.{r.metric}", lang), *_cells(r)]
        for r in monthly[monthly["platform"] == platform].itertuples()
    ]


def overview_rows(monthly: pd.DataFrame, lang: str = "th") -> list[list[str]]:
    """Reach only, a row per platform: platform, this month, last month, change, last year, change."""
    return [
        [platform_name(r.platform, lang), *_cells(r)]
        for r in monthly[monthly["metric"] == "reach"].itertuples()
    ]


def table_headers(lang: str = "th") -> list[str]:
    return [
        t(k, lang)
        for k in ("col.metric", "col.this_month", "col.prev_month", "col.mom", "col.last_year", "col.yoy")
    ]


def platforms_in(monthly: pd.DataFrame) -> list[str]:
    return list(dict.fromkeys(monthly["platform"]))


def summary_text(summary: pd.DataFrame, monthly: pd.DataFrame, lang: str = "th") -> str:
    """The report's summary paragraph (and the page's caption), from reach_summary and reach_monthly."""
    rows = {r.comparison: r for r in summary.itertuples()}
    cur = rows["current"]
    month = pd.Timestamp(cur.month).date()
    if missing(cur.reach_total):
        return t("summary.none", lang, month=month_long(month, lang)) + "."
    parts = [
        t(
            "summary.lead",
            lang,
            month=month_long(month, lang),
            total=f"{cur.reach_total:,.0f}",
            n=int(cur.n_platforms),
            platforms=platform_list(cur.platforms, lang),
        )
    ]
    for key in ("prev_month", "last_year"):
        base = rows[key]
        when = month_long(pd.Timestamp(base.month).date(), lang)
        if missing(base.change):
            parts.append(t("summary.no_base", lang, month=when))
            continue
        direction = "up" if base.change > 0.0005 else "down" if base.change < -0.0005 else "same"
        same_set = base.common_platforms == cur.platforms == base.platforms
        parts.append(
            t(
                "summary.change" if same_set else "summary.change_common",
                lang,
                direction=t(f"summary.{direction}", lang),
                pct=f"{abs(base.change):.1%}",
                month=when,
                platforms=platform_list(base.common_platforms, lang),
            )
        )
    sentences = [
        t("format.summary.joined", lang, first=parts[0], rest=t("format.list.and", lang).join(parts[1:]))
    ]
    reach = monthly[(monthly["metric"] == "reach") & monthly["value"].notna()]
    if not reach.empty:
        top = reach.loc[reach["value"].idxmax()]
        name, value = platform_name(top["platform"], lang), f"{top['value']:,.0f}"
        sentences.append(t("format.sentence", lang, text=t("summary.top", lang, platform=name, value=value)))
    if not missing(cur.missing_platforms) and cur.missing_platforms:
        names = platform_list(cur.missing_platforms, lang)
        sentences.append(t("format.sentence", lang, text=t("reach.missing", lang, platforms=names)))
    return " ".join(sentences)


def daily_sum_platforms(monthly: pd.DataFrame) -> list[str]:
    """Platforms whose reach this month comes from daily exports, summed (said wherever it is shown)."""
    rows = monthly[(monthly["metric"] == "reach") & monthly["value"].notna()]
    return [r.platform for r in rows.itertuples() if r.source in DAILY_SOURCES]
