"""Normalising the text people type: Thai digits, stray spaces, look-alike punctuation."""

from __future__ import annotations

import re
import unicodedata

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SPACES = re.compile(r"\s+")
# Characters that differ only in how they were typed, not in meaning.
_LOOKALIKE = str.maketrans({"\u200b": "", "\ufeff": "", "\u00a0": " ", "／": "/", "–": "-", "—": "-"})


def thai_digits_to_ascii(text: str) -> str:
    return text.translate(THAI_DIGITS)


def clean(value: object) -> str:
    """A cell as trimmed text with Thai digits and look-alike characters made plain."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).translate(_LOOKALIKE).translate(THAI_DIGITS)
    return _SPACES.sub(" ", text).strip()


def key(value: object) -> str:
    """A matching key: clean, case-folded, with every space and dot removed (for names and aliases)."""
    return re.sub(r"[\s.]", "", clean(value)).casefold()
