"""Crash mid-load: SIGKILL the ETL process at random points of imports and refreshes.

After each kill the served file opens and holds exactly the last good data (the old version, or the
new one complete, never a mix), nothing is left that blocks the next run, and the next run loads
exactly what the killed one was meant to (imports are idempotent, so a re-run is the recovery).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support import reliability as rel
from tests.support.sheets_server import FakeSheetsServer

pytest_plugins = ["tests.support.sheets_server"]

SHEET_KEY = "1CrashTestSurveyabcdefghijklmnopqrstuvwxyz12"


@pytest.fixture
def sheet_world(sheets_server: FakeSheetsServer, tmp_path, monkeypatch) -> FakeSheetsServer:
    return rel.sheet_world(sheets_server, tmp_path, monkeypatch, SHEET_KEY)


def _command(kind: str, db: Path, path: Path | None) -> list[str]:
    if kind == "import":
        return [sys.executable, "-m", "etl", "import", "responses", str(path), "--db", str(db)]
    return [sys.executable, "-m", "etl", "refresh", "--db", str(db), "--wait", "60"]


def crash_cycles(
    cycles: int, rows: int, seed: int, db: Path, tmp_path: Path, server: FakeSheetsServer
) -> list[dict]:
    """Kill, check, re-run, check; ``rows`` per load sets how long a load lasts (room for the kill)."""
    rng = random.Random(seed)
    base = rel.write_survey(tmp_path / "base.csv", rows, batch=0)
    t0 = time.monotonic()
    first = rel.etl("import", "responses", str(base), "--db", str(db))
    duration = time.monotonic() - t0
    assert first.returncode == 0, first.stderr
    log = []
    for k in range(cycles):
        kind = "import" if k % 2 == 0 else "refresh"
        batch = k + 1
        path = None
        if kind == "import":
            path = rel.write_survey(tmp_path / f"batch{batch}.csv", rows, batch=batch)
        else:
            values = [rel.HEADER] + [rel.survey_row(i, batch) for i in range(rows)]
            server.add_spreadsheet(SHEET_KEY, [("Form Responses 1", values)])
        before = rel.fingerprint(db)
        delay = rng.uniform(0.05, duration * (1.3 if kind == "refresh" else 1.0))
        proc = subprocess.Popen(
            _command(kind, db, path), cwd=rel.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        code = proc.wait(timeout=60)
        rel.fault()
        left = rel.leftovers(db)
        after_kill = rel.fingerprint(db)  # the served file opens (raises if it were broken)

        again = subprocess.run(
            _command(kind, db, path), cwd=rel.ROOT, capture_output=True, text=True, timeout=120
        )
        assert again.returncode == 0, f"the run after a kill failed: {again.stdout}{again.stderr}"
        final = rel.fingerprint(db)
        lost = before[0] + rows - final[0]
        rel.rows(rows, lost)
        assert lost == 0, f"{kind} #{k}: expected {before[0] + rows} responses, found {final[0]}"
        # exactly the last good data: the version before, or the complete new one, never a mix
        assert after_kill[:2] in (before[:2], final[:2]), (kind, k, delay, before, after_kill, final)
        assert after_kill[3:] == before[3:] == final[3:]  # no quarantine or reach rows from nowhere
        assert rel.leftovers(db) == [], "the next run swept what the killed one left"
        log.append(
            {
                "kind": kind,
                "delay": round(delay, 2),
                "killed": code == -signal.SIGKILL,
                "published_before_kill": after_kill[:2] == final[:2],
                "left": left,
            }
        )
    return log


def test_sigkill_during_imports_and_refreshes_loses_nothing(db_path, tmp_path, sheet_world):
    log = crash_cycles(3, 5_000, seed=12, db=db_path, tmp_path=tmp_path, server=sheet_world)
    assert sum(entry["killed"] for entry in log) >= 2, log  # the kills really landed mid-run


@pytest.mark.soak
def test_twenty_sigkills_during_imports_and_refreshes_lose_nothing(db_path, tmp_path, sheet_world):
    log = crash_cycles(20, 20_000, seed=2569, db=db_path, tmp_path=tmp_path, server=sheet_world)
    killed = sum(entry["killed"] for entry in log)
    mid_publish = sum(bool(entry["left"]) for entry in log)
    print(f"\nsoak crash: {killed}/20 killed mid-run, {mid_publish} left a temp file that was swept")
    (rel.ROOT / "test-artifacts").mkdir(exist_ok=True)
    (rel.ROOT / "test-artifacts" / "soak-crash.json").write_text(json.dumps(log, indent=1))
    assert killed >= 15, log


@pytest.mark.soak
def test_a_killed_restore_leaves_the_served_file_whole(db_path, tmp_path):
    """The one-command recovery is itself crash-safe: kill it, the served file still opens."""
    for batch in range(2):
        path = rel.write_survey(tmp_path / f"{batch}.csv", 50, batch)
        assert rel.etl("import", "responses", str(path), "--db", str(db_path)).returncode == 0
    served = rel.fingerprint(db_path)
    proc = subprocess.Popen([sys.executable, "-m", "etl", "restore", "--db", str(db_path)], cwd=rel.ROOT)
    time.sleep(0.45)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    rel.fault()
    now = rel.fingerprint(db_path)
    assert now[0] in (served[0], served[0] - 50)
    assert rel.etl("import", "responses", str(tmp_path / "1.csv"), "--db", str(db_path)).returncode == 0
    assert rel.fingerprint(db_path)[0] == served[0]
    assert rel.leftovers(db_path) == []
