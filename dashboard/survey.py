"""Streamlit pieces the two survey pages share: a chart with its caption and exports, the comparison
cards, the settings, and page widgets whose value is kept in the URL (so a copied link shows the same)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from core import survey
from dashboard import shell
from dashboard.context import Context, current, require
from i18n import inert, t

# The modebar stays: its camera button ("Download plot as a png") is how a chart is saved as a picture.
PLOT_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def settings() -> survey.Settings:
    """Targets and the few-responses minimum; a broken settings file is said, never fatal."""
    loaded = survey.load()
    if loaded.problems:
        st.warning(t("survey.settings_problem", current().lang, problems=inert("; ".join(loaded.problems))))
    return loaded


def header(title_key: str, intro_key: str, *, page: str) -> tuple[Context, dict, survey.Settings]:
    """A survey page's start: its own access check, the header, and the settings (a problem with them
    said under the header); returns the context, the shared filter as query parameters, the settings."""
    ctx = require(page)
    shell.header(title_key, intro_key)
    return ctx, ctx.params(), settings()


def section(title: str, fig: go.Figure, frame: pd.DataFrame, name: str, caption: str) -> None:
    """A subheader above chart(...)."""
    st.subheader(title)
    chart(fig, frame, name, caption)


def chart(fig: go.Figure, frame: pd.DataFrame, name: str, caption: str) -> None:
    """A chart, how to read it, and its figures as CSV (the PNG is the modebar's camera button)."""
    config = {
        **PLOT_CONFIG,
        "toImageButtonOptions": {**PLOT_CONFIG["toImageButtonOptions"], "filename": name},
    }
    st.plotly_chart(fig, config=config, key=f"chart_{name}")
    st.caption(caption)
    shell.csv_download(frame, name, key=f"dl_{name}")


def url_choice(key: str, url_key: str, options: list, default=None) -> None:
    """Before a page widget is drawn: take its value from the link the first time (or when its old
    value is no longer offered), else keep the user's choice. Unknown values fall back to default."""
    if options and st.session_state.get(key) not in options:
        wanted = st.query_params.get(url_key)
        st.session_state[key] = (
            wanted if wanted in options else (default if default in options else options[0])
        )


def keep_in_url(url_key: str, value: str | None) -> None:
    """After the widget: mirror its value into the URL (the shared filter keeps these keys)."""
    if value:
        if st.query_params.get(url_key) != value:
            st.query_params[url_key] = value
    elif url_key in st.query_params:
        del st.query_params[url_key]


def compare_cards(frame: pd.DataFrame, lang: str) -> None:
    """Per item: the rate with its interval and counts, then the change against the previous period
    and the same period a year before, in percentage points ('no data' when there is nothing to compare)."""
    for column, row in zip(st.columns(3), frame.itertuples(), strict=True):
        with column.container(border=True):
            label = t(f"channel.{row.channel}", lang)
            if not row.total:
                st.metric(label, "–")
                st.caption(t("awareness.no_answers", lang))
                continue
            st.metric(label, f"{row.rate:.1%}", help=t("awareness.compare_help", lang))
            st.caption(
                f"{t('awareness.ci', lang)}: {row.ci_low:.1%} – {row.ci_high:.1%}  \n"
                + t("awareness.counts", lang, aware=row.aware, unaware=row.unaware, total=row.total)
            )
            comparisons = [
                ("vs_prev", row.prev_start, row.prev_end, row.prev_total, row.prev_rate, row.change_prev),
                ("vs_year", row.yoy_start, row.yoy_end, row.yoy_total, row.yoy_rate, row.change_yoy),
            ]
            if (row.prev_start, row.prev_end) == (row.yoy_start, row.yoy_end):
                comparisons = comparisons[1:]  # a whole year: the period before is the year before
            for what, start, end, total, rate, change in comparisons:
                _change(lang, what, start, end, total, rate, row.rate, change)


def _change(lang, what, start, end, total, rate, now, change) -> None:
    span = survey.span(pd.Timestamp(start).date(), pd.Timestamp(end).date(), lang)
    label = f"{t('awareness.' + what, lang)} · {span}"
    text = survey.points(change, lang)
    if text is None:
        st.metric(label, t("awareness.no_data", lang))
        return
    flat = abs(change) < 0.0005
    st.metric(
        label,
        f"{rate:.1%} → {now:.1%}",
        delta=text,
        delta_color="off" if flat else "normal",
        delta_arrow="off" if flat else "auto",
        help=t("awareness.compare_line", lang, what=t("awareness." + what, lang), span=span,
               rate=f"{rate:.1%}", n=int(total)),
    )  # fmt: skip


def rates_table(rates: pd.DataFrame, lang: str) -> None:
    """The rates per item as a table (queries/awareness_by_channel.sql), rates as percentages."""
    percent = {
        c: st.column_config.NumberColumn(t(f"col.{c}", lang), format="percent")
        for c in ("rate", "ci_low", "ci_high")
    }
    st.dataframe(
        rates.assign(channel=[t(f"channel.{c}", lang) for c in rates["channel"]]),
        hide_index=True,
        column_config={c: t(f"col.{c}", lang) for c in ("channel", "aware", "unaware", "total")} | percent,
    )
