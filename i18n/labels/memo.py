"""The PR group's monthly reach memo (reports/reach_monthly.py) and its workbook (reports/reach_xlsx.py)."""

_ORG = "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"

LABELS: dict[str, tuple[str, str]] = {
    "memo.subject": (
        "รายงานผลการเข้าถึงข่าวสารทางสื่อสังคมออนไลน์ ประจำเดือน{month}",
        "Social-media reach of the office's news, {month}",
    ),
    "memo.title": ("บันทึกข้อความ", "Memorandum"),
    "memo.from": ("ส่วนราชการ", "From"),
    "memo.from_office": (
        f"กลุ่มงานประชาสัมพันธ์ กองกลาง {_ORG}",
        "PR group, Central Administration Division, Office of the Permanent Secretary, MDES",
    ),
    "memo.ref": ("ที่", "Ref."),
    "memo.ref_blank": ("ดศ ........................", "MDES ........................"),
    "memo.date": ("วันที่", "Date"),
    "memo.subject_line": ("เรื่อง", "Subject"),
    "memo.to": ("เรียน", "To"),
    "memo.to_whom": (
        "ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม",
        "The Permanent Secretary, Ministry of Digital Economy and Society",
    ),
    "memo.copy": ("สำเนาเรียน", "Copy"),
    "memo.copy_whom": (
        "ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.)",
        "The Director, Anti-Corruption Operation Center (ACC)",
    ),
    "memo.opening": (
        "กลุ่มงานประชาสัมพันธ์ กองกลาง ขอรายงานผลการเข้าถึงข่าวสารของสำนักงานทางสื่อสังคมออนไลน์ "
        "ประจำเดือน{month} ตามมาตรการยกระดับผลการประเมิน ITA ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ดังนี้",
        "The PR group reports the reach of the office's news on social media in {month}, under the measures "
        "for ITA indicator 7 (communication efficiency).",
    ),
    "memo.summary": ("1. สรุป", "1. Summary"),
    "memo.see_attachment": (
        "รายละเอียดตัววัดอื่นของแต่ละแพลตฟอร์มและแผนภูมิ ปรากฏตามสิ่งที่ส่งมาด้วย",
        "Every platform's other figures and the chart are in the attachment.",
    ),
    "memo.closing": ("จึงเรียนมาเพื่อโปรดทราบ", "For your information."),
    "memo.position": (
        "ตำแหน่ง ....................................",
        "Position ....................................",
    ),
    "memo.signer_group": ("กลุ่มงานประชาสัมพันธ์ กองกลาง", "PR group, Central Administration Division"),
    "memo.attachment": ("สิ่งที่ส่งมาด้วย", "Attachment"),
    "memo.attachment_title": (
        "ตัวเลขการเข้าถึงข่าวสารทางสื่อสังคมออนไลน์ แยกแพลตฟอร์ม ประจำเดือน{month}",
        "Figures per platform, {month}",
    ),
    "reach_xlsx.summary_tab": ("สรุป", "Summary"),
    "reach_xlsx.platform_tab": ("แยกแพลตฟอร์ม", "By platform"),
    "reach_xlsx.change": ("เปลี่ยนแปลง (จำนวน)", "Change (count)"),
}
