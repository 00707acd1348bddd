"""Awareness charts: the three items' rates with intervals, their monthly trend against the target,
units ranked for one item, and the rates per visitor type."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from charts.common import BAND_COLOURS, CHANNEL_COLOURS, layout, month_ticks
from core.thaidate import format_month
from i18n import t
from i18n.units import unit_label, unit_names


def _whiskers(data: pd.DataFrame, thickness: float, width: int) -> dict:
    """The 95% interval drawn as whiskers around each bar's rate."""
    return {
        "type": "data",
        "symmetric": False,
        "array": data["ci_high"] - data["rate"],
        "arrayminus": data["rate"] - data["ci_low"],
        "color": "#333",
        "thickness": thickness,
        "width": width,
    }


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
            error_x=_whiskers(data, 1.5, 6),
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


def _band_edge(x: list[str], y: pd.Series, channel: str, fill: str | None = None) -> go.Scatter:
    """One edge of a channel's confidence band: the upper edge first, then the lower one filled up to it."""
    filled = {"fill": "tonexty", "fillcolor": fill} if fill else {}
    return go.Scatter(
        x=x,
        y=y,
        mode="lines",
        line={"width": 0},
        **filled,
        hoverinfo="skip",
        showlegend=False,
        connectgaps=False,
        legendgroup=channel,
    )


def awareness_trend(
    frame: pd.DataFrame,
    lang: str = "th",
    targets: dict[str, float] | None = None,
    channels: tuple[str, ...] = tuple(CHANNEL_COLOURS),
    most_ticks: int = 12,
) -> go.Figure:
    """Monthly rate per item, its 95% band shaded, the target dashed; months with no answers stay gaps.

    most_ticks: how many month labels at most (6 for a half-width chart such as the overview's)."""
    fig = go.Figure()
    months = sorted(frame["month"].unique())
    ticks = [format_month(pd.Timestamp(m), lang) for m in months]
    for channel in channels:
        colour = CHANNEL_COLOURS[channel]
        part = frame[frame["channel"] == channel].sort_values("month")
        x = [format_month(pd.Timestamp(m), lang) for m in part["month"]]
        name = t(f"channel.{channel}", lang)
        fig.add_trace(_band_edge(x, part["ci_high"], channel))
        fig.add_trace(_band_edge(x, part["ci_low"], channel, fill=BAND_COLOURS[channel]))
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
    fig.update_xaxes(
        categoryorder="array", categoryarray=ticks, tickvals=month_ticks(ticks, most_ticks), showgrid=False
    )
    fig.update_yaxes(
        range=[0, 1], autorange=False, tickformat=".0%", gridcolor="#e5e5e5", title=t("awareness.rate", lang)
    )
    _target_lines(fig, {c: v for c, v in (targets or {}).items() if c in channels}, lang, "h")
    fig = layout(fig, 360)
    fig.update_layout(showlegend=True)  # even with one item: the legend names it
    return fig


