"""Awareness per channel: the three items' rates with 95% intervals and their changes, the monthly
trend against the target, units ranked for one item (with one unit in detail), and visitor types."""

from __future__ import annotations

import sys

import streamlit as st

from charts import awareness as awareness_builders
from charts import visitor_mix as visitor_mix_builders
from core.survey import CHANNELS
from dashboard import shell
from dashboard import survey as page
from dashboard.data import ask, derive_shared
from dashboard.figures import cached
from i18n import labeller, t
from i18n.units import unit_labels

charts = cached(awareness_builders)
mix_charts = cached(visitor_mix_builders)

ctx, params, settings = page.header("awareness.title", "awareness.intro", page="awareness")
lang = ctx.lang

compare = ask("awareness_compare", **params)
if int(compare["total"].sum()) == 0:
    shell.empty_state()
    st.stop()
st.caption(t("survey.export_hint", lang))
page.compare_cards(compare, lang)

rates = ask("awareness_by_channel", **params)
rates_fig = charts.awareness_rates(rates, lang)
caption = t("awareness.chart_rates.caption", lang)
page.section(t("awareness.chart_rates", lang), rates_fig, rates, "awareness_by_channel", caption)
trend = ask("awareness_monthly", **params)
trend_fig = charts.awareness_trend(trend, lang, settings.targets)
caption = t("awareness.chart_trend.caption", lang)
page.section(t("awareness.chart_trend", lang), trend_fig, trend, "awareness_monthly", caption)

st.subheader(t("awareness.by_unit", lang))
page.url_choice("aw_item", "item", list(CHANNELS), default="complaint")
item = st.segmented_control(
    t("awareness.by_unit.item", lang),
    list(CHANNELS),
    key="aw_item",
    format_func=labeller("channel", lang),
    required=True,
)
page.keep_in_url("item", item)
by_unit = ask("awareness_by_unit", **params, min_n=settings.min_responses)
fig = charts.unit_ranking(by_unit, item, settings.targets[item], lang)
caption = t("awareness.by_unit.caption", lang, min_n=settings.min_responses)
page.chart(fig, by_unit, "awareness_by_unit", caption)
# Every unit's label made once per replica and data version (keyed by language only, so no filter choice
# adds a cache entry): a picker's options and texts stay with each session until it expires (issue #20).
names = derive_shared(unit_labels, "units", {}, lang, style="axis", width=60)
silent = by_unit[(by_unit["channel"] == item) & (by_unit["total"] == 0)]
if len(silent):
    with st.expander(t("awareness.by_unit.silent", lang, count=len(silent))):
        st.text(", ".join(names.get(c, c) for c in silent["unit_code"]))

st.subheader(t("awareness.drill", lang))
# One string object per code (sys.intern), shared by the sessions' pickers, in the ranking's order.
answered = by_unit[(by_unit["channel"] == item) & (by_unit["total"] > 0)]
codes = [sys.intern(c) for c in answered["unit_code"] if c in names]
page.url_choice("aw_drill", "drill", codes)
unit = st.selectbox(
    t("awareness.drill.pick", lang),
    codes,
    key="aw_drill",
    format_func=names.__getitem__,
    help=t("awareness.drill.help", lang),
)
page.keep_in_url("drill", unit)
if unit:
    one = {**params, "units": [unit]}
    page.compare_cards(ask("awareness_compare", **one), lang)
    unit_trend = ask("awareness_monthly", **one)
    fig = charts.awareness_trend(unit_trend, lang, settings.targets, channels=(item,))
    page.chart(fig, unit_trend, f"awareness_monthly_{unit}", t("awareness.drill.trend.caption", lang))
    unit_mix = ask("visitor_mix", **one)
    fig = mix_charts.mix_bars(unit_mix, lang)
    page.chart(fig, unit_mix, f"visitor_mix_{unit}", t("awareness.drill.mix.caption", lang))

by_visitor = ask("awareness_by_visitor_type", **params)
fig, caption = charts.visitor_type_rates(by_visitor, lang), t("awareness.by_visitor.caption", lang)
page.section(t("awareness.by_visitor", lang), fig, by_visitor, "awareness_by_visitor_type", caption)

with st.expander(t("awareness.table", lang)):
    page.rates_table(rates, lang)
