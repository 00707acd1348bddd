"""Survey settings (targets, few-responses minimum) and how changes and periods are written."""

from __future__ import annotations

from datetime import date

import pytest

from core import survey


def write(tmp_path, text: str):
    path = tmp_path / "survey.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_file_gives_the_documented_defaults():
    settings = survey.load(survey.DEFAULT_PATH)
    assert settings.targets == {"news": 0.85, "contact": 0.85, "complaint": 0.85}
    assert settings.min_responses == 30 and settings.problems == ()


def test_no_file_means_defaults(tmp_path):
    assert survey.load(tmp_path / "none.toml") == survey.Settings()


def test_per_item_targets_and_percentages(tmp_path):
    path = write(tmp_path, "[targets]\ndefault = 80\ncomplaint = 0.7\n[units]\nmin_responses = 12\n")
    settings = survey.load(path)
    assert settings.targets == {"news": 0.8, "contact": 0.8, "complaint": 0.7}
    assert settings.min_responses == 12 and settings.problems == ()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[targets]\ncomplaint = 150\n", "[targets] complaint"),
        ("[targets]\nnews = 'high'\n", "[targets] news"),
        ("[targets]\ndefault = 0\n", "[targets] default"),
        ("[units]\nmin_responses = 0\n", "min_responses"),
        ("[units]\nmin_responses = 2.5\n", "min_responses"),
        ("[units]\nmin_responses = true\n", "min_responses"),
        ("[targets\n", "cannot read it"),
    ],
)
def test_a_bad_value_takes_the_default_and_says_so(tmp_path, text, problem):
    settings = survey.load(write(tmp_path, text))
    assert any(problem in p for p in settings.problems), settings.problems
    assert all(0 < v <= 1 for v in settings.targets.values())
    assert settings.min_responses >= 1


def test_an_edited_file_is_read_again(tmp_path):
    path = write(tmp_path, "[units]\nmin_responses = 10\n")
    assert survey.load(path).min_responses == 10
    path.write_text("[units]\nmin_responses = 20\n", encoding="utf-8")
    import os

    os.utime(path, ns=(1, 10**18))  # a different mtime, as an edit would give
    assert survey.load(path).min_responses == 20


@pytest.mark.parametrize(
    ("change", "th", "en"),
    [(0.031, "+3.1 จุด", "+3.1 pts"), (-0.1234, "-12.3 จุด", "-12.3 pts"), (-0.0001, "+0.0 จุด", "+0.0 pts")],
)
def test_points(change, th, en):
    assert (survey.points(change, "th"), survey.points(change, "en")) == (th, en)


@pytest.mark.parametrize("change", [None, float("nan")])
def test_no_change_is_no_text(change):
    assert survey.points(change) is None


@pytest.mark.parametrize(
    ("start", "end", "th", "en"),
    [
        (date(2025, 4, 1), date(2025, 9, 30), "เม.ย.–ก.ย. 68", "Apr–Sep 2025"),
        (date(2024, 10, 1), date(2025, 3, 31), "ต.ค. 67–มี.ค. 68", "Oct 2024–Mar 2025"),
        (date(2024, 2, 1), date(2024, 2, 29), "ก.พ. 67", "Feb 2024"),
        (date(2025, 9, 14), date(2025, 10, 14), "14 ก.ย. 2568 – 14 ต.ค. 2568", "14 Sep 2025 – 14 Oct 2025"),
    ],
)
def test_span(start, end, th, en):
    assert (survey.span(start, end, "th"), survey.span(start, end, "en")) == (th, en)
