"""Labels of the upload-and-import page, the compliance record form, the unit officer's page and mail."""

LABELS: dict[str, tuple[str, str]] = {
    "import.tab": ("แท็บ '{sheet}'", "tab '{sheet}'"),
    "nav.input": ("ส่งและนำเข้าข้อมูล", "Data entry"),
    "page.import": ("นำเข้าไฟล์ข้อมูล", "Import files"),
    "help.page.import": (
        "อัปโหลดไฟล์ CSV/XLSX ดูตัวอย่างผลการนำเข้าก่อน แล้วกดนำเข้า (ผู้ดูแลทุกชนิด กลุ่มงานประชาสัมพันธ์: ยอดการเข้าถึง "
        "ศปท.: ทะเบียนการส่งรายงาน)",
        "Upload CSV/XLSX files, check the preview, then import (admin: every kind; PR: reach; ACC: the "
        "submissions register)",
    ),
    "import.title": ("นำเข้าไฟล์ข้อมูล", "Import files"),
    "import.intro": (
        'เลือกชนิดข้อมูลและไฟล์ ระบบจะตรวจและแสดงผลที่จะได้ก่อน ยังไม่มีอะไรถูกเผยแพร่จนกว่าจะกด "นำเข้า" '
        "ไฟล์ที่อัปโหลดไม่ถูกเก็บไว้ในเครื่องแม่ข่ายหลังนำเข้า",
        "Choose the kind of data and the files: they are checked and the outcome is shown first; nothing is "
        'published until you press "Import". Uploaded files are not kept on the server afterwards',
    ),
    "import.kind": ("ชนิดข้อมูล", "Kind of data"),
    "import.kind.responses": (
        "ผลแบบสำรวจการรับรู้ (Google Forms/Sheets)",
        "Awareness survey responses (Google Forms/Sheets)",
    ),
    "import.kind.reach": ("ยอดการเข้าถึงสื่อสังคมออนไลน์", "Social-media reach"),
    "import.kind.submissions": ("ทะเบียนการส่งรายงานของหน่วยงาน", "Register of reports received"),
    "import.kind.ita": ("คะแนน ITA", "ITA scores"),
    "import.kind.units": ("รายชื่อหน่วยงาน (units.csv)", "Units (units.csv)"),
    "import.hint.responses": (
        'ไฟล์ที่ดาวน์โหลดจาก Google Forms ("ดาวน์โหลดคำตอบ (.csv)") หรือจากชีตคำตอบ (CSV/XLSX)',
        'The Google Forms "Download responses (.csv)" file, or the response sheet as CSV/XLSX',
    ),
    "import.hint.reach": (
        "ชีตรายเดือนของกลุ่มงานประชาสัมพันธ์ หรือไฟล์ส่งออกจาก Meta Business Suite / YouTube Studio (เลือกได้หลายไฟล์)",
        "The PR group's monthly sheet, or exports from Meta Business Suite / YouTube Studio (several files at once)",
    ),
    "import.hint.submissions": (
        "ทะเบียนรับรายงาน: หน่วยงาน แบบรายงาน ปีงบประมาณ รอบ วันที่ส่ง ลิงก์",
        "The register: unit, form, fiscal year, round, date received, link",
    ),
    "import.hint.ita": ("ตาราง ปีงบประมาณ ตัวชี้วัด คะแนน", "A table of fiscal year, indicator, score"),
    "import.hint.units": ("units.csv ทั้งไฟล์ (แทนที่รายชื่อเดิม)", "The whole units.csv (replaces the list)"),
    "import.files": ("ไฟล์ (CSV หรือ XLSX)", "Files (CSV or XLSX)"),
    "import.checking": ("กำลังตรวจไฟล์…", "Checking the files…"),
    "import.checking.file": ("กำลังตรวจ {name}", "Checking {name}"),
    "import.checked": ("ตรวจเสร็จ {n} ไฟล์ (ยังไม่ได้นำเข้า)", "Checked {n} file(s) (not imported yet)"),
    "import.preview": ("ผลที่จะได้ (ยังไม่ได้นำเข้า)", "Preview (not imported yet)"),
    "import.recognised": ("อ่านเป็น", "Read as"),
    "import.rec.responses": ("ผลแบบสำรวจ", "survey responses"),
    "import.rec.reach.long": ("ยอดการเข้าถึง (ตารางยาว)", "reach (long table)"),
    "import.rec.reach.wide": ("ยอดการเข้าถึง (ชีตรายเดือนแบบกว้าง)", "reach (wide monthly sheet)"),
    "import.rec.reach.meta": ("ไฟล์ส่งออกจาก Meta Business Suite", "Meta Business Suite export"),
    "import.rec.reach.youtube": ("ไฟล์ส่งออกจาก YouTube Studio", "YouTube Studio export"),
    "import.rec.reach": ("ยอดการเข้าถึง", "reach"),
    "import.rec.submissions": ("ทะเบียนการส่งรายงาน", "submissions register"),
    "import.rec.ita": ("คะแนน ITA", "ITA scores"),
    "import.rec.units": ("รายชื่อหน่วยงาน", "units"),
    "import.counts": (
        "อ่าน {read} แถว · ใหม่ {new} · ซ้ำ {dup} · จะถูกกักไว้ {held}",
        "read {read} rows · new {new} · duplicate {dup} · to quarantine {held}",
    ),
    "import.covers": ("ช่วงข้อมูล: {first} – {last}", "Covers: {first} – {last}"),
    "import.units": ("หน่วยงาน: {units}", "Units: {units}"),
    "import.unknown_units": (
        "มี {n} แถวที่ระบุหน่วยงานที่ไม่อยู่ในรายชื่อ (นำเข้าได้ แต่ไม่นับเป็นของหน่วยงานใด): เพิ่มใน units.csv หรือแก้ชื่อในชีต",
        "{n} rows name a unit not in the list (kept, but counted for no unit): add it to units.csv or fix the sheet",
    ),
    "import.note": ("หมายเหตุจากการอ่านไฟล์: {text}", "Note from reading the file: {text}"),
    "import.refused": (
        "ไฟล์นี้นำเข้าไม่ได้ จะถูกข้าม: {why}",
        "This file cannot be imported and will be skipped: {why}",
    ),
    "import.platform": ("แพลตฟอร์มของไฟล์ Meta ที่ไม่ระบุ", "Platform of Meta files that do not name it"),
    "import.platform.none": ("ไม่ระบุ (ใช้ชื่อในไฟล์)", "not given (as the file says)"),
    "import.platform.help": (
        'ไฟล์จาก Meta Business Suite บางไฟล์มีเพียงชื่อตัววัด เช่น "Views" ไม่บอกว่าเป็น Facebook หรือ Instagram '
        "เลือกแพลตฟอร์มของเพจที่ดาวน์โหลดมา ไฟล์ที่ระบุแพลตฟอร์มไว้เองจะใช้ตามไฟล์",
        'Some Meta Business Suite files name only the metric ("Views"), not whether it is Facebook or '
        "Instagram: choose the page's platform. A file that names its platform keeps it.",
    ),
    "import.skipped": (
        "ไฟล์นี้ไม่ใช่ข้อมูลที่นำเข้า จะข้ามไป: {why}",
        "This file holds nothing to import and will be skipped: {why}",
    ),
    "import.reasons": ("แถวที่จะถูกกักไว้และเหตุผล", "Rows to be held back, and why"),
    "import.col.row": ("แถวที่ (ในชีต)", "Sheet row"),
    "import.col.column": ("คอลัมน์", "Column"),
    "import.col.reason": ("เหตุผล / สิ่งที่ต้องแก้", "Reason / what to fix"),
    "import.button": ("นำเข้า", "Import"),
    "import.cancel": ("ยกเลิก", "Cancel"),
    "import.cancelled": ("ยกเลิกแล้ว ไม่มีข้อมูลใดถูกนำเข้า", "Cancelled: nothing was imported"),
    "import.nothing": ("ไม่มีไฟล์ที่นำเข้าได้", "No file can be imported"),
    "import.running": ("กำลังนำเข้าและเผยแพร่…", "Importing and publishing…"),
    "import.done": (
        "นำเข้าแล้ว {n} ไฟล์: ใหม่ {new} แถว ทุกหน้าเห็นข้อมูลใหม่ทันที",
        "Imported {n} file(s): {new} new rows; every page shows them now",
    ),
    "import.failed": (
        "นำเข้าไม่สำเร็จ ข้อมูลที่ใช้งานอยู่ไม่ถูกเปลี่ยนแปลง",
        "The import failed; the served data was not changed",
    ),
    "import.forbidden_kind": ("บทบาทของท่านนำเข้าข้อมูลชนิดนี้ไม่ได้", "Your role may not import this kind of data"),
}

