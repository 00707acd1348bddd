"""Atomic publishing: readers only ever see a whole database; a failed or killed load changes nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import duckdb
import pytest

import queries
from etl import publish
from etl.problems import InputProblem
from tests.support.oracle import etl_cli

ROOT = Path(__file__).resolve().parent.parent


def publish_generation(served: Path, generation: int) -> None:
    """One load: mark the database with a generation number."""
    with publish.staged(served) as con:
        con.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", [str(generation)])


def generation(path: Path) -> int | None:
    con = duckdb.connect(str(path), read_only=True)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    finally:
        con.close()
    return int(row[0]) if row else None


def insert_response(con, submitted_date: str) -> None:
    """Response 'x', submitted on 1 October 2025 at 09:00, with the date column given."""
    con.execute(
        """INSERT INTO responses (response_id, submitted_at, submitted_date, fiscal_year, unit_known,
               visitor_contract, visitor_information, visitor_meeting, visitor_feedback, visitor_other,
               source, batch_id)
           VALUES ('x', TIMESTAMP '2025-10-01 09:00:00', ?, 2569, false,
                   false, false, false, false, false, 'test', 1)""",
        [submitted_date],
    )


def state(served: Path) -> tuple:
    st = served.stat()
    return served.read_bytes(), st.st_ino, st.st_mtime_ns


def leftovers(served: Path) -> list[str]:
    return sorted(p.name for p in served.parent.glob(served.name + ".*") if not p.name.endswith(".lock"))


def test_first_publish_creates_the_file_with_every_table(db_path):
    publish_generation(db_path, 1)
    assert generation(db_path) == 1
    con = duckdb.connect(str(db_path), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    con.close()
    assert set(publish.REQUIRED_TABLES) <= tables
    assert publish.list_backups(db_path) == []
    assert leftovers(db_path) == []


def test_a_failing_block_leaves_the_served_file_unchanged(db_path):
    publish_generation(db_path, 1)
    before = state(db_path)
    with pytest.raises(RuntimeError, match="boom"):
        with publish.staged(db_path) as con:
            con.execute("INSERT OR REPLACE INTO meta VALUES ('generation', '2')")
            con.execute("INSERT INTO meta VALUES ('half', 'done')")
            raise RuntimeError("boom")
    assert state(db_path) == before
    assert generation(db_path) == 1
    assert leftovers(db_path) == []  # no temp file, no WAL left behind
    assert publish.list_backups(db_path) == []


def test_a_database_that_fails_validation_is_not_published(db_path):
    publish_generation(db_path, 1)
    before = state(db_path)
    with pytest.raises(InputProblem) as info:
        with publish.staged(db_path) as con:
            insert_response(
                con, "2025-10-02"
            )  # its date does not match its timestamp: no page could place it
    assert "inconsistent dates" in info.value.en and "วันที่ไม่สอดคล้อง" in info.value.th
    assert state(db_path) == before
    assert leftovers(db_path) == []


def test_a_database_holding_a_response_id_twice_is_not_published(db_path):
    # responses.response_id has no PRIMARY KEY (its index made big imports slow): publish is the guarantee
    publish_generation(db_path, 1)
    before = state(db_path)
    with pytest.raises(InputProblem) as info:
        with publish.staged(db_path) as con:
            for _ in range(2):
                insert_response(con, "2025-10-01")
    assert "repeat a response_id" in info.value.en and "คำตอบซ้ำ" in info.value.th
    assert state(db_path) == before
    assert leftovers(db_path) == []


def test_backups_keep_the_three_previous_versions_newest_first(db_path):
    for n in range(1, 6):
        publish_generation(db_path, n)
    backups = publish.list_backups(db_path)
    assert len(backups) == publish.KEEP_BACKUPS == 3
    assert backups == sorted(backups, reverse=True)
    assert [generation(b) for b in backups] == [4, 3, 2]
    assert generation(db_path) == 5
    assert leftovers(db_path) == []


def test_restore_latest_backup_brings_back_the_previous_data(db_path):
    for n in range(1, 4):
        publish_generation(db_path, n)
    restored = publish.restore_latest_backup(db_path)
    assert generation(restored) == 2
    assert generation(db_path) == 2
    # the version that was serving is now the newest backup, so a restore can itself be undone
    backups = publish.list_backups(db_path)
    assert len(backups) <= publish.KEEP_BACKUPS
    assert generation(backups[0]) == 3


def test_restore_without_backups_says_so(db_path):
    publish_generation(db_path, 1)
    with pytest.raises(InputProblem, match="no backups"):
        publish.restore_latest_backup(db_path)


def test_cli_restore(db_path):
    publish_generation(db_path, 1)
    publish_generation(db_path, 2)
    proc = etl_cli("restore", "--db", str(db_path))
    assert proc.returncode == 0, proc.stderr
    assert "restored" in proc.stdout
    assert generation(db_path) == 1


def test_stale_temp_files_are_swept_and_do_not_block_the_next_load(db_path):
    publish_generation(db_path, 1)
    stale = db_path.with_name(f"{db_path.name}.999999.tmp")
    stale.write_bytes(b"half a database from a load that was killed")
    stale.with_name(stale.name + ".wal").write_bytes(b"wal")
    publish_generation(db_path, 2)
    assert generation(db_path) == 2
    assert leftovers(db_path) == []


def test_a_killed_load_leaves_the_served_file_and_the_next_load_works(db_path):
    publish_generation(db_path, 1)
    before = state(db_path)
    killed = textwrap.dedent(
        """
        import os, signal, sys
        from pathlib import Path
        from etl import publish
        with publish.staged(Path(sys.argv[1])) as con:
            con.execute("INSERT OR REPLACE INTO meta VALUES ('generation', '99')")
            con.execute("CHECKPOINT")
            os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", killed, str(db_path)], cwd=ROOT)
    assert proc.wait(timeout=60) == -9
    assert f"{db_path.name}.{proc.pid}.tmp" in leftovers(db_path)  # what a killed load leaves
    assert state(db_path) == before and generation(db_path) == 1
    publish_generation(db_path, 2)  # the kernel released the lock with the process
    assert generation(db_path) == 2
    assert leftovers(db_path) == []


