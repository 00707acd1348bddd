"""Survey responses normalised column by column, for files of a million rows, in one SQL statement.

The row-by-row reference (``normalise_rows`` in tests/support/normalise_oracle.py, the oracle this
is tested against) spends its time calling the same small functions on the same few values: a survey
column holds a handful of distinct answers, units and visitor-type cells. Here each distinct value is
normalised once (by those very functions) into a small lookup table; timestamps of the Forms download's
shape, respondent keys of plain e-mails and response ids are computed by DuckDB (etl/columnar_sql.py),
and only what SQL cannot be sure of goes through Python (``parse_timestamp``, ``respondent_key``), so the
reasons for quarantine are the same words. ``stage`` leaves it all on the load's own connection, and the
record is one SELECT the import inserts straight from (no copy of a million rows in between).
"""

from __future__ import annotations

import hmac
from contextlib import suppress

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from etl import columnar_cells as cells
from etl import columnar_sql as q
from etl import limits, pii
from etl.forms import CHANNELS, VISITOR_TYPES, Layout
from etl.problems import InputProblem
from etl.readers import Table
from etl.responses import COLUMNS, Normalised, respondent_key
from etl.text import clean
from etl.timestamps import detect_order, parse_timestamp

# What stage() registers on the connection; unstage() removes it.
_NAMES = (
    "_n_src",
    "_n_bad",
    "_n_ts_fix",
    "_n_key_fix",
    "_n_unit",
    "_n_visitor",
    "_n_agency",
    "ts_in",
) + tuple(f"_n_aware_{c}" for c in CHANNELS)


def _s(values) -> tuple[str, list]:
    return "VARCHAR", list(values)


def _b(values) -> tuple[str, list]:
    return "BOOLEAN", list(values)


def _rows(con, sql: str, params=None) -> list[tuple]:
    return con.execute(sql, params).fetchall() if params else con.execute(sql).fetchall()


class _Stage:
    """The sheet's columns registered as ``_n_src`` (i = row index, then one column per role)."""

    def __init__(self, con, table: Table, layout: Layout):
        self.con, self.table, self.layout, self.n = con, table, layout, len(table.rows)
        self.cols = {"ts_raw": layout.roles["timestamp"]}
        for role in ("email", "unit", "visitor", "agency"):
            if layout.roles.get(role) is not None:
                self.cols[role] = layout.roles[role]
        for c in CHANNELS:
            if layout.channels.get(c) is not None:
                self.cols[f"aw_{c}"] = layout.channels[c]

        def column(i):
            col = table.arrow.column(i) if table.arrow is not None else table.column(i)
            # The lookups are inner joins on the cell: a NULL cell would drop its row, so none may be NULL
            # (the readers give "" for an empty cell; this only guards that promise).
            return pc.fill_null(col, "") if col.null_count else col

        # (pa.array of anything imports pandas, 0.2 s: the row index is made from its buffer)
        index = pa.Array.from_buffers(
            pa.int64(), self.n, [None, pa.py_buffer(np.arange(self.n, dtype=np.int64))]
        )
        self.src = pa.table({"i": index} | {name: column(i) for name, i in self.cols.items()})
        con.register("_n_src", self.src)

    def col(self, name: str) -> str:
        """The SQL of a role's cell in _n_src: '' when the sheet has no such column."""
        return f"r.{name}" if name in self.cols else "''"

    def temp(self, name: str, data: dict[str, tuple[str, list]]) -> None:
        """A temporary table of Python values, given column by column as (SQL type, values)."""
        select = ", ".join(f"unnest($p{k}::{t}[]) AS {c}" for k, (c, (t, _)) in enumerate(data.items()))
        params = {f"p{k}": values for k, (_, values) in enumerate(data.values())}
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT {select}", params)

    def distinct(self, name: str) -> list[str]:
        return [v for v, _ in self.counts(name)]

    def counts(self, name: str) -> list[tuple[str, int]]:
        """Each distinct cell of a role's column and how many rows hold it ('' for every row without one)."""
        if name not in self.cols:
            return [("", self.n)]
        return _rows(self.con, f"SELECT {name}, count(*) FROM _n_src GROUP BY ALL")  # noqa: S608 - role names


