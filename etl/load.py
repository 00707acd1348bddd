"""Imports: one staged database per run, one batch per file, bad rows to quarantine, counts for the summary.

What a kind of file becomes lives beside this: survey responses in etl.response_import, long tables
in etl.long_tables, reach exports in etl.reach_import; batches and quarantine in etl.batches, the
reference data a database starts with in etl.reference, mapping files in etl.mapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from etl import publish, schedule
from etl.batches import BatchResult
from etl.forms import response_sheet_score
from etl.long_tables import import_long
from etl.mapping import load_mapping
from etl.problems import InputProblem
from etl.reach_formats import FORMAT_NAMES, Skip, detect
from etl.reach_import import import_reach
from etl.readers import Table, read_export, read_table, read_xlsx_tabs
from etl.reference import replace_units, seed_units
from etl.response_import import import_responses
from etl.scalar import scalar
from etl.units import units_from_table
from runtime import config

KINDS = ("responses", "reach", "submissions", "ita", "units")


REAL_DATA_KINDS = ("responses", "reach", "submissions", "ita")


def refuse_real_data_in_demo(con) -> None:
    """Real rows never go into the demo database: no-auth mode serves a demo database to anyone.

    Refusing (rather than clearing the demo flag and rows) keeps both safe: the demo stays whole for
    whoever uses it, and real data starts in a database of its own, one no-auth mode refuses to serve.
    """
    flag = con.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()
    if flag and flag[0] == "true":
        raise InputProblem("problem.etl.demo_db")


def import_table(con, kind: str, table: Table, source: str, *, mapping_path=None, demo=False) -> BatchResult:
    if kind not in KINDS:
        raise InputProblem("problem.etl.kind", kind=kind, kinds=", ".join(KINDS))
    if kind in REAL_DATA_KINDS and not demo:
        refuse_real_data_in_demo(con)
    mapping, options = load_mapping(mapping_path)
    if not table.headers:
        raise InputProblem("problem.etl.empty_sheet", source=source)
    if kind == "responses":
        return import_responses(con, table, source, mapping=mapping, options=options, demo=demo)
    if kind == "units":
        units = units_from_table(table)
        replace_units(con, units)
        return BatchResult(source, kind, rows_read=len(units), rows_new=len(units))
    if kind == "reach":  # the sheet, long or wide, and platform exports (etl/reach_formats.py)
        return import_reach(con, table, source, mapping=mapping, demo=demo)
    return import_long(con, kind, table, source, mapping=mapping, demo=demo)


FILE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


def expand_paths(paths: Sequence[str | Path]) -> list[Path]:
    """Files as given; a folder (a platform's download, unzipped) stands for the data files in it."""
    out = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
            if not found:
                raise InputProblem("problem.etl.empty_folder", path=path)
            out += found
        else:
            out.append(path)
    return out


def read_for(kind: str, path: Path, worksheet: str | None = None) -> Table:
    """The table a kind reads from a file: platform exports keep their text; a workbook's tab by content."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        if not path.exists():
            raise InputProblem("problem.etl.no_file", path=path)
        tabs = read_xlsx_tabs(path)
        if worksheet:
            named = [t for t in tabs if t.sheet == worksheet]
            if not named:
                names = ", ".join(f"'{t.sheet}'" for t in tabs)
                raise InputProblem("problem.etl.no_tab", worksheet=worksheet, names=names)
            return named[0]
        if kind == "responses" and len(tabs) > 1:
            return max(tabs, key=lambda t: (response_sheet_score(t.headers, t.rows), -tabs.index(t)))
        return tabs[0] if tabs else Table(path.name, [], [])
    if kind == "reach" and suffix in (".csv", ".tsv", ".txt", ""):
        return read_export(path)
    return read_table(path)


def import_files(
    kind: str,
    paths: list[str],
    db: str | Path | None = None,
    mapping_path=None,
    *,
    platform: str | None = None,
    worksheet: str | None = None,
    dry_run: bool = False,
) -> list[BatchResult]:
    """Import files into the served database atomically, one result per file.

    ``dry_run``: the same work and the same results (rows new, duplicate, to quarantine; months; what
    is skipped or refused and why) against a copy, published nowhere: a preview before an import.

    Reach: each file loads, is skipped (not a daily page metric) or is refused on its own; what loads is
    published and a refused file writes nothing. Other kinds: all of them, or (on a file-level error) none.
    A folder stands for its files. ``platform`` places reach exports that do not name theirs.
    """
    served = config.db_path(db)
    results: list[BatchResult] = []
    files = expand_paths(paths) if kind != "schedule" else [Path(p) for p in paths]
    # Every file is read and parsed, within the limits (etl/limits.py), before the writer lock is
    # taken: a huge or hostile file is refused without holding up other loads, and none is half-read.
    # A reach file that cannot be read is refused on its own; any other kind's stops the whole load.
    tables: list[tuple[Path, Table | None, InputProblem | None]] = []
    if kind != "schedule":
        load_mapping(mapping_path)  # a bad mapping file is refused before the lock too
        for path in files:
            try:
                tables.append((path, read_for(kind, path, worksheet), None))
            except InputProblem as p:
                if kind != "reach":
                    raise _located(path, p) from None
                tables.append((path, None, p))
    try:
        _import_into(served, kind, paths, tables, results, mapping_path, platform, dry_run)
    except _NothingToPublish:
        pass  # every file was skipped or refused: the served database is left exactly as it was
    return results


class _NothingToPublish(Exception):
    pass


def _import_into(served, kind, paths, tables, results, mapping_path, platform, dry_run=False) -> None:
    with publish.staged(served) as con:
        seed_units(con)
        if kind == "schedule":
            for path in paths:
                count = schedule.replace(con, path)
                results.append(BatchResult(Path(path).name, kind, rows_read=count, rows_new=count))
            if dry_run:
                raise _NothingToPublish
            return
        run_from = scalar(con, "SELECT coalesce(max(batch_id), 0) + 1 FROM load_batches")
        for path, table, unreadable in tables:
            try:
                if unreadable is not None:
                    raise unreadable
                if kind == "reach":
                    results.append(import_reach_file(con, table, path, mapping_path, platform, run_from))
                else:
                    results.append(import_table(con, kind, table, path.name, mapping_path=mapping_path))
                results[-1].file = str(path)
            except InputProblem as p:
                if kind != "reach":
                    raise _located(path, p) from None
                where = f" (column {p.column})" if p.column else ""
                results.append(
                    BatchResult(
                        path.name, kind, status="refused", file=str(path),
                        reason_th=f"{p.th}{where}", reason_en=f"{p.en}{where}", message=p.en,
                    )
                )  # fmt: skip
                _name_the_format(results[-1], table)
        if dry_run or not any(r.status == "ok" for r in results):
            raise _NothingToPublish


def _name_the_format(result: BatchResult, table: Table | None) -> None:
    """A refused export still says what it was taken for (a Meta metric without its platform, ...)."""
    if table is None or not table.headers:
        return
    try:
        name = FORMAT_NAMES.get(detect(table))
    except InputProblem:
        return
    if name:
        result.recognised_as, result.recognised_as_th = name.en, name.th


def import_reach_file(con, table: Table, path: Path, mapping_path, platform, run_from=None) -> BatchResult:
    """One reach file into an open connection: loaded, or skipped with its reason (refusals raise)."""
    if not table.headers:
        raise InputProblem("problem.etl.empty_file")
    mapping, _ = load_mapping(mapping_path)
    try:
        return import_reach(
            con,
            table,
            path.name,
            mapping=mapping,
            platform=platform,
            folder=path.parent.name,
            run_from=run_from,
        )
    except Skip as skip:
        return BatchResult(
            path.name, "reach", status="skipped", file=str(path),
            recognised_as=skip.recognised.en, recognised_as_th=skip.recognised.th,
            reason_th=skip.reason.th, reason_en=skip.reason.en, message=skip.reason.en,
        )  # fmt: skip


def _located(path, p: InputProblem) -> InputProblem:
    if p.column:
        return InputProblem("problem.etl.in_column", column=p.column, name=p.column, path=path, why=p.said)
    return InputProblem("problem.etl.in_file", path=path, why=p.said)


def summary(results: list[BatchResult]) -> dict:
    return {
        "batches": [asdict(r) for r in results],
        "rows_new": sum(r.rows_new for r in results),
        "rows_quarantined": sum(r.rows_quarantined for r in results),
        "refused": [r.file or r.source for r in results if r.status == "refused"],
        "skipped": [r.file or r.source for r in results if r.status == "skipped"],
    }
