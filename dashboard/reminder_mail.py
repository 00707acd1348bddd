"""The compliance page's reminder e-mails: preview who gets what, send, and audit every send."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import access, mail
from i18n import t

SENDERS = frozenset({"acc", "admin"})


def _smtp_section() -> dict | None:
    try:
        return dict(st.secrets["smtp"]) if "smtp" in st.secrets else None
    except (FileNotFoundError, KeyError, st.errors.StreamlitAPIException):
        return None


def render(ctx, remind: pd.DataFrame) -> None:
    """remind: core.compliance.reminders() — one row per late unit with its Thai reminder text."""
    viewer, lang = ctx.viewer, ctx.lang
    if remind.empty or not viewer.roles & SENDERS:
        return
    st.markdown(f"**{t('mail.title', lang)}**")
    try:
        settings = mail.settings_from(_smtp_section())
    except mail.MailProblem as problem:
        st.warning(problem.message(lang), icon=":material/mail_lock:")
        return
    if settings is None:
        st.caption(t("mail.off", lang))
        return
    addresses = mail.unit_addresses()
    preview = pd.DataFrame(
        {
            t("mail.col.unit", lang): remind["unit"],
            t("mail.col.to", lang): [addresses.get(c, "–") for c in remind["unit_code"]],
            t("mail.col.reports", lang): remind["reports"].astype(int),
        }
    )
    st.dataframe(preview, hide_index=True, key="mail_preview")
    without = [u for c, u in zip(remind["unit_code"], remind["unit"], strict=True) if c not in addresses]
    if without:
        st.warning(t("mail.no_address", lang, units=", ".join(without)), icon=":material/contact_mail:")
    sendable = [c for c in remind["unit_code"] if c in addresses]
    if not sendable:
        return
    labels = dict(zip(remind["unit_code"], remind["unit"], strict=True))
    chosen = st.multiselect(
        t("mail.choose", lang), sendable, default=sendable, format_func=labels.get, key="mail_units"
    )
    texts = dict(zip(remind["unit_code"], remind["reminder_th"], strict=True))
    if chosen:
        first = mail.reminder_message(
            settings.sender, addresses[chosen[0]], labels[chosen[0]], texts[chosen[0]]
        )
        with st.expander(t("mail.preview", lang, to=first["To"])):
            st.text(
                f"From: {first['From']}\nTo: {first['To']}\nSubject: {first['Subject']}\n\n{texts[chosen[0]]}"
            )
    if st.button(
        t("mail.send", lang, n=len(chosen)), icon=":material/send:", disabled=not chosen, key="mail_send"
    ):
        _send(viewer, lang, settings, [(c, addresses[c], labels[c], texts[c]) for c in chosen])


def _send(viewer, lang: str, settings: mail.SmtpSettings, chosen: list[tuple[str, str, str, str]]) -> None:
    """Send one reminder per (unit code, address, unit name, text), audit each, say how it went."""
    messages = [(c, mail.reminder_message(settings.sender, to, name, text)) for c, to, name, text in chosen]
    try:
        results = mail.send(settings, messages)
    except mail.MailProblem as problem:
        access.record(viewer, "reminder_email", "failed", host=settings.host, error=problem.en)
        st.error(problem.message(lang), icon=":material/error:")
        return
    for r in results:
        access.record(viewer, "reminder_email", r.unit_code, to=r.to, ok=r.ok, error=r.error)
    ok = sum(r.ok for r in results)
    (st.success if ok == len(results) else st.warning)(t("mail.sent", lang, ok=ok, total=len(results)))
    failed = [r for r in results if not r.ok]
    if failed:
        st.dataframe(
            pd.DataFrame(
                {t("mail.col.to", lang): [r.to for r in failed], "error": [r.error for r in failed]}
            ),
            hide_index=True,
        )
