"""Labels of the reporting-compliance page (ศปท.): statuses, reports, the 7 measures, reminders."""

LABELS: dict[str, tuple[str, str]] = {
    "nav.acc": ("ศปท. ติดตามการรายงาน", "Anti-Corruption Operation Center (ACC)"),
    "page.compliance": ("การส่งรายงานของหน่วยงาน", "Unit reporting compliance"),
    "compliance.title": (
        "การส่งรายงานของหน่วยงานถึง ศปท.",
        "Reports units owe the Anti-Corruption Operation Center (ACC)",
    ),
    "compliance.intro": (
        "ใครส่งรายงานใดแล้ว ใครส่งช้า ใครยังค้างส่ง และต้องแจ้งเตือนใคร ตามตารางกำหนดส่งใน data/schedule.toml",
        "Who filed which report, who was late, who still owes one and whom to remind — "
        "per the schedule in data/schedule.toml",
    ),
    "compliance.as_of": ("สถานะ ณ วันที่", "Status as of"),
    "compliance.round_shown": (
        "แสดงรายงานของ {period} (เลือกรอบ 6 หรือ 12 เดือนที่แถบด้านข้าง)",
        "Showing the reports of {period} (choose round 6 or 12 in the sidebar)",
    ),
    "compliance.as_of.help": (
        "เลือกวันที่ในอดีตเพื่อดูสถานะ ณ วันนั้น (การส่งหลังวันที่นี้ไม่นับ)",
        "Pick a past date to see the state on that day (later submissions are not counted)",
    ),
    "compliance.caption": ("ปีงบประมาณ {fy} · สถานะ ณ วันที่ {date}", "FY{fy} · status as of {date}"),
    "compliance.no_schedule": (
        "ยังไม่มีตารางกำหนดส่งรายงานสำหรับปีงบประมาณ {fy}: แก้ data/schedule.toml แล้วสั่ง "
        "python -m etl import schedule data/schedule.toml",
        "No reporting schedule for FY{fy}: edit data/schedule.toml, then run "
        "python -m etl import schedule data/schedule.toml",
    ),
    "status.on_time": ("ส่งตรงเวลา", "On time"),
    "status.late": ("ส่งช้า", "Late"),
    "status.missing": ("ค้างส่ง", "Missing"),
    "status.not_due": ("ยังไม่ถึงกำหนด", "Not yet due"),
    "status.late.days": ("ส่งช้า {days} วัน", "Late by {days} d"),
    "status.missing.days": ("ค้างส่ง เลยกำหนด {days} วัน", "Missing, {days} d overdue"),
    "report.form1": ("แบบรายงานที่ ๑ (ผลการดำเนินงานตามมาตรการ)", "Form 1 (results on the measures)"),
    "report.form2": ("แบบรายงานที่ ๒ (ผลสำรวจการรับรู้-รับทราบ)", "Form 2 (survey results)"),
    "report.reach_monthly": ("รายงานการเข้าถึงสื่อสังคมออนไลน์รายเดือน", "Monthly social-media reach report"),
    "report.form1.short": ("แบบ ๑", "Form 1"),
    "report.form2.short": ("แบบ ๒", "Form 2"),
    "round.6": ("รอบ 6 เดือน", "6-month round"),
    "round.12": ("รอบ 12 เดือน", "12-month round"),
    "round.monthly": ("รายงานรายเดือน", "Monthly reports"),
    "compliance.rate_caption": (
        "ส่งตรงเวลา {on_time} จาก {due} รายงานที่ถึงกำหนดแล้ว · ส่งช้า {late} · ค้างส่ง {missing}",
        "{on_time} of {due} reports due were on time · late {late} · missing {missing}",
    ),
    "compliance.rate_none": ("ยังไม่มีรายงานถึงกำหนด ({owed} รายงาน)", "Nothing due yet ({owed} reports)"),
    "compliance.overdue": (
        "รายงานที่ค้างส่ง (เลยกำหนดแล้ว) เรียงตามจำนวนวันที่เลย",
        "Overdue reports, most overdue first",
    ),
    "compliance.overdue.none": ("ไม่มีรายงานค้างส่ง ณ วันที่เลือก", "Nothing is overdue on the chosen date"),
    "compliance.overdue.count": (
        "ค้างส่ง {reports} รายงาน จาก {units} หน่วยงาน",
        "{reports} reports overdue from {units} units",
    ),
    "compliance.reminders": ("รายชื่อสำหรับแจ้งเตือน", "Reminder list"),
    "compliance.reminder_text": ("ข้อความแจ้งเตือน (ภาษาไทย คัดลอกได้)", "Reminder text (Thai, ready to copy)"),
    "compliance.reminder_unit": ("หน่วยงานที่จะแจ้งเตือน", "Unit to remind"),
    "compliance.matrix": ("สถานะรายหน่วยงาน", "Status per unit"),
    "compliance.matrix.caption": (
        "✓ ส่งตรงเวลา · ◷ ส่งช้า (จำนวนวันที่ช้า) · ✗ ค้างส่ง (เลยกำหนดกี่วัน) · … ยังไม่ถึงกำหนด · "
        "– ไม่ต้องส่ง (หน่วยงานยังไม่เปิดหรือปิดไปแล้ว)",
        "✓ on time · ◷ late (days late) · ✗ missing (days overdue) · … not yet due · "
        "– not owed (unit not open or closed)",
    ),
    "compliance.monthly": ("รายงานการเข้าถึงรายเดือน (กลุ่มงานประชาสัมพันธ์)", "Monthly reach report (PR group)"),
    "compliance.crosscheck": ("แบบรายงานที่ ๒ เทียบกับข้อมูลแบบสำรวจ", "Form 2 against the survey data"),
    "compliance.crosscheck.caption": (
        "หน่วยงานที่มีผู้ตอบแบบสำรวจในรอบแต่ยังไม่ส่งแบบรายงานที่ ๒ หรือส่งแล้วแต่ไม่มีผู้ตอบในระบบ",
        "Units with survey responses in the round but no Form 2, or a Form 2 but no responses on record",
    ),
    "compliance.crosscheck.none": (
        "ข้อมูลสอดคล้องกันทุกหน่วยงาน",
        "Every unit's Form 2 agrees with the survey data",
    ),
    "check.responses_no_report": ("มีผู้ตอบแบบสำรวจ แต่ยังไม่ส่งแบบรายงานที่ ๒", "Responses, but no Form 2"),
    "check.report_no_responses": ("ส่งแบบรายงานที่ ๒ แต่ไม่มีผู้ตอบแบบสำรวจในระบบ", "Form 2 filed, but no responses"),
    "compliance.years": ("อัตราการส่งตรงเวลา รายปี", "On-time rate across years"),
    "compliance.years.caption": (
        "แท่งคือจำนวนรายงานตามสถานะ ตัวเลขบนหัวแท่งคืออัตราการส่งตรงเวลาของรายงานที่ถึงกำหนดแล้ว",
        "Bars count reports by status; the figure on top is the on-time rate of the reports already due",
    ),
    "compliance.history": ("ประวัติการส่งรายงานของหน่วยงาน", "A unit's reporting history"),
    "compliance.history.unit": ("หน่วยงาน", "Unit"),
    "compliance.submissions": ("รายการที่หน่วยงานส่ง", "What the unit submitted"),
    "note.counted": ("นับ (ฉบับแรกของงวด)", "Counted (first for the period)"),
    "note.later_copy": ("ฉบับส่งซ้ำ (ไม่นับ)", "Later copy (not counted)"),
    "note.before_period": ("ส่งก่อนเริ่มงวด (ไม่นับ)", "Before the period opened (ignored)"),
    "note.not_owed": ("ไม่อยู่ในตารางกำหนดส่ง", "Not in the schedule"),
    "compliance.measures": ("แบบรายงานที่ ๑ รายมาตรการ", "Form 1, measure by measure"),
    "compliance.measures.pick": ("ฉบับที่ส่ง", "Submission"),
    "compliance.measures.none": (
        "หน่วยงานนี้ยังไม่มีแบบรายงานที่ ๑ ที่ส่งพร้อมผลรายมาตรการ",
        "No Form 1 with results per measure yet",
    ),
    "compliance.link_rejected": (
        "ไม่เปิดลิงก์ที่ไม่ใช่ http/https เพื่อความปลอดภัย (แสดงเป็นข้อความด้านล่าง)",
        "Links other than http/https are not opened, for safety (shown as text below)",
    ),
    "download.xlsx": ("ดาวน์โหลด Excel", "Download Excel"),
    "measure.1": (
        "สร้างการรับรู้ – รับทราบข้อมูลข่าวสาร/ผลงานของสำนักงานปลัดกระทรวงฯ ให้กับประชาชนผ่านช่องทางที่หลากหลาย",
        "Make the office's news and work known to the public through many channels",
    ),
    "measure.2": (
        "มีช่องทางในการติดต่อ-สอบถาม การให้ข้อเสนอแนะ หรือความคิดเห็นเกี่ยวกับการดำเนินงาน/การให้บริการที่หลากหลาย",
        "Many channels to contact, ask, suggest or comment on the work and services",
    ),
    "measure.3": (
        "เพิ่มจุดบริการชี้แจงและตอบคำถาม เมื่อประชาชน ผู้รับบริการ และผู้มีส่วนได้ส่วนเสียภายนอกมีข้อสงสัย",
        "More points that explain and answer questions from the public and stakeholders",
    ),
    "measure.4": (
        "นำเทคโนโลยีมาใช้ในการปฏิบัติงาน/การดำเนินงาน/การให้บริการ ให้เกิดความสะดวกรวดเร็ว",
        "Use technology in the work and services to make them faster and easier",
    ),
    "measure.5": (
        "สร้างการรับรู้ เผยแพร่ให้ประชาชนและผู้รับบริการรับทราบช่องทางร้องเรียนการทุจริตของเจ้าหน้าที่",
        "Make the channel for complaints about corruption by staff known",
    ),
    "measure.6": (
        "การปรับปรุงวิธีการและขั้นตอนดำเนินงาน/การปฏิบัติงาน/การให้บริการ ให้มีคุณภาพ โปร่งใส",
        "Improve methods and procedures of work and services: quality and transparency",
    ),
    "measure.7": (
        "การเปิดโอกาสให้ผู้รับบริการ ผู้มาติดต่อ หรือผู้มีส่วนได้ส่วนเสีย มีส่วนร่วมในการปรับปรุงพัฒนาการดำเนินงาน",
        "Let service users, visitors and stakeholders take part in improving the work",
    ),
    "compliance.col.unit": ("หน่วยงาน", "Unit"),
    "compliance.col.report": ("รายงาน", "Report"),
    "compliance.col.fy": ("ปีงบประมาณ", "Fiscal year"),
    "compliance.col.period": ("งวด", "Period"),
    "compliance.col.due_date": ("กำหนดส่ง", "Due"),
    "compliance.col.submitted_at": ("ส่งเมื่อ", "Submitted"),
    "compliance.col.status": ("สถานะ", "Status"),
    "compliance.col.days_overdue": ("เลยกำหนด (วัน)", "Days overdue"),
    "compliance.col.link": ("ลิงก์", "Link"),
    "compliance.col.note": ("หมายเหตุ", "Note"),
    "compliance.col.measure": ("มาตรการ", "Measure"),
    "compliance.col.result": ("ผลการดำเนินงาน", "Result"),
    "compliance.col.evidence": ("เอกสาร/หลักฐาน", "Evidence"),
    "compliance.col.responses": ("ผู้ตอบแบบสำรวจ (คน)", "Survey responses"),
    "compliance.col.check": ("ข้อสังเกต", "Finding"),
    "compliance.col.reports": ("รายงานที่ค้างส่ง", "Overdue reports"),
    "compliance.col.count": ("จำนวน", "Count"),
}
