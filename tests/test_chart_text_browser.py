"""Every chart on every page, in Chromium at a desktop (1366 px) and a phone (390 px) width: no two tick
labels of one axis overlap, and no title or annotation runs past the chart's edge or over another
annotation or a bar's value label. Only a browser lays the text out, so only a browser can check it."""

from __future__ import annotations

import pytest

from dashboard.registry import PAGES
from tests.support.browser import wait_drawn

pytestmark = pytest.mark.browser

# For each chart: its box, every axis's tick label boxes (grouped by axis), and the boxes of the
# free text (chart titles, subplot titles, annotations, axis titles) and of the bar value labels.
MEASURE = """
() => [...document.querySelectorAll('.js-plotly-plot')].map((plot, index) => {
  const box = (el) => { const r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
  // the text's own box turned as it is drawn (tick labels are often rotated): four corners on screen
  const corners = (el) => { const b = el.getBBox(), m = el.getScreenCTM(), svg = el.ownerSVGElement;
    return [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height], [b.x, b.y + b.height]]
      .map(([x, y]) => { const p = svg.createSVGPoint(); p.x = x; p.y = y; const q = p.matrixTransform(m);
        return [q.x, q.y]; }); };
  const shown = (el) => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.textContent.trim() !== ''; };
  const svg = plot.querySelector('.main-svg');
  const axes = new Map();
  plot.querySelectorAll('g[class$="tick"] > text').forEach((el) => {
    if (!shown(el)) return;
    const layer = el.parentNode.parentNode;
    if (!axes.has(layer)) axes.set(layer, []);
    axes.get(layer).push({text: el.textContent, box: corners(el)});
  });
  const pick = (selector) => [...plot.querySelectorAll(selector)].filter(shown)
    .map((el) => ({text: el.textContent, box: corners(el)}));
  return {
    index, box: svg ? box(svg) : box(plot),
    axes: [...axes.values()],
    free: pick('.gtitle, .annotation-text, .legendtext, .g-xtitle text, .g-ytitle text, .g-x2title text, .g-y2title text'),
    values: pick('.bartext, .textpoint text'),
  };
})
"""

SLACK = 1.0  # px: glyph boxes that merely touch are not an overlap


def overlap(a, b) -> bool:
    """Two convex quadrilaterals (corner lists) overlap by more than SLACK along every separating axis."""
    for poly in (a, b):
        for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1], strict=True):
            nx, ny = y1 - y2, x2 - x1
            norm = (nx * nx + ny * ny) ** 0.5
            if norm == 0:
                continue
            pa = [(x * nx + y * ny) / norm for x, y in a]
            pb = [(x * nx + y * ny) / norm for x, y in b]
            if min(max(pa), max(pb)) - max(min(pa), min(pb)) <= SLACK:
                return False
    return True


def inside(corners, outer) -> bool:
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    inner = [min(xs), min(ys), max(xs), max(ys)]
    return (
        inner[0] >= outer[0] - SLACK
        and inner[1] >= outer[1] - SLACK
        and inner[2] <= outer[2] + SLACK
        and inner[3] <= outer[3] + SLACK
    )


def problems(charts: list[dict]) -> list[str]:
    found = []
    for chart in charts:
        where = f"chart {chart['index']}"
        for ticks in chart["axes"]:
            for i, a in enumerate(ticks):
                for b in ticks[i + 1 :]:
                    if overlap(a["box"], b["box"]):
                        found.append(f"{where}: ticks {a['text']!r} and {b['text']!r} overlap")
        for i, a in enumerate(chart["free"]):
            if not inside(a["box"], chart["box"]):
                found.append(f"{where}: {a['text']!r} runs past the chart's edge")
            for b in chart["free"][i + 1 :] + chart["values"]:
                if overlap(a["box"], b["box"]):
                    found.append(f"{where}: {a['text']!r} and {b['text']!r} overlap")
    return found


def rect(x0, y0, x1, y1):
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def test_the_checks_can_fail():
    left = rect(0, 0, 50, 20)
    assert overlap(left, rect(40, 5, 90, 25)) and not overlap(left, rect(50, 0, 90, 20))
    # two labels turned 45 degrees side by side: their upright boxes overlap, the labels do not
    turned = [[0, 40], [40, 0], [50, 10], [10, 50]]
    beside = [[x + 20, y] for x, y in turned]
    assert not overlap(turned, beside) and overlap(turned, [[x + 5, y] for x, y in turned])
    assert problems([{"index": 0, "box": [0, 0, 100, 100], "axes": [[{"text": "a", "box": left},
                     {"text": "b", "box": rect(30, 0, 80, 20)}]], "free": [], "values": []}])  # fmt: skip
    assert problems([{"index": 0, "box": [0, 0, 100, 100], "axes": [],
                      "free": [{"text": "t", "box": rect(60, 0, 130, 20)}], "values": []}])  # fmt: skip


@pytest.mark.parametrize("width", [1366, 390])
def test_no_chart_text_overlaps_or_runs_off(app_url, browser, artifacts, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    found, charts_seen = [], 0
    for spec in PAGES:
        page.goto(f"{app_url}/{spec.key}")
        wait_drawn(page)
        tabs = page.locator("[data-baseweb='tab']")
        # every tab in turn: a chart in a hidden tab has no boxes until its tab is shown
        for tab in range(max(1, tabs.count())):
            if tabs.count():
                tabs.nth(tab).click()
                wait_drawn(page)
            if page.locator(".js-plotly-plot").count():
                page.locator(".js-plotly-plot .main-svg").first.wait_for(state="attached", timeout=30_000)
                page.wait_for_timeout(400)  # plotly lays out ticks after the first paint
            charts = [c for c in page.evaluate(MEASURE) if c["box"][2] > c["box"][0]]
            charts_seen += len(charts)
            found += [f"{spec.key} tab {tab} @{width}: {p}" for p in problems(charts)]
            for chart in charts:  # each chart as drawn, to look at
                shot = artifacts / f"chart-{spec.key}-{tab}-{chart['index']}-{width}.png"
                page.locator(".js-plotly-plot").nth(chart["index"]).screenshot(path=str(shot))
    page.close()
    assert charts_seen >= 10  # the overview, indicator 7, awareness, visitor mix, reach, compliance
    assert not found, "\n".join(found)
