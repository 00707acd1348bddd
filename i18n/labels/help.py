"""Labels of the help page, and one line per page saying what it answers."""

LABELS: dict[str, tuple[str, str]] = {
    "nav.help": ("ช่วยเหลือ", "Help"),
    "page.help": ("คู่มือการใช้งาน", "User guide"),
    "help.title": ("คู่มือการใช้งาน", "User guide"),
    "help.intro": (
        "แดชบอร์ดนี้ช่วยติดตามตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสารของการประเมิน ITA จากแบบสำรวจการรับรู้ "
        "ยอดการเข้าถึงสื่อออนไลน์ และการส่งรายงานของหน่วยงาน",
        "This dashboard follows ITA indicator 7, communication efficiency, through the awareness survey, "
        "social-media reach and the units' reports",
    ),
    "help.your_pages": ("หน้าที่ท่านเปิดได้ และแต่ละหน้าตอบคำถามอะไร", "Your pages, and what each answers"),
    "help.freshness": ("ข้อมูลล่าสุดเมื่อใด", "How fresh the data is"),
    "help.freshness.none": ("ยังไม่มีการนำเข้าข้อมูล", "Nothing loaded yet"),
    "help.page.indicator7": (
        "ตัวชี้วัดที่ 7 ดีขึ้นจาก {baseline:.2f} ในปี 2565 แค่ไหน คะแนนรวมอยู่ระดับใด และแบบสำรวจของเราเองส่งสัญญาณอย่างไร",
        "How far indicator 7 has moved from FY2565's {baseline:.2f}, the overall grade, and what our own survey signals",
    ),
    "help.page.awareness": (
        "ผู้มาติดต่อรู้จักข่าวสาร ช่องทางติดต่อ และช่องทางร้องเรียนการทุจริตมากน้อยเพียงใด แยกตามช่วงเวลา หน่วยงาน และประเภท",
        "How many visitors know our news, contact channels and complaint channel, by period, unit and type",
    ),
    "help.page.data": (
        "ดึงข้อมูลจาก Google Sheets ดูจำนวนข้อมูล และแถวที่ถูกกักไว้พร้อมเหตุผล",
        "Refresh from Google Sheets, see what the database holds and the rows held back with reasons",
    ),
    "help.page.privacy": (
        "ค้นหา/ลบข้อมูลของผู้ตอบตามคำขอ (PDPA) และดูบันทึกการใช้งาน",
        "Find or erase a respondent's rows on request (PDPA), and read the audit log",
    ),
    "help.page.ita_admin": (
        "กรอกคะแนน ITA ของปีใหม่ และเหตุการณ์สำคัญที่จะแสดงบนกราฟ",
        "Enter a new year's ITA scores, and milestones shown on the charts",
    ),
    "help.page.compliance": (
        "หน่วยงานใดส่งแบบรายงานที่ ๑ ๒ และรายงานรายเดือนตรงเวลา ล่าช้า หรือยังไม่ส่ง รายชื่อที่ต้องติดตาม และหนังสือเตือน",
        "Which units filed forms 1 and 2 and the monthly report on time, late or not at all; whom to remind, and the reminder text",
    ),
    "help.page.reach": (
        "ข่าวสารของสำนักงานเข้าถึงผู้คนบนแต่ละแพลตฟอร์มมากน้อยเพียงใดในแต่ละเดือน และดาวน์โหลดรายงานประจำเดือนเสนอปลัดกระทรวง",
        "How far the office's news reached on each platform each month, and the monthly report to the Permanent Secretary",
    ),
    "help.page.visitor_mix": (
        "ผู้มาติดต่อเป็นใคร (คู่สัญญา ขอข้อมูล ประชุม เสนอความเห็น อื่นๆ) แยกตามเดือนและหน่วยงาน และคำตอบ 'อื่นๆ'",
        "Who the visitors are (contract, information, meeting, feedback, other), by month and unit, and the 'other' answers",
    ),
}
