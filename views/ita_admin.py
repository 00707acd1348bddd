"""Admin: enter a year's ITA scores (validated, confirmed before replacing, audited) and dated notes."""

from __future__ import annotations

import streamlit as st

from core import bilingual
from core.compliance import today_bangkok
from dashboard import access, shell
from dashboard.context import require
from dashboard.data import ask
from dashboard.date_input import be_date_input
from etl import manual, publish
from etl.problems import InputProblem
from i18n import inert, t

ctx = require("ita_admin")
lang = ctx.lang
shell.header("itaadmin.title", "itaadmin.intro", period=False)

st.subheader(t("itaadmin.scores", lang))
names = ask("ita_indicator_names")
with st.form("ita_scores"):
    year = st.number_input(t("ita.fiscal_year", lang), min_value=2550, max_value=2700, value=2569, step=1)
    cols = st.columns(4)
    values = {}
    for n, row in enumerate(names.itertuples()):
        label = f"{row.indicator}. {bilingual.pick(row.name_th, row.name_en, lang)}"
        values[row.indicator] = cols[n % 4].number_input(
            label,
            min_value=None,
            max_value=None,
            value=None,
            step=0.01,
            format="%.2f",
            key=f"ita_{row.indicator}",
        )
    replace_ok = st.checkbox(t("itaadmin.replace", lang))
    submitted = st.form_submit_button(t("itaadmin.save", lang), type="primary")
if submitted:
    try:
        kept = manual.check_scores(int(year), values)
        existing = manual.existing_year(int(year))
        if existing and not replace_ok:
            st.warning(t("itaadmin.exists", lang, fy=int(year), n=existing), icon=":material/warning:")
        else:
            saved = manual.save_scores(int(year), kept, ctx.viewer.email)
            access.record(ctx.viewer, "ita_scores", str(int(year)), scores=kept, replaced=existing)
            st.success(t("itaadmin.saved", lang, n=saved, fy=int(year)), icon=":material/check:")
    except (InputProblem, publish.LoadBusy) as problem:
        st.error(inert(problem), icon=":material/error:")

st.subheader(t("itaadmin.notes", lang))
with st.form("note", clear_on_submit=True):
    day = be_date_input(
        t("itaadmin.note_day", lang), today_bangkok(), key="note_day", lang=lang, in_form=True
    )
    text_th = st.text_input(t("itaadmin.note_th", lang), max_chars=80)
    text_en = st.text_input(t("itaadmin.note_en", lang), max_chars=80)
    added = st.form_submit_button(t("itaadmin.note_add", lang))
if added and day is None:
    st.error(t("record.need_date", lang))
elif added:
    try:
        manual.add_note(day, text_th, text_en, ctx.viewer.email)
        access.record(ctx.viewer, "annotation", "add", day=day, text=text_th)
        st.success(t("itaadmin.note_added", lang), icon=":material/check:")
    except (InputProblem, publish.LoadBusy) as problem:
        st.error(inert(problem), icon=":material/error:")
notes = ask("annotations_all")
st.dataframe(
    notes,
    hide_index=True,
    column_config={
        "day": st.column_config.DateColumn(t("itaadmin.note_day", lang), format="DD/MM/YYYY"),
        "text_th": t("itaadmin.note_th", lang),
        "text_en": t("itaadmin.note_en", lang),
        "created_by": t("privacy.col.who", lang),
    },
)