def _timestamps(st: _Stage, problems: dict) -> dict[int, int]:
    """Rows whose stamp is not of the Forms shape: TS_SQL, then parse_timestamp, into _n_ts_fix; the
    problem of each row neither can read. Returns how many Forms-shaped stamps fall in each month
    (year * 100 + month), counted in the same pass."""
    layout, con = st.layout, st.con
    raw = st.table.column(layout.roles["timestamp"]) if layout.date_order == "auto" else None
    order = layout.date_order if raw is None else detect_order(raw.slice(0, 2000).to_pylist())
    fast = q.FAST_TS.format(col="ts_raw")
    months = (
        f"SELECT year(t) * 100 + month(t) AS ym, count(*) FROM (SELECT {fast} AS t FROM _n_src) GROUP BY ym"  # noqa: S608
    )
    groups = dict(_rows(con, months))
    con.execute("CREATE OR REPLACE TEMP TABLE _n_ts_fix (i BIGINT, ts TIMESTAMP)")
    if None in groups:
        rest = f"SELECT i, ts_raw AS raw FROM _n_src WHERE ({fast}) IS NULL"  # noqa: S608
        con.execute(f"CREATE OR REPLACE TEMP TABLE ts_in AS {rest}")
        params = {"ymd": q.YMD, "xyz": q.XYZ, "g_ymd": q.GROUPS, "g_xyz": q.GROUPS_XYZ, "order": order}
        con.execute(f"INSERT INTO _n_ts_fix {q.TS_SQL}", params)
        fixed_i, fixed_ts = [], []
        for i, text in _rows(con, "SELECT i, raw FROM ts_in ANTI JOIN _n_ts_fix f USING (i)"):
            try:
                fixed_ts.append(parse_timestamp(text, order))
                fixed_i.append(i)
            except InputProblem as p:
                problems[i] = p.located("timestamp")
        if fixed_i:
            con.execute("INSERT INTO _n_ts_fix SELECT unnest($i::BIGINT[]), unnest($ts::TIMESTAMP[])",
                        {"i": fixed_i, "ts": fixed_ts})  # fmt: skip
    return {ym: n for ym, n in groups.items() if ym is not None}


def _months(st: _Stage, fast_months: dict[int, int], bad: bool) -> list[str]:
    """The months (YYYY-MM) the good rows fall in: the Forms-shaped stamps', the others', less the
    refused rows'."""
    counts = dict(fast_months)
    sql = "SELECT year(ts) * 100 + month(ts) AS ym, count(*) FROM ({}) WHERE ts IS NOT NULL GROUP BY ym"
    found = _rows(st.con, sql.format("SELECT ts FROM _n_ts_fix"))
    if bad:
        ts = f"coalesce({q.FAST_TS.format(col='r.ts_raw')}, f.ts)"
        bad_rows = "_n_bad b JOIN _n_src r ON r.i = b.i LEFT JOIN _n_ts_fix f ON f.i = b.i"
        rows = f"SELECT {ts} AS ts FROM {bad_rows}"  # noqa: S608
        found += [(ym, -n) for ym, n in _rows(st.con, sql.format(rows))]
    for ym, n in found:
        counts[ym] = counts.get(ym, 0) + n
    return sorted(f"{v // 100:04d}-{v % 100:02d}" for v, n in counts.items() if n > 0)


