"""Values from the data that come in both languages (an indicator's Thai and English name, a problem's
or a quarantine reason's two wordings): which one a reader sees. Labels of the app itself go through
``i18n.t`` and units are named by ``i18n.units``; this is only for other text the data carries in both
languages. Pure, no streamlit."""

from __future__ import annotations

import pandas as pd


def pick(th: object, en: object, lang: str, *, fallback: bool = True) -> str:
    """The English wording for an English reader, else the Thai; ``fallback``: an English reader
    without an English wording gets the Thai (a unit's name), else nothing (the caller says it)."""
    if lang == "en" and (not fallback or (isinstance(en, str) and en)):
        return _text(en)
    return _text(th)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ("" if value is None or pd.isna(value) else str(value))


def pick_column(frame: pd.DataFrame, stem: str, lang: str) -> pd.Series:
    """The column ``<stem>_th`` or ``<stem>_en`` of a frame, in the reader's language."""
    return frame[f"{stem}_en" if lang == "en" else f"{stem}_th"]


def halves(text: str, lang: str) -> str:
    """The reader's half of a "Thai / English" message (a message not in two halves as it is)."""
    parts = text.split(" / ", 1)
    return parts[1 if lang == "en" else 0] if len(parts) == 2 else text


def reason(problem: Exception, lang: str) -> str:
    """An exception's reason in one language: a Problem (i18n.messages) renders itself, SheetError carries
    both wordings, LoadBusy says "Thai / English"."""
    text = getattr(problem, "text", None)
    if callable(text):
        return text(lang)
    th = getattr(problem, "th", None) or getattr(problem, "message_th", None)
    en = getattr(problem, "en", None) or getattr(problem, "message_en", None)
    if th and en:
        return pick(th, en, lang)
    return halves(str(problem), lang)


def logged_reason(outcome: dict, lang: str) -> str:
    """A logged failure's reason: its own language field, else the "Thai / English" message halved."""
    own = outcome.get("message_en" if lang == "en" else "message_th")
    return own or halves(outcome.get("message", ""), lang)
