"""What every page needs to know about this run: language, period, unit and visitor filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import streamlit as st


@dataclass(frozen=True)
class Context:
    lang: str
    start: date
    end: date
    units: tuple[str, ...]  # empty = every unit
    visitor_type: str | None
    is_demo: bool
    period_label: str

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
