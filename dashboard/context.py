"""What every page needs to know about this run: language, period, unit and visitor filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import streamlit as st

from i18n import t


@dataclass(frozen=True)
class Context:
    lang: str
    start: date
    end: date
    units: tuple[str, ...]  # empty = every unit
    visitor_type: str | None
    is_demo: bool
    period_label: str
    viewer: object  # dashboard.access.Viewer
    page: str  # the registry key of the page being shown

    def params(self) -> dict:
        """The shared filter as query parameters."""
        return {
            "start": self.start,
            "end": self.end,
            "units": list(self.units) or None,
            "visitor_type": self.visitor_type,
        }


def set_current(ctx: Context) -> None:
    st.session_state["_ctx"] = ctx


def current() -> Context:
    return st.session_state["_ctx"]


def require(page_key: str) -> Context:
    """The page's own check: refuse unless app.py admitted this viewer to this very page.

    app.py sets the context only after the role check; a page reached any other way (or a context
    left over from another page) shows a refusal and stops.
    """
    ctx = st.session_state.get("_ctx")
    if ctx is None or ctx.page != page_key:
        st.error(t("app.page_refused", "th"), icon=":material/block:")
        st.stop()
    return ctx
