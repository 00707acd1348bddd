"""Normalising the text people type: Thai digits, stray spaces, look-alike punctuation."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SPACES = re.compile(r"\s+")
# Characters that differ only in how they were typed, not in meaning.
_LOOKALIKE = str.maketrans({"\u200b": "", "\ufeff": "", "\u00a0": " ", "／": "/", "–": "-", "—": "-"})


def clean(value: object) -> str:
    """A cell as trimmed text with Thai digits and look-alike characters made plain."""
    if value is None:
        return ""
    return _clean(value if isinstance(value, str) else str(value))


@lru_cache(maxsize=1 << 16)
def _clean(text: str) -> str:
    # Cached: survey columns repeat the same few answers, units and options thousands of times.
    text = unicodedata.normalize("NFC", text).translate(_LOOKALIKE).translate(THAI_DIGITS)
    return _SPACES.sub(" ", text).strip()


def key(value: object) -> str:
    """A matching key: clean, case-folded, with every space and dot removed (for names and aliases)."""
    return re.sub(r"[\s.]", "", clean(value)).casefold()
