"""Every visible label, in Thai (first) and English. Pages never hard-code display text."""

from __future__ import annotations

LANGS = ("th", "en")

LABELS: dict[str, tuple[str, str]] = {
    "app.title": ("แดชบอร์ดประสิทธิภาพการสื่อสาร ITA", "ITA communication dashboard"),
    "app.org": ("สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "Office of the Permanent Secretary, MDES"),
    "app.language": ("ภาษา / Language", "Language / ภาษา"),
    "app.demo_badge": ("ข้อมูลตัวอย่าง / demo data — ไม่ใช่ข้อมูลจริง", "Demo data / ข้อมูลตัวอย่าง — not real figures"),
    "app.error": (
        "ขออภัย หน้านี้แสดงผลไม่สำเร็จ โปรดลองใหม่ หรือแจ้งผู้ดูแลระบบ",
        "Sorry, this page could not be shown. Try again, or tell the data admin.",
    ),
    "app.no_db": (
        "ยังไม่มีฐานข้อมูล: สร้างข้อมูลตัวอย่างด้วย make run หรือ python -m etl demo",
        "No database yet: build the demo data with make run or python -m etl demo",
    ),
    "app.data_as_of": ("ข้อมูลถึงวันที่", "Data up to"),
    "nav.survey": ("แบบสำรวจการรับรู้", "Awareness survey"),
    "page.awareness": ("การรับรู้ตามช่องทาง", "Awareness by channel"),
    "filter.header": ("ช่วงเวลาและตัวกรอง", "Period and filters"),
    "filter.mode": ("เลือกช่วงเวลาแบบ", "Choose the period by"),
    "filter.mode.fy": ("ปีงบประมาณ", "Fiscal year"),
    "filter.mode.range": ("ช่วงวันที่", "Date range"),
    "filter.fy": ("ปีงบประมาณ (พ.ศ.)", "Fiscal year (BE)"),
    "filter.round": ("รอบ", "Round"),
    "filter.round.6": ("6 เดือน (ต.ค.–มี.ค.)", "6 months (Oct–Mar)"),
    "filter.round.12": ("12 เดือน (ทั้งปี)", "12 months (whole year)"),
    "filter.start": ("ตั้งแต่วันที่", "From"),
    "filter.end": ("ถึงวันที่", "To"),
    "filter.unit": ("หน่วยงาน", "Unit"),
    "filter.unit.all": ("ทุกหน่วยงาน", "All units"),
    "filter.visitor": ("ประเภทผู้มาติดต่อ", "Visitor type"),
    "filter.visitor.all": ("ทุกประเภท", "All types"),
    "filter.period_is": ("ช่วงเวลา", "Period"),
    "filter.reversed": ("วันเริ่มต้นอยู่หลังวันสิ้นสุด จึงสลับให้", "The start was after the end, so they were swapped"),
    "kind.central": ("ส่วนกลาง", "Central"),
    "kind.provincial": ("ส่วนภูมิภาค", "Provincial"),
    "channel.news": ("ข้อมูลข่าวสารและผลงาน", "News and work of the office"),
    "channel.contact": ("ช่องทางติดต่อ-สอบถาม-ข้อเสนอแนะ", "Contact / question / feedback channels"),
    "channel.complaint": ("ช่องทางร้องเรียนการทุจริต", "Corruption complaint channel"),
    "visitor.contract": ("คู่สัญญา/การจัดซื้อจัดจ้าง", "Contract party / procurement"),
    "visitor.information": ("ขอรับบริการข้อมูล/ข่าวสาร", "Information request"),
    "visitor.meeting": ("ประชุม/สัมมนา", "Meeting / seminar"),
    "visitor.feedback": ("เสนอความเห็น/ข้อเสนอแนะ", "Feedback / suggestion"),
    "visitor.other": ("อื่นๆ", "Other"),
    "awareness.title": ("การรับรู้-รับทราบ ตามช่องทาง", "Awareness by channel"),
    "awareness.intro": (
        "สัดส่วนผู้มาติดต่อที่ตอบว่า รู้/ทราบ ในแต่ละข้อของแบบสำรวจ (ไม่นับคำตอบที่เว้นว่าง)",
        "Share of visitors who answered 'aware' to each survey item (blank answers not counted)",
    ),
    "awareness.rate": ("อัตราการรับรู้", "Awareness rate"),
    "awareness.ci": ("ช่วงความเชื่อมั่น 95%", "95% interval"),
    "awareness.counts": (
        "รู้ {aware:,} · ไม่รู้ {unaware:,} · รวม {total:,} คน",
        "aware {aware:,} · unaware {unaware:,} · total {total:,}",
    ),
    "awareness.no_answers": ("ไม่มีคำตอบ", "No answers"),
    "awareness.chart_rates": ("อัตราการรับรู้ พร้อมช่วงความเชื่อมั่น 95%", "Awareness rate with 95% interval"),
    "awareness.chart_rates.caption": (
        "แท่งคืออัตราการรับรู้ เส้นขีดคือช่วงความเชื่อมั่น 95% ยิ่งเส้นสั้น ยิ่งมีผู้ตอบมากและตัวเลขยิ่งแน่นอน",
        "Bars are the awareness rate; whiskers are the 95% interval — the shorter, the more answers behind it",
    ),
    "awareness.chart_trend": ("แนวโน้มรายเดือน", "Monthly trend"),
    "awareness.chart_trend.caption": (
        "เส้นคืออัตรารายเดือนของแต่ละข้อ แถบจางคือช่วงความเชื่อมั่น 95% เดือนที่ไม่มีผู้ตอบจะเว้นว่าง ไม่ใช่ศูนย์",
        "Lines are each item's monthly rate; the shaded band is the 95% interval; months without answers are gaps, not zero",
    ),
    "awareness.table": ("ตารางตัวเลข", "Figures"),
    "col.channel": ("ช่องทาง/ข้อมูล", "Channel"),
    "col.aware": ("รู้/ทราบ (คน)", "Aware"),
    "col.unaware": ("ไม่รู้/ไม่ทราบ (คน)", "Unaware"),
    "col.total": ("รวม (คน)", "Total"),
    "col.rate": ("อัตราการรับรู้", "Rate"),
    "col.ci_low": ("ขอบล่าง 95%", "95% low"),
    "col.ci_high": ("ขอบบน 95%", "95% high"),
    "col.month": ("เดือน", "Month"),
    "empty.title": ("ไม่มีคำตอบในช่วงที่เลือก", "No responses match this selection"),
    "empty.hint": (
        "ลองขยายช่วงวันที่ เลือกปีงบประมาณอื่น หรือเลือก 'ทุกหน่วยงาน' / 'ทุกประเภท'",
        "Try a wider date range, another fiscal year, or 'All units' / 'All types'",
    ),
    "download.csv": ("ดาวน์โหลด CSV", "Download CSV"),
    "nav.admin": ("ผู้ดูแลข้อมูล", "Data admin"),
    "page.data": ("ข้อมูลและการนำเข้า", "Data and refresh"),
    "data.title": ("ข้อมูลและการนำเข้า", "Data and refresh"),
    "data.intro": (
        "สถานะฐานข้อมูล การดึงข้อมูลจาก Google Sheets ครั้งล่าสุด และแถวที่ถูกกักไว้พร้อมเหตุผล",
        "What the database holds, the latest Google Sheets refresh, and the rows held back with reasons",
    ),
    "data.tables": ("จำนวนแถวในฐานข้อมูล", "Rows in the database"),
    "data.table": ("ตาราง", "Table"),
    "data.rows": ("จำนวนแถว", "Rows"),
    "data.loads": ("การนำเข้าล่าสุดของแต่ละแหล่ง", "Latest load of each source"),
    "data.refresh": ("ดึงข้อมูลจาก Google Sheets", "Refresh from Google Sheets"),
    "data.refresh.none": (
        "ยังไม่ได้ตั้งค่าแหล่งข้อมูล: คัดลอก sources.example.toml เป็น sources.toml แล้วใส่ลิงก์ชีต (ดูขั้นตอนใน README)",
        "No sources configured: copy sources.example.toml to sources.toml and add the sheets "
        "(steps in the README)",
    ),
    "data.refresh.button": ("ดึงข้อมูลตอนนี้", "Refresh now"),
    "data.refresh.running": ("กำลังดึงข้อมูล…", "Refreshing…"),
    "data.refresh.done": (
        "ดึงข้อมูลเสร็จ: สำเร็จ {ok} จาก {total} แหล่ง",
        "Refresh finished: {ok} of {total} sources ok",
    ),
    "data.refresh.failed": ("ดึงข้อมูลไม่สำเร็จ", "Refresh failed"),
    "data.refresh.last": ("ผลการดึงข้อมูลครั้งล่าสุดของแต่ละแหล่ง", "Latest refresh of each source"),
    "data.quarantine": ("แถวที่ถูกกักไว้ (quarantine)", "Rows held back (quarantine)"),
    "data.quarantine.none": ("ไม่มีแถวที่ถูกกักไว้", "No rows held back"),
    "data.quarantine.help": (
        "แก้ไขในไฟล์หรือชีตต้นทางตามเหตุผลที่แสดง แล้วนำเข้าหรือดึงข้อมูลอีกครั้ง ข้อมูลส่วนบุคคลถูกปิดไว้ (•••)",
        "Fix the source file or sheet as the reason says, then import or refresh again. "
        "Personal data is masked (•••)",
    ),
    "col.source": ("แหล่งข้อมูล", "Source"),
    "col.kind": ("ชนิด", "Kind"),
    "col.finished_at": ("เสร็จเมื่อ", "Finished"),
    "col.status": ("ผล", "Outcome"),
    "col.rows_read": ("อ่าน", "Read"),
    "col.rows_new": ("ใหม่", "New"),
    "col.rows_duplicate": ("ซ้ำ", "Duplicate"),
    "col.rows_quarantined": ("กักไว้", "Held back"),
    "col.message": ("หมายเหตุ", "Note"),
    "col.row_number": ("แถวที่", "Row"),
    "col.column_name": ("คอลัมน์", "Column"),
    "col.reason": ("เหตุผล", "Reason"),
    "col.raw": ("ข้อมูลดิบ", "Raw row"),
    "col.quarantined_at": ("เมื่อ", "When"),
}


def t(key: str, lang: str = "th", **values) -> str:
    """The label in the chosen language; a missing key shows itself rather than crashing a page."""
    pair = LABELS.get(key)
    text = key if pair is None else pair[1 if lang == "en" else 0]
    return text.format(**values) if values else text
