"""Two app replicas behind a real nginx (deploy/serve.py): pages open through the proxy, each browser
stays on one replica, and after an import is published both replicas serve the new data."""

from __future__ import annotations

import asyncio
import io
import shutil
import subprocess
import urllib.request
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest
from websockets.asyncio.client import connect

from bench.sessions import Session
from deploy.serve import cluster, render
from etl import load
from tests.support.oracle import etl_cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "responses_th_sheet.csv"
ENV = {"ITA_NO_AUTH": "1", "ITA_NO_AUTH_REAL_DATA": "1"}


def _responses_shown(elements) -> int:
    """The row count of `responses` in the data page's table of tables (an Arrow table on the wire)."""
    for element in elements:
        if element.WhichOneof("type") == "dataframe" and element.dataframe.arrow_data.data:
            table = pa.ipc.open_stream(io.BytesIO(element.dataframe.arrow_data.data)).read_all().to_pandas()
            if "table_name" in table.columns:
                return int(table.loc[table["table_name"] == "responses", "row_count"].iloc[0])
    raise AssertionError("the data page showed no table counts")


async def _open(base: str, cookie: str, pages: list[str]) -> tuple[str, dict[str, list]]:
    """One browser (its sticky cookie) opening pages in-app through the proxy; (replica, elements per page)."""
    ws_url = base.replace("http", "ws", 1) + "/_stcore/stream"
    shown = {}
    async with connect(
        ws_url,
        subprotocols=["streamlit"],
        additional_headers={"Cookie": f"ita_replica={cookie}"},
        max_size=None,
    ) as ws:
        replica = ws.response.headers["X-ITA-Replica"]
        session = Session(ws)
        await session.run(page_name="" if pages[0] == "overview" else pages[0], timeout=120)
        shown[pages[0]] = session.elements
        for page in pages[1:]:
            await session.run(page_hash=session.pages[page], timeout=120)
            shown[page] = session.elements
    return replica, shown


def test_the_config_is_valid_nginx(tmp_path):
    conf = tmp_path / "nginx.conf"
    conf.write_text(render(tmp_path, "127.0.0.1:1", [2, 3]))
    for folder in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (tmp_path / folder).mkdir()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    done = subprocess.run([nginx, "-t", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = conf.read_text()
    assert "hash $ita_sticky consistent" in text and "proxy_set_header Upgrade $http_upgrade" in text
    assert "listen 127.0.0.1:1;" in text and "server 127.0.0.1:2" in text and "server 127.0.0.1:3" in text


def test_two_replicas_behind_nginx_serve_pages_and_both_see_a_publish(tmp_path):
    db = tmp_path / "ita.duckdb"  # real data (a demo database refuses imports): one sheet, then another
    load.import_files("responses", [str(ROOT / "tests" / "fixtures" / "responses_forms_download.csv")], db)
    with cluster(2, db=db, extra_env=ENV, run_dir=tmp_path / "run") as c:
        # A first visit gets a sticky cookie from the proxy, and the page itself.
        with urllib.request.urlopen(c.url + "/", timeout=30) as r:
            assert r.status == 200 and b"<html" in r.read().lower()
            assert "ita_replica=" in (r.headers.get("Set-Cookie") or "")

        # Browsers with different cookies land on both replicas; the same cookie stays on one.
        cookies: dict[str, str] = {}
        before: dict[str, int] = {}
        for n in range(40):
            replica, shown = asyncio.run(_open(c.url, f"viewer-{n}", ["overview", "awareness", "data"]))
            assert all(shown.values())
            if replica not in cookies:
                cookies[replica] = f"viewer-{n}"
                before[replica] = _responses_shown(shown["data"])
            if len(cookies) == 2:
                break
        assert len(cookies) == 2, f"every browser went to one replica: {cookies}"
        for replica, cookie in cookies.items():
            assert asyncio.run(_open(c.url, cookie, ["data"]))[0] == replica
        assert len(set(before.values())) == 1

        done = etl_cli("import", "responses", str(FIXTURE), "--db", str(db))
        assert done.returncode == 0, done.stderr
        con = duckdb.connect(str(db), read_only=True)
        try:
            now = con.execute("SELECT count(*) FROM responses").fetchone()[0]
        finally:
            con.close()
        assert now > next(iter(before.values()))
        for replica, cookie in cookies.items():
            seen, shown = asyncio.run(_open(c.url, cookie, ["data"]))
            assert seen == replica
            assert _responses_shown(shown["data"]) == now, replica


@pytest.mark.parametrize("replicas", [1])
def test_serve_stops_everything_it_started(demo_db, tmp_path, replicas):
    import psutil

    with cluster(replicas, db=demo_db, extra_env=ENV, run_dir=tmp_path / "run") as c:
        pids = [*c.replica_pids, c.nginx_pid]
        assert all(psutil.pid_exists(p) for p in pids)
    assert not any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE for p in pids)


def test_the_load_benchmark_measures_viewers_through_the_proxy(demo_db, tmp_path):
    """`make bench-load` at the smallest scale: two viewers, one visit each, through nginx; every figure
    its table prints is there (so the benchmark cannot rot unnoticed; its speed lives in RESULTS.md)."""
    from bench import load as bench_load
    from bench import sessions

    pages = ["overview", "awareness"]
    with cluster(1, db=demo_db, extra_env=ENV, run_dir=tmp_path / "run") as c:
        res = sessions.measure(c.url, 2, 0, pages, c.replica_pids, visits=1)
    assert res["errors"] == 0, res["error_messages"]
    assert (res["visits"], res["views"]) == (2, 4)
    assert [p["n"] for p in res["pages"].values()] == [2, 2]
    assert res["cpu_per_view_ms"] > 0 and res["client_cpu_s"] > 0
    assert 50 < next(iter(res["rss_peak_mb"].values())) < 4000
    row = bench_load._table([{**res, "db": "demo", "replicas": 1}], pages)[2]
    assert row.startswith("| demo | 1 | 2 | ") and f"| {res['client_cores']} | 0 |" in row
