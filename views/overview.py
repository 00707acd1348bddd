"""Executive overview: one screen answering "is our communication getting better, and are we on track?"."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard import shell
from dashboard.context import require
from dashboard.data import ask
from dashboard.figures import cached
from etl.config import settings
from ita import overview
from ita.charts import awareness as awareness_builders
from ita.fiscal import add_months
from ita.i18n import t

awareness_charts = cached(awareness_builders)

# Print: A4 landscape, one page, without the sidebar, toolbar or buttons (constant CSS, no data in it).
PRINT_CSS = """<style>
@media print {
  @page { size: A4 landscape; margin: 8mm; }
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stDownloadButton"], [data-testid="stElementToolbar"] { display: none !important; }
  [data-testid="stMain"] .block-container { padding: 0 !important; max-width: 100% !important; }
  body { zoom: 0.6; }
}
</style>"""

ctx = require("overview")
lang = ctx.lang
st.html(PRINT_CSS)
shell.header("overview.title", "overview.intro", period=False)
baseline = float(settings().get("ita", {}).get("baseline_indicator7", 80.29))


def card(column, title: str, reading: tuple[str, str] | None) -> None:
    with column.container(border=True, height="stretch"):
        if reading is None:
            st.metric(title, "–")
            st.caption(t("overview.no_data", lang))
        else:
            st.metric(title, reading[0])
            st.caption(reading[1])


today = date.today()
last_reach_month = ask("reach_months", start=date(2000, 1, 1), end=today)
reach = None if last_reach_month.empty else ask("reach_summary", month=last_reach_month.iloc[0]["month"])
cards = st.columns(4)
card(
    cards[0],
    t("overview.ind7", lang),
    overview.indicator7_reading(ask("ita_trend", indicator=7), baseline, lang),
)
card(cards[1], t("overview.overall", lang), overview.overall_reading(ask("ita_trend", indicator=0), lang))
card(
    cards[2],
    t("overview.compliance", lang),
    overview.compliance_reading(ask("compliance_rates", as_of=today), lang),
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
    extent = ask("data_extent").iloc[0]
    if pd.isna(extent["last_date"]):
        st.caption(t("overview.no_data", lang))
    else:
        end = extent["last_date"]
        start = add_months(end.replace(day=1), -11)
        monthly = ask("awareness_monthly", start=start, end=end)
        fig = awareness_charts.awareness_trend(monthly, lang)
        low = monthly["ci_low"].min()
        floor = 0.0 if pd.isna(low) else max(0.0, int(low * 10 - 0.5) / 10)  # zoomed in: a rise is visible
        fig.update_yaxes(range=[floor, 1])
        fig.update_xaxes(tickangle=0, nticks=6)
        fig.update_layout(height=300)
        st.plotly_chart(fig, config={"displayModeBar": False})
st.caption(t("overview.print", lang))
