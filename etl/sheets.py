"""Google Sheets extraction: the only module that talks to the Sheets API.

Why it looks like this:

* Real ``gspread`` + real ``google-auth`` (service-account JWT flow) do the work, so what we test
  against the local fake server is what runs in production.
* gspread hard-codes ``https://sheets.googleapis.com``; every call still goes through
  ``HTTPClient.request``, so one subclass rewrites the base URL (tests, proxies), puts a timeout on
  every request (a hanging API must not hang the dashboard) and retries 429/5xx a *bounded* number
  of times (gspread's ``BackOffHTTPClient`` retries forever).
* Values are read as ``FORMATTED_VALUE``: exactly what the operator sees in the sheet, always
  strings, so a phone number ``0812345678`` or Thai digits ``๑๒๓`` are never turned into numbers.
* Every failure becomes a ``SheetError`` with a Thai and an English message that says what to do.
"""

from __future__ import annotations

import functools
import json
import os
import random
import re
import time
import tomllib
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import google.auth.exceptions
import google.auth.transport.requests
import gspread
import requests
from google.auth.transport.requests import AuthorizedSession
from gspread.exceptions import APIError
from gspread.http_client import HTTPClient
from gspread.utils import absolute_range_name, convert_credentials
from requests.adapters import HTTPAdapter

READ_ONLY_SCOPES = ["https://www.googleapis.com/auth/spreadsheets.readonly"]
GOOGLE_SHEETS_ROOT = "https://sheets.googleapis.com"  # the prefix of every URL in gspread/urls.py
API_BASE_ENV = "ITA_SHEETS_API_BASE"
CREDENTIALS_ENV = "GOOGLE_APPLICATION_CREDENTIALS"
SECRETS_SECTION = "gcp_service_account"
# FORMATTED_VALUE: every cell is the string shown in the sheet (leading zeros, Thai digits, dates as
# displayed). UNFORMATTED_VALUE would turn "0812345678"-looking numbers and dates into numbers.
VALUE_RENDER_OPTION = "FORMATTED_VALUE"

ERROR_KINDS = (
    "auth",
    "forbidden",
    "not_found",
    "rate_limited",
    "server",
    "timeout",
    "worksheet_missing",
    "network",
)


class SheetError(Exception):
    """A failure the operator can act on; ``str()`` is ``"Thai / English"``."""

    def __init__(self, kind: str, message_th: str, message_en: str, *, status: int | None = None):
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown SheetError kind {kind!r}")
        super().__init__(f"{message_th} / {message_en}")
        self.kind = kind
        self.message_th = message_th
        self.message_en = message_en
        self.status = status

    def __reduce__(self):  # keep it picklable (multiprocessing, caching)
        return (_rebuild_sheet_error, (self.kind, self.message_th, self.message_en, self.status))


def _rebuild_sheet_error(kind: str, th: str, en: str, status: int | None) -> SheetError:
    return SheetError(kind, th, en, status=status)


@dataclass(frozen=True)
class SheetSource:
    """One worksheet to extract. ``worksheet``: title, 0-based index, or None for the first one."""

    name: str
    kind: str
    spreadsheet: str
    worksheet: str | int | None = None
    mapping: str | None = None


# --------------------------------------------------------------------------------------------------
# Keys and credentials
# --------------------------------------------------------------------------------------------------

_KEY_RE = re.compile(r"^[A-Za-z0-9_-]{10,}$")
# /spreadsheets/d/KEY and /spreadsheets/u/1/d/KEY (URL copied while signed in to several accounts)
_URL_KEY_RE = re.compile(r"/spreadsheets/(?:u/\d+/)?d/([A-Za-z0-9_-]+)")
_URL_PUBLISHED_RE = re.compile(r"/spreadsheets/(?:u/\d+/)?d/e/")
_URL_QUERY_KEY_RE = re.compile(r"[?&#]key=([A-Za-z0-9_-]+)")


