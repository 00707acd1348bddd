"""Upload and import: each role imports the kinds it owns, sees a dry run of the real load, then publishes.

The preview is etl.upload.preview (the CLI's own load run on a scratch copy of the database); the uploaded
bytes wait in this session's memory only, between the preview and the import or cancel.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from core.reach import platform_name
from dashboard import access, imports, shell
from dashboard.context import require
from etl import upload
from etl.reach_formats import META_PLATFORMS
from i18n import labeller, t

ctx = require("import")
lang = ctx.lang
viewer = ctx.viewer
shell.header("import.title", "import.intro", period=False)

kinds = upload.kinds_for(viewer.roles)
kind = st.selectbox(t("import.kind", lang), kinds, key="imp_kind", format_func=labeller("import.kind", lang))
st.caption(t(f"import.hint.{kind}", lang))
platform = None
if kind == "reach":  # a Meta export whose name line says only "Views" does not say whose page it is
    platforms = {None: t("import.platform.none", lang)} | {p: platform_name(p, lang) for p in META_PLATFORMS}
    platform = st.selectbox(
        t("import.platform", lang),
        list(platforms),
        key="imp_platform",
        format_func=platforms.__getitem__,
        help=t("import.platform.help", lang),
    )
nonce = st.session_state.setdefault("imp_nonce", 0)  # a new key empties the uploader after import/cancel
chosen = st.file_uploader(
    t("import.files", lang),
    type=["csv", "xlsx", "tsv", "txt"],
    accept_multiple_files=True,
    key=f"imp_files_{kind}_{nonce}",
)


def _clear() -> None:
    st.session_state.pop("imp_pending", None)
    st.session_state["imp_nonce"] = st.session_state.get("imp_nonce", 0) + 1


files = [(f.name, f.getvalue()) for f in chosen or []]
if files:
    digest = hashlib.sha256(b"".join(hashlib.sha256(d).digest() for _, d in files)).hexdigest()
    signature = (kind, platform, digest)
    pending = st.session_state.get("imp_pending")
    if pending is None or pending["signature"] != signature:

        def check(status):
            def say(name: str) -> None:
                status.text(t("import.checking.file", lang, name=name))

            previews = upload.preview(kind, files, progress=say, platform=platform)
            status.update(label=t("import.checked", lang, n=len(previews)), state="complete", expanded=False)
            return previews

        previews = imports.run_step(t("import.checking", lang), check, lang)
        pending = {
            "signature": signature,
            "kind": kind,
            "files": files,
            "previews": previews,
            "platform": platform,
        }
        st.session_state["imp_pending"] = pending
    st.subheader(t("import.preview", lang))
    imports.show_previews(pending["previews"], lang)
    good = [f for f, p in zip(pending["files"], pending["previews"], strict=True) if p.ok]
    left, right = st.columns([1, 5])
    go = left.button(t("import.button", lang), type="primary", icon=":material/upload:", disabled=not good)
    if right.button(t("import.cancel", lang), icon=":material/close:"):
        _clear()
        st.session_state["imp_message"] = ("info", t("import.cancelled", lang))
        st.rerun()
    if not good:
        st.warning(t("import.nothing", lang))
    if go:
        if pending["kind"] not in upload.kinds_for(viewer.roles):  # checked again on the server
            access.record(viewer, "denied", "import", kind=pending["kind"])
            st.error(t("import.forbidden_kind", lang))
            st.stop()

        def load(status):
            results = upload.publish_files(pending["kind"], good, platform=pending["platform"])
            for r in results:
                status.text(r.line())
            status.update(label=t("import.running", lang), state="complete")
            return results

        results = imports.run_step(t("import.running", lang), load, lang)
        lines = [r.line() for r in results]
        access.record(viewer, "import", pending["kind"], files=[name for name, _ in good], results=lines)
        new = sum(r.rows_new for r in results)
        _clear()
        st.session_state["imp_message"] = ("success", t("import.done", lang, n=len(results), new=new))
        st.rerun()

message = st.session_state.pop("imp_message", None)
if message:
    (st.success if message[0] == "success" else st.info)(message[1])
