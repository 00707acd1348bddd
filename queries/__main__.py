"""python -m queries list | run NAME [--db PATH] [-p key=value ...] [--format csv|json|table] [-o FILE]."""

from __future__ import annotations

import argparse
import sys

import duckdb

import queries
from etl import config


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m queries", description="the dashboard's questions")
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="list the questions and their parameters")
    run = sub.add_parser("run", help="run one question")
    run.add_argument("name")
    run.add_argument("--db")
    run.add_argument("-p", "--param", action="append", default=[], metavar="KEY=VALUE")
    run.add_argument("--format", choices=("csv", "json", "table"), default="table")
    run.add_argument("-o", "--output")
    args = ap.parse_args(argv)

    if args.command == "list":
        for name in queries.names():
            q = queries.load(name)
            params = ", ".join(f"{p.name}:{p.type}{'?' if p.optional else ''}" for p in q.params) or "-"
            print(f"{name:<28} {params}\n    {q.description}")
        return 0
    try:
        values = dict(_pair(p) for p in args.param)
        db = config.db_path(args.db)
        if not db.exists():
            raise queries.QueryError(f"no database at {db}; build one with: python -m etl demo")
        con = duckdb.connect(str(db), read_only=True)
        frame = queries.run(con, args.name, **values)
        con.close()
    except queries.QueryError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    if args.format == "csv":
        frame.to_csv(out, index=False)
    elif args.format == "json":
        out.write(frame.to_json(orient="records", force_ascii=False, date_format="iso") + "\n")
    else:
        out.write(frame.to_string(index=False) + "\n")
    return 0


def _pair(text: str) -> tuple[str, str]:
    if "=" not in text:
        raise queries.QueryError(f"parameter {text!r} must be KEY=VALUE")
    key, value = text.split("=", 1)
    return key.strip(), value


if __name__ == "__main__":
    sys.exit(main())
