"""A mapping file: which header holds which column, when the import cannot recognise them itself."""

from __future__ import annotations

import tomllib
from pathlib import Path

from etl import pii
from etl.forms import PERSONAL_ROLES
from etl.problems import InputProblem
from etl.readers import decode


def load_mapping(path: str | Path | None) -> tuple[dict, dict]:
    """A mapping file (TOML): [columns] role = "header", [options] date_order = "dmy" | "mdy" | "auto"."""
    if not path:
        return {}, {}
    try:
        # Any text encoding a sheet may come in (UTF-8, UTF-16 with a BOM, TIS-620), like other inputs.
        data = tomllib.loads(decode(Path(path).read_bytes()).lstrip("\ufeff"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputProblem(
            f"อ่านไฟล์กำหนดคอลัมน์ {path} ไม่ได้: {exc}", f"cannot read mapping file {path}: {exc}"
        ) from None
    columns = dict(data.get("columns", {}))
    for role, title in columns.items():
        if role not in PERSONAL_ROLES and isinstance(title, str) and pii.personal_header(title):
            raise InputProblem(
                f"ไฟล์กำหนดคอลัมน์ {path} ให้คอลัมน์ '{title}' (ข้อมูลส่วนบุคคล: ชื่อ โทรศัพท์ อีเมล หรือตำแหน่ง) "
                f"เป็น {role} ซึ่งจะถูกเก็บในฐานข้อมูล: แก้ไฟล์ให้ {role} ชี้ไปที่คอลัมน์อื่น หรือลบบรรทัดนั้น",
                f"the mapping file {path} routes column '{title}' (personal data: a name, phone, e-mail or "
                f"position) into {role}, which is stored: point {role} at another column, or remove the line",
                column=role,
            )
    return columns, dict(data.get("options", {}))
