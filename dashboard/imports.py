"""One table of an import's per-file outcomes (etl.batches.BatchResult, or the same as dicts from the log),
and the upload page's pieces: a dry run's outcome file by file, and a load step shown with its progress.

The data page shows the last command-line import with it; an upload preview can pass its own results.
"""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from pathlib import Path

import streamlit as st

from core.bilingual import logged_reason, pick
from core.thaidate import format_date, format_month
from dashboard.date_input import shown_time
from etl import publish
from etl.problems import InputProblem
from i18n import inert, t


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


def run_step(label: str, work, lang: str):
    """work(status) inside a live status box; a refused input or a busy load says why and stops the run."""
    with st.status(label, expanded=True) as status:
        try:
            return work(status)
        except (InputProblem, publish.LoadBusy) as problem:
            status.update(label=t("import.failed", lang), state="error")
            st.text(str(problem))
            st.stop()


def show_previews(previews, lang: str) -> None:
    """Each file's dry-run outcome (etl.upload.FilePreview); the only place a load result is drawn."""
    for p in previews:
        with st.container(border=True):
            st.text(p.name)  # the file name as inert text
            if not p.ok:
                why = inert(pick(p.problem_th, p.problem_en, lang, fallback=False))  # may quote the file
                if p.skipped:
                    st.info(t("import.skipped", lang, why=why), icon=":material/skip_next:")
                else:
                    st.error(t("import.refused", lang, why=why))
                continue
            _show_loaded(p, lang)


def _show_loaded(p, lang: str) -> None:
    said = pick(p.recognised_th, p.recognised_en, lang, fallback=False)
    st.text(f"{t('import.recognised', lang)}: {said or t('import.rec.' + p.recognised, lang)}")
    counts = {"read": p.rows_read, "new": p.rows_new, "dup": p.rows_duplicate, "held": p.rows_quarantined}
    st.text(t("import.counts", lang, **counts))
    if p.first is not None:
        fmt = format_month if p.kind == "reach" else format_date
        st.text(t("import.covers", lang, first=fmt(p.first, lang), last=fmt(p.last, lang)))
    if p.units:
        st.text(t("import.units", lang, units=", ".join(p.units)))
    if p.unknown_units:
        st.warning(t("import.unknown_units", lang, n=p.unknown_units), icon=":material/warning:")
    for note in p.notes or ([] if not p.message else [None]):
        st.text(t("import.note", lang, text=p.message if note is None else note.text(lang)))
    if p.quarantine:
        st.caption(t("import.reasons", lang))
        heads = [t(f"import.col.{c}", lang) for c in ("row", "column", "reason")]
        rows = [
            (q["row"], q["column"], pick(q["reason_th"], q["reason_en"], lang, fallback=False))
            for q in p.quarantine
        ]
        st.dataframe([dict(zip(heads, r, strict=True)) for r in rows], hide_index=True)


def refresh_line(outcome, lang: str) -> str:
    """A source's line while the refresh runs (etl.refresh.SourceOutcome); a failure's reason in the
    reader's language only."""
    if outcome.status == "ok":
        return outcome.line()
    return f"✗ {outcome.name}: {logged_reason(vars(outcome), lang)}"


def show_refresh_log(log: dict, lang: str) -> None:
    """The last refresh source by source; a failure's whole reason below the table (a cell cut it off)."""
    if not log:
        return
    st.caption(t("data.refresh.last", lang))
    rows = [
        {
            t("col.source", lang): name,
            t("col.status", lang): ("✓ " if o["status"] == "ok" else "✗ ")
            + t(f"data.refresh.status.{o['status']}", lang),
            t("col.finished_at", lang): shown_time(o["finished_at"], lang),
            t("col.rows_new", lang): o["rows_new"],
            t("col.rows_quarantined", lang): o["rows_quarantined"],
        }
        for name, o in log.items()
    ]
    st.dataframe(rows, hide_index=True)
    for name, o in log.items():
        if o["status"] != "ok":
            st.error(t("data.refresh.source_failed", lang, name=name), icon=":material/error:")
            st.text(logged_reason(o, lang))
