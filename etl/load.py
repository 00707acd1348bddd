"""Imports: one staged database per run, one batch per file, bad rows to quarantine, counts for the summary."""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from etl import limits, pii, publish, responses, schedule, tabular
from etl.forms import PERSONAL_ROLES, recognise, response_sheet_score, unmatched_visitor_cells
from etl.outcome import Note
from etl.problems import InputProblem
from etl.readers import Table, decode, read_export, read_table, read_xlsx_tabs
from etl.units import UNIT_COLUMNS, UnitMatcher, units_from_table
from runtime import config
from runtime.clock import bangkok_now

KINDS = ("responses", "reach", "submissions", "ita", "units")


@dataclass
class BatchResult:
    """One file's (or source's) outcome: what the CLI prints and the data page shows (etl.outcome).

    ``status``: "ok" (loaded), "skipped" (recognised, not a kind of file this import loads; nothing
    written) or "refused" (cannot be loaded as it is; nothing written; ``reason_*`` says what to fix).
    """

    source: str
    kind: str
    rows_read: int = 0
    rows_new: int = 0
    rows_duplicate: int = 0
    rows_quarantined: int = 0
    status: str = "ok"
    message: str = ""
    file: str = ""  # the path as given (a folder's files each get their own result)
    recognised_as: str = ""
    recognised_as_th: str = ""
    sheet: str | None = None  # the workbook tab read
    months: list[str] = field(default_factory=list)  # YYYY-MM loaded (reach)
    platforms: list[str] = field(default_factory=list)
    metrics: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    reason_th: str = ""
    reason_en: str = ""

    def line(self) -> str:
        if self.status in ("skipped", "refused"):
            return f"{self.file or self.source}: {self.status} — {self.reason_en}"
        return (
            f"{self.source}: read {self.rows_read}, new {self.rows_new}, duplicate {self.rows_duplicate}, "
            f"quarantined {self.rows_quarantined}" + (f" — {self.message}" if self.message else "")
        )


