"""Getting data in, in real Chromium: upload a Forms CSV, a Meta export and a submissions register through
the import page (preview counts, then import, then the pages change); a signed-in ศปท. officer records a
received report and sees the matrix change; a unit officer submits form 1 and sees only their own unit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from etl import load
from tests.support.browser import serve, serve_signed_in, sign_in, wait_drawn
from tests.support.oracle import ask, scalar

pytestmark = pytest.mark.browser
FIXTURES = Path(__file__).parent / "fixtures"


def _choose(page, label: str, option: str) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text=label).first.click()
    page.get_by_role("option", name=option, exact=True).click()
    wait_drawn(page)


def _upload(page, kind_label: str, path: Path) -> None:
    _choose(page, "ชนิดข้อมูล", kind_label)
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(path))
    page.get_by_text("ตรวจเสร็จ 1 ไฟล์").first.wait_for(timeout=60_000)
    wait_drawn(page)


def _import(page) -> None:
    page.get_by_role("button", name="นำเข้า", exact=True).click()
    page.get_by_text("นำเข้าแล้ว 1 ไฟล์").first.wait_for(timeout=60_000)
    wait_drawn(page)


def test_upload_preview_import_and_the_pages_change(browser, tmp_path, artifacts):
    db = tmp_path / "real.duckdb"
    load.import_files("ita", [str(FIXTURES / "ita_scores.csv")], db)  # a real (non-demo) database
    env = {"ITA_NO_AUTH_REAL_DATA": "1", "ITA_AUDIT_DB": str(tmp_path / "audit.sqlite")}
    with serve(db, tmp_path / "streamlit.log", env) as url:
        page = browser.new_page(viewport={"width": 1366, "height": 1400})
        page.goto(f"{url}/import")
        wait_drawn(page)
        assert page.get_by_role("heading", name="นำเข้าไฟล์ข้อมูล").first.is_visible()

        _upload(page, "ผลแบบสำรวจการรับรู้ (Google Forms/Sheets)", FIXTURES / "responses_forms_download.csv")
        assert page.get_by_text("อ่าน 5 แถว · ใหม่ 5 · ซ้ำ 0 · จะถูกกักไว้ 0").is_visible()
        assert page.get_by_text("ช่วงข้อมูล: 6 ม.ค. 2568 – 1 เม.ย. 2568").is_visible()
        page.screenshot(path=str(artifacts / "import-preview-responses-th-1366.png"), full_page=True)
        assert scalar(db, "SELECT count(*) FROM responses") == 0, "the preview published something"
        _import(page)
        assert scalar(db, "SELECT count(*) FROM responses") == 5

        _upload(page, "ยอดการเข้าถึงสื่อสังคมออนไลน์", FIXTURES / "reach" / "Facebook reach.csv")
        assert page.get_by_text("อ่านเป็น: ไฟล์ส่งออกรายวันของ Meta Business Suite").is_visible()
        assert page.get_by_text("อ่าน 29 แถว · ใหม่ 1 · ซ้ำ 0 · จะถูกกักไว้ 0").is_visible()
        _import(page)

        _upload(page, "ทะเบียนการส่งรายงานของหน่วยงาน", FIXTURES / "submissions.csv")
        assert page.get_by_text("อ่าน 4 แถว · ใหม่ 3 · ซ้ำ 0 · จะถูกกักไว้ 1").is_visible()
        assert page.get_by_text("หน่วยงาน: ACC, ADM").is_visible()
        page.screenshot(path=str(artifacts / "import-preview-submissions-th-1366.png"), full_page=True)
        _import(page)
        assert scalar(db, "SELECT count(*) FROM submissions") == 3

        # the same survey file again: the preview now finds every row already there
        _upload(page, "ผลแบบสำรวจการรับรู้ (Google Forms/Sheets)", FIXTURES / "responses_forms_download.csv")
        assert page.get_by_text("อ่าน 5 แถว · ใหม่ 0 · ซ้ำ 5 · จะถูกกักไว้ 0").is_visible()
        page.get_by_role("button", name="ยกเลิก").click()
        page.get_by_text("ยกเลิกแล้ว ไม่มีข้อมูลใดถูกนำเข้า").wait_for(timeout=30_000)

        # the pages see the new data at once: the awareness page in FY2568, the reach page in FY2569
        page.goto(f"{url}/awareness?fy=2568&round=12")
        wait_drawn(page)
        assert page.get_by_test_id("stMetric").count() >= 3
        assert page.get_by_text("ไม่มีข้อมูล").count() == 0 or page.get_by_test_id("stMetric").count() >= 3
        page.screenshot(path=str(artifacts / "import-after-awareness-th-1366.png"), full_page=True)
        page.goto(f"{url}/reach?fy=2569&round=12")
        wait_drawn(page)
        assert page.get_by_test_id("stMetric").count() >= 1
        page.screenshot(path=str(artifacts / "import-after-reach-th-1366.png"), full_page=True)
        page.goto(f"{url}/help")
        wait_drawn(page)
        assert page.get_by_text("submissions.csv (submissions)").first.is_visible()
        page.close()


@pytest.fixture(scope="module")
def signed_in_app(provider, demo_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("entry")
    db = folder / "ita.duckdb"
    shutil.copyfile(demo_db, db)  # a copy: these tests write to it
    roles = '[roles]\nacc = ["acc@mdes.go.th"]\n"unit:ADM" = ["officer.adm@mdes.go.th"]\n'
    with serve_signed_in(db, folder, provider, roles) as url:
        yield url, db


def test_acc_records_a_received_report_and_the_matrix_changes(browser, provider, signed_in_app, artifacts):
    from core import compliance as comp
    from runtime.clock import bangkok_now

    url, db = signed_in_app
    rows = ask(db, "compliance_status", as_of=bangkok_now().date(), fy=2569)
    missing = rows[(rows["form"] == "form1") & (rows["period"] == "6") & (rows["status"] == "missing")].iloc[
        0
    ]
    label = comp.unit_label(missing, "th")
    overdue_before = len(comp.overdue(rows))
    context, page = sign_in(browser, provider, url, "acc@mdes.go.th", height=3400)
    page.goto(f"{url}/compliance?fy=2569&round=12")
    wait_drawn(page)
    assert page.get_by_test_id("stMetricValue").last.inner_text() == str(overdue_before)
    page.get_by_test_id("stSelectbox").filter(has_text="หน่วยงาน").last.click()
    page.get_by_role("option", name=label, exact=True).click()
    wait_drawn(page)
    page.get_by_label("วันที่รับ (พ.ศ.)").fill("๑๕ เม.ย. ๒๕๖๙")
    page.get_by_label("เลขรับ").fill("ศปท. 0456/2569")
    page.get_by_label("ลิงก์เอกสาร").fill("https://drive.example.go.th/form1.pdf")
    page.keyboard.press("Tab")
    wait_drawn(page)
    assert page.get_by_text("15 เมษายน 2569").first.is_visible()
    page.get_by_role("button", name="บันทึก", exact=True).click()
    page.get_by_text("บันทึกแล้ว").first.wait_for(timeout=60_000)
    wait_drawn(page)
    page.screenshot(path=str(artifacts / "compliance-record-th-1366.png"), full_page=True)
    # the overdue count drops by one (the rerun after saving may still be drawing: poll, don't sample),
    # and the matrix shows the report as late
    expect(page.get_by_test_id("stMetricValue").last).to_have_text(str(overdue_before - 1), timeout=60_000)
    held = scalar(
        db,
        "SELECT count(*) FROM submission_receipts WHERE receipt_no = 'ศปท. 0456/2569' AND recorded_by = 'ศปท.'",
    )
    assert held == 1
    context.close()


def test_a_unit_officer_submits_form1_and_sees_only_their_unit(browser, provider, signed_in_app, artifacts):
    url, db = signed_in_app
    context, page = sign_in(browser, provider, url, "officer.adm@mdes.go.th", height=3000)
    page.get_by_text("officer.adm@mdes.go.th").first.wait_for(timeout=60_000)  # signed in and drawn
    page.get_by_role("heading", name="หน่วยงานของฉัน").first.wait_for(timeout=60_000)
    wait_drawn(page)
    assert page.get_by_text("กก. · กองกลาง").first.is_visible()
    nav = [t.strip().splitlines()[-1] for t in page.get_by_test_id("stSidebarNavLink").all_inner_texts()]
    assert nav == ["หน่วยงานของฉัน", "คู่มือการใช้งาน"]
    page.get_by_label("ลิงก์รายงาน (ไฟล์ที่ลงนามแล้ว)").fill("https://drive.example.go.th/adm/form1.pdf")
    page.get_by_label("1. ", exact=False).first.fill("จัดประชุมชี้แจง ๓ ครั้ง")
    page.get_by_role("button", name="ส่งรายงาน").click()
    page.get_by_text("บันทึกแล้ว").first.wait_for(timeout=60_000)
    wait_drawn(page)
    assert scalar(db, "SELECT count(*) FROM submission_receipts WHERE recorded_by = 'unit:ADM'") == 1
    page.screenshot(path=str(artifacts / "my-unit-th-1366.png"), full_page=True)
    for other in ("compliance?units=LEG", "overview", "explorer?ds=submissions", "import"):
        page.goto(f"{url}/{other}")
        wait_drawn(page)
        assert page.get_by_text("ไม่มีสิทธิ์เปิดหน้านี้").first.is_visible(), other
        assert (
            page.get_by_test_id("stDataFrame").count() == 0 and page.get_by_test_id("stMetric").count() == 0
        )
    page.goto(f"{url}/my_unit?units=LEG")
    wait_drawn(page)
    assert page.get_by_text("กก. · กองกลาง").first.is_visible()
    assert page.get_by_text("กองกฎหมาย").count() == 0
    context.close()
