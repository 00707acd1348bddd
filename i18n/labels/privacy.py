"""Labels of the privacy page: data-subject requests and the audit log."""

LABELS: dict[str, tuple[str, str]] = {
    "page.privacy": ("ข้อมูลส่วนบุคคลและบันทึกการใช้งาน", "Privacy and audit log"),
    "privacy.title": ("ข้อมูลส่วนบุคคลและบันทึกการใช้งาน", "Privacy and audit log"),
    "privacy.intro": (
        "ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562: ค้นหาและลบข้อมูลของผู้ตอบรายบุคคลเมื่อมีคำขอ และดูบันทึกการใช้งาน",
        "Under the PDPA B.E. 2562: find and erase one respondent's rows on request, and read the audit log",
    ),
    "privacy.subject": ("คำขอของเจ้าของข้อมูล", "A data subject's request"),
    "privacy.subject.help": (
        "ฐานข้อมูลไม่เก็บอีเมลหรือเบอร์โทรศัพท์ ระบบจะแปลงค่าที่กรอกด้วยวิธีเดียวกับตอนนำเข้าแล้วค้นหา "
        "กรอกทั้งอีเมลและเบอร์โทรศัพท์หากผู้ขอเคยให้ไว้ทั้งสองอย่าง",
        "The database holds no e-mails or phones: what you type is hashed exactly as at import and then "
        "searched. Give both the e-mail and the phone if the person may have given both.",
    ),
    "privacy.email": ("อีเมลของผู้ขอ", "The person's e-mail"),
    "privacy.phone": ("เบอร์โทรศัพท์ของผู้ขอ", "The person's phone"),
    "privacy.find": ("ค้นหา", "Find"),
    "privacy.found": ("พบคำตอบของบุคคลนี้ {n} แถว", "Rows found for this person: {n}"),
    "privacy.confirm": (
        "ยืนยันการลบ {n} แถว (รวมไฟล์สำรอง) ซึ่งย้อนกลับไม่ได้",
        "Confirm erasing {n} rows (backups included); this cannot be undone",
    ),
    "privacy.delete": ("ลบข้อมูลของบุคคลนี้", "Erase this person's rows"),
    "privacy.deleted": ("ลบแล้ว {n} แถว", "Erased {n} rows"),
    "privacy.retention": ("ระยะเวลาการเก็บข้อมูล", "Retention"),
    "privacy.retention.help": (
        "ลบคำตอบที่ส่งก่อนวันที่เลือก และแถวที่กักไว้ก่อนวันนั้น จากฐานข้อมูลและไฟล์สำรองทุกไฟล์ "
        "(เหมือนคำสั่ง python -m etl purge --before)",
        "Erase responses submitted before the chosen day, and rows quarantined before it, from the database "
        "and every backup (the same as python -m etl purge --before)",
    ),
    "privacy.retention.before": ("ลบข้อมูลก่อนวันที่", "Erase data before"),
    "privacy.retention.confirm": (
        "ยืนยันการลบข้อมูลก่อนวันที่เลือก (รวมไฟล์สำรอง) ซึ่งย้อนกลับไม่ได้",
        "Confirm erasing the data before this day (backups included); this cannot be undone",
    ),
    "privacy.retention.run": ("ลบข้อมูลเก่า", "Erase old data"),
    "privacy.retention.done": (
        "ลบคำตอบแล้ว {n} แถว และแถวที่กักไว้ {q} แถว",
        "Erased {n} responses and {q} quarantined rows",
    ),
    "privacy.audit": ("บันทึกการใช้งาน", "Audit log"),
    "privacy.audit.none": ("ยังไม่มีบันทึก", "Nothing logged yet"),
    "privacy.col.at": ("เวลา", "When"),
    "privacy.col.who": ("ผู้ใช้", "Who"),
    "privacy.col.roles": ("บทบาท", "Roles"),
    "privacy.col.action": ("การกระทำ", "Action"),
    "privacy.col.target": ("หน้า/ข้อมูล", "Page / data"),
    "privacy.col.detail": ("รายละเอียด", "Detail"),
}
