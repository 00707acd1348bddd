"""Real sign-in in Chromium against a local OpenID Connect provider: each role sees exactly its pages."""

from __future__ import annotations

import pytest

from tests.support.browser import serve_signed_in, sign_in, wait_drawn

pytestmark = pytest.mark.browser

REACH = "การเข้าถึงสื่อสังคมออนไลน์"
MIX = "ประเภทผู้มาติดต่อ"
EXPLORER = "สำรวจและส่งออกข้อมูล"
REPORTS = "แบบรายงานและรายงานรอบ"
# Written out independently of the registry: the navigation each role must see (Thai titles).
OVERVIEW, IND7, AWARE, COMPLIANCE, HELP = (
    "ภาพรวม",
    "ตัวชี้วัดที่ 7 และคะแนน ITA",
    "การรับรู้ตามช่องทาง",
    "การส่งรายงานของหน่วยงาน",
    "คู่มือการใช้งาน",
)
IMPORT = "นำเข้าไฟล์ข้อมูล"
ADMIN_PAGES = ["ข้อมูลและการนำเข้า", "ข้อมูลส่วนบุคคลและบันทึกการใช้งาน", "คะแนน ITA และเหตุการณ์สำคัญ"]
EXPECTED_NAV = {
    "executive": [OVERVIEW, IND7, AWARE, MIX, REACH, COMPLIANCE, HELP],
    "pr": [OVERVIEW, IND7, AWARE, MIX, REACH, IMPORT, HELP],
    "acc": [OVERVIEW, IND7, AWARE, MIX, COMPLIANCE, REPORTS, IMPORT, HELP],
    "analyst": [OVERVIEW, IND7, AWARE, MIX, REACH, COMPLIANCE, REPORTS, EXPLORER, HELP],
    "admin": [OVERVIEW, IND7, AWARE, MIX, REACH, COMPLIANCE, REPORTS, EXPLORER, IMPORT, *ADMIN_PAGES, HELP],
}


@pytest.fixture(scope="module")
def signin_app(provider, demo_db, tmp_path_factory):
    roles = "[roles]\n" + "\n".join(f'{r} = ["{r}@mdes.go.th"]' for r in EXPECTED_NAV) + "\n"
    with serve_signed_in(demo_db, tmp_path_factory.mktemp("signin"), provider, roles) as url:
        yield url


@pytest.mark.parametrize("role", list(EXPECTED_NAV))
def test_each_role_sees_exactly_its_pages(browser, provider, signin_app, role, artifacts):
    context, page = sign_in(browser, provider, signin_app, f"{role}@mdes.go.th")
    page.get_by_text(f"{role}@mdes.go.th").first.wait_for(timeout=60_000)
    titles = [t.strip().splitlines()[-1] for t in page.get_by_test_id("stSidebarNavLink").all_inner_texts()]
    # Streamlit draws no navigation when only one page is visible: that page is then the one shown.
    assert titles == (EXPECTED_NAV[role] if len(EXPECTED_NAV[role]) > 1 else [])
    assert page.get_by_test_id("stMetric").count() >= 3
    if role != "admin":
        page.goto(signin_app + "/data")
        wait_drawn(page)
        assert page.get_by_text("ไม่มีสิทธิ์เปิดหน้านี้").first.is_visible()
        assert page.get_by_test_id("stDataFrame").count() == 0
    page.screenshot(path=str(artifacts / f"signin-{role}.png"))
    page.get_by_role("button", name="ออกจากระบบ").click()
    page.get_by_role("button", name="เข้าสู่ระบบ").wait_for(timeout=60_000)
    context.close()


def test_a_person_without_a_role_sees_whom_to_ask(browser, provider, signin_app):
    context, page = sign_in(browser, provider, signin_app, "stranger@gmail.com")
    assert page.get_by_text("stranger@gmail.com").first.is_visible()
    assert page.get_by_test_id("stMetric").count() == 0
    assert "/token" in provider.calls and "/jwks" in provider.calls
    context.close()


@pytest.mark.parametrize("verified", [False, "missing"])
def test_an_unverified_email_gets_the_polite_refusal(browser, provider, signin_app, verified):
    """admin@mdes.go.th has every role: only the unverified e-mail keeps the data away."""
    from tests.support.oidc_provider import MISSING

    provider.next_email_verified = MISSING if verified == "missing" else False
    try:
        context, page = sign_in(browser, provider, signin_app, "admin@mdes.go.th")
    finally:
        provider.next_email_verified = True
    page.get_by_text("ยังไม่ได้ยืนยันอีเมล").first.wait_for(timeout=60_000)
    assert page.get_by_text("admin@mdes.go.th").first.is_visible()
    assert page.get_by_test_id("stMetric").count() == 0
    assert page.get_by_test_id("stSidebarNavLink").count() == 0
    assert page.get_by_role("button", name="ออกจากระบบ").is_visible()
    context.close()
