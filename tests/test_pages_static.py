"""Pages stay thin: a page reads widgets, asks, and renders; its logic lives in pure functions (core/,
charts/) or the app's Streamlit helpers (dashboard/). A page past the limit is the sign to move some out."""

from __future__ import annotations

from pathlib import Path

import pytest

VIEWS = Path(__file__).resolve().parent.parent / "views"
MOST_LINES = 120


def test_there_are_pages_to_check():
    assert len(list(VIEWS.glob("*.py"))) >= 10


@pytest.mark.parametrize("page", sorted(VIEWS.glob("*.py")), ids=lambda p: p.name)
def test_no_page_is_over_the_line_limit(page):
    lines = len(page.read_text(encoding="utf-8").splitlines())
    assert lines <= MOST_LINES, (
        f"views/{page.name} has {lines} lines (at most {MOST_LINES}): move its logic into pure "
        "functions (core/, charts/) or dashboard/ helpers"
    )
