"""Frozen styled tables: rendered exactly as Streamlit renders the Styler, styled and marshalled once."""

from __future__ import annotations

import inspect

import pandas as pd
import pytest
import streamlit.elements.arrow as arrow
import streamlit.elements.lib.pandas_styler_utils as styler_utils
from streamlit.proto.ArrowData_pb2 import ArrowData

from dashboard import frozen_tables

FRAME = pd.DataFrame({"a": ["x", "y"], "b": ["late", "on_time"]})


def _style(frame: pd.DataFrame = FRAME):
    css = frame.map(lambda v: "background-color: #D55E0033" if v == "late" else "")
    return frame.style.apply(lambda _: css, axis=None)


def test_st_dataframe_marshals_stylers_through_the_memo():
    # If a Streamlit upgrade renames or inlines marshall_styler, the memo would silently stop working.
    assert arrow.marshall_styler is frozen_tables.marshall_styler
    assert "marshall_styler(proto.arrow_data, data, default_uuid)" in inspect.getsource(
        arrow.ArrowMixin.dataframe
    )


def test_a_frozen_styler_renders_as_before_and_computes_once(monkeypatch):
    plain, frozen = ArrowData(), ArrowData()
    styler_utils.marshall_styler(plain, _style().set_uuid("t1"), "x")  # Streamlit's own, untouched
    styler = frozen_tables.freeze(_style(), "t1")
    frozen_tables.marshall_styler(frozen, styler, "x")
    assert frozen.styler == plain.styler
    assert "d55e0033" in plain.styler.styles.lower() and plain.styler.display_values

    styler.data = FRAME.assign(b=["on_time", "on_time"])  # a second compute would drop the tint

    def forbidden(*_a, **_k):
        raise AssertionError("marshalled again")

    monkeypatch.setattr(pd.io.formats.style.Styler, "_apply", forbidden)
    monkeypatch.setattr(styler_utils, "_use_display_values", forbidden)
    again = ArrowData()
    again.styler.caption = "left over"  # the copy replaces what the proto held
    frozen_tables.marshall_styler(again, styler, "x")
    assert again.styler == plain.styler


def test_a_styler_not_frozen_is_marshalled_every_time():
    styler = _style().set_uuid("t2")
    first = ArrowData()
    frozen_tables.marshall_styler(first, styler, "x")
    changed = _style(FRAME.assign(b=["on_time", "on_time"])).set_uuid("t2")
    second = ArrowData()
    frozen_tables.marshall_styler(second, changed, "x")
    assert "d55e0033" in first.styler.styles.lower()
    assert "d55e0033" not in second.styler.styles.lower()


@pytest.mark.parametrize("uuid", ["tA", "tB"])
def test_each_frozen_styler_keeps_its_own_marshalled_bytes(uuid):
    frozen = frozen_tables.freeze(_style(), uuid)
    out = ArrowData()
    frozen_tables.marshall_styler(out, frozen, "x")
    assert out.styler.uuid == uuid
