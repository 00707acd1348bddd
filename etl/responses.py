"""Survey responses, the model: the columns of a normalised row, the result of one sheet (good rows
and quarantined rows), the respondent key and the masked copy a quarantined row keeps.

The sheet is normalised column by column in etl/columnar.py. Personal data (names, phones, e-mails,
positions) becomes a keyed hash that recognises repeats (``respondent_key``), and it is masked in
quarantined rows (``masked_row``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass, field

import pyarrow as pa

from etl.batches import Quarantined
from etl.forms import CHANNELS, VISITOR_TYPES, Layout
from etl.readers import Table
from etl.text import clean

MASK = "•••"
COLUMNS = (
    ["response_id", "submitted_at", "submitted_date", "fiscal_year", "unit_code", "unit_raw", "unit_known"]
    + [f"visitor_{v}" for v in VISITOR_TYPES]
    + ["other_text"]
    + [f"aware_{c}" for c in CHANNELS]
    + ["respondent_agency", "respondent_key"]
)


@dataclass
class Normalised:
    columns: dict[str, list] = field(default_factory=lambda: {c: [] for c in COLUMNS})
    quarantined: list[Quarantined] = field(default_factory=list)
    rows_read: int = 0
    text_cut: int = 0  # good rows whose free text was cut to the max_text_chars limit
    table: pa.Table | None = None  # the good rows as Arrow columns (set by the column-wise path)
    # Set by etl.columnar.stage: how many rows are good, the SELECT of their COLUMNS (and its parameters),
    # how many name no known unit, the months (YYYY-MM) they fall in.
    rows_good: int | None = None
    sql: str | None = None
    params: dict = field(default_factory=dict)
    unknown_units: int = 0
    months: list[str] = field(default_factory=list)
    visitor_counts: list[tuple[str, int]] = field(default_factory=list)  # every row's visitor cell, counted

    @property
    def good(self) -> int:
        if self.rows_good is not None:
            return self.rows_good
        return self.table.num_rows if self.table is not None else len(self.columns["response_id"])

    def arrow(self) -> pa.Table:
        return self.table if self.table is not None else pa.table(self.columns)


def respondent_key(secret: bytes, email: str, phone: str, name: str) -> str | None:
    """HMAC of the most stable identifier given; None when the respondent gave none."""
    ident = ""
    if email:
        ident = "e:" + email.strip().casefold()
    elif re.sub(r"[^0-9]", "", phone):
        ident = "p:" + re.sub(r"[^0-9]", "", phone)[-9:]
    elif name:
        ident = "n:" + re.sub(r"\s+", "", name).casefold()
    return hmac.new(secret, ident.encode(), hashlib.sha256).hexdigest()[:32] if ident else None


def row_key(row: list[str], layout: Layout, secret: bytes) -> str | None:
    """respondent_key() of one raw row, as the import computes it for a good row."""

    def cell(role):
        i = layout.roles.get(role)
        return clean(row[i]) if i is not None and i < len(row) else ""

    name = cell("full_name") or (cell("first_name") + " " + cell("last_name")).strip()
    return respondent_key(secret, cell("email"), cell("phone"), name)


def masked_row(table: Table, row: list[str], layout: Layout) -> str:
    """The row as JSON with every cell masked except those of recognised, non-personal columns.

    An allow-list, not a deny-list: a column whose title was not recognised (e.g. "Your name",
    "Q1") may hold names, phones or e-mails, and none of those may reach the database.
    """
    keep = (set(layout.roles.values()) - layout.personal_columns()) | set(layout.channels.values())
    return json.dumps(
        {
            h or f"col{i + 1}": (row[i][:2000] if i in keep or not row[i] else MASK)
            for i, h in enumerate(table.headers)
        },
        ensure_ascii=False,
    )
