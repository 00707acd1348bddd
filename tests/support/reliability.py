"""The reliability suite's shared pieces: a recorder for the end-of-run summary, input generators,
and small probes of a served database (what it holds, what a killed load left behind).

The recorder is plain module state: the tests run in one process, and the summary hook in
tests/conftest.py prints it after the run.
"""

from __future__ import annotations

import csv
import hashlib
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]

COUNTS: Counter = Counter()
LABELS = {
    "faults": "faults injected",
    "bad_inputs": "bad inputs tried",
    "rows_checked": "rows checked end to end",
    "rows_lost": "rows lost (must be 0)",
    "personal_found": "personal data found in outputs (must be 0)",
}


def fault(n: int = 1) -> None:
    COUNTS["faults"] += n


def bad_input(n: int = 1) -> None:
    COUNTS["bad_inputs"] += n


def rows(checked: int, lost: int) -> None:
    """Record a whole-input accounting: every row read must be loaded, a duplicate or quarantined."""
    COUNTS["rows_checked"] += checked
    COUNTS["rows_lost"] += max(0, lost)


def personal(found: int) -> None:
    COUNTS["personal_found"] += found


def summary_lines() -> list[str]:
    return [f"{LABELS[k]:<45} {COUNTS[k]:>10,}" for k in LABELS]


# --------------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------------

HEADER = [
    "ประทับเวลา",
    "ชื่อ",
    "นามสกุล",
    "หมายเลขโทรศัพท์",
    "E-mail",
    "หน่วยงานของท่าน",
    "ท่านติดต่อกับสำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ณ หน่วยงาน",
    "ประเภทผู้มาติดต่อ",
    "การรับรู้-รับทราบ [การเผยแพร่ข้อมูลข่าวสาร และผลงานของสำนักงาน]",
    "การรับรู้-รับทราบ [ช่องทางในการติดต่อ - สอบถาม การให้ข้อเสนอแนะ]",
    "การรับรู้-รับทราบ [ช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่]",
]
A, U = "รู้/ทราบ", "ไม่รู้/ไม่ทราบ"
UNITS = ["กองกลาง", "กก.", "ศปท.", "กองกฎหมาย", "สดจ.เชียงใหม่", "ยศ."]


def survey_row(i: int, batch: int = 0) -> list[str]:
    """One response; distinct per (batch, i). News is always answered: aware when i % 3 != 0."""
    day = 1 + (i // 1440) % 28
    minute = i % 1440
    return [
        f"{day}/{1 + batch % 12}/{2567 + batch // 12}, {minute // 60}:{minute % 60:02d}:{batch % 60:02d}",
        f"ชื่อ{batch}x{i}",
        f"สกุล{i}",
        f"08{(batch * 1_000_003 + i) % 10**8:08d}",
        f"p{batch}.{i}@example.co.th",
        "บริษัท ตัวอย่าง จำกัด",
        UNITS[i % len(UNITS)],
        "ขอรับบริการข้อมูล/ข่าวสาร",
        A if i % 3 else U,
        U if i % 2 else A,
        "" if i % 5 == 0 else A,
    ]


def news_counts(n: int) -> tuple[int, int]:
    """(aware, unaware) on the news item for rows 0..n-1 of any batch, counted from the rule above."""
    unaware = len(range(0, n, 3))
    return n - unaware, unaware


def write_survey(path: Path, n: int, batch: int = 0, extra: list[list[str]] | None = None) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        for i in range(n):
            w.writerow(survey_row(i, batch))
        for row in extra or []:
            w.writerow(row)
    return path


def sheet_world(server, tmp_path: Path, monkeypatch, sheet_key: str):
    """Point refreshes (in this process and in child processes) at the fake Sheets server, one source."""
    from tests.support.sheets_server import point_refreshes_at

    point_refreshes_at(
        server,
        tmp_path,
        monkeypatch,
        f'[settings]\ntimeout_seconds = 20\nmax_retries = 1\n\n[[source]]\nname = "survey"\n'
        f'kind = "responses"\nspreadsheet = "{sheet_key}"\n',
    )
    return server


# --------------------------------------------------------------------------------------------------
# Probes
# --------------------------------------------------------------------------------------------------


def etl(
    *args: str, env: dict | None = None, timeout: float = 120, preexec=None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env or os.environ.copy(),
        preexec_fn=preexec,
    )


def fingerprint(db: Path) -> tuple:
    """What the served file holds, as one comparable value: row counts and a digest of the ids."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        n = con.execute("SELECT count(*) FROM responses").fetchone()[0]
        ids = con.execute(
            "SELECT coalesce(string_agg(response_id, ',' ORDER BY response_id), '') FROM responses"
        )
        digest = hashlib.sha256(ids.fetchone()[0].encode()).hexdigest()[:16]
        batches = con.execute("SELECT count(*) FROM load_batches").fetchone()[0]
        quarantined = con.execute("SELECT count(*) FROM quarantine").fetchone()[0]
        reach = con.execute("SELECT count(*) FROM reach").fetchone()[0]
    finally:
        con.close()
    return (n, digest, batches, quarantined, reach)


def leftovers(db: Path) -> list[str]:
    """Files a load left beside the served one (the lock file is expected and harmless)."""
    return sorted(
        p.name for p in db.parent.glob(db.name + ".*") if not p.name.endswith((".lock", ".refresh.json"))
    )


def all_text(db: Path) -> str:
    """Every text value in every table, for searching personal data."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        parts = []
        tables = con.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE data_type = 'VARCHAR'"
        ).fetchall()
        for table, column in tables:
            sql = f'SELECT string_agg("{column}", chr(10)) FROM "{table}"'  # noqa: S608 - names from the catalog
            parts.append(con.execute(sql).fetchone()[0] or "")
    finally:
        con.close()
    return "\n".join(parts)
