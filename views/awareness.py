"""Awareness per channel: the three survey items' rates with 95% intervals, and their monthly trend."""

from __future__ import annotations

import streamlit as st

from dashboard import shell
from dashboard.context import require
from dashboard.data import ask
from ita.charts import awareness as charts
from ita.i18n import t

ctx = require("awareness")
lang = ctx.lang
shell.header("awareness.title", "awareness.intro")

rates = ask("awareness_by_channel", **ctx.params())
if int(rates["total"].sum()) == 0:
    shell.empty_state()
    st.stop()

for column, row in zip(st.columns(3), rates.itertuples(), strict=True):
    with column.container(border=True):
        label = t(f"channel.{row.channel}", lang)
        if row.total:
            st.metric(label, f"{row.rate:.1%}")
            st.caption(
                f"{t('awareness.ci', lang)}: {row.ci_low:.1%} – {row.ci_high:.1%}  \n"
                + t("awareness.counts", lang, aware=row.aware, unaware=row.unaware, total=row.total)
            )
        else:
            st.metric(label, "–")
            st.caption(t("awareness.no_answers", lang))

st.subheader(t("awareness.chart_rates", lang))
st.plotly_chart(charts.awareness_rates(rates, lang), config={"displaylogo": False})
st.caption(t("awareness.chart_rates.caption", lang))

st.subheader(t("awareness.chart_trend", lang))
trend = ask("awareness_monthly", **ctx.params())
st.plotly_chart(charts.awareness_trend(trend, lang), config={"displaylogo": False})
st.caption(t("awareness.chart_trend.caption", lang))

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
    shell.csv_download(rates, "awareness_by_channel", key="dl_rates")
