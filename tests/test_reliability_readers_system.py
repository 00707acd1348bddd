"""Readers during publishes: the app's own read path (dashboard.data) in four threads while ten
imports and refreshes publish. Zero errors, and no read ever sees a mix of two versions.

Every batch has the same hand-countable make-up (tests/reliability.survey_row), so after k publishes
on top of the first load the news item holds exactly (k + 1) x news_counts(N): a read is whole when
its numbers equal one generation's, and all three items and both tables agree on that generation.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from dashboard import data
from deploy.chromium import launch
from etl import load, refresh
from tests.support import reliability as rel
from tests.support.browser import serve, wait_drawn
from tests.support.sheets_server import FakeSheetsServer

pytest_plugins = ["tests.support.sheets_server"]

KEY = "1ReadersDuringRefreshabcdefghijklmnopqrstuvwx"
N = 500
ALL_TIME = {"start": date(2000, 1, 1), "end": date(2200, 12, 31)}


def _generation_of(news: tuple[int, int], contact_total: int, complaint_total: int) -> int:
    """The generation k whose totals these are; raises if the numbers belong to no single one."""
    aware, unaware = rel.news_counts(N)
    k, rest = divmod(news[0], aware)
    complaint_per_batch = N - len(range(0, N, 5))
    assert rest == 0 and news == (k * aware, k * unaware), f"news {news} is no generation's"
    assert contact_total == k * N, f"contact total {contact_total} mixes generations (news says {k})"
    assert complaint_total == k * complaint_per_batch, f"complaint {complaint_total} mixes generations"
    return k


class Readers:
    def __init__(self, threads: int):
        self.stop = threading.Event()
        self.errors: list[str] = []
        self.seen: set[int] = set()
        self.reads = 0
        self._lock = threading.Lock()
        self._threads = [threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(threads)]

    def _read_once(self, i: int) -> int:
        rates = data.ask("awareness_by_channel", **ALL_TIME)
        by = {r.channel: r for r in rates.itertuples()}
        for r in by.values():
            assert r.total == r.aware + r.unaware
        k = _generation_of(
            (int(by["news"].aware), int(by["news"].unaware)),
            int(by["contact"].total),
            int(by["complaint"].total),
        )
        # one uncached statement across two tables, through the app's cached connection
        path = data.db_file()
        cursor = data.connection(str(path), data.db_version(path)).cursor()
        try:
            responses, loaded = cursor.execute(
                "SELECT (SELECT count(*) FROM ita.responses), "
                "(SELECT sum(rows_new) FROM ita.load_batches WHERE kind = 'responses')"
            ).fetchone()
        finally:
            cursor.close()
        assert responses == loaded, f"responses {responses} vs batches {loaded}: a mixed snapshot"
        assert responses % N == 0
        return k

    def _run(self, i: int) -> None:
        while not self.stop.is_set():
            try:
                k = self._read_once(i)
                with self._lock:
                    self.seen.add(k)
                    self.reads += 1
            except Exception as exc:  # noqa: BLE001 - every failure is a finding: keep it, keep reading
                with self._lock:
                    self.errors.append(f"{type(exc).__name__}: {exc}")
            time.sleep(0.02)  # people click, they do not spin: leave the writer some CPU on two cores

    def __enter__(self):
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self._threads:
            t.join(30)


def _publishes(db: Path, tmp_path: Path, server: FakeSheetsServer, count: int, cli: bool = False) -> None:
    """Half imports, half refreshes: in this process (the admin page's way) or, for the refreshes with
    ``cli``, by the command line in another process (cron's way)."""
    for k in range(1, count + 1):
        if k % 2:
            load.import_files("responses", [str(rel.write_survey(tmp_path / f"b{k}.csv", N, batch=k))], db)
        else:
            server.add_spreadsheet(
                KEY, [("Form Responses 1", [rel.HEADER] + [rel.survey_row(i, k) for i in range(N)])]
            )
            if not cli:
                assert [o.status for o in refresh.refresh(db)] == ["ok"]
                continue
            run = subprocess.run(
                [sys.executable, "-m", "etl", "refresh", "--db", str(db)],
                cwd=rel.ROOT,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert run.returncode == 0, run.stdout + run.stderr
        time.sleep(0.05)


@pytest.fixture
def world(sheets_server, tmp_path, monkeypatch, db_path):
    rel.sheet_world(sheets_server, tmp_path, monkeypatch, KEY)
    load.import_files("responses", [str(rel.write_survey(tmp_path / "b0.csv", N, batch=0))], db_path)
    return sheets_server


def test_four_readers_during_ten_publishes(world, db_path, tmp_path):
    with Readers(4) as readers:
        time.sleep(0.3)
        _publishes(db_path, tmp_path, world, 10)
        time.sleep(0.3)
    rel.fault(10)
    print(f"\nreaders: {readers.reads} reads, generations seen {sorted(readers.seen)}")
    assert readers.errors == [], readers.errors[:5]
    assert readers.reads >= 40
    assert readers.seen <= set(range(1, 12)) and 11 in readers.seen
    assert len(readers.seen) >= 4, f"the readers saw only generations {sorted(readers.seen)}"
    final = rel.fingerprint(db_path)
    rel.rows(11 * N, 11 * N - final[0])
    assert final[0] == 11 * N


@pytest.mark.soak
@pytest.mark.browser
def test_readers_and_a_browser_during_forty_publishes(world, db_path, tmp_path, monkeypatch):
    from playwright.sync_api import sync_playwright

    monkeypatch.setenv("ITA_NO_AUTH_REAL_DATA", "1")
    browser_errors: list[str] = []
    pages = 0
    done = threading.Event()

    def browse(url: str) -> None:
        nonlocal pages
        with sync_playwright() as p:
            b = launch(p)
            page = b.new_page()
            while not done.is_set():
                page.goto(f"{url}/?start=2000-01-01&end=2200-12-31")
                wait_drawn(page)
                if (
                    page.get_by_test_id("stException").count()
                    or page.get_by_test_id("stAlertContentError").count()
                ):
                    browser_errors.append(page.inner_text("body")[:300])
                pages += 1
            b.close()

    with serve(db_path, tmp_path / "streamlit.log") as url:
        viewer = threading.Thread(target=browse, args=(url,), daemon=True)
        viewer.start()
        with Readers(4) as readers:
            _publishes(db_path, tmp_path, world, 40, cli=True)
            time.sleep(2)
        done.set()
        viewer.join(120)
    rel.fault(40)
    print(
        f"\nsoak readers: {readers.reads} reads, generations seen {len(readers.seen)}, browser pages {pages}"
    )
    assert readers.errors == [], readers.errors[:5]
    assert browser_errors == [], browser_errors[:3]
    assert pages >= 10
    assert rel.fingerprint(db_path)[0] == 41 * N
