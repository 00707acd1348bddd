"""Sign-in (Streamlit's OpenID Connect), roles, and the no-auth mode for local use and the demo.

Modes:
- sign-in: `.streamlit/secrets.toml` has an `[auth]` section; users sign in with the office's
  identity provider and get roles from the roles file (deny by default).
- no-auth: only when `ITA_NO_AUTH=1`, with a permanent banner; refused on a database that is not
  demo data unless `ITA_NO_AUTH_REAL_DATA=1` is set as well.
- neither: the app refuses to show data and says how to configure one of them.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from core import roles as role_rules
from i18n import inert, t
from runtime import audit, config

NO_AUTH_ROLES = frozenset(role_rules.ROLES)


@dataclass(frozen=True)
class Viewer:
    email: str
    roles: frozenset[str]
    signed_in: bool  # False in no-auth mode


def roles_path() -> Path:
    return Path(os.environ.get("ITA_ROLES") or config.DATA / "roles.toml")


@st.cache_data(ttl=30, show_spinner=False)
def _role_map(path: str, mtime: float) -> role_rules.RoleMap:
    return role_rules.load(Path(path))


def role_map() -> role_rules.RoleMap:
    path = roles_path()
    return _role_map(str(path), path.stat().st_mtime if path.exists() else 0.0)


def _auth_section() -> dict | None:
    try:
        return dict(st.secrets["auth"]) if "auth" in st.secrets else None
    except (FileNotFoundError, KeyError, st.errors.StreamlitAPIException):
        return None


MIN_SECRET_BITS = 128


def secret_bits(secret: object) -> float:
    """A conservative estimate of the entropy of a secret, in bits.

    The string's Shannon entropy per character (from its own character frequencies) times its length,
    where runs and steps (``aaaa``, ``0123``, ``abcd``, ``9876``) count as one character each, and a
    string that repeats a shorter block counts as that block. ``secrets.token_hex(32)`` gives about
    240 bits; ``0123456789abcdef...`` or a word repeated gives next to none.
    """
    text = str(secret or "")
    if not text:
        return 0.0
    for size in range(1, len(text) // 2 + 1):  # "abcabcabc" is worth "abc"
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            text = text[:size]
            break
    kept = [text[0]]
    for prev, cur in zip(text, text[1:], strict=False):
        if abs(ord(cur) - ord(prev)) <= 1:
            continue  # a run or a step carries no surprise
        kept.append(cur)
    counts: dict[str, int] = {}
    for c in kept:
        counts[c] = counts.get(c, 0) + 1
    n = len(kept)
    per_char = -sum(k / n * math.log2(k / n) for k in counts.values())
    return per_char * n


def weak_cookie_secret(secret: object) -> bool:
    """Shorter than 32 characters, or less than MIN_SECRET_BITS of estimated entropy (secret_bits)."""
    text = str(secret or "")
    return len(text) < 32 or secret_bits(text) < MIN_SECRET_BITS


def email_verified(claim: object) -> bool:
    """The identity's e-mail is proven to belong to the person: the claim is true.

    A false claim is refused. A missing claim is refused too, unless ``[signin]
    allow_missing_email_verified = true`` in data/settings.toml (for a provider that never sends the
    claim, such as Microsoft Entra ID, whose e-mails the office itself issues).
    """
    if claim is True or str(claim).strip().lower() == "true":
        return True
    if claim is None:
        return bool(config.settings().get("signin", {}).get("allow_missing_email_verified", False))
    return False


def _stop(lang: str, key: str) -> None:
    st.title(t("app.title", lang))
    st.error(t(key, lang), icon=":material/lock:")
    st.stop()


def gate(lang: str, is_demo: bool) -> Viewer:
    """Return who is looking, or show the sign-in / refusal page and stop the run."""
    auth = _auth_section()
    if auth is not None:
        if weak_cookie_secret(auth.get("cookie_secret")):
            _stop(lang, "auth.weak_cookie_secret")
        if not st.user.is_logged_in:
            st.title(t("app.title", lang))
            st.write(t("auth.please_sign_in", lang))
            st.button(t("auth.sign_in", lang), on_click=st.login, type="primary", icon=":material/login:")
            st.stop()
        email = str(st.user.get("email") or "")
        if not email_verified(st.user.get("email_verified")):
            st.title(t("app.title", lang))
            st.warning(t("auth.unverified", lang, email=inert(email)), icon=":material/mark_email_unread:")
            audit.record(email or "unknown", [], "denied", "unverified_email")
            st.button(t("auth.sign_out", lang), on_click=st.logout)
            st.stop()
        granted = role_map().roles_for(email)
        if not granted:
            st.title(t("app.title", lang))
            st.warning(t("auth.no_role", lang, email=inert(email)), icon=":material/person_off:")
            contact = role_map().contact
            if contact:
                st.text(contact)
            st.button(t("auth.sign_out", lang), on_click=st.logout)
            st.stop()
        return Viewer(email, granted, True)
    if os.environ.get("ITA_NO_AUTH") == "1":
        if not is_demo and os.environ.get("ITA_NO_AUTH_REAL_DATA") != "1":
            _stop(lang, "auth.no_auth_real_data")
        return Viewer("no-auth", NO_AUTH_ROLES, False)
    _stop(lang, "auth.not_configured")
    raise AssertionError("unreachable")  # st.stop() raised


def sidebar_identity(viewer: Viewer, lang: str) -> None:
    if viewer.signed_in:
        st.sidebar.caption(f"{viewer.email} · {', '.join(role_label(r, lang) for r in sorted(viewer.roles))}")
        st.sidebar.button(t("auth.sign_out", lang), on_click=st.logout, icon=":material/logout:")
    else:
        with st.container(key="screen_only_no_auth"):  # left out of a printout (print CSS)
            st.warning(t("auth.no_auth_banner", lang), icon=":material/lock_open:")


def role_label(role: str, lang: str) -> str:
    """A role's name; a unit officer's role ("unit:ADM") names the unit code."""
    code = role_rules.unit_role_code(role)
    return t("role.unit", lang, code=code) if code else t("role." + role, lang)


def record(viewer: Viewer, action: str, target: str, **detail) -> None:
    audit.record(viewer.email, viewer.roles, action, target, **detail)
