"""python -m reports reach-monthly --month 2026-09 -o report.docx|report.xlsx [--db PATH] [--lang th|en]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import duckdb

import queries
from etl import config
from etl.problems import InputProblem
from etl.timestamps import parse_month
from reports import reach_monthly, reach_xlsx


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m reports", description="documents from the dashboard's data")
    sub = ap.add_subparsers(dest="command", required=True)
    reach = sub.add_parser("reach-monthly", help="the PR group's monthly reach report (DOCX or XLSX)")
    reach.add_argument("--month", required=True, help="e.g. 2026-09 or 'ก.ย. 2569'")
    reach.add_argument("-o", "--output", required=True, help="a .docx or .xlsx file")
    reach.add_argument("--db")
    reach.add_argument("--lang", choices=("th", "en"), default="th")
    args = ap.parse_args(argv)
    try:
        month = parse_month(args.month)
        out = Path(args.output)
        if out.suffix.lower() not in (".docx", ".xlsx"):
            raise InputProblem("ไฟล์ผลลัพธ์ต้องเป็น .docx หรือ .xlsx", "the output must be a .docx or .xlsx file")
        db = config.db_path(args.db)
        if not db.exists():
            raise InputProblem(
                f"ไม่พบฐานข้อมูล {db}", f"no database at {db}; build one with: python -m etl demo"
            )
        con = duckdb.connect(str(db), read_only=True)
        try:
            report = reach_monthly.gather(lambda name, **p: queries.run(con, name, **p), month)
        finally:
            con.close()
        if not report.has_figures:
            raise InputProblem(
                f"ไม่มีตัวเลขการเข้าถึงของเดือน {month:%Y-%m}: นำเข้าก่อนด้วย python -m etl import reach",
                f"no reach figures for {month:%Y-%m}: import them first (python -m etl import reach FILE)",
            )
        data = (
            reach_monthly.build_docx(report, lang=args.lang)
            if out.suffix.lower() == ".docx"
            else reach_xlsx.build_xlsx(report, args.lang)
        )
        out.write_bytes(data)
    except InputProblem as problem:
        print(f"error / ข้อผิดพลาด: {problem}", file=sys.stderr)
        return 2
    print(f"{out} ({len(data):,} bytes): {report.subject(args.lang)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
