"""Real sign-in in Chromium against a local OpenID Connect provider: each role sees exactly its pages."""

from __future__ import annotations

import pytest

from deploy.serve import free_port
from tests.support.browser import serve, wait_drawn
from tests.support.oidc_provider import OIDCProvider

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
def provider():
    p = OIDCProvider().start()
    yield p
    p.stop()


@pytest.fixture(scope="module")
def signin_app(provider, demo_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("signin")
    port = free_port()
    secrets = folder / "secrets.toml"
    secrets.write_text(
        f"""[auth]
redirect_uri = "http://127.0.0.1:{port}/oauth2callback"
cookie_secret = "9c2f7e1a4b8d03c6e5f7a9b1d3c5e7f9a0b2c4d6e8f0a1b3"
client_id = "{provider.client_id}"
client_secret = "{provider.client_secret}"
server_metadata_url = "{provider.issuer}/.well-known/openid-configuration"
""",
        encoding="utf-8",
    )
    roles = folder / "roles.toml"
    roles.write_text(
        "[roles]\n" + "\n".join(f'{r} = ["{r}@mdes.go.th"]' for r in EXPECTED_NAV) + "\n", encoding="utf-8"
    )
    env = {
        "ITA_NO_AUTH": "0",
        "ITA_ROLES": str(roles),
        "ITA_AUDIT_DB": str(folder / "audit.sqlite"),
        "NO_PROXY": "127.0.0.1,localhost",
    }
    with serve(demo_db, folder / "streamlit.log", env, ["--secrets.files", str(secrets)], port) as url:
        yield url


def _sign_in(browser, provider, url, email):
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    provider.next_email = email
    page.goto(url)
    wait_drawn(page)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.wait_for_url(url + "/**", timeout=60_000)
    wait_drawn(page)
    return context, page


@pytest.mark.parametrize("role", list(EXPECTED_NAV))
def test_each_role_sees_exactly_its_pages(browser, provider, signin_app, role, artifacts):
    context, page = _sign_in(browser, provider, signin_app, f"{role}@mdes.go.th")
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
    context, page = _sign_in(browser, provider, signin_app, "stranger@gmail.com")
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
        context, page = _sign_in(browser, provider, signin_app, "admin@mdes.go.th")
    finally:
        provider.next_email_verified = True
    page.get_by_text("ยังไม่ได้ยืนยันอีเมล").first.wait_for(timeout=60_000)
    assert page.get_by_text("admin@mdes.go.th").first.is_visible()
    assert page.get_by_test_id("stMetric").count() == 0
    assert page.get_by_test_id("stSidebarNavLink").count() == 0
    assert page.get_by_role("button", name="ออกจากระบบ").is_visible()
    context.close()
