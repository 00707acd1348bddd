"""Deterministic demo data: believable, clearly labelled, the same on every machine.

Three fiscal years (FY2567-FY2569) of survey responses for every unit, with seasonality and real
differences between units and visitor types; monthly reach for six platforms; report submissions
with some late and some missing; ITA scores where FY2565 holds the office's real published figures
and every other value is demo.
"""

from __future__ import annotations

import hashlib
import math
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pyarrow as pa

from core.fiscal import add_months, fiscal_year, fiscal_year_range, to_ce
from etl import publish, responses
from etl.reference import seed_units
from etl.responses import COLUMNS
from etl.scalar import scalar
from runtime import config
from runtime.clock import bangkok_now

SEED = 2569
FISCAL_YEARS = (2567, 2568, 2569)
REAL_ITA_2565 = {0: 92.48, 7: 80.29, 9: 100.0, 10: 100.0}  # the office's published FY2565 scores
# Fewer visitors over New Year and Songkran, more as the fiscal year closes.
SEASON = {
    10: 1.0,
    11: 1.05,
    12: 0.8,
    1: 0.85,
    2: 1.0,
    3: 1.1,
    4: 0.7,
    5: 0.95,
    6: 1.0,
    7: 1.05,
    8: 1.2,
    9: 1.3,
}
PLATFORM_BASE = {
    "facebook": 180_000,
    "youtube": 45_000,
    "line": 60_000,
    "x": 25_000,
    "tiktok": 70_000,
    "instagram": 20_000,
}
OTHER_TEXTS = [
    "นักศึกษาฝึกงาน",
    "ผู้รับเหมา, บริษัท สมาร์ทเน็ต จำกัด",
    "สื่อมวลชน",
    "ประชาชนทั่วไป",
    "ติดต่อราชการ",
    "ยื่นเอกสาร",
    "Researcher, university",
]
AGENCIES = [
    "กรมบัญชีกลาง",
    "บริษัท ไทยดิจิทัล จำกัด",
    "มหาวิทยาลัยเกษตรศาสตร์",
    "ประชาชนทั่วไป",
    "สำนักงาน ก.พ.",
    "องค์การบริหารส่วนจังหวัด",
    "บริษัท เน็ตเวิร์ค โซลูชั่น จำกัด",
    None,
]


def build(db: str | Path | None = None, *, scale: float = 1.0) -> dict:
    """Build the demo database at db (fresh, atomically published); return row counts."""
    served = config.db_path(db)
    rng = random.Random(SEED)
    with publish.staged(served, fresh=True) as con:
        seed_units(con)
        units = con.execute("SELECT code, kind FROM units ORDER BY code").fetchall()
        con.execute(
            "INSERT INTO load_batches VALUES (1, 'demo', 'demo', ?, ?, 0, 0, 0, 0, 'ok', 'demo data')",
            [bangkok_now(), bangkok_now()],
        )
        table = pa.table(_responses(rng, units, scale))
        con.register("demo_responses", table)
        cols = ", ".join(COLUMNS)
        con.execute(
            f"INSERT INTO responses ({cols}, source, batch_id, is_demo) "  # noqa: S608 - constant columns
            f"SELECT {cols}, 'demo', 1, true FROM demo_responses"
        )
        con.executemany("INSERT INTO reach VALUES (?, ?, ?, ?, 'demo', 1, true)", _reach(rng))
        submitted = _submissions(rng, units)
        con.executemany("INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?, 'demo', 1, true)", submitted)
        extra = random.Random(SEED + 1)  # its own stream: the other demo figures stay as they were
        resent = _resubmissions(extra, submitted)
        con.executemany("INSERT INTO submissions VALUES (?, ?, ?, ?, ?, ?, 'demo', 1, true)", resent)
        measures = pa.Table.from_pylist(
            [dict(zip(MEASURE_COLUMNS, row, strict=True)) for row in _measures(extra, submitted + resent)]
        )
        con.register("demo_measures", measures)  # one bulk insert: executemany goes row by row
        con.execute("INSERT INTO submission_measures SELECT * FROM demo_measures")
        con.executemany("INSERT INTO ita_scores VALUES (?, ?, ?, ?, 'demo', 1)", _ita(rng))
        con.execute(
            "INSERT OR REPLACE INTO meta VALUES ('demo', 'true'), ('built_at', ?)",
            [bangkok_now().isoformat(timespec="seconds")],
        )
        counts = {
            t: scalar(con, f"SELECT count(*) FROM {t}")  # noqa: S608 - constant names
            for t in ("units", "responses", "reach", "submissions", "ita_scores")
        }
    return counts


