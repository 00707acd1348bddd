"""Labels shared by every page: app shell, navigation groups, filters, units, visitor types, tables."""

LABELS: dict[str, tuple[str, str]] = {
    "app.title": ("แดชบอร์ดประสิทธิภาพการสื่อสาร ITA", "ITA communication dashboard"),
    "app.org": ("สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "Office of the Permanent Secretary, MDES"),
    "app.language": ("ภาษา / Language", "Language / ภาษา"),
    "filter.period.fy": ("ปีงบประมาณ {fy} · {round}", "FY{fy} · {round}"),
    "app.language.th": ("ไทย", "ไทย"),  # each language named in itself, whatever the page's language
    "app.language.en": ("English", "English"),
    "app.page_refused": (  # shown before the page knows its viewer's language: both
        "ไม่มีสิทธิ์เปิดหน้านี้ / You may not open this page",
        "ไม่มีสิทธิ์เปิดหน้านี้ / You may not open this page",
    ),
    "app.demo_badge": ("ข้อมูลตัวอย่าง / demo data — ไม่ใช่ข้อมูลจริง", "Demo data / ข้อมูลตัวอย่าง — not real figures"),
    "app.error": (
        "ขออภัย หน้านี้แสดงผลไม่สำเร็จ โปรดลองใหม่ หรือแจ้งผู้ดูแลระบบ",
        "Sorry, this page could not be shown. Try again, or tell the data admin.",
    ),
    "app.damaged": (
        "ไฟล์ฐานข้อมูลเสียหาย อ่านไม่ได้ ตัวเลขจึงยังแสดงไม่ได้ ผู้ดูแลข้อมูล: กู้คืนไฟล์สำรองล่าสุดด้วยคำสั่งด้านล่าง "
        "(ที่โฟลเดอร์ของแดชบอร์ด) แล้วโหลดหน้านี้ใหม่ ไฟล์สำรองอยู่ใน data/backups/",
        "The database file is damaged and cannot be read, so no figures can be shown. Data admin: restore the "
        "newest backup with the command below (in the dashboard's folder), then reload this page. "
        "Backups are in data/backups/.",
    ),
    "app.no_db": (
        "ยังไม่มีฐานข้อมูล: สร้างข้อมูลตัวอย่างด้วย make run หรือ python -m etl demo",
        "No database yet: build the demo data with make run or python -m etl demo",
    ),
    "app.data_as_of": ("ข้อมูลถึงวันที่", "Data up to"),
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
    "filter.units": ("หน่วยงาน (เลือกได้หลายหน่วย)", "Units (choose one or more)"),
    "filter.units.help": (
        "ไม่เลือก = ทุกหน่วยงาน · ส่วนกลางอยู่ก่อน ตามด้วยส่วนภูมิภาค · พิมพ์เพื่อค้นหา",
        "None chosen = every unit · central units first, then provincial offices · type to search",
    ),
    "filter.units.central": ("ส่วนกลาง", "Central"),
    "filter.units.provincial": ("ภูมิภาค", "Provincial"),
    "filter.units.kind_help": (
        "เลือกหน่วยงาน{kind}ทั้งหมด (แทนที่รายการที่เลือกไว้)",
        "Choose every {kind} unit (replaces the current choice)",
    ),
    "filter.visitor": ("ประเภทผู้มาติดต่อ", "Visitor type"),
    "filter.visitor.all": ("ทุกประเภท", "All types"),
    "filter.period_is": ("ช่วงเวลา", "Period"),
    "filter.reversed": ("วันเริ่มต้นอยู่หลังวันสิ้นสุด จึงสลับให้", "The start was after the end, so they were swapped"),
    "kind.central": ("ส่วนกลาง", "Central"),
    "kind.provincial": ("ส่วนภูมิภาค", "Provincial"),
    "visitor.contract": ("คู่สัญญา/การจัดซื้อจัดจ้าง", "Contract party / procurement"),
    "visitor.information": ("ขอรับบริการข้อมูล/ข่าวสาร", "Information request"),
    "visitor.meeting": ("ประชุม/สัมมนา", "Meeting / seminar"),
    "visitor.feedback": ("เสนอความเห็น/ข้อเสนอแนะ", "Feedback / suggestion"),
    "visitor.other": ("อื่นๆ", "Other"),
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
    "app.old_database": (
        "ฐานข้อมูลนี้สร้างด้วยระบบรุ่นก่อน: ผู้ดูแลข้อมูลสั่ง python -m etl upgrade (หรือนำเข้าข้อมูลครั้งถัดไป) แล้วเปิดหน้านี้ใหม่",
        "This database was made by an older version: the data admin runs python -m etl upgrade (or the next import) "
        "and reloads this page",
    ),
    # formats: the shape differs by language, the Thai needs no words (tests/test_i18n_static.py)
    "format.fy.short": ("{fy}", "FY{fy}"),
    "format.fy.picker": ("{fy}", "FY{fy} ({start}–{end})"),
    "format.list.and": (" และ", " and "),
    "format.sentence": ("{text}", "{text}."),
    "format.summary.joined": ("{first} {rest}", "{first}: {rest}."),
}
