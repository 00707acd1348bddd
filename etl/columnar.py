"""Survey responses normalised column by column, for files of a million rows.

The row-by-row reference (``normalise_rows`` in tests/support/normalise_oracle.py, the oracle this
is tested against) spends its time calling the same small functions on the same few values: a survey
column holds a handful of distinct answers, units and visitor-type cells. Here each distinct value is
normalised once (by those very functions) and the result is spread back with an index; timestamps of
the common shapes are parsed by DuckDB with one regular expression (anything else, and anything
invalid, goes through ``parse_timestamp`` itself, so the reasons for quarantine are the same words);
respondent keys are HMACs in a tight loop; response ids are SHA-256 in DuckDB over the same text the
reference hashes.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from etl import limits, pii
from etl.batches import Quarantined
from etl.forms import CHANNELS, VISITOR_TYPES, Layout, answer_value, split_visitor_types
from etl.problems import InputProblem
from etl.readers import Table
from etl.responses import COLUMNS, Normalised, masked_row, respondent_key, row_key
from etl.text import clean
from etl.timestamps import detect_order, parse_timestamp

# The shapes of etl.timestamps._YMD / _XYZ restricted to plain ASCII text with spaces as the only
# whitespace: for such text clean() only trims and collapses spaces, which these patterns absorb, so a
# match here reads exactly as parse_timestamp reads it. Groups: y, a, b, H, M, S, ampm, utc, tz.
_TAIL = (
    r"(?:[ Tt,]+([0-9]{1,2})[:.]([0-9]{2})(?:[:.]([0-9]{2})(?:\.[0-9]+)?)?)?"
    r"(?: *([Aa][Mm]|[Pp][Mm]|[Aa]\.[Mm]\.|[Pp]\.[Mm]\.))?"
    r"(?: *([Gg][Mm][Tt]|[Uu][Tt][Cc])? *([Zz]|[+-][0-9]{1,2}(?::?[0-9]{2})?)?)?$"
)
_YMD = r"^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})" + _TAIL
_XYZ = r"^([0-9]{1,2})[-/.]([0-9]{1,2})[-/.]([0-9]{4})" + _TAIL
_GROUPS = ["y", "a", "b", "H", "M", "S", "ampm", "utc", "tz"]
_GROUPS_XYZ = ["a", "b", "y", "H", "M", "S", "ampm", "utc", "tz"]

_TS_SQL = """
WITH first AS (SELECT i, raw, regexp_extract(raw, $ymd, $g_ymd) AS g FROM ts_in),
m AS (
    SELECT i, 'ymd' AS shape, g FROM first WHERE g.y <> ''
    UNION ALL
    SELECT i, 'xyz' AS shape, regexp_extract(raw, $xyz, $g_xyz) AS g FROM first WHERE g.y = ''
),
parts AS (
    SELECT i, shape,
        CAST(g.y AS INTEGER) - CASE WHEN CAST(g.y AS INTEGER) >= 2400 THEN 543 ELSE 0 END AS y,
        CASE WHEN shape = 'ymd' OR $order = 'mdy' THEN CAST(g.a AS INTEGER) ELSE CAST(g.b AS INTEGER) END AS mo,
        CASE WHEN shape = 'ymd' OR $order = 'mdy' THEN CAST(g.b AS INTEGER) ELSE CAST(g.a AS INTEGER) END AS d,
        coalesce(TRY_CAST(nullif(g.H, '') AS INTEGER), 0) AS h0,
        coalesce(TRY_CAST(nullif(g.M, '') AS INTEGER), 0) AS mi,
        coalesce(TRY_CAST(nullif(g.S, '') AS INTEGER), 0) AS s,
        upper(replace(g.ampm, '.', '')) AS ampm, g.utc <> '' AS has_utc, nullif(g.tz, '') AS tz
    FROM m WHERE g.y <> ''
),
clock AS (
    SELECT *,
        CASE WHEN ampm = 'PM' AND h0 < 12 THEN h0 + 12 WHEN ampm = 'AM' AND h0 = 12 THEN 0 ELSE h0 END AS h,
        CASE WHEN tz IS NULL OR upper(tz) = 'Z' THEN 0
             ELSE (CASE WHEN tz[1] = '-' THEN -1 ELSE 1 END) * (
                  CASE WHEN length(replace(tz[2:], ':', '')) <= 2 THEN CAST(replace(tz[2:], ':', '') AS INTEGER) * 60
                       ELSE CAST(replace(tz[2:], ':', '')[:-3] AS INTEGER) * 60
                            + CAST(replace(tz[2:], ':', '')[-2:] AS INTEGER) END) END AS offset_min
    FROM parts
),
made AS (
    SELECT *, TRY(make_timestamp(y, mo, d, h, mi, s)) AS local_ts FROM clock
    WHERE mo BETWEEN 1 AND 12 AND d BETWEEN 1 AND 31 AND h <= 23 AND mi <= 59 AND s <= 59
)
SELECT i,
    local_ts + to_minutes(CASE WHEN tz IS NOT NULL OR has_utc THEN 420 - offset_min ELSE 0 END) AS ts
