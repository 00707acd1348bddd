"""A deterministic Google Forms "download responses" CSV of any size, for timing imports."""

from __future__ import annotations

import csv
import random
from datetime import datetime, timedelta
from pathlib import Path

HEADER = [
    "Timestamp",
    "Email Address",
    "ชื่อ",
    "นามสกุล",
    "ตำแหน่ง",
    "หน่วยงานของท่าน",
    "หมายเลขโทรศัพท์",
    "ท่านติดต่อกับสำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ณ หน่วยงาน",
    "ประเภทผู้มาติดต่อ",
    "การรับรู้-รับทราบ [การเผยแพร่ข้อมูลข่าวสาร และผลงานของสำนักงาน]",
    "การรับรู้-รับทราบ [ช่องทางในการติดต่อ - สอบถาม การให้ข้อเสนอแนะ]",
    "การรับรู้-รับทราบ [ช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่]",
]
UNITS = [
    "กองกลาง",
    "กก.",
    "ศปท.",
    "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
    "กองกฎหมาย",
    "สดจ.เชียงใหม่",
    "สำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัดขอนแก่น",
    "ยศ.",
    "กลุ่มตรวจสอบภายใน",
    "ป.ย.ป.",
]
TYPES = [
    "ขอรับบริการข้อมูล/ข่าวสาร",
    "ประชุม/สัมมนา",
    "คู่สัญญา/การจัดซื้อจัดจ้าง",
    "เสนอความเห็น/ข้อเสนอแนะ",
    "ขอรับบริการข้อมูล/ข่าวสาร, ประชุม/สัมมนา",
    "นักศึกษาฝึกงาน, มหาวิทยาลัย",
]
ANSWERS = ["รู้/ทราบ", "รู้/ทราบ", "รู้/ทราบ", "ไม่รู้/ไม่ทราบ"]


def rows(n: int, seed: int = 7):
    rng = random.Random(seed)
    start = datetime(2024, 10, 1, 8, 0, 0)
    for i in range(n):
        when = start + timedelta(seconds=i * 37 + rng.randrange(30))
        stamp = when.strftime("%Y/%m/%d %I:%M:%S %p") + " GMT+7"
        yield [
            stamp,
            f"person{i}@example.com",
            f"ชื่อ{i}",
            f"สกุล{i}",
            "เจ้าหน้าที่",
            "บริษัท ตัวอย่าง จำกัด",
            f"08{rng.randrange(10**8):08d}",
            rng.choice(UNITS),
            rng.choice(TYPES),
            rng.choice(ANSWERS),
            rng.choice(ANSWERS),
            rng.choice(ANSWERS),
        ]


def write(path: Path, n: int, seed: int = 7) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADER)
        w.writerows(rows(n, seed))
    return path
