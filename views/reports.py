"""Official forms and the ศปท. round report: choose, build, preview, download (every download audited).

The documents are built by reports.bundle (no streamlit); this page only reads the choices, keeps
the last batch in the session so a download does not build again, and shows a preview: the tables as
inert data frames and, when a PDF was made, its first page as a picture.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.compliance import today_bangkok
from core.fiscal import fiscal_year
from dashboard import exporting, shell
from dashboard.context import require
from dashboard.data import ask
from dashboard.date_input import be_date_input
from dashboard.survey import settings
from etl.problems import InputProblem
from i18n import inert, t
from i18n.units import unit_label
from reports import bundle, pdf

MIME = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "zip": "application/zip",
}

ctx = require("reports")
lang = ctx.lang
shell.header("reports.title", "reports.intro", period=False)

extent = ask("data_extent").iloc[0]
units = ask("units")
names = {r.code: unit_label(r, lang) for r in units.itertuples()}
years = list(range(fiscal_year(extent["data_first"]), fiscal_year(extent["data_last"]) + 2))[::-1]

left, middle, right = st.columns([3, 1, 1])
kind = left.selectbox(
    t("reports.kind", lang), bundle.KINDS, format_func=lambda k: t(f"reports.kind.{k}", lang), key="rp_kind"
)
if st.session_state.get("rp_fy") not in years:
    st.session_state["rp_fy"] = fiscal_year(ctx.end)
fy = middle.selectbox(t("reports.fy", lang), years, key="rp_fy")
round_ = right.selectbox(
    t("reports.round", lang), ("6", "12"), format_func=lambda r: t(f"round.{r}", lang), key="rp_round"
)

chosen: list[str] = []
as_of = None
if kind == "consolidated":
    as_of = be_date_input(t("reports.as_of", lang), today_bangkok(), key="rp_as_of", lang=lang)
    if as_of is None:  # the box says what to type
        st.stop()
else:
    every = st.toggle(t("reports.all_units", lang), key="rp_all")
    if every:
        chosen = list(units["code"])
    else:
        chosen = st.multiselect(
            t("reports.units", lang),
            list(names),
            default=[u for u in ctx.units if u in names][:5] or list(names)[:1],
            format_func=names.get,
            key="rp_units",
        )
# One document type: "pdf" gives one PDF (a ZIP only when several units are chosen), never DOCX and PDF.
file_type = st.segmented_control(
    t("reports.formats", lang), bundle.FORMATS, selection_mode="single", default="docx",
    format_func=lambda f: f.upper(), key="rp_formats",
) or "docx"  # fmt: skip
request = (kind, fy, round_, tuple(chosen), (file_type,), as_of)

if st.button(t("reports.build", lang), type="primary", icon=":material/build:", key="rp_build"):
    if kind != "consolidated" and not chosen:
        st.warning(t("reports.pick_unit", lang))
        st.stop()
    try:
        with st.spinner(t("reports.building", lang)):
            batch = bundle.build(
                ask, kind, fy, round_, units=chosen, formats=request[4], as_of=as_of,
                min_n=settings().min_responses,
            )  # fmt: skip
    except InputProblem as problem:
        st.error(t("reports.pdf_missing", lang, problem=inert(problem.text(lang))))
        st.stop()
    st.session_state["rp_batch"] = (request, batch)

stored = st.session_state.get("rp_batch")
if not stored:
    st.stop()
if stored[0] != request:
    st.info(t("reports.stale", lang), icon=":material/refresh:")
    st.stop()
batch: bundle.Batch = stored[1]


name, data = batch.package(bundle.zip_name(kind, fy, round_, chosen))
exporting.document(
    st,
    t("reports.download", lang, name=name),
    data,
    file_name=name,
    mime=MIME[name.rsplit(".", 1)[-1]],
    type="primary",
    key="rp_download",
    detail={
        "kind": kind,
        "fy": fy,
        "round": round_,
        "units": ",".join(chosen[:20]) + ("…" if len(chosen) > 20 else ""),
        "files": len(batch.files),
    },
)
st.caption(t("reports.files", lang, n=len(batch.files)) + ": " + inert(", ".join(list(batch.files)[:12])))
if batch.no_responses:
    st.warning(
        t(
            "reports.no_responses",
            lang,
            n=len(batch.no_responses),
            units=inert(", ".join(batch.no_responses)),
        ),
        icon=":material/info:",
    )

st.subheader(t("reports.preview", lang))
first = batch.forms[0]
if kind == "consolidated":
    st.caption(first.comparison())
first_name = first.file_name("docx")
st.caption(t("reports.preview.tables", lang, name=first_name))
for rows in bundle.preview_tables(first):
    st.dataframe(pd.DataFrame(rows[1:], columns=rows[0]).astype(str), hide_index=True)
pdfs = [n for n in batch.files if n.endswith(".pdf")]
if pdfs:
    st.image(
        pdf.page_png(batch.files[pdfs[0]]), caption=t("reports.preview.page", lang, name=pdfs[0]), width=620
    )
