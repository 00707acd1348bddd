"""ITA communication dashboard: sign-in, navigation by role, language, the shared filter, the page."""

from __future__ import annotations

from pathlib import Path

import duckdb
import streamlit as st

from dashboard import access, data, exporting, filters, freshness, housekeeping, registry, shell, welcome
from dashboard.context import Context, set_current
from i18n import t

# The icon is a local file: a ":material/…:" icon makes every visitor's browser fetch it from Google.
st.set_page_config(
    page_title="ITA · สป.ดศ.",
    page_icon=str(Path(__file__).with_name("dashboard") / "favicon.png"),
    layout="wide",
)
# No table's own CSV button: it would bypass the formula-safe, audited exports (also in config.toml).
st.set_option("client.disableDataExport", True)

housekeeping.start()  # a full GC every few seconds instead of after every run (runner.postScriptGC off)
housekeeping.ran()
lang = shell.language()
if data.db_version() is None:
    welcome.show(lang)

try:
    extent = data.ask("data_extent").iloc[0]
except duckdb.Error:  # a damaged or foreign file: tell the admin how to restore it, not a traceback
    shell.damaged_database(lang)
viewer = access.gate(lang, bool(extent["is_demo"]))

# Every page is registered so a deep link reaches its own guard; those the role may not open are hidden.
pages: dict[str, list] = {}
landing = registry.default_key(viewer.roles)
for spec in registry.PAGES:
    visible = registry.allowed(viewer.roles, spec)
    pages.setdefault(t(spec.group, lang), []).append(
        st.Page(
            spec.path,
            title=t(f"page.{spec.key}", lang),
            icon=spec.icon,
            url_path=spec.key,
            default=spec.key == landing,
            visibility="visible" if visible else "hidden",
        )
    )
nav = st.navigation(pages, expanded=True)  # every page the role may open, no "View more" fold
current_page = registry.by_key(nav.url_path or landing)
st.sidebar.caption(f"{t('app.title', lang)} · {t('app.org', lang)}")
access.sidebar_identity(viewer, lang)

if not registry.allowed(viewer.roles, current_page):
    access.record(viewer, "denied", current_page.key)
    st.title(t(f"page.{current_page.key}", lang))
    st.error(t("auth.forbidden", lang), icon=":material/block:")
    st.stop()

with shell.friendly_errors(lang), housekeeping.page_slot():  # a bounded number drawn at once
    units = data.ask("units")
    state = filters.sidebar(extent, units, lang, draw=current_page.filtered)
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
            viewer,
            current_page.key,
        )
    )
    filters.write_url(state, lang)
    freshness.banner(lang)
    if current_page.audited:
        access.record(viewer, "view", current_page.key)
    whole_view = st.sidebar.container()
    exporting.begin_view()
    try:
        nav.run()
    finally:  # also when the page stopped early: offer what it had shown
        exporting.view_button(whole_view)