def load_mapping(path: str | Path | None) -> tuple[dict, dict]:
    """A mapping file (TOML): [columns] role = "header", [options] date_order = "dmy" | "mdy" | "auto"."""
    if not path:
        return {}, {}
    try:
        # Any text encoding a sheet may come in (UTF-8, UTF-16 with a BOM, TIS-620), like other inputs.
        data = tomllib.loads(decode(Path(path).read_bytes()).lstrip("\ufeff"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputProblem(
            f"อ่านไฟล์กำหนดคอลัมน์ {path} ไม่ได้: {exc}", f"cannot read mapping file {path}: {exc}"
        ) from None
    columns = dict(data.get("columns", {}))
    for role, title in columns.items():
        if role not in PERSONAL_ROLES and isinstance(title, str) and pii.personal_header(title):
            raise InputProblem(
                f"ไฟล์กำหนดคอลัมน์ {path} ให้คอลัมน์ '{title}' (ข้อมูลส่วนบุคคล: ชื่อ โทรศัพท์ อีเมล หรือตำแหน่ง) "
                f"เป็น {role} ซึ่งจะถูกเก็บในฐานข้อมูล: แก้ไฟล์ให้ {role} ชี้ไปที่คอลัมน์อื่น หรือลบบรรทัดนั้น",
                f"the mapping file {path} routes column '{title}' (personal data: a name, phone, e-mail or "
                f"position) into {role}, which is stored: point {role} at another column, or remove the line",
                column=role,
            )
    return columns, dict(data.get("options", {}))


def seed_units(con: duckdb.DuckDBPyConnection) -> None:
    """A new database starts with the shipped reference files: units, then the reporting schedule; the ITA
    reference files are reloaded each time (small; data/ita_*.csv is their source of truth)."""
    if con.execute("SELECT count(*) FROM units").fetchone()[0] == 0:
        replace_units(con, units_from_table(read_table(config.UNITS_CSV)))
    if con.execute("SELECT count(*) FROM report_schedule").fetchone()[0] == 0:
        schedule.replace(con, schedule.SCHEDULE_TOML)
    load_ita_reference(con)


def load_ita_reference(con: duckdb.DuckDBPyConnection) -> None:
    """ITA indicator names/tools/weights and grade bands from data/ita_indicators.csv and ita_grades.csv."""
    for table, path in (
        ("ita_indicators", config.DATA / "ita_indicators.csv"),
        ("ita_grades", config.DATA / "ita_grades.csv"),
    ):
        con.execute(f"DELETE FROM {table}")  # noqa: S608 - constant names
        sql = f"INSERT INTO {table} SELECT * FROM read_csv(?, header = true)"  # noqa: S608 - constant names
        con.execute(sql, [str(path)])


def replace_units(con: duckdb.DuckDBPyConnection, units: list[dict]) -> None:
    con.execute("DELETE FROM units")
    con.executemany(
        f"INSERT INTO units ({', '.join(UNIT_COLUMNS)}) VALUES ({', '.join('?' for _ in UNIT_COLUMNS)})",  # noqa: S608
        [[u[c] or None for c in UNIT_COLUMNS] for u in units],
    )


def unit_matcher(con: duckdb.DuckDBPyConnection) -> UnitMatcher:
    rows = con.execute("SELECT code, name_th, name_en, abbr, aliases FROM units").fetchall()
    return UnitMatcher(
        dict(zip(("code", "name_th", "name_en", "abbr", "aliases"), r, strict=True)) for r in rows
    )


def _new_batch(con, kind: str, source: str) -> int:
    batch_id = con.execute("SELECT coalesce(max(batch_id), 0) + 1 FROM load_batches").fetchone()[0]
    con.execute(
        "INSERT INTO load_batches (batch_id, kind, source, started_at, status) VALUES (?, ?, ?, ?, 'running')",
        [batch_id, kind, source, bangkok_now()],
    )
    return batch_id


def _finish_batch(con, batch_id: int, result: BatchResult) -> None:
    con.execute(
        "UPDATE load_batches SET finished_at = ?, rows_read = ?, rows_new = ?, rows_duplicate = ?, "
        "rows_quarantined = ?, status = ?, message = ? WHERE batch_id = ?",
        [
            bangkok_now(),
            result.rows_read,
            result.rows_new,
            result.rows_duplicate,
            result.rows_quarantined,
            result.status,
            result.message,
            batch_id,
        ],
    )


def _quarantine(con, batch_id: int, kind: str, source: str, items: list[responses.Quarantined]) -> int:
    """Keep bad rows with their reasons; the same bad row imported twice is kept once."""
    if not items:
        return 0
    now = bangkok_now()
    incoming = pa.table(
        {
            "row_number": [q.row_number for q in items],
            "column_name": [q.column for q in items],
            "reason_th": [q.reason_th for q in items],
            "reason_en": [q.reason_en for q in items],
            # Every kind's row is masked here, whatever its importer did: personal columns, and phones,
            # e-mails and national IDs in the rest (responses arrive already masked by an allow-list).
            "raw": [pii.mask_raw_json(q.raw) for q in items],
            "row_hash": [q.row_hash for q in items],
            "respondent_key": pa.array([q.respondent_key for q in items], pa.string()),
        }
    )
    con.register("incoming_quarantine", incoming)
    con.execute(
        """INSERT INTO quarantine (batch_id, kind, source, row_number, column_name, reason_th, reason_en, raw,
                                  row_hash, quarantined_at, respondent_key)
           SELECT DISTINCT ON (row_hash) ?, ?, ?, row_number, column_name, reason_th, reason_en, raw, row_hash, ?,
                  respondent_key
           FROM incoming_quarantine i
           WHERE NOT EXISTS (SELECT 1 FROM quarantine q WHERE q.kind = ? AND q.row_hash = i.row_hash)""",
        [batch_id, kind, source, now, kind],
    )
    con.unregister("incoming_quarantine")
    return len(items)


def import_responses(
    con, table: Table, source: str, *, mapping=None, options=None, demo=False
) -> BatchResult:
    result = BatchResult(source, "responses")
    if not table.rows:
        # A new form's sheet has its headers before its first answer: nothing to recognise columns by,
        # and nothing to lose. Refusing it would mark every refresh failed until someone answers.
        result.message = "no responses yet (only the header row)"
        _finish_batch(con, _new_batch(con, "responses", source), result)
        return result
    layout = recognise(table.headers, table.rows, unit_matcher(con), mapping)
    layout.date_order = (options or {}).get("date_order", "auto")
    norm = responses.normalise(table, layout, unit_matcher(con), config.respondent_secret())
    batch_id = _new_batch(con, "responses", source)
    result.rows_read = norm.rows_read
    result.rows_quarantined = _quarantine(con, batch_id, "responses", source, norm.quarantined)
    if norm.good:
        con.register("incoming_responses", norm.arrow())
        cols = ", ".join(responses.COLUMNS)
        before = con.execute("SELECT count(*) FROM responses").fetchone()[0]
        # DISTINCT ON costs seconds at a million rows: use it only when the file repeats a submission.
        repeats = con.execute(
            "SELECT count(DISTINCT response_id) < count(*) FROM incoming_responses"
        ).fetchone()[0]
        pick = "DISTINCT ON (response_id) " if repeats else ""
        con.execute(
            f"""INSERT INTO responses ({cols}, source, batch_id, is_demo)
                SELECT {pick}{cols}, ?, ?, ? FROM incoming_responses i
                WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE r.response_id = i.response_id)""",  # noqa: S608 - constant columns
            [source, batch_id, demo],
        )
        con.unregister("incoming_responses")
        result.rows_new = con.execute("SELECT count(*) FROM responses").fetchone()[0] - before
    result.rows_duplicate = norm.good - result.rows_new
    unknown = norm.good - pc.sum(norm.arrow().column("unit_known")).as_py() if norm.good else 0
    if unknown:
        result.notes.append(
            Note(
                f"แถวที่ระบุหน่วยงานที่ไม่มีใน units.csv: {unknown} (เก็บไว้และทำเครื่องหมาย)",
                f"rows naming a unit not in units.csv: {unknown} (kept, flagged)",
            )
        )
    result.notes += _visitor_notes(table, layout)
    if norm.text_cut:
        result.notes.append(_cut_note(norm.text_cut))
    if norm.good:
        # year * 100 + month, made unique before any text is formatted (strftime of 1M stamps took 1.5 s)
        stamps = norm.arrow().column("submitted_at")
        ym = pc.unique(pc.add(pc.multiply(pc.year(stamps), 100), pc.month(stamps))).to_pylist()
        result.months = sorted(f"{v // 100:04d}-{v % 100:02d}" for v in ym if v is not None)
    if table.sheet:
        result.sheet = table.sheet
    result.recognised_as, result.recognised_as_th = "Google Forms responses", "ผลแบบสำรวจ Google Forms"
    result.message = "; ".join(
        ([f"tab '{table.sheet}'"] if table.sheet else []) + [n.log_text for n in result.notes]
    )
    _finish_batch(con, batch_id, result)
    return result


def _visitor_notes(table: Table, layout) -> list[Note]:
    """A note when visitor-type cells tick no option of the form while most of the column does."""
    i = layout.roles.get("visitor")
    if i is None or not table.rows:
        return []
    counts = pc.value_counts(table.column(i)).to_pylist()
    count, examples = unmatched_visitor_cells((c["values"], c["counts"]) for c in counts)
    if not count:
        return []
    shown = ", ".join(f"'{e}'" for e in examples)
    return [
        Note(
            f"ช่องประเภทผู้มาติดต่อที่ไม่ตรงกับตัวเลือกใดของแบบฟอร์ม: {count} แถว (เช่น {shown}) นับเป็น 'อื่นๆ' "
            "ตรวจว่าตัวเลือกในแบบฟอร์มถูกแก้ไขหรือไม่",
            f"visitor-type cells matching no option of the form: {count} (e.g. {shown}), counted as 'other'; "
            "check whether the form's options were renamed",
            logged=Note(
                f"ช่องประเภทผู้มาติดต่อที่ไม่ตรงกับตัวเลือกใดของแบบฟอร์ม: {count} แถว นับเป็น 'อื่นๆ'",
                f"visitor-type cells matching no option of the form: {count}, counted as 'other'",
            ),
        )
    ]


def _cut_note(n: int, what_th: str = "แถว", what_en: str = "rows") -> Note:
    chars = limits.current().max_text_chars
    return Note(
        f"ตัดข้อความยาวเหลือ {chars} ตัวอักษรใน {n} {what_th} (ค่าจำกัด max_text_chars)",
        f"free text cut to {chars} characters in {n} {what_en} (limit max_text_chars)",
    )


def _normalise_long(kind: str, table: Table, mapping, matcher=None):
    """Rows of a simple long table as dicts; problems as quarantine items."""
    positions = tabular.locate(kind, table.headers, mapping)
    spec = tabular.SPECS[kind]
    good, bad = [], []
    lim, cut = limits.current(), 0
    for n, row in enumerate(table.rows, start=2):
        record, column = {}, None
        try:
            for column, index in positions.items():
                record[column] = spec[column][1](row[index])
                if isinstance(record[column], str):  # links and notes: no phones, e-mails, IDs; capped
                    record[column], was_cut = limits.cap_text(pii.mask_text(record[column]), lim)
                    cut += was_cut
            _check_row(kind, record, matcher)
            good.append(record)
        except InputProblem as p:
            digest = hashlib.sha256(
                json.dumps(dict(zip(table.headers, row, strict=False)), ensure_ascii=False).encode()
            ).hexdigest()[:32]
            raw = pii.masked_raw(table.headers, row, keep=set(positions.values()))
            bad.append(responses.Quarantined(n, p.column or column, p.th, p.en, raw, digest))
    if cut:
        good.append({"_cut": cut})  # read by import_long: the summary says how many cells were cut
    return good, bad


def _check_row(kind: str, record: dict, matcher) -> None:
    if kind == "ita":
        if not 0 <= record["indicator"] <= 10:
            raise InputProblem(
                "ตัวชี้วัดต้องเป็น 0-10 (0 = คะแนนรวม)", "indicator must be 0-10 (0 = overall)", column="indicator"
            )
        if not 0 <= record["score"] <= 100:
            raise InputProblem("คะแนนต้องอยู่ระหว่าง 0-100", "score must be between 0 and 100", column="score")
    if kind == "reach" and record["value"] < 0:
        raise InputProblem("ค่าต้องไม่ติดลบ", "value must not be negative", column="value")
    if kind == "submissions":
        code = matcher(record["unit"])
        if code is None:
            raise InputProblem(
                f"ไม่รู้จักหน่วยงาน '{record['unit'][:40]}' (เพิ่มใน data/units.csv หรือแก้ชื่อ)",
                f"unknown unit '{record['unit'][:40]}' (add it to data/units.csv or fix the name)",
                column="unit",
            )
        record["unit"] = code
        if record["form"] == "reach_monthly" and len(record["period"]) != 7:
            raise InputProblem(
                "รายงานรายเดือนต้องระบุเดือน เช่น 2025-10",
                "a monthly report needs a month, e.g. 2025-10",
                column="period",
            )


def import_long(con, kind: str, table: Table, source: str, *, mapping=None, demo=False) -> BatchResult:
    result = BatchResult(source, kind)
    good, bad = _normalise_long(kind, table, mapping, unit_matcher(con) if kind == "submissions" else None)
    cut = good.pop()["_cut"] if good and "_cut" in good[-1] else 0
    batch_id = _new_batch(con, kind, source)
    result.rows_read = len(good) + len(bad)
    result.rows_quarantined = _quarantine(con, batch_id, kind, source, bad)
    for record in good:
        changed = _upsert(con, kind, record, source, batch_id, demo)
        result.rows_new += changed
        result.rows_duplicate += not changed
    if cut:
        result.notes.append(_cut_note(cut, "ช่อง", "cells"))
        result.message = result.notes[-1].log_text
    _finish_batch(con, batch_id, result)
    return result


def _upsert(con, kind: str, r: dict, source: str, batch_id: int, demo: bool) -> bool:
    """Insert or replace one row; True when the database changed. Re-importing a month replaces it."""
    if kind == "reach":
        same = con.execute(
            "SELECT value = ? FROM reach WHERE month = ? AND platform = ? AND metric = ? AND source = ?",
            [r["value"], r["month"], r["platform"], r["metric"], source],
        ).fetchone()
        if same and same[0]:
            return False
        con.execute(
            "INSERT OR REPLACE INTO reach VALUES (?, ?, ?, ?, ?, ?, ?)",
            [r["month"], r["platform"], r["metric"], r["value"], source, batch_id, demo],
        )
        return True
    if kind == "submissions":
        exists = con.execute(
            "SELECT 1 FROM submissions WHERE unit_code = ? AND form = ? AND fiscal_year = ? AND period = ? "
            "AND submitted_at = ?",
            [r["unit"], r["form"], r["fiscal_year"], r["period"], r["submitted_at"]],
        ).fetchone()
        if exists:
            return False
        con.execute(
            "INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                r["unit"],
                r["form"],
                r["fiscal_year"],
                r["period"],
                r["submitted_at"],
                r.get("link") or None,
                source,
                batch_id,
                demo,
            ],
        )
        keys = [r["unit"], r["form"], r["fiscal_year"], r["period"], r["submitted_at"]]
        pairs = [(n, r.get(f"measure_{n}") or None, r.get(f"evidence_{n}") or None) for n in range(1, 8)]
        measures = [[*keys, n, result, evidence] for n, result, evidence in pairs if result or evidence]
        if measures:
            con.executemany("INSERT INTO submission_measures VALUES (?, ?, ?, ?, ?, ?, ?, ?)", measures)
        return True
    same = con.execute(
        "SELECT score = ? FROM ita_scores WHERE fiscal_year = ? AND indicator = ?",
        [r["score"], r["fiscal_year"], r["indicator"]],
    ).fetchone()
    if same and same[0]:
        return False
    con.execute(
        "INSERT OR REPLACE INTO ita_scores VALUES (?, ?, ?, ?, ?, ?)",
        [r["fiscal_year"], r["indicator"], r["score"], demo, source, batch_id],
    )
    return True


REAL_DATA_KINDS = ("responses", "reach", "submissions", "ita")


def refuse_real_data_in_demo(con, what: str = "") -> None:
    """Real rows never go into the demo database: no-auth mode serves a demo database to anyone.

    Refusing (rather than clearing the demo flag and rows) keeps both safe: the demo stays whole for
    whoever uses it, and real data starts in a database of its own, one no-auth mode refuses to serve.
    """
    flag = con.execute("SELECT value FROM meta WHERE key = 'demo'").fetchone()
    if flag and flag[0] == "true":
        raise InputProblem(
            f"{what}ฐานข้อมูลนี้เป็นข้อมูลตัวอย่าง (demo) จึงไม่รับข้อมูลจริง: เริ่มฐานข้อมูลใหม่ "
            "(ย้ายหรือลบไฟล์ฐานข้อมูลตัวอย่าง) หรือระบุไฟล์อื่นด้วย --db / ITA_DB",
            f"{what}this database holds the demo data, so it takes no real data: start a new database "
            "(move or delete the demo file) or name another file with --db / ITA_DB",
        )


def import_table(con, kind: str, table: Table, source: str, *, mapping_path=None, demo=False) -> BatchResult:
    if kind not in KINDS:
        raise InputProblem(f"ไม่รู้จักชนิดข้อมูล {kind}", f"unknown kind {kind}; expected one of {', '.join(KINDS)}")
    if kind in REAL_DATA_KINDS and not demo:
        refuse_real_data_in_demo(con)
    mapping, options = load_mapping(mapping_path)
    if not table.headers:
        raise InputProblem(
            f"{source}: ไฟล์/ชีตว่าง ไม่มีหัวคอลัมน์", f"{source}: the file or sheet is empty (no header row)"
        )
    if kind == "responses":
        return import_responses(con, table, source, mapping=mapping, options=options, demo=demo)
    if kind == "units":
        units = units_from_table(table)
        replace_units(con, units)
        return BatchResult(source, kind, rows_read=len(units), rows_new=len(units))
    if kind == "reach":  # the sheet, long or wide, and platform exports (etl/reach_formats.py)
        from etl.reach_import import import_reach

        return import_reach(con, table, source, mapping=mapping, demo=demo)
    return import_long(con, kind, table, source, mapping=mapping, demo=demo)


FILE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")


def expand_paths(paths: list[str | Path]) -> list[Path]:
    """Files as given; a folder (a platform's download, unzipped) stands for the data files in it."""
    out = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in FILE_SUFFIXES)
            if not found:
                raise InputProblem(
                    f"โฟลเดอร์ {path} ไม่มีไฟล์ .csv หรือ .xlsx", f"the folder {path} holds no .csv or .xlsx file"
                )
            out += found
        else:
            out.append(path)
    return out


