"""Executive overview: one screen answering "is our communication getting better, and are we on track?"."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from charts import awareness as awareness_builders
from core import overview
from core.compliance import today_bangkok
from core.fiscal import add_months
from core.thaidate import format_date
from dashboard import shell
from dashboard.context import require
from dashboard.data import ask
from dashboard.figures import cached
from i18n import t
from runtime.config import indicator7

awareness_charts = cached(awareness_builders)

# Print: A4 landscape, one page, without the sidebar, toolbar, buttons or screen-only text (containers
# keyed "screen_only…": the print hint, the no-sign-in banner); constant CSS, no data in it.
PRINT_CSS = """<style>
@media print {
  @page { size: A4 landscape; margin: 8mm; }
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stDownloadButton"], [data-testid="stElementToolbar"],
  [class*="st-key-screen_only"] { display: none !important; }
  [data-testid="stMain"] .block-container { padding: 0 !important; max-width: 100% !important; }
  body { zoom: 0.6; }
}
</style>"""

ctx = require("overview")
lang = ctx.lang
st.html(PRINT_CSS)
reference = indicator7()
baseline, target = reference.baseline, reference.target
shell.header("overview.title", "overview.intro", period=False, baseline=baseline)


def card(column, title: str, reading: tuple[str, str] | None) -> None:
    with column.container(border=True, height="stretch"):
        if reading is None:
            st.metric(title, "–")
            st.caption(t("overview.no_data", lang))
        else:
            st.metric(title, reading[0])
            st.caption(reading[1])


today = today_bangkok()
extent = ask("data_extent").iloc[0]
st.caption(
    t("overview.as_of", lang, date=format_date(today, lang, long=True))
    if pd.isna(extent["last_date"])
    else t(
        "overview.as_of.survey",
        lang,
        date=format_date(today, lang, long=True),
        last=format_date(extent["last_date"], lang, long=True),
    )
)
rates = ask("compliance_rates", as_of=today)
# overdue: from the year the compliance card reports (its latest round with reports due) onwards
owed = rates.loc[rates["round"].isin(["6", "12"]) & (rates["due"] > 0), "fiscal_year"]
status = ask("compliance_status", as_of=today)
status = status[status["fiscal_year"] >= int(owed.max())] if len(owed) else status.iloc[0:0]
needs = overview.attention(ask("awareness_yearly"), status, lang)
if needs:
    st.warning(f"**{t('overview.attention', lang)}:** {needs}", icon=":material/priority_high:")
last_reach_month = ask("reach_last_month", as_of=today)
reach = None if last_reach_month.empty else ask("reach_summary", month=last_reach_month.iloc[0]["month"])
cards = st.columns(4)
card(
    cards[0],
    t("overview.ind7", lang),
    overview.indicator7_reading(ask("ita_trend", indicator=7), baseline, lang, target),
)
card(cards[1], t("overview.overall", lang), overview.overall_reading(ask("ita_trend", indicator=0), lang))
card(
    cards[2],
    t("overview.compliance", lang),
    overview.compliance_reading(rates, lang),
)
card(cards[3], t("overview.reach", lang), None if reach is None else overview.reach_reading(reach, lang))

left, right = st.columns([1, 1])
awareness = overview.awareness_readings(ask("awareness_yearly"), lang)
with left.container(border=True, height="stretch"):
    if awareness is None:
        st.markdown(f"**{t('overview.awareness', lang, fy='–')}**")
        st.caption(t("overview.no_data", lang))
    else:
        fy, items = awareness
        st.markdown(f"**{t('overview.awareness', lang, fy=fy)}**")
        for column, (channel, (value, line)) in zip(st.columns(3), items.items(), strict=True):
            column.metric(t(f"channel.short.{channel}", lang), value)
            column.caption(line)
with right.container(border=True, height="stretch"):
    st.markdown(f"**{t('overview.signal', lang)}**")
    if pd.isna(extent["last_date"]):
        st.caption(t("overview.no_data", lang))
    else:
        end = extent["last_date"]
        start = add_months(end.replace(day=1), -11)
        monthly = ask("awareness_monthly", start=start, end=end)
        fig = awareness_charts.awareness_signal(monthly, lang)  # zoomed in: a rise is visible
        st.plotly_chart(fig, config={"displayModeBar": False})
with st.container(key="screen_only_print_hint"):
    st.caption(t("overview.print", lang))
