"""Pages stay thin: a page reads widgets, asks, and renders; its logic lives in pure functions (core/,
charts/) or the app's Streamlit helpers (dashboard/). A page past the limit is the sign to move some out."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

VIEWS = Path(__file__).resolve().parent.parent / "views"
MOST_LINES = 120
KEPT_BY_WIDGETS = {"format_func", "on_change", "on_click", "on_submit", "on_select"}


def test_there_are_pages_to_check():
    assert len(list(VIEWS.glob("*.py"))) >= 10


@pytest.mark.parametrize("page", sorted(VIEWS.glob("*.py")), ids=lambda p: p.name)
def test_no_page_is_over_the_line_limit(page):
    lines = len(page.read_text(encoding="utf-8").splitlines())
    assert lines <= MOST_LINES, (
        f"views/{page.name} has {lines} lines (at most {MOST_LINES}): move its logic into pure "
        "functions (core/, charts/) or dashboard/ helpers"
    )


@pytest.mark.parametrize("page", sorted(VIEWS.glob("*.py")), ids=lambda p: p.name)
def test_no_page_hands_a_widget_a_function_it_defines(page):
    """A function written in a page holds the page's globals: every frame and figure of the run. Widgets
    keep some of the functions they are given (st.segmented_control's format_func, a download's build)
    for the session's life, a closed one's for 2 minutes: ~1 MB a session on the awareness page at 1M
    responses (issue #20). Give them i18n.labeller, functools.partial or a module's own function."""
    tree = ast.parse(page.read_text(encoding="utf-8"))
    own = {n.name for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    keywords = [kw for call in ast.walk(tree) if isinstance(call, ast.Call) for kw in call.keywords]
    # Called during the run and dropped (progress=...): fine. Kept by a widget: not.
    during_run = {id(kw.value) for kw in keywords if kw.arg not in KEPT_BY_WIDGETS}
    lambdas = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Lambda) and id(n) not in during_run]
    passed = [
        kw.value.lineno
        for kw in keywords
        if kw.arg in KEPT_BY_WIDGETS and isinstance(kw.value, ast.Name) and kw.value.id in own
    ]
    assert not lambdas + passed, (
        f"views/{page.name}: a function of the page handed out, lines {lambdas + passed}"
    )
