"""Personal data inside free text and quarantined rows: found by pattern and masked at extraction.

A typed answer ("other" visitor type, a link, a note, an agency) can carry a phone number, an e-mail
address or a Thai national ID. Those are replaced by MASK and the rest of the text is kept. Digits are
matched in any script (Python's ``\\d`` on text: ASCII, Thai ๐-๙, Arabic-Indic ٠-٩). Digits inside a
web address are left alone (a Facebook post id has 13 or more digits); e-mail addresses never are.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from etl.forms import _TITLE_RULES, PERSONAL_ROLES

MASK = "•••"
_D = r"\d"
_SEP = r"[-\s.]?"
_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A Thai national ID: 13 digits, grouped 1-4-5-2-1 when written with dashes or spaces.
_NATIONAL_ID = re.compile(rf"(?<!\d){_D}{_SEP}{_D}{{4}}{_SEP}{_D}{{5}}{_SEP}{_D}{{2}}{_SEP}{_D}(?!\d)")
# Thai phones: 0 then 8 or 9 more digits (landline 02-xxx-xxxx, mobile 08x-xxx-xxxx), or +66 / 66 then
# 8 or 9 digits; separators (dash, space, dot) anywhere between digits.
_PHONE = re.compile(rf"(?<![\d\w])(?:\+?[6٦๖][6٦๖]{_SEP}|[0٠๐]){_D}(?:{_SEP}{_D}){{7,8}}(?!\d)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)
def mask_text(text: str | None) -> str | None:
    """The text with e-mail addresses, Thai national IDs and phone numbers replaced by MASK."""
    if not text:
        return text
    text = _EMAIL.sub(MASK, text)
    if not any(c.isdigit() for c in text):
        return text
    parts = []
    last = 0
    for url in _URL.finditer(text):
        parts.append(_mask_numbers(text[last : url.start()]))
        parts.append(url.group())
        last = url.end()
    parts.append(_mask_numbers(text[last:]))
    return "".join(parts)


def _mask_numbers(text: str) -> str:
    return _PHONE.sub(MASK, _NATIONAL_ID.sub(MASK, text))


_NOT_A_PERSON = re.compile(
    r"หน่วยงาน|องค์กร|บริษัท|แพลตฟอร์ม|เพจ|ช่องทาง|\b(?:page|unit|agency|organi[sz]ation|platform)\b", re.I
)


def personal_header(header: str) -> bool:
    """A column title that names personal data (name, surname, phone, e-mail, position)."""
    if _NOT_A_PERSON.search(header or "") and not re.search(r"e-?mail|อีเมล|โทร|phone", header or "", re.I):
        return False  # "ชื่อหน่วยงาน", "page name": the name of a thing, not of a person
    for role, pattern in _TITLE_RULES:
        if pattern.search(header or ""):
            return role in PERSONAL_ROLES
    return False


def masked_raw(headers, row, keep: set[int] | None = None, limit: int = 2000) -> str:
    """A quarantined row as JSON {header: value}, safe to store.

    ``keep``: the recognised columns' positions (an allow-list; every other non-empty cell is masked).
    Without it, columns whose title names personal data are masked. Either way every kept value has
    phones, e-mails and national IDs masked and is cut to ``limit`` characters.
    """
    out = {}
    for i, header in enumerate(headers):
        value = row[i] if i < len(row) else ""
        name = header or f"col{i + 1}"
        if not value:
            out[name] = value
        elif (keep is not None and i not in keep) or personal_header(header):
            out[name] = MASK
        else:
            out[name] = mask_text(str(value)[:limit])
    return json.dumps(out, ensure_ascii=False)


def mask_raw_json(raw: str) -> str:
    """masked_raw() for a row already serialised as JSON {header: value} (the reach importer's form)."""
    try:
        data = json.loads(raw)
    except ValueError:
        return MASK
    if not isinstance(data, dict):
        return MASK
    return masked_raw(list(data), [v if isinstance(v, str) else json.dumps(v) for v in data.values()])
