"""Indicator 7 and the ITA scores: against the FY2565 baseline, the grade bands, every indicator, and the
survey's monthly signal beside them."""

from __future__ import annotations

import streamlit as st

from charts import awareness as awareness_builders
from charts import ita as ita_builders
from core import ita
from dashboard import shell
from dashboard.context import require
from dashboard.data import ask
from dashboard.figures import cached
from i18n import t
from runtime.config import indicator7

awareness_charts = cached(awareness_builders)
charts = cached(ita_builders)

ctx = require("indicator7")
lang = ctx.lang
reference = indicator7()
baseline, target = reference.baseline, reference.target
shell.header("ita.title", "ita.intro", period=False, baseline=baseline)

ind7, overall = ask("ita_trend", indicator=7), ask("ita_trend", indicator=0)
if ind7.empty and overall.empty:
    st.info(t("ita.empty", lang), icon=":material/info:")
    st.stop()

for box, kpi in zip(st.columns(3), ita.kpis(ind7, overall, baseline, target, lang), strict=True):
    box.container(border=True).metric(**kpi)
if bool(ind7["is_demo"].any() or overall["is_demo"].any()):
    st.caption(t("ita.demo_note", lang))

chart_left, chart_right = st.columns(2)
with chart_left:
    st.subheader(t("ita.chart.ind7", lang))
    st.plotly_chart(charts.indicator_trend(ind7, baseline, float(target) if target else None, lang))
    st.caption(t("ita.chart.ind7.caption", lang, baseline=baseline))
with chart_right:
    st.subheader(t("ita.signal", lang))
    extent = ask("data_extent").iloc[0]
    if extent["first_date"] is None or extent["responses"] == 0:
        shell.empty_state()
    else:
        monthly = ask("awareness_monthly", start=extent["first_date"], end=extent["last_date"])
        notes = ask("annotations", start=extent["first_date"], end=extent["last_date"])
        fig = awareness_charts.with_annotations(awareness_charts.awareness_trend(monthly, lang), notes, lang)
        st.plotly_chart(fig)
    st.caption(t("ita.signal.caption", lang))

st.subheader(t("ita.chart.overall", lang))
st.plotly_chart(charts.overall_in_bands(overall, ask("ita_grades_list"), lang))
st.caption(t("ita.chart.overall.caption", lang))

st.subheader(t("ita.chart.year", lang))
years = ask("ita_years")["fiscal_year"].tolist()
year = st.selectbox(t("ita.year", lang), years, key="ita_year")
st.plotly_chart(charts.year_indicators(ask("ita_year", fiscal_year=year), lang))
st.caption(t("ita.chart.year.caption", lang))

st.subheader(t("ita.chart.matrix", lang))
matrix = ask("ita_matrix")
st.plotly_chart(charts.indicators_heatmap(matrix, lang))
st.caption(t("ita.chart.matrix.caption", lang))
shell.csv_download(matrix, "ita_scores", key="dl_ita")