def _respondent_keys(st: _Stage, secret: bytes) -> str:
    """Keys Python computes into _n_key_fix; the SQL of every row's key (e-mail first, then phone, name)."""
    table, roles = st.table, st.layout.roles
    if "email" in st.cols:
        rows = _rows(st.con, f"SELECT i, email FROM _n_src WHERE {q.PYTHON_EMAIL.format(col='email')}")  # noqa: S608
    else:
        rows = [(k, "") for k in range(st.n)]
    fix_i, fix_key, todo = [], [], []
    for k, e in rows:
        e = clean(e)
        if e:
            fix_i.append(k)
            fix_key.append(hmac.digest(secret, ("e:" + e.strip().casefold()).encode(), "sha256").hex()[:32])
        else:
            todo.append(k)
    if todo:
        at = pa.array(todo, pa.int64())

        def taken(role):
            i = roles.get(role)
            return table.column(i).take(at).to_pylist() if i is not None else None

        phones, full, first, last = (taken(r) for r in ("phone", "full_name", "first_name", "last_name"))

        def cell(col, j):
            return cells.clean_fast(col[j]) if col is not None else ""

        for j, k in enumerate(todo):
            name = cell(full, j) or (cell(first, j) + " " + cell(last, j)).strip()
            key = respondent_key(secret, "", cell(phones, j), name)
            if key is not None:
                fix_i.append(k)
                fix_key.append(key)
    st.temp("_n_key_fix", {"i": ("BIGINT", fix_i), "rkey": _s(fix_key)})
    if "email" not in st.cols:
        return "NULL::VARCHAR"
    return q.ASCII_EMAIL.format(col="r.email")


def _awareness(st: _Stage, problems: dict) -> None:
    """The three awareness answers, per distinct cell, into _n_aware_<channel>; the first item with an odd
    answer is the row's reason (added to ``problems``), and a row with all three blank is refused too."""
    blank_where, can_blank = [], True
    for c in CHANNELS:
        name = f"aw_{c}"
        if name not in st.cols:
            continue
        values = st.distinct(name)
        results = [cells.answer(v) for v in values]
        st.temp(
            f"_n_aware_{c}",
            {"raw": _s(values), "v": _b(r[0] for r in results), "bad": _b(r[1] is not None for r in results)},
        )
        odd = {v: r[1] for v, r in zip(values, results, strict=True) if r[1] is not None}
        if odd:
            sql = f"SELECT i, {name} FROM _n_src r SEMI JOIN _n_aware_{c} a ON a.raw = r.{name} AND a.bad"  # noqa: S608
            for i, v in _rows(st.con, sql):
                problems.setdefault(i, odd[v].located(f"aware_{c}"))
        can_blank &= any(r[0] is None for r in results)  # else every row answers this item
        blank_where.append(f"r.{name} IN (SELECT raw FROM _n_aware_{c} WHERE v IS NULL)")  # noqa: S608
    if not can_blank:
        return
    nothing = InputProblem("problem.etl.no_awareness", column="aware_*")
    where = " AND ".join(blank_where) or "true"
    for (i,) in _rows(st.con, f"SELECT i FROM _n_src r WHERE {where}"):  # noqa: S608 - built from role names
        problems.setdefault(i, nothing)


def _lookups(st: _Stage, unit_matcher, out: Normalised) -> list[str]:
    """Units, visitor types and agencies per distinct cell into _n_unit, _n_visitor, _n_agency; the SQL
    of the good rows' text cut (any of the three) and of an unknown unit."""
    lim = limits.current()
    units = st.distinct("unit")
    u = [(*limits.cap_text(clean(v), lim), unit_matcher(v)) for v in units]
    st.temp("_n_unit", {"raw": _s(units), "unit_raw": _s(x[0] for x in u), "cut": _b(x[1] for x in u),
                            "unit_code": _s(x[2] for x in u)})  # fmt: skip
    out.visitor_counts = st.counts("visitor") if "visitor" in st.cols else []
    visitors = [v for v, _ in out.visitor_counts] or [""]
    vis = [cells.visitor(v, lim) for v in visitors]
    data = {"raw": _s(visitors)} | {f"v_{t}": _b(x[j] for x in vis) for j, t in enumerate(VISITOR_TYPES)}
    st.temp("_n_visitor", data | {"ticked": _s(x[5] for x in vis), "other": _s(x[6] for x in vis),
                                      "other_shown": _s(x[7] for x in vis), "cut": _b(x[8] for x in vis)})  # fmt: skip
    agencies = st.distinct("agency")
    ag = [limits.cap_text(pii.mask_text(clean(v)), lim) for v in agencies]
    st.temp("_n_agency", {"raw": _s(agencies), "agency": _s(x[0] or None for x in ag),
                              "cut": _b(x[1] for x in ag)})  # fmt: skip
    return [
        "u.cut OR v.cut OR ag.cut"
        if any(x[1] for x in u) or any(x[8] for x in vis) or any(x[1] for x in ag)
        else "",
        "u.unit_code IS NULL" if any(x[2] is None for x in u) else "",
    ]


