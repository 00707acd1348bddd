"""A full garbage collection every few seconds while the app is busy, instead of after every run.

Streamlit's `runner.postScriptGC` runs gc.collect() after each script run: with many viewers that was
up to 40% of the server's time per view (issue #20), so it is off in .streamlit/config.toml. Without it
the cyclic garbage of many runs (DataFrames, plotly objects) waits for Python's own generation-2
collections and the replica's RSS grows by ~200 MB at 1M responses. One collection every
INTERVAL seconds, only when a run finished since the last one, keeps the memory near what
postScriptGC gives at a small fraction of its cost.
"""

from __future__ import annotations

import gc
import threading
import time

INTERVAL = 5.0
_runs = 0
_started = False
_lock = threading.Lock()


def ran() -> None:
    """Called once per script run: there may be garbage to collect."""
    global _runs
    _runs += 1


def collect_if_ran(seen: int) -> int:
    """One tick: a collection when runs finished since ``seen``; the run count now."""
    if _runs != seen:
        gc.collect()
    return _runs


def _loop() -> None:
    seen = 0
    while True:
        time.sleep(INTERVAL)
        seen = collect_if_ran(seen)


def start() -> None:
    """Start the collector thread once per process."""
    global _started
    with _lock:
        if not _started:
            threading.Thread(target=_loop, name="ita-periodic-gc", daemon=True).start()
            _started = True
