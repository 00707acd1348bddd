"""The process's own upkeep: a full garbage collection every few seconds while the app is busy (instead
of after every run), and a bound on how many pages are drawn at once.

Streamlit's `runner.postScriptGC` runs gc.collect() after each script run: with many viewers that was
up to 40% of the server's time per view (issue #20), so it is off in .streamlit/config.toml. Without it
the cyclic garbage of many runs (DataFrames, plotly objects) waits for Python's own generation-2
collections and the replica's RSS grows by ~200 MB at 1M responses. One collection every
INTERVAL seconds, only when a run finished since the last one, keeps the memory near what
postScriptGC gives at a small fraction of its cost.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from contextlib import contextmanager

INTERVAL = 5.0
_runs = 0
_started = False
_frozen = False  # gc.freeze() done: once per process
_lock = threading.Lock()


def ran() -> None:
    """Called once per script run: there may be garbage to collect."""
    global _runs
    _runs += 1


def collect_if_ran(seen: int) -> int:
    """One tick: a collection when runs finished since ``seen``; the run count now. After the first
    one, what is left (modules, the loaded libraries, the caches' first entries: ~200,000 objects) is
    moved out of the collector's reach with gc.freeze(), so each later collection walks only what the
    runs since made: 220 → 20-90 ms per collection at 1M responses (bench/RESULTS.md)."""
    global _frozen
    if _runs != seen:
        gc.collect()
        if not _frozen:
            gc.freeze()
            _frozen = True
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


def _page_runs() -> int:
    try:
        return max(0, int(os.environ.get("ITA_PAGE_RUNS", "2")))
    except ValueError:
        return 2


_slots = threading.BoundedSemaphore(n) if (n := _page_runs()) else None


@contextmanager
def page_slot():
    """At most ITA_PAGE_RUNS (default 2; 0 = no bound) pages drawn at the same moment in this process.

    Every session's script is a thread of one process and the GIL runs their Python one at a time, so
    ten pages drawn together take as long as ten drawn in turn, but hold ten pages' frames and messages
    in memory at once: a replica's RSS grew from ~460 to ~780 MB at 10 concurrent viewers on the 1M
    database (issue #20). Two at a time still overlaps one page's DuckDB query (which releases the GIL)
    with another's Python. A stop or rerun of the page leaves the block like any exception."""
    if _slots is None:
        yield
        return
    with _slots:
        yield
