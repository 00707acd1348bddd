"""The page frame every page shares: language, header, demo badge, empty state, friendly errors."""

from __future__ import annotations

import logging
from contextlib import contextmanager

import duckdb
import pandas as pd
import streamlit as st

from dashboard import exporting
from dashboard.context import current
from i18n import t

log = logging.getLogger("ita.app")


def language() -> str:
    """Thai unless the URL or the sidebar toggle says English."""
    if "lang" not in st.session_state:
        st.session_state["lang"] = "en" if st.query_params.get("lang") == "en" else "th"
    st.sidebar.segmented_control(
        t("app.language", "th"),
        ("th", "en"),
        key="lang",
        format_func=lambda x: t(f"app.language.{x}", x),
        selection_mode="single",
    )
    if st.session_state.get("lang") not in ("th", "en"):
        st.session_state["lang"] = "th"
    return st.session_state["lang"]


def header(title_key: str, intro_key: str | None = None, *, period: bool = True, **values) -> None:
    """Title, the demo badge, and (for pages the shared filter applies to) the period shown; ``values``
    fill the intro's placeholders (``baseline=``)."""
    ctx = current()
    st.title(t(title_key, ctx.lang))
    if ctx.is_demo:
        st.warning(t("app.demo_badge", ctx.lang), icon=":material/science:")
    if period:
        st.caption(f"{t('filter.period_is', ctx.lang)}: {ctx.period_label}")
    if intro_key:
        st.markdown(t(intro_key, ctx.lang, **values))


def empty_state(title_key: str = "empty.title", hint_key: str = "empty.hint") -> None:
    """The message shown instead of an empty chart when a filter matches nothing (a page may say its own)."""
    lang = current().lang
    st.info(f"**{t(title_key, lang)}**  \n{t(hint_key, lang)}", icon=":material/filter_alt_off:")


def csv_download(frame: pd.DataFrame, name: str, key: str) -> None:
    """The download menu under a chart or table: CSV for Excel (UTF-8 with BOM, Thai intact), plain
    CSV and XLSX, all formula-safe and audited; the frame also joins the whole-page workbook."""
    exporting.menu(frame, name, key)


def is_damage(exc: BaseException) -> bool:
    """A DuckDB error that says the served file itself is broken (not a query that went wrong)."""
    text = str(exc)
    return isinstance(exc, duckdb.Error) and (
        "not a valid DuckDB database" in text or "Corrupt database" in text or "checksum" in text.lower()
    )


def damaged_database(lang: str) -> None:
    """Tell the admin what to do about a damaged database file, instead of a traceback; stop the run."""
    log.exception("the served database cannot be read")
    st.error(t("app.damaged", lang), icon=":material/warning:")
    st.code(".venv/bin/python -m etl restore", language="bash")
    st.stop()


@contextmanager
def friendly_errors(lang: str):
    """Show a friendly message instead of a traceback; keep the details in the server log."""
    try:
        yield
    except duckdb.CatalogException:
        log.exception("page failed: the database lacks a table or macro")
        st.error(t("app.old_database", lang), icon=":material/database:")
    except Exception as exc:
        if is_damage(exc):
            damaged_database(lang)
        log.exception("page failed")
        st.error(t("app.error", lang), icon=":material/error:")
