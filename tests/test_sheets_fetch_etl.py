"""etl/sheets.py through real gspread + google-auth against the local fake Sheets API (no patching)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from etl.sheets import (
    READ_ONLY_SCOPES,
    SheetError,
    SheetSource,
    fetch_values,
    load_credentials,
    spreadsheet_key,
)
from tests.support.sheets_server import FakeSheetsServer, make_service_account

pytest_plugins = ["tests.support.sheets_server"]

KEY = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd"
THAI_HEADER = ["ประทับเวลา", "ชื่อ", "นามสกุล", "หมายเลขโทรศัพท์"]
THAI_ROWS = [
    THAI_HEADER,
    ["1/10/2024, 9:15:02", "สมชาย", "ใจดี", "0812345678"],
    ["๑/๑๐/๒๕๖๗", "สมหญิง", "รักไทย", "๐๘๙๑๒๓๔๕๖๗"],
    ["2/10/2024, 13:00:00", "John", "O'Neil", "+66 81 234 5678"],
]
FORM_TAB = "การตอบแบบฟอร์ม 1"
FAST = {"backoff_base": 0.001, "backoff_max": 0.01}  # keeps retry tests fast but really sleeping


@pytest.fixture
def server(sheets_server: FakeSheetsServer) -> FakeSheetsServer:
    sheets_server.add_spreadsheet(
        KEY,
        [
            (FORM_TAB, THAI_ROWS),
            ("สรุป", [["รายการ", "จำนวน"], ["ข่าวประชาสัมพันธ์", 12], ["อัตราส่วน", 0.25]]),
            ("ว่าง", []),
            ("หัวตารางเท่านั้น", [["ก", "ข", "ค"]]),
            ("ขรุขระ", [["a", "b", "c", "d"], ["1"], [], ["x", "", "z"], ["", "", "", "", ""]]),
            ("Sheet'1", [["quote"], ["ok"]]),
        ],
    )
    return sheets_server


def fetch(server: FakeSheetsServer, creds: dict, worksheet=None, key: str = KEY, **kwargs):
    source = SheetSource(name="responses", kind="form", spreadsheet=key, worksheet=worksheet)
    return fetch_values(source, creds, api_base=server.url, **{**FAST, **kwargs})


# -- values come back exactly -------------------------------------------------------------------


def test_thai_form_sheet_comes_back_exactly(server, service_account):
    rows = fetch(server, service_account, FORM_TAB)
    assert rows == THAI_ROWS
    assert rows[1][3] == "0812345678"  # leading zero kept: text, not a number
    assert rows[2][0] == "๑/๑๐/๒๕๖๗" and rows[2][3] == "๐๘๙๑๒๓๔๕๖๗"
    assert all(isinstance(c, str) for row in rows for c in row)


def test_values_are_read_formatted_so_numbers_are_strings(server, service_account):
    rows = fetch(server, service_account, "สรุป")
    assert rows == [["รายการ", "จำนวน"], ["ข่าวประชาสัมพันธ์", "12"], ["อัตราส่วน", "0.25"]]
    values_request = server.requests_to(f"/v4/spreadsheets/{KEY}/values/")[0]
    assert values_request.query["valueRenderOption"] == ["FORMATTED_VALUE"]


def test_first_worksheet_by_default_and_by_index(server, service_account):
    assert fetch(server, service_account) == THAI_ROWS
    assert fetch(server, service_account, 0) == THAI_ROWS
    assert fetch(server, service_account, 1)[0] == ["รายการ", "จำนวน"]


def test_worksheet_title_with_quote(server, service_account):
    assert fetch(server, service_account, "Sheet'1") == [["quote"], ["ok"]]
    assert server.requests_to(f"/v4/spreadsheets/{KEY}/values/")[0].path.endswith("/values/'Sheet''1'")


def test_url_instead_of_key(server, service_account):
    url = f"https://docs.google.com/spreadsheets/d/{KEY}/edit#gid=0"
    assert fetch(server, service_account, FORM_TAB, key=url) == THAI_ROWS


def test_empty_sheet(server, service_account):
    assert fetch(server, service_account, "ว่าง") == []


def test_header_only_sheet(server, service_account):
    assert fetch(server, service_account, "หัวตารางเท่านั้น") == [["ก", "ข", "ค"]]


def test_ragged_rows_are_padded_to_header_width(server, service_account):
    rows = fetch(server, service_account, "ขรุขระ")
    # the API drops trailing empty cells and trailing empty rows; an empty row in the middle stays
    assert rows == [["a", "b", "c", "d"], ["1", "", "", ""], ["", "", "", ""], ["x", "", "z", ""]]


def test_api_base_from_environment(server, service_account, monkeypatch):
    monkeypatch.setenv("ITA_SHEETS_API_BASE", server.url)
    source = SheetSource(name="r", kind="form", spreadsheet=KEY, worksheet=FORM_TAB)
    assert fetch_values(source, service_account) == THAI_ROWS


def test_api_base_argument_wins_over_environment(server, service_account, monkeypatch):
    monkeypatch.setenv("ITA_SHEETS_API_BASE", "http://127.0.0.1:9")  # nothing listens there
    assert fetch(server, service_account, FORM_TAB) == THAI_ROWS


# -- requests made ------------------------------------------------------------------------------


def test_normal_fetch_makes_exactly_three_requests(server, service_account):
    stats: dict = {}
    fetch(server, service_account, FORM_TAB, stats=stats)
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/token"),
        ("GET", f"/v4/spreadsheets/{KEY}"),
        ("GET", f"/v4/spreadsheets/{KEY}/values/'{FORM_TAB}'"),
    ]
    assert stats == {"requests": 3, "token_requests": 1, "api_requests": 2, "retries": 0}
    # read-only scope asked for, and the API saw the token the fake token endpoint issued
    ((_, scope, _),) = server.tokens.values()
    assert scope.split() == READ_ONLY_SCOPES
    assert server.requests[1].authorization == f"Bearer {next(iter(server.tokens))}"


# -- retries ------------------------------------------------------------------------------------


def test_429_burst_is_retried(server, service_account):
    server.fail(429, times=3)
    stats: dict = {}
    assert fetch(server, service_account, FORM_TAB, stats=stats) == THAI_ROWS
    assert stats["retries"] == 3
    assert stats["requests"] == len(server.requests) == 1 + 4 + 1


def test_permanent_429_gives_rate_limited_in_bounded_time(server, service_account):
    server.fail(429, times=None)
    stats: dict = {}
    start = time.monotonic()
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB, max_retries=4, stats=stats)
    assert time.monotonic() - start < 3
    assert info.value.kind == "rate_limited"
    assert info.value.status == 429
    assert "429" in info.value.message_en and "try again later" in info.value.message_en
    assert stats["retries"] == 4
    assert len(server.requests_to("/v4/")) == 5  # 1 try + 4 retries, then it stops


def test_zero_retries(server, service_account):
    server.fail(503, times=1)
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB, max_retries=0)
    assert info.value.kind == "server"
    assert len(server.requests_to("/v4/")) == 1


def test_permanent_500_gives_server_error(server, service_account):
    server.fail(500, times=None)
    stats: dict = {}
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB, max_retries=2, stats=stats)
    assert info.value.kind == "server"
    assert "500" in info.value.message_en and "2 retries" in info.value.message_en
    assert stats["retries"] == 2


def test_backoff_really_waits(server, service_account):
    server.fail(500, times=2)
    start = time.monotonic()
    fetch(server, service_account, FORM_TAB, backoff_base=0.1, backoff_max=1)
    # delays are jittered in [d/2, d]: 0.05..0.1 then 0.1..0.2
    assert time.monotonic() - start >= 0.15


# -- errors -------------------------------------------------------------------------------------


def test_403_names_the_service_account_to_share_with(server, service_account):
    server.fail(403)
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB)
    err = info.value
    assert err.kind == "forbidden"
    assert service_account["client_email"] in err.message_en
    assert service_account["client_email"] in err.message_th
    assert "share the sheet with" in err.message_en
    assert str(err) == f"{err.message_th} / {err.message_en}"
    assert len(server.requests_to("/v4/")) == 1  # a 403 is not retried


def test_403_api_disabled_says_enable_the_api(server, service_account):
    body = {
        "error": {
            "code": 403,
            "message": "Google Sheets API has not been used in project 123 before or it is disabled.",
            "status": "PERMISSION_DENIED",
        }
    }
    server.fail(403, body=body)
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB)
    assert info.value.kind == "forbidden"
    assert "enable it" in info.value.message_en


def test_unknown_key_is_not_found_and_names_the_key(server, service_account):
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, key="1NoSuchSpreadsheetKey_xxxxxxxxxx")
    assert info.value.kind == "not_found"
    assert "1NoSuchSpreadsheetKey_xxxxxxxxxx" in info.value.message_en
    assert "1NoSuchSpreadsheetKey_xxxxxxxxxx" in info.value.message_th


def test_404_fault(server, service_account):
    server.fail(404)
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB)
    assert info.value.kind == "not_found" and KEY in str(info.value)


@pytest.mark.parametrize("worksheet", ["ไม่มีแผ่นนี้", 99])
def test_missing_worksheet_lists_existing_ones(server, service_account, worksheet):
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, worksheet)
    err = info.value
    assert err.kind == "worksheet_missing"
    assert str(worksheet) in err.message_en and str(worksheet) in err.message_th
    assert f"'{FORM_TAB}'" in err.message_en and "'สรุป'" in err.message_th
    assert len(server.requests_to(f"/v4/spreadsheets/{KEY}/values")) == 0


def test_401_from_api_is_auth_error(server, service_account):
    server.fail(401, times=None)
    stats: dict = {}
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB, stats=stats)
    assert info.value.kind == "auth"
    assert "expired or revoked" in info.value.message_en and "create a new key" in info.value.message_en
    # google-auth's AuthorizedSession refreshes the token and repeats the call twice on a 401
    assert stats == {"requests": 6, "token_requests": 3, "api_requests": 3, "retries": 0}


def test_revoked_key_invalid_grant_is_auth_error(server, service_account):
    server.revoke(service_account["client_email"])
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB)
    err = info.value
    assert err.kind == "auth"
    assert "expired or revoked" in err.message_en and "invalid_grant" in err.message_en
    assert service_account["client_email"] in err.message_en
    assert len(server.requests) == 1  # no API call without a token; invalid_grant is not retried


def test_token_endpoint_5xx_is_server_error(server, service_account):
    server.fail(503, times=None, target="token")
    stats: dict = {}
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB, stats=stats)
    assert info.value.kind == "server" and "token endpoint" in info.value.message_en
    # google-auth retries the token request itself (3 attempts, ~1 s + ~2 s backoff, not ours)
    assert stats["token_requests"] == 3 and stats["api_requests"] == 0


def test_key_not_known_to_server_is_auth_error(server):
    stranger = make_service_account(server, register=False)  # a key the server never saw
    with pytest.raises(SheetError) as info:
        fetch(server, stranger, FORM_TAB)
    assert info.value.kind == "auth" and "invalid_grant" in info.value.message_en


def test_wrong_signature_is_auth_error(server, service_account):
    other = make_service_account(server, "other@x.iam.gserviceaccount.com", register=False)
    forged = {**service_account, "private_key": other["private_key"]}  # same email and id, wrong key
    with pytest.raises(SheetError) as info:
        fetch(server, forged, FORM_TAB)
    assert info.value.kind == "auth" and "Invalid JWT" in info.value.message_en


def test_malformed_credentials_are_auth_error(server, service_account):
    broken = {k: v for k, v in service_account.items() if k != "token_uri"}
    with pytest.raises(SheetError) as info:
        fetch(server, broken, FORM_TAB)
    assert info.value.kind == "auth"
    assert server.requests == []


@pytest.mark.parametrize("target", ["api", "token"])
def test_hanging_server_times_out_in_bounded_time(server, service_account, target):
    server.hang(5, target=target)
    start = time.monotonic()
    with pytest.raises(SheetError) as info:
        fetch(server, service_account, FORM_TAB, timeout=0.5)
    elapsed = time.monotonic() - start
    assert info.value.kind == "timeout"
    assert "0.5 s" in info.value.message_en
    assert 0.4 < elapsed < 2.5  # a timeout is not retried


def test_nothing_listening_is_network_error(service_account):
    source = SheetSource(name="r", kind="form", spreadsheet=KEY)
    creds = {**service_account, "token_uri": "http://127.0.0.1:9/token"}
    with pytest.raises(SheetError) as info:
        fetch_values(source, creds, api_base="http://127.0.0.1:9", timeout=2)
    assert info.value.kind == "network"


def test_sheet_error_pickles():
    import pickle

    err = SheetError("server", "ไทย", "English", status=500)
    back = pickle.loads(pickle.dumps(err))
    assert (back.kind, back.message_th, back.message_en, back.status, str(back)) == (
        "server",
        "ไทย",
        "English",
        500,
        "ไทย / English",
    )


# -- spreadsheet_key ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        KEY,
        f"  {KEY}\n",
        f"https://docs.google.com/spreadsheets/d/{KEY}/edit#gid=0",
        f"https://docs.google.com/spreadsheets/d/{KEY}/edit?usp=sharing",
        f"https://docs.google.com/spreadsheets/d/{KEY}",
        f"https://docs.google.com/spreadsheets/d/{KEY}/",
        f"https://docs.google.com/spreadsheets/u/1/d/{KEY}/edit#gid=123",
        f"https://docs.google.com/spreadsheets/d/{KEY}/htmlview",
        f"https://docs.google.com/spreadsheet/ccc?key={KEY}&usp=sharing",
    ],
)
def test_spreadsheet_key(text):
    assert spreadsheet_key(text) == KEY


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not a key",
        "https://example.com/",
        "https://docs.google.com/spreadsheets/d/e/2PACX-1vQabcdefghijklmnop/pubhtml",
    ],
)
def test_spreadsheet_key_rejects(text):
    with pytest.raises(SheetError) as info:
        spreadsheet_key(text)
    assert info.value.kind == "not_found"


# -- load_credentials ---------------------------------------------------------------------------

SA = {
    "type": "service_account",
    "client_email": "ita@proj.iam.gserviceaccount.com",
    "private_key": "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n",
    "token_uri": "https://oauth2.googleapis.com/token",
}


@pytest.fixture
def only_secrets(tmp_path, monkeypatch):
    """No GOOGLE_APPLICATION_CREDENTIALS: write(text) makes the secrets file the one place to look."""
    monkeypatch.delenv("GOOGLE_APPLICATION_CREDENTIALS", raising=False)
    path = tmp_path / "secrets.toml"

    def write(text: str) -> Path:
        path.write_text(text, encoding="utf-8")
        return path

    return write


def test_load_credentials_from_secrets_toml(only_secrets):
    secrets = only_secrets(
        'other = "x"\n\n[gcp_service_account]\n'
        'type = "service_account"\n'
        'client_email = "ita@proj.iam.gserviceaccount.com"\n'
        'private_key = "-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n"\n'
        'token_uri = "https://oauth2.googleapis.com/token"\n'
    )
    assert load_credentials(secrets) == SA


def test_load_credentials_fixes_double_escaped_newlines(only_secrets):
    secrets = only_secrets(
        "[gcp_service_account]\n"
        'client_email = "ita@proj.iam.gserviceaccount.com"\n'
        "private_key = '-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n'\n"
        'token_uri = "https://oauth2.googleapis.com/token"\n'
    )
    assert load_credentials(secrets)["private_key"] == SA["private_key"]


def test_load_credentials_from_environment_json(tmp_path, monkeypatch):
    key_file = tmp_path / "key.json"
    key_file.write_text(json.dumps(SA), encoding="utf-8")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(key_file))
    assert load_credentials(tmp_path / "missing-secrets.toml") == SA


def test_secrets_file_wins_over_environment(tmp_path, monkeypatch):
    other = {**SA, "client_email": "env@proj.iam.gserviceaccount.com"}
    (tmp_path / "key.json").write_text(json.dumps(other), encoding="utf-8")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "key.json"))
    secrets = tmp_path / "secrets.toml"
    secrets.write_text("[gcp_service_account]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in SA.items()))
    assert load_credentials(secrets)["client_email"] == SA["client_email"]


def test_load_credentials_missing_everywhere(only_secrets):
    secrets = only_secrets('[other]\nx = "y"\n')
    with pytest.raises(SheetError) as info:
        load_credentials(secrets)
    assert info.value.kind == "auth"
    assert "[gcp_service_account]" in info.value.message_en
    assert "GOOGLE_APPLICATION_CREDENTIALS" in info.value.message_th


def test_load_credentials_env_file_missing(tmp_path, monkeypatch):
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "nope.json"))
    with pytest.raises(SheetError) as info:
        load_credentials(tmp_path / "secrets.toml")
    assert info.value.kind == "auth" and "nope.json" in info.value.message_en


def test_load_credentials_incomplete_section(only_secrets):
    secrets = only_secrets('[gcp_service_account]\nclient_email = "a@b.c"\n')
    with pytest.raises(SheetError) as info:
        load_credentials(secrets)
    assert "private_key" in info.value.message_en and "token_uri" in info.value.message_en
