"""Recognising a Google Forms response sheet and normalising its answers.

Question titles are edited from year to year and several of them mention ติดต่อ or หน่วยงาน, so
columns are recognised by their answers first (awareness answers, visitor-type options, unit names)
and by their titles second. A mapping file can name any column explicitly and always wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from etl.problems import InputProblem
from etl.text import clean, key
from etl.timestamps import looks_like_timestamp
from i18n.messages import said

CHANNELS = ("news", "contact", "complaint")
VISITOR_TYPES = ("contract", "information", "meeting", "feedback", "other")
PERSONAL_ROLES = ("email", "first_name", "last_name", "full_name", "phone", "position")
ROLES = ("timestamp", "unit", "visitor", "agency", *PERSONAL_ROLES)

# The form's options (seed, แบบสำรวจ) with the spellings seen in real sheets; matched only as whole
# comma-separated answers, so an "other" text that merely mentions ประชุม stays "other".
VISITOR_OPTIONS = {
    "contract": [
        r"คู่\s*สัญญา\s*/?\s*(?:การ)?\s*จัดซื้อ\s*จัดจ้าง",
        r"คู่\s*สัญญา",
        r"(?:การ)?จัดซื้อ\s*จัดจ้าง",
        r"contract(?:or| party)?(?:\s*/\s*procurement)?",
        r"procurement",
    ],
    "information": [
        r"ขอรับ\s*บริการ\s*ข้อมูล\s*/?\s*ข่าวสาร",
        r"ขอรับ\s*บริการ\s*ข้อมูล",
        r"ขอ\s*ข้อมูล\s*/?\s*ข่าวสาร",
        r"information(?: request| service)?(?:\s*/\s*news)?",
    ],
    "meeting": [r"ประชุม\s*/?\s*สัมมนา", r"ประชุม", r"สัมมนา", r"meeting(?:\s*/\s*seminar)?", r"seminar"],
    "feedback": [
        r"เสนอ\s*ความ\s*เห็น\s*/?\s*ข้อ\s*เสนอ\s*แนะ",
        r"เสนอ\s*ความ\s*เห็น",
        r"ข้อ\s*เสนอ\s*แนะ",
        r"(?:feedback|comments?|suggestions?)(?:\s*/\s*(?:suggestions?|comments?))?",
    ],
    "other": [r"อื่น\s*[ๆ]?", r"others?"],
}
# The form's own text of an option (the first spelling) may carry one more word the owner added
# ("ประชุม/สัมมนา ออนไลน์", "ประชุม/สัมมนา (ออนไลน์)"); the shorter spellings may not, so "ประชุมเรื่องงบ" stays "other".
_TRAILING_WORD = r"(?:\s+[^\s,;()]{1,20}|\s*\([^,;()]{1,30}\))?"
_OPTION_RES = {
    code: re.compile(
        r"(?:^|(?<=[,;]))\s*(?:"
        + "|".join([pats[0] + (_TRAILING_WORD if code != "other" else ""), *pats[1:]])
        + r")\s*(?:[:：]\s*)?(?=[,;]|$)",
        re.I,
    )
    for code, pats in VISITOR_OPTIONS.items()
}
_OTHER_PREFIX = re.compile(r"^\s*(?:อื่น\s*ๆ?|others?)\s*[:：(]\s*", re.I)

# The form's own words, quoted (as values) by the messages that ask for them
SHOWN_AWARE, SHOWN_UNAWARE = "รู้/ทราบ", "ไม่รู้/ไม่ทราบ"
SHOWN_TIMESTAMP, SHOWN_UNIT = "Timestamp / ประทับเวลา", "ติดต่อ ณ หน่วยงาน"
AWARE = {"รู้/ทราบ", "รู้", "ทราบ", "รู้ทราบ", "รู้-ทราบ", "yes", "y", "aware", "ใช่", "know", "known", "✓", "true"}
UNAWARE = {
    "ไม่รู้/ไม่ทราบ",
    "ไม่รู้",
    "ไม่ทราบ",
    "ไม่รู้ไม่ทราบ",
    "ไม่รู้-ไม่ทราบ",
    "no",
    "n",
    "unaware",
    "ไม่ใช่",
    "don'tknow",
    "notaware",
    "✗",
    "false",
}

_TITLE_RULES: list[tuple[str, re.Pattern]] = [
    ("timestamp", re.compile(r"timestamp|ประทับ\s*เวลา|เวลา\s*ประทับ|วันที่\s*และ\s*เวลา|submitted", re.I)),
    ("email", re.compile(r"e-?mail|อีเมล|อีเมล์", re.I)),
    ("phone", re.compile(r"โทร|phone|mobile|เบอร์|tel\b", re.I)),
    ("full_name", re.compile(r"ชื่อ\s*[-–/]?\s*(?:นาม)?\s*สกุล|full\s*name|ชื่อ-สกุล", re.I)),
    ("last_name", re.compile(r"นามสกุล|surname|last\s*name|family\s*name", re.I)),
    ("first_name", re.compile(r"^\s*(?:ชื่อ(?!\s*หน่วยงาน)(?!\s*องค์กร)|first\s*name|name)\b|^ชื่อ", re.I)),
    ("position", re.compile(r"ตำแหน่ง|position|job\s*title", re.I)),
    ("visitor", re.compile(r"ประเภท|ผู้มาติดต่อ|ในฐานะ|visitor|purpose", re.I)),
    (
        "unit",
        re.compile(r"ณ\s*หน่วยงาน|หน่วยงานที่(?:ท่าน)?(?:มา)?ติดต่อ|ติดต่อ.*หน่วยงาน|unit\s*contacted|contacted", re.I),
    ),
    ("agency", re.compile(r"หน่วยงาน|สังกัด|organi[sz]ation|agency|company|บริษัท", re.I)),
]
_CHANNEL_RULES: list[tuple[str, re.Pattern]] = [
    # Most distinctive first. News before contact: a news title may mention "ผู้มาติดต่อ" (visitors),
    # while contact titles do not mention news or work.
    ("complaint", re.compile(r"ร้องเรียน|ทุจริต|complain|corrupt|question_id", re.I)),
    ("news", re.compile(r"ข่าว|ผลงาน|news|เผยแพร่|work", re.I)),
    (
        "contact",
        re.compile(r"(?<!ผู้มา)ติดต่อ|สอบถาม|ข้อเสนอแนะ|ความคิดเห็น|contact|enquir|inquir|feedback|/qa", re.I),
    ),
]
_GRID_ROW = re.compile(r"\[(.+)\]\s*$")


@dataclass
class Layout:
    """Which column holds what: role -> column index; awareness items by channel."""

    roles: dict[str, int] = field(default_factory=dict)
    channels: dict[str, int] = field(default_factory=dict)
    date_order: str = "dmy"

    def personal_columns(self) -> set[int]:
        return {i for role, i in self.roles.items() if role in PERSONAL_ROLES}


@lru_cache(maxsize=4096)
def answer_value(raw: object) -> bool | None:
    """True for รู้/ทราบ, False for ไม่รู้/ไม่ทราบ, None for blank; InputProblem for anything else."""
    k = key(raw)
    if not k:
        return None
    if k in AWARE:
        return True
    if k in UNAWARE:
        return False
    raise InputProblem("problem.etl.answer", raw=clean(raw)[:40], aware=SHOWN_AWARE, unaware=SHOWN_UNAWARE)


@lru_cache(maxsize=4096)
def split_visitor_types(raw: object) -> tuple[frozenset[str], str]:
    """The ticked options of a checkbox cell, and the "other" text (commas inside it kept).

    The linked Sheet joins ticks with ", ", the Forms "Download responses (.csv)" with ";". A cell
    with a ";" is cut there first, so an "other" text keeps its own commas in both shapes.
    """
    text = clean(raw)
    if ";" in text:
        pieces = [_split_commas(p) for p in text.split(";") if p.strip()]
        ticked = frozenset().union(*(t for t, _ in pieces)) if pieces else frozenset()
        return ticked, "; ".join(o for _, o in pieces if o)
    return _split_commas(text)


def _split_commas(text: str) -> tuple[frozenset[str], str]:
    ticked: set[str] = set()
    for code in ("contract", "information", "meeting", "feedback", "other"):
        text, n = _OPTION_RES[code].subn("", text)
        if n:
            ticked.add(code)
    rest = re.sub(r"\s*,\s*(?:,\s*)*", ", ", text).strip(" ,")
    rest = _OTHER_PREFIX.sub("", rest).rstrip(")").strip()
    if rest:
        ticked.add("other")
    return frozenset(ticked), rest


def visitor_cell_matches(raw: str) -> bool:
    """Some tick in the cell is one of the form's options (อื่นๆ included), not only bare text."""
    text = clean(raw)
    return any(_OPTION_RES[c].search(text) for c in VISITOR_TYPES)


