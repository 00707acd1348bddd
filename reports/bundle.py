"""One request for documents, as the page and the CLI make it: which document, units, round, formats.

Builds every DOCX first, then converts all PDFs with one LibreOffice start (reports.pdf), and packs
several files into one ZIP. No streamlit here.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from reports import form1, form2, pdf, round_data, round_report

KINDS = ("form2", "form1", "form1_blank", "consolidated")
FORMATS = ("docx", "pdf")


@dataclass
class Batch:
    files: dict[str, bytes] = field(default_factory=dict)  # name -> bytes, DOCX first then PDF
    no_responses: list[str] = field(default_factory=list)  # form2: units with no survey answers
    forms: list = field(default_factory=list)  # the gathered Form1/Form2/RoundData, for previews

    def package(self, zip_name: str) -> tuple[str, bytes]:
        """The one file itself, or every file in one ZIP."""
        if len(self.files) == 1:
            return next(iter(self.files.items()))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in self.files.items():
                archive.writestr(name, data)
        return zip_name, out.getvalue()


def preview_tables(form) -> list[list[list[str]]]:
    """The tables of one gathered document, each a header row + rows, for an inert preview grid."""
    if isinstance(form, round_data.RoundData):
        return [form.compliance_rows(), form.awareness_rows(), form.visitor_rows()]
    if isinstance(form, form1.Form1):
        return [form.rows()]
    return [form.table1(), form.table2_flat()] if form.responses else []


def zip_name(kind: str, fy: int, round_: str, units=()) -> str:
    one = f"-{units[0]}" if len(units) == 1 else ""
    return f"{kind.replace('_', '-')}-{fy}-r{round_}{one}.zip"


def build(
    ask: Callable[..., pd.DataFrame],
    kind: str,
    fy: int,
    round_: str,
    *,
    units: list[str] | tuple[str, ...] = (),
    formats: tuple[str, ...] = ("docx",),
    as_of: date | None = None,
    min_n: int = 30,
) -> Batch:
    """Gather and build the documents; formats ("docx", "pdf") says which files the batch holds."""
    if kind not in KINDS:
        raise ValueError(f"unknown document {kind!r}; expected one of {KINDS}")
    batch = Batch()
    docs: dict[str, bytes] = {}
    if kind == "consolidated":
        data = round_data.gather(ask, fy, round_, as_of or date.today(), min_n)
        batch.forms.append(data)
        docs[data.file_name("docx")] = round_report.build_docx(data)
    for unit in units if kind != "consolidated" else ():
        if kind == "form2":
            form = form2.gather(ask, unit, fy, round_)
            if form.responses == 0:
                batch.no_responses.append(unit)
            docs[form.file_name("docx")] = form2.build_docx(form)
        else:
            form = form1.gather(ask, unit, fy, round_, prefill=kind == "form1")
            docs[form.file_name("docx")] = form1.build_docx(form)
        batch.forms.append(form)
    if "docx" in formats:
        batch.files.update(docs)
    if "pdf" in formats:
        batch.files.update(pdf.to_pdf(docs))
    return batch
