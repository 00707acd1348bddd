"""Awareness charts: the three items' rates with intervals, and their monthly trend."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from ita.charts.common import BAND_COLOURS, CHANNEL_COLOURS, layout
from ita.i18n import t
from ita.thaidate import format_month


def awareness_rates(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Horizontal bars of the three rates with their 95% intervals, labelled in percent."""
    data = frame.dropna(subset=["rate"]).iloc[::-1]
    labels = [
        t(f"channel.short.{c}", lang) for c in data["channel"]
    ]  # short: the bars keep their width on a phone
    fig = go.Figure(
        go.Bar(
            x=data["rate"],
            y=labels,
            orientation="h",
            marker_color=[CHANNEL_COLOURS[c] for c in data["channel"]],
            error_x={
                "type": "data",
                "symmetric": False,
                "array": data["ci_high"] - data["rate"],
                "arrayminus": data["rate"] - data["ci_low"],
                "color": "#333",
                "thickness": 1.5,
                "width": 6,
            },
            text=[f"{r:.1%}" for r in data["rate"]],
            textposition="inside",
            insidetextanchor="start",
            textfont={"color": "white", "size": 15},
            customdata=list(zip(data["aware"], data["total"], data["ci_low"], data["ci_high"], strict=True)),
            hovertemplate="%{y}<br>%{x:.1%} (%{customdata[0]:,} / %{customdata[1]:,})"
            "<br>95%: %{customdata[2]:.1%} – %{customdata[3]:.1%}<extra></extra>",
        )
    )
    fig.update_xaxes(
        range=[0, 1], autorange=False, tickformat=".0%", gridcolor="#e5e5e5", title=t("awareness.rate", lang)
    )
    fig.update_yaxes(automargin=True)
    return layout(fig, 260)


def awareness_trend(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Monthly rate per item, its 95% band shaded; months with no answers stay gaps."""
    fig = go.Figure()
    months = sorted(frame["month"].unique())
    ticks = [format_month(pd.Timestamp(m), lang) for m in months]
    for channel, colour in CHANNEL_COLOURS.items():
        part = frame[frame["channel"] == channel].sort_values("month")
        x = [format_month(pd.Timestamp(m), lang) for m in part["month"]]
        name = t(f"channel.{channel}", lang)
        fig.add_trace(
            go.Scatter(
                x=x,
                y=part["ci_high"],
                mode="lines",
                line={"width": 0},
                hoverinfo="skip",
                showlegend=False,
                connectgaps=False,
                legendgroup=channel,
            )
        )
        fig.add_trace(
            go.Scatter(
                x=x,
                y=part["ci_low"],
                mode="lines",
                line={"width": 0},
                fill="tonexty",
                fillcolor=BAND_COLOURS[channel],
                hoverinfo="skip",
                showlegend=False,
                connectgaps=False,
                legendgroup=channel,
            )
        )
        fig.add_trace(
            go.Scatter(
                x=x,
                y=part["rate"],
                mode="lines+markers",
                name=name,
                line={"color": colour, "width": 2.5},
                marker={"size": 6},
                connectgaps=False,
                legendgroup=channel,
                customdata=part["total"],
                hovertemplate=f"{name}<br>%{{x}}: %{{y:.1%}} (n=%{{customdata:,}})<extra></extra>",
            )
        )
    shown = ticks if len(ticks) <= 14 else ticks[:: max(1, len(ticks) // 12)]  # readable on a laptop or phone
    fig.update_xaxes(categoryorder="array", categoryarray=ticks, tickvals=shown, showgrid=False)
    fig.update_yaxes(
        range=[0, 1], autorange=False, tickformat=".0%", gridcolor="#e5e5e5", title=t("awareness.rate", lang)
    )
    return layout(fig, 360)


def with_annotations(fig: go.Figure, notes: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Dated notes (e.g. "เปิดใช้ LINE OA") as dotted vertical lines at their month, text on top."""
    for note in notes.itertuples():
        month = format_month(pd.Timestamp(note.day), lang)
        text = note.text_th if lang == "th" or not note.text_en else note.text_en
        fig.add_shape(
            type="line",
            xref="x",
            yref="paper",
            x0=month,
            x1=month,
            y0=0,
            y1=1,
            line={"color": "#555", "width": 1, "dash": "dot"},
        )
        fig.add_annotation(
            x=month,
            y=1,
            xref="x",
            yref="paper",
            text=html.escape(text, quote=False),  # plotly renders <a>, <b>… in text: a note is shown as typed
            showarrow=False,
            yanchor="bottom",
            font={"size": 12, "color": "#333"},
        )
    return fig
