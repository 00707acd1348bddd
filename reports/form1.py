"""แบบรายงานที่ ๑: a unit's results on the seven measures for one round, in the seed document's layout.

Pre-filled with the result text and evidence of the unit's latest submission for the round
(queries/form1_round.sql), or blank to fill in by hand. Free text from the register is written as
plain text (never a field or a live link), as the pages show it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from core.thaidate import format_datetime
from reports import docx_forms as f
from reports.form2 import unit_name

MEASURES = (  # the seed's table, word for word
    f"สร้างการรับรู้ – รับทราบข้อมูลข่าวสาร/ผลงานของ{f.ORG} ให้กับประชาชนผ่านช่องทางที่หลากหลาย",
    "มีช่องทางในการติดต่อ-สอบถาม การให้ข้อเสนอแนะ หรือความคิดเห็นเกี่ยวกับการดำเนินงาน/การให้บริการที่หลากหลาย",
    "เพิ่มจุดบริการชี้แจงและตอบคำถาม เมื่อประชาชน ผู้รับบริการ และผู้มีส่วนได้ส่วนเสียภายนอกมีข้อสงสัย"
    f"เกี่ยวกับการดำเนินงานของ{f.ORG}ได้อย่างชัดเจน",
    "นำเทคโนโลยีมาใช้ในการปฏิบัติงาน/การดำเนินงาน/การให้บริการ ให้เกิดความสะดวกรวดเร็วเพื่อเพิ่มประสิทธิภาพ"
    "ในการให้บริการประชาชน และหน่วยงานที่เกี่ยวข้องกับภารกิจของหน่วยงาน",
    f"สร้างการรับรู้ เผยแพร่ให้ประชาชนและผู้รับบริการรับทราบช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่ของ{f.ORG}",
    "การปรับปรุงวิธีการและขั้นตอนดำเนินงาน/การปฏิบัติงาน/การให้บริการ ให้มีคุณภาพ โปร่งใส",
    "การเปิดโอกาสให้ผู้รับบริการ ผู้มาติดต่อ หรือผู้มีส่วนได้ส่วนเสีย เข้าไปมีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงาน/การให้บริการ",
)
HEADERS = [
    "ที่",
    "มาตรการ/แนวทางแก้ไขและพัฒนา",
    "ผลการดำเนินงาน",
    "เอกสาร/หลักฐาน ประกอบผลการดำเนินงาน (รูปภาพ/รายงาน/Link ที่เชื่อมโยงข้อมูล) (ถ้ามี)",
]
TITLE = [
    "แบบรายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    f"ในการดำเนินงานของ{f.ORG}",
]


@dataclass(frozen=True)
class Form1:
    unit_code: str
    unit_name: str
    fy: int
    round: str
    measures: pd.DataFrame  # form1_round: measure, submitted_at, result, evidence
    is_demo: bool
    prefill: bool = True

    @property
    def submitted_at(self) -> datetime | None:
        value = self.measures["submitted_at"].iloc[0]
        return None if pd.isna(value) else pd.Timestamp(value).to_pydatetime()

    def rows(self) -> list[list[str]]:
        """Header + the seven measures; result and evidence from the submission when pre-filled."""
        out = [list(HEADERS)]
        for i, text in enumerate(MEASURES, start=1):
            row = self.measures[self.measures["measure"] == i]
            result = _text(row["result"].iloc[0]) if self.prefill and len(row) else ""
            evidence = _text(row["evidence"].iloc[0]) if self.prefill and len(row) else ""
            out.append([f.thai_digits(i), text, result, evidence])
        return out

    def file_name(self, ext: str) -> str:
        return f"form1-{self.fy}-r{self.round}-{self.unit_code}{'' if self.prefill else '-blank'}.{ext}"


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def gather(
    ask: Callable[..., pd.DataFrame], unit: str, fy: int, round_: str, *, prefill: bool = True
) -> Form1:
    return Form1(
        unit,
        unit_name(ask, unit),
        fy,
        round_,
        ask("form1_round", unit=unit, fy=fy, period=round_),
        bool(ask("data_extent")["is_demo"].iloc[0]),
        prefill,
    )


def build_docx(form: Form1) -> bytes:
    document = f.new_document(landscape=True)  # four wide columns, as the seed's table
    f.demo_badge(document, form.is_demo and form.prefill)
    f.title(document, TITLE)
    f.title(document, [f.round_line(form.fy, form.round)], bold=False, size_pt=f.SIZE)
    f.fill_line(document, [("ชื่อ", 8, ""), ("นามสกุล", 16, ""), ("ตำแหน่ง", 24.5, "")])
    f.fill_line(document, [("หมายเลขโทรศัพท์", 12, ""), ("หน่วยงาน", 0, form.unit_name)])
    f.table(document, 1, form.rows(), [1.2, 8.6, 8.9, 6.0])
    if form.prefill:
        when = form.submitted_at
        f.note(
            document,
            f"ผลการดำเนินงานและหลักฐานจากแบบรายงานที่หน่วยงานส่งเมื่อ {f.thai_digits(format_datetime(when))} น."
            if when
            else "หน่วยงานยังไม่ได้ส่งผลการดำเนินงานรายมาตรการของรอบนี้: กรอกผลและหลักฐานในตาราง",
        )
    f.signature(document, indent_cm=13)
    return f.save(document)