def _unit_profile(rng: random.Random, code: str, kind: str) -> tuple[float, float]:
    """(monthly volume, awareness shift) per unit: busy central units, quieter provinces, real spread."""
    volume = rng.uniform(25, 70) if kind == "central" else rng.uniform(2, 9)
    if code in ("ADM", "ICT", "PDO"):
        volume *= 1.6
    return volume, rng.gauss(0, 0.45)


def _responses(rng: random.Random, units, scale: float) -> dict[str, list]:
    out: dict[str, list] = {c: [] for c in COLUMNS}
    secret = b"demo-only-secret"
    base = {"news": 1.2, "contact": 0.9, "complaint": 0.1}  # logits: complaint channel least known
    trend = {"news": 0.15, "contact": 0.2, "complaint": 0.35}  # per fiscal year: measures are working
    type_shift = {"contract": 0.3, "information": 0.1, "meeting": 0.2, "feedback": -0.1, "other": -0.4}
    profiles = {code: _unit_profile(rng, code, kind) for code, kind in units}
    serial = 0
    for fy in FISCAL_YEARS:
        start, _ = fiscal_year_range(fy)
        for m in range(12):
            month = add_months(start, m)
            days = (add_months(month, 1) - month).days
            for code, _kind in units:
                volume, shift = profiles[code]
                n = _poisson(rng, volume * SEASON[month.month] * scale)
                for _ in range(n):
                    serial += 1
                    day = month + timedelta(days=rng.randrange(days))
                    when = datetime(
                        day.year, day.month, day.day, rng.randint(8, 16), rng.randrange(60), rng.randrange(60)
                    )
                    types = _visitor_types(rng)
                    lift = sum(type_shift[t] for t in types) / len(types)
                    out["response_id"].append(hashlib.sha256(f"demo{serial}".encode()).hexdigest()[:32])
                    out["submitted_at"].append(when)
                    out["submitted_date"].append(when.date())
                    out["fiscal_year"].append(fiscal_year(when.date()))
                    unknown = rng.random() < 0.004
                    out["unit_code"].append(None if unknown else code)
                    out["unit_raw"].append("หน่วยงานอื่น" if unknown else code)
                    out["unit_known"].append(not unknown)
                    for t in ("contract", "information", "meeting", "feedback", "other"):
                        out[f"visitor_{t}"].append(t in types)
                    out["other_text"].append(rng.choice(OTHER_TEXTS) if "other" in types else None)
                    for ch in ("news", "contact", "complaint"):
                        logit = base[ch] + trend[ch] * (fy - 2567) + shift + lift + rng.gauss(0, 0.3)
                        answered = rng.random() > 0.02
                        out[f"aware_{ch}"].append(
                            rng.random() < 1 / (1 + math.exp(-logit)) if answered else None
                        )
                    out["respondent_agency"].append(rng.choice(AGENCIES))
                    out["respondent_key"].append(
                        responses.respondent_key(secret, f"r{rng.randrange(40000)}@x", "", "")
                    )
    return out


def _visitor_types(rng: random.Random) -> list[str]:
    first = rng.choices(["information", "meeting", "contract", "feedback", "other"], [40, 30, 15, 8, 7])[0]
    types = [first]
    if rng.random() < 0.15:
        extra = rng.choice(["information", "meeting", "feedback"])
        if extra != first:
            types.append(extra)
    return types


def _poisson(rng: random.Random, mean: float) -> int:
    return max(0, round(rng.gauss(mean, math.sqrt(mean)))) if mean > 30 else _knuth(rng, mean)


def _knuth(rng: random.Random, mean: float) -> int:
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _reach(rng: random.Random) -> list[tuple]:
    rows = []
    start, _ = fiscal_year_range(FISCAL_YEARS[0])
    followers = {p: b * 1.8 for p, b in PLATFORM_BASE.items()}
    for m in range(36):
        month = add_months(start, m)
        growth = 1 + 0.02 * m
        for platform, base in PLATFORM_BASE.items():
            if platform == "tiktok" and m < 6:
                continue  # the TikTok account opened in April 2024: missing, not zero
            reach = base * growth * SEASON[month.month] * rng.uniform(0.8, 1.25)
            views = reach * rng.uniform(1.4, 2.2)
            followers[platform] *= 1 + rng.uniform(0.002, 0.03)
            for metric, value in (
                ("reach", reach),
                ("views", views),
                ("engagement", reach * rng.uniform(0.02, 0.07)),
                ("followers", followers[platform]),
                ("posts", rng.randint(8, 40)),
            ):
                rows.append((month, platform, metric, round(value)))
    return rows


def _due(fy: int, round_: str) -> date:
    return date(to_ce(fy), 4, 10) if round_ == "6" else date(to_ce(fy), 10, 10)


