"""Reminder e-mails from ศปท. to the units that are late: settings, addresses, messages, sending.

No streamlit here (the page part is dashboard/reminder_mail.py). SMTP settings come from the `[smtp]`
section of the secrets; each unit's official office address is the `email` column of data/units.csv
(never a person's address). STARTTLS is required whenever a password is sent.
"""

from __future__ import annotations

import csv
import os
import re
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from pathlib import Path

from i18n import t
from i18n.messages import Problem
from runtime import config

ADDRESS = re.compile(r"^[^@\s<>\"']+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


class MailProblem(Problem):
    """The mail settings or server failed; said with a mail.problem.* label."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    starttls: bool
    user: str
    password: str
    sender: str


def settings_from(section: dict | None) -> SmtpSettings | None:
    """The [smtp] secrets as settings; None when there is no section; MailProblem when it is unusable."""
    if not section:
        return None
    host = str(section.get("host") or "").strip()
    sender = str(section.get("from") or "").strip()
    if not host or not ADDRESS.match(parseaddr(sender)[1] or ""):
        raise MailProblem("mail.problem.incomplete")
    starttls = bool(section.get("starttls", True))
    password = str(section.get("password") or "")
    if password and not starttls:
        raise MailProblem("mail.problem.starttls")
    return SmtpSettings(
        host, int(section.get("port") or 587), starttls, str(section.get("user") or ""), password, sender
    )


def units_csv() -> Path:
    return Path(os.environ.get("ITA_UNITS_CSV") or config.UNITS_CSV)


def unit_addresses(path: Path | None = None) -> dict[str, str]:
    """code -> the unit's official address, for the rows whose `email` is a valid address."""
    path = path or units_csv()
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    return {
        r["code"].strip(): r["email"].strip()
        for r in rows
        if r.get("code") and ADDRESS.match((r.get("email") or "").strip())
    }


def reminder_message(sender: str, to: str, unit_name: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = t("mail.subject", "th", unit=unit_name)  # the reminders are Thai letters
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rsplit("@", 1)[-1] or "localhost")
    message.set_content(body)  # plain text only: a reminder never carries HTML or links from data
    return message


@dataclass
class Sent:
    unit_code: str
    to: str
    ok: bool
    error: str = ""


def send(settings: SmtpSettings, messages: list[tuple[str, EmailMessage]], timeout: float = 20) -> list[Sent]:
    """Send each (unit_code, message) over one SMTP session; one unit's refusal does not stop the rest."""
    out: list[Sent] = []
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=timeout) as smtp:
            smtp.ehlo()
            if settings.starttls:
                smtp.starttls(context=_tls_context())
                smtp.ehlo()
            if settings.user:
                smtp.login(settings.user, settings.password)
            for code, message in messages:
                try:
                    smtp.send_message(message)
                    out.append(Sent(code, message["To"], True))
                except smtplib.SMTPException as exc:
                    out.append(Sent(code, message["To"], False, str(exc)[:200]))
    except (OSError, smtplib.SMTPException) as exc:
        raise MailProblem(
            "mail.problem.server", host=settings.host, port=settings.port, why=str(exc)[:120]
        ) from None
    return out


def _tls_context() -> ssl.SSLContext:
    """The system's trust store; $ITA_SMTP_CAFILE adds the office's own CA (and the tests' one)."""
    context = ssl.create_default_context()
    cafile = os.environ.get("ITA_SMTP_CAFILE")
    if cafile:
        context.load_verify_locations(cafile)
    return context
