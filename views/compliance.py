"""Reporting compliance for ศปท.: this round's rate, the overdue units and their reminders, the
unit × report matrix, Form 2 against the survey, the rate across years, and one unit's history."""

from __future__ import annotations

import pandas as pd
import streamlit as st

import exports
from charts import compliance as compliance_builders
from core import compliance as comp
from core.fiscal import fiscal_year
from core.thaidate import format_date, format_datetime
from dashboard import exporting, reminder_mail, shell, submission_form
from dashboard.context import require
from dashboard.data import ask, derive, derive_shared
from dashboard.date_input import be_date_input
from dashboard.figures import cached
from i18n import t

charts = cached(compliance_builders)

ctx = require("compliance")
lang = ctx.lang
fy = fiscal_year(ctx.end)
shell.header("compliance.title", "compliance.intro", period=False)

as_of = be_date_input(
    t("compliance.as_of", lang),
    comp.today_bangkok(),
    key="c_as_of",
    lang=lang,
    help=t("compliance.as_of.help", lang),
    container=st.columns([1, 3])[0],
)
if as_of is None:  # the box says what to type
    st.stop()
st.caption(t("compliance.caption", lang, fy=fy, date=format_date(as_of, lang, long=True)))

rows = ask("compliance_status", as_of=as_of, fy=fy)
if rows.empty:
    st.info(t("compliance.no_schedule", lang, fy=fy), icon=":material/event_busy:")
    st.stop()
# The sidebar's round: round 6 shows the reports of October-March only, round 12 the whole year.
rows = comp.in_round(rows, ctx.end)
rates = ask("compliance_rates", as_of=as_of, fy=fy)
rates = rates[rates["round"].isin({*rows.loc[rows["form"] != "reach_monthly", "period"], "monthly"})]
st.caption(t("compliance.round_shown", lang, period=ctx.period_label))
late = comp.overdue(rows)


def col(name: str) -> str:
    return t(f"compliance.col.{name}", lang)


def show_links(frame: pd.DataFrame, column: str) -> None:
    """Replace a link column by the links safe to open; say which were refused (shown as text)."""
    safe, rejected = comp.split_links(frame[column])
    frame[column] = safe
    if rejected:  # the label as markdown, the links from the data only ever as plain text
        st.warning(t("compliance.link_rejected", lang), icon=":material/link_off:")
        st.text(" · ".join(rejected))


# --- the headline: each round's on-time rate and what is overdue ----------------------------------
boxes = st.columns(len(rates) + 1)
for box, r in zip(boxes, rates.itertuples(), strict=False):
    with box.container(border=True):
        st.metric(t(f"round.{r.round}", lang), "–" if pd.isna(r.rate) else f"{r.rate:.1%}")
        st.caption(
            t("compliance.rate_none", lang, owed=r.owed)
            if not r.due
            else t(
                "compliance.rate_caption",
                lang,
                on_time=r.on_time_due,
                due=r.due,
                late=r.late,
                missing=r.missing,
            )
        )
with boxes[-1].container(border=True):
    st.metric(t("status.missing", lang), f"{len(late)}")
    st.caption(t("compliance.overdue.count", lang, reports=len(late), units=late["unit_code"].nunique()))

st.subheader(t("compliance.overdue", lang))
if late.empty:
    st.success(t("compliance.overdue.none", lang), icon=":material/task_alt:")
