"""The Google Sheets sources an admin connects, read from a TOML file (see sources.example.toml)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from etl.load import KINDS
from etl.problems import InputProblem
from etl.sheets import SheetSource
from runtime import config


@dataclass(frozen=True)
class Settings:
    api_base: str | None = None
    stale_after_hours: float = 36.0
    timeout_seconds: float = 30.0
    max_retries: int = 5
    backoff_seconds: float = 1.0


def sources_path(explicit: str | os.PathLike | None = None) -> Path:
    """--sources, else $ITA_SOURCES, else sources.toml in the project root."""
    return Path(explicit or os.environ.get("ITA_SOURCES") or config.ROOT / "sources.toml")


def load(path: Path) -> tuple[Settings, list[SheetSource]]:
    if not path.exists():
        raise InputProblem("problem.etl.no_sources_file", path=path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise InputProblem("problem.etl.sources_toml", path=path, exc=exc) from None
    raw = data.get("settings", {})
    settings = Settings(
        api_base=raw.get("api_base") or None,
        stale_after_hours=float(raw.get("stale_after_hours", 36)),
        timeout_seconds=float(raw.get("timeout_seconds", 30)),
        max_retries=int(raw.get("max_retries", 5)),
        backoff_seconds=float(raw.get("backoff_seconds", 1.0)),
    )
    sources, names = [], set()
    for n, item in enumerate(data.get("source", []), start=1):
        name, kind = str(item.get("name", "")).strip(), item.get("kind")
        if not name or kind not in KINDS or not item.get("spreadsheet"):
            raise InputProblem("problem.etl.source_fields", n=n, kinds=", ".join(KINDS))
        if name in names:
            raise InputProblem("problem.etl.source_twice", name=name)
        names.add(name)
        mapping = item.get("mapping")
        if mapping and not Path(mapping).is_absolute():
            mapping = str(path.parent / mapping)
        sources.append(SheetSource(name, kind, str(item["spreadsheet"]), item.get("worksheet"), mapping))
    return settings, sources
