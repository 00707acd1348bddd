"""The periodic collector that replaces Streamlit's gc.collect() after every run."""

from __future__ import annotations

import gc
import threading

from dashboard import housekeeping


def test_collects_only_after_runs(monkeypatch):
    calls = []
    monkeypatch.setattr(housekeeping.gc, "collect", lambda *a: calls.append(1) or 0)
    seen = housekeeping.collect_if_ran(housekeeping._runs)
    assert calls == []  # idle: nothing ran since the last tick
    housekeeping.ran()
    housekeeping.ran()
    seen = housekeeping.collect_if_ran(seen)
    assert len(calls) == 1  # one collection for the runs since the last tick
    housekeeping.collect_if_ran(seen)
    assert len(calls) == 1


def test_what_survives_the_first_collection_is_frozen_once(monkeypatch):
    frozen = []
    monkeypatch.setattr(housekeeping.gc, "collect", lambda *a: 0)
    monkeypatch.setattr(housekeeping.gc, "freeze", lambda: frozen.append(1))
    monkeypatch.setattr(housekeeping, "_frozen", False)
    seen = housekeeping.collect_if_ran(housekeeping._runs)
    assert frozen == []  # nothing ran yet: the start-up state is not final
    for _ in range(3):
        housekeeping.ran()
        seen = housekeeping.collect_if_ran(seen)
    assert frozen == [1]


def test_the_collector_starts_once_per_process(monkeypatch):
    threads = lambda: sum(t.name == "ita-periodic-gc" for t in threading.enumerate())  # noqa: E731
    monkeypatch.setattr(housekeeping, "_started", False)
    before = threads()
    housekeeping.start()
    housekeeping.start()
    assert threads() == before + 1
    assert gc.isenabled()


def test_no_more_pages_than_the_bound_are_drawn_at_once_and_a_stopped_page_frees_its_slot(monkeypatch):
    monkeypatch.setattr(housekeeping, "_slots", threading.BoundedSemaphore(2))
    inside, peak, lock, go = [0], [0], threading.Lock(), threading.Event()

    def page(fail: bool) -> None:
        try:
            with housekeeping.page_slot():
                with lock:
                    inside[0] += 1
                    peak[0] = max(peak[0], inside[0])
                go.wait(0.2)
                with lock:
                    inside[0] -= 1
                if fail:
                    raise RuntimeError("st.stop() or a rerun leaves the block like this")
        except RuntimeError:
            pass

    threads = [threading.Thread(target=page, args=(i % 2 == 0,)) for i in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(5)
    assert peak[0] == 2 and inside[0] == 0
    assert housekeeping._slots.acquire(blocking=False) and housekeeping._slots.acquire(blocking=False)


def test_the_bound_comes_from_the_environment(monkeypatch):
    for value, runs in (("3", 3), ("0", 0), ("-1", 0), ("two", 2)):
        monkeypatch.setenv("ITA_PAGE_RUNS", value)
        assert housekeeping._page_runs() == runs
    monkeypatch.delenv("ITA_PAGE_RUNS")
    assert housekeeping._page_runs() == 2
