"""Visitor-mix charts: counts and shares per visitor type, their monthly trend, the mix per unit.

A response may tick several types, so counts add up to more than the responses and shares to more
than 100 %; every chart says so in its caption (labels), never by stacking to a misleading total.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.common import VISITOR_COLOURS, layout
from core.thaidate import format_month
from i18n import t
from i18n.units import unit_label


def mix_bars(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Responses per visitor type, largest first, each written as 'count (share)'."""
    data = frame.sort_values("responses", ascending=False, kind="stable")
    fig = go.Figure(
        go.Bar(
            x=data["responses"],
            y=[t(f"visitor.{v}", lang) for v in data["visitor_type"]],
            orientation="h",
            marker_color=[VISITOR_COLOURS[v] for v in data["visitor_type"]],
            text=[f"{n:,} ({s:.1%})" for n, s in zip(data["responses"], data["share"], strict=True)],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{x:,}<extra></extra>",
        )
    )
    top = max(1, int(data["responses"].max() or 0))
    fig.update_xaxes(range=[0, top * 1.25], gridcolor="#e5e5e5", title=t("visitor_mix.count", lang))
    fig.update_yaxes(autorange="reversed", automargin=True)
    return layout(fig, 300)


def mix_trend(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Responses per type per month, and all responses dashed; months without responses are gaps."""
    months = sorted(frame["month"].unique())
    ticks = [format_month(pd.Timestamp(m), lang) for m in months]
    fig = go.Figure()
    totals = frame.drop_duplicates("month").sort_values("month")
    fig.add_trace(
        go.Scatter(
            x=ticks,
            y=[n if n else None for n in totals["n"]],
            name=t("visitor_mix.all_responses", lang),
            mode="lines+markers",
            line={"color": "#555", "dash": "dash", "width": 2},
            connectgaps=False,
            hovertemplate="%{x}: %{y:,}<extra></extra>",
        )
    )
    for visitor, colour in VISITOR_COLOURS.items():
        part = frame[frame["visitor_type"] == visitor].sort_values("month")
        name = t(f"visitor.{visitor}", lang)
        fig.add_trace(
            go.Scatter(
                x=[format_month(pd.Timestamp(m), lang) for m in part["month"]],
                y=part["responses"].astype("float"),
                name=name,
                mode="lines+markers",
                line={"color": colour, "width": 2.5},
                marker={"size": 6},
                connectgaps=False,
                customdata=part["share"],
                hovertemplate=f"{name}<br>%{{x}}: %{{y:,}} (%{{customdata:.1%}})<extra></extra>",
            )
        )
    fig.update_xaxes(categoryorder="array", categoryarray=ticks, showgrid=False)
    fig.update_yaxes(rangemode="tozero", gridcolor="#e5e5e5", title=t("visitor_mix.count", lang))
    return layout(fig, 380)


def mix_by_unit(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Share of each unit's responses per type as a heatmap; every cell written as 'share (count)'."""
    units = frame.drop_duplicates("unit_code")
    few_word = t("survey.few", lang)
    labels = {
        r.unit_code: f"{unit_label(r, lang, style='axis')} (n={r.n:,})" + (f" · {few_word}" if r.few else "")
        for r in units.itertuples()
    }
    wide = frame.pivot(index="unit_code", columns="visitor_type", values="share").reindex(
        index=list(units["unit_code"]), columns=list(VISITOR_COLOURS)
    )
    counts = frame.pivot(index="unit_code", columns="visitor_type", values="responses").reindex_like(wide)
    text = [
        [f"{s:.0%} ({int(c)})" for s, c in zip(srow, crow, strict=True)]
        for srow, crow in zip(wide.to_numpy(), counts.to_numpy(), strict=True)
    ]
    fig = go.Figure(
        go.Heatmap(
            z=wide.to_numpy(),
            x=[t(f"visitor.{v}", lang) for v in wide.columns],
            y=[labels[c] for c in wide.index],
            text=text,
            texttemplate="%{text}",
            textfont={"size": 12},
            colorscale="Blues",
            zmin=0,
            zmax=1,
            colorbar={
                "tickformat": ".0%",
                "title": {"text": t("visitor_mix.share", lang)},
                "lenmode": "pixels",
                "len": 220,
                "y": 1,
                "yanchor": "top",
            },
            hovertemplate="%{y}<br>%{x}: %{text}<extra></extra>",
            xgap=2,
            ygap=2,
        )
    )
    fig.update_xaxes(side="top")
    fig.update_yaxes(autorange="reversed", automargin=True, tickfont={"size": 13})
    return layout(fig, max(220, 26 * len(units) + 110))