LABELS |= {
    "record.title": ("บันทึกการรับรายงาน (ศปท.)", "Record a report received (ACC)"),
    "record.intro": (
        "บันทึกว่าได้รับรายงานของหน่วยงานแล้ว ตารางสถานะและรายการค้างส่งด้านบนจะเปลี่ยนทันที "
        "การแก้ไขรายการเดิมถูกบันทึกในบันทึกการใช้งานพร้อมค่าเดิม",
        "Record that a unit's report arrived: the status matrix and the overdue list above change at once. "
        "A correction is written to the audit log with the old value",
    ),
    "record.unit": ("หน่วยงาน", "Unit"),
    "record.form": ("แบบรายงาน", "Report"),
    "record.fy": ("ปีงบประมาณ", "Fiscal year"),
    "record.round": ("รอบ", "Round"),
    "record.month": ("เดือน", "Month"),
    "record.mode": ("รายการ", "Entry"),
    "record.mode.new": ("บันทึกใหม่", "New record"),
    "record.mode.correct": ("แก้ไขรายการเดิม: {entry}", "Correct: {entry}"),
    "record.received": ("วันที่รับ (พ.ศ.)", "Date received (BE)"),
    "record.receipt_no": ("เลขรับ", "Receiving number"),
    "record.link": ("ลิงก์เอกสาร", "Link to the document"),
    "record.note": ("หมายเหตุ", "Note"),
    "record.held": ("รายการที่มีอยู่แล้วของรายงานนี้", "Entries already held for this report"),
    "record.save": ("บันทึก", "Save"),
    "record.need_date": ("กรอกวันที่รับให้ถูกต้องก่อนบันทึก", "Type a valid date received first"),
    "record.failed": ("บันทึกไม่สำเร็จ ข้อมูลเดิมไม่ถูกเปลี่ยนแปลง:", "Not saved; nothing was changed:"),
    "record.saved": ("บันทึกแล้ว: {unit} · {report} · ปีงบประมาณ {fy}", "Saved: {unit} · {report} · FY{fy}"),
    "record.col.submitted_at": ("วันที่ส่ง/รับ", "Submitted / received"),
    "record.col.by": ("บันทึกโดย", "Recorded by"),
    "record.col.recorded_at": ("บันทึกเมื่อ", "Recorded at"),
    "record.col.receipt_no": ("เลขรับ", "Receiving no."),
    "record.col.link": ("ลิงก์", "Link"),
    "record.col.measures": ("ผลมาตรการ (ข้อ)", "Measures given"),
    "record.col.note": ("หมายเหตุ", "Note"),
    "unit.submit.link": ("ลิงก์รายงาน (ไฟล์ที่ลงนามแล้ว)", "Link to the signed report"),
    "unit.submit.measures": (
        "ผลการดำเนินงานตามมาตรการทั้ง ๗ ข้อ และลิงก์หลักฐาน (ถ้ามี)",
        "The results of the seven measures, and evidence links (if any)",
    ),
    "unit.submit.evidence": ("ลิงก์หลักฐานข้อ {n}", "Evidence link, measure {n}"),
    "unit.submit.button": ("ส่งรายงาน", "Submit the report"),
}

