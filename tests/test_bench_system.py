"""The benchmark at a tiny scale, once, without the browser: so `make bench` cannot rot unnoticed.

Speed is not asserted here (it lives in bench/RESULTS.md); what is asserted is that every step ran,
every query was timed, and the pandas baseline answered the same questions as the SQL.
"""

from __future__ import annotations

import json

import duckdb

import queries
from bench import run, synth
from queries import explore


def test_the_benchmark_runs_end_to_end_at_a_tiny_scale(tmp_path):
    results, report = tmp_path / "results", tmp_path / "RESULTS.md"
    report.write_text("# Results\n\nkept text\n", encoding="utf-8")
    argv = ["--scales", "2k", "--reps", "1", "--no-browser", "--no-cold", "--work", str(tmp_path / "work")]
    assert run.main([*argv, "--results", str(results), "--report", str(report)]) == 0

    result = json.loads((results / "2k.json").read_text())
    assert set(result["queries"]) == set(queries.names())
    for name, q in result["queries"].items():
        assert q["warm"]["n"] == 1 and q["warm"]["median"] > 0, name
        assert q["raw_duckdb"]["median"] > 0, name
    paged = {n for n, q in result["queries"].items() if "explorer_page" in q}
    assert paged == {ds.query for ds in explore.DATASETS.values()}  # each explorer dataset, as it is asked
    assert all(
        result["queries"][n][k]["median"] > 0 for n in paged for k in ("explorer_page", "explorer_count")
    )
    assert result["queries"]["awareness_by_channel"]["params"] == {"start": "2025-10-01", "end": "2026-09-30"}
    assert set(result["pandas"]["questions"]) == {
        "awareness_by_channel",
        "awareness_monthly",
        "awareness_yearly",
        "visitor_mix",
    }
    assert result["import"]["rows"] == 2_000 and result["import"]["peak_rss"] > 0
    assert result["import"]["read_csv_seconds"]["median"] > 0 and result["import"]["vs_read_csv"] > 0
    assert result["append"]["rows"] == 10_000
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Results\n\nkept text\n")  # the hand-written part survives
    assert all(f"| {name} |" in text for name in queries.names())
    assert all(f"- `{name}`: 2k " in text for name in paged)


def test_synthetic_data_is_deterministic_and_proportional(tmp_path):
    def fingerprint(path):
        con = duckdb.connect(str(path), read_only=True)
        try:
            return con.execute(
                "SELECT count(*), md5(string_agg(response_id || unit_raw || coalesce(aware_news::VARCHAR, '-') "
                "|| submitted_at::VARCHAR, ',' ORDER BY response_id)), "
                "(SELECT count(*) FROM units), (SELECT count(*) FROM reach) FROM responses"
            ).fetchone()
        finally:
            con.close()

    a = synth.build(tmp_path / "a.duckdb", 3_000)
    b = synth.build(tmp_path / "b.duckdb", 3_000)
    assert fingerprint(tmp_path / "a.duckdb") == fingerprint(tmp_path / "b.duckdb")
    assert a["responses"] == 3_000 and a["units"] == 89  # the office's own units at small scale
    assert a["reach"] == 36 * 7 * 5 * a["units"]
    assert synth.agencies_for(10_000_000) + 89 == synth.NATIONAL_AGENCIES
    assert b["submissions"] > 0 and b["ita_scores"] == 55
