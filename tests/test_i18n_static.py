"""Every label a page shows exists in Thai and in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.registry import PAGES
from i18n import LABELS, t

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *ROOT.glob("app.py"),
    *ROOT.glob("views/*.py"),
    *ROOT.glob("dashboard/*.py"),
    *ROOT.glob("ita/*.py"),
]
LITERAL = re.compile(r"""\bt\(\s*["']([a-z_0-9]+(?:\.[a-z_0-9]+)+)["']""")
PREFIXED = re.compile(r"""\bt\(\s*f["']([a-z_0-9.]+\.)\{""")
HEADER_KEYS = re.compile(r"""header\(\s*["']([a-z_.0-9]+)["'](?:\s*,\s*["']([a-z_.0-9]+)["'])?""")


def _used_keys() -> set[str]:
    keys = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        keys |= set(LITERAL.findall(text))
        for pair in HEADER_KEYS.findall(text):
            keys |= {k for k in pair if k}
    return keys


def test_scan_finds_the_labels_pages_use():
    assert {"awareness.title", "filter.units", "data.quarantine", "visitor_mix.other"} <= _used_keys()


@pytest.mark.parametrize("key", sorted(_used_keys()))
def test_every_used_label_exists(key):
    assert key in LABELS, f"label '{key}' is used but not defined in i18n/labels/"


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_label_has_thai_and_english(key):
    th, en = LABELS[key]
    assert th.strip() and en.strip(), key
    assert re.search(r"[\u0E00-\u0E7F]", th) or key.startswith(("app.language",)), (
        f"'{key}' Thai text has no Thai"
    )


def test_prefixed_keys_have_every_variant():
    families = {
        "channel.": ("news", "contact", "complaint"),
        "visitor.": ("contract", "information", "meeting", "feedback", "other"),
        "kind.": ("central", "provincial"),
        "filter.round.": ("6", "12"),
        "filter.mode.": ("fy", "range"),
    }
    for prefix, names in families.items():
        for name in names:
            assert prefix + name in LABELS
    for path in SOURCES:
        for prefix in PREFIXED.findall(path.read_text(encoding="utf-8")):
            assert any(k.startswith(prefix) for k in LABELS), f"{path.name}: no labels start with {prefix}"


def test_every_page_and_group_has_a_title_and_a_help_line():
    for page in PAGES:
        assert f"page.{page.key}" in LABELS
        assert page.group in LABELS
        assert page.key == "help" or f"help.page.{page.key}" in LABELS


def test_missing_key_shows_itself_instead_of_crashing():
    assert t("no.such.label") == "no.such.label"


BILINGUAL = {"app.language", "app.demo_badge"}  # shown in both languages on purpose


@pytest.mark.parametrize("key", sorted(set(LABELS) - BILINGUAL))
def test_english_labels_hold_no_thai_script(key):
    """An English page names the centre 'the ACC', never 'ศปท.' (issue 19): no Thai in English labels."""
    assert not re.search("[\u0e00-\u0e7f]", LABELS[key][1]), f"{key}: {LABELS[key][1]!r}"