LABELS |= {
    "page.my_unit": ("หน่วยงานของฉัน", "My unit"),
    "help.page.my_unit": (
        "สำหรับเจ้าหน้าที่หน่วยงาน: ผลแบบสำรวจของหน่วยงาน รายงานที่ต้องส่งและกำหนดส่ง แบบรายงานที่ ๑/๒ ที่กรอกข้อมูลไว้แล้ว "
        "และแบบฟอร์มส่งรายงานถึง ศปท.",
        "For a unit's officer: the unit's survey figures, the reports it owes and when, the pre-filled forms 1 "
        "and 2, and the form to submit its report to the ACC",
    ),
    "unit.title": ("หน่วยงานของฉัน", "My unit"),
    "unit.intro": (
        "ข้อมูลเฉพาะหน่วยงานของท่าน: ผลแบบสำรวจ รายงานที่ต้องส่ง ดาวน์โหลดแบบรายงาน และส่งรายงานถึง ศปท.",
        "Your unit only: survey figures, the reports you owe, the forms to download, and your report to the ACC",
    ),
    "unit.unknown_code": (
        "ไม่พบหน่วยงานรหัส {codes} ใน data/units.csv: แจ้งผู้ดูแลระบบให้แก้ไฟล์ roles.toml",
        "No unit with code {codes} in data/units.csv: ask the admin to fix roles.toml",
    ),
    "unit.survey": ("ผลแบบสำรวจการรับรู้ ปีงบประมาณ {fy}", "Awareness survey, FY{fy}"),
    "unit.survey.none": ("ยังไม่มีผู้ตอบแบบสำรวจของหน่วยงานในปีนี้", "No survey answers for your unit this year yet"),
    "unit.survey.counts": ("รู้/ทราบ {aware} จาก {total} คน", "{aware} aware of {total}"),
    "unit.owes": ("รายงานที่ต้องส่งและกำหนดส่ง", "Reports owed and their due dates"),
    "unit.forms": ("แบบรายงานที่กรอกข้อมูลไว้แล้ว (DOCX)", "Pre-filled forms (DOCX)"),
    "unit.form1": ("ดาวน์โหลดแบบรายงานที่ ๑", "Download form 1"),
    "unit.form2": ("ดาวน์โหลดแบบรายงานที่ ๒", "Download form 2"),
    "unit.submit": ("ส่งรายงานถึง ศปท.", "Submit your report to the ACC"),
    "unit.sent": ("รายงานที่หน่วยงานส่งแล้ว", "Reports your unit has sent"),
    "unit.sent.none": ("ยังไม่มีรายงานที่ส่ง", "No report sent yet"),
}

