"""แบบรายงานที่ ๒: a unit's survey results for one round, in the seed document's layout and wording.

The counts come from the two questions the survey pages ask (visitor_mix, awareness_by_channel)
with the round's dates and the one unit, so the form says what the dashboard shows for the same
filter. A unit with no responses in the round gets a form that says so, never a table of zeros.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from core.fiscal import round_range
from etl.problems import InputProblem
from reports import docx_forms as f

VISITOR_ROWS = (  # the seed's table ๑, in its order
    ("contract", "คู่สัญญา/การจัดซื้อจัดจ้าง"),
    ("information", "ขอรับบริการข้อมูล/ข่าวสาร"),
    ("meeting", "ประชุม/สัมมนา"),
    ("feedback", "เสนอความเห็น/ข้อเสนอแนะ"),
    ("other", "อื่นๆ"),
)
ITEM_ROWS = (  # the seed's table ๒
    ("news", f"ข้อมูลข่าวสารและผลงานของ{f.ORG}"),
    (
        "contact",
        "ช่องทางในการติดต่อ - สอบถาม การให้ข้อเสนอแนะ หรือความคิดเห็นเกี่ยวกับการดำเนินงานและการให้บริการประชาชน",
    ),
    ("complaint", f"ช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่ของ{f.ORG}"),
)
TITLE = [
    "รายงานผลการสำรวจการรับรู้-รับทราบการเผยแพร่ข้อมูลข่าวสาร",
    f"ของ{f.ORG}ผ่านช่องทางต่างๆ",
]
NO_RESPONSES = (
    "ไม่มีผู้ตอบแบบสำรวจการรับรู้-รับทราบที่ระบุหน่วยงานนี้ในรอบการรายงานนี้ ({start} – {end}) "
    "จึงไม่มีผลการสำรวจให้รายงานในตารางที่ ๑ และ ๒"
)


@dataclass(frozen=True)
class Form2:
    unit_code: str
    unit_name: str
    fy: int
    round: str
    visitors: pd.DataFrame  # visitor_mix for the unit and round
    awareness: pd.DataFrame  # awareness_by_channel for the unit and round
    is_demo: bool

    @property
    def start(self) -> date:
        return round_range(self.fy, self.round)[0]

    @property
    def end(self) -> date:
        return round_range(self.fy, self.round)[1]

    @property
    def responses(self) -> int:
        return int(self.visitors["n"].iloc[0]) if len(self.visitors) else 0

    def table1(self) -> list[list[str]]:
        """Header + the five visitor types: ที่ (Thai digits), type, count."""
        counts = dict(zip(self.visitors["visitor_type"], self.visitors["responses"], strict=True))
        return [["ที่", "ประเภทผู้มาติดต่อ", "จำนวน (คน)"]] + [
            [f.thai_digits(i), label, f.count(counts.get(key))]
            for i, (key, label) in enumerate(VISITOR_ROWS, start=1)
        ]

    def table2(self) -> list[list[str]]:
        """Two header rows (the seed's merged heading) + the three items: aware, unaware, total."""
        by_item = self.awareness.set_index("channel")
        rows = [
            ["ที่", "ช่องทาง/ข้อมูล", "การรับรู้-รับทราบ (คน)", "", "รวมทั้งสิ้น จำนวน (คน)"],
            ["", "", "รู้/ทราบ", "ไม่รู้/ไม่ทราบ", ""],
        ]
        for i, (key, label) in enumerate(ITEM_ROWS, start=1):
            r = by_item.loc[key]
            rows.append(
                [f.thai_digits(i), label, f.count(r["aware"]), f.count(r["unaware"]), f.count(r["total"])]
            )
        return rows

    def table2_flat(self) -> list[list[str]]:
        """Table ๒ with one header row (for a preview grid)."""
        rows = self.table2()
        return [[rows[0][0], rows[0][1], rows[1][2], rows[1][3], rows[0][4]], *rows[2:]]

    def file_name(self, ext: str) -> str:
        return f"form2-{self.fy}-r{self.round}-{self.unit_code}.{ext}"


def unit_name(ask: Callable[..., pd.DataFrame], unit: str) -> str:
    units = ask("units")
    match = units[units["code"] == unit]
    if match.empty:
        raise InputProblem("problem.report.no_unit", unit=unit)
    return str(match["name_th"].iloc[0])


def gather(ask: Callable[..., pd.DataFrame], unit: str, fy: int, round_: str) -> Form2:
    """ask(name, **params) -> DataFrame: dashboard.data.ask on the page, queries.run in the CLI."""
    start, end = round_range(fy, round_)
    params = {"start": start, "end": end, "units": [unit], "visitor_type": None}
    return Form2(
        unit,
        unit_name(ask, unit),
        fy,
        round_,
        ask("visitor_mix", **params),
        ask("awareness_by_channel", **params),
        bool(ask("data_extent")["is_demo"].iloc[0]),
    )


def build_docx(form: Form2) -> bytes:
    document = f.new_document()
    f.demo_badge(document, form.is_demo)
    f.title(document, [*TITLE, f"หน่วยงาน {form.unit_name}"])
    f.title(document, [f.round_line(form.fy, form.round)], bold=False, size_pt=f.SIZE)
    f.fill_line(document, [("ชื่อ", 8, ""), ("นามสกุล", 16, "")])
    f.fill_line(document, [("ตำแหน่ง", 8, ""), ("หน่วยงาน", 0, form.unit_name)])
    f.fill_line(document, [("หมายเลขโทรศัพท์", 8, ""), ("E-mail", 16, "")])
    f.body(
        document,
        f"ขอรายงานผลการสำรวจการรับรู้-รับทราบการเผยแพร่ข้อมูลข่าวสาร ของ{f.ORG}ผ่านช่องทางต่างๆ ดังนี้",
    )
    if form.responses == 0:
        f.body(document, NO_RESPONSES.format(start=f.thai_date(form.start), end=f.thai_date(form.end)))
    else:
        f.heading(document, "๑. ประเภทของผู้มาติดต่อ")
        f.table(document, 1, form.table1(), [1.5, 10.5, 4.0])
        f.note(
            document,
            f"ผู้ตอบแบบสำรวจทั้งหมด {f.count(form.responses)} คน ผู้ตอบหนึ่งคนเลือกได้มากกว่าหนึ่งประเภท "
            "ผลรวมของตารางจึงอาจมากกว่าจำนวนผู้ตอบ",
        )
        f.heading(document, "๒. การรับรู้ - รับทราบ")
        rows = form.table2()
        grid = f.table(document, 2, rows, [1.2, 7.0, 2.4, 2.8, 2.6])
        f.merge(grid, (0, 2), (0, 3), rows[0][2])
        for c in (0, 1, 4):
            f.merge(grid, (0, c), (1, c), rows[0][c])
        f.note(document, "รวมทั้งสิ้น = ผู้ที่ตอบข้อนั้น (ไม่นับผู้ที่เว้นว่างข้อนั้น)")
    f.note(
        document,
        f"ที่มา: ผลแบบสำรวจการรับรู้-รับทราบ ({f.thai_date(form.start)} – {f.thai_date(form.end)}) "
        "จากแดชบอร์ด ITA ตัวชี้วัดที่ ๗",
    )
    f.signature(document)
    return f.save(document)
