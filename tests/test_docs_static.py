"""The docs tell the truth, checked as datasette does: what the code defines, the docs name."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SETTINGS_DOC = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
DATA_MODEL = (ROOT / "docs" / "data-model.md").read_text(encoding="utf-8")


def _tracked(pattern: str) -> list[Path]:
    out = subprocess.run(["git", "ls-files", pattern], cwd=ROOT, capture_output=True, text=True, check=True)
    return [ROOT / line for line in out.stdout.splitlines()]


def _leaf_keys(table: dict) -> set[str]:
    keys = set()
    for key, value in table.items():
        if isinstance(value, dict):
            keys |= _leaf_keys(value)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            keys |= {k for item in value for k in _leaf_keys(item)}
        else:
            keys.add(key)
    return keys


def _schema_tables() -> set[str]:
    schema = (ROOT / "etl" / "schema.sql").read_text(encoding="utf-8")
    found = re.findall(
        r"CREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+)", schema, re.I
    )
    return set(found)


def _schema_macros() -> set[str]:
    schema = (ROOT / "etl" / "schema.sql").read_text(encoding="utf-8")
    return set(re.findall(r"CREATE\s+(?:OR\s+REPLACE\s+)?MACRO\s+(\w+)", schema, re.I))


def test_the_schema_defines_tables():
    assert {"responses", "reach", "submissions", "quarantine"} <= _schema_tables()


@pytest.mark.parametrize("table", sorted(_schema_tables()))
def test_every_table_is_in_the_data_model(table):
    assert f"`{table}`" in DATA_MODEL, f"docs/data-model.md does not describe the table {table!r}"


@pytest.mark.parametrize("macro", sorted(_schema_macros()))
def test_every_macro_is_in_the_data_model(macro):
    assert f"`{macro}(" in DATA_MODEL, f"docs/data-model.md does not describe the macro {macro!r}"


@pytest.mark.parametrize("path", ["data/settings.toml", "data/survey.toml", "data/schedule.toml"])
def test_every_setting_is_documented(path):
    keys = _leaf_keys(tomllib.loads((ROOT / path).read_text(encoding="utf-8")))
    assert keys, f"{path} has no settings"
    missing = sorted(k for k in keys if f"{k}`" not in SETTINGS_DOC and f" {k}," not in SETTINGS_DOC)
    assert not missing, f"docs/settings.md does not document {path}: {missing}"


def test_every_environment_variable_is_documented():
    code = [p for p in _tracked("*.py") if not p.relative_to(ROOT).parts[0] == "tests"]
    names = {
        n for p in code for n in re.findall(r"[\"'](ITA_[A-Z0-9_]+)[\"']", p.read_text(encoding="utf-8"))
    }
    assert "ITA_DB" in names
    missing = sorted(n for n in names if f"`{n}`" not in SETTINGS_DOC)
    assert not missing, f"docs/settings.md does not document the environment variables {missing}"


def test_every_download_goes_through_the_audited_export_helpers():
    """A page that calls st.download_button itself bypasses the audit log (dashboard/exporting.py)."""
    pages = [p for p in _tracked("*.py") if p.relative_to(ROOT).parts[0] in ("views", "dashboard", "reports")]
    pages.append(ROOT / "app.py")
    offenders = [
        str(p.relative_to(ROOT))
        for p in pages
        if p.name != "exporting.py" and "download_button(" in p.read_text(encoding="utf-8")
    ]
    assert not offenders, f"use dashboard.exporting (buttons, menu, document) instead: {offenders}"
