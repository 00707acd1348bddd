"""Labels of the awareness-by-channel page and the survey's three items."""

LABELS: dict[str, tuple[str, str]] = {
    "nav.survey": ("แบบสำรวจการรับรู้", "Awareness survey"),
    "page.awareness": ("การรับรู้ตามช่องทาง", "Awareness by channel"),
    "channel.news": ("ข้อมูลข่าวสารและผลงาน", "News and work of the office"),
    "channel.contact": ("ช่องทางติดต่อ-สอบถาม-ข้อเสนอแนะ", "Contact / question / feedback channels"),
    "channel.complaint": ("ช่องทางร้องเรียนการทุจริต", "Corruption complaint channel"),
    "awareness.title": ("การรับรู้-รับทราบ ตามช่องทาง", "Awareness by channel"),
    "awareness.intro": (
        "สัดส่วนผู้มาติดต่อที่ตอบว่า รู้/ทราบ ในแต่ละข้อของแบบสำรวจ (ไม่นับคำตอบที่เว้นว่าง)",
        "Share of visitors who answered 'aware' to each survey item (blank answers not counted)",
    ),
    "awareness.rate": ("อัตราการรับรู้", "Awareness rate"),
    "awareness.ci": ("ช่วงความเชื่อมั่น 95%", "95% interval"),
    "awareness.counts": (
        "รู้ {aware:,} · ไม่รู้ {unaware:,} · รวม {total:,} คน",
        "aware {aware:,} · unaware {unaware:,} · total {total:,}",
    ),
    "awareness.no_answers": ("ไม่มีคำตอบ", "No answers"),
    "awareness.chart_rates": ("อัตราการรับรู้ พร้อมช่วงความเชื่อมั่น 95%", "Awareness rate with 95% interval"),
    "awareness.chart_rates.caption": (
        "แท่งคืออัตราการรับรู้ เส้นขีดคือช่วงความเชื่อมั่น 95% ยิ่งเส้นสั้น ยิ่งมีผู้ตอบมากและตัวเลขยิ่งแน่นอน",
        "Bars are the awareness rate; whiskers are the 95% interval — the shorter, the more answers behind it",
    ),
    "awareness.chart_trend": ("แนวโน้มรายเดือน", "Monthly trend"),
    "awareness.chart_trend.caption": (
        "เส้นคืออัตรารายเดือนของแต่ละข้อ แถบจางคือช่วงความเชื่อมั่น 95% เส้นประคือเป้าหมาย เดือนที่ไม่มีผู้ตอบจะเว้นว่าง ไม่ใช่ศูนย์",
        "Lines are each item's monthly rate; the shaded band is the 95% interval; the dashed line is the target; "
        "months without answers are gaps, not zero",
    ),
    "awareness.table": ("ตารางตัวเลข", "Figures"),
    "channel.short.news": ("ข่าวสาร/ผลงาน", "News & work"),
    "channel.short.contact": ("ช่องทางติดต่อ", "Contact channels"),
    "channel.short.complaint": ("ช่องทางร้องเรียน", "Complaint channel"),
}
