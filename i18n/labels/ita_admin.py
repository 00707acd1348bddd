"""Labels of the admin page for ITA scores and dated notes."""

LABELS: dict[str, tuple[str, str]] = {
    "page.ita_admin": ("คะแนน ITA และเหตุการณ์สำคัญ", "ITA scores and milestones"),
    "itaadmin.title": ("กรอกคะแนน ITA และเหตุการณ์สำคัญ", "Enter ITA scores and milestones"),
    "itaadmin.intro": (
        "กรอกคะแนนที่ ป.ป.ช. ประกาศของปีใหม่ (0–100; ตัวชี้วัด 0 คือคะแนนรวม) และบันทึกเหตุการณ์ที่จะแสดงบนกราฟแนวโน้ม",
        "Enter a new year's scores as published by the NACC (0–100; indicator 0 is the overall score), and "
        "milestones shown on the trend charts",
    ),
    "itaadmin.scores": ("คะแนน ITA ของปี", "A year's ITA scores"),
    "itaadmin.replace": ("แทนที่คะแนนเดิมของปีนี้ (ถ้ามี)", "Replace this year's existing scores (if any)"),
    "itaadmin.save": ("บันทึกคะแนน", "Save scores"),
    "itaadmin.exists": (
        "ปีงบ {fy} มีคะแนนอยู่แล้ว {n} รายการ: ทำเครื่องหมาย 'แทนที่คะแนนเดิม' แล้วบันทึกอีกครั้งหากต้องการแทนที่",
        "FY{fy} already has {n} scores: tick 'Replace this year's existing scores' and save again to replace them",
    ),
    "itaadmin.saved": ("บันทึกคะแนน {n} รายการของปีงบ {fy} แล้ว", "Saved {n} scores for FY{fy}"),
    "itaadmin.notes": ("เหตุการณ์สำคัญบนกราฟ", "Milestones on the charts"),
    "itaadmin.note_day": ("วันที่", "Date"),
    "itaadmin.note_th": ("ข้อความ (ไทย)", "Text (Thai)"),
    "itaadmin.note_en": ("ข้อความ (อังกฤษ)", "Text (English)"),
    "itaadmin.note_add": ("เพิ่มเหตุการณ์", "Add milestone"),
    "itaadmin.note_added": ("เพิ่มแล้ว", "Added"),
}
