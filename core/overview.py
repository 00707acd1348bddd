"""The executive overview's one-line readings: pure functions from query rows to a sentence.

Each returns None when its data is missing, so the card can say so instead of showing a zero.
"""

from __future__ import annotations

import math
from typing import TypeGuard

import pandas as pd

from core.thaidate import format_month
from i18n import t


def _present(value: object) -> TypeGuard[float]:
    """A figure to show: not None and not NaN (a rate or score, a float or numpy float)."""
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def latest_two(frame: pd.DataFrame, value: str = "score") -> tuple[pd.Series | None, pd.Series | None]:
    rows = frame.dropna(subset=[value]).sort_values("fiscal_year")
    last = rows.iloc[-1] if len(rows) else None
    before = rows.iloc[-2] if len(rows) > 1 else None
    return last, before


def indicator7_reading(
    trend: pd.DataFrame, baseline: float, lang: str, target: float | None = None
) -> tuple[str, str] | None:
    """The latest indicator 7 score; the line: against the baseline, against the target, and the
    direction of the trend (against the year before)."""
    last, before = latest_two(trend)
    if last is None:
        return None
    diff = float(last.score) - baseline
    key = (
        "overview.ind7.above"
        if diff > 0.005
        else ("overview.ind7.below" if diff < -0.005 else "overview.ind7.same")
    )
    parts = [t(key, lang, fy=int(last.fiscal_year), diff=abs(diff), baseline=baseline)]
    if target is not None:
        gap = target - float(last.score)
        parts.append(
            t("overview.ind7.target_met", lang, target=target)
            if gap <= 0.005
            else t("overview.ind7.target_gap", lang, target=target, gap=gap)
        )
    if before is not None:
        change = float(last.score) - float(before.score)
        arrow = "▲" if change > 0.005 else ("▼" if change < -0.005 else "●")
        word = "up" if change > 0.005 else ("down" if change < -0.005 else "flat")
        parts.append(t(f"overview.ind7.trend.{word}", lang, arrow=arrow, diff=abs(change)))
    return f"{last.score:.2f}", " · ".join(parts)


def attention(yearly: pd.DataFrame, status: pd.DataFrame, lang: str) -> str | None:
    """One line for an executive: the weakest awareness item of the latest year and what is overdue.

    yearly: awareness_yearly; status: compliance_status of the current fiscal year (as of today)."""
    parts = []
    known = yearly[(yearly["total"] > 0) & yearly["rate"].notna()]
    if len(known):
        latest = known[known["fiscal_year"] == known["fiscal_year"].max()]
        weakest = latest.loc[latest["rate"].idxmin()]
        parts.append(
            t(
                "overview.attention.weakest",
                lang,
                item=t(f"channel.{weakest.channel}", lang),
                rate=weakest.rate,
            )
        )
    late = status[status["status"] == "missing"] if len(status) else status
    if len(late):
        parts.append(
            t("overview.attention.overdue", lang, reports=len(late), units=late["unit_code"].nunique())
        )
    elif len(status):
        parts.append(t("overview.attention.none_overdue", lang))
    return " · ".join(parts) or None


def overall_reading(trend: pd.DataFrame, lang: str) -> tuple[str, str] | None:
    last, before = latest_two(trend)
    if last is None:
        return None
    if before is None:
        return f"{last.score:.2f}", t(
            "overview.overall.first", lang, fy=int(last.fiscal_year), grade=last.grade
        )
    diff = float(last.score) - float(before.score)
    key = "overview.overall.up" if diff >= 0 else "overview.overall.down"
    return f"{last.score:.2f}", t(key, lang, fy=int(last.fiscal_year), grade=last.grade, diff=abs(diff))


def awareness_readings(yearly: pd.DataFrame, lang: str) -> tuple[int, dict[str, tuple[str, str]]] | None:
    """Per item: this (latest) fiscal year's rate, and its change in points against the year before."""
    years = sorted(yearly.loc[yearly["total"] > 0, "fiscal_year"].unique())
    if not years:
        return None
    fy = int(years[-1])
    out = {}
    for channel in ("news", "contact", "complaint"):
        now = yearly[(yearly["fiscal_year"] == fy) & (yearly["channel"] == channel)]
        rate = now["rate"].iloc[0] if len(now) else None
        if not _present(rate):
            out[channel] = ("–", t("overview.no_data", lang))
            continue
        prev = yearly[(yearly["fiscal_year"] == fy - 1) & (yearly["channel"] == channel)]
        prev_rate = prev["rate"].iloc[0] if len(prev) else None
        if _present(prev_rate):
            points = round(rate * 100, 1) - round(prev_rate * 100, 1)  # the difference of the figures shown
            arrow = "▲" if points > 0.05 else ("▼" if points < -0.05 else "●")
            line = t("overview.awareness.vs", lang, prev=prev_rate, arrow=arrow, points=abs(points))
        else:
            line = t("overview.awareness.no_prev", lang)
        out[channel] = (f"{rate:.1%}", line)
    return fy, out


def compliance_reading(rates: pd.DataFrame, lang: str) -> tuple[str, str] | None:
    """The latest 6- or 12-month round whose reports have fallen due."""
    rounds = rates[rates["round"].isin(["6", "12"]) & (rates["due"] > 0)].copy()
    if rounds.empty or "late" in rounds and (rounds["on_time"] + rounds["late"]).sum() == 0:
        return None  # nothing filed in any round: the register is not loaded yet, not a 0% office
    rounds["order"] = rounds["fiscal_year"] * 100 + rounds["round"].astype(int)
    last = rounds.sort_values("order").iloc[-1]
    return f"{last.rate:.0%}", t(
        "overview.compliance.line",
        lang,
        fy=int(last.fiscal_year),
        round=t(f"filter.round.{last['round']}", lang),
        due=int(last.due),
        on_time=int(last.on_time_due),
        missing=int(last.missing),
    )


def reach_reading(summary: pd.DataFrame, lang: str) -> tuple[str, str] | None:
    rows = summary.set_index("comparison")
    if "current" not in rows.index or not _present(rows.loc["current", "reach_total"]):
        return None
    current = rows.loc["current"]
    month = format_month(pd.Timestamp(current["month"]), lang)
    count = int(current["n_platforms"])
    if "last_year" in rows.index and _present(rows.loc["last_year", "change"]):
        last = rows.loc["last_year"]
        change = float(last["change"])
        line = t(
            "overview.reach.vs",
            lang,
            month=month,
            sign="+" if change >= 0 else "−",
            change=abs(change),
            last=format_month(pd.Timestamp(last["month"]), lang),
            n=count,
        )
    else:
        line = t("overview.reach.no_prev", lang, month=month, n=count)
    return f"{current['reach_total']:,.0f}", line
