"""The ศปท. round report's figures: the dashboard's own questions for a round and the round before.

A round is compared with the same round of the year before, like with like: round 6 of FY N (October
to March) with round 6 of FY N-1, round 12 of FY N (the whole year) with round 12 of FY N-1. Comparing
a half year with a whole year (round 6 against the last round 12) made every count look halved. Every
table and sentence names both periods with their dates. Everything here is pure shaping of query
frames into table rows and sentences, tested against the queries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from core.fiscal import round_range, to_be
from core.survey import CHANNELS, points
from core.thaidate import MONTHS_TH_ABBR
from i18n import t
from i18n.units import unit_label
from reports.docx_forms import count, thai_digits

ITEM_CHANGE = 0.05  # an item's overall rate moving 5 points or more is notable
UNIT_CHANGE = 0.10  # a unit's rate moving 10 points or more (with enough answers both rounds)
UNITS_LISTED = 5  # at most this many units up and down
STATUSES = ("on_time", "late", "missing", "not_due")


def previous_round(fy: int, round_: str) -> tuple[int, str]:
    """The same round a year earlier: the only period of equal length and season."""
    return fy - 1, round_


def round_name(fy: int, round_: str) -> str:
    return thai_digits(f"รอบ {round_} เดือน ปีงบประมาณ {fy}")


def round_span(fy: int, round_: str) -> str:
    """รอบ ๖ เดือน ปีงบประมาณ ๒๕๖๙ (ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙): the round with its months."""
    start, end = round_range(fy, round_)
    months = f"{MONTHS_TH_ABBR[start.month - 1]} {to_be(start.year)} – {MONTHS_TH_ABBR[end.month - 1]} {to_be(end.year)}"
    return f"{round_name(fy, round_)} ({thai_digits(months)})"


def fy_short(fy: int) -> str:
    """ปีงบฯ ๒๕๖๙: a column header short enough for a table cell."""
    return thai_digits(f"ปีงบฯ {fy}")


def pct(value: object) -> str:
    return "–" if value is None or pd.isna(value) else f"{float(value):.1%}"


@dataclass(frozen=True)
class Survey:
    """One round's survey answers, overall and per unit."""

    fy: int
    round: str
    awareness: pd.DataFrame  # awareness_by_channel
    by_unit: pd.DataFrame  # awareness_by_unit
    visitors: pd.DataFrame  # visitor_mix

    @property
    def responses(self) -> int:
        return int(self.visitors["n"].iloc[0]) if len(self.visitors) else 0


