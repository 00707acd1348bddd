"""A large demo-labelled database for load tests, generated in DuckDB SQL in seconds.

    .venv/bin/python -m bench.load_db PATH [--responses 1000000]

Responses are spread over FY2567-FY2569 and every unit with a deterministic hash, so two builds are
identical. Marked as demo data (the app labels it and no-auth mode accepts it).
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime
from pathlib import Path

from etl import publish
from etl.reference import seed_units


def build(path: str | Path, responses: int = 1_000_000) -> dict:
    with publish.staged(Path(path), fresh=True) as con:
        seed_units(con)
        con.execute(
            "INSERT INTO load_batches VALUES (1, 'responses', 'bench', ?, ?, ?, ?, 0, 0, 'ok', 'load-test data')",
            [datetime.now(), datetime.now(), responses, responses],
        )
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('demo', 'true'), ('built_at', ?)", [str(datetime.now())]
        )
        con.execute(
            """
            INSERT INTO responses
            WITH units AS (SELECT row_number() OVER (ORDER BY code) - 1 AS k, code, name_th FROM units),
            n_units AS (SELECT count(*) AS n FROM units),
            base AS (
                SELECT i, hash(i) AS h,
                       TIMESTAMP '2023-10-01 08:00:00'
                         + to_days(CAST(hash(i, 1) % 1096 AS INTEGER))
                         + to_seconds(CAST(hash(i, 2) % 36000 AS BIGINT)) AS ts
                FROM range(?) t(i)
            ),
            final AS (
                SELECT md5(CAST(i AS VARCHAR)) AS response_id, ts AS submitted_at, CAST(ts AS DATE) AS submitted_date,
                       CAST(year(ts) + 543 + CASE WHEN month(ts) >= 10 THEN 1 ELSE 0 END AS INTEGER) AS fiscal_year,
                       u.code AS unit_code, u.name_th AS unit_raw, true AS unit_known,
                       h % 5 = 0, h % 5 = 1 OR h % 7 = 0, h % 5 = 2, h % 5 = 3, h % 5 = 4,
                       CASE WHEN h % 5 = 4 THEN 'ประชาชนทั่วไป' END AS other_text,
                       CASE WHEN h % 10 < 8 THEN true ELSE false END,
                       CASE WHEN h % 13 = 0 THEN NULL ELSE h % 10 < 7 END,
                       CASE WHEN h % 11 = 0 THEN NULL ELSE h % 10 < 6 END,
                       'บริษัท ตัวอย่าง จำกัด' AS respondent_agency, md5(CAST(i % 200000 AS VARCHAR)) AS respondent_key,
                       'bench' AS source, 1 AS batch_id, true AS is_demo
                FROM base, n_units
                JOIN units u ON u.k = base.h % n_units.n
            )
            SELECT * FROM final
            """,
            [responses],
        )
        count = con.execute("SELECT count(*) FROM responses").fetchone()[0]
    return {"responses": count}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path")
    ap.add_argument("--responses", type=int, default=1_000_000)
    args = ap.parse_args()
    t0 = time.perf_counter()
    counts = build(args.path, args.responses)
    print(f"{args.path}: {counts} in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
