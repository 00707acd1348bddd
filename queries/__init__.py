"""The dashboard's questions: one .sql file each, values always bound as parameters.

Each file opens with a comment block; its ``params:`` section lists ``name: type[, optional] -- note``
lines (types: date, text, int, float, list). The runner parses that header, converts and checks
the values, and binds them by name, so pages, exports, reports and the command line all ask the same
way. A ``list`` is a list of texts bound as VARCHAR[], given as a list or as a comma-separated string
(``-p units=ADM,ACC`` on the command line); an empty list means "not given".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import duckdb

FOLDER = Path(__file__).parent
_PARAM = re.compile(r"^--\s+(\w+):\s*(date|text|int|float|list)(,\s*optional)?\s*(?:--\s*(.*))?$")


class QueryError(ValueError):
    """A question asked wrongly: unknown name, missing or malformed parameter. Says what to fix."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    optional: bool
    note: str


@dataclass(frozen=True)
class Query:
    name: str
    sql: str
    description: str
    params: tuple[Param, ...]

    def bind(self, values: dict[str, object]) -> dict[str, object]:
        unknown = set(values) - {p.name for p in self.params}
        if unknown:
            raise QueryError(
                f"{self.name}: unknown parameter(s) {sorted(unknown)}; "
                f"accepted: {[p.name for p in self.params]}"
            )
        bound: dict[str, object] = {}
        for p in self.params:
            value = values.get(p.name)
            if p.type == "list" and value is not None:
                if not isinstance(value, (str, list, tuple)):
                    raise QueryError(f"{self.name}: parameter '{p.name}' must be a list (got {value!r})")
                value = text_list(value)
            if value is None or (isinstance(value, (str, list)) and not value):
                if not p.optional:
                    raise QueryError(f"{self.name}: parameter '{p.name}' ({p.type}) is required")
                bound[p.name] = None
            else:
                bound[p.name] = _convert(self.name, p, value)
        return bound


def _convert(query: str, p: Param, value: object) -> object:
    try:
        if p.type == "date":
            return value if isinstance(value, date) else date.fromisoformat(str(value))
        if p.type == "int":
            return int(value)  # type: ignore[call-overload]  # a bad value is the ValueError below
        if p.type == "float":
            return float(value)  # type: ignore[arg-type]  # a bad value is the ValueError below
        if p.type == "list":
            return value
        return str(value)
    except ValueError:
        raise QueryError(f"{query}: parameter '{p.name}' must be a {p.type} (got {value!r})") from None


def text_list(value: str | list | tuple) -> list[str]:
    """A list parameter as a list of non-empty texts: 'ADM, ACC' and ['ADM', 'ACC'] are the same."""
    items = value.split(",") if isinstance(value, str) else value
    return [str(v).strip() for v in items if v is not None and str(v).strip()]


@cache
def load(name: str) -> Query:
    if not re.fullmatch(r"[a-z0-9_]+", name or ""):
        raise QueryError(f"no query named {name!r}")
    path = FOLDER / f"{name}.sql"
    if not path.exists():
        raise QueryError(f"no query named {name!r}; see: python -m queries list")
    sql = path.read_text(encoding="utf-8")
    header = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        header.append(line)
    params, description, in_params = [], [], False
    for line in header:
        if line.strip().lower().startswith("-- params"):
            in_params = True
            continue
        m = _PARAM.match(line)
        if in_params and m:
            params.append(Param(m[1], m[2], bool(m[3]), (m[4] or "").strip()))
        elif not in_params:
            description.append(line[2:].strip())
    declared, used = {p.name for p in params}, placeholders(sql)
    if declared != used:
        raise QueryError(
            f"{name}.sql: its header declares {sorted(declared)} but its SQL uses {sorted(used)}; "
            "list exactly the parameters the SQL binds"
        )
    return Query(name, sql, " ".join(description), tuple(params))


_PLACEHOLDER = re.compile(r"\$([A-Za-z_]\w*)")


def placeholders(sql: str) -> frozenset[str]:
    """Every ``$name`` in the SQL outside comments: what DuckDB will ask to be bound."""
    body = "\n".join(line.split("--", 1)[0] for line in sql.splitlines())
    return frozenset(_PLACEHOLDER.findall(body))


def names() -> list[str]:
    return sorted(p.stem for p in FOLDER.glob("*.sql"))


CATALOGS = ("ita",)  # the app attaches the served file under this name


def run(con: duckdb.DuckDBPyConnection, name: str, *, catalog: str | None = None, **values):
    """Run a question and return a pandas DataFrame (results here are aggregates: small).

    ``catalog`` names the attached database to read (a cursor starts in the default one).
    """
    query = load(name)
    bound = query.bind(values)
    cursor = con.cursor()  # a cursor per query: DuckDB connections are not shared across threads
    try:
        if catalog:
            if catalog not in CATALOGS:
                raise QueryError(f"unknown catalog {catalog!r}")
            cursor.execute(f"USE {catalog}")
        return cursor.execute(query.sql, bound).df()
    finally:
        cursor.close()