def unmatched_visitor_cells(counts: Iterable[tuple[str, int]]) -> tuple[int, list[str]]:
    """(cells, a few examples) whose ticks match no option of the form, when most cells do match.

    Such a cell loads as an "other" answer (a Forms "other" text is bare text too), but an option
    renamed in the form shows up here in the load summary instead of silently turning into "other".
    """
    filled = [(clean(v), n) for v, n in counts if v and clean(v)]
    total = sum(n for _, n in filled)
    odd = sorted(((v, n) for v, n in filled if not visitor_cell_matches(v)), key=lambda p: (-p[1], p[0]))
    count = sum(n for _, n in odd)
    if not total or not odd or (total - count) / total < 0.5:
        return 0, []
    return count, [v[:40] for v, _ in odd[:3]]


def response_sheet_score(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> float:
    """How much a workbook tab looks like a form's responses: a Timestamp column, awareness answers, rows.

    A summary or pivot tab the office added has few rows and no answer columns; the responses tab has
    a "Timestamp"/"ประทับเวลา" column whose cells look like timestamps and columns of รู้/ทราบ answers.
    """
    sample = rows[:200]
    if not sample:
        return 0.0
    columns = [[r[i] for r in sample] for i in range(len(headers))]
    answers = sum(1 for c in columns if _share(c, _is_answer) >= 0.5)
    stamps = max((_share(c, looks_like_timestamp) for c in columns), default=0.0)
    titled = any(_TITLE_RULES[0][1].search(h or "") for h in headers)
    return answers * 10 + stamps * 5 + titled * 3 + min(len(rows), 1000) / 1000


def _is_visitor_value(raw: str) -> bool:
    text = clean(raw)
    return any(_OPTION_RES[c].search(text) for c in ("contract", "information", "meeting", "feedback"))


def _is_answer(raw: str) -> bool:
    k = key(raw)
    return k in AWARE or k in UNAWARE


def _share(values: Sequence[str], test) -> float:
    filled = [v for v in values if v.strip()]
    return sum(1 for v in filled if test(v)) / len(filled) if filled else 0.0


def _channel_of(title: str) -> str | None:
    grid = _GRID_ROW.search(title)
    for text in ([grid.group(1)] if grid else []) + [title]:
        for channel, pattern in _CHANNEL_RULES:
            if pattern.search(text):
                return channel
    return None


def recognise(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    unit_matcher,
    mapping: Mapping[str, str] | None = None,
) -> Layout:
    """Work out the layout of a response sheet, or say exactly which column could not be found."""
    layout = Layout()
    sample = rows[:500]
    columns = [[r[i] for r in sample] for i in range(len(headers))]
    taken: set[int] = set()
    _apply_mapping(layout, taken, headers, mapping or {})
    _answer_columns(layout, taken, headers, columns)
    if "visitor" not in layout.roles:
        _role_by_values(layout, taken, "visitor", columns, _is_visitor_value)
    if "unit" not in layout.roles:
        _role_by_values(layout, taken, "unit", columns, lambda v: unit_matcher(v) is not None)
    _roles_by_title(layout, taken, headers)
    if "timestamp" not in layout.roles:
        layout.roles["timestamp"] = _timestamp_by_values(columns, taken)
    _require(layout, headers)
    return layout


def _apply_mapping(
    layout: Layout, taken: set[int], headers: Sequence[str], mapping: Mapping[str, str]
) -> None:
    """The mapping file's role -> column title, first: it overrides every guess."""
    normal = {clean(h).casefold(): i for i, h in enumerate(headers)}
    for role, title in mapping.items():
        index = normal.get(clean(title).casefold())
        if index is None:
            raise InputProblem("problem.etl.mapping_absent", column=title, title=title, role=role)
        name = role.removeprefix("aware_")  # "aware_news" (the database column) or "news"
        if name not in CHANNELS and name not in ROLES:
            raise InputProblem("problem.etl.mapping_role", role=role, known=", ".join(ROLES + CHANNELS))
        (layout.channels if name in CHANNELS else layout.roles)[name] = index
        taken.add(index)


def _answer_columns(
    layout: Layout, taken: set[int], headers: Sequence[str], columns: list[list[str]]
) -> None:
    """The awareness answer columns, each to its item by title; one left over goes to the one item left."""
    # An answer column: mostly รู้/ทราบ-style answers; a column whose title names an item needs only
    # half, so an item with many odd answers is loaded (odd rows quarantined) instead of vanishing.
    answer_cols = [
        i
        for i in range(len(headers))
        if i not in taken and _share(columns[i], _is_answer) >= (0.5 if _channel_of(headers[i]) else 0.8)
    ]
    unassigned = []
    for i in answer_cols:
        channel = _channel_of(headers[i])
        if channel and channel not in layout.channels:
            layout.channels[channel] = i
        else:
            unassigned.append(i)
        taken.add(i)
    missing = [c for c in CHANNELS if c not in layout.channels]
    if len(unassigned) > 1:
        # Guessing by position could swap two items without anyone noticing: ask instead.
        names = ", ".join(f"'{headers[i]}'" for i in unassigned)
        raise InputProblem("problem.etl.which_item", names=names)
    if unassigned and len(missing) == 1:
        layout.channels[missing[0]] = unassigned[0]  # the only item left: no room for a swap


def _role_by_values(
    layout: Layout, taken: set[int], role: str, columns: list[list[str]], test: Callable[[str], bool]
) -> None:
    """The free column whose values mostly (half or more) pass ``test`` takes the role."""
    scores = [(i, _share(values, test)) for i, values in enumerate(columns) if i not in taken]
    best, share = max(scores, key=lambda s: s[1], default=(-1, 0.0))
    if share >= 0.5:
        layout.roles[role] = best
        taken.add(best)


def _roles_by_title(layout: Layout, taken: set[int], headers: Sequence[str]) -> None:
    """The free columns whose titles name a role not yet found, in column order."""
    for i, title in enumerate(headers):
        if i in taken:
            continue
        for role, pattern in _TITLE_RULES:
            if role not in layout.roles and pattern.search(clean(title)):
                layout.roles[role] = i
                taken.add(i)
                break


def _timestamp_by_values(columns: list[list[str]], taken: set[int]) -> int:
    """No title says Timestamp: the column whose values mostly read as timestamps, else -1."""
    scores = [(i, _share(values, looks_like_timestamp)) for i, values in enumerate(columns) if i not in taken]
    best = max(scores, key=lambda s: s[1], default=(-1, 0.0))
    return best[0] if best[1] >= 0.8 else -1


def _require(layout: Layout, headers: Sequence[str]) -> None:
    found = ", ".join(f"'{h}'" for h in headers[:20])
    missing = []
    if layout.roles.get("timestamp", -1) < 0:
        missing.append(said("problem.etl.missing.timestamp", names=SHOWN_TIMESTAMP))
    if "unit" not in layout.roles:
        missing.append(said("problem.etl.missing.unit", names=SHOWN_UNIT))
    if not layout.channels:
        missing.append(said("problem.etl.missing.answers", names=f"{SHOWN_AWARE} / {SHOWN_UNAWARE}"))
    if missing:
        listed = missing[0]
        for more in missing[1:]:
            listed = said("problem.etl.and", first=listed, second=more)
        raise InputProblem("problem.etl.not_found", missing=listed, found=found)