@dataclass(frozen=True)
class RoundData:
    fy: int
    round: str
    as_of: date
    status: pd.DataFrame  # compliance_status rows of the round's form1 and form2
    rate: float | None  # compliance_rates' on-time rate of the round (None: nothing due yet)
    prev_rate: float | None
    now: Survey
    before: Survey
    min_n: int
    is_demo: bool

    def comparison(self) -> str:
        """The sentence that says which two periods every comparison in the report sets side by side."""
        return (
            f"เปรียบเทียบ{round_span(self.fy, self.round)} "
            f"กับรอบเดียวกันของปีก่อน คือ{round_span(self.before.fy, self.before.round)}"
        )

    def file_name(self, ext: str) -> str:
        return f"ita-round-report-{self.fy}-r{self.round}.{ext}"

    def compliance_rows(self) -> list[list[str]]:
        """Header + one row per form: units per status and in all."""
        header = ["รายงาน", *[t(f"status.{s}", "th") for s in STATUSES], "รวม"]
        rows = [header]
        for form in ("form1", "form2"):
            mine = self.status[self.status["form"] == form]
            counts = mine["status"].value_counts()
            rows.append(
                [
                    thai_digits(f"แบบรายงานที่ {form[-1]}"),
                    *[count(counts.get(s, 0)) for s in STATUSES],
                    count(len(mine)),
                ]
            )
        return rows

    def missing_units(self, form: str) -> list[str]:
        mine = self.status[(self.status["form"] == form) & (self.status["status"] == "missing")]
        return [unit_label(r, style="name") for r in mine.itertuples()]

    def awareness_rows(self) -> list[list[str]]:
        now, before_fy = fy_short(self.fy), fy_short(self.before.fy)
        header = ["ช่องทาง/ข้อมูล", "รู้/ทราบ", "ไม่รู้/ไม่ทราบ", "รวม", f"ร้อยละที่รู้ {now}",
                  f"ร้อยละที่รู้ {before_fy}", "เปลี่ยนแปลง"]  # fmt: skip
        before = self.before.awareness.set_index("channel")
        rows = [header]
        for r in self.now.awareness.itertuples():
            prev = before.loc[r.channel, "rate"]
            change = None if pd.isna(r.rate) or pd.isna(prev) else r.rate - prev
            rows.append(
                [t(f"channel.{r.channel}", "th"), count(r.aware), count(r.unaware), count(r.total), pct(r.rate),
                 pct(prev), points(change) or "–"]
            )  # fmt: skip
        return rows

    def unit_rows(self) -> list[list[str]]:
        """Header + each unit with responses: its rate per item, '*' where it has fewer than min_n answers."""
        frame = self.now.by_unit
        wide = frame.pivot_table(
            index="unit_code", columns="channel", values="rate", aggfunc="first", dropna=False
        )
        few = frame.pivot_table(index="unit_code", columns="channel", values="few", aggfunc="first")
        units = frame.drop_duplicates("unit_code").set_index("unit_code")
        order = sorted(units.index, key=lambda u: (units.loc[u, "kind"] == "provincial", u))
        rows = [["หน่วยงาน", "ผู้ตอบ (คน)", *[t(f"channel.{c}", "th") for c in CHANNELS]]]
        for unit in order:
            if units.loc[unit, "responses"] == 0:
                continue
            rates = [pct(wide.loc[unit, c]) + (" *" if few.loc[unit, c] else "") for c in CHANNELS]
            rows.append([unit_label(units.loc[unit], style="name"),
                         count(units.loc[unit, "responses"]), *rates])  # fmt: skip
        return rows

    def silent_units(self) -> list[str]:
        units = self.now.by_unit.drop_duplicates("unit_code")
        return [unit_label(r, style="name") for r in units.itertuples() if r.responses == 0]

    def visitor_rows(self) -> list[list[str]]:
        before = self.before.visitors.set_index("visitor_type")
        # Every header distinct: a preview grid (and pandas) refuses two columns of one name.
        now, prev_fy = fy_short(self.fy), fy_short(self.before.fy)
        rows = [["ประเภทผู้มาติดต่อ", f"{now} (คน)", f"สัดส่วน {now}", f"{prev_fy} (คน)", f"สัดส่วน {prev_fy}"]]
        for r in self.now.visitors.itertuples():
            prev = before.loc[r.visitor_type]
            rows.append([t(f"visitor.{r.visitor_type}", "th"), count(r.responses), pct(r.share),
                         count(prev["responses"]), pct(prev["share"])])  # fmt: skip
        rows.append(["ผู้ตอบแบบสำรวจทั้งหมด", count(self.now.responses), "", count(self.before.responses), ""])
        return rows

    def changes(self) -> list[str]:
        """Sentences on what moved against the previous round: compliance, responses, items, units."""
        before = round_name(self.before.fy, self.before.round)
        out = []
        if self.rate is not None and self.prev_rate is not None:
            out.append(f"อัตราการส่งรายงานตรงเวลา {pct(self.rate)} ({before}: {pct(self.prev_rate)}, "
                       f"{points(self.rate - self.prev_rate)})")  # fmt: skip
        out.append(
            f"ผู้ตอบแบบสำรวจ {count(self.now.responses)} คน ({before}: {count(self.before.responses)} คน)"
        )
        prev = self.before.awareness.set_index("channel")["rate"]
        for r in self.now.awareness.itertuples():
            if (
                pd.notna(r.rate)
                and pd.notna(prev[r.channel])
                and abs(r.rate - prev[r.channel]) >= ITEM_CHANGE
            ):
                word = "เพิ่มขึ้น" if r.rate > prev[r.channel] else "ลดลง"
                out.append(f"การรับรู้{t(f'channel.{r.channel}', 'th')}{word} {points(r.rate - prev[r.channel])} "
                           f"เป็น {pct(r.rate)}")  # fmt: skip
        moved = self.unit_moves()
        for word, frame in (
            ("เพิ่มขึ้นมาก", moved[moved["change"] > 0]),
            ("ลดลงมาก", moved[moved["change"] < 0]),
        ):
            for r in frame.head(UNITS_LISTED).itertuples():
                out.append(f"{unit_label(r, style='name')}: การรับรู้{t(f'channel.{r.channel}', 'th')}"
                           f"{word} {points(r.change)} ({pct(r.rate_prev)} → {pct(r.rate)})")  # fmt: skip
        return out

    def unit_moves(self) -> pd.DataFrame:
        """Units × items whose rate moved by UNIT_CHANGE or more, with enough answers in both rounds."""
        keep = ["unit_code", "abbr", "name_th", "kind", "channel", "rate", "few"]
        both = self.now.by_unit[keep].merge(
            self.before.by_unit[["unit_code", "channel", "rate", "few"]],
            on=["unit_code", "channel"],
            suffixes=("", "_prev"),
        )
        both = both[~both["few"] & ~both["few_prev"]].copy()
        both["change"] = both["rate"] - both["rate_prev"]
        both = both[both["change"].abs() >= UNIT_CHANGE]
        return both.reindex(both["change"].abs().sort_values(ascending=False).index)


def _survey(ask: Callable[..., pd.DataFrame], fy: int, round_: str, min_n: int) -> Survey:
    start, end = round_range(fy, round_)
    params = {"start": start, "end": end, "units": None, "visitor_type": None}
    return Survey(
        fy,
        round_,
        ask("awareness_by_channel", **params),
        ask("awareness_by_unit", **params, min_n=min_n),
        ask("visitor_mix", **params),
    )


def _rate(ask: Callable[..., pd.DataFrame], as_of: date, fy: int, round_: str) -> float | None:
    rates = ask("compliance_rates", as_of=as_of, fy=fy)
    row = rates[rates["round"] == round_]
    return None if row.empty or pd.isna(row["rate"].iloc[0]) else float(row["rate"].iloc[0])


def gather(ask: Callable[..., pd.DataFrame], fy: int, round_: str, as_of: date, min_n: int) -> RoundData:
    """ask(name, **params) -> DataFrame: dashboard.data.ask on the page, queries.run in the CLI."""
    prev_fy, prev_round = previous_round(fy, round_)
    status = ask("compliance_status", as_of=as_of, fy=fy, unit=None)
    status = status[status["form"].isin(["form1", "form2"]) & (status["period"] == round_)]
    return RoundData(
        fy,
        round_,
        as_of,
        status.reset_index(drop=True),
        _rate(ask, as_of, fy, round_),
        _rate(ask, as_of, prev_fy, prev_round),
        _survey(ask, fy, round_, min_n),
        _survey(ask, prev_fy, prev_round, min_n),
        min_n,
        bool(ask("data_extent")["is_demo"].iloc[0]),
    )
