"""Compliance charts: reports per status across fiscal years and rounds, with the on-time rate on top;
the unit × report matrix as a styled table."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from charts.common import STATUS_COLOURS, layout
from core import compliance as comp
from core.compliance import STATUS_SYMBOLS
from i18n import t

STATUSES = ("on_time", "late", "missing", "not_due")


def category(fiscal_year: int, round_: str, lang: str) -> str:
    year = t("format.fy.short", lang, fy=fiscal_year)
    return f"{year}<br>{t('round.' + round_, lang)}"


def rates_by_year(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Stacked bars: reports per status for each year and round; the rate written above each bar."""
    x = [category(r.fiscal_year, r.round, lang) for r in frame.itertuples()]
    fig = go.Figure()
    for status in STATUSES:
        counts = frame[status].astype(int).tolist()
        fig.add_trace(
            go.Bar(
                x=x,
                y=counts,
                name=f"{STATUS_SYMBOLS[status]} {t('status.' + status, lang)}",
                marker_color=STATUS_COLOURS[status],
                text=[str(c) if c else "" for c in counts],
                textposition="inside",
                hovertemplate="%{x}<br>%{fullData.name}: %{y}<extra></extra>",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=x,
            y=frame["owed"].astype(int).tolist(),
            mode="text",
            text=["–" if pd.isna(r) else f"{r:.0%}" for r in frame["rate"]],
            textposition="top center",
            textfont={"size": 14, "color": "#222"},
            showlegend=False,
            hoverinfo="skip",
        )
    )
    fig.update_layout(barmode="stack")
    layout(fig, 360)
    fig.update_layout(legend={"orientation": "h", "y": 1.12, "x": 0})
    fig.update_yaxes(gridcolor="#e5e5e5", rangemode="tozero")
    fig.update_yaxes(range=[0, float(frame["owed"].max() or 1) * 1.15])
    return fig


def styled(texts: pd.DataFrame, statuses: pd.DataFrame, unit_header: str):
    """The matrix with the units as its first column and each status's colour as a light background
    (the text carries the meaning; the colour only helps the eye)."""
    tint = {s: f"background-color: {c}33" for s, c in STATUS_COLOURS.items()}
    css = statuses.map(lambda s: tint.get(s, "")).reset_index(drop=True)
    css.insert(0, unit_header, "")
    table = texts.rename_axis(unit_header).reset_index()
    return table.style.apply(lambda _: css.set_axis(table.columns, axis=1), axis=None)


def styled_matrix(
    rows: pd.DataFrame, lang: str, unit_header: str, *, monthly: bool = False, round_end: date | None = None
):
    """The unit × report matrix (core.compliance.matrix), styled; ``round_end``: the sidebar's round only."""
    if round_end is not None:
        rows = comp.in_round(rows, round_end)
    return styled(*comp.matrix(rows, lang, monthly=monthly), unit_header)