def test_a_second_writer_waits_for_the_lock(db_path):
    publish_generation(db_path, 1)
    holding = threading.Event()

    def first_writer():
        with publish.writer_lock(db_path):
            holding.set()
            time.sleep(0.8)

    thread = threading.Thread(target=first_writer)
    thread.start()
    assert holding.wait(10)
    t0 = time.monotonic()
    publish_generation(db_path, 2)
    waited = time.monotonic() - t0
    thread.join()
    assert waited >= 0.5
    assert generation(db_path) == 2


def test_load_busy_when_the_lock_is_held_too_long(db_path):
    publish_generation(db_path, 1)
    before = state(db_path)
    holder = textwrap.dedent(
        f"""
        import fcntl, sys
        with open({str(db_path.with_name(db_path.name + ".lock"))!r}, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            print("locked", flush=True)
            sys.stdin.read()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        t0 = time.monotonic()
        with pytest.raises(publish.LoadBusy) as info:
            with publish.staged(db_path, wait_seconds=0.5) as con:
                con.execute("INSERT OR REPLACE INTO meta VALUES ('generation', '2')")
        assert time.monotonic() - t0 >= 0.5
    finally:
        proc.stdin.close()
        proc.wait(timeout=10)
    message = str(info.value)
    assert "another load is writing" in message and "มีการนำเข้าข้อมูลอื่น" in message
    assert state(db_path) == before
    publish_generation(db_path, 3)  # once the other writer is gone, loads work again
    assert generation(db_path) == 3


def test_a_reader_attached_before_a_publish_keeps_working(db_path):
    """The app's way: an in-memory connection that ATTACHes the served file read-only."""
    publish_generation(db_path, 1)
    reader = duckdb.connect(":memory:")
    reader.execute("ATTACH ? AS ita (READ_ONLY)", [str(db_path)])
    assert reader.execute("SELECT value FROM ita.meta WHERE key = 'generation'").fetchone() == ("1",)

    publish_generation(db_path, 2)

    # the old reader still answers (from the file it opened) and the runner still works through it
    assert reader.execute("SELECT value FROM ita.meta WHERE key = 'generation'").fetchone() == ("1",)
    assert list(queries.run(reader, "units", catalog="ita").columns) == [
        "code",
        "name_th",
        "name_en",
        "abbr",
        "kind",
    ]
    # a new attach sees the new data at once
    fresh = duckdb.connect(":memory:")
    fresh.execute("ATTACH ? AS ita (READ_ONLY)", [str(db_path)])
    assert fresh.execute("SELECT value FROM ita.meta WHERE key = 'generation'").fetchone() == ("2",)
    reader.close()
    fresh.close()
    # and the reader held nothing that stops the next load
    publish_generation(db_path, 3)
    assert generation(db_path) == 3
