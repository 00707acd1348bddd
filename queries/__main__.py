"""python -m queries list | run NAME [--db PATH] [-p key=value ...] [--format csv|json|table|xlsx] [-o FILE].

The explorer's datasets (explore_<dataset>) also take --where column.op.value (repeatable), --sort
column[:desc] and --columns a,b,c, exactly as the explorer page and its links do. CSV and XLSX go
through the same formula-safe writer as the app's downloads; the command line has no row cap.
"""

from __future__ import annotations

import argparse
import sys

import duckdb

import exports
import queries
from queries import explore
from runtime import config


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "list":
        _list()
        return 0
    try:
        if args.format == "xlsx" and not args.output:
            raise queries.QueryError("--format xlsx needs -o FILE.xlsx")
        values = dict(_pair(p) for p in args.param)
        db = config.db_path(args.db)
        if not db.exists():
            raise queries.QueryError(f"no database at {db}; build one with: python -m etl demo")
        con = duckdb.connect(str(db), read_only=True)
        try:
            frame = _ask(con, args, values)
        finally:
            con.close()
    except queries.QueryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _write(frame, args)
    return 0


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m queries", description="the dashboard's questions")
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="list the questions and their parameters")
    run = sub.add_parser("run", help="run one question")
    run.add_argument("name")
    run.add_argument("--db")
    run.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE")
    run.add_argument("--format", choices=("csv", "json", "table", "xlsx"), default="table")
    run.add_argument("--bom", action="store_true", help="CSV with a UTF-8 BOM (for Excel)")
    run.add_argument("--lang", choices=("th", "en"), default="th", help="XLSX header language")
    run.add_argument("-o", "--output")
    run.add_argument("--where", action="append", default=[], metavar="COLUMN.OP.VALUE",
                     help="explore_* only: ops eq, has (text), ge, le (numbers, dates)")  # fmt: skip
    run.add_argument("--sort", metavar="COLUMN[:desc]", help="explore_* only")
    run.add_argument("--columns", metavar="A,B,C", help="explore_* only")
    return ap


def _list() -> None:
    for name in queries.names():
        q = queries.load(name)
        params = ", ".join(f"{p.name}:{p.type}{'?' if p.optional else ''}" for p in q.params) or "-"
        print(f"{name:<28} {params}\n    {q.description}")
    print("  explorer datasets (also --where, --sort, --columns):")
    for key, ds in explore.DATASETS.items():
        print(f"    explore_{key:<20} {', '.join(ds.shared) or '-'}  (from {ds.query})")


def _write(frame, args: argparse.Namespace) -> None:
    """The answer in the asked format, to -o FILE or standard output (xlsx: to the file only)."""
    if args.format == "xlsx":
        headers = exports.header_labels(frame.columns, args.lang)
        with open(args.output, "wb") as f:
            f.write(exports.xlsx_bytes(frame, args.name, headers))
    elif args.format == "csv":
        data = exports.csv_bytes(frame, bom=args.bom)
        if args.output:
            with open(args.output, "wb") as f:
                f.write(data)
        else:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
    else:
        text = (
            frame.to_json(orient="records", force_ascii=False, date_format="iso")
            if args.format == "json"
            else frame.to_string(index=False)
        )
        if args.output:
            with open(args.output, "w", encoding="utf-8", newline="") as f:
                f.write(text + "\n")
        else:
            sys.stdout.write(text + "\n")


def _ask(con, args, values: dict):
    key = args.name.removeprefix("explore_")
    if not (args.name.startswith("explore_") and key in explore.DATASETS):
        if args.where or args.sort or args.columns:
            raise queries.QueryError("--where, --sort and --columns apply to explore_* datasets only")
        return queries.run(con, args.name, **values)
    ds = explore.DATASETS[key]
    unknown = set(values) - set(ds.shared)
    if unknown:
        raise queries.QueryError(
            f"{args.name}: unknown parameter(s) {sorted(unknown)}; accepted: {list(ds.shared)}"
        )
    view = explore.View(
        key,
        tuple(explore.parse_cond(ds, w) for w in args.where),
        *_sort(ds, args.sort),
        tuple(_columns(ds, args.columns)),
    )
    return explore.rows(con, view, explore.shared_from_text(values))


def _sort(ds: explore.Dataset, text: str | None) -> tuple[str | None, bool]:
    if not text:
        return None, False
    column, _, direction = text.partition(":")
    if column not in ds.columns or direction not in ("", "asc", "desc"):
        raise queries.QueryError(f"--sort {text!r}: use one of {list(ds.columns)}, optionally :desc")
    return column, direction == "desc"


def _columns(ds: explore.Dataset, text: str | None) -> list[str]:
    chosen = [c.strip() for c in (text or "").split(",") if c.strip()]
    bad = [c for c in chosen if c not in ds.columns]
    if bad:
        raise queries.QueryError(f"--columns: unknown {bad}; columns: {list(ds.columns)}")
    return chosen


def _pair(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise queries.QueryError(f"parameter {text!r} must be KEY=VALUE")
    key, value = text.split("=", 1)
    return key.strip(), value


if __name__ == "__main__":
    sys.exit(main())