LABELS |= {
    "mail.subject": (
        "ขอให้ส่งรายงานที่ค้างถึง ศปท. ({unit})",
        "Please send the overdue reports to the ACC ({unit})",
    ),
    "mail.title": ("ส่งอีเมลเตือนหน่วยงานที่ค้างส่ง", "E-mail the reminders"),
    "mail.off": (
        "ยังไม่ได้ตั้งค่าการส่งอีเมล: เพิ่มส่วน [smtp] ใน .streamlit/secrets.toml (ดู README)",
        "E-mail is not set up: add an [smtp] section to .streamlit/secrets.toml (see the README)",
    ),
    "mail.col.unit": ("หน่วยงาน", "Unit"),
    "mail.col.to": ("ส่งถึง (อีเมลทางการของหน่วยงาน)", "To (the unit's official address)"),
    "mail.col.reports": ("รายงานที่ค้าง", "Reports overdue"),
    "mail.no_address": (
        "ไม่มีอีเมลทางการของ {units}: เพิ่มในคอลัมน์ email ของ data/units.csv (อีเมลสำนักงาน ไม่ใช่อีเมลส่วนตัว)",
        "No official address for {units}: add it to the email column of data/units.csv (an office address, "
        "not a person's)",
    ),
    "mail.choose": ("ส่งถึงหน่วยงาน", "Send to"),
    "mail.preview": ("ตัวอย่างอีเมลถึง {to}", "Preview of the e-mail to {to}"),
    "mail.send": ("ส่งอีเมลเตือน {n} หน่วยงาน", "Send {n} reminder e-mail(s)"),
    "mail.sent": (
        "ส่งแล้ว {ok} จาก {total} ฉบับ (บันทึกในบันทึกการใช้งาน)",
        "Sent {ok} of {total} (written to the audit log)",
    ),
}

LABELS |= {
    "report.reach_monthly.short": ("รายงานการเข้าถึงรายเดือน", "Monthly reach"),
    "role.unit": ("เจ้าหน้าที่หน่วยงาน {code}", "Unit officer, {code}"),
}

LABELS |= {
    "data.upload_link": (
        'อัปโหลดไฟล์ (CSV/XLSX) ดูผลก่อน แล้วนำเข้า → หน้า "นำเข้าไฟล์ข้อมูล"',
        "Upload files (CSV/XLSX), preview, then import → the Import files page",
    ),
}

LABELS |= {
    "filter.from": ("ตั้งแต่ (พ.ศ.)", "From (BE)"),
    "filter.to": ("ถึง (พ.ศ.)", "To (BE)"),
}
