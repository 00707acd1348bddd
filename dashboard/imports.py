"""One table of an import's per-file outcomes (etl.load.BatchResult, or the same as dicts from the log).

The data page shows the last command-line import with it; an upload preview can pass its own results.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from pathlib import Path

import streamlit as st

from i18n import t


def outcome_rows(results, lang: str) -> list[dict]:
    """Plain rows (pure, tested): file, outcome, recognised as, counts, what loaded, why."""
    rows = []
    for r in results:
        r = asdict(r) if is_dataclass(r) else r
        th = lang == "th"
        notes = [n["th"] if th else n["en"] for n in r.get("notes") or []]
        why = [r.get("reason_th" if th else "reason_en") or ""] if r.get("status") != "ok" else []
        months = r.get("months") or []
        span = (months[0] + (f" – {months[-1]}" if len(months) > 1 else "")) if months else ""
        loaded = " · ".join(
            part
            for part in (span, ", ".join(r.get("platforms") or []), ", ".join(r.get("metrics") or []))
            if part
        )
        recognised = (r.get("recognised_as_th") if th else None) or r.get("recognised_as") or ""
        if r.get("sheet"):
            recognised += (
                " (" + t("import.tab", lang, sheet=r["sheet"]) + ")" if r["sheet"] not in recognised else ""
            )
        rows.append(
            {
                t("col.file", lang): Path(r.get("file") or r.get("source") or "").name,
                t("col.status", lang): t(f"import.status.{r.get('status', 'ok')}", lang),
                t("col.recognised_as", lang): recognised,
                t("col.loaded", lang): loaded,
                t("col.why", lang): " · ".join(p for p in [*why, *notes] if p),
                t("col.rows_read", lang): r.get("rows_read", 0),
                t("col.rows_new", lang): r.get("rows_new", 0),
                t("col.rows_duplicate", lang): r.get("rows_duplicate", 0),
                t("col.rows_quarantined", lang): r.get("rows_quarantined", 0),
            }
        )
    return rows


def show_outcomes(results, lang: str) -> None:
    """The per-file table; free text (file names, reasons) only in st.dataframe, never as markdown."""
    rows = outcome_rows(results, lang)
    st.dataframe(rows, hide_index=True, height=min(36 * (len(rows) + 1) + 3, 600))
