"""Every visible label, in Thai (first) and English. Pages never hard-code display text.

Labels live in ``i18n/labels/<feature>.py`` (one LABELS dict per feature, so features do not edit one
shared file); this module merges them and refuses a key defined twice.
"""

from __future__ import annotations

import importlib
import pkgutil

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


_MARKDOWN_SPECIAL = "\\`*_{}[]()<>#+-.!|~:$&=\"'/@^%;?,"
_ESCAPES = str.maketrans({c: "\\" + c for c in _MARKDOWN_SPECIAL} | {"\n": " ", "\r": " "})


def inert(value: object) -> str:
    """A value from the data (a unit's name, a link, an e-mail, an error about an input) made literal
    for the places that render markdown (st.warning, st.error, st.info, st.caption, st.markdown):
    every markdown character is backslash-escaped, so ``![t](http://evil/t.png)`` shows as typed and
    no image, link, colour or icon directive is ever made from it. Prefer st.text where the layout allows.
    """
    return str(value).translate(_ESCAPES)
