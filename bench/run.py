"""The benchmark: synthetic data at each scale, then ETL, queries (warm and cold), the app in Chromium,
memory, and the pandas / raw-DuckDB baselines; medians of N runs with min and max.

    .venv/bin/python -m bench.run                      # 100k and 1m (make bench)
    .venv/bin/python -m bench.run --scales 10m         # opt-in (make bench SCALE=10m)
    .venv/bin/python -m bench.run --scales 2k --reps 1 --no-browser --no-cold   # the smoke run

Each scale's numbers go to bench/results/<scale>.json; bench/RESULTS.md is re-rendered from every
results file present (the text outside the generated block is kept).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import duckdb
import psutil

import queries
from bench import forms_csv, questions, report, synth
from deploy.chromium import launch
from deploy.serve import free_port, replica
from queries import explore

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
RESULTS_DIR = ROOT / "bench" / "results"
RESULTS_MD = ROOT / "bench" / "RESULTS.md"
SCALES = {"2k": 2_000, "100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}
IMPORT_ROWS = {"2k": 2_000, "100k": 100_000, "1m": 1_000_000}  # a new database from one Forms CSV
APPEND_ROWS = 10_000
SECRET = "benchmark-secret-not-for-production"
EXPLORER_PAGE = 100  # rows per page of the explorer (dashboard/explorer.py PAGE_SIZE)


def stats(values: list[float]) -> dict:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "n": len(values),
    }


# --- memory -----------------------------------------------------------------------------------------


def tree_rss(proc: psutil.Process) -> int:
    """Resident memory of a process and all its children, in bytes."""
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


class PeakRss:
    """Samples a process tree's RSS every 50 ms in a thread; .peak is the highest seen."""

    def __init__(self, pid: int):
        self.proc = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            try:
                self.peak = max(self.peak, tree_rss(self.proc))
            except psutil.Error:
                return
            self._stop.wait(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_measured(cmd: list[str], env: dict) -> tuple[float, int, str]:
    """Run a command; return (wall seconds, peak RSS of its process tree, stdout)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    with PeakRss(proc.pid) as peak:
        out, _ = proc.communicate()
    seconds = time.perf_counter() - t0
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out}")
    return seconds, peak.peak, out


# --- data ----------------------------------------------------------------------------------------------


def database(scale: str, work: Path) -> tuple[Path, dict]:
    """The synthetic served database for a scale (built once, reused while its row count matches)."""
    n = SCALES[scale]
    path = work / f"synthetic-{scale}" / "ita.duckdb"
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        con = duckdb.connect(str(path), read_only=True)
        try:
            ok = con.execute("SELECT value FROM meta WHERE key = 'synthetic'").fetchone() == (
                f"{n}:{synth.VERSION}",
            )
        finally:
            con.close()
        if ok:
            return path, {"reused": True, "file_mb": round(path.stat().st_size / 1e6, 1)}
    return path, synth.build(path, n)


def forms_file(rows: int, work: Path, seed: int = 7) -> Path:
    path = work / f"forms-{rows}-{seed}.csv"
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        forms_csv.write(tmp, rows, seed)
        tmp.replace(path)
    return path


def env_for(db: Path) -> dict:
    env = dict(os.environ)
    env.update(ITA_DB=str(db), ITA_RESPONDENT_SECRET=SECRET, PYTHONPATH=str(ROOT))
    return env


# --- ETL -------------------------------------------------------------------------------------------------


# DuckDB's own CSV reader on the same file, in a new process: what the import is measured against.
READ_CSV = (
    "import sys, duckdb; duckdb.connect(':memory:').execute("
    "'CREATE TABLE t AS SELECT * FROM read_csv(?, all_varchar=true)', [sys.argv[1]])"
)


def bench_import(scale: str, work: Path, reps: int) -> dict:
    """A Google Forms CSV of IMPORT_ROWS rows into a fresh served database via the real command line,
    each run after a read_csv of the same file in a new process (``read_csv_seconds``, the baseline)."""
    rows = IMPORT_ROWS[scale]
    csv_path = forms_file(rows, work)
    times, peaks, baseline = [], [], []
    for _ in range(reps):
        folder = Path(tempfile.mkdtemp(prefix="import-", dir=work))
        db = folder / "ita.duckdb"
        env = {**env_for(db), "ITA_LIMIT_MAX_FILE_MB": "1000"}  # the 1M-row file is 381 MB, over the default
        baseline.append(run_measured([sys.executable, "-c", READ_CSV, str(csv_path)], env)[0])
        seconds, peak, out = run_measured(
            [sys.executable, "-m", "etl", "import", "responses", str(csv_path), "--db", str(db)], env
        )
        if f"new {rows}" not in out:
            raise RuntimeError(f"import did not add {rows} rows:\n{out}")
        times.append(seconds)
        peaks.append(peak)
        _remove_tree(folder)
    return {
        "rows": rows,
        "seconds": stats(times),
        "rows_per_s": rows / statistics.median(times),
        "peak_rss": max(peaks),
        "read_csv_seconds": stats(baseline),
        "vs_read_csv": statistics.median(times) / statistics.median(baseline),
    }


def bench_append(db: Path, work: Path, reps: int) -> dict:
    """10,000 new rows into the served database at this scale (a refresh's worth), on a copy of it."""
    folder = Path(tempfile.mkdtemp(prefix="append-", dir=work))
    target = folder / "ita.duckdb"
    t0 = time.perf_counter()
    subprocess.run(["cp", str(db), str(target)], check=True)
    copy_s = time.perf_counter() - t0
    times, peaks = [], []
    for rep in range(reps):
        csv_path = forms_file(APPEND_ROWS, work, seed=100 + rep)
        seconds, peak, out = run_measured(
            [sys.executable, "-m", "etl", "import", "responses", str(csv_path), "--db", str(target)],
            env_for(target),
        )
        times.append(seconds)
        peaks.append(peak)
    size = target.stat().st_size
    _remove_tree(folder)
    return {
        "rows": APPEND_ROWS,
        "seconds": stats(times),
        "peak_rss": max(peaks),
        "file_copy_s": copy_s,
        "file_mb_after": round(size / 1e6, 1),
    }


def _remove_tree(folder: Path) -> None:
    for p in sorted(folder.rglob("*"), reverse=True):
        p.unlink() if p.is_file() or p.is_symlink() else p.rmdir()
    folder.rmdir()


# --- queries ---------------------------------------------------------------------------------------------


def app_connection(db: Path) -> duckdb.DuckDBPyConnection:
    """Exactly what dashboard/data.py opens: in-memory, the served file attached read-only, 2 threads."""
    con = duckdb.connect(":memory:", config={"threads": 2})
    con.execute("ATTACH ? AS ita (READ_ONLY)", [str(db)])
    con.execute("USE ita")
    return con


def timed(fn, reps: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(reps):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return times, result


COLD_SCRIPT = """
import json, sys, time
t0 = time.perf_counter()
import duckdb, queries
from bench.run import app_connection
t1 = time.perf_counter()
con = app_connection(sys.argv[1])
frame = queries.run(con, sys.argv[2], catalog="ita", **json.loads(sys.argv[3]))
t2 = time.perf_counter()
print(json.dumps({"attach_and_query": t2 - t1, "imports": t1 - t0, "rows": len(frame)}))
"""


def bench_queries(db: Path, reps: int, cold: bool) -> dict:
    con = duckdb.connect(str(db), read_only=True)
    table = questions.table(con)
    con.close()
    app = app_connection(db)
    raw = duckdb.connect(str(db), read_only=True, config={"threads": 2})
    out = {}
    period = dict(table)["awareness_by_channel"]  # the explorer's shared filter: the sidebar's period
    shared = {"start": period["start"], "end": period["end"]}
    for name, params in table:
        queries.run(app, name, catalog="ita", **params)  # first run in this process: reads the blocks
        warm, frame = timed(lambda n=name, p=params: queries.run(app, n, catalog="ita", **p), reps)
        q = queries.load(name)
        bound = {k: v for k, v in q.bind(params).items() if f"${k}" in q.sql}
        raw_times, _ = timed(lambda s=q.sql, b=bound: raw.execute(s, b).fetchall(), reps)
        entry = {
            "params": _jsonable(params),
            "rows": len(frame),
            "warm": stats(warm),
            "raw_duckdb": stats(raw_times),
        }
        explorer = _explorer_view(name)
        if explorer is not None:  # as the explorer asks it: one page of rows and the count
            page, _ = timed(
                lambda v=explorer: explore.rows(app, v, shared, limit=EXPLORER_PAGE, catalog="ita"), reps
            )
            count, _ = timed(lambda v=explorer: explore.count(app, v, shared, catalog="ita"), reps)
            entry["explorer_page"], entry["explorer_count"] = stats(page), stats(count)
        if cold:
            colds = []
            for _ in range(reps):
                res = subprocess.run(
                    [sys.executable, "-c", COLD_SCRIPT, str(db), name, json.dumps(_jsonable(params))],
                    cwd=ROOT,
                    env=env_for(db),
                    capture_output=True,
                    text=True,
                    check=True,
                )
                colds.append(json.loads(res.stdout.strip().splitlines()[-1])["attach_and_query"])
            entry["cold"] = stats(colds)
        out[name] = entry
    app.close()
    raw.close()
    return out


def _explorer_view(name: str):
    """The explorer's default view of the dataset built on this question, or None."""
    key = next((k for k, ds in explore.DATASETS.items() if ds.query == name), None)
    return explore.parse_view({"ds": key}) if key else None


def _jsonable(params: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in params.items()}


def bench_pandas(db: Path, reps: int, query_results: dict) -> dict:
    """The same page questions, the common way: the table loaded into pandas, filtered and grouped there."""
    con = duckdb.connect(str(db), read_only=True)
    known = questions.defaults(con)
    me = psutil.Process()
    before = me.memory_info().rss
    t0 = time.perf_counter()
    df = questions.load_frame(con)
    load_s = time.perf_counter() - t0
    frame_mb = (me.memory_info().rss - before) / 1e6
    app = app_connection(db)
    out = {"load_s": load_s, "frame_rss_mb": round(frame_mb, 1), "questions": {}}
    for name in questions.PAGE_QUESTIONS:
        params = questions.params_for(name, known)
        fn = questions.pandas_question(name)
        times, answer = timed(lambda f=fn, p=params, d=df: f(d, p), reps)
        expected = questions.sql_answer(name, queries.run(app, name, catalog="ita", **params))
        if answer != expected:
            raise AssertionError(f"pandas and SQL disagree on {name}: the baseline would not be a fair one")
        pandas_median = statistics.median(times)
        app_median = query_results[name]["warm"]["median"]
        out["questions"][name] = {
            "pandas": stats(times),
            "app_warm": app_median,
            "speedup": pandas_median / app_median if app_median else None,
            "speedup_incl_load": (pandas_median + load_s) / app_median if app_median else None,
        }
    del df
    app.close()
    con.close()
    return out


# --- the app in Chromium ---------------------------------------------------------------------------------

DRAWN_JS = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector("[data-testid='stSkeleton'], [data-testid='stStatusWidget']")) return false;
  const wanted = document.querySelectorAll("[data-testid='stPlotlyChart']").length;
  return document.querySelectorAll('.js-plotly-plot .main-svg').length >= wanted;
}"""


def wait_drawn(page, timeout_s: float = 120) -> None:
    """Fully drawn: script finished, no skeleton or spinner, every plotly chart has its SVG."""
    page.wait_for_function(DRAWN_JS, timeout=timeout_s * 1000, polling=50)


@contextmanager
def app_server(db: Path, log: Path):
    env = {"ITA_NO_AUTH": "1", "ITA_NO_AUTH_REAL_DATA": "1", "ITA_RESPONDENT_SECRET": SECRET}
    port = free_port()
    with replica(db, port, log, env, ["--browser.gatherUsageStats", "false"]) as proc:
        yield f"http://127.0.0.1:{port}", psutil.Process(proc.pid)


def bench_browser(db: Path, reps: int, work: Path) -> dict:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only for the browser bench

    out: dict = {"pages": {}}
    with app_server(db, work / "streamlit.log") as (base, server), sync_playwright() as p:
        with PeakRss(server.pid) as peak:
            browser = launch(p)
            page = browser.new_page(viewport={"width": 1366, "height": 900})
            t0 = time.perf_counter()
            page.goto(base + "/")
            wait_drawn(page)
            out["first_load_after_start_s"] = time.perf_counter() - t0
            links = page.locator("[data-testid='stSidebarNav'] a, [data-testid='stSidebarNavLink']")
            hrefs = []
            for i in range(links.count()):
                h = links.nth(i).get_attribute("href")
                if h and h not in hrefs:
                    hrefs.append(h)
            urls = [h if h.startswith("http") else base + "/" + h.lstrip("/") for h in hrefs]
            for k, (h, url) in enumerate(zip(hrefs, urls, strict=True)):
                name = urllib.parse.urlparse(url).path.strip("/") or "awareness (default page, /)"
                loads = []
                for _ in range(reps + 1):  # the first view fills the server's query cache: kept apart
                    t0 = time.perf_counter()
                    page.goto(url)
                    wait_drawn(page)
                    loads.append(time.perf_counter() - t0)
                errors = (
                    page.get_by_test_id("stException").count() + page.get_by_text("Page not found").count()
                )
                charts = page.locator(".js-plotly-plot").count()
                heading = page.locator("h1").first.inner_text()
                clicks = []
                other = hrefs[(k + 1) % len(hrefs)]
                for _ in range(reps if len(hrefs) > 1 else 0):
                    page.locator(f"[data-testid='stSidebarNav'] a[href='{other}']").first.click()
                    page.wait_for_function(
                        "h => document.querySelector('h1')?.innerText !== h", arg=heading, polling=20
                    )
                    wait_drawn(page)
                    t0 = time.perf_counter()
                    page.locator(f"[data-testid='stSidebarNav'] a[href='{h}']").first.click()
                    # The old page stays drawn until the new script replaces it: wait for this page's title.
                    page.wait_for_function(
                        "h => document.querySelector('h1')?.innerText === h", arg=heading, polling=20
                    )
                    wait_drawn(page)
                    clicks.append(time.perf_counter() - t0)
                out["pages"][name] = {
                    "first_view_s": loads[0],
                    "seconds": stats(loads[1:]),
                    "in_app": stats(clicks) if clicks else None,
                    "charts": charts,
                    "exceptions": errors,
                }
            out["filter_change"] = _filter_change(page, base, reps)
            browser.close()
        out["server_peak_rss"] = peak.peak
        out["server_rss_end"] = tree_rss(server)
    return out


def _filter_change(page, base: str, reps: int) -> dict:
    """On the awareness page, pick another fiscal year in the sidebar (key f_fy) until redrawn."""
    page.goto(base + "/")  # the awareness page is the default one
    wait_drawn(page)
    box = page.locator(".st-key-f_fy [role='combobox']")
    box.click()
    options = [o.strip() for o in page.get_by_role("option").all_inner_texts()]
    page.keyboard.press("Escape")
    if len(options) < 2:
        return {"skipped": "only one fiscal year"}
    times = []
    for k in range(reps + 1):
        year = options[(k + 1) % len(options)]
        box.click()
        t0 = time.perf_counter()
        page.get_by_role("option", name=year, exact=True).click()
        page.get_by_text(f"ปีงบประมาณ {year}").first.wait_for(timeout=120_000)
        wait_drawn(page)
        times.append(time.perf_counter() - t0)
    return {"first_s": times[0], "seconds": stats(times[1:])}


# --- the machine and the report ----------------------------------------------------------------------------


def machine() -> dict:
    cpu = ""
    try:
        cpu = next(
            line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")
        )
    except (OSError, StopIteration):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "date": datetime.now().isoformat(timespec="seconds"),
    }


def run_scale(scale: str, reps: int, work: Path, *, browser: bool, cold: bool, etl: bool) -> dict:
    print(f"[{scale}] database", flush=True)
    t0 = time.perf_counter()
    db, info = database(scale, work)
    result = {"scale": scale, "responses": SCALES[scale], "machine": machine(), "database": info}
    result["database"]["build_or_check_s"] = time.perf_counter() - t0
    print(f"[{scale}] queries", flush=True)
    result["queries"] = bench_queries(db, reps, cold)
    print(f"[{scale}] pandas baseline", flush=True)
    result["pandas"] = bench_pandas(db, reps, result["queries"])
    if etl and scale in IMPORT_ROWS:
        print(f"[{scale}] import", flush=True)
        result["import"] = bench_import(scale, work, reps)
    if etl:
        print(f"[{scale}] append {APPEND_ROWS}", flush=True)
        result["append"] = bench_append(db, work, reps)
    if browser:
        print(f"[{scale}] browser", flush=True)
        result["browser"] = bench_browser(db, reps, work)
    result["machine"]["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--scales", default="100k,1m", help=f"comma-separated, of {', '.join(SCALES)}")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--work", default=str(OUT), help="where databases and CSV files are kept between runs")
    ap.add_argument("--results", default=str(RESULTS_DIR))
    ap.add_argument("--report", default=str(RESULTS_MD))
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--no-cold", action="store_true")
    ap.add_argument("--no-etl", action="store_true")
    a = ap.parse_args(argv)
    work, results_dir = Path(a.work), Path(a.results)
    work.mkdir(parents=True, exist_ok=True)
    results_dir.mkdir(parents=True, exist_ok=True)
    for scale in [s.strip() for s in a.scales.split(",") if s.strip()]:
        if scale not in SCALES:
            ap.error(f"unknown scale {scale!r}; choose from {', '.join(SCALES)}")
        result = run_scale(
            scale, a.reps, work, browser=not a.no_browser, cold=not a.no_cold, etl=not a.no_etl
        )
        (results_dir / f"{scale}.json").write_text(
            json.dumps(result, indent=1, ensure_ascii=False, default=str)
        )

    report.write(results_dir, Path(a.report))
    print(f"results: {Path(a.report)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
