"""Problems the ETL raises about an input file, a row or a command (etl/): ``InputProblem("problem.etl.…")``.

The Thai header names and answers a file may hold are values (``{names}``, ``{answers}``), so the English
text itself holds no Thai while saying what the file should contain.
"""

LABELS: dict[str, tuple[str, str]] = {
    # etl/__main__.py
    "problem.etl.erase_whom": ("ระบุ --email หรือ --phone", "give --email or --phone"),
    # etl/columnar.py, etl/forms.py: survey responses
    "problem.etl.no_awareness": (
        "ไม่มีคำตอบเรื่องการรับรู้เลยสักข้อ",
        "no awareness answer at all: all three items are blank",
    ),
    "problem.etl.answer": (
        "คำตอบ '{raw}' ไม่ใช่ '{aware}' หรือ '{unaware}'",
        "answer '{raw}' is neither '{aware}' (aware) nor '{unaware}' (unaware)",
    ),
    "problem.etl.which_item": (
        "บอกไม่ได้ว่าคอลัมน์คำตอบ {names} เป็นข้อใด (ข่าวสาร/ช่องทางติดต่อ/ช่องทางร้องเรียน): "
        "ระบุในไฟล์กำหนดคอลัมน์ (--mapping) ด้วย news, contact, complaint",
        "cannot tell which awareness item the answer columns {names} are (news / contact / complaint): "
        "name them in a mapping file (--mapping) as news, contact, complaint",
    ),
    "problem.etl.not_found": (
        "หาคอลัมน์ {missing} ไม่พบ; คอลัมน์ที่มี: {found}; ให้ใช้ไฟล์กำหนดคอลัมน์ (--mapping) เพื่อระบุชื่อคอลัมน์",
        "could not find {missing}; columns found: {found}; name them in a mapping file (--mapping)",
    ),
    "problem.etl.and": ("{first} และ {second}", "{first} and {second}"),
    "problem.etl.missing.timestamp": ("วันเวลาที่ตอบ ({names})", "the timestamp ({names})"),
    "problem.etl.missing.unit": ("หน่วยงานที่ติดต่อ ({names})", "the unit contacted ({names})"),
    "problem.etl.missing.answers": ("คำตอบการรับรู้ ({names})", "the awareness answers ({names})"),
    "problem.etl.mapping_absent": (
        "ไฟล์กำหนดคอลัมน์ระบุ '{title}' สำหรับ {role} แต่ไม่พบคอลัมน์นี้",
        "the mapping names column '{title}' for {role}, but the sheet has no such column",
    ),
    "problem.etl.mapping_role": (
        "ไฟล์กำหนดคอลัมน์มีชื่อบทบาท '{role}' ที่ไม่รู้จัก (ใช้ได้: {known})",
        "the mapping names an unknown role '{role}' (known: {known})",
    ),
    # etl/load.py
    "problem.etl.demo_db": (
        "ฐานข้อมูลนี้เป็นข้อมูลตัวอย่าง (demo) จึงไม่รับข้อมูลจริง: เริ่มฐานข้อมูลใหม่ "
        "(ย้ายหรือลบไฟล์ฐานข้อมูลตัวอย่าง) หรือระบุไฟล์อื่นด้วย --db / ITA_DB",
        "this database holds the demo data, so it takes no real data: start a new database "
        "(move or delete the demo file) or name another file with --db / ITA_DB",
    ),
    "problem.etl.kind": (
        "ไม่รู้จักชนิดข้อมูล {kind} (ใช้ได้: {kinds})",
        "unknown kind {kind}; expected one of {kinds}",
    ),
    "problem.etl.empty_sheet": (
        "{source}: ไฟล์/ชีตว่าง ไม่มีหัวคอลัมน์",
        "{source}: the file or sheet is empty (no header row)",
    ),
    "problem.etl.empty_folder": (
        "โฟลเดอร์ {path} ไม่มีไฟล์ .csv หรือ .xlsx",
        "the folder {path} holds no .csv or .xlsx file",
    ),
    "problem.etl.no_file": ("ไม่พบไฟล์ {path}", "file not found: {path}"),
    "problem.etl.no_tab": (
        "ไม่มีแท็บ '{worksheet}' ในไฟล์ (แท็บที่มี: {names})",
        "no tab '{worksheet}' in the workbook (tabs: {names})",
    ),
    "problem.etl.empty_file": ("ไฟล์ว่าง ไม่มีหัวคอลัมน์", "the file is empty (no header row)"),
    "problem.etl.in_file": ("ไฟล์ {path}: {why}", "{path}: {why}"),
    "problem.etl.in_column": ("ไฟล์ {path} (คอลัมน์ {name}): {why}", "{path} (column {name}): {why}"),
    # etl/long_tables.py, etl/manual.py: ITA scores, submissions
    "problem.etl.indicator": ("ตัวชี้วัดต้องเป็น 0-10 (0 = คะแนนรวม)", "indicator must be 0-10 (0 = overall)"),
    "problem.etl.indicators": ("ตัวชี้วัดต้องเป็น 0-10 (0 = คะแนนรวม)", "indicators are 0-10 (0 = overall)"),
    "problem.etl.score": ("คะแนนต้องอยู่ระหว่าง 0-100", "score must be between 0 and 100"),
    "problem.etl.negative": ("ค่าต้องไม่ติดลบ", "value must not be negative"),
    "problem.etl.unit": (
        "ไม่รู้จักหน่วยงาน '{unit}' (เพิ่มใน data/units.csv หรือแก้ชื่อ)",
        "unknown unit '{unit}' (add it to data/units.csv or fix the name)",
    ),
    "problem.etl.monthly_month": (
        "รายงานรายเดือนต้องระบุเดือน เช่น 2025-10",
        "a monthly report needs a month, e.g. 2025-10",
    ),
    "problem.etl.be_year": ("ปีงบประมาณต้องเป็น พ.ศ. เช่น 2569", "the fiscal year must be a BE year, e.g. 2569"),
    "problem.etl.indicator_score": (
        "คะแนนตัวชี้วัดที่ {indicator} ต้องอยู่ระหว่าง 0 ถึง 100",
        "indicator {indicator}'s score must be between 0 and 100",
    ),
    "problem.etl.no_score": ("ยังไม่ได้กรอกคะแนน", "no score was entered"),
    "problem.etl.note_text": (
        "ข้อความหมายเหตุต้องมีภาษาไทย และยาวไม่เกิน 80 ตัวอักษร",
        "a note needs Thai text of at most 80 characters",
    ),
    # etl/mapping.py
    "problem.etl.mapping_file": (
        "อ่านไฟล์กำหนดคอลัมน์ {path} ไม่ได้: {exc}",
        "cannot read mapping file {path}: {exc}",
    ),
    "problem.etl.mapping_personal": (
        "ไฟล์กำหนดคอลัมน์ {path} ให้คอลัมน์ '{title}' (ข้อมูลส่วนบุคคล: ชื่อ โทรศัพท์ อีเมล หรือตำแหน่ง) "
        "เป็น {role} ซึ่งจะถูกเก็บในฐานข้อมูล: แก้ไฟล์ให้ {role} ชี้ไปที่คอลัมน์อื่น หรือลบบรรทัดนั้น",
        "the mapping file {path} routes column '{title}' (personal data: a name, phone, e-mail or "
        "position) into {role}, which is stored: point {role} at another column, or remove the line",
    ),
}
