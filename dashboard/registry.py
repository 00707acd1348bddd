"""Every page of the dashboard, its navigation group and the roles that may open it.

Navigation is built from this list for the signed-in role, and each page checks the same list on
the server, so a deep link to a page the role may not open shows only a refusal.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.roles import ROLES, unit_codes

ALL = frozenset(ROLES)
UNIT = "unit"  # stands for every "unit:<CODE>" role in a page's roles
ADMIN = frozenset({"admin"})


@dataclass(frozen=True)
class PageSpec:
    key: str  # labels "page.<key>", URL path /<key>
    path: str  # the file in views/
    icon: str
    group: str  # label key of the navigation group
    roles: frozenset[str]
    default: bool = False
    audited: bool = False  # views are written to the audit log (admin and report pages)
    filtered: bool = True  # the shared sidebar filter applies (drawn only where it does)


ACC_PAGE = frozenset({"acc", "executive", "analyst", "admin"})
PR_PAGE = frozenset({"pr", "executive", "analyst", "admin"})
ANALYST = frozenset({"analyst", "admin"})
REPORTS = frozenset({"acc", "analyst", "admin"})
IMPORTERS = frozenset({"admin", "pr", "acc"})  # each imports only its own kinds (etl.upload.KIND_OWNERS)
REPORT_PAGE = {"audited": True, "filtered": False}
WHOLE = {"filtered": False}  # pages that show all years or admin tools: the period filter is not drawn
ADMIN_PAGE = {"audited": True, "filtered": False}

PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", "views/overview.py", ":material/dashboard:", "nav.executive", ALL, True, **WHOLE),
    PageSpec("indicator7", "views/indicator7.py", ":material/trending_up:", "nav.executive", ALL, **WHOLE),
    PageSpec("awareness", "views/awareness.py", ":material/bar_chart:", "nav.survey", ALL),
    PageSpec("visitor_mix", "views/visitor_mix.py", ":material/groups:", "nav.survey", ALL),
    PageSpec("reach", "views/reach.py", ":material/share:", "nav.pr", PR_PAGE),
    PageSpec("compliance", "views/compliance.py", ":material/fact_check:", "nav.acc", ACC_PAGE),
    PageSpec("reports", "views/reports.py", ":material/description:", "nav.acc", REPORTS, **REPORT_PAGE),
    PageSpec("explorer", "views/explorer.py", ":material/table_view:", "nav.analyst", ANALYST),
    PageSpec(
        "import", "views/data_import.py", ":material/upload_file:", "nav.input", IMPORTERS, **ADMIN_PAGE
    ),
    PageSpec("data", "views/data_admin.py", ":material/database:", "nav.admin", ADMIN, **ADMIN_PAGE),
    PageSpec("privacy", "views/privacy_admin.py", ":material/shield:", "nav.admin", ADMIN, **ADMIN_PAGE),
    PageSpec("ita_admin", "views/ita_admin.py", ":material/edit_note:", "nav.admin", ADMIN, **ADMIN_PAGE),
    PageSpec(
        "my_unit", "views/my_unit.py", ":material/apartment:", "nav.input", frozenset({UNIT}), **REPORT_PAGE
    ),
    PageSpec("help", "views/help.py", ":material/help:", "nav.help", ALL | {UNIT}, **WHOLE),
)


def _with_unit(roles: frozenset[str]) -> frozenset[str]:
    return roles | {UNIT} if unit_codes(roles) else roles


def allowed(roles: frozenset[str], page: PageSpec) -> bool:
    return bool(_with_unit(roles) & page.roles)


def default_key(roles: frozenset[str]) -> str:
    """The landing page: the overview, or a unit officer's own page when the overview is not theirs."""
    first = next(p for p in PAGES if p.default)
    if allowed(roles, first) or not unit_codes(roles):
        return first.key
    return "my_unit"


def pages_for(roles: frozenset[str]) -> list[PageSpec]:
    return [p for p in PAGES if allowed(roles, p)]


def by_key(key: str) -> PageSpec:
    return next(p for p in PAGES if p.key == key)


def by_path(path: str) -> PageSpec:
    return next(p for p in PAGES if p.path == path)
