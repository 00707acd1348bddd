"""A unit as people name it, one way everywhere: the app's pickers and tables, the chart axes, the reports.

``unit`` is any row with ``abbr``, ``name_th``, ``name_en``, ``kind`` and ``code`` (the ``units``
question) or ``unit_code`` (every other question): a namedtuple from ``itertuples()``, a Series, an object.
A missing English name (None, NaN, blank) falls back to the Thai one.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

import pandas as pd

from i18n import t

Style = Literal["full", "axis", "name"]
_LABEL_COLUMNS = ("code", "unit_code", "abbr", "name_th", "name_en", "kind")  # what unit_label reads


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def unit_name(unit, lang: str = "th") -> str:
    """The unit's name in the language: 'กองกลาง', 'Central Administration Division'."""
    thai = _text(getattr(unit, "name_th", None))
    return (_text(getattr(unit, "name_en", None)) or thai) if lang == "en" else thai


def unit_names(frame: pd.DataFrame, lang: str = "th") -> pd.Series:
    """``unit_name`` for every row of a frame with name_th and name_en (hover texts, table columns)."""
    if lang != "en":
        return frame["name_th"]
    english = frame["name_en"].where(frame["name_en"].map(lambda v: bool(_text(v))))
    return english.fillna(frame["name_th"])


def unit_label(unit, lang: str = "th", *, style: Style = "full", width: int | None = None) -> str:
    """How a unit is shown:

    - ``full`` 'กก. · กองกลาง': the abbreviation (else the code) and the name; pickers, tables, letters.
    - ``axis`` 'กก. กองกลาง', 'สดจ.นนทบุรี', 'Nonthaburi (province)': short enough for a chart axis.
    - ``name`` 'กองกลาง', 'สดจ.สงขลา': the name, a provincial office by its abbreviation (report tables).

    ``width`` cuts the text to about that many characters (axis: 34 unless given).
    """
    abbr = _text(getattr(unit, "abbr", None))
    code = abbr or _text(getattr(unit, "code", None) or getattr(unit, "unit_code", None))
    name = unit_name(unit, lang)
    provincial = getattr(unit, "kind", None) == "provincial"
    if style == "full":
        text = f"{code} · {name}"
    elif style == "name":
        text = abbr if provincial and abbr else name
    else:
        width = width or 34
        if provincial and lang == "en" and ", " in name:
            return t("unit.axis.province", lang, name=name.rsplit(", ", 1)[1])
        if provincial and lang != "en" and abbr:
            return abbr
        text = f"{code} {name}"
    return cut(text, width) if width else text


def unit_labels(
    units: pd.DataFrame, lang: str = "th", *, style: Style = "full", width: int | None = None
) -> dict[str, str]:
    """code -> ``unit_label`` for each row (``code`` or ``unit_code``), in their order (pickers)."""
    key = "code" if "code" in units.columns else "unit_code"
    rows = units[[c for c in _LABEL_COLUMNS if c in units]].itertuples(index=False)  # only what a label reads
    return {getattr(r, key): unit_label(r, lang, style=style, width=width) for r in rows}


def unit_picker(units: pd.DataFrame, lang: str = "th") -> tuple[dict[str, str], dict[str, str]]:
    """The sidebar's unit picker from the ``units`` question: code -> the option's text ('กก. · กองกลาง
    (ส่วนกลาง)'), and code -> kind. The whole text is made here, once per replica (data.derive_shared):
    a picker's texts stay with every session's widget until it expires, so texts made on each view
    were 2,000 new strings a session (issue #20)."""
    kinds = dict(zip(units["code"].tolist(), units["kind"].tolist(), strict=True))
    labels = unit_labels(units, lang)
    return {c: f"{label} ({t('kind.' + kinds[c], lang)})" for c, label in labels.items()}, kinds


def cut(text: str, width: int) -> str:
    """Cut to about width characters without splitting a Thai vowel or tone mark from its letter."""
    if len(text) <= width:
        return text
    end = width
    while end < len(text) and unicodedata.category(text[end]) == "Mn":
        end += 1
    return text[:end].rstrip() + "…"
