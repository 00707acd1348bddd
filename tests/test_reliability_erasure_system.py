"""Erasure under fire: a reader holds the database while a data subject's rows are erased, and SIGKILLs
land at random points of an erasure.

After each kill every generation (the served file and each backup) opens, and holds either all of the
subject's rows it had or none (never half); the other respondents' rows are all there; a rerun
completes the erasure, and a restore afterwards brings nothing back.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from etl import erasure, privacy, publish
from tests.support import reliability as rel

SUBJECT = "erase.me@example.co.th"
pytestmark = pytest.mark.soak


def _write_with_subject(path: Path, n: int, batch: int) -> Path:
    extra = []
    for i in range(5):
        row = rel.survey_row(n + i, batch)
        row[4] = SUBJECT
        extra.append(row)
    return rel.write_survey(path, n, batch, extra)


def _counts(path: Path) -> tuple[int, int]:
    keys = privacy.subject_keys(email=SUBJECT)
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(
            "SELECT count(*) FILTER (WHERE list_contains(?, respondent_key)), "
            "count(*) FILTER (WHERE NOT list_contains(?, respondent_key) OR respondent_key IS NULL) "
            "FROM responses",
            [keys, keys],
        ).fetchone()
    finally:
        con.close()


def _generations(db: Path) -> list[Path]:
    return [db, *publish.list_backups(db)]


def _forget(db: Path) -> list[str]:
    return [sys.executable, "-m", "etl", "forget", "--email", SUBJECT, "--delete", "--db", str(db)]


def test_kill_during_erasure_leaves_each_file_erased_or_not_and_a_rerun_completes(db_path, tmp_path):
    rng = random.Random(17)
    rows = 30_000
    for batch in range(3):
        done = rel.etl(
            "import", "responses", str(_write_with_subject(tmp_path / f"b{batch}.csv", rows, batch))
        )
        assert done.returncode == 0, done.stderr
    t0 = time.monotonic()
    timing = subprocess.run(_forget(db_path), cwd=rel.ROOT, capture_output=True, text=True)
    duration = time.monotonic() - t0
    assert timing.returncode == 0, timing.stderr
    kills = 0
    for cycle in range(8):
        batch = 10 + cycle
        done = rel.etl(
            "import", "responses", str(_write_with_subject(tmp_path / f"c{batch}.csv", 100, batch))
        )
        assert done.returncode == 0, done.stderr
        before = {p.name: _counts(p) for p in _generations(db_path)}
        assert before[db_path.name][0] > 0
        proc = subprocess.Popen(
            _forget(db_path), cwd=rel.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        time.sleep(rng.uniform(0.2, max(0.3, duration)))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
            rel.fault()
        proc.wait()
        for path in _generations(db_path):
            subject, others = _counts(path)
            was = before.get(path.name)
            assert was is not None, f"{path.name} appeared during an erasure"
            assert subject in (0, was[0]), f"{path.name}: {subject} of {was[0]} subject rows left (half)"
            assert others == was[1], f"{path.name}: other respondents' rows changed"
        rerun = subprocess.run(_forget(db_path), cwd=rel.ROOT, capture_output=True, text=True)
        assert rerun.returncode == 0, rerun.stderr
        assert [_counts(p)[0] for p in _generations(db_path)] == [0] * len(_generations(db_path))
        assert not erasure.journal_path(db_path).exists()
        assert not list(db_path.parent.rglob("*.tmp*")), "an erasure left temp files"
        restored = rel.etl("restore", "--db", str(db_path))
        assert restored.returncode == 0, restored.stderr
        assert [_counts(p)[0] for p in _generations(db_path)] == [0] * len(_generations(db_path))
    assert kills >= 4, f"only {kills} kills landed mid-erasure (erasure takes {duration:.1f} s)"


_READER = (
    "import sys, time, duckdb\n"
    "path, seconds = sys.argv[1], float(sys.argv[2])\n"
    "end, n = time.monotonic() + seconds, 0\n"
    "print('ready', flush=True)\n"
    "while time.monotonic() < end:\n"
    "    con = duckdb.connect(':memory:')\n"
    '    con.execute("ATTACH \'" + path + "\' AS served (READ_ONLY)")\n'
    "    assert con.execute('SELECT count(*) FROM served.responses').fetchone()[0] > 0\n"
    "    held = con  # keep the previous attach open while the next one starts, as the app's cache does\n"
    "    n += 1\n"
    "print(n, flush=True)\n"
)


def test_erasure_while_readers_hold_the_served_file_and_its_backups(db_path, tmp_path):
    for batch in range(3):
        done = rel.etl(
            "import", "responses", str(_write_with_subject(tmp_path / f"b{batch}.csv", 20_000, batch))
        )
        assert done.returncode == 0, done.stderr
    readers = [
        subprocess.Popen([sys.executable, "-c", _READER, str(p), "20"], stdout=subprocess.PIPE, text=True)
        for p in _generations(db_path)
    ]
    try:
        for r in readers:
            assert r.stdout.readline().strip() == "ready"
        for _ in range(3):
            counts = privacy.forget_subject(email=SUBJECT, db=db_path)
            assert [_counts(p)[0] for p in _generations(db_path)] == [0] * len(_generations(db_path)), counts
            done = rel.etl("import", "responses", str(_write_with_subject(tmp_path / "again.csv", 50, 20)))
            assert done.returncode == 0, done.stderr
        for r in readers:
            assert int(r.stdout.readline()) > 0
            assert r.wait(60) == 0
    finally:
        for r in readers:
            if r.poll() is None:
                r.kill()
                r.wait()
