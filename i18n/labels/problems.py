"""Problems raised below the app (etl/, reports/, runtime/): a person must fix the input or the setup.

Raised as ``InputProblem("problem.…", **values)`` (etl.problems, i18n.messages) and rendered in the
viewer's language by the app, in both on the command line.
"""

LABELS: dict[str, tuple[str, str]] = {
    # reports/ (python -m reports, the reports page)
    "problem.report.output": ("ไฟล์ผลลัพธ์ต้องเป็น {allowed}", "the output must be a {allowed} file"),
    "problem.report.no_db": (
        "ไม่พบฐานข้อมูล {db}: สร้างด้วยคำสั่ง python -m etl demo",
        "no database at {db}; build one with: python -m etl demo",
    ),
    "problem.report.no_reach": (
        "ไม่มีตัวเลขการเข้าถึงของเดือน {month}: นำเข้าก่อนด้วย python -m etl import reach",
        "no reach figures for {month}: import them first (python -m etl import reach FILE)",
    ),
    "problem.report.format": ("--format รับ docx, pdf หรือ docx,pdf", "--format takes docx, pdf or docx,pdf"),
    "problem.report.several": ("หลายไฟล์: ใช้ -o ชื่อไฟล์.zip", "several files: use -o NAME.zip"),
    "problem.report.day": ("วันที่ {text} ต้องเป็นแบบ 2026-04-20", "date {text}: use YYYY-MM-DD"),
    "problem.report.no_unit": (
        "ไม่พบหน่วยงานรหัส {unit} (ดู data/units.csv)",
        "no unit with code {unit} (see data/units.csv)",
    ),
    "problem.pdf.packages": (
        "สร้าง PDF ไม่ได้: ยังไม่ได้ติดตั้ง {packages} ติดตั้งด้วยคำสั่ง {command}",
        "cannot make PDFs: {packages} not installed; install with: {command}",
    ),
    "problem.pdf.font": (
        "ไม่พบฟอนต์ Sarabun: ติดตั้งด้วย pip install -r requirements.txt",
        "the Sarabun font is missing: pip install -r requirements.txt (fontpkg-sarabun)",
    ),
    # core/thaidate.py: a date typed as text
    "date.problem.example": (
        'พิมพ์วัน เดือน ปี พ.ศ. เช่น "15/4/2569" หรือ "15 เม.ย. 2569"',
        'type day, month, BE year, e.g. "15/4/2569" or "15 เม.ย. 2569"',
    ),
    "date.problem.year": (
        "ปี {text} ผิดปกติ: ใช้ปี พ.ศ. เช่น 2569",
        "year {text} is out of range: use the BE year, e.g. 2569",
    ),
    "date.problem.empty": ("ยังไม่ได้กรอกวันที่: {example}", "no date given: {example}"),
    "date.problem.month": (
        'ไม่รู้จักเดือน "{month}": ใช้ชื่อเดือน เช่น เม.ย. หรือ เมษายน',
        'unknown month "{month}": use a Thai month name (เม.ย., เมษายน) or Jan-Dec',
    ),
    "date.problem.unreadable": ('อ่าน "{text}" เป็นวันที่ไม่ได้: {example}', '"{text}" is not a date: {example}'),
    "date.problem.no_day": (
        "ไม่มีวันที่ {day} {month} {year}: ตรวจวันและเดือน",
        "there is no day {day} in month {m} of {year} BE: check the day and month",
    ),
    "date.problem.month_no": ("เดือน {m}", "month {m}"),
    # dashboard/mail.py: the reminder e-mails
    "mail.problem.incomplete": (
        "ตั้งค่า [smtp] ไม่ครบ: ต้องมี host และ from (อีเมลผู้ส่ง) ใน .streamlit/secrets.toml",
        "[smtp] is incomplete: set host and from (the sender's address) in .streamlit/secrets.toml",
    ),
    "mail.problem.starttls": (
        "[smtp] มีรหัสผ่านแต่ปิด starttls: เปิด starttls = true เพื่อไม่ให้ส่งรหัสผ่านแบบไม่เข้ารหัส",
        "[smtp] has a password but starttls is off: set starttls = true so it is never sent in clear",
    ),
    "mail.problem.server": (
        "ติดต่อเซิร์ฟเวอร์อีเมล {host}:{port} ไม่ได้ ({why}): ตรวจ [smtp] ใน secrets หรือแจ้งผู้ดูแลระบบ "
        "ยังไม่มีอีเมลใดถูกส่งหลังจุดนี้",
        "cannot talk to the mail server {host}:{port} ({why}): check [smtp] in the secrets or ask the admin; "
        "nothing more was sent",
    ),
    # etl/refresh.py: the freshness banner
    "refresh.health.failed": (
        "ดึงข้อมูลครั้งล่าสุดไม่สำเร็จ: {names} — ตัวเลขที่แสดงเป็นข้อมูลชุดก่อนหน้า",
        "The last refresh failed for: {names} — figures shown are from the previous good load",
    ),
    "refresh.health.stale": (
        "ข้อมูลไม่ได้ปรับปรุงมา {hours:.0f} ชั่วโมง (เกินกำหนด {limit:.0f} ชั่วโมง)",
        "Data not refreshed for {hours:.0f} hours (limit {limit:.0f})",
    ),
    # etl/limits.py: what one input file may hold
    "problem.limit.not_a_number": (
        "ค่าขีดจำกัด {name} = {raw} ไม่ใช่ตัวเลข (แก้ใน data/settings.toml [limits] หรือ ITA_LIMIT_{env})",
        "limit {name} = {raw} is not a number (fix [limits] in data/settings.toml or ITA_LIMIT_{env})",
    ),
    "problem.limit.over": (
        "{source}: {what} ({value}) เกินขีดจำกัด ไม่ได้นำเข้า: แบ่งไฟล์ให้เล็กลง หรือปรับ {setting}",
        "{source}: {what} ({value}) is over the limit; nothing was imported: split the file or raise {setting}",
    ),
    "problem.limit.file_mb": (
        "ไฟล์ใหญ่ {mb:.1f} MB เกิน {limit:g} MB",
        "the file is {mb:.1f} MB, more than {limit:g} MB",
    ),
    "problem.limit.xlsx_part": (
        "ส่วน {part} ของไฟล์ Excel คลายออกได้ {mb:.0f} MB เกิน {limit:g} MB",
        "the workbook part {part} unpacks to {mb:.0f} MB, more than {limit:g} MB",
    ),
    "problem.limit.rows": ("มีข้อมูลเกิน {limit:,} แถว", "more than {limit:,} data rows"),
    "problem.limit.columns": (
        "มี {columns:,} คอลัมน์ เกิน {limit:,}",
        "{columns:,} columns, more than {limit:,}",
    ),
    "problem.limit.cell": (
        "มีช่องที่ยาว {length:,} ตัวอักษร เกิน {limit:,}",
        "a cell holds {length:,} characters, more than {limit:,}",
    ),
    "problem.limit.not_a_sheet": (
        "{source}: ไม่ใช่ไฟล์ตาราง (มีอักขระ NUL เป็นไฟล์ไบนารี ไม่ใช่ข้อความ UTF-8, UTF-16 หรือ TIS-620) "
        "ไม่ได้นำเข้า: ส่งออกใหม่เป็น CSV UTF-8 หรือ .xlsx",
        "{source}: this is not a sheet (it holds NUL bytes: binary data, not UTF-8, UTF-16 or TIS-620 text); "
        "nothing was imported: export it again as CSV UTF-8 or .xlsx",
    ),
    # etl/units.py: data/units.csv
    "problem.units.columns": (
        "ไฟล์หน่วยงานขาดคอลัมน์ {missing} (ต้องมี {expected})",
        "the units file lacks columns {missing} (expected {expected})",
    ),
    "problem.units.no_code": ("แถว {n}: ไม่มีรหัสหรือชื่อหน่วยงาน", "row {n}: missing code or name_th"),
    "problem.units.duplicate": ("แถว {n}: รหัส {code} ซ้ำ", "row {n}: duplicate code {code}"),
    "problem.units.kind": (
        "แถว {n}: kind ต้องเป็น central หรือ provincial",
        "row {n}: kind must be central or provincial",
    ),
    "problem.units.date": (
        "แถว {n}: {name} ต้องเป็นวันที่แบบ YYYY-MM-DD (ค.ศ.)",
        "row {n}: {name} must be a YYYY-MM-DD date",
    ),
}
