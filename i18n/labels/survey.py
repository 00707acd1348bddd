"""Labels of the survey pages' comparisons, unit ranking, visitor types and the visitor-mix page."""

LABELS: dict[str, tuple[str, str]] = {
    "page.visitor_mix": ("ประเภทผู้มาติดต่อ", "Visitor mix"),
    "survey.few": ("ข้อมูลน้อย", "few responses"),
    "survey.export_hint": (
        "ทุกกราฟ: เมนู “ดาวน์โหลด” ใต้กราฟให้ตัวเลขของกราฟนั้น (CSV หรือ Excel) และไอคอนกล้อง "
        "ที่มุมขวาบนของกราฟบันทึกภาพเป็น PNG",
        "Every chart: the 'Download' menu below it gives its figures (CSV or Excel), and the camera icon "
        "at its top right saves the picture as PNG",
    ),
    "survey.settings_problem": (
        "ไฟล์ตั้งค่าแบบสำรวจมีค่าที่ใช้ไม่ได้ จึงใช้ค่าเริ่มต้นแทน: {problems}",
        "The survey settings file has values that cannot be used, so defaults apply: {problems}",
    ),
    "awareness.vs_year": ("เทียบปีก่อน", "vs a year before"),
    "awareness.vs_prev": ("เทียบช่วงก่อนหน้า", "vs the previous period"),
    "awareness.no_data": ("ไม่มีข้อมูลให้เทียบ", "no data to compare"),
    "awareness.compare_line": (
        "{what} ({span}): {rate} จากผู้ตอบ {n:,} คน",
        "{what} ({span}): {rate} from {n:,} answers",
    ),
    "awareness.compare_help": (
        "การเปลี่ยนแปลงเป็นจุดร้อยละ (อัตราช่วงนี้ ลบ อัตราช่วงที่เทียบ) ช่วงที่ไม่มีผู้ตอบแสดงว่า “ไม่มีข้อมูลให้เทียบ”",
        "Changes are in percentage points (this period's rate minus the other's); "
        "a period without answers shows 'no data to compare'",
    ),
    "awareness.target": ("เป้าหมาย {target}", "target {target}"),
    "awareness.by_unit": ("การรับรู้รายหน่วยงาน", "Awareness by unit"),
    "awareness.by_unit.item": ("จัดอันดับตามข้อ", "Rank units by"),
    "awareness.by_unit.caption": (
        "อันดับ 1 คือหน่วยงานที่ผู้มาติดต่อรับรู้น้อยที่สุด เส้นขีดคือช่วงความเชื่อมั่น 95% ตัวเลข n คือจำนวนผู้ตอบข้อนี้ "
        "หน่วยงานที่มีผู้ตอบน้อยกว่า {min_n} คน เป็นแท่งสีเทาลายเส้นพร้อมคำว่า “ข้อมูลน้อย” ไม่จัดอันดับ และอยู่ท้ายรายการเสมอ "
        "เส้นประคือเป้าหมาย",
        "Rank 1 is the unit whose visitors know it least. Whiskers are the 95% interval; n is the number of "
        "answers to this item. Units with fewer than {min_n} answers are grey and hatched, marked 'few responses', "
        "not ranked and always listed last. The dashed line is the target.",
    ),
    "awareness.by_unit.silent": (
        "หน่วยงานที่ไม่มีผู้ตอบข้อนี้ในช่วงที่เลือก ({count} หน่วยงาน)",
        "Units without answers to this item in this period ({count})",
    ),
    "awareness.drill": ("ดูรายละเอียดหน่วยงาน", "One unit in detail"),
    "awareness.drill.pick": ("หน่วยงาน", "Unit"),
    "awareness.drill.help": (
        "เริ่มต้นที่หน่วยงานอันดับ 1 (รับรู้น้อยที่สุด) ของข้อที่เลือก",
        "Starts at rank 1 (least aware) for the chosen item",
    ),
    "awareness.drill.trend.caption": (
        "แนวโน้มรายเดือนของหน่วยงานนี้ ในข้อที่เลือกจัดอันดับ อ่านเหมือนกราฟแนวโน้มด้านบน "
        "แถบกว้างแปลว่าเดือนนั้นมีผู้ตอบน้อย ตัวเลขจึงยังไม่แน่นอน",
        "This unit's monthly trend for the item chosen above, read like the trend above; "
        "a wide band means few answers that month, so the figure is uncertain",
    ),
    "awareness.drill.mix.caption": (
        "ผู้ตอบของหน่วยงานนี้แยกตามประเภท (เลือกได้หลายประเภท สัดส่วนรวมจึงเกิน 100% ได้)",
        "This unit's responses by visitor type (several may be ticked, so shares can add up to more than 100%)",
    ),
    "awareness.by_visitor": ("การรับรู้ตามประเภทผู้มาติดต่อ", "Awareness by visitor type"),
    "awareness.by_visitor.caption": (
        "แต่ละกลุ่มแท่งคือผู้มาติดต่อประเภทหนึ่ง สีแทนข้อคำถาม เส้นขีดคือช่วงความเชื่อมั่น 95% ผู้ตอบที่เลือกหลายประเภท "
        "ถูกนับในทุกประเภทที่เลือก ประเภทที่แท่งสั้นที่สุดคือกลุ่มที่ควรสื่อสารเพิ่ม",
        "Each group of bars is one visitor type, coloured by item; whiskers are the 95% interval. A response that "
        "ticked several types counts in each. The shortest bars are the visitors to reach first.",
    ),
    "visitor_mix.title": ("ประเภทผู้มาติดต่อ", "Visitor mix"),
    "visitor_mix.intro": (
        "ผู้มาติดต่อแต่ละประเภทตอบแบบสำรวจมากน้อยเพียงใด ผู้ตอบหนึ่งคนเลือกได้หลายประเภท "
        "จำนวนรวมของทุกประเภทจึงมากกว่าจำนวนผู้ตอบ และสัดส่วนรวมกันเกิน 100% ได้",
        "How many responses came from each kind of visitor. A response may tick several types, so the counts "
        "add up to more than the responses and the shares to more than 100%",
    ),
    "visitor_mix.total": ("ผู้ตอบในช่วงที่เลือก: {n:,} คน", "Responses in this selection: {n:,}"),
    "visitor_mix.count": ("จำนวนผู้ตอบ (คน)", "Responses"),
    "visitor_mix.share": ("สัดส่วน", "Share"),
    "visitor_mix.all_responses": ("ผู้ตอบทั้งหมด", "All responses"),
    "visitor_mix.counts": ("จำนวนและสัดส่วนตามประเภท", "Responses per visitor type"),
    "visitor_mix.counts.caption": (
        "ตัวเลขคือจำนวนผู้ตอบที่เลือกประเภทนั้น และ (ร้อยละของผู้ตอบทั้งหมด) ผู้ตอบที่เลือกหลายประเภทนับในทุกประเภท",
        "Each bar is the responses that ticked the type, with (its share of all responses); "
        "a response that ticked several types counts in each",
    ),
    "visitor_mix.trend": ("แนวโน้มรายเดือน", "Monthly trend"),
    "visitor_mix.trend.caption": (
        "เส้นสีคือจำนวนผู้ตอบแต่ละประเภทต่อเดือน เส้นประสีเทาคือผู้ตอบทั้งหมด เดือนที่ไม่มีผู้ตอบจะเว้นว่าง ไม่ใช่ศูนย์",
        "Coloured lines are the responses of each type per month, the grey dashed line all responses; "
        "months without responses are gaps, not zero",
    ),
    "visitor_mix.by_unit": ("สัดส่วนประเภทผู้มาติดต่อรายหน่วยงาน", "Visitor mix per unit"),
    "visitor_mix.by_unit.caption": (
        "แต่ละแถวคือหน่วยงานหนึ่ง ช่องเข้มคือประเภทที่มีสัดส่วนมาก ตัวเลขคือร้อยละของผู้ตอบของหน่วยงานนั้น (จำนวนคน) "
        "หน่วยงานที่มีผู้ตอบน้อยกว่า {min_n} คน มีคำว่า “ข้อมูลน้อย” สัดส่วนจึงยังไม่แน่นอน",
        "Each row is one unit; darker cells are larger shares, written as the share of that unit's responses "
        "(count). Units with fewer than {min_n} responses are marked 'few responses': read their shares with care",
    ),
    "visitor_mix.other": ("คำตอบ “อื่นๆ”", "'Other' answers"),
    "visitor_mix.other.search": ("ค้นหาคำตอบ", "Search the answers"),
    "visitor_mix.other.caption": (
        "ข้อความที่ผู้ตอบพิมพ์เองในช่อง “อื่นๆ” พร้อมจำนวนครั้ง แสดงเป็นข้อความธรรมดา (ไม่มีข้อมูลส่วนบุคคลอื่น)",
        "What respondents typed under 'other', with how often; shown as plain text (no other personal data)",
    ),
    "visitor_mix.other.none": ("ไม่มีคำตอบ “อื่นๆ” ที่ตรงกับการค้นหา", "No 'other' answers match"),
    "col.rank": ("อันดับ", "Rank"),
    "col.unit": ("หน่วยงาน", "Unit"),
    "col.unit_code": ("รหัส", "Code"),
    "col.few": ("ข้อมูลน้อย", "Few responses"),
    "col.responses": ("ผู้ตอบ (คน)", "Responses"),
    "col.visitor_type": ("ประเภทผู้มาติดต่อ", "Visitor type"),
    "col.share": ("สัดส่วน", "Share"),
    "col.other_text": ("คำตอบ", "Answer"),
}
