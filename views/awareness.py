"""Awareness per channel: the three items' rates with 95% intervals and their changes, the monthly
trend against the target, units ranked for one item (with one unit in detail), and visitor types."""

from __future__ import annotations

import streamlit as st

from charts import awareness as awareness_builders
from charts import visitor_mix as visitor_mix_builders
from core.survey import CHANNELS
from dashboard import shell
from dashboard import survey as page
from dashboard.context import require
from dashboard.data import ask
from dashboard.figures import cached
from i18n import t
from i18n.units import unit_label

charts = cached(awareness_builders)
mix_charts = cached(visitor_mix_builders)

ctx = require("awareness")
lang = ctx.lang
params = ctx.params()
shell.header("awareness.title", "awareness.intro")
settings = page.settings()

compare = ask("awareness_compare", **params)
if int(compare["total"].sum()) == 0:
    shell.empty_state()
    st.stop()
st.caption(t("survey.export_hint", lang))
page.compare_cards(compare, lang)

st.subheader(t("awareness.chart_rates", lang))
rates = ask("awareness_by_channel", **params)
page.chart(
    charts.awareness_rates(rates, lang),
    rates,
    "awareness_by_channel",
    t("awareness.chart_rates.caption", lang),
)

st.subheader(t("awareness.chart_trend", lang))
trend = ask("awareness_monthly", **params)
page.chart(
    charts.awareness_trend(trend, lang, settings.targets),
    trend,
    "awareness_monthly",
    t("awareness.chart_trend.caption", lang),
)

st.subheader(t("awareness.by_unit", lang))
page.url_choice("aw_item", "item", list(CHANNELS), default="complaint")
item = st.segmented_control(
    t("awareness.by_unit.item", lang),
    list(CHANNELS),
    key="aw_item",
    format_func=lambda c: t(f"channel.{c}", lang),
    required=True,
)
page.keep_in_url("item", item)
by_unit = ask("awareness_by_unit", **params, min_n=settings.min_responses)
answered = by_unit[(by_unit["channel"] == item) & (by_unit["total"] > 0)]
page.chart(
    charts.unit_ranking(by_unit, item, settings.targets[item], lang),
    by_unit,
    "awareness_by_unit",
    t("awareness.by_unit.caption", lang, min_n=settings.min_responses),
)
silent = by_unit[(by_unit["channel"] == item) & (by_unit["total"] == 0)]
if len(silent):
    with st.expander(t("awareness.by_unit.silent", lang, count=len(silent))):
        st.text(", ".join(unit_label(r, lang, style="axis", width=60) for r in silent.itertuples()))

st.subheader(t("awareness.drill", lang))
codes = list(answered["unit_code"])
names = {r.unit_code: unit_label(r, lang, style="axis", width=60) for r in answered.itertuples()}
page.url_choice("aw_drill", "drill", codes)
unit = st.selectbox(
    t("awareness.drill.pick", lang),
    codes,
    key="aw_drill",
    format_func=lambda c: names[c],
    help=t("awareness.drill.help", lang),
)
page.keep_in_url("drill", unit)
if unit:
    one = {**params, "units": [unit]}
    page.compare_cards(ask("awareness_compare", **one), lang)
    unit_trend = ask("awareness_monthly", **one)
    page.chart(
        charts.awareness_trend(unit_trend, lang, settings.targets, channels=(item,)),
        unit_trend,
        f"awareness_monthly_{unit}",
        t("awareness.drill.trend.caption", lang),
    )
    unit_mix = ask("visitor_mix", **one)
    page.chart(
        mix_charts.mix_bars(unit_mix, lang),
        unit_mix,
        f"visitor_mix_{unit}",
        t("awareness.drill.mix.caption", lang),
    )

st.subheader(t("awareness.by_visitor", lang))
by_visitor = ask("awareness_by_visitor_type", **params)
page.chart(
    charts.visitor_type_rates(by_visitor, lang),
    by_visitor,
    "awareness_by_visitor_type",
    t("awareness.by_visitor.caption", lang),
)

with st.expander(t("awareness.table", lang)):
    shown = rates.assign(channel=[t(f"channel.{c}", lang) for c in rates["channel"]])
    st.dataframe(
        shown,
        hide_index=True,
        column_config={
            "channel": t("col.channel", lang),
            "aware": t("col.aware", lang),
            "unaware": t("col.unaware", lang),
            "total": t("col.total", lang),
            "rate": st.column_config.NumberColumn(t("col.rate", lang), format="percent"),
            "ci_low": st.column_config.NumberColumn(t("col.ci_low", lang), format="percent"),
            "ci_high": st.column_config.NumberColumn(t("col.ci_high", lang), format="percent"),
        },
    )
