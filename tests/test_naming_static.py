"""One English name for ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) everywhere: labels, docs, reports, data.

Readers met "Anti-Corruption Center (ACC)" on one page and "Anti-Corruption Operation Center" on
another and asked whether they were two offices."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "Anti-Corruption Operation Center"


def test_the_anti_corruption_operation_center_has_one_english_name():
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    found, odd = 0, []
    for name in files.split():
        path = ROOT / name
        if path.suffix not in {".py", ".md", ".toml", ".csv", ".sql", ".txt"} or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        if path == Path(__file__):
            continue
        for match in re.finditer(r"anti[- ]?corruption[\w ()-]{0,30}", text, re.IGNORECASE):
            found += 1
            if not match.group(0).startswith(NAME):
                odd.append(f"{name}: {match.group(0)!r}")
    assert found >= 5 and not odd, odd
