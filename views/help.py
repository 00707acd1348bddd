"""Help (คู่มือการใช้งาน): what each page the viewer may open answers, how numbers are computed,
where the data comes from and how fresh it is, and a glossary."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from core.thaidate import format_datetime
from dashboard import registry, shell
from dashboard.context import require
from dashboard.data import ask
from i18n import t
from runtime.config import indicator7

HELP = Path(__file__).resolve().parent.parent / "docs" / "help"

ctx = require("help")
lang = ctx.lang
shell.header("help.title", "help.intro", period=False)

st.subheader(t("help.your_pages", lang))
baseline = indicator7().baseline
for spec in registry.pages_for(ctx.viewer.roles):
    if spec.key != "help":
        st.markdown(
            f"- **{t('page.' + spec.key, lang)}** — {t('help.page.' + spec.key, lang, baseline=baseline)}"
        )

st.subheader(t("help.freshness", lang))
loads = ask("last_loads")
if loads.empty:
    st.caption(t("help.freshness.none", lang))
for row in loads.head(8).itertuples():
    when = format_datetime(
        row.finished_at.to_pydatetime() if hasattr(row.finished_at, "to_pydatetime") else None, lang
    )
    st.text(f"{row.source} ({row.kind}): {when}")

st.markdown((HELP / f"{lang}.md").read_text(encoding="utf-8"))