def read_for(kind: str, path: Path, worksheet: str | None = None) -> Table:
    """The table a kind reads from a file: platform exports keep their text; a workbook's tab by content."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        if not path.exists():
            raise InputProblem(f"ไม่พบไฟล์ {path}", f"file not found: {path}")
        tabs = read_xlsx_tabs(path)
        if worksheet:
            named = [t for t in tabs if t.sheet == worksheet]
            if not named:
                names = ", ".join(f"'{t.sheet}'" for t in tabs)
                raise InputProblem(
                    f"ไม่มีแท็บ '{worksheet}' ในไฟล์ (แท็บที่มี: {names})",
                    f"no tab '{worksheet}' in the workbook (tabs: {names})",
                )
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
    results = []
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
        run_from = con.execute("SELECT coalesce(max(batch_id), 0) + 1 FROM load_batches").fetchone()[0]
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
    from etl.reach_formats import FORMAT_NAMES, detect

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
    from etl.reach_formats import Skip
    from etl.reach_import import import_reach

    if not table.headers:
        raise InputProblem("ไฟล์ว่าง ไม่มีหัวคอลัมน์", "the file is empty (no header row)")
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
    where = f" (column {p.column})" if p.column else ""
    return InputProblem(f"{path}{where}: {p.th}", f"{path}{where}: {p.en}", column=p.column)


def summary(results: list[BatchResult]) -> dict:
    return {
        "batches": [asdict(r) for r in results],
        "rows_new": sum(r.rows_new for r in results),
        "rows_quarantined": sum(r.rows_quarantined for r in results),
        "refused": [r.file or r.source for r in results if r.status == "refused"],
        "skipped": [r.file or r.source for r in results if r.status == "skipped"],
    }
