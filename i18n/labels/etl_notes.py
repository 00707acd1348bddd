"""What an import says about a file beside its counts (etl.outcome.Note, kept in the import log in both
languages): ``Note.of(said("note.etl.…"))``."""

LABELS: dict[str, tuple[str, str]] = {
    # etl/batches.py
    "note.etl.cut": (
        "ตัดข้อความยาวเหลือ {chars} ตัวอักษรใน {n} {what} (ค่าจำกัด max_text_chars)",
        "free text cut to {chars} characters in {n} {what} (limit max_text_chars)",
    ),
    "note.etl.rows": ("แถว", "rows"),
    "note.etl.cells": ("ช่อง", "cells"),
}
