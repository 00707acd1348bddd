"""Data admin: refresh from Google Sheets with live progress, what the database holds, the last file
import file by file (dashboard.imports), the quarantine.

The refresh comes first so the counts below it already show what the refresh brought.
"""

from __future__ import annotations

from datetime import datetime

import streamlit as st

from core import bilingual
from core.thaidate import format_datetime
from dashboard import imports, shell
from dashboard.context import require
from dashboard.data import ask, db_file
from dashboard.date_input import shown_times
from etl import outcome, publish, refresh, sources
from etl.problems import InputProblem
from etl.sheets import SheetError
from i18n import t

ctx = require("data")
lang = ctx.lang
shell.header("data.title", "data.intro", period=False)
st.page_link("views/data_import.py", label=t("data.upload_link", lang), icon=":material/upload_file:")

st.subheader(t("data.refresh", lang))
if not sources.sources_path().exists():
    st.info(t("data.refresh.none", lang), icon=":material/link:")
else:
    if st.button(t("data.refresh.button", lang), icon=":material/sync:", type="primary"):
        with st.status(t("data.refresh.running", lang), expanded=True) as status:
            try:
                outcomes = refresh.refresh(
                    progress=lambda o: status.text(imports.refresh_line(o, lang)), wait_seconds=30
                )
                ok = sum(o.status == "ok" for o in outcomes)
                status.update(
                    label=t("data.refresh.done", lang, ok=ok, total=len(outcomes)),
                    state="complete" if ok == len(outcomes) else "error",
                )
            except (InputProblem, SheetError, publish.LoadBusy) as problem:
                status.update(label=t("data.refresh.failed", lang), state="error")
                st.error(t("data.refresh.failed", lang), icon=":material/error:")
                st.text(
                    bilingual.reason(problem, lang)
                )  # plain text: it may quote a sheet's headers, never markdown
    imports.show_refresh_log(refresh.read_log(db_file()).get("sources", {}), lang)


left, right = st.columns([1, 2])
with left:
    st.subheader(t("data.tables", lang))
    counts = ask("table_counts")
    st.dataframe(
        counts,
        hide_index=True,
        column_config={
            "table_name": t("data.table", lang),
            "row_count": st.column_config.NumberColumn(t("data.rows", lang)),
        },
    )
with right:
    st.subheader(t("data.loads", lang))
    loads = ask("last_loads")
    loads["finished_at"] = [
        format_datetime(v.to_pydatetime() if hasattr(v, "to_pydatetime") else v, lang)
        for v in loads["finished_at"]
    ]
    st.dataframe(loads, hide_index=True, column_config={c: t(f"col.{c}", lang) for c in loads.columns})

last_import = outcome.read_log(db_file())
if last_import.get("files"):
    st.subheader(t("data.imports", lang))
    when = format_datetime(datetime.fromisoformat(last_import["finished_at"]), lang)
    st.caption(t("data.imports.caption", lang, kind=last_import.get("kind", ""), when=when))
    imports.show_outcomes(last_import["files"], lang)

st.subheader(t("data.quarantine", lang))
held = ask("quarantine_rows", limit=500)
if held.empty:
    st.success(t("data.quarantine.none", lang), icon=":material/check_circle:")
else:
    st.caption(t("data.quarantine.help", lang))
    held["reason"] = bilingual.pick_column(held, "reason", lang)
    shown = shown_times(
        held[["quarantined_at", "source", "row_number", "column_name", "reason", "raw"]],
        lang,
        times=["quarantined_at"],
    )
    st.dataframe(shown, hide_index=True, column_config={c: t(f"col.{c}", lang) for c in shown.columns})
