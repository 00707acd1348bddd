"""The banner on every page when the last refresh failed or the data is stale."""

from __future__ import annotations

import streamlit as st

from dashboard.data import db_file
from etl import refresh, sources
from i18n import inert
from runtime.clock import bangkok_now


@st.cache_data(ttl=60, show_spinner=False)
def _stale_after_hours(path: str, mtime: float) -> float:
    try:
        return sources.load(sources.sources_path(path))[0].stale_after_hours
    except Exception:  # noqa: BLE001 - a broken sources file is reported on the admin page, not here
        return sources.Settings().stale_after_hours


def banner(lang: str) -> None:
    log = refresh.read_log(db_file())
    if not log:
        return
    path = sources.sources_path()
    hours = _stale_after_hours(str(path), path.stat().st_mtime if path.exists() else 0.0)
    warning = refresh.health(log, bangkok_now(), hours)
    if warning:
        level, message = warning
        (st.error if level == "error" else st.warning)(
            inert(message.text(lang)), icon=":material/sync_problem:"
        )
