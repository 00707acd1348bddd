"""The ITA page's headline figures from queries/ita_trend.sql (indicator 7 and the overall score):
pure, no streamlit; the page draws each as a metric."""

from __future__ import annotations

import pandas as pd

from i18n import t


def kpis(ind7: pd.DataFrame, overall: pd.DataFrame, baseline: float, target, lang: str) -> list[dict]:
    """st.metric arguments for the three boxes: the latest indicator 7 against the FY2565 baseline, the
    latest overall score with its grade, and the gap to the target ('reached' once met, '–' without one)."""
    boxes = []
    for frame, key in ((ind7, "ita.kpi.ind7"), (overall, "ita.kpi.overall")):
        if frame.empty:
            boxes.append({"label": t(key, lang, fy="–"), "value": t("ita.kpi.none", lang)})
            continue
        last = frame.iloc[-1]
        box = {"label": t(key, lang, fy=int(last.fiscal_year)), "value": f"{last.score:.2f}"}
        if key == "ita.kpi.ind7":
            box["delta"] = t("ita.kpi.ind7.delta", lang, delta=last.score - baseline)
        else:
            box |= {"delta": t("ita.kpi.grade", lang, grade=last.grade), "delta_color": "off"}
        boxes.append(box)
    if target is None or ind7.empty:
        return [*boxes, {"label": t("ita.kpi.target", lang), "value": "–"}]
    gap = float(target) - ind7.iloc[-1].score
    value = t("ita.kpi.target.met", lang) if gap <= 0 else f"{gap:.2f}"
    return [*boxes, {"label": t("ita.kpi.target", lang), "value": value}]
