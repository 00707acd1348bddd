"""The export menu under every chart and table, and the whole-page workbook.

Every file is built on click (a callable handed to st.download_button), from exports, so nothing
is built on runs where nobody downloads; building it is what writes the audit entry (who, what, which
format, how many rows, under which filters). The frames a page shows are collected per run, so one
button can offer them all as one workbook with a cover sheet.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

import exports
from dashboard.access import record
from dashboard.context import current
from dashboard.data import ask
from i18n import t
from runtime.clock import bangkok_now

_VIEW = "_view_exports"
MIME = {
    "csv": "text/csv",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": exports.XLSX_MIME,
    "zip": "application/zip",
}
FrameSource = pd.DataFrame | Callable[[], pd.DataFrame]


def begin_view() -> None:
    """Forget the frames of the previous run (app.py, before the page runs)."""
    st.session_state[_VIEW] = {}


def register(name: str, source: FrameSource) -> None:
    """Offer this frame (or a function returning it, fetched on click) in the whole-page workbook."""
    st.session_state.setdefault(_VIEW, {})[name] = source


def buttons(
    source: FrameSource,
    name: str,
    key: str,
    rows: int,
    detail: dict | None = None,
    filters: list[tuple[str, object]] | None = None,
) -> None:
    """CSV for Excel (BOM), plain CSV and XLSX (Thai headers) of one frame; each download audited.

    filters: (label, value) rows; given, the workbook's second sheet records them (what was chosen)."""
    ctx = current()
    fetch = source if callable(source) else (lambda: source)
    lang = ctx.lang

    def make(fmt: str) -> Callable[[], bytes]:
        def build() -> bytes:
            frame = fetch()
            exports.check_rows(len(frame))
            _audit(ctx, name, fmt, len(frame), detail)
            if fmt == "xlsx" and filters:
                heads = {name: exports.header_labels(frame.columns, lang)}
                return exports.workbook_bytes(
                    [(name, frame)], filters, cover_name=t("explorer.filters_sheet", lang), headers=heads,
                    cover_last=True,
                )  # fmt: skip
            if fmt == "xlsx":
                return exports.xlsx_bytes(frame, name, exports.header_labels(frame.columns, lang))
            return exports.csv_bytes(frame, bom=fmt == "csv")

        return build

    st.caption(t("download.csv_help", lang))
    for fmt, label, ext, mime in (
        ("csv", t("download.csv", lang), "csv", "text/csv"),
        ("csv_plain", t("download.csv_plain", lang), "csv", "text/csv"),
        ("xlsx", t("download.xlsx", lang), "xlsx", exports.XLSX_MIME),
    ):
        st.download_button(
            label,
            make(fmt),
            file_name=f"{name}{'-utf8' if fmt == 'csv_plain' else ''}.{ext}",
            mime=mime,
            key=f"{key}_{fmt}",
            icon=":material/download:",
            on_click="ignore",
            disabled=rows > exports.max_rows(),
        )


def menu(frame: pd.DataFrame, name: str, key: str) -> None:
    """The small download menu under a chart or table; the frame also joins the whole-page workbook."""
    register(name, frame)
    with st.popover(t("download.menu", current().lang), icon=":material/download:", key=f"{key}_menu"):
        buttons(frame, name, key, len(frame))


def view_button(container) -> None:
    """One button for every frame this run registered: a cover sheet, then a sheet each."""
    items = dict(st.session_state.get(_VIEW) or {})
    if not items:
        return
    ctx = current()
    cover = cover_rows(ctx, list(items))
    name = f"{ctx.page}-{bangkok_now():%Y%m%d-%H%M}"

    def build() -> bytes:
        sheets = [(n, s() if callable(s) else s) for n, s in items.items()]
        for _, frame in sheets:
            exports.check_rows(len(frame))
        _audit(ctx, name, "xlsx_view", sum(len(f) for _, f in sheets), {"sheets": list(items)})
        heads = {n: exports.header_labels(f.columns, ctx.lang) for n, f in sheets}
        return exports.workbook_bytes(
            sheets, cover, cover_name=t("cover.title", ctx.lang)[:31], headers=heads
        )

    container.download_button(
        t("download.view", ctx.lang),
        build,
        file_name=f"{name}.xlsx",
        mime=exports.XLSX_MIME,
        key="dl_whole_view",
        icon=":material/table_view:",
        help=t("download.view.help", ctx.lang),
        on_click="ignore",
    )