def stage(con, table: Table, layout: Layout, unit_matcher, secret: bytes) -> Normalised:
    """One sheet of survey text in; the quarantined rows out, and on ``con`` what ``out.sql`` (the good
    rows' normalised columns, COLUMNS) reads, until ``unstage(con)``.

    Gives the same rows, ids and quarantine reasons as the row-by-row oracle
    (tests/test_normalise_columns_unit.py compares the two)."""
    out = Normalised()
    st = _Stage(con, table, layout)
    out.rows_read = st.n
    problems: dict[int, InputProblem] = {}
    fast_months = _timestamps(st, problems)
    _awareness(st, problems)
    cells.quarantine_rows(table, layout, secret, problems, out)
    st.temp("_n_bad", {"i": ("BIGINT", sorted(problems))})
    out.rows_good = st.n - len(problems)
    cut, unknown = _lookups(st, unit_matcher, out)
    e_ascii = _respondent_keys(st, secret)
    aware = {c: f"a_{c}.v" if f"aw_{c}" in st.cols else "NULL::BOOLEAN" for c in CHANNELS}
    joins = "".join(
        f" JOIN _n_aware_{c} a_{c} ON a_{c}.raw = r.aw_{c}" for c in CHANNELS if f"aw_{c}" in st.cols
    )
    from_good = (
        f"FROM _n_src r ANTI JOIN _n_bad b ON b.i = r.i LEFT JOIN _n_ts_fix f ON f.i = r.i"
        f" JOIN _n_unit u ON u.raw = {st.col('unit')} JOIN _n_visitor v ON v.raw = {st.col('visitor')}"
        f" JOIN _n_agency ag ON ag.raw = {st.col('agency')}"
    )
    ts = f"coalesce({q.FAST_TS.format(col='r.ts_raw')}, f.ts)"
    visitors = ", ".join(f"v.v_{t}" for t in VISITOR_TYPES)
    rows = (
        f"SELECT {ts} AS ts, {e_ascii} AS e_ascii, k.rkey AS rkey_fix, u.unit_raw, u.unit_code, {visitors}, v.ticked, v.other,"
        f" v.other_shown, ag.agency, {', '.join(f'{e} AS a_{c}' for c, e in aware.items())}"
        f" {from_good}{joins} LEFT JOIN _n_key_fix k ON k.i = r.i"
    )
    rkey = f"CASE WHEN e_ascii <> '' THEN {q.HMAC.format(e='e_ascii')} ELSE rkey_fix END"
    out.sql = q.record_sql(f"SELECT * EXCLUDE (e_ascii, rkey_fix), {rkey} AS rkey FROM ({rows})")  # noqa: S608
    out.params = dict(zip(("ipad", "opad"), cells.hmac_pads(secret), strict=True))
    if out.rows_good and (cut or unknown):
        cut, unknown = cut or "false", unknown or "false"
        counts = _rows(
            con, f"SELECT count(*) FILTER (WHERE {cut}), count(*) FILTER (WHERE {unknown}) {from_good}"
        )
        out.text_cut, out.unknown_units = counts[0]
    if out.rows_good:
        out.months = _months(st, fast_months, bool(problems))
    return out


def unstage(con) -> None:
    """Remove what ``stage`` registered."""
    with suppress(duckdb.Error):
        con.unregister("_n_src")
    for name in _NAMES[1:]:
        con.execute(f"DROP TABLE IF EXISTS temp.{name}")


def normalise(table: Table, layout: Layout, unit_matcher, secret: bytes) -> Normalised:
    """``stage`` in a connection of its own, the good rows as Arrow columns (``out.table``)."""
    con = duckdb.connect(":memory:", config={"threads": 2})
    try:
        out = stage(con, table, layout, unit_matcher, secret)
        if out.sql is None:  # stage always writes the record SQL
            raise RuntimeError("normalise: stage wrote no record SQL")
        out.table = con.sql(out.sql, params=out.params or None).to_arrow_table().select(COLUMNS)
    finally:
        con.close()
    return out
