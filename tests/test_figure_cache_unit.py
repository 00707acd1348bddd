"""Cached chart figures: the same figure as the builder's, a new copy per view, rebuilt when the data differ."""

from __future__ import annotations

import json

import pandas as pd
import plotly.io as pio
import pytest

from charts import awareness, visitor_mix
from dashboard import figures


def _rates(aware: int) -> pd.DataFrame:
    rows = []
    for channel in ("news", "contact", "complaint"):
        total = aware + 20
        rate = aware / total
        rows.append(
            {
                "channel": channel,
                "aware": aware,
                "unaware": 20,
                "total": total,
                "rate": rate,
                "ci_low": rate - 0.05,
                "ci_high": rate + 0.05,
            }
        )
    return pd.DataFrame(rows)


@pytest.fixture(autouse=True)
def _empty_cache():
    figures.clear()
    yield
    figures.clear()


def _json(fig) -> dict:
    return json.loads(pio.to_json(fig, validate=False))


def test_a_cached_figure_is_the_builders_figure():
    charts = figures.cached(awareness)
    first = charts.awareness_rates(_rates(80), "th")
    again = charts.awareness_rates(_rates(80), "th")
    assert _json(again) == _json(first) == _json(awareness.awareness_rates(_rates(80), "th"))
    assert again is not first


def test_changing_ones_copy_leaves_the_cache_alone():
    charts = figures.cached(awareness)
    charts.awareness_rates(_rates(80), "th")
    mine = charts.awareness_rates(_rates(80), "th")
    mine.update_layout(height=123)
    mine.add_annotation(x=0, y=0, text="mine")
    fresh = charts.awareness_rates(_rates(80), "th")
    assert fresh.layout.height != 123
    assert _json(fresh) == _json(awareness.awareness_rates(_rates(80), "th"))


def test_other_data_or_language_is_another_figure():
    charts = figures.cached(awareness)
    th = _json(charts.awareness_rates(_rates(80), "th"))
    assert _json(charts.awareness_rates(_rates(81), "th")) != th
    assert _json(charts.awareness_rates(_rates(80), "en")) != th
    assert figures.stats["misses"] >= 3


def test_only_figure_builders_are_wrapped():
    charts = figures.cached(awareness)
    assert charts.unit_label is awareness.unit_label  # returns text: called directly
    assert charts.with_annotations is awareness.with_annotations  # changes the figure it is given
    assert figures.cached(visitor_mix).mix_bars is not visitor_mix.mix_bars
