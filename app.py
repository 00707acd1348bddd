"""ITA communication dashboard: navigation, language, the shared filter, then the chosen page."""

from __future__ import annotations

import streamlit as st

from dashboard import data, filters, freshness, registry, shell
from dashboard.context import Context, set_current
from ita.i18n import t

st.set_page_config(page_title="ITA · สป.ดศ.", page_icon=":material/campaign:", layout="wide")

lang = shell.language()
role = "admin"  # until sign-in (issue 4): local use sees every page
pages: dict[str, list] = {}
for spec in registry.pages_for(role):
    pages.setdefault(t(spec.group, lang), []).append(
        st.Page(
            spec.path,
            title=t(f"page.{spec.key}", lang),
            icon=spec.icon,
            url_path=spec.key,
            default=spec.default,
        )
    )
nav = st.navigation(pages)
st.sidebar.caption(f"{t('app.title', lang)} · {t('app.org', lang)}")

if data.db_version() is None:
    st.title(t("app.title", lang))
    st.info(t("app.no_db", lang), icon=":material/database:")
    st.stop()

with shell.friendly_errors(lang):
    extent = data.ask("data_extent").iloc[0]
    units = data.ask("units")
    state = filters.sidebar(extent, units, lang)
    start, end = state.period()
    set_current(
        Context(
            lang,
            start,
            end,
            state.units,
            state.visitor_type,
            bool(extent["is_demo"]),
            filters.period_label(state, lang),
        )
    )
    filters.write_url(state, lang)
    freshness.banner(lang)
    nav.run()
