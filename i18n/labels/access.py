"""Labels of sign-in, roles and refusals."""

LABELS: dict[str, tuple[str, str]] = {
    "auth.weak_cookie_secret": (
        "ตั้งค่า cookie_secret ใน .streamlit/secrets.toml ให้เป็นค่าสุ่มยาวอย่างน้อย 32 ตัวอักษร "
        '(เช่น python -c "import secrets; print(secrets.token_hex(32))")',
        "Set [auth] cookie_secret in .streamlit/secrets.toml to a random value of at least 32 characters "
        '(e.g. python -c "import secrets; print(secrets.token_hex(32))")',
    ),
    "auth.no_auth_real_data": (
        "ปิดการเข้าสู่ระบบได้เฉพาะกับข้อมูลตัวอย่าง: ตั้งค่าการเข้าสู่ระบบ หรือกำหนด ITA_NO_AUTH_REAL_DATA=1 "
        "หากตั้งใจเปิดข้อมูลจริงโดยไม่ต้องเข้าสู่ระบบ",
        "No-auth mode is for demo data only: configure sign-in, or set ITA_NO_AUTH_REAL_DATA=1 if you "
        "really mean to serve real data without sign-in",
    ),
    "auth.not_configured": (
        "ยังไม่ได้ตั้งค่าการเข้าสู่ระบบ: เพิ่มส่วน [auth] ใน .streamlit/secrets.toml (ดู README) หรือใช้ "
        "ITA_NO_AUTH=1 กับข้อมูลตัวอย่าง (make run ทำให้เอง)",
        "Sign-in is not configured: add an [auth] section to .streamlit/secrets.toml (see the README), or use "
        "ITA_NO_AUTH=1 with the demo data (make run does this)",
    ),
    "auth.please_sign_in": (
        "แดชบอร์ดนี้สำหรับเจ้าหน้าที่ สป.ดศ. โปรดเข้าสู่ระบบด้วยบัญชีของหน่วยงาน",
        "This dashboard is for MDES staff. Please sign in with your office account.",
    ),
    "auth.sign_in": ("เข้าสู่ระบบ", "Sign in"),
    "auth.sign_out": ("ออกจากระบบ", "Sign out"),
    "auth.unverified": (
        "บัญชี {email} ยังไม่ได้ยืนยันอีเมลกับผู้ให้บริการเข้าสู่ระบบ จึงยังเปิดแดชบอร์ดไม่ได้ "
        "โปรดยืนยันอีเมลของบัญชีก่อน แล้วเข้าสู่ระบบอีกครั้ง หรือติดต่อผู้ดูแลระบบ",
        "The account {email} has not verified its e-mail address with the sign-in provider, so it cannot "
        "open the dashboard yet. Please verify the account's e-mail, then sign in again, or ask the data admin.",
    ),
    "auth.no_role": (
        "บัญชี {email} ยังไม่ได้รับสิทธิ์ดูข้อมูลในแดชบอร์ดนี้ โปรดติดต่อผู้ดูแลระบบเพื่อขอสิทธิ์",
        "The account {email} has no access to this dashboard yet. Please ask the data admin for a role.",
    ),
    "auth.forbidden": (
        "บัญชีของท่านไม่มีสิทธิ์เปิดหน้านี้ หากจำเป็นต้องใช้ โปรดติดต่อผู้ดูแลระบบ",
        "Your account may not open this page. Ask the data admin if you need it.",
    ),
    "auth.no_auth_banner": (
        "โหมดไม่ต้องเข้าสู่ระบบ (สำหรับทดลอง/ข้อมูลตัวอย่างเท่านั้น) — ทุกคนที่เปิดได้เห็นทุกหน้า",
        "No-auth mode (for trying out / demo data only) — anyone who can open it sees every page",
    ),
    "role.executive": ("ผู้บริหาร", "Executive"),
    "role.pr": ("กลุ่มงานประชาสัมพันธ์", "PR group"),
    "role.acc": ("ศปท.", "Anti-Corruption Operation Center (ACC)"),
    "role.analyst": ("นักวิเคราะห์", "Analyst"),
    "role.admin": ("ผู้ดูแลข้อมูล", "Data admin"),
}
