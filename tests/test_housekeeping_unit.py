"""The periodic collector that replaces Streamlit's gc.collect() after every run."""

from __future__ import annotations

import gc
import time

from dashboard import housekeeping


def test_collects_only_after_runs(monkeypatch):
    calls = []
    monkeypatch.setattr(housekeeping, "INTERVAL", 0.05)
    monkeypatch.setattr(housekeeping.gc, "collect", lambda *a: calls.append(1) or 0)
    monkeypatch.setattr(housekeeping, "_started", False)
    housekeeping.start()
    housekeeping.start()  # once per process
    time.sleep(0.3)
    idle = len(calls)
    housekeeping.ran()
    time.sleep(0.3)
    assert len(calls) == idle + 1  # one collection for the runs since the last one, none while idle
    assert sum(t.name == "ita-periodic-gc" for t in __import__("threading").enumerate()) >= 1
    assert gc.isenabled()