def _submissions(rng: random.Random, units) -> list[tuple]:
    rows: list[tuple] = []
    diligence = {code: rng.uniform(0.55, 0.98) for code, _ in units}
    for fy in FISCAL_YEARS:
        for code, _kind in units:
            for form in ("form1", "form2"):
                for round_ in ("6", "12"):
                    due = _due(fy, round_)
                    roll = rng.random()
                    if roll > diligence[code] + 0.05:
                        continue  # missing
                    late = roll > diligence[code] - 0.1
                    day = due + timedelta(days=rng.randint(1, 25) if late else -rng.randint(0, 9))
                    link = f"https://drive.example.go.th/{code}/{fy}/{form}-{round_}.pdf"
                    rows.append(
                        (code, form, fy, round_, datetime(day.year, day.month, day.day, 10, 30), link)
                    )
        start, _ = fiscal_year_range(fy)
        for m in range(12):
            month = add_months(start, m)
            due = add_months(month, 1).replace(day=10)
            if rng.random() < 0.06:
                continue
            day = due + timedelta(days=rng.randint(-8, 2) if rng.random() < 0.85 else rng.randint(3, 15))
            rows.append(
                (
                    "ADM",
                    "reach_monthly",
                    fy,
                    month.strftime("%Y-%m"),
                    datetime(day.year, day.month, day.day, 14, 0),
                    None,
                )
            )
    return rows


MEASURE_COLUMNS = (
    "unit_code",
    "form",
    "fiscal_year",
    "period",
    "submitted_at",
    "measure",
    "result",
    "evidence",
)
MEASURE_RESULTS = [
    "เผยแพร่ข่าวและผลงานทางเว็บไซต์และเพจ Facebook ของหน่วยงาน {n} เรื่อง",
    "เปิดช่องทางติดต่อ-สอบถามทางโทรศัพท์ อีเมล LINE OA และแบบฟอร์มออนไลน์",
    "จัดจุดบริการชี้แจงและตอบคำถามที่ชั้น 1 และตอบคำถามออนไลน์ภายใน 1 วันทำการ",
    "ใช้ระบบสารบรรณอิเล็กทรอนิกส์และลงนามดิจิทัล ลดเวลาดำเนินการเฉลี่ย {n} วัน",
    "ติดประกาศช่องทางร้องเรียนการทุจริตพร้อม QR Code ที่จุดบริการ {n} จุด",
    "ทบทวนขั้นตอนการให้บริการ {n} กระบวนงาน และเผยแพร่คู่มือการปฏิบัติงาน",
    "จัดรับฟังความคิดเห็นผู้มีส่วนได้ส่วนเสีย {n} ครั้ง และนำข้อเสนอแนะไปปรับปรุง",
]


def _resubmissions(rng: random.Random, rows: list[tuple]) -> list[tuple]:
    """A few units file a round's report twice (a corrected copy a few days later): the first counts."""
    chosen = [r for r in rows if r[1] == "form1" and rng.random() < 0.04]
    return [(*r[:4], r[4] + timedelta(days=rng.randint(2, 20)), r[5]) for r in chosen]


def _measures(rng: random.Random, rows: list[tuple]) -> list[tuple]:
    """แบบรายงานที่ ๑ results per measure; evidence is usually a link, sometimes a file-share path."""
    out = []
    for code, form, fy, period, at, _link in rows:
        if form != "form1":
            continue
        for n, text in enumerate(MEASURE_RESULTS, start=1):
            if rng.random() < 0.08:
                continue  # a measure left blank
            roll = rng.random()
            evidence = (
                None
                if roll < 0.15
                else rf"\\fileserver\{code}\{fy}\m{n}.pdf"
                if roll < 0.18
                else f"https://drive.example.go.th/{code}/{fy}/{period}/m{n}"
            )
            out.append((code, form, fy, period, at, n, text.format(n=rng.randint(2, 40)), evidence))
    return out


def _ita(rng: random.Random) -> list[tuple]:
    """FY2565 holds the office's real published scores; later years climb gently (demo)."""
    rows = []
    ind7, overall = 80.29, 92.48
    for fy in (2565, 2566, 2567, 2568, 2569):
        if fy > 2565:
            ind7 = min(ind7 + rng.uniform(0.6, 2.4), 100)
            overall = min(overall + rng.uniform(0.1, 0.6), 100)
        for indicator in range(0, 11):
            if fy == 2565 and indicator in REAL_ITA_2565:
                rows.append((fy, indicator, REAL_ITA_2565[indicator], False))
                continue
            if indicator == 7:
                score = ind7
            elif indicator in (9, 10):
                score = rng.uniform(95, 100)
            elif indicator == 0:
                score = overall
            else:
                score = rng.uniform(86, 97)
            rows.append((fy, indicator, round(score, 2), True))
    return rows
