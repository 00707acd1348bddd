"""First run without data: say what the product is and offer the two ways in, never an error."""

from __future__ import annotations

import os

import streamlit as st

from dashboard.data import db_file
from etl import demo
from i18n import t
from runtime.config import indicator7


def _build_demo() -> None:
    with st.spinner(t("welcome.demo.building", st.session_state.get("lang", "th"))):
        demo.build(db_file())


def show(lang: str) -> None:
    st.title(t("app.title", lang))
    st.caption(t("app.org", lang))
    st.markdown(t("welcome.what", lang, baseline=indicator7().baseline))
    left, right = st.columns(2)
    with left.container(border=True):
        st.subheader(t("welcome.demo", lang))
        st.write(t("welcome.demo.text", lang))
        if os.environ.get("ITA_NO_AUTH") == "1":
            st.button(
                t("welcome.demo.button", lang),
                on_click=_build_demo,
                type="primary",
                icon=":material/science:",
            )
        else:
            st.code(".venv/bin/python -m etl demo", language="bash")
    with right.container(border=True):
        st.subheader(t("welcome.connect", lang))
        st.markdown(t("welcome.connect.steps", lang))
    st.stop()
