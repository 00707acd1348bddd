"""Reporting compliance for ศปท.: this round's rate, the overdue units and their reminders, the
unit × report matrix, Form 2 against the survey, the rate across years, and one unit's history.

Thin: the tables are core.compliance_tables (pure, tested), the Streamlit pieces dashboard.compliance_view."""

from __future__ import annotations

import streamlit as st

from charts import compliance as compliance_builders
from core import compliance as comp
from core import compliance_tables as tables
from core.fiscal import fiscal_year
from core.thaidate import format_date
from dashboard import compliance_view as view
from dashboard import shell, submission_form
from dashboard.context import require
from dashboard.data import ask, derive_shared
from dashboard.date_input import be_date_input
from dashboard.figures import cached
from i18n import t

charts = cached(compliance_builders)

ctx = require("compliance")
lang = ctx.lang
fy = fiscal_year(ctx.end)
shell.header("compliance.title", "compliance.intro", period=False)

as_of = be_date_input(
    t("compliance.as_of", lang), comp.today_bangkok(), key="c_as_of", lang=lang,
    help=t("compliance.as_of.help", lang), container=st.columns([1, 3])[0],
)  # fmt: skip
if as_of is None:  # the box says what to type
    st.stop()
st.caption(t("compliance.caption", lang, fy=fy, date=format_date(as_of, lang, long=True)))

rows = ask("compliance_status", as_of=as_of, fy=fy)
if rows.empty:
    st.info(t("compliance.no_schedule", lang, fy=fy), icon=":material/event_busy:")
    st.stop()
# The sidebar's round: round 6 shows the reports of October-March only, round 12 the whole year.
rows = comp.in_round(rows, ctx.end)
rates = tables.rates_in_round(ask("compliance_rates", as_of=as_of, fy=fy), rows)
st.caption(t("compliance.round_shown", lang, period=ctx.period_label))
late = comp.overdue(rows)

# --- the headline: each round's on-time rate and what is overdue; then the overdue list -------------
view.headline(tables.rate_cards(rates, late, lang))
view.overdue_section(ctx, late, fy, as_of)

# --- details ---------------------------------------------------------------------------------------
tab_matrix, tab_monthly, tab_check, tab_years, tab_history = st.tabs(
    [t(f"compliance.{k}", lang) for k in ("matrix", "monthly", "crosscheck", "years", "history")]
)
with tab_matrix:
    view.matrix(ctx, as_of, fy, monthly=False)
with tab_monthly:
    view.matrix(ctx, as_of, fy, monthly=True)
with tab_check:
    st.caption(t("compliance.crosscheck.caption", lang))
    odd = comp.crosscheck(rows)
    if odd.empty:
        st.success(t("compliance.crosscheck.none", lang), icon=":material/task_alt:")
    else:
        st.dataframe(tables.crosscheck_table(odd, lang), hide_index=True, key="crosscheck")
with tab_years:
    years = ask("compliance_rates", as_of=as_of)
    st.plotly_chart(charts.rates_by_year(years, lang), config={"displaylogo": False})
    st.caption(t("compliance.years.caption", lang))
    shell.csv_download(years, f"compliance-rates-{as_of.isoformat()}", key="dl_years")
with tab_history:
    names = derive_shared(
        tables.unit_choices_in_round, "compliance_status", {"as_of": as_of, "fy": fy}, ctx.end, lang
    )
    codes = list(names)
    unit = st.selectbox(
        t("compliance.history.unit", lang), codes, index=tables.first_unit(codes, ctx.units, late),
        format_func=names.get, key="c_unit",
    )  # fmt: skip
    history = ask("compliance_status", as_of=as_of, unit=unit)
    view.linked_table(tables.history_table(history, lang), tables.col("link", lang), lang, key="history")

    st.markdown(f"**{t('compliance.submissions', lang)}**")
    sent = ask("unit_submissions", unit=unit, as_of=as_of)
    view.linked_table(tables.submissions_table(sent, lang), tables.col("link", lang), lang)

    st.markdown(f"**{t('compliance.measures', lang)}**")
    form1, picks = tables.form1_picks(sent, lang)
    if form1.empty:
        st.info(t("compliance.measures.none", lang), icon=":material/description:")
    else:
        picked = st.selectbox(
            t("compliance.measures.pick", lang), list(picks), format_func=picks.get, key="c_form1"
        )
        row = form1[form1["submitted_at"].astype(str) == picked].iloc[0]
        measures = ask(
            "submission_measures", unit=unit, fy=int(row["fiscal_year"]), period=row["period"],
            submitted_at=picked,
        )  # fmt: skip
        table = tables.measures_table(measures, lang)
        view.linked_table(table, tables.col("evidence", lang), lang, key="measures")

# --- ศปท. records a report it received (a module of its own: dashboard/submission_form.py) ----------
submission_form.record_received(ctx)
