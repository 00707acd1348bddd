"""Every label a page, a chart, a report or an error shows exists in Thai and in English; visible text
lives only in i18n/labels; the indicator 7 baseline is a setting, never typed into a label."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from dashboard.registry import PAGES
from i18n import LABELS, t

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("views", "dashboard", "charts", "reports", "core", "i18n", "exports", "runtime", "etl", "queries")
SOURCES = [*ROOT.glob("app.py"), *(p for d in PACKAGES for p in sorted(ROOT.glob(f"{d}/*.py")))]
_KEY = r"""["']([a-z_0-9]+(?:\.[a-z_0-9]+)+)["']"""
# t("key"), said("key"), SomeProblem("key") / SomeError("key") (i18n.messages), access._stop(lang, "key")
LITERAL = re.compile(rf"""(?:\bt|\bsaid|Problem|Error)\(\s*{_KEY}|_stop\(\s*lang,\s*{_KEY}""")
PREFIXED = re.compile(r"""\bt\(\s*f["']([a-z_0-9.]+\.)\{""")
HEADER_KEYS = re.compile(r"""header\(\s*["']([a-z_.0-9]+)["'](?:\s*,\s*["']([a-z_.0-9]+)["'])?""")


def _used_keys() -> set[str]:
    keys = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        keys |= {k for pair in LITERAL.findall(text) for k in pair if k}
        for pair in HEADER_KEYS.findall(text):
            keys |= {k for k in pair if k}
    return keys


def test_scan_finds_the_labels_pages_use():
    assert {"awareness.title", "filter.units", "data.quarantine", "visitor_mix.other"} <= _used_keys()
    # charts, reports, errors raised below the app, and the sign-in gate are scanned too
    assert {"ita.baseline_line", "memo.title", "problem.report.no_db", "date.problem.year"} <= _used_keys()
    assert {"mail.problem.server", "refresh.health.stale", "auth.not_configured"} <= _used_keys()


@pytest.mark.parametrize("key", sorted(_used_keys()))
def test_every_used_label_exists(key):
    assert key in LABELS, f"label '{key}' is used but not defined in i18n/labels/"


@pytest.mark.parametrize("key", sorted(LABELS))
def test_every_label_has_thai_and_english(key):
    th, en = LABELS[key]
    assert th.strip() and en.strip(), key
    assert re.search(r"[\u0E00-\u0E7F]", th) or key.startswith(("app.language", "format.")), (
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


BILINGUAL = {  # shown in both languages on purpose
    "app.language",
    "app.language.th",  # each language is named in itself
    "app.demo_badge",
    "app.page_refused",  # shown before the viewer's language is known
    "date.problem.example",  # the example shows the Thai date one may type: "15 เม.ย. 2569"
    "date.problem.empty",  # quotes the example
    "date.problem.unreadable",  # quotes the example
    "date.problem.month",  # names the Thai month words it accepts
}


@pytest.mark.parametrize("key", sorted(set(LABELS) - BILINGUAL))
def test_english_labels_hold_no_thai_script(key):
    """An English page names the centre 'the ACC', never 'ศปท.' (issue 19): no Thai in English labels."""
    assert not re.search("[\u0e00-\u0e7f]", LABELS[key][1]), f"{key}: {LABELS[key][1]!r}"


def test_the_baseline_is_a_setting_not_label_text():
    """80.29 is FY2565's indicator 7 score: a setting (runtime.config.indicator7(), data/settings.toml).
    A label says {baseline}; the number is typed once, as the fallback in runtime/config.py."""
    typed = [key for key, pair in LABELS.items() for text in pair if "80.29" in text]
    assert not typed, f"labels typing the baseline instead of {{baseline}}: {typed}"
    elsewhere = [
        p.relative_to(ROOT)
        for p in SOURCES
        if "80.29" in p.read_text(encoding="utf-8")
        and p.relative_to(ROOT).as_posix() != "runtime/config.py"
        and p.relative_to(ROOT).as_posix() != "etl/demo.py"  # the office's real FY2565 scores, as data
    ]
    assert not elsewhere, f"80.29 typed outside runtime/config.py: {elsewhere}"


def test_labels_with_the_baseline_show_the_setting(monkeypatch, tmp_path):
    from runtime import config

    settings = tmp_path / "settings.toml"
    settings.write_text("[ita]\nbaseline_indicator7 = 81.5\n", encoding="utf-8")
    monkeypatch.setenv("ITA_SETTINGS", str(settings))
    assert config.indicator7().baseline == 81.5 and config.indicator7().target is None
    with_baseline = [k for k, pair in LABELS.items() if "{baseline" in pair[0]]
    assert {"ita.intro", "help.page.overview", "welcome.what", "help.page.indicator7"} <= set(with_baseline)
    for key in with_baseline:
        for lang in ("th", "en"):
            assert "81.50" in t(key, lang, baseline=config.indicator7().baseline, diff=1.0, fy=2569), key
    monkeypatch.setenv("ITA_SETTINGS", str(tmp_path / "none.toml"))
    assert config.indicator7().baseline == config.BASELINE_INDICATOR7


def test_placeholders_are_the_same_in_both_languages():
    """A value the Thai text shows, the English shows too (a {name} missing on one side is a KeyError
    or a silently dropped value only in that language)."""
    field = re.compile(r"\{([a-z_0-9]+)[^{}]*\}")
    for key, (th, en) in LABELS.items():
        # format.fy.picker: a Thai reader counts fiscal years in BE alone, an English one gets the CE span
        assert set(field.findall(th)) == set(field.findall(en)) or key in (
            "date.problem.no_day",
            "format.fy.picker",
        ), key


# Thai-only documents: the official forms (แบบรายงานที่ ๑, ๒) and the ACC's round report reproduce the
# office's own Thai documents word for word and are never made in English; the CLI's help names them.
THAI_ONLY = {
    "reports/form1.py",
    "reports/form2.py",
    "reports/round_report.py",
    "reports/round_data.py",
    "reports/docx_forms.py",
    "reports/__main__.py",
}
NOT_TEXT = {
    "๐๑๒๓๔๕๖๗๘๙",  # Thai digits for str.maketrans
    "TH SarabunIT๙",  # a font's name
    "ศปท.",  # the ACC's account name as stored with a submission (dashboard/submission_form.py)
}


def _thai_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and re.search("[\u0e00-\u0e7f]", node.value)
        and not any(allowed in node.value for allowed in NOT_TEXT)
    ]


def test_no_thai_text_outside_the_labels():
    """charts/, reports/ and dashboard/ show text only through t(): a Thai literal there is a label
    that was never made (and has no English)."""
    found = [
        hit
        for folder in ("charts", "reports", "dashboard")
        for path in sorted(ROOT.glob(f"{folder}/*.py"))
        if path.relative_to(ROOT).as_posix() not in THAI_ONLY
        for hit in _thai_literals(path)
    ]
    assert not found, "\n".join(found)


def test_the_thai_scan_finds_a_thai_literal(tmp_path):
    sample = ROOT / "charts" / "_sample_for_the_scan.py"
    try:
        sample.write_text('"""ไทย in a docstring is fine."""\nTITLE = "ยอดรวม"\n', encoding="utf-8")
        assert [h.split(": ", 1)[1] for h in _thai_literals(sample)] == ["'ยอดรวม'"]
    finally:
        sample.unlink()


def test_a_problem_is_a_label_rendered_in_the_chosen_language():
    from etl.problems import InputProblem
    from i18n.messages import said

    problem = InputProblem("problem.report.no_unit", column="unit", unit="XYZ")
    assert problem.text("en") == "no unit with code XYZ (see data/units.csv)"
    assert problem.th == t("problem.report.no_unit", "th", unit="XYZ")
    assert str(problem) == f"{problem.th} / {problem.en}"  # the command line prints both
    assert problem.located("other").column == "other" and problem.located("other").en == problem.en
    quoted = said("problem.report.output", allowed=said("problem.report.several"))
    assert quoted.text("en") == t("problem.report.output", "en", allowed=t("problem.report.several", "en"))


def _said_classes(trees: list[ast.Module]) -> set[str]:
    """Problem, Note and every class below them (InputProblem, Skip, StorageProblem, ...), by name."""
    names = {"Problem", "Note"}
    classes = [node for tree in trees for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    grew = True
    while grew:
        before = len(names)
        names |= {
            c.name
            for c in classes
            if any(getattr(b, "id", getattr(b, "attr", None)) in names for b in c.bases)
        }
        grew = len(names) > before
    return names


def _thai_arguments(tree: ast.Module, callees: set[str]) -> list[tuple[int, str]]:
    hits = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", None))
        if name not in callees and name not in ("said", "of"):
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for part in ast.walk(arg):
                if (
                    isinstance(part, ast.Constant)
                    and isinstance(part.value, str)
                    and re.search("[\u0e00-\u0e7f]", part.value)
                ):
                    hits.append((node.lineno, part.value[:60]))
    return hits


def test_no_problem_or_note_is_written_in_two_languages_by_hand():
    """A Problem (InputProblem and the rest), a Note or a said() message names a label key; its Thai and
    English live in i18n/labels (issue 21), so no call passes a Thai literal, as text or as a value."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in SOURCES}
    callees = _said_classes(list(trees.values()))
    assert {"InputProblem", "Skip", "StorageProblem", "DamagedDatabase", "MailProblem"} <= callees
    found = [
        f"{path.relative_to(ROOT)}:{line}: {text!r}"
        for path, tree in trees.items()
        for line, text in _thai_arguments(tree, callees)
    ]
    assert not found, "\n".join(found)


def test_the_two_language_scan_finds_a_thai_argument():
    tree = ast.parse('InputProblem("ไม่พบไฟล์", "file not found")\nNote.of(said("k", x=f"ค่า {v}"))\n')
    assert sorted({line for line, _ in _thai_arguments(tree, {"InputProblem", "Note"})}) == [1, 2]


def test_a_labeller_reads_the_label_of_each_value_in_its_language():
    from i18n import labeller

    assert labeller("round", "th")("6") == t("round.6", "th") != "round.6"
    assert labeller("round", "en")("12") == t("round.12", "en") != t("round.12", "th")
    assert labeller("channel", "en")("nothing-such") == "channel.nothing-such"  # shows itself, no crash
