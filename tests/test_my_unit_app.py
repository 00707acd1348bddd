"""AppTest: a unit officer ("unit:<CODE>" in roles.toml) sees only their own unit and submits form 1;
ศปท. then sees it as submitted, with the account and the time. Enforced on the server."""

from __future__ import annotations

import json
import os

import pytest

from core.roles import RolesFileError, parse, unit_codes
from runtime import audit
from tests.support.apptest import texts
from tests.support.oracle import ask

OFFICER = "officer.adm@mdes.go.th"


@pytest.fixture
def officer_app(open_app, demo_copy):
    """The app on a copy of the demo, signed in as the ADM unit officer (or another account)."""
    roles = {"unit:adm": [OFFICER], "acc": ["acc@mdes.go.th"]}
    return lambda email=OFFICER, **options: open_app(user=email, roles=roles, **options)


def test_unit_roles_in_the_roles_file():
    roles = parse('[roles]\n"unit:adm" = ["a@x.go.th"]\npr = ["a@x.go.th"]\n').roles_for("a@x.go.th")
    assert roles == {"unit:ADM", "pr"} and unit_codes(roles) == ["ADM"]
    with pytest.raises(RolesFileError, match="unit:<CODE>"):
        parse('[roles]\n"unit:" = ["a@x.go.th"]\n')
    with pytest.raises(RolesFileError):
        parse('[roles]\n"unit:A B" = ["a@x.go.th"]\n')


def test_the_officer_lands_on_their_unit_and_nothing_else_opens(officer_app):
    at = officer_app(query={"units": "ACC"})  # a URL naming another unit changes nothing
    assert not at.exception, [e.value for e in at.exception]
    assert "หน่วยงานของฉัน" in at.title[0].value
    assert "ADM" in texts(at) or "กก." in texts(at)
    at.selectbox(key="mu_fy").set_value(2569).run()
    owed = at.dataframe[0].value
    assert len(owed) >= 2  # form 1 and form 2, rounds 6 and 12 (and only this unit's)
    assert len(at.metric) == 3  # the three awareness items, for this unit
    adm = ask(
        os.environ["ITA_DB"], "awareness_by_channel", start="2025-10-01", end="2026-09-30", units=["ADM"]
    )
    assert at.metric[0].value == f"{adm['rate'].iloc[0]:.1%}"
    for page in ("views/overview.py", "views/compliance.py", "views/explorer.py", "views/data_import.py"):
        at.switch_page(page).run()
        assert "ไม่มีสิทธิ์เปิดหน้านี้" in texts(at), page
        assert len(at.metric) == 0 and len(at.dataframe) == 0


def test_the_officer_submits_form1_and_acc_sees_it_with_who_and_when(officer_app):
    at = officer_app()
    at.selectbox(key="usub_form").set_value("form1").run()
    at.selectbox(key="usub_fy").set_value(2569).run()
    at.radio(key="usub_round").set_value("12").run()
    at.text_input(key="usub_link").set_value("https://drive.example.go.th/adm/form1-12.pdf")
    at.text_area(key="usub_m1").set_value("จัดประชุมชี้แจง ๓ ครั้ง")
    at.text_input(key="usub_e1").set_value("https://drive.example.go.th/adm/m1.pdf")
    at.text_area(key="usub_m7").set_value("เผยแพร่ช่องทางร้องเรียนทางเว็บไซต์")
    at.button(key="usub_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("บันทึกแล้ว" in s.value for s in at.success), [x.value for x in (*at.error, *at.text)]
    db = os.environ["ITA_DB"]
    held = ask(db, "submission_entries", unit="ADM", form="form1", fy=2569, period="12")
    mine = held[held["recorded_by"] == "unit:ADM"]
    assert len(mine) == 1 and int(mine["measures"].iloc[0]) == 2
    assert OFFICER not in held.to_csv()  # the person is in the audit log only
    entry = next(e for e in audit.recent() if e["action"] == "submission_recorded")
    assert entry["who"] == OFFICER
    assert json.loads(entry["detail"])["account"] == "unit:ADM"

    acc = officer_app("acc@mdes.go.th")
    acc.switch_page("views/compliance.py").run()
    acc.selectbox(key="rec_unit").set_value("ADM").run()
    acc.selectbox(key="rec_form").set_value("form1").run()
    acc.selectbox(key="rec_fy").set_value(2569).run()
    acc.radio(key="rec_round").set_value("12").run()
    shown = next(d.value for d in acc.dataframe if "บันทึกโดย" in d.value.columns)
    assert "unit:ADM" in list(shown["บันทึกโดย"])
    assert all(v != "–" for v in shown[shown["บันทึกโดย"] == "unit:ADM"]["บันทึกเมื่อ"])
