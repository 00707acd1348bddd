"""N app replicas behind nginx, on one machine: `make serve REPLICAS=N`.

    .venv/bin/python -m deploy.serve --replicas 2 [--port 8501] [--host 127.0.0.1] [--db data/ita.duckdb]

One Streamlit process runs every session's script on one core (the GIL), so a machine with more cores
serves more viewers with more processes. Each replica is `streamlit run app.py` on its own loopback
port; Debian's nginx (not the system service: our own master with `-p RUN -c RUN/nginx.conf`,
rendered from deploy/nginx.conf.template) listens on --host:--port, upgrades the websocket and keeps
each browser on one replica with a cookie. All replicas attach the same published file read-only; an
import's atomic swap reaches each of them on its next query. Production: docs/deploy.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = Path(__file__).with_name("nginx.conf.template")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def nginx_binary() -> str:
    found = shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx", "/sbin/nginx") if os.access(p, os.X_OK)), None
    )
    if not found:
        raise RuntimeError("nginx is not installed: apt-get install nginx (scripts/ensure-debian.sh)")
    return found


def render(run_dir: Path, listen: str, ports: list[int]) -> str:
    upstreams = "\n".join(f"        server 127.0.0.1:{p} max_fails=0;" for p in ports)
    text = TEMPLATE.read_text()
    for key, value in {"RUN": str(run_dir), "LISTEN": listen, "UPSTREAMS": upstreams}.items():
        text = text.replace("${" + key + "}", value)  # nginx's own $variables stay as they are
    return text


def _wait_http(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
                raise RuntimeError(f"{url} did not come up; log {log}:\n{tail}") from None
            time.sleep(0.3)


def _stop(proc: subprocess.Popen) -> None:
    """Stop one process we started (its own process group), by its id only."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


@dataclass
class Cluster:
    url: str
    replica_urls: list[str]
    replica_pids: list[int]
    nginx_pid: int
    run_dir: Path
    procs: list[subprocess.Popen] = field(default_factory=list)


@contextmanager
def replica(
    db: Path | None, port: int, log: Path, extra_env: dict | None = None, args: list[str] | None = None
):
    """One `streamlit run app.py` on 127.0.0.1:port; yields the process; stopped afterwards."""
    env = dict(os.environ)
    if db is not None:
        env["ITA_DB"] = str(db)
    env.update(extra_env or {})
    env.setdefault("PYTHONPATH", str(ROOT))
    # Two malloc arenas instead of 8 per core: the page threads' freed memory is reused instead of kept
    # per thread (peak RSS at 20 viewers on two 1M replicas 650-685 → 555-600 MB, bench/RESULTS.md).
    env.setdefault("MALLOC_ARENA_MAX", "2")
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "app.py",
                "--server.headless",
                "true",
                "--server.address",
                "127.0.0.1",
                "--server.port",
                str(port),
                *(args or []),
            ],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_http(f"http://127.0.0.1:{port}/_stcore/health", proc, log)
        yield proc
    finally:
        _stop(proc)


@contextmanager
def cluster(
    replicas: int,
    *,
    db: Path | None = None,
    host: str = "127.0.0.1",
    port: int | None = None,
    run_dir: Path | None = None,
    extra_env: dict | None = None,
    args: list[str] | None = None,
):
    """Start `replicas` app processes and nginx in front; yield a Cluster; stop them all afterwards."""
    port = port or free_port()
    with ExitStack() as stack:
        if run_dir is None:
            run_dir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="ita-serve-")))
        run_dir.mkdir(parents=True, exist_ok=True)
        ports = [free_port() for _ in range(replicas)]
        procs = [
            stack.enter_context(replica(db, p, run_dir / f"replica-{i + 1}.log", extra_env, args))
            for i, p in enumerate(ports)
        ]
        conf = run_dir / "nginx.conf"
        conf.write_text(render(run_dir, f"{host}:{port}", ports))
        nginx = nginx_binary()
        check = subprocess.run(
            [nginx, "-t", "-q", "-p", str(run_dir), "-c", str(conf)], capture_output=True, text=True
        )
        if check.returncode:
            raise RuntimeError(f"nginx rejected {conf}: {check.stderr}")
        log = run_dir / "error.log"
        with open(run_dir / "nginx.out", "w") as out:
            proxy = subprocess.Popen(
                [nginx, "-p", str(run_dir), "-c", str(conf)],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            _wait_http(f"http://{host}:{port}/_stcore/health", proxy, log, timeout=30)
            yield Cluster(
                url=f"http://{host}:{port}",
                replica_urls=[f"http://127.0.0.1:{p}" for p in ports],
                replica_pids=[p.pid for p in procs],
                nginx_pid=proxy.pid,
                run_dir=run_dir,
                procs=[*procs, proxy],
            )
        finally:
            _stop(proxy)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--replicas", type=int, default=2)
    ap.add_argument("--host", default="127.0.0.1", help="where nginx listens (default loopback only)")
    ap.add_argument("--port", type=int, default=8501)
    ap.add_argument(
        "--db", type=Path, default=None, help="the served file (default $ITA_DB or data/ita.duckdb)"
    )
    ap.add_argument("--run-dir", type=Path, default=None, help="nginx config, pid, logs (default a temp dir)")
    args = ap.parse_args(argv)
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
    with cluster(args.replicas, db=args.db, host=args.host, port=args.port, run_dir=args.run_dir) as c:
        print(
            f"serving {c.url} with {args.replicas} replicas {c.replica_urls} (nginx pid {c.nginx_pid})",
            flush=True,
        )
        try:
            while not stop and all(p.poll() is None for p in c.procs):
                time.sleep(1)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