def spreadsheet_key(url_or_key: str) -> str:
    """Return the spreadsheet key from an edit/share URL or a bare key.

    A "published to the web" link (``/d/e/2PACX-…``) is refused: that id is not the key the API
    accepts, and silently using it would give a confusing 404 later.
    """
    text = (url_or_key or "").strip()
    if _URL_PUBLISHED_RE.search(text):
        raise SheetError(
            "not_found",
            f"ลิงก์นี้เป็นลิงก์ 'เผยแพร่ทางเว็บ' ไม่ใช่ลิงก์ของสเปรดชีต: ใช้ลิงก์จากแถบที่อยู่ตอนเปิดแก้ไขชีต ({text})",
            f"this is a 'published to the web' link, not the spreadsheet's own URL: "
            f"use the URL shown while editing the sheet ({text})",
        )
    match = _URL_KEY_RE.search(text) or _URL_QUERY_KEY_RE.search(text)
    if match:
        return match.group(1)
    if _KEY_RE.match(text):
        return text
    raise SheetError(
        "not_found",
        f"ไม่พบคีย์สเปรดชีตใน '{text}': ใส่ URL ของ Google Sheets หรือคีย์ของสเปรดชีต",
        f"no spreadsheet key found in '{text}': give a Google Sheets URL or a spreadsheet key",
    )


_REQUIRED_FIELDS = ("client_email", "private_key", "token_uri")


def _check_service_account(info: Mapping[str, Any], origin: str) -> dict:
    info = dict(info)
    if info.get("type", "service_account") != "service_account":
        raise SheetError(
            "auth",
            f"ข้อมูลรับรองใน {origin} ไม่ใช่บัญชีบริการ (type = {info.get('type')!r})",
            f"the credentials in {origin} are not a service account (type = {info.get('type')!r})",
        )
    missing = [f for f in _REQUIRED_FIELDS if not info.get(f)]
    if missing:
        raise SheetError(
            "auth",
            f"ข้อมูลบัญชีบริการใน {origin} ไม่ครบ ขาด: {', '.join(missing)}",
            f"the service-account info in {origin} is incomplete, missing: {', '.join(missing)}",
        )
    key = info["private_key"]
    if "\\n" in key and "\n" not in key:  # pasted with escaped newlines, e.g. "\\n" in TOML
        info["private_key"] = key.replace("\\n", "\n")
    return info


