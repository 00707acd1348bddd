"""Social-media reach: a month's total against last month and last year, reach per platform over the
months, engagement rate, follower growth, a table per platform, and the monthly report to download."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from charts import reach as reach_builders
from core import reach as fmt
from dashboard import exporting, shell
from dashboard.context import require
from dashboard.data import ask
from dashboard.figures import cached
from i18n import t
from reports import reach_monthly, reach_xlsx

charts = cached(reach_builders)

ctx = require("reach")
lang = ctx.lang
shell.header("reach.title", "reach.intro")

months = ask("reach_months", start=ctx.start, end=ctx.end)
if months.empty:
    shell.empty_state("reach.empty.title", "reach.empty.hint")
    st.stop()

choices = [pd.Timestamp(m).date() for m in months["month"]]
if st.session_state.get("reach_month") not in choices:
    st.session_state["reach_month"] = choices[0]  # the latest month with figures in the period
picked, downloads = st.columns([2, 3], vertical_alignment="bottom")
month = picked.selectbox(
    t("reach.month", lang), choices, key="reach_month", format_func=partial(fmt.month_long, lang=lang)
)
report = reach_monthly.gather(ask, month)
summary = {r.comparison: r for r in report.summary.itertuples()}

with downloads:
    st.caption(t("reach.report.help", lang))
    builds = (  # each built on click, not on every run (LibreOffice makes the PDF)
        ("docx", ":material/description:", partial(reach_monthly.build_docx, report, lang=lang)),
        ("pdf", ":material/picture_as_pdf:", partial(reach_monthly.build_pdf, report, lang=lang)),
        ("xlsx", ":material/table:", partial(reach_xlsx.build_xlsx, report, lang)),
    )
    for box, (ext, icon, build) in zip(st.columns(3), builds, strict=True):
        exporting.document(
            box, t(f"reach.download.{ext}", lang), build, file_name=report.file_name(ext), icon=icon,
            type="primary" if ext == "docx" else "secondary", key=f"dl_reach_{ext}",
        )  # fmt: skip

cur = summary["current"]
cards = st.columns(3)
with cards[0].container(border=True):
    st.metric(
        t("reach.total", lang) + f" · {fmt.month_long(month, lang)}", fmt.value_text("reach", cur.reach_total)
    )
    st.caption(
        t("reach.includes", lang, n=int(cur.n_platforms), platforms=fmt.platform_list(cur.platforms, lang))
    )
for column, key in zip(cards[1:], ("prev_month", "last_year"), strict=True):
    base = summary[key]
    with column.container(border=True):
        label = t("reach.vs", lang, month=fmt.month_long(pd.Timestamp(base.month).date(), lang))
        if fmt.missing(base.change):
            st.metric(label, "–")
            st.caption(t("reach.no_figure", lang))
        else:
            st.metric(
                label, fmt.signed_pct(base.change), delta=f"{base.current_common - base.base_common:+,.0f}"
            )
            st.caption(t("reach.common", lang, platforms=fmt.platform_list(base.common_platforms, lang)))
if not fmt.missing(cur.missing_platforms) and cur.missing_platforms:
    st.warning(
        t("reach.missing", lang, platforms=fmt.platform_list(cur.missing_platforms, lang)),
        icon=":material/help:",
    )
st.markdown(fmt.summary_text(report.summary, report.monthly, lang))
st.caption(t("reach.double_count", lang))
if summed := fmt.daily_sum_platforms(report.monthly):
    st.caption(
        t("reach.daily_sum.here", lang, platforms=fmt.platform_list(",".join(summed), lang))
        + " · "
        + t("reach.daily_sum", lang)
    )

by_platform = ask("reach_by_platform", start=ctx.start, end=ctx.end)
st.subheader(t("reach.chart_platforms", lang))
st.plotly_chart(charts.reach_by_platform(by_platform, lang), config={"displaylogo": False})
st.caption(t("reach.chart_platforms.caption", lang))

rate_col, growth_col = st.columns(2)
with rate_col:
    st.subheader(t("reach.chart_engagement", lang))
    st.plotly_chart(charts.engagement_rate(by_platform, lang), config={"displaylogo": False})
    st.caption(t("reach.chart_engagement.caption", lang))
with growth_col:
    st.subheader(t("reach.chart_followers", lang))
    if report.monthly[(report.monthly["metric"] == "followers")]["mom_diff"].notna().any():
        st.plotly_chart(charts.follower_growth(report.monthly, lang), config={"displaylogo": False})
        st.caption(t("reach.chart_followers.caption", lang))
    else:
        st.info(t("reach.followers.none", lang))

st.subheader(t("reach.table", lang))
platforms = fmt.platforms_in(report.monthly)
for tab, platform in zip(st.tabs([fmt.platform_name(p, lang) for p in platforms]), platforms, strict=True):
    with tab:
        rows = fmt.platform_rows(report.monthly, platform, lang)
        st.dataframe(pd.DataFrame(rows, columns=fmt.table_headers(lang)), hide_index=True)
st.caption(t("reach.table.caption", lang))
shell.csv_download(by_platform, "reach_by_platform", key="dl_reach_csv")
