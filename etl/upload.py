"""Files uploaded in the app: a dry run of the real load for the preview, then the real load.

The preview runs the very import the command line runs (``etl.load.import_table``: recognition,
validation, quarantine) against a throw-away copy of the served database in a temporary folder, reads
what it would add, and deletes the folder. Publishing re-runs the load through ``etl.load.import_files``
(writer lock, validation, atomic swap). Uploaded bytes touch the disk only inside a temporary folder that
is removed in ``finally`` — they may carry respondents' names and phones.

Nothing here imports streamlit: the page (views/data_import.py) only renders ``FilePreview``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePath

import duckdb

from etl import load, publish, reach_formats, reference, tabular
from etl.batches import BatchResult
from etl.forms import recognise
from etl.problems import InputProblem
from etl.scalar import scalar
from runtime import config

# Who may upload what: admin every kind; the PR group its reach figures; ศปท. the submissions register.
KIND_OWNERS = {
    "responses": frozenset({"admin"}),
    "reach": frozenset({"admin", "pr"}),
    "submissions": frozenset({"admin", "acc"}),
    "ita": frozenset({"admin"}),
    "units": frozenset({"admin"}),
}
MAX_REASONS = 200  # quarantine rows listed per file in the preview (all are counted)


def kinds_for(roles: frozenset[str]) -> list[str]:
    return [k for k, owners in KIND_OWNERS.items() if roles & owners]


@dataclass
class FilePreview:
    """What one file would bring: the shape views/data_import.py renders (one function, one place)."""

    name: str
    kind: str
    recognised: str = ""  # what the file was read as
    ok: bool = True
    skipped: bool = (
        False  # read, but nothing in it to load (Meta Audience, a per-video breakdown): not an error
    )
    problem_th: str = ""
    problem_en: str = ""
    rows_read: int = 0
    rows_new: int = 0
    rows_duplicate: int = 0
    rows_quarantined: int = 0
    message: str = ""
    notes: list = field(default_factory=list)  # etl.outcome.Note: unmatched options, months left out, ...
    recognised_th: str = ""  # the importer's own words for what it read, when it says
    recognised_en: str = ""
    first: object = None  # earliest date/month covered
    last: object = None
    units: list[str] = field(default_factory=list)
    unknown_units: int = 0
    quarantine: list[dict] = field(default_factory=list)  # row, column (sheet title), reason_th, reason_en


@contextmanager
def _files_on_disk(files: Sequence[tuple[str, bytes]]) -> Iterator[tuple[Path, list[Path]]]:
    """The uploads as files in a private temporary folder, removed whatever happens."""
    folder = Path(tempfile.mkdtemp(prefix="ita-upload-"))
    try:
        paths = []
        for i, (name, data) in enumerate(files):
            safe = PurePath(name).name or f"upload{i}.csv"  # never a path from the browser
            sub = folder / str(i)
            sub.mkdir()
            path = sub / safe
            path.write_bytes(data)
            paths.append(path)
        yield folder, paths
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _recognised(kind: str, table) -> str:
    if kind == "responses":
        return "responses"
    if kind == "reach":
        try:
            return f"reach.{reach_formats.detect(table)}"
        except InputProblem:
            return "reach"
    return kind


def _sheet_titles(con, kind: str, table) -> dict[str, str]:
    """Internal column names -> the sheet's own titles, so reasons name what the officer sees."""
    headers = table.headers
    if kind == "responses":
        try:
            layout = recognise(headers, table.rows, reference.unit_matcher(con), None)
        except InputProblem:
            return {}
        titles = {role: headers[i] for role, i in layout.roles.items()}
        titles |= {f"aware_{ch}": headers[i] for ch, i in layout.channels.items()}
        titles["aware_*"] = " · ".join(headers[i] for i in layout.channels.values())
        return titles
    if kind not in tabular.SPECS:
        return {}
    try:
        return {c: headers[i] for c, i in tabular.locate(kind, headers).items()}
    except InputProblem:
        return {}


