"""Survey page settings (data/survey.toml) and how their figures are written.

The targets and the few-responses minimum are configuration, not constants: the office changes them
between years. A broken value never stops a page: it takes the default and the page says why.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from core.fiscal import to_be
from core.thaidate import MONTHS_EN_ABBR, MONTHS_TH_ABBR, format_date

CHANNELS = ("news", "contact", "complaint")
DEFAULT_TARGET = 0.85
DEFAULT_MIN_RESPONSES = 30
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "survey.toml"


@dataclass(frozen=True)
class Settings:
    targets: dict[str, float] = field(default_factory=lambda: dict.fromkeys(CHANNELS, DEFAULT_TARGET))
    min_responses: int = DEFAULT_MIN_RESPONSES
    problems: tuple[str, ...] = ()  # what was wrong in the file, in English (shown to the admin)


def settings_path() -> Path:
    return Path(os.environ.get("ITA_SURVEY_CONFIG") or DEFAULT_PATH)


def load(path: Path | None = None) -> Settings:
    """Settings from the file (read again whenever it changes); defaults for anything missing or bad."""
    path = path or settings_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return Settings()
    return _load(str(path), mtime)


@lru_cache(maxsize=8)
def _load(path: str, mtime: int) -> Settings:
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        return Settings(problems=(f"{path}: cannot read it ({exc}); using the defaults",))
    problems: list[str] = []
    section = data.get("targets", {})
    default = _share(section.get("default", DEFAULT_TARGET), f"{path}: [targets] default", problems)
    targets = {
        c: _share(section.get(c, default), f"{path}: [targets] {c}", problems, fallback=default)
        for c in CHANNELS
    }
    raw = data.get("units", {}).get("min_responses", DEFAULT_MIN_RESPONSES)
    if isinstance(raw, bool) or not isinstance(raw, int) or not 1 <= raw <= 100_000:
        problems.append(f"{path}: [units] min_responses must be a whole number from 1 (got {raw!r})")
        raw = DEFAULT_MIN_RESPONSES
    return Settings(targets, raw, tuple(problems))


def _share(value, where: str, problems: list[str], fallback: float = DEFAULT_TARGET) -> float:
    """0.85 or 85 -> 0.85; anything else is reported and replaced by the fallback."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 < value <= 1:
            return float(value)
        if 1 < value <= 100:
            return value / 100
    problems.append(f"{where} must be a share (0.85) or a percentage (85), got {value!r}")
    return fallback


def points(change: float | None, lang: str = "th") -> str | None:
    """A change of rate in percentage points: 0.031 -> '+3.1 จุด'; None when there is nothing to compare."""
    if change is None or change != change:
        return None
    value = round(change * 100, 1) + 0.0  # no "-0.0"
    return f"{value:+.1f} {'จุด' if lang == 'th' else 'pts'}"


def span(start: date, end: date, lang: str = "th") -> str:
    """A comparison period, short: 'เม.ย.–ก.ย. 68' for whole months, else '15 ต.ค. 2568 – 14 พ.ย. 2568'."""
    if not (start.day == 1 and (end + timedelta(days=1)).day == 1):
        return f"{format_date(start, lang)} – {format_date(end, lang)}"
    months = MONTHS_TH_ABBR if lang == "th" else MONTHS_EN_ABBR
    year = (lambda y: f"{to_be(y) % 100:02d}") if lang == "th" else (lambda y: str(y))
    first = months[start.month - 1] + ("" if start.year == end.year else f" {year(start.year)}")
    if (start.year, start.month) == (end.year, end.month):
        return f"{first} {year(end.year)}"
    return f"{first}–{months[end.month - 1]} {year(end.year)}"
