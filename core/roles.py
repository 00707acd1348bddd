"""Who may see what: roles assigned to e-mail addresses and domains in a file the admin edits.

Deny by default: an address matched by no entry has no role. A person may hold several roles; the
pages they may open are the union. Entries are a full address ("pr.officer@mdes.go.th") or a domain
("@pr.mdes.go.th", which also covers its subdomains). Case and surrounding spaces do not matter.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("executive", "pr", "acc", "analyst", "admin")
UNIT_PREFIX = "unit:"  # a unit officer: "unit:ADM" sees only unit ADM's own page


def unit_role_code(role: str) -> str | None:
    """The unit code of a unit-officer role ("unit:ADM" -> "ADM"), else None."""
    if not role.startswith(UNIT_PREFIX):
        return None
    code = role[len(UNIT_PREFIX) :].strip().upper()
    return code if code and code.replace("_", "").replace("-", "").isalnum() else None


def unit_codes(roles) -> list[str]:
    """The units a viewer is an officer of, from roles like "unit:ADM"."""
    return sorted({c for c in (unit_role_code(r) for r in roles) if c})


class RolesFileError(ValueError):
    """The roles file cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class RoleMap:
    addresses: dict[str, frozenset[str]] = field(default_factory=dict)
    domains: dict[str, frozenset[str]] = field(default_factory=dict)
    contact: str = ""

    def roles_for(self, email: str | None) -> frozenset[str]:
        if not email or "@" not in email:
            return frozenset()
        email = email.strip().casefold()
        roles = set(self.addresses.get(email, ()))
        domain = email.rsplit("@", 1)[1]
        for entry, granted in self.domains.items():
            if domain == entry or domain.endswith("." + entry):
                roles |= granted
        return frozenset(roles)


def parse(text: str) -> RoleMap:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RolesFileError(f"the roles file is not valid TOML: {exc}") from None
    table = data.get("roles", {})
    unknown = {r for r in table if r not in ROLES and unit_role_code(r) is None}
    if unknown:
        raise RolesFileError(
            f"unknown role(s) {sorted(unknown)} in the roles file; known: {', '.join(ROLES)}, "
            f'or "unit:<CODE>" for a unit officer (e.g. "unit:ADM", a code from data/units.csv)'
        )
    table = {(f"{UNIT_PREFIX}{unit_role_code(r)}" if unit_role_code(r) else r): v for r, v in table.items()}
    addresses: dict[str, set[str]] = {}
    domains: dict[str, set[str]] = {}
    for role, entries in table.items():
        if not isinstance(entries, list):
            raise RolesFileError(f"roles.{role} must be a list of addresses or @domains")
        for entry in entries:
            entry = str(entry).strip().casefold()
            if entry.startswith("@") and "." in entry:
                domains.setdefault(entry[1:], set()).add(role)
            elif "@" in entry[1:]:
                addresses.setdefault(entry, set()).add(role)
            else:
                raise RolesFileError(f"'{entry}' in roles.{role} is neither an address nor an @domain")
    contact = str(data.get("contact", {}).get("text", "")).strip()
    return RoleMap(
        {k: frozenset(v) for k, v in addresses.items()},
        {k: frozenset(v) for k, v in domains.items()},
        contact,
    )


def load(path: Path) -> RoleMap:
    """The roles file, or an empty map (nobody has a role) when there is none."""
    try:
        return parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return RoleMap()