def document(
    container,
    label: str,
    build: bytes | Callable[[], bytes],
    *,
    file_name: str,
    key: str,
    mime: str | None = None,
    detail: dict | None = None,
    **button,
) -> None:
    """A download of a made document (a memo, a form, a reminder list): built on click when given a
    function, and audited whenever it is downloaded, like every export (no page calls
    st.download_button itself: tests/test_docs_static.py checks). The MIME type follows the file's extension
    unless given."""
    ctx = current()
    fmt = file_name.rsplit(".", 1)[-1]
    mime = mime or MIME[fmt]
    button = {"icon": ":material/download:", **button}
    if not callable(build):  # already made: the click itself is what is audited
        container.download_button(
            label, build, file_name=file_name, mime=mime, key=key,
            on_click=_audit, args=(ctx, file_name, fmt, None, detail), **button,
        )  # fmt: skip
        return

    def made() -> bytes:
        data = build()
        _audit(ctx, file_name, fmt, None, detail)
        return data

    container.download_button(
        label, made, file_name=file_name, mime=mime, key=key, on_click="ignore", **button
    )  # fmt: skip


def cover_rows(ctx, sheets: list[str]) -> list[tuple[str, object]]:
    """The cover: what page, which filters, how fresh the data is, where it came from."""
    lang = ctx.lang
    loads = ask("last_loads")
    ok = loads[loads["status"] == "ok"] if len(loads) else loads
    as_of = ok["finished_at"].max() if len(ok) else None
    extent = ask("data_extent").iloc[0]
    rows: list[tuple[str, object]] = [
        (t("cover.title", lang), t(f"page.{ctx.page}", lang)),
        (t("cover.period", lang), ctx.period_label),
        (t("cover.units", lang), ", ".join(ctx.units) or t("cover.all", lang)),
        (t("cover.visitor", lang), t(f"visitor.{ctx.visitor_type}", lang) if ctx.visitor_type else t("cover.all", lang)),
        (t("cover.link", lang), "&".join(f"{k}={v}" for k, v in st.query_params.to_dict().items())),
        (t("cover.as_of", lang), None if as_of is None or pd.isna(as_of) else pd.Timestamp(as_of).to_pydatetime()),
        (t("cover.survey_to", lang), None if pd.isna(extent["last_date"]) else extent["last_date"]),
    ]  # fmt: skip
    for r in loads.itertuples():
        when = "" if pd.isna(r.finished_at) else f"{pd.Timestamp(r.finished_at):%Y-%m-%d %H:%M}"
        rows.append((t("cover.sources", lang), f"{r.source} ({r.kind}) · {when} · {r.status}"))
    rows += [
        (t("cover.sheets", lang), ", ".join(sheets)),
        (t("cover.exported", lang), bangkok_now().replace(microsecond=0)),
        (t("cover.by", lang), getattr(ctx.viewer, "email", "")),
    ]
    if ctx.is_demo:
        rows.append((t("cover.demo", lang), t("app.demo_badge", lang)))
    return rows


def _audit(ctx, name: str, fmt: str, rows: int, detail: dict | None) -> None:
    """Runs when the file is built (outside the script run): the context was captured beforehand."""
    filters = {k: v for k, v in ctx.params().items() if v}
    facts = {"page": ctx.page, "format": fmt, "rows": rows} | filters | (detail or {})  # detail says last
    record(ctx.viewer, "export", name, **facts)