FROM made
WHERE local_ts IS NOT NULL AND year(local_ts) = y AND month(local_ts) = mo AND day(local_ts) = d
  AND y BETWEEN 1990 AND 2200
"""

_RECORD_SQL = """
SELECT
    substr(sha256(concat_ws('|', strftime(ts, '%Y-%m-%dT%H:%M:%S'), coalesce(rkey, ''), unit_raw, ticked, other,
        {answers})), 1, 32) AS response_id,
    ts AS submitted_at,
    CAST(ts AS DATE) AS submitted_date,
    CAST(year(ts) + 543 + CASE WHEN month(ts) >= 10 THEN 1 ELSE 0 END AS INTEGER) AS fiscal_year,
    unit_code, unit_raw, unit_code IS NOT NULL AS unit_known,
    {visitors},
    nullif(other_shown, '') AS other_text,
    {aware},
    agency AS respondent_agency,
    rkey AS respondent_key
FROM rec
"""


def _per_distinct(values: pa.Array, fn: Callable[[str], object]) -> tuple[list, pa.Array]:
    """fn applied once per distinct value, and each row's index into those results."""
    encoded = pc.dictionary_encode(values)
    return [fn(v) for v in encoded.dictionary.to_pylist()], encoded.indices


def _batched(table: pa.Table) -> pa.Table:
    """Record batches of 100,000 rows: DuckDB scans an Arrow table one batch per thread."""
    if table.num_rows == 0:
        return table  # no batches to rebuild from (every row quarantined or blank): keep the schema
    return pa.Table.from_batches(table.to_batches(max_chunksize=100_000))


def _take(results: list, index: pa.Array, type_: pa.DataType) -> pa.Array:
    return pa.array(results, type_).take(index)


def _clean_fast(value: str) -> str:
    """clean() for one cell; for ASCII text clean() only trims and collapses whitespace."""
    return " ".join(value.split()) if value.isascii() else clean(value)


def _timestamps(raw: pa.Array, order: str) -> tuple[np.ndarray, dict[int, InputProblem]]:
    """Every row's timestamp (datetime64[us], NaT where it failed) and the problem of each failed row."""
    n = len(raw)
    con = duckdb.connect(":memory:", config={"threads": 2})
    try:
        con.register("ts_in", _batched(pa.table({"i": pa.array(np.arange(n, dtype=np.int64)), "raw": raw})))
        fast = con.sql(
            _TS_SQL,
            params={"ymd": _YMD, "xyz": _XYZ, "g_ymd": _GROUPS, "g_xyz": _GROUPS_XYZ, "order": order},
        ).to_arrow_table()
    finally:
        con.close()
    out = np.full(n, np.datetime64("NaT"), dtype="datetime64[us]")
    rows = fast.column("i").to_numpy()
    out[rows] = fast.column("ts").cast(pa.timestamp("us")).to_numpy()
    problems: dict[int, InputProblem] = {}
    missing = np.flatnonzero(np.isnat(out))
    if len(missing):
        texts = raw.take(pa.array(missing)).to_pylist()
        for i, text in zip(missing.tolist(), texts, strict=True):
            try:
                out[i] = np.datetime64(parse_timestamp(text, order), "us")
            except InputProblem as p:
                problems[i] = p.located("timestamp")
    return out, problems


def _answer(raw: str) -> tuple[bool | None, InputProblem | None]:
    try:
        return answer_value(raw), None
    except InputProblem as p:
        return None, p


def _visitor(raw: str, lim: limits.Limits) -> tuple:
    ticked, other = split_visitor_types(clean(raw))
    # other (as typed) keys the response id; what is stored is masked and capped (etl/pii, etl/limits).
    shown, cut = limits.cap_text(pii.mask_text(other), lim)
    return (*(v in ticked for v in VISITOR_TYPES), ",".join(sorted(ticked)), other, shown, cut)


