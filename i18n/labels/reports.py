"""Labels of the reports page: the official forms (แบบรายงานที่ ๑, ๒) and the ศปท. round report."""

LABELS: dict[str, tuple[str, str]] = {
    "page.reports": ("แบบรายงานและรายงานรอบ", "Forms and round report"),
    "help.page.reports": (
        "สร้างแบบรายงานที่ ๑ และ ๒ ของแต่ละหน่วยงานจากข้อมูลในระบบ (Word พร้อมลงนาม และ PDF) "
        "และรายงานสรุปรอบของ ศปท. เสนอผู้บริหาร",
        "Forms 1 and 2 for each unit, filled in from the data (Word to sign, and PDF), and the ACC's "
        "round report to the executives",
    ),
    "reports.title": ("แบบรายงานและรายงานสรุปรอบ", "Official forms and the round report"),
    "reports.intro": (
        "เลือกเอกสาร รอบ และหน่วยงาน กดสร้างเอกสาร ดูตัวอย่าง แล้วดาวน์โหลด ตัวเลขมาจากคำถามเดียวกับหน้าแบบสำรวจ "
        "ผู้รายงานกรอกชื่อ ตำแหน่ง และลงนามเอง",
        "Pick the document, round and units, build it, look at the preview, then download. The figures "
        "come from the same questions as the survey pages; the officer fills in name and position and signs.",
    ),
    "reports.kind": ("เอกสาร", "Document"),
    "reports.kind.form2": ("แบบรายงานที่ ๒ ผลสำรวจการรับรู้-รับทราบ", "Form 2: survey results"),
    "reports.kind.form1": ("แบบรายงานที่ ๑ ผลตามมาตรการ (ตามที่หน่วยงานส่ง)", "Form 1: measures (as submitted)"),
    "reports.kind.form1_blank": ("แบบรายงานที่ ๑ ฉบับว่าง", "Form 1: blank"),
    "reports.kind.consolidated": (
        "รายงานสรุปรอบของ ศปท. เสนอผู้บริหาร",
        "The ACC's round report to the executives",
    ),
    "reports.fy": ("ปีงบประมาณ", "Fiscal year"),
    "reports.round": ("รอบ", "Round"),
    "reports.units": ("หน่วยงาน", "Units"),
    "reports.all_units": ("ทุกหน่วยงาน (ไฟล์ ZIP)", "Every unit (one ZIP)"),
    "reports.formats": ("รูปแบบไฟล์", "File formats"),
    "reports.as_of": ("สถานะการส่งรายงาน ณ วันที่", "Reporting status as of"),
    "reports.build": ("สร้างเอกสาร", "Build"),
    "reports.pick_unit": ("เลือกอย่างน้อยหนึ่งหน่วยงาน", "Pick at least one unit"),
    "reports.building": ("กำลังสร้างเอกสาร…", "Building the documents…"),
    "reports.preview": ("ตัวอย่าง", "Preview"),
    "reports.preview.page": ("หน้าแรกของ {name}", "First page of {name}"),
    "reports.preview.tables": ("ตารางในเอกสาร {name}", "Tables in {name}"),
    "reports.download": ("ดาวน์โหลด {name}", "Download {name}"),
    "reports.files": ("{n} ไฟล์", "{n} files"),
    "reports.no_responses": (
        "ไม่มีผู้ตอบแบบสำรวจในรอบนี้ ({n} หน่วยงาน): แบบรายงานของหน่วยงานเหล่านี้ระบุว่าไม่มีผลสำรวจ แทนตารางตัวเลข — {units}",
        "No survey responses in the round ({n} units): their forms say so instead of showing tables — {units}",
    ),
    "reports.pdf_missing": ("สร้าง PDF ไม่ได้: {problem}", "Cannot make PDFs: {problem}"),
    "reports.stale": (
        "ตัวเลือกเปลี่ยนไปจากเอกสารที่สร้างไว้: กดสร้างเอกสารอีกครั้ง",
        "The choices changed since these documents were built: build again",
    ),
}