def _coverage(con, kind: str, batch_id: int, preview: FilePreview) -> None:
    if kind == "responses":
        first, last, unknown = con.execute(
            "SELECT min(submitted_date), max(submitted_date), coalesce(count_if(NOT unit_known), 0) "
            "FROM responses WHERE batch_id = ?",
            [batch_id],
        ).fetchone()
        units = con.execute(
            "SELECT DISTINCT unit_code FROM responses WHERE batch_id = ? AND unit_code IS NOT NULL ORDER BY 1",
            [batch_id],
        ).fetchall()
        preview.first, preview.last, preview.unknown_units = first, last, unknown
    elif kind == "reach":
        preview.first, preview.last = con.execute(
            "SELECT min(month), max(month) FROM reach WHERE batch_id = ?", [batch_id]
        ).fetchone()
        units = []
    elif kind == "submissions":
        preview.first, preview.last = con.execute(
            "SELECT min(submitted_at)::DATE, max(submitted_at)::DATE FROM submissions WHERE batch_id = ?",
            [batch_id],
        ).fetchone()
        units = con.execute(
            "SELECT DISTINCT unit_code FROM submissions WHERE batch_id = ? ORDER BY 1", [batch_id]
        ).fetchall()
    else:
        units = []
    preview.units = [u[0] for u in units]


def preview(
    kind: str,
    files: Sequence[tuple[str, bytes]],
    db: str | Path | None = None,
    progress=None,
    *,
    platform: str | None = None,
) -> list[FilePreview]:
    """Run the real load on a scratch copy of the served database; report per file; publish nothing.

    ``platform`` places reach exports that do not name theirs (the command line's --platform)."""
    if kind not in KIND_OWNERS:
        raise InputProblem("problem.etl.upload_kind", kind=kind)
    served = config.db_path(db)
    out: list[FilePreview] = []
    with _files_on_disk(files) as (folder, paths):
        scratch = folder / "scratch.duckdb"
        if served.exists():
            with publish.writer_lock(served, wait_seconds=30):  # a consistent copy, never a half-written one
                shutil.copyfile(served, scratch)
        con = duckdb.connect(str(scratch))
        try:
            publish.ensure_schema(con)
            reference.seed_units(con)
            for path in paths:
                item = FilePreview(path.name, kind)
                out.append(item)
                if progress:
                    progress(path.name)
                try:
                    table = load.read_for(kind, path)  # as the command line reads it (tabs, exports)
                    item.recognised = _recognised(kind, table)
                    if kind == "reach":
                        result = load.import_reach_file(con, table, path, None, platform)
                    else:
                        result = load.import_table(con, kind, table, path.name)
                except InputProblem as p:
                    item.ok, item.problem_th, item.problem_en = False, p.th, p.en
                    continue
                except duckdb.Error as exc:  # a file the SQL layer refuses: said, not a traceback
                    item.ok = False
                    item.problem_th = f"นำเข้าไม่ได้: {str(exc)[:200]}"
                    item.problem_en = f"cannot import: {str(exc)[:200]}"
                    continue
                item.recognised_th, item.recognised_en = result.recognised_as_th, result.recognised_as
                item.notes = list(result.notes)
                if result.status == "skipped":  # not a daily page metric, a per-video breakdown, ...
                    item.ok, item.skipped = False, True
                    item.problem_th, item.problem_en = result.reason_th, result.reason_en
                    continue
                item.rows_read, item.rows_new = result.rows_read, result.rows_new
                item.rows_duplicate, item.rows_quarantined = result.rows_duplicate, result.rows_quarantined
                item.message = result.message
                batch = scalar(con, "SELECT max(batch_id) FROM load_batches")
                if batch is not None and kind != "units":
                    _coverage(con, kind, batch, item)
                    titles = _sheet_titles(con, kind, table)
                    held = con.execute(
                        "SELECT row_number, column_name, reason_th, reason_en FROM quarantine "
                        "WHERE batch_id = ? ORDER BY row_number LIMIT ?",
                        [batch, MAX_REASONS],
                    ).fetchall()
                    item.quarantine = [
                        {
                            "row": r,
                            "column": titles.get(c or "", c or ""),
                            "reason_th": th,
                            "reason_en": en,
                        }
                        for r, c, th, en in held
                    ]
        finally:
            con.close()
    return out


def publish_files(
    kind: str,
    files: Sequence[tuple[str, bytes]],
    db: str | Path | None = None,
    *,
    platform: str | None = None,
) -> list[BatchResult]:
    """The real, atomic load of the files, from a temporary folder removed afterwards: all or none, and
    for reach each file on its own, as on the command line."""
    with _files_on_disk(files) as (_, paths):
        return load.import_files(kind, [str(p) for p in paths], db, platform=platform)
