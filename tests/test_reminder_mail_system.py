"""Reminder e-mails sent through a real local SMTP server (aiosmtpd, STARTTLS + AUTH), previewed and audited."""

from __future__ import annotations

import json
import shutil

import pytest

from dashboard import mail
from runtime import audit
from tests.support.smtp_server import smtp_server

UNITS_HEAD = "code,name_th,name_en,abbr,aliases,kind,active_from,active_to,email\n"


@pytest.fixture
def server(tmp_path, monkeypatch):
    with smtp_server(tmp_path) as (section, inbox, cafile):
        monkeypatch.setenv("ITA_SMTP_CAFILE", str(cafile))
        yield section, inbox


def test_settings_say_what_to_fix():
    assert mail.settings_from(None) is None
    with pytest.raises(mail.MailProblem, match="host and from"):
        mail.settings_from({"host": "smtp.example.go.th"})
    with pytest.raises(mail.MailProblem, match="starttls"):
        mail.settings_from({"host": "h", "from": "a@b.go.th", "password": "x", "starttls": False})


def test_addresses_only_valid_ones(tmp_path):
    units = tmp_path / "units.csv"
    units.write_text(
        UNITS_HEAD
        + "ADM,กองกลาง,,กก.,,central,,,saraban.adm@mdes.example.go.th\n"
        + "LEG,กองกฎหมาย,,กม.,,central,,,not an address\n"
        + "ACC,ศปท.,,ศปท.,,central,,,\n",
        encoding="utf-8",
    )
    assert mail.unit_addresses(units) == {"ADM": "saraban.adm@mdes.example.go.th"}


def test_send_over_starttls_with_login(server):
    section, inbox = server
    settings = mail.settings_from(section)
    message = mail.reminder_message(
        settings.sender, "saraban.adm@mdes.example.go.th", "กก. · กองกลาง", "เรียน ผู้อำนวยการกองกลาง\nทดสอบ"
    )
    sent = mail.send(settings, [("ADM", message)])
    assert [s.ok for s in sent] == [True]
    ((to, got),) = inbox.messages
    assert to == ["saraban.adm@mdes.example.go.th"]
    assert got["Subject"] == "ขอให้ส่งรายงานที่ค้างถึง ศปท. (กก. · กองกลาง)"
    assert "เรียน ผู้อำนวยการกองกลาง" in got.get_content()


def test_a_wrong_password_is_said_plainly_and_sends_nothing(server):
    section, inbox = server
    settings = mail.settings_from(section | {"password": "wrong"})
    message = mail.reminder_message(settings.sender, "a@mdes.example.go.th", "x", "y")
    with pytest.raises(mail.MailProblem, match="cannot talk to the mail server"):
        mail.send(settings, [("ADM", message)])
    assert inbox.messages == []


def test_the_compliance_page_previews_sends_and_audits(
    open_app, server, demo_db, db_path, tmp_path, monkeypatch
):
    section, inbox = server
    shutil.copyfile(demo_db, db_path)
    import duckdb

    import queries
    from core import compliance as comp
    from runtime.clock import bangkok_now

    con = duckdb.connect(str(db_path), read_only=True)
    rows = queries.run(con, "compliance_status", as_of=bangkok_now().date(), fy=2569)
    con.close()
    late = list(dict.fromkeys(comp.overdue(rows)["unit_code"]))
    assert len(late) >= 2
    with_address = late[:2]
    units = tmp_path / "units.csv"
    units.write_text(
        UNITS_HEAD
        + "".join(
            f"{c},หน่วย {c},,{c},,central,,,saraban.{c.lower()}@mdes.example.go.th\n" for c in with_address
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("ITA_UNITS_CSV", str(units))
    at = open_app("views/compliance.py", secrets={"smtp": section})
    assert any("ไม่มีอีเมลทางการของ" in w.value for w in at.warning) == (len(late) > 2)
    assert at.multiselect(key="mail_units").value == with_address
    at.button(key="mail_send").click().run()
    assert not at.exception
    assert any("ส่งแล้ว 2 จาก 2 ฉบับ" in s.value for s in at.success)
    assert sorted(to[0] for to, _ in inbox.messages) == sorted(
        f"saraban.{c.lower()}@mdes.example.go.th" for c in with_address
    )
    sends = [e for e in audit.recent() if e["action"] == "reminder_email"]
    assert sorted(e["target"] for e in sends) == sorted(with_address)
    assert all(json.loads(e["detail"])["ok"] for e in sends)
    assert section["password"] not in json.dumps(audit.recent(), ensure_ascii=False)
