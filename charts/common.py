"""Shared chart style. Builders are pure (DataFrame in, plotly figure out) and tested without a browser.

Colours follow the Okabe-Ito palette (safe for colour-blind readers) and each item, platform or
status keeps its colour on every chart; values are also written as text, so no meaning rests on
colour alone.
"""

from __future__ import annotations

import plotly.graph_objects as go

FONT = "Sarabun, 'Noto Sans Thai', Loma, Garuda, sans-serif"
CHANNEL_COLOURS = {"news": "#0072B2", "contact": "#009E73", "complaint": "#D55E00"}
BAND_COLOURS = {
    "news": "rgba(0,114,178,0.15)",
    "contact": "rgba(0,158,115,0.15)",
    "complaint": "rgba(213,94,0,0.15)",
}


def month_ticks(months: list[str], most: int = 6) -> list[str]:
    """Every k-th month label so that at most `most` are written, always ending on the latest month.

    Twelve Thai month labels ("ต.ค. 68") do not fit level in a half-width chart or on a phone; fewer
    labels, with plotly free to turn them (tickangle left on auto), never overlap (checked in Chromium
    by tests/test_chart_text_browser.py).
    """
    step = max(1, -(-len(months) // most))
    return months[::-1][::step][::-1]


def labelled_hbar(x, y, colours: list[str], text: list[str], hovertemplate: str, **extra) -> go.Bar:
    """Horizontal bars, each value written beside its bar (no meaning rests on colour alone)."""
    return go.Bar(
        x=x,
        y=y,
        orientation="h",
        marker_color=colours,
        text=text,
        textposition="outside",
        hovertemplate=hovertemplate,
        **extra,
    )


def layout(fig: go.Figure, height: int) -> go.Figure:
    fig.update_layout(
        height=height,
        margin={"l": 8, "r": 28, "t": 8, "b": 8},
        font={"family": FONT, "size": 14},
        plot_bgcolor="white",
        legend={"orientation": "h", "y": -0.2, "x": 0},
        hoverlabel={"font_family": FONT},
    )
    return fig


# One colour per thing, everywhere (Okabe-Ito).
PLATFORM_COLOURS = {
    "facebook": "#0072B2",
    "youtube": "#D55E00",
    "line": "#009E73",
    "x": "#000000",
    "tiktok": "#CC79A7",
    "instagram": "#E69F00",
    "website": "#56B4E9",
}
VISITOR_COLOURS = {
    "contract": "#E69F00",
    "information": "#56B4E9",
    "meeting": "#009E73",
    "feedback": "#CC79A7",
    "other": "#999999",
}
# Status is also written with a symbol and a word, never colour alone.
STATUS_COLOURS = {"on_time": "#009E73", "late": "#E69F00", "missing": "#D55E00", "not_due": "#BBBBBB"}
