"""Reach charts: monthly reach per platform (small multiples), engagement rate, follower growth.

Months without a figure stay gaps (connectgaps=False): a platform with no figure is missing, not zero.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from charts.common import PLATFORM_COLOURS, labelled_hbar, layout, month_ticks
from core.reach import platform_name, value_text
from core.thaidate import format_month
from i18n import t

COLUMNS = 3


def _ticks(frame: pd.DataFrame, lang: str) -> list[str]:
    return [format_month(pd.Timestamp(m), lang) for m in sorted(frame["month"].unique())]


def reach_by_platform(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """One small panel per platform, each on its own scale; the panel title carries the latest figure.

    The title is two short lines (the platform; its latest figure, with the month only when it is not
    the latest month of all) so that three panels side by side keep their titles apart on a phone."""
    platforms = list(dict.fromkeys(frame["platform"]))
    rows = max(1, math.ceil(len(platforms) / COLUMNS))
    latest = frame.loc[frame["reach"].notna(), "month"].max()
    titles = []
    for p in platforms:
        known = frame[(frame["platform"] == p) & frame["reach"].notna()]
        last = known.iloc[-1] if not known.empty else None
        if last is None:
            second = "–"
        elif last["month"] == latest:
            second = value_text("reach", last["reach"])
        else:
            second = (
                f"{value_text('reach', last['reach'])} ({format_month(pd.Timestamp(last['month']), lang)})"
            )
        titles.append(f"<b>{platform_name(p, lang)}</b><br>{second}")
    fig = make_subplots(
        rows=rows,
        cols=COLUMNS,
        subplot_titles=titles,
        shared_xaxes=True,
        vertical_spacing=0.2 if rows > 1 else 0.1,
        horizontal_spacing=0.09,
    )
    ticks = _ticks(frame, lang)
    for i, p in enumerate(platforms):
        part = frame[frame["platform"] == p].sort_values("month")
        fig.add_trace(
            go.Scatter(
                x=[format_month(pd.Timestamp(m), lang) for m in part["month"]],
                y=part["reach"],
                mode="lines+markers",
                name=platform_name(p, lang),
                line={"color": PLATFORM_COLOURS.get(p, "#555"), "width": 2},
                marker={"size": 5},
                connectgaps=False,
                showlegend=False,
                hovertemplate=f"{platform_name(p, lang)}<br>%{{x}}: %{{y:,.0f}}<extra></extra>",
            ),
            row=i // COLUMNS + 1,
            col=i % COLUMNS + 1,
        )
    fig.update_xaxes(
        categoryorder="array", categoryarray=ticks, tickvals=month_ticks(ticks, 4), showgrid=False
    )
    fig.update_yaxes(gridcolor="#e5e5e5", rangemode="tozero", tickformat="~s", nticks=4)
    fig.update_annotations(font_size=12)
    layout(fig, 250 * rows + 50)
    fig.update_layout(margin={"l": 8, "r": 8, "t": 50, "b": 8})
    return fig


def engagement_rate(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Engagement ÷ reach per platform and month; only months with both figures are drawn."""
    fig = go.Figure()
    for p in dict.fromkeys(frame["platform"]):
        part = frame[frame["platform"] == p].sort_values("month")
        if part["engagement_rate"].isna().all():
            continue
        name = platform_name(p, lang)
        fig.add_trace(
            go.Scatter(
                x=[format_month(pd.Timestamp(m), lang) for m in part["month"]],
                y=part["engagement_rate"],
                mode="lines+markers",
                name=name,
                line={"color": PLATFORM_COLOURS.get(p, "#555"), "width": 2},
                connectgaps=False,
                hovertemplate=f"{name}<br>%{{x}}: %{{y:.2%}}<extra></extra>",
            )
        )
    ticks = _ticks(frame, lang)
    fig.update_xaxes(
        categoryorder="array", categoryarray=ticks, tickvals=month_ticks(ticks, 6), showgrid=False
    )
    fig.update_yaxes(
        tickformat=".1%", gridcolor="#e5e5e5", rangemode="tozero", title=t("metric.engagement_rate", lang)
    )
    return layout(fig, 340)


def follower_growth(monthly: pd.DataFrame, lang: str = "th") -> go.Figure:
    """This month's follower growth per platform (from reach_monthly), the count and percent as text."""
    rows = monthly[(monthly["metric"] == "followers") & monthly["mom_diff"].notna()].iloc[::-1]
    names = [platform_name(p, lang) for p in rows["platform"]]
    fig = go.Figure(
        labelled_hbar(
            rows["mom_diff"],
            names,
            [PLATFORM_COLOURS.get(p, "#555") for p in rows["platform"]],
            [f"{d:+,.0f} ({c:+.1%})" for d, c in zip(rows["mom_diff"], rows["mom_change"], strict=True)],
            "%{y}: %{x:+,.0f}<extra></extra>",
            cliponaxis=False,
        )
    )
    fig.update_xaxes(gridcolor="#e5e5e5", zeroline=True, zerolinecolor="#999", title=t("col.growth", lang))
    fig.update_yaxes(automargin=True)
    layout(fig, 60 + 44 * max(1, len(rows)))
    fig.update_layout(margin={"l": 8, "r": 110, "t": 8, "b": 8})
    return fig
