"""Synthetic served databases of any size, generated inside DuckDB (no Python row loop): 10 M rows in seconds.

Every column is a pure function of the row number through DuckDB's ``hash()``, so the same ``n`` gives
the same database on every run with the pinned DuckDB. Proportions follow the national picture: about
160 responses per agency per year (1.35 M a year over ~8,300 agencies), three fiscal years (FY2567-2569),
reach figures per agency's PR sheet, four round reports per agency per year. ITA scores stay one office's
55 (the schema holds one office's scores, not 8,300 agencies').
"""

from __future__ import annotations

import time
from pathlib import Path

import duckdb

from etl import publish
from etl.reference import seed_units

FIRST_DAY = "2023-10-01"  # FY2567 starts
DAYS = 1096  # FY2567-FY2569
RESPONSES_PER_AGENCY = 480  # three years at ~160 a year
NATIONAL_AGENCIES = 8_300
VERSION = "3"  # bump when the generated data changes, so the benchmark rebuilds its cached databases


def agencies_for(n: int) -> int:
    """Agencies in proportion to the responses: at least the office's own 89 units, at most all ~8,300."""
    return max(0, min(NATIONAL_AGENCIES, n // RESPONSES_PER_AGENCY) - 89)


def _u(salt: str) -> str:
    """A uniform [0, 1) pseudo-random number for row i, different per salt."""
    return f"((hash(i, '{salt}') % 1000003) / 1000003.0)"


def build(path: Path, n: int, *, threads: int = 2) -> dict:
    """Create ``path`` (replacing it) with n responses and proportional reach, submissions, scores."""
    path = Path(path)
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)
    t0 = time.perf_counter()
    con = duckdb.connect(str(path), config={"threads": threads})
    con.execute("SET enable_progress_bar = false")
    try:
        publish.ensure_schema(con)
        seed_units(con)
        extra = agencies_for(n)
        con.execute(
            """INSERT INTO units (code, name_th, name_en, abbr, aliases, kind)
               SELECT printf('AG%05d', i), printf('หน่วยงานสังเคราะห์ %05d', i), printf('Synthetic agency %05d', i),
                      NULL, NULL, 'provincial'
               FROM range(1, ? + 1) AS t(i)""",
            [extra],
        )
        con.execute(
            "CREATE TEMP TABLE unit_ix AS SELECT row_number() OVER (ORDER BY code) - 1 AS ix, code FROM units"
        )
        units = con.execute("SELECT count(*) FROM unit_ix").fetchone()[0]
        con.execute(
            "INSERT INTO load_batches VALUES (1, 'responses', 'synthetic', now(), now(), ?, ?, 0, 0, 'ok', '')",
            [n, n],
        )
        # Visitor types: one main reason (weights 40/30/15/8/7 like the demo), 15% tick a second one.
        con.execute(
            f"""
            CREATE TEMP TABLE gen AS
            SELECT i,
                   CAST(TIMESTAMP '{FIRST_DAY} 08:00:00'
                        + INTERVAL (CAST(floor({_u("day")} * {DAYS}) AS INTEGER)) DAY
                        + INTERVAL (CAST(floor({_u("sec")} * 32400) AS INTEGER)) SECOND AS TIMESTAMP) AS ts,
                   CAST(floor(pow({_u("unit")}, 2) * {units}) AS BIGINT) AS ux,
                   {_u("type")} AS ut, {_u("second")} AS u2,
                   {_u("n")} AS un, {_u("c")} AS uc, {_u("q")} AS uq, {_u("blank")} AS ub,
                   {_u("known")} AS uk, {_u("agency")} AS ua
            FROM range(?) AS t(i)
            """,  # noqa: S608 - numbers and constants only
            [n],
        )
        con.execute(
            f"""
            INSERT INTO responses
            SELECT
                substr(md5('r' || i), 1, 32),
                ts, CAST(ts AS DATE),
                year(ts) + 543 + CASE WHEN month(ts) >= 10 THEN 1 ELSE 0 END,
                CASE WHEN uk < 0.004 THEN NULL ELSE u.code END,
                CASE WHEN uk < 0.004 THEN 'หน่วยงานอื่น' ELSE u.code END,
                uk >= 0.004,
                ut >= 0.85 AND ut < 0.93 OR (u2 < 0.05),
                ut < 0.40 OR (u2 >= 0.05 AND u2 < 0.10),
                ut >= 0.40 AND ut < 0.70 OR (u2 >= 0.10 AND u2 < 0.15),
                ut >= 0.70 AND ut < 0.85,
                ut >= 0.93,
                CASE WHEN ut >= 0.93 THEN 'อื่น ๆ ' || (i % 7) END,
                CASE WHEN ub < 0.02 THEN NULL ELSE un < 0.75 + 0.05 * (year(ts) - 2023) END,
                CASE WHEN ub >= 0.02 AND ub < 0.04 THEN NULL ELSE uc < 0.68 + 0.06 * (year(ts) - 2023) END,
                CASE WHEN ub >= 0.04 AND ub < 0.06 THEN NULL ELSE uq < 0.50 + 0.08 * (year(ts) - 2023) END,
                CASE WHEN ua < 0.1 THEN NULL ELSE 'หน่วยงานผู้ตอบ ' || CAST(floor(ua * 50) AS INTEGER) END,
                substr(md5('k' || (i % ({n} // 3 + 1))), 1, 32),
                'synthetic', 1, false
            FROM gen JOIN unit_ix AS u ON u.ix = gen.ux
            ORDER BY ts  -- in time order, as a Forms sheet is appended (and as imports add it)
            """  # noqa: S608 - numbers and constants only
        )
        con.execute("DROP TABLE gen")
        # Reach: each agency's PR sheet is a source: 36 months x 7 platforms x 5 metrics.
        con.execute(
            """
            INSERT INTO reach
            SELECT CAST(DATE '2023-10-01' + INTERVAL (m) MONTH AS DATE), p.platform, x.metric,
                   round(1000 + (hash(m, p.platform, x.metric, u.code) % 100000)), 'sheet:' || u.code, 1, false
            FROM range(36) AS t(m)
            CROSS JOIN (VALUES ('facebook'), ('x'), ('youtube'), ('line'), ('tiktok'), ('instagram'), ('website'))
                AS p(platform)
            CROSS JOIN (VALUES ('reach'), ('views'), ('engagement'), ('followers'), ('posts')) AS x(metric)
            CROSS JOIN unit_ix AS u
            """
        )
        # Submissions: form1 and form2, rounds 6 and 12, per agency per year; ~8% missing.
        con.execute(
            """
            INSERT INTO submissions
            SELECT u.code, f.form, fy, r.period,
                   CAST(make_date(fy - 543 - CASE WHEN r.period = '6' THEN 0 ELSE -0 END,
                                  CASE WHEN r.period = '6' THEN 4 ELSE 9 END, 1)
                        + INTERVAL (hash(u.code, f.form, fy, r.period) % 30) DAY AS TIMESTAMP),
                   NULL, 'synthetic', 1, false
            FROM unit_ix AS u
            CROSS JOIN (VALUES ('form1'), ('form2')) AS f(form)
            CROSS JOIN (VALUES (2567), (2568), (2569)) AS y(fy)
            CROSS JOIN (VALUES ('6'), ('12')) AS r(period)
            WHERE hash(u.code, f.form, fy, r.period, 'missing') % 100 >= 8
            """
        )
        con.execute(
            """
            INSERT INTO ita_scores
            SELECT fy, ind, CASE WHEN ind = 7 THEN 80.29 + (fy - 2565) * 1.5
                                 ELSE 85 + (hash(fy, ind) % 1200) / 100.0 END, false, 'synthetic', 1
            FROM range(2565, 2570) AS a(fy) CROSS JOIN range(0, 11) AS b(ind)
            """
        )
        con.execute("INSERT OR REPLACE INTO meta VALUES ('built_at', CAST(now() AS VARCHAR))")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('synthetic', ?)", [f"{n}:{VERSION}"])
        publish.resolve_derived(con)  # as every publish does
        publish.validate(con)
        counts = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608 - constant names
            for t in ("units", "responses", "reach", "submissions", "ita_scores")
        }
        con.execute("CHECKPOINT")
    finally:
        con.close()
    counts["seconds"] = round(time.perf_counter() - t0, 2)
    counts["file_mb"] = round(path.stat().st_size / 1e6, 1)
    return counts


if __name__ == "__main__":
    import sys

    print(build(Path(sys.argv[1]), int(float(sys.argv[2]))))
