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
        raise InputProblem("problem.etl.mapping_file", path=path, exc=exc) from None
    columns = dict(data.get("columns", {}))
    for role, title in columns.items():
        if role not in PERSONAL_ROLES and isinstance(title, str) and pii.personal_header(title):
            raise InputProblem("problem.etl.mapping_personal", column=role, path=path, title=title, role=role)
    return columns, dict(data.get("options", {}))