else:
    grouped = derive(  # per data version, as-of day, round and language: ~1.5 s at 2,000 units
        comp.overdue_by_unit, "compliance_status", {"as_of": as_of, "fy": fy}, lang, round_end=ctx.end
    )
    st.dataframe(
        pd.DataFrame(
            {
                col("unit"): grouped["unit"],
                col("due_date"): grouped["due_date"],  # beside the unit: on a phone it shows unscrolled
                col("days_overdue"): grouped["days_overdue"],
                col("count"): grouped["reports"],
                col("reports"): grouped["overdue_reports"],
            }
        ),
        hide_index=True,
        key="overdue_table",
        column_config={  # wide enough that a due date or a unit's name is never cut
            col("unit"): st.column_config.TextColumn(width=220, pinned=True),
            col("due_date"): st.column_config.TextColumn(width=115),
            col("days_overdue"): st.column_config.NumberColumn(width=115),
            col("count"): st.column_config.NumberColumn(width=70),
            col("reports"): st.column_config.TextColumn(width="large"),
        },
    )
    remind = derive(
        comp.reminders, "compliance_status", {"as_of": as_of, "fy": fy}, as_of, lang, round_end=ctx.end
    )
    export = remind.rename(
        columns={
            "unit_code": "code",
            "unit": col("unit"),
            "reports": col("count"),
            "days_overdue": col("days_overdue"),
            "overdue_reports": col("reports"),
            "reminder_th": t("compliance.reminder_text", lang),
        }
    )
    name = f"reminders-{fy}-{as_of.isoformat()}"
    left, right, _ = st.columns([1, 1, 3])
    exporting.document(
        left,
        t("download.xlsx", lang),
        lambda: exports.xlsx_bytes(export, "reminders"),  # made when clicked, not on every view
        file_name=f"{name}.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        key="dl_reminders_xlsx",
    )
    exporting.document(
        right,
        t("download.csv", lang),
        lambda: exports.csv_bytes(export),
        file_name=f"{name}.csv",
        mime="text/csv",
        icon=":material/download:",
        key="dl_reminders_csv",
    )
    st.markdown(f"**{t('compliance.reminder_text', lang)}**")
    texts = dict(zip(remind["unit_code"], remind["reminder_th"], strict=True))
    labels = dict(zip(remind["unit_code"], remind["unit"], strict=True))
    chosen = st.selectbox(
        t("compliance.reminder_unit", lang), list(texts), format_func=labels.get, key="c_remind"
    )
    st.code(texts[chosen], language=None, wrap_lines=True)
    reminder_mail.render(ctx, remind)  # e-mail the reminders (dashboard/reminder_mail.py)

# --- details ---------------------------------------------------------------------------------------
tab_matrix, tab_monthly, tab_check, tab_years, tab_history = st.tabs(
    [
        t("compliance.matrix", lang),
        t("compliance.monthly", lang),
        t("compliance.crosscheck", lang),
        t("compliance.years", lang),
        t("compliance.history", lang),
    ]
)
with tab_matrix:
    # Styled once per replica and data version, shared read-only by every viewer (issue #20).
    table = derive_shared(
        comp.styled_matrix,
        "compliance_status",
        {"as_of": as_of, "fy": fy},
        lang,
        col("unit"),
        round_end=ctx.end,
    )
    st.dataframe(
        table,
        hide_index=True,
        column_config={col("unit"): st.column_config.TextColumn(width="medium", pinned=True)},
        key="matrix",
        height=min(36 * len(table.data) + 40, 640),
    )
    st.caption(t("compliance.matrix.caption", lang))
with tab_monthly:
    table = derive_shared(
        comp.styled_matrix,
        "compliance_status",
        {"as_of": as_of, "fy": fy},
        lang,
        col("unit"),
        monthly=True,
        round_end=ctx.end,
    )
    st.dataframe(table, hide_index=True, key="monthly")
    st.caption(t("compliance.matrix.caption", lang))
with tab_check:
    st.caption(t("compliance.crosscheck.caption", lang))
    odd = comp.crosscheck(rows)
    if odd.empty:
        st.success(t("compliance.crosscheck.none", lang), icon=":material/task_alt:")
    else:
        st.dataframe(
            pd.DataFrame(
                {
                    col("unit"): [comp.unit_label(r, lang) for r in odd.itertuples()],
                    col("period"): [comp.period_label(r.form, r.period, lang) for r in odd.itertuples()],
                    col("responses"): odd["responses"].astype(int),
                    col("status"): [
                        comp.cell(r.status, r.days_late, r.days_overdue, lang) for r in odd.itertuples()
                    ],
                    col("check"): [t(f"check.{c}", lang) for c in odd["check"]],
                }
            ),
            hide_index=True,
            key="crosscheck",
        )
