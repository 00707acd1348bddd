"""The shared filter as URL query parameters: read defensively, written back canonically.

A copied link must reproduce the view; a crafted one (unknown unit, reversed or absurd dates, huge
values) must fall back to sensible defaults rather than break a page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from core.fiscal import fiscal_year_range, round_range

VISITOR_TYPES = ("contract", "information", "meeting", "feedback", "other")
# Keys a page keeps in the URL for its own widgets (validated by the page); the shared filter keeps them.
PAGE_KEYS = ("item", "drill", "search", "ds", "where", "sort", "cols", "pg")


@dataclass(frozen=True)
class FilterState:
    mode: str  # 'fy' | 'range'
    fy: int
    round: str  # '6' | '12'
    start: date
    end: date
    units: tuple[str, ...]  # unit codes; empty = every unit
    visitor_type: str | None
    swapped: bool = False

    def period(self) -> tuple[date, date]:
        return round_range(self.fy, self.round) if self.mode == "fy" else (self.start, self.end)

    def to_query(self) -> dict[str, str]:
        q = (
            {"fy": str(self.fy), "round": self.round}
            if self.mode == "fy"
            else {"start": self.start.isoformat(), "end": self.end.isoformat()}
        )
        if self.units:
            q["unit"] = ",".join(self.units)
        if self.visitor_type:
            q["visitor"] = self.visitor_type
        return q


def _date(text: str | None) -> date | None:
    try:
        d = date.fromisoformat(str(text)[:10])
    except (TypeError, ValueError):
        return None
    return d if 2000 <= d.year <= 2200 else None


def parse_units(text: str | None, unit_codes: set[str]) -> tuple[str, ...]:
    """'ADM,ACC' -> ('ADM', 'ACC'): known codes only, each once, in the order given."""
    picked = []
    for code in str(text or "")[:2000].split(","):
        code = code.strip()
        if code in unit_codes and code not in picked:
            picked.append(code)
    return tuple(picked)


def from_query(query: dict[str, str], fiscal_years: list[int], unit_codes: set[str]) -> FilterState:
    """Validated filter state from URL parameters; anything unknown or absurd takes the default."""
    default_fy = max(fiscal_years) if fiscal_years else 2569
    try:
        fy = int(str(query.get("fy", ""))[:4])
    except ValueError:
        fy = default_fy
    if fy not in fiscal_years:
        fy = default_fy
    round_ = query.get("round") if query.get("round") in ("6", "12") else "12"
    fy_start, fy_end = fiscal_year_range(fy)
    start, end = _date(query.get("start")), _date(query.get("end"))
    mode = "range" if start and end else "fy"
    swapped = bool(start and end and start > end)
    if swapped:
        start, end = end, start
    units = parse_units(query.get("unit"), unit_codes)
    visitor = query.get("visitor") if query.get("visitor") in VISITOR_TYPES else None
    return FilterState(mode, fy, round_, start or fy_start, end or fy_end, units, visitor, swapped)
