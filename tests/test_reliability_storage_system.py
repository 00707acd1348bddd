"""Storage faults: a full disk, a read-only data folder, a damaged or missing database at app start.

Root bypasses file modes, so the faults are made by the kernel, in a private mount namespace
(``unshare -m``, nothing leaks to the host even if a test dies): a small tmpfs for a full disk
(real ENOSPC), a read-only bind mount for a read-only folder (real EROFS). A per-process file-size
limit (RLIMIT_FSIZE, EFBIG) is a second way to fill the "disk" mid-write without any mount.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etl import load
from tests.support import reliability as rel

BIG = 5_000  # rows in the import that meets the fault: a few MB, more than the room left
IN_NAMESPACE = r"""
import json, shutil, subprocess, sys
from pathlib import Path
from tests.support import reliability as rel

mode, folder, source_db, csv_file, size = sys.argv[1:6]
folder = Path(folder)
db = folder / "ita.duckdb"
if mode == "full":
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    shutil.copyfile(source_db, db)
else:
    shutil.copyfile(source_db, db)
    subprocess.run(["mount", "--bind", str(folder), str(folder)], check=True)
    subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
before = rel.fingerprint(db)
run = rel.etl("import", "responses", csv_file, "--db", str(db))
out = {"rc": run.returncode, "out": run.stdout + run.stderr, "before": before, "after": rel.fingerprint(db),
       "left": rel.leftovers(db)}
read = subprocess.run([sys.executable, "-m", "queries", "run", "data_extent", "--db", str(db), "--format", "csv"],
                      capture_output=True, text=True)
out["read_rc"], out["read"] = read.returncode, read.stdout + read.stderr
if mode == "full":  # the admin frees space: the same import now works
    subprocess.run(["mount", "-o", "remount,size=256m", str(folder)], check=True)
    again = rel.etl("import", "responses", csv_file, "--db", str(db))
    out.update(retry_rc=again.returncode, retry=rel.fingerprint(db), retry_left=rel.leftovers(db))
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.fixture
def served(db_path, tmp_path) -> Path:
    """A served database with 300 responses and one backup, in its own folder."""
    for batch in range(2):
        load.import_files(
            "responses", [str(rel.write_survey(tmp_path / f"good{batch}.csv", 150, batch))], db_path
        )
    return db_path


