"""The ศปท. consolidated report to the executives for one round (DOCX; PDF through reports.pdf).

Seed §4 ๔-๕: ศปท. gathers the units' แบบรายงานที่ ๑ and ๒ into one report on the office for the
Permanent Secretary. Sections: a summary, reporting compliance, awareness per item overall and per
unit, the visitor mix, and what changed against the same round a year earlier; all from
reports.round_data.
"""

from __future__ import annotations

from docx.shared import Cm

from reports import docx_forms as f
from reports.round_data import UNIT_CHANGE, RoundData, pct, round_name, round_span

TITLE = [
    "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
    f"ในการดำเนินงานของ{f.ORG}",
    "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
]
FROM = "ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.)"


def _bullets(document, lines: list[str]) -> None:
    for line in lines:
        p = document.add_paragraph(f"• {line}")
        p.paragraph_format.left_indent = Cm(1)
        p.paragraph_format.first_line_indent = Cm(-0.5)


def build_docx(data: RoundData) -> bytes:
    document = f.new_document()
    f.demo_badge(document, data.is_demo)
    f.title(document, TITLE)
    f.title(document, [f.round_line(data.fy, data.round)], bold=False, size_pt=f.SIZE)
    f.body(
        document,
        f"{FROM} ขอรายงานผลการดำเนินงานตามมาตรการฯ ของกอง/กลุ่ม/ศูนย์ และสำนักงานดิจิทัลเพื่อเศรษฐกิจ"
        f"และสังคมจังหวัด {round_name(data.fy, data.round)} โดยรวบรวมจากแบบรายงานที่ ๑ และ ๒ "
        f"และผลแบบสำรวจการรับรู้-รับทราบ ข้อมูล ณ วันที่ {f.thai_date(data.as_of)} ดังนี้",
    )
    f.body(document, data.comparison())

    f.heading(document, "๑. สรุปสำหรับผู้บริหาร")
    rates = {r[0]: r[4] for r in data.awareness_rows()[1:]}
    _bullets(
        document,
        [
            "การส่งรายงานตรงเวลา " + (pct(data.rate) if data.rate is not None else "– (ยังไม่ถึงกำหนดส่ง)"),
            f"ผู้ตอบแบบสำรวจ {f.count(data.now.responses)} คน จาก {len(data.unit_rows()) - 1} หน่วยงาน",
            "ร้อยละที่รู้/ทราบ: " + " · ".join(f"{name} {rate}" for name, rate in rates.items()),
        ],
    )

    f.heading(document, "๒. การส่งรายงานของหน่วยงาน")
    f.table(
        document,
        1,
        data.compliance_rows(),
        [5.2, 2.2, 2.0, 2.2, 2.4, 2.0],
        size_pt=f.SIZE - 1,
        numbered=False,
    )
    f.note(document, f"สถานะ ณ วันที่ {f.thai_date(data.as_of)} ตามตารางกำหนดส่ง (data/schedule.toml)")
    for form, name in (("form1", "แบบรายงานที่ ๑"), ("form2", "แบบรายงานที่ ๒")):
        missing = data.missing_units(form)
        if missing:
            f.body(document, f"หน่วยงานที่ค้างส่ง{name} ({len(missing)}): " + ", ".join(missing), indent=False)

    f.heading(document, "๓. การรับรู้-รับทราบ ภาพรวมของสำนักงาน")
    prev = round_name(data.before.fy, data.before.round)
    f.table(
        document,
        1,
        data.awareness_rows(),
        [4.4, 1.9, 2.0, 1.8, 2.0, 1.9, 2.0],
        size_pt=f.SIZE - 1,
        numbered=False,
    )
    f.note(document, f"เทียบกับ{round_span(data.before.fy, data.before.round)} · เปลี่ยนแปลงเป็นจุดร้อยละ · "
           "รวม = ผู้ที่ตอบข้อนั้น")  # fmt: skip

    f.heading(document, "๔. การรับรู้-รับทราบ รายหน่วยงาน (ร้อยละที่รู้/ทราบ)")
    f.table(document, 1, data.unit_rows(), [7.0, 2.0, 2.4, 2.3, 2.3], size_pt=f.SIZE - 2, numbered=False)
    f.note(document, f"* ผู้ตอบข้อนั้นน้อยกว่า {data.min_n} คน (ข้อมูลน้อย) ควรอ่านด้วยความระมัดระวัง")
    silent = data.silent_units()
    if silent:
        f.body(document, f"หน่วยงานที่ไม่มีผู้ตอบแบบสำรวจในรอบนี้ ({len(silent)}): " + ", ".join(silent), indent=False)

    f.heading(document, "๕. ประเภทของผู้มาติดต่อ")
    f.table(document, 1, data.visitor_rows(), [5.6, 2.6, 2.2, 2.6, 2.2], size_pt=f.SIZE - 1, numbered=False)
    f.note(document, "ผู้ตอบหนึ่งคนเลือกได้มากกว่าหนึ่งประเภท สัดส่วนจึงรวมกันได้เกินร้อยละ ๑๐๐")

    f.heading(document, f"๖. การเปลี่ยนแปลงที่สำคัญเทียบกับรอบเดียวกันของปีก่อน ({prev})")
    _bullets(document, data.changes())
    f.note(
        document,
        f"แสดงหน่วยงานที่ร้อยละที่รู้/ทราบของข้อใดเปลี่ยน {UNIT_CHANGE:.0%} ขึ้นไป "
        f"และมีผู้ตอบข้อนั้นอย่างน้อย {data.min_n} คนทั้งสองรอบ",
    )
    f.body(document, "จึงเรียนมาเพื่อโปรดทราบ")
    f.signature(document, position="ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต")
    return f.save(document)
