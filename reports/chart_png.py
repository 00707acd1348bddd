"""The report's chart as a PNG, drawn with matplotlib (Agg).

Plotly's own PNG export needs kaleido and a browser download, which this machine cannot have, so the
DOCX chart is drawn here from the same reach_monthly frame the page uses. matplotlib does not shape
Thai: the picture holds only platform names, numbers and month abbreviations without stacked marks
(ก.ย. 69), and falls back to English month labels when no Thai font is installed. The chart's Thai
title is the DOCX caption, set as real text.
"""

from __future__ import annotations

import io
from datetime import date

import pandas as pd

from core.fiscal import add_months
from core.reach import platform_name
from core.thaidate import format_month

THAI_FONTS = ("Sarabun", "Loma", "Garuda", "Noto Sans Thai", "Tlwg Typo")


def _thai_font() -> str | None:
    from matplotlib import font_manager  # noqa: PLC0415 - matplotlib: 1.7 s, only to draw a report

    names = {f.name for f in font_manager.fontManager.ttflist}
    return next((n for n in THAI_FONTS if n in names), None)


def reach_bars(monthly: pd.DataFrame, month: date, lang: str = "th") -> bytes:
    """Grouped bars: each platform's reach this month, last month and the same month last year."""
    import matplotlib  # noqa: PLC0415 - as above

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415 - as above, and only after matplotlib.use("Agg")

    font = _thai_font()
    label_lang = lang if font else "en"
    # Thai digits in a Thai chart, as in the memo around it (only when a Thai font can draw them)
    digits = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙") if label_lang == "th" else {}
    rows = monthly[monthly["metric"] == "reach"].reset_index(drop=True)
    series = [
        ("ly_value", add_months(month, -12), "#BBBBBB"),
        ("prev_value", add_months(month, -1), "#88AACC"),
        ("value", month, "#1F3A5F"),
    ]
    with plt.rc_context({"font.family": [font] if font else ["DejaVu Sans"], "font.size": 10}):
        fig, ax = plt.subplots(figsize=(7.2, 0.55 * max(len(rows), 1) * 3 / 2 + 1.2), dpi=150)
        height = 0.26
        top = 0.0
        for k, (column, when, colour) in enumerate(series):
            ys = [i + (k - 1) * height for i in range(len(rows))]
            values = rows[column].astype("float64")
            drawn = values.fillna(0)
            ax.barh(
                ys,
                drawn,
                height=height * 0.92,
                color=colour,
                label=format_month(when, label_lang).translate(digits),
            )
            for y, v in zip(ys, values, strict=True):
                text = "–" if pd.isna(v) else f"{v:,.0f}"
                ax.text(v if not pd.isna(v) else 0, y, f" {text}".translate(digits), va="center", fontsize=8)
            top = max(top, float(values.max()) if values.notna().any() else 0)
        ax.set_yticks(range(len(rows)), [platform_name(p, "en") for p in rows["platform"]])
        ax.invert_yaxis()
        ax.set_xlim(0, top * 1.18 or 1)
        ax.xaxis.set_major_formatter(
            matplotlib.ticker.FuncFormatter(lambda v, _: f"{v:,.0f}".translate(digits))
        )
        ax.spines[["top", "right"]].set_visible(False)
        ax.grid(axis="x", color="#e5e5e5")
        ax.set_axisbelow(True)
        handles, labels = ax.get_legend_handles_labels()
        ax.legend(handles[::-1], labels[::-1], loc="lower right", frameon=False, fontsize=9)
        fig.tight_layout()
        out = io.BytesIO()
        fig.savefig(out, format="png")
        plt.close(fig)
    return out.getvalue()
