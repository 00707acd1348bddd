"""Styled tables shared read-only by every session of a replica: styled once, marshalled once.

st.dataframe(styler) costs the same on every view: the Styler's `_compute` and `_translate` (1 s for
the 2,000-unit compliance matrix at 1M responses, issue #20), then Streamlit's `marshall_styler`, which
turns every cell into text again and rebuilds the CSS (~35% of a compliance view's server CPU after the
first fix). A frozen Styler memoises the first two on its own instance, and its marshalled styler proto
is kept beside it, so a view only copies bytes. Streamlit accepts only the Styler class itself (not a
subclass), so the memo is by instance: a Styler that was not frozen is marshalled as Streamlit does.
"""

from __future__ import annotations

import threading
import weakref

import streamlit.elements.arrow as _arrow
from pandas.io.formats.style import Styler

_marshall_styler = _arrow.marshall_styler  # Streamlit's own, for every Styler not frozen here
_marshalled: weakref.WeakKeyDictionary[Styler, bytes] = weakref.WeakKeyDictionary()
_frozen: weakref.WeakSet[Styler] = weakref.WeakSet()
_lock = threading.Lock()


def freeze(styler: Styler, uuid: str) -> Styler:
    """The same Styler with its styles computed once, to be shared read-only by every session's thread;
    the uuid is fixed (Streamlit would otherwise set it from the element's position)."""
    styler.set_uuid(uuid)
    lock = threading.RLock()
    computed: list[bool] = []
    translated: dict = {}
    compute, translate = styler._compute, styler._translate  # noqa: SLF001 - memoised (see above)

    def _compute():
        with lock:
            if not computed:
                compute()
                computed.append(True)
        return styler

    def _translate(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        with lock:
            if key not in translated:
                translated[key] = translate(*args, **kwargs)
            return translated[key]

    styler._compute = _compute  # noqa: SLF001 - memoised (see above)
    styler._translate = _translate  # noqa: SLF001 - memoised (see above)
    with _lock:
        _frozen.add(styler)
    return styler


def marshall_styler(proto, styler: Styler, default_uuid: str) -> None:
    """Streamlit's marshall_styler, its result kept for a frozen Styler (the same bytes every view)."""
    with _lock:
        done = _marshalled.get(styler) if styler in _frozen else None
    if done is not None:
        proto.styler.ParseFromString(done)
        return
    _marshall_styler(proto, styler, default_uuid)
    if styler in _frozen:
        with _lock:
            _marshalled[styler] = proto.styler.SerializeToString()


_arrow.marshall_styler = marshall_styler  # st.dataframe looks the name up in its module on every call