def _in_namespace(mode: str, folder: Path, source: Path, csv_file: Path, size: str = "") -> dict:
    folder.mkdir()
    proc = subprocess.run(
        ["unshare", "-m", "--propagation", "private", sys.executable, "-c", IN_NAMESPACE]
        + [mode, str(folder), str(source), str(csv_file), size],
        cwd=rel.ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _clear_storage_message(text: str) -> None:
    assert "Traceback" not in text, text
    assert "cannot write to the data folder" in text and "เขียนโฟลเดอร์ข้อมูล" in text, text
    assert "was not changed" in text


@pytest.mark.parametrize("where", ["while copying", pytest.param("while loading", marks=pytest.mark.soak)])
def test_disk_full_on_a_tmpfs(where, served, tmp_path):
    size = served.stat().st_size
    room = size + 300_000 if where == "while copying" else 2 * size + 400_000
    big = rel.write_survey(tmp_path / "big.csv", BIG, batch=7)
    out = _in_namespace("full", tmp_path / "tmpfs", served, big, f"{room // 1024}k")
    rel.fault()
    _clear_storage_message(out["out"])
    assert "No space left" in out["out"]
    assert out["rc"] == 2
    assert out["after"] == out["before"], "the served data did not change"
    assert out["left"] == [], "a copy cut short by the full disk is not left holding the space"
    assert out["read_rc"] == 0 and "300" in out["read"], "the dashboard's reads keep working"
    assert out["retry_rc"] == 0 and out["retry_left"] == []
    assert out["retry"][0] == out["before"][0] + BIG
    rel.rows(BIG, out["before"][0] + BIG - out["retry"][0])


@pytest.mark.parametrize("where", [pytest.param("while copying", marks=pytest.mark.soak), "while loading"])
def test_file_size_limit_mid_write(where, served, tmp_path):
    size = served.stat().st_size
    limit = size // 2 if where == "while copying" else size + 400_000
    # four times BIG: the copy may hold free blocks a small load fills without growing the file
    big = rel.write_survey(tmp_path / "big.csv", 4 * BIG, batch=8)
    before = rel.fingerprint(served)

    def limited():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    run = rel.etl("import", "responses", str(big), "--db", str(served), preexec=limited)
    rel.fault()
    _clear_storage_message(run.stdout + run.stderr)
    assert run.returncode == 2
    assert rel.fingerprint(served) == before
    assert rel.leftovers(served) == []
    again = rel.etl("import", "responses", str(big), "--db", str(served))
    assert again.returncode == 0, again.stderr
    assert rel.fingerprint(served)[0] == before[0] + 4 * BIG


def test_read_only_data_folder(served, tmp_path):
    small = rel.write_survey(tmp_path / "small.csv", 40, batch=9)
    out = _in_namespace("ro", tmp_path / "ro", served, small)
    rel.fault()
    _clear_storage_message(out["out"])
    assert "Read-only file system" in out["out"]
    assert out["rc"] == 2 and out["after"] == out["before"] and out["left"] == []
    assert out["read_rc"] == 0 and "300" in out["read"], "the dashboard still reads a read-only folder"


# --------------------------------------------------------------------------------------------------
# A damaged or missing database when the app starts
# --------------------------------------------------------------------------------------------------


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "junk":
        path.write_bytes(os.urandom(8192))
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "truncated":
        path.write_bytes(bytes(data[:12_288]))
    elif how == "bit flips":
        for offset in range(8192, len(data), 4099):
            data[offset] ^= 0xFF
        path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "how",
    [
        "junk",
        "bit flips",
        pytest.param("empty", marks=pytest.mark.soak),
        pytest.param("truncated", marks=pytest.mark.soak),
    ],
)
def test_a_damaged_database_tells_the_admin_to_restore_and_restore_works(open_app, how, served, monkeypatch):
    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")  # imported (not demo) data, no sign-in in tests
    good = rel.fingerprint(served)
    backups = sorted(p.name for p in (served.parent / "backups").iterdir())
    _damage(served, how)
    rel.fault()

    at = open_app(check=False)
    assert not at.exception, [e.value for e in at.exception]
    errors = " ".join(e.value for e in at.error)
    assert "เสียหาย" in errors and "data/backups/" in errors
    assert any("python -m etl restore" in c.value for c in at.code)
    # an import on top of the damaged file refuses clearly and changes nothing
    run = rel.etl("import", "responses", str(served.parent / "x.csv"), "--db", str(served))
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert sorted(p.name for p in (served.parent / "backups").iterdir()) == backups, "backups untouched"

    restore = rel.etl("restore", "--db", str(served))
    assert restore.returncode == 0, restore.stderr
    restored = rel.fingerprint(served)
    assert restored[0] == 150 and good[0] == 300  # the newest backup: before the second import
    at = open_app(check=False)
    assert not at.exception and not at.error
    assert at.metric, "the awareness page shows figures again"
    # a second restore passes over the damaged file (now itself a backup) for the next good one
    assert rel.etl("restore", "--db", str(served)).returncode == 0
    assert rel.fingerprint(served)[0] in (300, 150)


def test_a_damaged_import_target_says_restore(served, tmp_path):
    _damage(served, "junk")
    small = rel.write_survey(tmp_path / "s.csv", 5, batch=3)
    run = rel.etl("import", "responses", str(small), "--db", str(served))
    rel.fault()
    assert run.returncode == 2
    assert "python -m etl restore" in run.stderr and "Traceback" not in run.stderr
    assert rel.leftovers(served) == []


def test_a_missing_database_still_welcomes(open_app, db_path):
    assert not db_path.exists()
    at = open_app(check=False)
    rel.fault()
    assert not at.exception and not at.error
    assert any(b.label for b in at.button), "the first-run welcome offers the demo"
    shutil.rmtree(db_path.parent / "backups", ignore_errors=True)