with tab_years:
    years = ask("compliance_rates", as_of=as_of)
    st.plotly_chart(charts.rates_by_year(years, lang), config={"displaylogo": False})
    st.caption(t("compliance.years.caption", lang))
    shell.csv_download(years, f"compliance-rates-{as_of.isoformat()}", key="dl_years")
with tab_history:
    units = rows.drop_duplicates("unit_code")
    names = {r.unit_code: comp.unit_label(r, lang) for r in units.itertuples()}
    codes = list(names)
    start = (
        codes.index(ctx.units[0])
        if len(ctx.units) == 1 and ctx.units[0] in names
        else (codes.index(late.iloc[0]["unit_code"]) if len(late) else 0)
    )
    unit = st.selectbox(
        t("compliance.history.unit", lang), codes, index=start, format_func=names.get, key="c_unit"
    )
    history = ask("compliance_status", as_of=as_of, unit=unit).sort_values(
        ["fiscal_year", "period_end", "form"]
    )
    shown = pd.DataFrame(
        {
            col("fy"): history["fiscal_year"].astype(str),
            col("report"): [
                comp.report_label(r.form, r.period, lang, short=True) for r in history.itertuples()
            ],
            col("due_date"): [format_date(d, lang) for d in history["due_date"]],
            col("submitted_at"): [
                format_datetime(d, lang) if pd.notna(d) else "–" for d in history["submitted_at"]
            ],
            col("status"): [
                comp.cell(r.status, r.days_late, r.days_overdue, lang) for r in history.itertuples()
            ],
            col("link"): history["link"],
        }
    )
    show_links(shown, col("link"))
    st.dataframe(
        shown, hide_index=True, column_config={col("link"): st.column_config.LinkColumn()}, key="history"
    )

    st.markdown(f"**{t('compliance.submissions', lang)}**")
    sent = ask("unit_submissions", unit=unit, as_of=as_of)
    sent_shown = pd.DataFrame(
        {
            col("submitted_at"): [format_datetime(d, lang) for d in sent["submitted_at"]],
            col("report"): [comp.report_label(r.form, r.period, lang, short=True) for r in sent.itertuples()],
            col("fy"): sent["fiscal_year"].astype(str),
            col("note"): [t(f"note.{n}", lang) for n in sent["note"]],
            col("link"): sent["link"],
        }
    )
    show_links(sent_shown, col("link"))
    st.dataframe(sent_shown, hide_index=True, column_config={col("link"): st.column_config.LinkColumn()})

    st.markdown(f"**{t('compliance.measures', lang)}**")
    form1 = sent[(sent["form"] == "form1") & (sent["measures"] > 0)]
    if form1.empty:
        st.info(t("compliance.measures.none", lang), icon=":material/description:")
    else:
        picks = {
            str(r.submitted_at): f"{comp.report_label(r.form, r.period, lang)} {r.fiscal_year} · "
            f"{format_datetime(r.submitted_at, lang)}"
            for r in form1.itertuples()
        }
        picked = st.selectbox(
            t("compliance.measures.pick", lang), list(picks), format_func=picks.get, key="c_form1"
        )
        row = form1[form1["submitted_at"].astype(str) == picked].iloc[0]
        measures = ask(
            "submission_measures",
            unit=unit,
            fy=int(row["fiscal_year"]),
            period=row["period"],
            submitted_at=picked,
        )
        table = pd.DataFrame(
            {
                col("measure"): [f"{m}. {t(f'measure.{m}', lang)}" for m in measures["measure"]],
                col("result"): measures["result"].fillna("–"),
                col("evidence"): measures["evidence"],
            }
        )
        show_links(table, col("evidence"))
        st.dataframe(
            table,
            hide_index=True,
            column_config={col("evidence"): st.column_config.LinkColumn()},
            key="measures",
        )

# --- ศปท. records a report it received (a module of its own: dashboard/submission_form.py) ----------
submission_form.record_received(ctx)
