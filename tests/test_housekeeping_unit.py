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
