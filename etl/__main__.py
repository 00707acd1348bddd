"""Command line: python -m etl demo | import KIND FILE... (KIND schedule: data/schedule.toml) | status | restore."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date

from etl import load, outcome, privacy, publish, reference
from etl.problems import InputProblem
from etl.status import status
from etl.tabular import PLATFORMS
from runtime import config


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except Exception as problem:
        if not isinstance(problem, (InputProblem, publish.LoadBusy, *_sheet_errors())):
            raise
        print(f"error / ข้อผิดพลาด: {problem}", file=sys.stderr)
        print("the served database was not changed / ฐานข้อมูลที่ใช้งานอยู่ไม่ถูกเปลี่ยนแปลง", file=sys.stderr)
        return 2


def _sheet_errors() -> tuple[type[Exception], ...]:
    """SheetError, once a command has used Google Sheets (etl.sheets and Google's libraries take 0.15 s
    to import, which an import of files does not need)."""
    sheets = sys.modules.get("etl.sheets")
    return (sheets.SheetError,) if sheets is not None else ()


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m etl", description="ITA dashboard data loads / นำเข้าข้อมูล")
    sub = ap.add_subparsers(dest="command", required=True)
    demo_cmd = sub.add_parser("demo", help="build the deterministic demo database")
    demo_cmd.add_argument("--db")
    demo_cmd.add_argument("--scale", type=float, default=1.0, help="multiply the number of responses")
    imp = sub.add_parser("import", help="import CSV/XLSX files of one kind")
    imp.add_argument("kind", choices=(*load.KINDS, "schedule"))
    imp.add_argument("files", nargs="+", help="files, or folders (every .csv/.xlsx in them)")
    imp.add_argument("--db")
    imp.add_argument(
        "--platform",
        choices=sorted(PLATFORMS),
        help="reach: the platform of exports that do not name it (Meta's 'Views', 'Content interactions')",
    )
    imp.add_argument("--worksheet", help="the workbook tab to read (default: chosen by its content)")
    imp.add_argument("--dry-run", action="store_true", help="say what each file would load; publish nothing")
    imp.add_argument("--mapping", help="TOML file naming columns explicitly (see docs/mapping.example.toml)")
    imp.add_argument("--json", action="store_true")
    st = sub.add_parser("status", help="row counts, last loads, quarantine")
    st.add_argument("--db")
    st.add_argument("--json", action="store_true")
    rf = sub.add_parser(
        "refresh", help="pull every Google Sheet in the sources file (see sources.example.toml)"
    )
    rf.add_argument("--db")
    rf.add_argument("--sources", help="sources file (default: $ITA_SOURCES, else sources.toml)")
    rf.add_argument("--source", help="refresh only the source with this name")
    rf.add_argument("--wait", type=float, default=600, help="seconds to wait for another load to finish")
    pg = sub.add_parser("purge", help="delete responses older than a date (retention), backups included")
    pg.add_argument("--before", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    pg.add_argument("--db")
    fg = sub.add_parser(
        "forget", help="find or delete one respondent's rows by e-mail or phone (PDPA request)"
    )
    fg.add_argument("--email")
    fg.add_argument("--phone")
    fg.add_argument("--delete", action="store_true", help="delete (without it: only count the rows found)")
    fg.add_argument("--db")
    up = sub.add_parser("upgrade", help="bring a database made by an older version up to the current schema")
    up.add_argument("--db")
    rs = sub.add_parser("restore", help="put the newest backup back in service")
    rs.add_argument("--db")
    return ap


def _demo(args: argparse.Namespace) -> int:
    """build the deterministic demo database."""
    t0 = time.perf_counter()
    counts = load_demo(args.db, args.scale)
    print(f"demo database {config.db_path(args.db)} built in {time.perf_counter() - t0:.1f} s: {counts}")
    return 0


def _import_files(args: argparse.Namespace) -> int:
    """import files of one kind; 1 when a file was refused."""
    t0 = time.perf_counter()
    results = load.import_files(
        args.kind,
        args.files,
        args.db,
        args.mapping,
        platform=args.platform,
        worksheet=args.worksheet,
        dry_run=args.dry_run,
    )
    refused = [r for r in results if r.status == "refused"]
    if args.kind != "schedule" and not args.dry_run:
        outcome.write_log(config.db_path(args.db), args.kind, results)
    if args.json:
        print(json.dumps(load.summary(results), ensure_ascii=False, default=str))
    else:
        for r in results:
            print("\n".join(outcome.describe(r, "en")))
            print("\n".join(outcome.describe(r, "th")))
        total_q = sum(r.rows_quarantined for r in results)
        print(
            f"{'published' if any(r.status == 'ok' for r in results) and not args.dry_run else 'nothing published to'} "
            f"{config.db_path(args.db)} in {time.perf_counter() - t0:.1f} s; "
            f"new {sum(r.rows_new for r in results)}, quarantined {total_q}"
            + (" (see: python -m etl status)" if total_q else "")
        )
    for r in refused:
        print(f"refused / ไม่รับ: {r.file or r.source}: {r.reason_en} / {r.reason_th}", file=sys.stderr)
    if args.dry_run or not any(r.status == "ok" for r in results):
        print("the served database was not changed / ฐานข้อมูลที่ใช้งานอยู่ไม่ถูกเปลี่ยนแปลง", file=sys.stderr)
    if refused:
        names = ", ".join(r.file or r.source for r in refused)
        print(
            f"refused {len(refused)} file(s), nothing of theirs loaded: {names}\n"
            f"ไม่รับ {len(refused)} ไฟล์ (ไม่มีข้อมูลจากไฟล์เหล่านี้ถูกนำเข้า): {names}",
            file=sys.stderr,
        )
        return 1
    return 0


def _status(args: argparse.Namespace) -> int:
    """row counts, last loads, quarantine."""
    report = status(config.db_path(args.db))
    print(json.dumps(report, ensure_ascii=False, indent=2, default=str) if args.json else _text(report))
    return 0


def _refresh(args: argparse.Namespace) -> int:
    """pull the Google Sheets of the sources file; 1 when one failed."""
    from etl import refresh  # noqa: PLC0415 - Google's libraries: only for a refresh

    outcomes = refresh.refresh(
        args.db,
        args.sources,
        args.source,
        wait_seconds=args.wait,
        progress=lambda o: print(o.line(), flush=True),
    )
    failed = [o for o in outcomes if o.status != "ok"]
    print(
        f"refresh: {len(outcomes) - len(failed)} of {len(outcomes)} sources ok"
        + (f"; failed: {', '.join(o.name for o in failed)}" if failed else "")
    )
    return 1 if failed else 0


def _purge(args: argparse.Namespace) -> int:
    """delete responses older than a date, backups included."""
    counts = privacy.purge_before(args.before, args.db)  # audited by privacy
    print(f"deleted responses before {args.before}: {counts} / ลบคำตอบก่อนวันที่ {args.before} แล้ว")
    return 0


def _forget(args: argparse.Namespace) -> int:
    """find or delete one respondent's rows (PDPA request)."""
    if not (args.email or args.phone):
        raise InputProblem("problem.etl.erase_whom")
    found = privacy.find_subject(args.email, args.phone, args.db)
    print(f"rows found for this respondent: {found} / พบ {found} แถว")
    if args.delete:  # even with 0 served: an interrupted erasure may have left rows in a backup
        counts = privacy.forget_subject(args.email, args.phone, args.db)  # audited by privacy
        print(f"deleted: {counts} / ลบแล้ว")
    return 0


