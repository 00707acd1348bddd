"""ITA score charts: indicator 7 against its baseline and target, the overall score in its grade bands,
one year's ten indicators by tool, and every indicator over the years."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from charts.common import labelled_hbar, layout
from i18n import t

SCORE_COLOUR, DEMO_COLOUR = "#0072B2", "#8FB8D6"
BASELINE_COLOUR, TARGET_COLOUR = "#D55E00", "#009E73"
TOOL_COLOURS = {"IIT": "#E69F00", "EIT": "#0072B2", "OIT": "#009E73"}
GRADE_SHADES = {
    "AA": "#E5F5EF",
    "A": "#EEF7F3",
    "B": "#FDF6E3",
    "C": "#FCEBD9",
    "D": "#FBE0D2",
    "E": "#F9D5CB",
    "F": "#F7CAC4",
}


def _fy_labels(years, lang: str) -> list[str]:
    return [t("format.fy.short", lang, fy=y) for y in years]


def indicator_trend(
    frame: pd.DataFrame, baseline: float, target: float | None, lang: str = "th"
) -> go.Figure:
    """Bars per fiscal year (demo years lighter and labelled), the baseline and the target as lines."""
    x = _fy_labels(frame["fiscal_year"], lang)
    demo = frame["is_demo"].fillna(False).tolist()
    fig = go.Figure(
        go.Bar(
            x=x,
            y=frame["score"],
            marker_color=[DEMO_COLOUR if d else SCORE_COLOUR for d in demo],
            text=[f"{s:.2f}" + (" *" if d else "") for s, d in zip(frame["score"], demo, strict=True)],
            textposition="outside",
            name=t("ita.score", lang),
            hovertemplate="%{x}: %{y:.2f}<extra></extra>",
        )
    )
    # The baseline and target are named in the legend, not written on the plot, where their labels
    # collided with the bars' values.
    lines = [(baseline, t("ita.baseline_line", lang, score=baseline), BASELINE_COLOUR, "solid")]
    if target is not None:
        lines.append((target, t("ita.target_line", lang, score=target), TARGET_COLOUR, "dash"))
    for value, label, colour, dash in lines:
        fig.add_hline(y=value, line={"color": colour, "width": 2, "dash": dash})
        fig.add_trace(
            go.Scatter(
                x=[None], y=[None], mode="lines", name=label, line={"color": colour, "width": 2, "dash": dash}
            )
        )
    low = min([baseline, *(frame["score"].dropna().tolist() or [baseline])]) - 8
    fig.update_yaxes(
        range=[max(0, low), 104], gridcolor="#e5e5e5", title=t("ita.score", lang), automargin=True
    )
    fig.update_xaxes(type="category", title=t("ita.fiscal_year", lang))
    fig.update_traces(cliponaxis=False, selector={"type": "bar"})
    layout(fig, 360)
    fig.update_layout(showlegend=True, margin={"l": 12, "t": 16})
    return fig


def overall_in_bands(frame: pd.DataFrame, grades: pd.DataFrame, lang: str = "th") -> go.Figure:
    """The overall score by year over shaded grade bands, each band named."""
    fig = go.Figure()
    low = max(0.0, min(frame["score"].min() if len(frame) else 80, 80) - 10)
    for g in grades.itertuples():
        if g.max_score < low:
            continue
        fig.add_hrect(
            y0=max(g.min_score, low),
            y1=min(g.max_score + 0.01, 100),
            fillcolor=GRADE_SHADES.get(g.grade, "#eee"),
            line_width=0,
            layer="below",
            annotation_text=g.grade,
            annotation_position="outside right",  # in the margin, clear of the scores' labels
        )
    x = _fy_labels(frame["fiscal_year"], lang)
    fig.add_trace(
        go.Scatter(
            x=x,
            y=frame["score"],
            mode="lines+markers+text",
            line={"color": "#333", "width": 2.5},
            text=[f"{s:.2f} ({g})" for s, g in zip(frame["score"], frame["grade"], strict=True)],
            # the last year's label leans left, clear of the grade names in the right margin
            textposition=["top center"] * (len(x) - 1) + ["top left"] if len(x) > 1 else "top center",
            name=t("ita.overall", lang),
            hovertemplate="%{x}: %{y:.2f}<extra></extra>",
        )
    )
    fig.update_yaxes(range=[low, 100.5], gridcolor="#e5e5e5", title=t("ita.score", lang), automargin=True)
    fig.update_xaxes(type="category", title=t("ita.fiscal_year", lang))
    layout(fig, 320)
    fig.update_layout(margin={"l": 12, "r": 40})
    return fig


def year_indicators(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """The ten indicators of one year as horizontal bars, coloured and grouped by tool, values written."""
    data = frame[frame["indicator"] > 0].iloc[::-1]
    names = data["name_th"] if lang == "th" else data["name_en"].fillna(data["name_th"])
    labels = [f"{i}. {n} ({tool})" for i, n, tool in zip(data["indicator"], names, data["tool"], strict=True)]
    fig = go.Figure(
        labelled_hbar(
            data["score"],
            labels,
            [TOOL_COLOURS.get(tl, "#999") for tl in data["tool"]],
            [("–" if pd.isna(s) else f"{s:.2f}") for s in data["score"]],
            "%{y}: %{x:.2f}<extra></extra>",
        )
    )
    fig.update_xaxes(range=[0, 105], gridcolor="#e5e5e5", title=t("ita.score", lang))
    return layout(fig, 420)


def indicators_heatmap(frame: pd.DataFrame, lang: str = "th") -> go.Figure:
    """Indicator × fiscal year, each cell's score written in it; IIT, EIT, OIT rows kept together."""
    wide = frame.pivot_table(
        index=["tool", "indicator", "name_th", "name_en"], columns="fiscal_year", values="score"
    )
    wide = wide.sort_index(level=["indicator"])
    rows = [f"{i}. {(th if lang == 'th' else (en or th))} ({tool})" for tool, i, th, en in wide.index]
    years = _fy_labels(wide.columns, lang)
    values = wide.to_numpy()
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=years,
            y=rows,
            colorscale="Blues",
            zmin=50,
            zmax=100,
            colorbar={"title": t("ita.score", lang)},
            text=[[("" if pd.isna(v) else f"{v:.1f}") for v in row] for row in values],
            texttemplate="%{text}",
            hovertemplate="%{y} · %{x}: %{z:.2f}<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    return layout(fig, 460)
