"""Streamlit pieces of the reports page (views/reports.py): the built batch's download, what it holds,
and its preview (the first document's tables as inert data frames, a PDF's first page as a picture)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import exporting
from i18n import inert, t
from reports import bundle, pdf


def download(batch: bundle.Batch, request: tuple, lang: str) -> None:
    """The one download of the batch (a ZIP when it holds several files), audited with what was chosen;
    request: (kind, fiscal year, round, units, formats, as-of day) as the page built it."""
    kind, fy, round_, chosen = request[:4]
    name, data = batch.package(bundle.zip_name(kind, fy, round_, list(chosen)))
    said = ",".join(chosen[:20]) + ("…" if len(chosen) > 20 else "")
    detail = {"kind": kind, "fy": fy, "round": round_, "units": said, "files": len(batch.files)}
    label = t("reports.download", lang, name=name)
    exporting.document(st, label, data, file_name=name, type="primary", key="rp_download", detail=detail)
    st.caption(t("reports.files", lang, n=len(batch.files)) + ": " + inert(", ".join(list(batch.files)[:12])))
    if batch.no_responses:
        units = inert(", ".join(batch.no_responses))
        st.warning(
            t("reports.no_responses", lang, n=len(batch.no_responses), units=units), icon=":material/info:"
        )


def preview(batch: bundle.Batch, kind: str, lang: str) -> None:
    """The first document's tables (and, for the consolidated report, its comparison line), then the
    first PDF's first page when one was made."""
    st.subheader(t("reports.preview", lang))
    first = batch.forms[0]
    if kind == "consolidated":
        st.caption(first.comparison())
    st.caption(t("reports.preview.tables", lang, name=first.file_name("docx")))
    for rows in bundle.preview_tables(first):
        st.dataframe(pd.DataFrame(rows[1:], columns=rows[0]).astype(str), hide_index=True)
    pdfs = [n for n in batch.files if n.endswith(".pdf")]
    if pdfs:
        caption = t("reports.preview.page", lang, name=pdfs[0])
        st.image(pdf.page_png(batch.files[pdfs[0]]), caption=caption, width=620)
