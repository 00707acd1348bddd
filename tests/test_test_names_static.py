"""Test files are named by feature and level: tests/test_<feature>_<level>.py (docs/CONTRIBUTING.md)."""

from __future__ import annotations

from pathlib import Path

LEVELS = ("unit", "sql", "etl", "app", "browser", "system", "static")


def test_every_test_file_ends_in_its_level():
    odd = [
        p.name
        for p in sorted(Path(__file__).parent.glob("test_*.py"))
        if not p.stem.endswith(tuple(f"_{level}" for level in LEVELS)) or p.stem.count("_") < 2
    ]
    assert not odd, f"name these test_<feature>_<level>.py, level one of {', '.join(LEVELS)}: {odd}"
