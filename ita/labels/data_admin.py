"""Labels of the data-admin page: refresh, load history, quarantine."""

LABELS: dict[str, tuple[str, str]] = {
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
    "data.refresh.status.ok": ("สำเร็จ", "ok"),
    "data.refresh.status.failed": ("ไม่สำเร็จ", "failed"),
    "data.refresh.status.pending": ("ยังไม่ได้ทำ", "not run"),
    "data.refresh.source_failed": ("นำเข้า {name} ไม่สำเร็จ เพราะ", "{name} failed because"),
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
