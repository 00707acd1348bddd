"""Every visible label, in Thai (first) and English. Pages never hard-code display text.

Labels live in ``i18n/labels/<feature>.py`` (one LABELS dict per feature, so features do not edit one
shared file); this module merges them and refuses a key defined twice.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from functools import partial

from i18n import labels as _labels


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(_labels.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{_labels.__name__}.{info.name}")
        clash = set(merged) & set(module.LABELS)
        if clash:
            raise ValueError(
                f"label keys defined twice (again in i18n/labels/{info.name}.py): {sorted(clash)}"
            )
        merged.update(module.LABELS)
    return merged


LABELS = _merge()


def t(key: str, lang: str = "th", **values) -> str:
    """The label in the chosen language; a missing key shows itself rather than crashing a page."""
    pair = LABELS.get(key)
    text = key if pair is None else pair[1 if lang == "en" else 0]
    return text.format(**values) if values else text


def labeller(prefix: str, lang: str = "th") -> Callable[[object], str]:
    """``value -> t(f"{prefix}.{value}", lang)``, a widget's ``format_func``. A lambda written in a page
    would hold the page's globals (every frame and figure of the run), and some widgets keep their
    format_func (st.segmented_control, st.pills) for as long as the session lives, a closed one for 2
    minutes (issue #20); this holds only its two words."""
    return partial(_label, prefix, lang)


def _label(prefix: str, lang: str, value: object) -> str:
    return t(f"{prefix}.{value}", lang)


_MARKDOWN_SPECIAL = "\\`*_{}[]()<>#+-.!|~:$&=\"'/@^%;?,"
_ESCAPES = str.maketrans({c: "\\" + c for c in _MARKDOWN_SPECIAL} | {"\n": " ", "\r": " "})


def inert(value: object) -> str:
    """A value from the data (a unit's name, a link, an e-mail, an error about an input) made literal
    for the places that render markdown (st.warning, st.error, st.info, st.caption, st.markdown):
    every markdown character is backslash-escaped, so ``![t](http://evil/t.png)`` shows as typed and
    no image, link, colour or icon directive is ever made from it. Prefer st.text where the layout allows.
    """
    return str(value).translate(_ESCAPES)
