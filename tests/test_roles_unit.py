"""The roles file: deny by default, addresses and domains, several roles, clear errors."""

from __future__ import annotations

import pytest

from core.roles import RolesFileError, load, parse
from dashboard.registry import PAGES, pages_for

ROLES_TOML = """
[roles]
executive = ["PermSec@MDES.go.th"]
pr = ["@pr.mdes.go.th", "pr.officer@mdes.go.th"]
acc = ["acc.officer@mdes.go.th", "pr.officer@mdes.go.th"]
analyst = ["@analytics.mdes.go.th"]
admin = [" data.admin@mdes.go.th "]
[contact]
text = "ติดต่อ ศท."
"""


@pytest.mark.parametrize(
    "email, roles",
    [
        ("permsec@mdes.go.th", {"executive"}),
        ("PERMSEC@mdes.go.th", {"executive"}),
        ("someone@pr.mdes.go.th", {"pr"}),
        ("someone@team.pr.mdes.go.th", {"pr"}),
        ("someone@notpr.mdes.go.th", set()),
        ("pr.officer@mdes.go.th", {"pr", "acc"}),
        ("data.admin@mdes.go.th", {"admin"}),
        ("stranger@gmail.com", set()),
        ("", set()),
        (None, set()),
        ("not-an-address", set()),
    ],
)
def test_roles_for(email, roles):
    assert parse(ROLES_TOML).roles_for(email) == roles


def test_no_file_means_nobody_has_a_role(tmp_path):
    assert load(tmp_path / "missing.toml").roles_for("data.admin@mdes.go.th") == frozenset()


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("[roles]\nboss = ['a@b.co']", "unknown role"),
        ("[roles]\npr = 'a@b.co'", "must be a list"),
        ("[roles]\npr = ['nobody']", "neither an address"),
        ("[roles\n", "not valid TOML"),
    ],
)
def test_bad_roles_files_say_what_to_fix(text, fragment):
    with pytest.raises(RolesFileError, match=fragment):
        parse(text)


def test_page_map_per_role():
    keys = {
        role: {p.key for p in pages_for(frozenset({role}))}
        for role in ("executive", "pr", "acc", "analyst", "admin")
    }
    assert "data" in keys["admin"] and "data" not in keys["analyst"]
    assert keys["admin"] == {p.key for p in PAGES} - {"my_unit"}  # a unit's page needs a unit:<CODE> role
    assert keys["analyst"] == {p.key for p in PAGES if p.group not in ("nav.admin", "nav.input")}
    assert {p.key for p in pages_for(frozenset({"unit:ADM"}))} == {"my_unit", "help"}
    assert pages_for(frozenset()) == []
