"""A date input a Thai officer can type in: Buddhist-era years, Thai month names, Thai digits.

Streamlit's own date picker shows CE years and English months only; this text input accepts what
core.thaidate.parse_date reads (15/4/2569, 15 เม.ย. 2569, ๑๕/๔/๒๕๖๙), shows the date it understood in
full Thai, and says clearly what to type when it cannot read the text.
"""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import streamlit as st

from core.thaidate import DateTextError, format_date, format_datetime, parse_date


def be_date_input(
    label: str,
    value: date | None,
    *,
    key: str,
    lang: str = "th",
    help: str | None = None,
    container=None,
    in_form: bool = False,
) -> date | None:
    """The typed date, or None (with an error shown under the box) when it cannot be read.

    in_form=True (inside an st.form that clears on submit): the default is the widget's own value, so
    clearing brings it back; otherwise the text lives in session state, so a page may fill it in."""
    where = container or st
    shown = format_date(value, "th") if value else ""
    if in_form:
        text = where.text_input(label, value=shown, key=key, help=help, placeholder="15/4/2569")
    else:
        if key not in st.session_state:
            st.session_state[key] = shown
        text = where.text_input(label, key=key, help=help, placeholder="15/4/2569")
    try:
        parsed = parse_date(text)
    except DateTextError as problem:
        where.error(problem.message(lang), icon=":material/event_busy:")
        return None
    where.caption(format_date(parsed, lang, long=True))
    return parsed


def shown_times(frame, lang: str, *, days=(), times=()):
    """A copy of a frame for display: date columns as "2 ธ.ค. 2569", timestamp columns as "2 ธ.ค. 2569 06:42"
    (Bangkok local time as stored; BE in Thai). Sorting and exports keep the typed values."""
    out = frame.copy()
    for column in days:
        if column in out.columns:
            out[column] = [
                format_date(pd.Timestamp(v).date(), lang) if pd.notna(v) else "–" for v in out[column]
            ]
    for column in times:
        if column in out.columns:
            out[column] = [
                format_datetime(pd.Timestamp(v).to_pydatetime(), lang) if pd.notna(v) and v != "" else "–"
                for v in out[column]
            ]
    return out


def shown_time(iso: str | None, lang: str) -> str:
    """An ISO time text (the refresh log) as "2 ธ.ค. 2569 06:42"."""
    try:
        return format_datetime(datetime.fromisoformat(str(iso)), lang)
    except ValueError:
        return str(iso or "–")
