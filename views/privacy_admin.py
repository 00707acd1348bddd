"""Privacy (PDPA) for the data admin: the audit log, and a data subject's request to find or erase rows."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import shell
from dashboard.context import require
from etl import privacy, publish
from etl.problems import InputProblem
from i18n import inert, t
from runtime import audit

ctx = require("privacy")
lang = ctx.lang
shell.header("privacy.title", "privacy.intro", period=False)

st.subheader(t("privacy.subject", lang))
st.caption(t("privacy.subject.help", lang))
with st.form("subject"):
    email = st.text_input(t("privacy.email", lang), max_chars=200)
    phone = st.text_input(t("privacy.phone", lang), max_chars=40)
    found = st.form_submit_button(t("privacy.find", lang), icon=":material/search:")
if found or st.session_state.get("subject_found") is not None:
    if found:
        st.session_state["subject_found"] = privacy.find_subject(email or None, phone or None)
        st.session_state["subject_query"] = (email, phone)
    count = st.session_state["subject_found"]
    st.info(t("privacy.found", lang, n=count), icon=":material/person_search:")
    if count:
        confirm = st.checkbox(t("privacy.confirm", lang, n=count))
        if st.button(
            t("privacy.delete", lang), type="primary", disabled=not confirm, icon=":material/delete:"
        ):
            email_q, phone_q = st.session_state["subject_query"]
            try:
                counts = privacy.forget_subject(
                    email_q or None,
                    phone_q or None,
                    who=ctx.viewer.email,
                    roles=ctx.viewer.roles,
                    wait_seconds=30,
                )  # audited by privacy, as the command line is
            except (publish.LoadBusy, InputProblem) as busy:
                st.error(inert(busy))
            else:
                st.success(t("privacy.deleted", lang, n=counts.get("served", 0)), icon=":material/check:")
                st.session_state["subject_found"] = None

st.subheader(t("privacy.retention", lang))
st.caption(t("privacy.retention.help", lang))
before = st.date_input(
    t("privacy.retention.before", lang), value=None, format="DD/MM/YYYY", key="purge_before"
)
sure = st.checkbox(t("privacy.retention.confirm", lang), key="purge_confirm")
if st.button(
    t("privacy.retention.run", lang),
    disabled=not (sure and before),
    icon=":material/auto_delete:",
    key="purge",
):
    try:
        counts = privacy.purge_before(before, who=ctx.viewer.email, roles=ctx.viewer.roles, wait_seconds=30)
    except (publish.LoadBusy, InputProblem) as busy:
        st.error(inert(busy))
    else:  # audited by privacy, as the command line is
        st.success(
            t("privacy.retention.done", lang, n=counts.get("served", 0), q=counts.get("quarantine", 0))
        )

st.subheader(t("privacy.audit", lang))
entries = pd.DataFrame(audit.recent(2000), columns=["at", "who", "roles", "action", "target", "detail"])
if entries.empty:
    st.caption(t("privacy.audit.none", lang))
else:
    st.dataframe(
        entries, hide_index=True, column_config={c: t(f"privacy.col.{c}", lang) for c in entries.columns}
    )
    shell.csv_download(entries, "audit_log", key="dl_audit")
