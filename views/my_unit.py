"""A unit officer's own page: their survey figures, what they owe and when, the pre-filled forms, and the
form to submit their report. The unit comes only from the signed-in roles ("unit:<CODE>"), never from the
URL or a widget offering other units, so an officer cannot see another unit by changing a parameter.
"""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from core import compliance_tables as tables
from core.fiscal import fiscal_year, fiscal_year_range
from core.roles import unit_codes
from dashboard import exporting, shell, submission_form
from dashboard.context import require
from dashboard.data import ask
from i18n import labeller, t
from i18n.units import unit_label
from reports import form1, form2
from runtime.clock import bangkok_now

ctx = require("my_unit")
lang = ctx.lang
mine = unit_codes(ctx.viewer.roles)
shell.header("unit.title", "unit.intro", period=False)
if not mine:
    st.error(t("auth.forbidden", lang), icon=":material/block:")
    st.stop()
units = ask("units")
known = {r.code: r for r in units.itertuples()}
codes = [c for c in mine if c in known]
if not codes:
    st.error(t("unit.unknown_code", lang, codes=", ".join(mine)), icon=":material/error:")
    st.stop()
code = codes[0] if len(codes) == 1 else st.selectbox(t("record.unit", lang), codes, key="mu_unit")
unit = known[code]
st.subheader(unit_label(unit, lang))

today = bangkok_now().date()
this_fy = fiscal_year(today)
fy = st.selectbox(t("record.fy", lang), list(range(this_fy, this_fy - 4, -1)), key="mu_fy")
start, end = fiscal_year_range(fy)

# --- the survey's figures for this unit ------------------------------------------------------------
st.markdown(f"**{t('unit.survey', lang, fy=fy)}**")
rates = ask("awareness_by_channel", start=start, end=min(end, today), units=[code], visitor_type=None)
if rates.empty or int(rates["total"].max() or 0) == 0:
    st.info(t("unit.survey.none", lang), icon=":material/info:")
else:
    boxes = st.columns(len(rates))
    for box, r in zip(boxes, rates.itertuples(), strict=True):
        box.metric(
            t(f"channel.{r.channel}", lang),
            "–" if pd.isna(r.rate) else f"{r.rate:.1%}",
            help=t("unit.survey.counts", lang, aware=int(r.aware), total=int(r.total)),
        )
        box.caption(t("unit.survey.counts", lang, aware=int(r.aware), total=int(r.total)))

# --- what the unit owes, and when ------------------------------------------------------------------
st.markdown(f"**{t('unit.owes', lang)}**")
owed = ask("compliance_status", as_of=today, fy=fy, unit=code)
if owed.empty:
    st.info(t("compliance.no_schedule", lang, fy=fy), icon=":material/event_busy:")
else:
    st.dataframe(tables.owed_table(owed, lang), hide_index=True, key="mu_owed")

# --- the pre-filled forms ---------------------------------------------------------------------------
st.markdown(f"**{t('unit.forms', lang)}**")
round_ = st.radio(
    t("record.round", lang),
    ("6", "12"),
    horizontal=True,
    format_func=labeller("round", lang),
    key="mu_round",
)
forms = (
    ("form1", form1, form1.gather(ask, code, fy, round_, prefill=True)),
    ("form2", form2, form2.gather(ask, code, fy, round_)),
)
for box, (key, module, filled) in zip(st.columns(2), forms, strict=True):
    build = partial(module.build_docx, filled)  # built on click, not on every view
    exporting.document(
        box, t(f"unit.{key}", lang), build, file_name=filled.file_name("docx"), key=f"mu_{key}"
    )

# --- submit the report -----------------------------------------------------------------------------
st.markdown(f"**{t('unit.submit', lang)}**")
submission_form.unit_submit(ctx, code)

st.markdown(f"**{t('unit.sent', lang)}**")
sent = ask("unit_submissions", unit=code, as_of=today)
if sent.empty:
    st.caption(t("unit.sent.none", lang))
else:
    st.dataframe(tables.sent_table(sent, lang), hide_index=True, key="mu_sent")