def awareness_signal(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """The overview's half-width trend: four month labels at most, 300 px high, and the rate axis
    zoomed in from the lowest band edge (rounded down to a tenth) so that a rise is visible."""
    fig = awareness_trend(frame, lang, most_ticks=4)
    low = frame["ci_low"].min()
    floor = 0.0 if pd.isna(low) else max(0.0, int(low * 10 - 0.5) / 10)
    fig.update_yaxes(range=[floor, 1])
    fig.update_layout(height=300)
    return fig


def _target_lines(fig: go.Figure, targets: dict[str, float], lang: str, direction: str) -> None:
    """One dashed line per distinct target, labelled with its value (and its items when they differ)."""
    values = sorted(set(targets.values()))
    for value in values:
        items = [c for c, v in targets.items() if v == value]
        text = t("awareness.target", lang, target=f"{value:.0%}")
        if len(values) > 1:
            text += " (" + ", ".join(t(f"channel.{c}", lang) for c in items) + ")"
        line = {"line_dash": "dash", "line_color": "#555", "line_width": 1.5, "annotation_text": text}
        if direction == "h":
            fig.add_hline(y=value, annotation_position="top left", **line)
        else:  # the label ends at its line: a target near 100% would run past the right edge
            fig.add_vline(x=value, annotation_position="top left", annotation={"yanchor": "bottom"}, **line)


def unit_ranking(frame: pd.DataFrame, channel: str, target: float | None, lang: str = "th") -> go.Figure:
    """Units for one item in the query's order (ranked first, lowest rate on top; few responses after,
    grey and hatched, never ranked); the sample size is in every label. Units without answers are left
    out (the page lists them)."""
    data = frame[(frame["channel"] == channel) & (frame["total"] > 0)]
    few_word = t("survey.few", lang)
    labels = [
        f"{unit_label(r, lang, style='axis')} (n={r.total:,}) · {few_word}"
        if r.few
        else f"{int(r.rank)}. {unit_label(r, lang, style='axis')} (n={r.total:,})"
        for r in data.itertuples()
    ]
    colour = CHANNEL_COLOURS[channel]
    fig = go.Figure(
        go.Bar(
            x=data["rate"],
            y=labels,
            orientation="h",
            marker={
                "color": ["#C8C8C8" if f else colour for f in data["few"]],
                "pattern": {"shape": ["/" if f else "" for f in data["few"]], "fgcolor": "#888"},
            },
            error_x=_whiskers(data, 1.2, 3),
            text=[f"{r:.1%}" for r in data["rate"]],
            textposition="inside",
            insidetextanchor="start",
            textfont={"color": ["#222" if f else "white" for f in data["few"]], "size": 12},
            constraintext="none",
            customdata=list(
                zip(
                    unit_names(data, lang),
                    data["aware"],
                    data["total"],
                    data["ci_low"],
                    data["ci_high"],
                    strict=True,
                )
            ),  # fmt: skip
            hovertemplate="%{customdata[0]}<br>%{x:.1%} (%{customdata[1]:,} / %{customdata[2]:,})"
            "<br>95%: %{customdata[3]:.1%} – %{customdata[4]:.1%}<extra></extra>",
        )
    )
    fig.update_xaxes(
        range=[0, 1], autorange=False, tickformat=".0%", gridcolor="#e5e5e5", title=t("awareness.rate", lang)
    )
    fig.update_yaxes(autorange="reversed", automargin=True, tickfont={"size": 13})
    if target is not None:
        _target_lines(fig, {channel: target}, lang, "v")
    fig = layout(fig, max(220, 26 * len(data) + 90))
    fig.update_layout(bargap=0.25, margin={"t": 28})
    return fig


def visitor_type_rates(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """The three rates per visitor type, grouped; each type's number of responses in its label."""
    types = frame.drop_duplicates("visitor_type")
    names = {
        r.visitor_type: f"{t('visitor.' + r.visitor_type, lang)} (n={r.responses:,})"
        for r in types.itertuples()
    }
    fig = go.Figure()
    for channel, colour in CHANNEL_COLOURS.items():
        part = frame[frame["channel"] == channel]
        fig.add_trace(
            go.Bar(
                x=part["rate"],
                y=[names[v] for v in part["visitor_type"]],
                name=t(f"channel.{channel}", lang),
                orientation="h",
                marker_color=colour,
                error_x=_whiskers(part, 1.2, 3),
                text=[None if r != r else f"{r:.0%}" for r in part["rate"]],
                textposition="inside",
                insidetextanchor="start",
                textfont={"color": "white", "size": 12},
                constraintext="none",
                customdata=list(zip(part["aware"], part["total"], strict=True)),
                hovertemplate="%{y}<br>"
                + t(f"channel.{channel}", lang)
                + ": %{x:.1%} (%{customdata[0]:,} / %{customdata[1]:,})<extra></extra>",
            )
        )
    fig.update_xaxes(
        range=[0, 1], autorange=False, tickformat=".0%", gridcolor="#e5e5e5", title=t("awareness.rate", lang)
    )
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig = layout(fig, 520)
    fig.update_layout(barmode="group", bargap=0.2, legend={"traceorder": "normal"})
    return fig


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
