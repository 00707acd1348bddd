"""Documents from the command line.

python -m reports reach-monthly --month 2026-09 -o report.docx|report.pdf|report.xlsx [--db PATH] [--lang th|en]
python -m reports form2 --unit ADM --fy 2569 --round 6 -o form2.docx|form2.pdf
python -m reports form2 --all-units --fy 2569 --round 6 -o forms.zip [--format docx,pdf]
python -m reports form1 --unit ADM --fy 2569 --round 6 [--blank] -o form1.docx
python -m reports consolidated --fy 2569 --round 6 [--as-of 2026-04-20] -o round.docx|round.pdf
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import duckdb

import queries
from core import survey
from core.compliance import today_bangkok
from etl.problems import InputProblem
from etl.timestamps import parse_month
from reports import bundle, reach_monthly, reach_xlsx
from runtime import config


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reports", description="documents from the dashboard's data")
    sub = ap.add_subparsers(dest="command", required=True)
    reach = sub.add_parser("reach-monthly", help="the PR group's monthly reach report (DOCX, PDF or XLSX)")
    reach.add_argument("--month", required=True, help="e.g. 2026-09 or 'ก.ย. 2569'")
    reach.add_argument("-o", "--output", required=True, help="a .docx, .pdf or .xlsx file")
    reach.add_argument("--db")
    reach.add_argument("--lang", choices=("th", "en"), default="th")
    for kind, text in (
        ("form2", "แบบรายงานที่ ๒: a unit's survey results for a round (DOCX or PDF)"),
        ("form1", "แบบรายงานที่ ๑: the seven measures, pre-filled from the unit's submission (DOCX or PDF)"),
        ("consolidated", "the ศปท. round report to the executives (DOCX or PDF)"),
    ):
        doc = sub.add_parser(kind, help=text)
        doc.add_argument("--fy", type=int, required=True, help="fiscal year, BE, e.g. 2569")
        doc.add_argument("--round", required=True, choices=("6", "12"))
        doc.add_argument("-o", "--output", required=True, help="a .docx, .pdf or (several files) .zip")
        doc.add_argument("--format", default="docx,pdf", help="inside a .zip: docx, pdf or docx,pdf")
        doc.add_argument("--db")
        if kind == "consolidated":
            doc.add_argument("--as-of", help="compliance as of this day (default: today in Bangkok)")
        else:
            who = doc.add_mutually_exclusive_group(required=True)
            who.add_argument("--unit", action="append", help="unit code; repeat for several (then -o x.zip)")
            who.add_argument("--all-units", action="store_true", help="every unit in the units list")
        if kind == "form1":
            doc.add_argument("--blank", action="store_true", help="the form without the submitted results")
    args = ap.parse_args(argv)
    if args.command != "reach-monthly":
        return documents(args)
    try:
        month = parse_month(args.month)
        out = Path(args.output)
        if out.suffix.lower() not in (".docx", ".pdf", ".xlsx"):
            raise InputProblem("problem.report.output", allowed=".docx, .pdf, .xlsx")
        db = config.db_path(args.db)
        if not db.exists():
            raise InputProblem("problem.report.no_db", db=db)
        con = duckdb.connect(str(db), read_only=True)
        try:
            report = reach_monthly.gather(lambda name, **p: queries.run(con, name, **p), month)
        finally:
            con.close()
        if not report.has_figures:
            raise InputProblem("problem.report.no_reach", month=f"{month:%Y-%m}")
        build = {
            ".docx": lambda: reach_monthly.build_docx(report, lang=args.lang),
            ".pdf": lambda: reach_monthly.build_pdf(report, lang=args.lang),
            ".xlsx": lambda: reach_xlsx.build_xlsx(report, args.lang),
        }
        data = build[out.suffix.lower()]()
        out.write_bytes(data)
    except InputProblem as problem:
        print(f"error / ข้อผิดพลาด: {problem}", file=sys.stderr)
        return 2
    print(f"{out} ({len(data):,} bytes): {report.subject(args.lang)}")
    return 0


def _open(db_arg: str | None) -> duckdb.DuckDBPyConnection:
    db = config.db_path(db_arg)
    if not db.exists():
        raise InputProblem("problem.report.no_db", db=db)
    return duckdb.connect(str(db), read_only=True)


def documents(args) -> int:
    """form2 / form1 / consolidated: one file (.docx or .pdf) or several in a .zip."""
    out = Path(args.output)
    suffix = out.suffix.lower()
    try:
        if suffix not in (".docx", ".pdf", ".zip"):
            raise InputProblem("problem.report.output", allowed=".docx, .pdf, .zip")
        formats = tuple(x.strip() for x in args.format.split(",")) if suffix == ".zip" else (suffix[1:],)
        if not set(formats) <= set(bundle.FORMATS):
            raise InputProblem("problem.report.format")
        several = args.command != "consolidated" and (args.all_units or len(args.unit) > 1)
        if (several or len(formats) > 1) and suffix != ".zip":
            raise InputProblem("problem.report.several")
        con = _open(args.db)
        try:
            ask = lambda name, **p: queries.run(con, name, **p)  # noqa: E731
            kind = "form1_blank" if getattr(args, "blank", False) else args.command
            units = []
            if kind != "consolidated":
                units = list(ask("units")["code"]) if args.all_units else args.unit
            as_of = parse_day(args.as_of) if getattr(args, "as_of", None) else today_bangkok()
            batch = bundle.build(
                ask, kind, args.fy, args.round, units=units, formats=formats, as_of=as_of,
                min_n=survey.load().min_responses,
            )  # fmt: skip
        finally:
            con.close()
        _, data = batch.package(out.name)
        out.write_bytes(data)
    except InputProblem as problem:
        print(f"error / ข้อผิดพลาด: {problem}", file=sys.stderr)
        return 2
    print(f"{out} ({len(data):,} bytes): {', '.join(batch.files)}"[:2000])
    for unit in batch.no_responses:
        print(f"note: {unit} has no survey responses in the round; its form says so", file=sys.stderr)
    return 0


def parse_day(text: str):
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InputProblem("problem.report.day", text=repr(text)) from exc


if __name__ == "__main__":
    sys.exit(main())
