"""Where things are: the database path and the secret that keys respondent hashes."""

from __future__ import annotations

import os
import secrets
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
DEFAULT_DB = DATA / "ita.duckdb"
UNITS_CSV = DATA / "units.csv"


def db_path(explicit: str | os.PathLike | None = None) -> Path:
    """--db, else $ITA_DB, else data/ita.duckdb."""
    return Path(explicit or os.environ.get("ITA_DB") or DEFAULT_DB)


def respondent_secret() -> bytes:
    """The HMAC key for respondent hashes: $ITA_RESPONDENT_SECRET, else data/secret.key (made once).

    Rotating it makes every respondent key and response id new: re-importing old files after a
    rotation counts their rows again, so rebuild the database from the sources when you rotate.
    """
    env = os.environ.get("ITA_RESPONDENT_SECRET")
    if env:
        return env.encode()
    path = DATA / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def settings() -> dict:
    """data/settings.toml (or $ITA_SETTINGS): baselines and targets the office may change."""
    path = Path(os.environ.get("ITA_SETTINGS") or DATA / "settings.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


@dataclass(frozen=True)
class IndicatorSeven:
    """The reference indicator 7 is read against: the FY2565 score and the score aimed for."""

    baseline: float
    target: float | None


# The office's real ITA FY2565 result for indicator 7, used when data/settings.toml does not say: the one
# place the number is typed (labels take it as {baseline}; tests/test_i18n.py refuses it in label text).
BASELINE_INDICATOR7 = 80.29


def indicator7() -> IndicatorSeven:
    """[ita] baseline_indicator7 and target_indicator7 from the settings, the baseline falling back to FY2565's."""
    conf = settings().get("ita", {})
    target = conf.get("target_indicator7")
    return IndicatorSeven(
        baseline=float(conf.get("baseline_indicator7", BASELINE_INDICATOR7)),
        target=None if target is None else float(target),
    )
