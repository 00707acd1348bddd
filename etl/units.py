"""Units (กอง/กลุ่ม/ศูนย์ and provincial offices) as reference data, and matching typed unit names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date

from etl.problems import InputProblem
from etl.readers import Table
from etl.text import clean, key

UNIT_COLUMNS = ("code", "name_th", "name_en", "abbr", "aliases", "kind", "active_from", "active_to")
_PAREN = re.compile(r"\(([^)]*)\)")


class UnitMatcher:
    """Match a typed unit name by name, abbreviation, code or alias, ignoring spacing, dots and case."""

    def __init__(self, units: Iterable[Mapping[str, object]]):
        self._index: dict[str, str] = {}
        for unit in units:
            names = [unit["code"], unit["name_th"], unit.get("name_en"), unit.get("abbr")]
            names += str(unit.get("aliases") or "").split("|")
            for name in names:
                if name and key(name):
                    self._index.setdefault(key(name), str(unit["code"]))
        self._cache: dict[str, str | None] = {}

    def __call__(self, raw: object) -> str | None:
        text = clean(raw)
        if text not in self._cache:
            self._cache[text] = self._match(text)
        return self._cache[text]

    def _match(self, text: str) -> str | None:
        if not text:
            return None
        for candidate in (text, _PAREN.sub("", text), *_PAREN.findall(text)):
            code = self._index.get(key(candidate))
            if code:
                return code
        return None


def units_from_table(table: Table) -> list[dict]:
    """Validate a units file (data/units.csv shape) and return its rows; say what to fix if it is wrong."""
    missing = [c for c in ("code", "name_th", "kind") if c not in table.headers]
    if missing:
        raise InputProblem("problem.units.columns", missing=missing, expected=", ".join(UNIT_COLUMNS))
    index = {h: i for i, h in enumerate(table.headers)}
    units, seen = [], set()
    for n, row in enumerate(table.rows, start=2):
        text = {c: clean(row[index[c]]) if c in index else "" for c in UNIT_COLUMNS}
        if not text["code"] or not text["name_th"]:
            raise InputProblem("problem.units.no_code", n=n, column="code")
        if text["code"] in seen:
            raise InputProblem("problem.units.duplicate", n=n, code=text["code"], column="code")
        if text["kind"] not in ("central", "provincial"):
            raise InputProblem("problem.units.kind", n=n, column="kind")
        unit: dict[str, str | date | None] = dict(text)
        for col in ("active_from", "active_to"):
            try:
                unit[col] = date.fromisoformat(text[col]) if text[col] else None
            except ValueError:
                raise InputProblem("problem.units.date", n=n, name=col, column=col) from None
        seen.add(text["code"])
        units.append(unit)
    return units
