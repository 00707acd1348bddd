"""Every page of the dashboard, its navigation group and the roles that may open it.

Navigation is built from this list for the signed-in role, and each page checks the same list on
the server, so a deep link to a page the role may not open shows only a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

ROLES = ("executive", "pr", "acc", "analyst", "admin")
ALL = frozenset(ROLES)


@dataclass(frozen=True)
class PageSpec:
    key: str  # labels "page.<key>", URL path /<key>
    path: str  # the file in views/
    icon: str
    group: str  # label key of the navigation group
    roles: frozenset[str]
    default: bool = False


PAGES: tuple[PageSpec, ...] = (
    PageSpec("awareness", "views/awareness.py", ":material/bar_chart:", "nav.survey", ALL, default=True),
    PageSpec("visitor_mix", "views/visitor_mix.py", ":material/groups:", "nav.survey", ALL),
    PageSpec("data", "views/data_admin.py", ":material/database:", "nav.admin", frozenset({"admin"})),
)


def allowed(role: str | None, page: PageSpec) -> bool:
    return role in page.roles


def pages_for(role: str | None) -> list[PageSpec]:
    return [p for p in PAGES if allowed(role, p)]


def by_path(path: str) -> PageSpec:
    return next(p for p in PAGES if p.path == path)