# HMAC-SHA256 (RFC 2104) in DuckDB for plain ASCII e-mails, whose clean().strip().casefold() is: collapse
# Python's ASCII whitespace, trim, lower-case. Other e-mails, and rows without one, go through Python.
_EMAIL_KEY_SQL = r"""
WITH cleaned AS (
    SELECT i, strlen(e) = length(e) AS ascii,
           lower(regexp_replace(regexp_replace(e, '[\t\n\x0b\x0c\r\x1c-\x1f ]+', ' ', 'g'), '^ | $', '', 'g')) AS e
    FROM emails
)
SELECT i, ascii, e = '' AS blank,
       CASE WHEN ascii AND e <> ''
            THEN substr(sha256($opad || unhex(sha256($ipad || encode('e:' || e)))), 1, 32) END AS rkey
FROM cleaned
"""


def _hmac_pads(secret: bytes) -> tuple[bytes, bytes]:
    key = hashlib.sha256(secret).digest() if len(secret) > 64 else secret
    key = key.ljust(64, b"\0")
    return bytes(b ^ 0x36 for b in key), bytes(b ^ 0x5C for b in key)


def _respondent_keys(table: Table, roles: dict, n: int, secret: bytes) -> pa.Array:
    """respondent_key() for every row: e-mail first, phone and name only where there is no e-mail."""

    def column(role: str) -> list[str] | None:
        i = roles.get(role)
        return table.column(i).to_pylist() if i is not None else None

    keys: list[str | None] = [None] * n
    todo: list[int] = []
    if roles.get("email") is None:
        todo = list(range(n))
    else:
        emails = table.column(roles["email"])
        ipad, opad = _hmac_pads(secret)
        con = duckdb.connect(":memory:", config={"threads": 2})
        try:
            con.register(
                "emails", _batched(pa.table({"i": pa.array(np.arange(n, dtype=np.int64)), "e": emails}))
            )
            done = con.sql(_EMAIL_KEY_SQL, params={"ipad": ipad, "opad": opad}).to_arrow_table()
        finally:
            con.close()
        order = np.empty(n, dtype=np.int64)
        order[done.column("i").to_numpy()] = np.arange(n)
        done = done.take(pa.array(order))  # back to row order, whatever order the threads returned
        keys = done.column("rkey").to_pylist()
        ascii_ = done.column("ascii").to_numpy(zero_copy_only=False)
        blank = done.column("blank").to_numpy(zero_copy_only=False)
        todo = np.flatnonzero(ascii_ & blank).tolist()
        others = np.flatnonzero(~ascii_).tolist()
        if others:
            for k, e in zip(others, emails.take(pa.array(others)).to_pylist(), strict=True):
                e = clean(e)
                if e:
                    keys[k] = hmac.digest(secret, ("e:" + e.strip().casefold()).encode(), "sha256").hex()[:32]
                else:
                    todo.append(k)
    if todo:
        phones, full, first, last = (column(r) for r in ("phone", "full_name", "first_name", "last_name"))

        def cell(col, k):
            return _clean_fast(col[k]) if col is not None else ""

        for k in todo:
            name = cell(full, k) or (cell(first, k) + " " + cell(last, k)).strip()
            keys[k] = respondent_key(secret, "", cell(phones, k), name)
    return pa.array(keys, pa.string())


def _awareness(table: Table, layout: Layout, n: int, problems: dict) -> dict[str, pa.Array]:
    """The three awareness answers, per distinct cell; the first item with an odd answer is the row's
    reason (added to ``problems``), and a row with all three blank is refused too."""
    answers: dict[str, pa.Array] = {}
    for channel in CHANNELS:
        i = layout.channels.get(channel)
        if i is None:
            answers[channel] = pa.nulls(n, pa.bool_())
            continue
        results, index = _per_distinct(table.column(i), _answer)
        answers[channel] = _take([r[0] for r in results], index, pa.bool_())
        codes = index.to_numpy(zero_copy_only=False)
        for code in [k for k, r in enumerate(results) if r[1] is not None]:
            located = results[code][1].located(f"aware_{channel}")
            for row in np.flatnonzero(codes == code).tolist():
                problems.setdefault(row, located)
    blank = np.ones(n, dtype=bool)
    for values in answers.values():
        blank &= values.is_null().to_numpy(zero_copy_only=False)
    if blank.any():
        nothing = InputProblem("problem.etl.no_awareness", column="aware_*")
        for row in np.flatnonzero(blank).tolist():
            problems.setdefault(row, nothing)
    return answers