def _upgrade(args: argparse.Namespace) -> int:
    """bring an older database up to the current schema."""
    with publish.staged(config.db_path(args.db)) as con:
        reference.seed_units(con)
    masked = privacy.remask_quarantine(args.db)  # rows quarantined before they were all masked
    print(f"quarantined rows masked: {masked.get('quarantine', 0)} / ปิดข้อมูลในแถวที่กักไว้แล้ว")
    print(f"{config.db_path(args.db)} is up to date / ปรับฐานข้อมูลเป็นรุ่นปัจจุบันแล้ว")
    return 0


def _restore(args: argparse.Namespace) -> int:
    """put the newest backup back in service."""
    restored = publish.restore_latest_backup(config.db_path(args.db))
    print(f"restored {restored.name} into service / กู้คืนแล้ว")
    return 0


_COMMANDS = {
    "demo": _demo,
    "import": _import_files,
    "status": _status,
    "refresh": _refresh,
    "purge": _purge,
    "forget": _forget,
    "upgrade": _upgrade,
    "restore": _restore,
}


def load_demo(db, scale: float) -> dict:
    from etl import demo  # noqa: PLC0415 - only for the demo command

    return demo.build(db, scale=scale)


def _text(report: dict) -> str:
    if not report.get("exists"):
        return f"no database at {report['db']} (run: python -m etl demo, or python -m etl import ...)"
    lines = [f"database {report['db']}" + ("  [DEMO DATA / ข้อมูลตัวอย่าง]" if report["demo"] else "")]
    lines += [f"  {table:<12} {count:>10,}" for table, count in report["tables"].items()]
    lines.append("last load per source:")
    lines += [
        f"  {s['source']:<30} {s['kind']:<12} {s['finished_at']}  {s['status']}  new {s['rows_new']}, "
        f"quarantined {s['rows_quarantined']}"
        for s in report["last_loads"]
    ]
    lines.append(f"quarantine: {report['quarantine']} rows")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
