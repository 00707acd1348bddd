"""Visitor mix: responses per visitor type (several may be ticked), by month, per unit, and the
'other' answers as a searchable list of inert text."""

from __future__ import annotations

import streamlit as st

from charts import visitor_mix as visitor_mix_builders
from dashboard import shell
from dashboard import survey as page
from dashboard.data import ask
from dashboard.figures import cached
from i18n import t

charts = cached(visitor_mix_builders)

ctx, params, settings = page.header("visitor_mix.title", "visitor_mix.intro", page="visitor_mix")
lang = ctx.lang

mix = ask("visitor_mix", **params)
total = int(mix["n"].iloc[0]) if len(mix) else 0
if total == 0:
    shell.empty_state()
    st.stop()
st.caption(t("survey.export_hint", lang))

st.subheader(t("visitor_mix.counts", lang))
st.markdown(t("visitor_mix.total", lang, n=total))
page.chart(charts.mix_bars(mix, lang), mix, "visitor_mix", t("visitor_mix.counts.caption", lang))

st.subheader(t("visitor_mix.trend", lang))
trend = ask("visitor_mix_trend", **params)
page.chart(charts.mix_trend(trend, lang), trend, "visitor_mix_trend", t("visitor_mix.trend.caption", lang))

st.subheader(t("visitor_mix.by_unit", lang))
by_unit = ask("visitor_mix_by_unit", **params, min_n=settings.min_responses)
page.chart(
    charts.mix_by_unit(by_unit, lang),
    by_unit,
    "visitor_mix_by_unit",
    t("visitor_mix.by_unit.caption", lang, min_n=settings.min_responses),
)

st.subheader(t("visitor_mix.other", lang))
if "vm_search" not in st.session_state:
    st.session_state["vm_search"] = str(st.query_params.get("search", ""))[:100]
search = st.text_input(t("visitor_mix.other.search", lang), key="vm_search", max_chars=100).strip()
page.keep_in_url("search", search)
other = ask("other_answers", **params, search=search or None)
if other.empty:
    st.info(t("visitor_mix.other.none", lang), icon=":material/search_off:")
else:
    st.dataframe(  # inert text only: free answers never go through markdown or HTML
        other,
        hide_index=True,
        column_config={
            "other_text": st.column_config.TextColumn(t("col.other_text", lang)),
            "responses": st.column_config.NumberColumn(t("col.responses", lang)),
        },
    )
    st.caption(t("visitor_mix.other.caption", lang))
    shell.csv_download(other, "other_answers", key="dl_other_answers")