def _quarantine(table: Table, layout: Layout, secret: bytes, n: int, problems: dict, out: Normalised):
    """The rows with a problem, masked, into ``out.quarantined``; a mask of them (True = refused)."""
    bad = np.zeros(n, dtype=bool)
    if problems:
        bad_rows = sorted(problems)
        bad[bad_rows] = True
        for k, cells in zip(bad_rows, table.rows_at(bad_rows), strict=True):
            p = problems[k]
            raw = masked_row(table, cells, layout)
            digest = hashlib.sha256(raw.encode()).hexdigest()[:32]
            key = row_key(cells, layout, secret)
            out.quarantined.append(Quarantined(k + 2, p.column, p.th, p.en, raw, digest, key))
    return bad


def normalise(table: Table, layout: Layout, unit_matcher, secret: bytes) -> Normalised:
    """One sheet of survey text in, normalised rows and quarantined rows out.

    Column by column: each distinct answer, unit or visitor cell is read once; timestamps in DuckDB.
    Gives the same rows, ids and quarantine reasons as the row-by-row oracle
    (tests/test_normalise_columns.py compares the two)."""
    out = Normalised()
    roles = layout.roles
    n = len(table.rows)
    out.rows_read = n
    ts_raw = table.column(roles["timestamp"])
    order = (
        layout.date_order if layout.date_order != "auto" else detect_order(ts_raw.slice(0, 2000).to_pylist())
    )
    submitted, problems = _timestamps(ts_raw, order)

    answers = _awareness(table, layout, n, problems)
    good = ~_quarantine(table, layout, secret, n, problems, out)

    def per_distinct(role: str, fn) -> tuple[list, pa.Array]:
        i = roles.get(role)
        if i is None:
            return [fn("")], pa.array(np.zeros(n, dtype=np.int32))
        return _per_distinct(table.column(i), fn)

    lim = limits.current()
    units, unit_ix = per_distinct("unit", lambda v: (*limits.cap_text(clean(v), lim), unit_matcher(v)))
    visitors, visitor_ix = per_distinct("visitor", lambda v: _visitor(v, lim))
    agencies, agency_ix = per_distinct("agency", lambda v: limits.cap_text(pii.mask_text(clean(v)), lim))

    rec = {
        "i": pa.array(np.arange(n, dtype=np.int64)),
        "ts": pa.array(submitted, pa.timestamp("us")),
        "rkey": _respondent_keys(table, roles, n, secret),
        "unit_raw": _take([u[0] for u in units], unit_ix, pa.string()),
        "unit_code": _take([u[2] for u in units], unit_ix, pa.string()),
        "ticked": _take([v[5] for v in visitors], visitor_ix, pa.string()),
        "other": _take([v[6] for v in visitors], visitor_ix, pa.string()),
        "other_shown": _take([v[7] for v in visitors], visitor_ix, pa.string()),
        "agency": _take([a[0] or None for a in agencies], agency_ix, pa.string()),
    }
    for j, v in enumerate(VISITOR_TYPES):
        rec[f"v_{v}"] = _take([x[j] for x in visitors], visitor_ix, pa.bool_())
    for c in CHANNELS:
        rec[f"a_{c}"] = answers[c]
    cut = _take([v[8] for v in visitors], visitor_ix, pa.bool_()).to_numpy(zero_copy_only=False)
    cut = cut | _take([a[1] for a in agencies], agency_ix, pa.bool_()).to_numpy(zero_copy_only=False)
    cut = cut | _take([u[1] for u in units], unit_ix, pa.bool_()).to_numpy(zero_copy_only=False)
    out.text_cut = int((cut & good).sum())
    incoming = pa.table(rec).filter(pa.array(good))
    sql = _RECORD_SQL.format(
        answers=", ".join(
            f"CASE WHEN a_{c} IS NULL THEN 'None' WHEN a_{c} THEN 'True' ELSE 'False' END" for c in CHANNELS
        ),
        visitors=", ".join(f"v_{v} AS visitor_{v}" for v in VISITOR_TYPES),
        aware=", ".join(f"a_{c} AS aware_{c}" for c in CHANNELS),
    )
    con = duckdb.connect(":memory:", config={"threads": 2})
    try:
        con.register("rec", _batched(incoming))
        out.table = con.sql(sql).to_arrow_table().select(COLUMNS)
    finally:
        con.close()
    return out
