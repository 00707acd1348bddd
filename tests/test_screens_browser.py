"""Every page at a phone's and a laptop's width, in Thai and English: drawn, no error, no sideways
scrolling, a title in the right language. Screenshots are saved to test-artifacts/screens/."""

from __future__ import annotations

import re

import pytest

from dashboard.registry import PAGES
from tests.support.browser import wait_drawn

pytestmark = pytest.mark.browser
THAI = re.compile(r"[\u0E00-\u0E7F]")


@pytest.mark.parametrize("width", [390, 1366])
@pytest.mark.parametrize("lang", ["th", "en"])
def test_every_page_at_phone_and_laptop_width(app_url, browser, artifacts, width, lang):
    folder = artifacts / "screens"
    folder.mkdir(exist_ok=True)
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems = []
    for spec in PAGES:
        path = "" if spec.default else spec.key
        page.goto(f"{app_url}/{path}?lang={lang}")
        wait_drawn(page)
        title = page.locator("h1").first.inner_text()
        if page.get_by_test_id("stException").count():
            problems.append(f"{spec.key}: exception shown")
        if bool(THAI.search(title)) != (lang == "th"):
            problems.append(f"{spec.key}: title {title!r} is not in {lang}")
        overflow = page.evaluate(
            "() => { const m = document.querySelector('[data-testid=\"stMain\"]');"
            " return m.scrollWidth - m.clientWidth; }"
        )
        if overflow > 2:
            problems.append(f"{spec.key}: {overflow}px of sideways scrolling at {width}px")
        page.screenshot(path=str(folder / f"{spec.key}-{lang}-{width}.png"))
    page.close()
    assert problems == []


def test_keyboard_alone_reaches_another_page(app_url, browser):
    """Tab moves focus through the navigation; Enter on a link opens that page."""
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    page.goto(app_url)
    wait_drawn(page)
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement && document.activeElement.innerText || ''")
        if "การรับรู้ตามช่องทาง" in focused:
            break
    else:
        raise AssertionError("the awareness link was never reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/awareness**")
    wait_drawn(page)
    assert page.locator("h1").first.inner_text().startswith("การรับรู้")
    page.close()
