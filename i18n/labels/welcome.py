"""Labels of the first-run welcome (no database yet)."""

LABELS: dict[str, tuple[str, str]] = {
    "welcome.what": (
        "แดชบอร์ดนี้ช่วย สป.ดศ. ยกระดับ **ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร** ของการประเมิน ITA "
        "(ปี 2565 ได้ {baseline:.2f} คะแนน) โดยรวมผลแบบสำรวจการรับรู้-รับทราบ ยอดการเข้าถึงสื่อออนไลน์รายเดือน "
        "และการส่งรายงานของหน่วยงานถึง ศปท. ไว้ในที่เดียว — ยังไม่มีข้อมูลในระบบ เลือกวิธีเริ่มต้นได้ 2 ทาง",
        "This dashboard helps the office raise ITA **indicator 7, communication efficiency** ({baseline:.2f} in FY2565) "
        "by bringing the awareness survey, monthly social-media reach and the units' reports to the ACC into one "
        "place. There is no data yet: two ways to start",
    ),
    "welcome.demo": ("1. ลองใช้ข้อมูลตัวอย่าง", "1. Try the demo data"),
    "welcome.demo.text": (
        "สร้างข้อมูลสมมุติ 3 ปีงบประมาณ (ประมาณ 4 หมื่นคำตอบ) เพื่อดูว่าแต่ละหน้าตอบคำถามอะไร ทุกหน้าจะมีป้าย 'ข้อมูลตัวอย่าง'",
        "Builds three fiscal years of made-up data (about 40,000 responses) to see what each page answers; "
        "every page is labelled 'demo data'",
    ),
    "welcome.demo.button": ("สร้างข้อมูลตัวอย่าง", "Build the demo data"),
    "welcome.demo.building": ("กำลังสร้างข้อมูลตัวอย่าง…", "Building the demo data…"),
    "welcome.connect": ("2. เชื่อมต่อข้อมูลจริงของสำนักงาน", "2. Connect the office's own data"),
    "welcome.connect.steps": (
        "1. สร้างบัญชีบริการ (service account) ใน Google Cloud และแชร์ชีตแต่ละชีตให้อีเมลของบัญชีนั้น\n"
        "2. วางคีย์ไว้ใน `.streamlit/secrets.toml` ส่วน `[gcp_service_account]`\n"
        "3. คัดลอก `sources.example.toml` เป็น `sources.toml` แล้วใส่ลิงก์ชีต\n"
        "4. สั่ง `.venv/bin/python -m etl refresh` หรือนำเข้าไฟล์ด้วย `python -m etl import responses ไฟล์.csv`\n\n"
        'รายละเอียดอยู่ใน README หัวข้อ "Connecting the office\'s Google Sheets"',
        "1. Create a Google Cloud service account and share each sheet with its e-mail\n"
        "2. Put its key in `.streamlit/secrets.toml` under `[gcp_service_account]`\n"
        "3. Copy `sources.example.toml` to `sources.toml` and add the sheets\n"
        "4. Run `.venv/bin/python -m etl refresh`, or import files with `python -m etl import responses FILE.csv`\n\n"
        "The README's \"Connecting the office's Google Sheets\" has the details",
    ),
}