def load_credentials(secrets_path: str | os.PathLike = ".streamlit/secrets.toml") -> dict:
    """Service-account info for gspread.

    Looks first in ``[gcp_service_account]`` of the Streamlit secrets file (how the dashboard is
    deployed), then in the JSON file named by ``GOOGLE_APPLICATION_CREDENTIALS`` (cron/CLI runs).
    """
    path = Path(secrets_path)
    if path.is_file():
        try:
            secrets = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise SheetError(
                "auth",
                f"อ่านไฟล์ {path} ไม่ได้ (รูปแบบ TOML ไม่ถูกต้อง): {exc}",
                f"cannot read {path} (invalid TOML): {exc}",
            ) from exc
        section = secrets.get(SECRETS_SECTION)
        if isinstance(section, Mapping):
            return _check_service_account(section, f"{path} [{SECRETS_SECTION}]")

    env_path = os.environ.get(CREDENTIALS_ENV)
    if env_path:
        json_path = Path(env_path)
        try:
            info = json.loads(json_path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise SheetError(
                "auth",
                f"ไม่พบไฟล์ {json_path} ที่ระบุใน {CREDENTIALS_ENV}",
                f"the file {json_path} named by {CREDENTIALS_ENV} does not exist",
            ) from exc
        except (OSError, ValueError) as exc:
            raise SheetError(
                "auth",
                f"อ่านไฟล์ JSON ของบัญชีบริการ {json_path} ไม่ได้: {exc}",
                f"cannot read the service-account JSON file {json_path}: {exc}",
            ) from exc
        if not isinstance(info, Mapping):
            raise SheetError(
                "auth",
                f"ไฟล์ {json_path} ไม่ใช่ JSON ของบัญชีบริการ",
                f"{json_path} is not a service-account JSON file",
            )
        return _check_service_account(info, str(json_path))

    raise SheetError(
        "auth",
        f"ไม่พบข้อมูลบัญชีบริการ Google: เพิ่มหัวข้อ [{SECRETS_SECTION}] ใน {path} "
        f"หรือกำหนดตัวแปร {CREDENTIALS_ENV} ให้ชี้ไปยังไฟล์ JSON ของคีย์",
        f"no Google service-account credentials: add a [{SECRETS_SECTION}] section to {path} "
        f"or set {CREDENTIALS_ENV} to the key's JSON file",
    )


# --------------------------------------------------------------------------------------------------
# HTTP client: base URL, timeout, bounded retries, request counting
# --------------------------------------------------------------------------------------------------


def _new_stats() -> dict[str, int]:
    return {"requests": 0, "token_requests": 0, "api_requests": 0, "retries": 0}


class _CountingAdapter(HTTPAdapter):
    """Counts every HTTP attempt that leaves the process (also those that then time out)."""

    def __init__(self, stats: MutableMapping[str, int], counter: str):
        super().__init__()
        self._stats = stats
        self._counter = counter

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        self._stats["requests"] += 1
        self._stats[self._counter] += 1
        return super().send(request, stream, timeout, verify, cert, proxies)


def _mount(session: requests.Session, adapter: HTTPAdapter) -> None:
    session.mount("https://", adapter)
    session.mount("http://", adapter)


class BoundedHTTPClient(HTTPClient):
    """gspread's HTTPClient with a base-URL rewrite, a timeout and bounded 429/5xx retries."""

    def __init__(
        self,
        auth,
        session: requests.Session | None = None,
        *,
        api_base: str = GOOGLE_SHEETS_ROOT,
        timeout: float = 30,
        max_retries: int = 5,
        backoff_base: float = 1.0,
        backoff_max: float = 32.0,
        stats: MutableMapping[str, int] | None = None,
    ):
        self.stats = stats if stats is not None else _new_stats()
        credentials = convert_credentials(auth)
        if session is None:
            # Own sessions (not private attributes of AuthorizedSession) so token requests are
            # counted too; the token request gets the same timeout through AuthorizedSession.
            token_session = requests.Session()
            _mount(token_session, _CountingAdapter(self.stats, "token_requests"))
            session = AuthorizedSession(
                credentials, auth_request=google.auth.transport.requests.Request(token_session)
            )
            _mount(session, _CountingAdapter(self.stats, "api_requests"))
            self._token_session: requests.Session | None = token_session
        else:
            self._token_session = None
        super().__init__(credentials, session=session)
        self.auth = credentials  # HTTPClient only sets it when it builds the session itself
        self.api_base = api_base.rstrip("/")
        self.max_retries = max(0, int(max_retries))
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.last_status: int | None = None
        self.set_timeout(timeout)

    def close(self) -> None:
        self.session.close()
        if self._token_session is not None:
            self._token_session.close()

    def _delay(self, retry: int) -> float:
        """Exponential backoff with equal jitter, capped: spreads out clients hitting the quota."""
        delay = min(self.backoff_max, self.backoff_base * 2 ** (retry - 1))
        return delay / 2 + random.uniform(0, delay / 2)

    def request(self, method, endpoint, params=None, data=None, json=None, files=None, headers=None):
        if endpoint.startswith(GOOGLE_SHEETS_ROOT):
            endpoint = self.api_base + endpoint[len(GOOGLE_SHEETS_ROOT) :]
        retry = 0
        while True:
            try:
                response = super().request(
                    method, endpoint, params=params, data=data, json=json, files=files, headers=headers
                )
                self.last_status = response.status_code
                return response
            except APIError as exc:
                status = exc.response.status_code
                self.last_status = status
                if not (status == 429 or status >= 500) or retry >= self.max_retries:
                    raise
            retry += 1
            self.stats["retries"] += 1
            time.sleep(self._delay(retry))


# --------------------------------------------------------------------------------------------------
# Fetch
# --------------------------------------------------------------------------------------------------


def _api_message(exc: APIError) -> str:
    message = exc.error.get("message", "") if isinstance(exc.error, Mapping) else ""
    return str(message)[:300]


def _translate_api_error(exc: APIError, *, key: str, email: str, retries: int, what: str) -> SheetError:
    status = exc.response.status_code
    detail = _api_message(exc)
    if status == 401:
        return SheetError(
            "auth",
            f"คีย์ของบัญชีบริการ {email} ถูกปฏิเสธ (หมดอายุหรือถูกเพิกถอน): สร้างคีย์ใหม่ใน Google Cloud "
            "Console แล้วอัปเดต secrets",
            f"the service-account key was rejected (expired or revoked): create a new key for {email} "
            f"in Google Cloud Console and update the secrets (HTTP 401: {detail})",
            status=status,
        )
    if status == 403:
        reason = json.dumps(exc.error, ensure_ascii=False) if isinstance(exc.error, Mapping) else ""
        if "SERVICE_DISABLED" in reason or "has not been used" in reason or "is disabled" in reason:
            return SheetError(
                "forbidden",
                "ยังไม่ได้เปิดใช้ Google Sheets API ในโปรเจกต์ของบัญชีบริการ: เปิดใช้ใน Google Cloud Console",
                f"the Google Sheets API is not enabled in the project of {email}: "
                f"enable it in Google Cloud Console ({detail})",
                status=status,
            )
        return SheetError(
            "forbidden",
            f"บัญชีบริการไม่มีสิทธิ์เปิดสเปรดชีต {key}: แชร์ชีตให้กับ {email} (สิทธิ์ผู้มีสิทธิ์อ่านก็พอ)",
            f"the service account may not open spreadsheet {key}: share the sheet with {email} "
            "(Viewer is enough)",
            status=status,
        )
    if status == 404:
        return SheetError(
            "not_found",
            f"ไม่พบสเปรดชีตที่มีคีย์ {key}: ตรวจสอบ URL หรือคีย์ของชีต",
            f"no spreadsheet with key {key}: check the sheet's URL or key",
            status=status,
        )
    if status == 429:
        return SheetError(
            "rate_limited",
            f"Google Sheets จำกัดจำนวนคำขอ (HTTP 429) แม้ลองใหม่แล้ว {retries} ครั้ง: รอสักครู่แล้วลองใหม่",
            f"rate limited by Google Sheets (HTTP 429) after {retries} retries: "
            "wait a minute and try again later",
            status=status,
        )
    if status >= 500:
        return SheetError(
            "server",
            f"เซิร์ฟเวอร์ Google Sheets ขัดข้อง (HTTP {status}) แม้ลองใหม่แล้ว {retries} ครั้ง: ลองใหม่ภายหลัง",
            f"Google Sheets server error (HTTP {status}) after {retries} retries: try again later",
            status=status,
        )
    return SheetError(
        "server",
        f"Google Sheets ปฏิเสธคำขอ{what} (HTTP {status}): {detail}",
        f"Google Sheets refused the request for {what} (HTTP {status}): {detail}",
        status=status,
    )


def _is_timeout(exc: BaseException | None) -> bool:
    """google-auth wraps a token-request timeout in TransportError: look down the chain."""
    for _ in range(10):
        if exc is None:
            return False
        if isinstance(exc, requests.exceptions.Timeout):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _choose_sheet(sheets: list[dict], worksheet: str | int | None, key: str) -> dict:
    """Pick the worksheet's properties from the spreadsheet metadata (title, index or first)."""
    props = sorted((s.get("properties", {}) for s in sheets), key=lambda p: p.get("index", 0))
    titles = ", ".join(f"'{p.get('title')}'" for p in props) or "-"
    if worksheet is None:
        if props:
            return props[0]
        wanted_th, wanted_en = "แผ่นงานแรก", "the first worksheet"
    elif isinstance(worksheet, int) and not isinstance(worksheet, bool):
        if 0 <= worksheet < len(props):
            return props[worksheet]
        wanted_th = f"แผ่นงานลำดับที่ {worksheet} (นับจาก 0)"
        wanted_en = f"worksheet index {worksheet} (0-based; there are {len(props)})"
    else:
        for p in props:
            if p.get("title") == worksheet:
                return p
        wanted_th, wanted_en = f"แผ่นงาน '{worksheet}'", f"worksheet '{worksheet}'"
    raise SheetError(
        "worksheet_missing",
        f"ไม่พบ{wanted_th} ในสเปรดชีต {key}; แผ่นงานที่มีอยู่: {titles}",
        f"{wanted_en} not found in spreadsheet {key}; existing worksheets: {titles}",
    )


def _as_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    return cell if isinstance(cell, str) else str(cell)


def _rectangular(values: list[list[Any]]) -> list[list[str]]:
    """Strings only, every row as wide as the widest row (the API drops trailing empty cells).

    Normally that is the header's width; a data row wider than the header widens everything
    (header gets "" names) rather than silently losing cells.
    """
    if not values:
        return []
    width = max(len(row) for row in values)
    return [[_as_text(c) for c in row] + [""] * (width - len(row)) for row in values]


def fetch_values(
    source: SheetSource,
    credentials: Mapping[str, Any],
    *,
    api_base: str | None = None,
    timeout: float = 30,
    max_retries: int = 5,
    backoff_base: float = 1.0,
    backoff_max: float = 32.0,
    stats: dict | None = None,
) -> list[list[str]]:
    """Read one worksheet as rows of strings, header row first ([] for an empty sheet).

    Makes 3 HTTP requests when nothing fails: token, spreadsheet metadata (to resolve the worksheet
    and list the existing ones in errors), values of the whole worksheet. ``stats`` (if given) is
    filled with ``requests``, ``token_requests``, ``api_requests`` and ``retries``, also on error.
    ``api_base`` (else env ``ITA_SHEETS_API_BASE``) replaces ``https://sheets.googleapis.com``.
    """
    key = spreadsheet_key(source.spreadsheet)
    base = api_base or os.environ.get(API_BASE_ENV) or GOOGLE_SHEETS_ROOT
    email = str(credentials.get("client_email") or "?")
    if stats is None:
        stats = {}
    stats.update(_new_stats())
    client_factory = functools.partial(
        BoundedHTTPClient,
        api_base=base,
        timeout=timeout,
        max_retries=max_retries,
        backoff_base=backoff_base,
        backoff_max=backoff_max,
        stats=stats,
    )
    try:
        gc = gspread.service_account_from_dict(
            dict(credentials),
            scopes=READ_ONLY_SCOPES,
            # gspread types it as the class but only calls it: http_client(auth=..., session=...)
            http_client=client_factory,  # type: ignore[arg-type]
        )
    except (ValueError, KeyError, TypeError) as exc:
        raise SheetError(
            "auth",
            f"ข้อมูลบัญชีบริการไม่ถูกต้อง ({email}): {exc}",
            f"the service-account credentials are malformed ({email}): {exc}",
        ) from exc

    http: BoundedHTTPClient = gc.http_client  # type: ignore[assignment]
    what = "spreadsheet metadata"
    try:
        # Low-level gspread calls: open_by_key() + worksheet() would fetch the metadata twice.
        metadata = http.fetch_sheet_metadata(key, params={"includeGridData": "false"})
        props = _choose_sheet(metadata.get("sheets", []), source.worksheet, key)
        what = f"worksheet '{props.get('title')}'"
        response = http.values_get(
            key,
            absolute_range_name(props["title"]),
            params={"valueRenderOption": VALUE_RENDER_OPTION, "majorDimension": "ROWS"},
        )
    except APIError as exc:
        raise _translate_api_error(exc, key=key, email=email, retries=stats["retries"], what=what) from exc
    except google.auth.exceptions.RefreshError as exc:
        said = str(exc.args[0]) if exc.args else str(exc)
        if getattr(exc, "retryable", False):  # token endpoint 5xx/429, already retried by google-auth
            raise SheetError(
                "server",
                f"บริการออกโทเค็นของ Google ขัดข้อง: ลองใหม่ภายหลัง ({said})",
                f"Google's token endpoint failed: try again later ({said})",
            ) from exc
        raise SheetError(
            "auth",
            f"คีย์ของบัญชีบริการ {email} ถูกปฏิเสธ (หมดอายุหรือถูกเพิกถอน): สร้างคีย์ใหม่ใน Google Cloud "
            f"Console แล้วอัปเดต secrets ({said})",
            f"the service-account key was rejected (expired or revoked): create a new key for {email} "
            f"in Google Cloud Console and update the secrets (token endpoint said: {said})",
        ) from exc
    except (requests.exceptions.RequestException, google.auth.exceptions.TransportError) as exc:
        if _is_timeout(exc):
            raise SheetError(
                "timeout",
                f"หมดเวลารอ Google Sheets หลังจาก {timeout:g} วินาที ({what}): ลองใหม่ภายหลัง",
                f"timeout after {timeout:g} s waiting for Google Sheets ({what}): try again later",
            ) from exc
        raise SheetError(
            "network",
            f"เชื่อมต่อ Google Sheets ไม่ได้ ({what}): ตรวจสอบอินเทอร์เน็ต/พร็อกซี ({exc})",
            f"cannot reach Google Sheets ({what}): check the network or proxy ({exc})",
        ) from exc
    finally:
        http.close()
    return _rectangular(response.get("values", []))
