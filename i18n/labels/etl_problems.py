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
    # etl/publish.py
    "problem.etl.lacks_tables": ("ฐานข้อมูลใหม่ขาดตาราง {missing}", "the new database lacks tables {missing}"),
    "problem.etl.bad_dates": (
        "มีคำตอบ {bad} แถวที่วันที่ไม่สอดคล้องกัน",
        "{bad} responses have inconsistent dates; not publishing",
    ),
    "problem.etl.repeated_ids": (
        "มีคำตอบซ้ำ {repeated} แถว (response_id เดียวกัน) ไม่เผยแพร่",
        "{repeated} responses repeat a response_id; not publishing",
    ),
    "problem.etl.no_backups": ("ไม่มีไฟล์สำรองของ {served} ให้กู้คืน", "no backups of {served} to restore"),
    "problem.etl.backups_unreadable": (
        "ไฟล์สำรองทุกไฟล์ของ {served} อ่านไม่ได้: สร้างฐานข้อมูลใหม่จากแหล่งข้อมูล (python -m etl refresh / import)",
        "none of the backups of {served} opens: rebuild from the sources (python -m etl refresh / import)",
    ),
    # etl/readers.py
    "problem.etl.encoding": (
        "อ่านไฟล์ไม่ได้: ไม่ใช่ไฟล์ข้อความ UTF-8, UTF-16 หรือ TIS-620 โปรดบันทึกเป็น CSV UTF-8",
        "cannot read the file: not UTF-8, UTF-16 or TIS-620 text; save it as CSV UTF-8",
    ),
    "problem.etl.csv": (
        "อ่าน {name} เป็น CSV ไม่ได้ ({exc}): บันทึกใหม่เป็น CSV UTF-8",
        "cannot read {name} as CSV ({exc}): save it again as CSV UTF-8",
    ),
    "problem.etl.xlsx": (
        "เปิดไฟล์ Excel {name} ไม่ได้ ({error})",
        "cannot open {name} as an Excel .xlsx workbook ({error})",
    ),
    "problem.etl.file_type": (
        "ไม่รองรับไฟล์ชนิด {suffix}: ใช้ .csv หรือ .xlsx",
        "unsupported file type {suffix}: use .csv or .xlsx",
    ),
    # etl/refresh.py, etl/sources.py
    "problem.etl.no_source": ("ไม่มีแหล่งข้อมูลชื่อ '{name}'", "no source named '{name}' in the sources file"),
    "problem.etl.no_sources_file": (
        "ไม่พบไฟล์แหล่งข้อมูล {path}: คัดลอก sources.example.toml เป็น sources.toml แล้วแก้ไข",
        "no sources file at {path}: copy sources.example.toml to sources.toml and edit it",
    ),
    "problem.etl.sources_toml": ("ไฟล์ {path} เขียนผิดรูปแบบ TOML: {exc}", "{path} is not valid TOML: {exc}"),
    "problem.etl.source_fields": (
        "แหล่งข้อมูลลำดับที่ {n} ต้องมี name, kind ({kinds}) และ spreadsheet",
        "source #{n} needs name, kind (one of {kinds}) and spreadsheet",
    ),
    "problem.etl.source_twice": ("ชื่อแหล่งข้อมูล '{name}' ซ้ำ", "two sources are named '{name}'"),
    # etl/schedule.py: data/schedule.toml
    "problem.etl.schedule.read": ("{source}: อ่านไฟล์ไม่ได้: {exc}", "{source}: cannot read the file: {exc}"),
    "problem.etl.schedule.open": ("{source}: เปิดไฟล์ไม่ได้: {exc}", "{source}: cannot open the file: {exc}"),
    "problem.etl.schedule.no_reports": (
        "{source}: ไม่มี [reports.<แบบรายงาน>]",
        "{source}: no [reports.<form>] tables",
    ),
    "problem.etl.schedule.years": (
        "{source}: fiscal_years ต้องเป็น [ปีแรก, ปีสุดท้าย] เป็น พ.ศ. เช่น [2566, 2575]",
        "{source}: fiscal_years must be [first, last] in BE, e.g. [2566, 2575]",
    ),
    "problem.etl.schedule.form": (
        "{source}: {where}: ไม่รู้จักแบบรายงาน (ใช้ได้: {forms})",
        "{source}: {where}: unknown form (expected one of {forms})",
    ),
    "problem.etl.schedule.periods": (
        '{source}: {where}: periods ต้องเป็น ["6", "12"] หรือ "monthly"',
        '{source}: {where}: periods must be a list of "6" / "12", or "monthly"',
    ),
    "problem.etl.schedule.due_day": (
        "{source}: {where}: due_day ต้องเป็น 1-31",
        "{source}: {where}: due_day must be 1-31",
    ),
    "problem.etl.schedule.owed_by": (
        '{source}: {where}: owed_by ต้องเป็นรายการ เช่น ["all"]',
        '{source}: {where}: owed_by must be a list, e.g. ["all"]',
    ),
    "problem.etl.schedule.ower": (
        "{source}: {where}: owed_by '{who}' ไม่ใช่ all/central/provincial หรือรหัสหน่วยงานใน units.csv",
        "{source}: {where}: owed_by '{who}' is not all/central/provincial or a unit code in units.csv",
    ),
    "problem.etl.schedule.override": (
        "{source}: [[override]] ลำดับที่ {n}: ไม่มีรายงาน {keyed} ในตาราง (ตรวจ fiscal_year, form, period)",
        "{source}: [[override]] #{n}: no report {keyed} in the schedule (check fiscal_year, form, period)",
    ),
    "problem.etl.schedule.due": (
        "{source}: [[override]] ลำดับที่ {n}: due ต้องเป็นวันที่ YYYY-MM-DD (ค.ศ.) ไม่ใส่เครื่องหมายคำพูด",
        "{source}: [[override]] #{n}: due must be a YYYY-MM-DD date (CE), unquoted",
    ),
    # etl/submit.py: a receipt typed on the submissions page
    "problem.etl.link": (
        "{what} ต้องขึ้นต้นด้วย https:// หรือ http:// (ได้รับ: {text})",
        "{what} must start with https:// or http:// (got: {text})",
    ),
    "problem.etl.too_long": (
        "{what} ยาวเกิน {limit} ตัวอักษร: ย่อให้สั้นลง หรือใส่ลิงก์เอกสารแทน",
        "{what} is longer than {limit} characters: shorten it, or give a link to the document",
    ),
    "problem.etl.what.report_link": ("ลิงก์รายงาน", "the report link"),
    "problem.etl.what.measure_result": ("ผลมาตรการที่ {n}", "the result of measure {n}"),
    "problem.etl.what.measure_evidence": ("หลักฐานมาตรการที่ {n}", "the evidence of measure {n}"),
    "problem.etl.what.note": ("หมายเหตุ", "the note"),
    "problem.etl.what.receipt_no": ("เลขรับ", "the receiving number"),
    "problem.etl.measure": ("มาตรการที่ {n} ไม่มีอยู่ (1-7)", "there is no measure {n} (1-7)"),
    "problem.etl.pick_month": ("รายงานรายเดือนต้องเลือกเดือน", "a monthly report needs a month"),
    "problem.etl.pick_round": (
        "แบบรายงานที่ ๑/๒ ต้องเลือกรอบ 6 หรือ 12 เดือน",
        "forms 1 and 2 need the round: 6 or 12 months",
    ),
    "problem.etl.future": (
        "วันที่รับต้องไม่เป็นวันในอนาคต",
        "the date received cannot be in the future: check the year (BE)",
    ),
    "problem.etl.entry_gone": (
        "ไม่พบรายการที่จะแก้ไข (อาจถูกแก้ไปแล้ว): โหลดหน้าใหม่แล้วลองอีกครั้ง",
        "the entry to correct is gone (corrected meanwhile?): reload the page and try again",
    ),
    "problem.etl.entry_exists": (
        'มีรายการนี้อยู่แล้ว (หน่วยงาน แบบรายงาน รอบ และวันที่เดียวกัน): เลือก "แก้ไขรายการเดิม" แทน',
        'this entry exists already (same unit, form, period and date): choose "correct an entry" instead',
    ),
    # etl/tabular.py: cells of the long tables
    "problem.etl.unknown": (
        "ไม่รู้จัก{what} '{raw}' (ใช้ได้: {choices})",
        "unknown {what} '{raw}' (expected one of: {choices})",
    ),
    "problem.etl.what.platform": ("แพลตฟอร์ม", "platform"),
    "problem.etl.what.metric": ("ตัววัด", "metric"),
    "problem.etl.what.form": ("แบบรายงาน", "report form"),
    "problem.etl.number": ("'{raw}' ไม่ใช่ตัวเลข", "'{raw}' is not a number"),
    "problem.etl.fiscal_year": (
        "ปีงบประมาณ '{raw}' ผิดปกติ (ใช้ พ.ศ. เช่น 2569)",
        "fiscal year '{raw}' is out of range (e.g. 2569)",
    ),
    "problem.etl.column": (
        "ไม่พบคอลัมน์ '{name}' (ชื่อที่รับได้: {aliases}); คอลัมน์ที่มี: {headers}",
        "column '{name}' not found (accepted names: {aliases}); columns present: {headers}",
    ),
    # etl/timestamps.py
    "problem.etl.no_timestamp": (
        "ไม่มีวันเวลาที่ตอบ (Timestamp ว่าง)",
        "missing timestamp: the Timestamp cell is empty",
    ),
    "problem.etl.timestamp": (
        "อ่านวันเวลา '{text}' ไม่ได้ ควรเป็นรูปแบบ วัน/เดือน/ปี ชั่วโมง:นาที:วินาที",
        "cannot read timestamp '{text}': expected day/month/year hour:minute:second",
    ),
    "problem.etl.not_a_date": (
        "วันเวลา '{text}' ไม่มีอยู่จริง (เช่น 31 ก.พ.) โปรดตรวจวัน เดือน ปี",
        "timestamp '{text}' is not a real date or time (e.g. 31 Feb): check day, month and year",
    ),
    "problem.etl.timestamp_year": (
        "ปีในวันเวลา '{text}' ผิดปกติ",
        "the year in timestamp '{text}' is out of range",
    ),
    "problem.etl.month": (
        "อ่านเดือน '{text}' ไม่ได้ ควรเป็น เช่น 2025-10 หรือ {thai_month}",
        "cannot read month '{text}': write it like 2025-10 or {thai_month}",
    ),
    # etl/upload.py
    "problem.etl.upload_kind": ("ไม่รู้จักชนิดข้อมูล {kind}", "unknown kind {kind}"),
    # etl/reach_formats.py, etl/reach_rows.py: reach exports
    "problem.etl.meta_platform": (
        "ไฟล์ Meta '{title}' ไม่ระบุว่าเป็น Facebook หรือ Instagram: สั่งนำเข้าพร้อม --platform facebook "
        "(หรือ instagram) หรือใส่ชื่อแพลตฟอร์มในชื่อไฟล์/โฟลเดอร์",
        "the Meta export '{title}' does not say whether it is Facebook or Instagram: import it with "
        "--platform facebook (or instagram), or put the platform in the file or folder name",
    ),
    "problem.etl.tiktok_date": ("ไฟล์ TikTok ไม่มีคอลัมน์ Date", "the TikTok export has no Date column"),
    "problem.etl.whole_month": (
        "ไฟล์ครอบคลุม {start} ถึง {end} ไม่ใช่หนึ่งเดือนเต็ม: ส่งออกใหม่ตั้งแต่วันที่ 1 ถึงสิ้นเดือน",
        "the export covers {start} to {end}, not one whole month: export the 1st to the month's end",
    ),
    "problem.etl.youtube_month": (
        "{name}: ไม่มีคอลัมน์วันที่ และชื่อไฟล์ไม่ระบุเดือน ใช้ Totals.csv หรือตั้งชื่อเช่น 'Table data 2026-09.csv'",
        "{name} has no Date column and its name states no month: import Totals.csv, "
        "or name the file like 'Table data 2026-09.csv'",
    ),
    "problem.etl.decimal_or_thousands": (
        "'{text}' อ่านได้สองแบบ (ทศนิยมหรือหลักพัน) ในไฟล์ที่คั่นด้วย ; : บันทึกใหม่โดยไม่ใส่ตัวคั่นหลักพัน",
        "'{text}' could be a decimal or thousands in a ';' file: save it again without thousands marks",
    ),
    "problem.etl.mixed_dates": (
        "วันที่ในไฟล์ปนกันทั้งแบบวันขึ้นก่อนและเดือนขึ้นก่อน: ส่งออกใหม่ให้วันที่เป็นแบบเดียวกัน (เช่น 2026-09-15)",
        "the file mixes day-first and month-first dates: export it again with one date format (e.g. 2026-09-15)",
    ),
    "problem.etl.day_or_month": (
        "บอกไม่ได้ว่าวันที่ {a}/{b} หมายถึงวันที่ {a} เดือน {b} หรือวันที่ {b} เดือน {a} "
        "(ไม่มีวันที่ใดเกิน 12): ส่งออกใหม่ให้วันที่เป็นแบบ 2026-09-15",
        "cannot tell whether {a}/{b} is day {a} of month {b} or day {b} of month {a} (no day in the file "
        "is over 12): export it again with dates written like 2026-09-15",
    ),
    "problem.etl.no_month_column": (
        "ไม่พบคอลัมน์เดือนหรือวันที่ (ชื่อที่รับได้: {accepted}); คอลัมน์ที่มี: {headers}",
        "no month or date column (accepted names: {accepted}); columns present: {headers}",
    ),
    "problem.etl.no_figures": (
        "ไม่พบคอลัมน์ตัวเลข เช่น 'Facebook reach', 'YouTube การดู' หรือ {line_example}",
        "no figure columns found: name them like 'Facebook reach', 'YouTube views' or {line_example}",
    ),
    "problem.etl.which_platform": (
        "ไม่รู้ว่าเป็นตัวเลขของแพลตฟอร์มใด: ใส่ชื่อแพลตฟอร์มในหัวคอลัมน์ (เช่น 'Facebook reach') หรือในชื่อไฟล์",
        "which platform? Put it in the column titles (e.g. 'Facebook reach') or in the file name",
    ),
    # etl/publish.py, etl/generations.py: the data folder and the served file
    "problem.etl.storage": (
        "เขียนโฟลเดอร์ข้อมูล {folder} ไม่ได้ ({detail}): พื้นที่ดิสก์เต็ม โฟลเดอร์เป็นแบบอ่านอย่างเดียว "
        "หรือไม่มีสิทธิ์เขียน โปรดแก้ไขแล้วสั่งใหม่ ฐานข้อมูลที่ใช้งานอยู่ไม่ถูกเปลี่ยนแปลง",
        "cannot write to the data folder {folder} ({detail}): the disk is full, the folder is read-only "
        "or not writable; free space or fix the folder, then run again. The served database was not changed",
    ),
    "problem.etl.damaged": (
        "ไฟล์ฐานข้อมูล {path} เสียหาย อ่านไม่ได้ ({detail}): กู้คืนจากไฟล์สำรองด้วยคำสั่ง python -m etl restore",
        "the database file {path} is damaged and cannot be read ({detail}): "
        "restore the newest good backup with: python -m etl restore",
    ),
}
