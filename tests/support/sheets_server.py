"""A local fake of the Google Sheets API v4 and the OAuth 2.0 token endpoint, plus pytest fixtures.

Why: etl/sheets.py must be tested through real gspread and real google-auth (JWT signing, token
exchange, URL building, error parsing), not by patching them. This server answers the exact
requests gspread 6.2 sends (see gspread/http_client.py and gspread/urls.py):

* ``POST /token``                                 JWT-bearer grant, signature checked with the
                                                  public key of a registered service account
* ``GET  /v4/spreadsheets/{key}``                 metadata (``includeGridData=false``)
* ``GET  /v4/spreadsheets/{key}/values/{range}``  ``values_get``; range e.g. ``'Sheet1'``,
                                                  ``'Sheet1'!A1:C``, ``A1:C3``
* ``GET  /v4/spreadsheets/{key}/values:batchGet`` ``values_batch_get`` (``ranges=…&ranges=…``)

Faults (429 bursts, 500, 403, 404, 401, hangs, invalid_grant) can be injected, and every request
is recorded so tests can count them. Register the fixtures with
``pytest_plugins = ["tests.support.sheets_server"]``.

PYTEST_DONT_REWRITE (no asserts here; test modules import this before pytest_plugins loads it)
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from google.auth import exceptions as google_auth_exceptions
from google.auth import jwt

JWT_GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer"
# google-auth always signs aud = Google's token endpoint, even when token_uri points elsewhere
# (google/oauth2/service_account.py, _GOOGLE_OAUTH2_TOKEN_ENDPOINT); Google checks exactly that.
GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token"
MAX_HANG_SECONDS = 5.0  # a "hanging" handler never sleeps longer than this


@dataclass
class RecordedRequest:
    method: str
    path: str  # percent-decoded path
    query: dict[str, list[str]]
    authorization: str | None


@dataclass
class Fault:
    """Answer ``status`` (or hang ``hang`` seconds) to the next ``times`` matching requests.

    ``target``: "api" (Sheets endpoints), "token" or "any"; ``times=None`` means forever.
    """

    status: int | None = None
    times: int | None = 1
    target: str = "api"
    hang: float | None = None
    body: dict | None = None


@dataclass
class _Account:
    public_key_pem: bytes
    key_id: str
    revoked: bool = False


@dataclass
class _Spreadsheet:
    title: str
    sheets: list[tuple[str, list[list[Any]]]] = field(default_factory=list)


_STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "BAD_GATEWAY",
    503: "UNAVAILABLE",
}

_A1_RE = re.compile(r"^([A-Z]*)(\d*)(?::([A-Z]*)(\d*))?$")


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def _col_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _render(cell: Any, option: str) -> Any:
    """Emulate valueRenderOption: FORMATTED_VALUE gives strings, the others keep numbers."""
    if cell is None:
        return ""
    if option == "FORMATTED_VALUE":
        if isinstance(cell, bool):
            return "TRUE" if cell else "FALSE"
        if isinstance(cell, float) and cell.is_integer():
            return str(int(cell))
        return str(cell)
    return cell


def _trim(rows: list[list[Any]]) -> list[list[Any]]:
    """The real API drops trailing empty cells of each row and trailing empty rows."""
    out = []
    for row in rows:
        row = list(row)
        while row and row[-1] in ("", None):
            row.pop()
        out.append(row)
    while out and not out[-1]:
        out.pop()
    return out


class FakeSheetsServer:
    """Threaded stdlib HTTP server on 127.0.0.1 (random port) faking Sheets API v4 + OAuth."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.spreadsheets: dict[str, _Spreadsheet] = {}
        self.accounts: dict[str, _Account] = {}
        self.tokens: dict[str, tuple[str, str, float]] = {}  # token -> (email, scope, expiry)
        self.faults: list[Fault] = []
        self.requests: list[RecordedRequest] = []
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.02,), daemon=True)

    # -- lifecycle -------------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def token_uri(self) -> str:
        return self.url + "/token"

    def start(self) -> FakeSheetsServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()  # wakes hanging handlers
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    # -- configuration ---------------------------------------------------------------------------
    def add_spreadsheet(
        self, key: str, sheets: Sequence[tuple[str, list[list[Any]]]], title: str = "แบบฟอร์ม"
    ) -> None:
        """Register a spreadsheet: ``sheets`` is ``[(title, rows), ...]`` in tab order."""
        with self._lock:
            self.spreadsheets[key] = _Spreadsheet(title, [(t, [list(r) for r in rows]) for t, rows in sheets])

    def register_account(self, client_email: str, public_key_pem: bytes, key_id: str) -> None:
        with self._lock:
            self.accounts[client_email] = _Account(public_key_pem, key_id)

    def revoke(self, client_email: str) -> None:
        """From now on the token endpoint answers invalid_grant for this account (deleted key)."""
        with self._lock:
            self.accounts[client_email].revoked = True

    def inject(self, fault: Fault) -> None:
        with self._lock:
            self.faults.append(fault)

    def fail(self, status: int, times: int | None = 1, target: str = "api", body: dict | None = None) -> None:
        self.inject(Fault(status=status, times=times, target=target, body=body))

    def hang(self, seconds: float = MAX_HANG_SECONDS, times: int | None = None, target: str = "api") -> None:
        self.inject(Fault(hang=min(seconds, MAX_HANG_SECONDS), times=times, target=target))

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()

    def requests_to(self, prefix: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.startswith(prefix)]

    # -- used by the handler ---------------------------------------------------------------------
    def _take_fault(self, target: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.target in (target, "any") and (fault.times is None or fault.times > 0):
                    if fault.times is not None:
                        fault.times -= 1
                    return fault
        return None

    def _record(self, method: str, raw_path: str, authorization: str | None) -> None:
        parts = urlsplit(raw_path)
        with self._lock:
            self.requests.append(
                RecordedRequest(method, unquote(parts.path), parse_qs(parts.query), authorization)
            )

    def _issue_token(self, form: dict[str, list[str]]) -> tuple[int, dict]:
        if form.get("grant_type", [""])[0] != JWT_GRANT_TYPE:
            return 400, {"error": "unsupported_grant_type", "error_description": "Invalid grant_type."}
        assertion = form.get("assertion", [""])[0]
        try:
            claims = jwt.decode(assertion, verify=False)
        except (ValueError, google_auth_exceptions.GoogleAuthError):
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT."}
        account = self.accounts.get(claims.get("iss", ""))
        if account is None:
            return 400, {"error": "invalid_grant", "error_description": "Invalid grant: account not found"}
        if account.revoked:  # what Google answers for a deleted/disabled key
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
        try:  # checks the signature (kid must match), aud, iat/exp
            claims = jwt.decode(
                assertion,
                certs={account.key_id: account.public_key_pem},
                audience=[GOOGLE_TOKEN_AUDIENCE, self.token_uri],
            )
        except (ValueError, google_auth_exceptions.GoogleAuthError) as exc:
            return 400, {"error": "invalid_grant", "error_description": f"Invalid JWT: {exc}"}
        token = "ya29.fake-" + secrets.token_urlsafe(16)
        with self._lock:
            self.tokens[token] = (claims["iss"], claims.get("scope", ""), time.time() + 3600)
        return 200, {"access_token": token, "expires_in": 3599, "token_type": "Bearer"}

    def _check_bearer(self, authorization: str | None) -> bool:
        if not authorization or not authorization.startswith("Bearer "):
            return False
        entry = self.tokens.get(authorization[len("Bearer ") :])
        return entry is not None and entry[2] > time.time()

    def _wait(self, seconds: float) -> None:
        self._stop.wait(min(seconds, MAX_HANG_SECONDS))

    # -- Sheets API emulation --------------------------------------------------------------------
    def _metadata(self, key: str, book: _Spreadsheet) -> dict:
        sheets = []
        for index, (title, rows) in enumerate(book.sheets):
            width = max((len(r) for r in rows), default=0)
            sheets.append(
                {
                    "properties": {
                        "sheetId": 1000 * index,  # first sheet has gid 0, like Google
                        "title": title,
                        "index": index,
                        "sheetType": "GRID",
                        "gridProperties": {
                            "rowCount": max(1000, len(rows)),
                            "columnCount": max(26, width),
                        },
                    }
                }
            )
        return {
            "spreadsheetId": key,
            "properties": {"title": book.title, "locale": "th_TH", "timeZone": "Asia/Bangkok"},
            "sheets": sheets,
            "spreadsheetUrl": f"https://docs.google.com/spreadsheets/d/{key}/edit",
        }

    def _value_range(self, book: _Spreadsheet, range_name: str, query: dict[str, list[str]]) -> dict:  # noqa: C901 - the Sheets API's range grammar, case by case
        """Resolve an A1 range against a registered sheet; raises ValueError for a bad range."""
        option = query.get("valueRenderOption", ["FORMATTED_VALUE"])[0]
        if option not in ("FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"):
            raise ValueError(f"Invalid valueRenderOption: {option}")
        if query.get("majorDimension", ["ROWS"])[0] != "ROWS":
            raise ValueError("only majorDimension=ROWS is emulated")
        titles = {t: rows for t, rows in book.sheets}
        if range_name.startswith("'"):
            end = 1
            while True:
                end = range_name.find("'", end)
                if end < 0:
                    raise ValueError(f"Unable to parse range: {range_name}")
                if range_name[end : end + 2] == "''":
                    end += 2
                    continue
                break
            title = range_name[1:end].replace("''", "'")
            rest = range_name[end + 1 :]
            if rest and not rest.startswith("!"):
                raise ValueError(f"Unable to parse range: {range_name}")
            cells = rest[1:]
        elif "!" in range_name:
            title, cells = range_name.rsplit("!", 1)
        elif range_name in titles:
            title, cells = range_name, ""
        else:
            title, cells = book.sheets[0][0], range_name
        if title not in titles:
            raise ValueError(f"Unable to parse range: {range_name}")
        rows = titles[title]
        r0, r1, c0, c1 = 0, None, 0, None
        if cells:
            m = _A1_RE.match(cells.upper())
            if not m or not any(m.groups()):
                raise ValueError(f"Unable to parse range: {range_name}")
            col_a, row_a, col_b, row_b = m.groups()
            single = col_b is None and row_b is None
            c0 = _col_index(col_a) if col_a else 0
            r0 = int(row_a) - 1 if row_a else 0
            c1 = (_col_index(col_b) + 1 if col_b else None) if not single else c0 + 1
            r1 = (int(row_b) if row_b else None) if not single else r0 + 1
        selected = [[_render(c, option) for c in row[c0:c1]] for row in rows[r0:r1]]
        selected = _trim(selected)
        quoted = "'" + title.replace("'", "''") + "'"
        width = max((len(r) for r in selected), default=0)
        if selected:
            a1 = f"{_col_letters(c0)}{r0 + 1}:{_col_letters(c0 + max(width, 1) - 1)}{r0 + len(selected)}"
        else:
            a1 = f"{_col_letters(c0)}{r0 + 1}"
        result: dict[str, Any] = {"range": f"{quoted}!{a1}", "majorDimension": "ROWS"}
        if selected:  # like Google: no "values" key at all for an empty range
            result["values"] = selected
        return result

    def handle_api(self, method: str, raw_path: str) -> tuple[int, dict]:
        parts = urlsplit(raw_path)
        query = parse_qs(parts.query)
        segments = parts.path.split("/")  # split before decoding: a range may contain %2F
        if method != "GET" or len(segments) < 4 or segments[1:3] != ["v4", "spreadsheets"]:
            return 404, _google_error(404, "Requested entity was not found.")
        key = unquote(segments[3])
        rest = segments[4:]
        book = self.spreadsheets.get(key)
        if book is None:
            return 404, _google_error(404, "Requested entity was not found.")
        try:
            if not rest:
                return 200, self._metadata(key, book)
            if rest == ["values:batchGet"]:
                ranges = query.get("ranges", [])
                return 200, {
                    "spreadsheetId": key,
                    "valueRanges": [self._value_range(book, r, query) for r in ranges],
                }
            if len(rest) == 2 and rest[0] == "values":
                return 200, self._value_range(book, unquote(rest[1]), query)
        except ValueError as exc:
            return 400, _google_error(400, str(exc))
        return 404, _google_error(404, "Requested entity was not found.")


def _google_error(code: int, message: str) -> dict:
    return {"error": {"code": code, "message": message, "status": _STATUS_NAMES.get(code, "UNKNOWN")}}


def _make_handler(server: FakeSheetsServer) -> type[BaseHTTPRequestHandler]:  # noqa: C901 - a dispatcher over the Sheets API's routes
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like the real API

        def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
            pass

        def _send(self, status: int, body: dict) -> None:
            payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except OSError:  # the client gave up (timeout) while we were hanging
                self.close_connection = True

        def _dispatch(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            authorization = self.headers.get("Authorization")
            server._record(method, self.path, authorization)
            is_token = urlsplit(self.path).path == "/token"
            fault = server._take_fault("token" if is_token else "api")
            if fault is not None and fault.hang:
                server._wait(fault.hang)
                self.close_connection = True
                return self._send(503, _google_error(503, "The service is currently unavailable."))
            if fault is not None and fault.status is not None:
                if is_token:
                    return self._send(fault.status, fault.body or {"error": "server_error"})
                message = {
                    401: "Request had invalid authentication credentials.",
                    403: "The caller does not have permission",
                    404: "Requested entity was not found.",
                    429: "Quota exceeded for quota metric 'Read requests'.",
                }.get(fault.status, "Internal error encountered.")
                return self._send(fault.status, fault.body or _google_error(fault.status, message))
            if is_token:
                if method != "POST":
                    return self._send(405, {"error": "invalid_request"})
                form = parse_qs(body.decode("utf-8"))
                return self._send(*server._issue_token(form))
            if not server._check_bearer(authorization):
                return self._send(401, _google_error(401, "Request had invalid authentication credentials."))
            return self._send(*server.handle_api(method, self.path))

        def do_GET(self) -> None:
            self._dispatch("GET")

        def do_POST(self) -> None:
            self._dispatch("POST")

    return Handler


def make_service_account(
    server: FakeSheetsServer,
    client_email: str = "ita-dashboard@ita-test.iam.gserviceaccount.com",
    *,
    register: bool = True,
) -> dict:
    """A service-account dict like Google's JSON key, with a fresh RSA key.

    ``token_uri`` points at ``server``; with ``register`` the server learns the public key (else
    the key is one the server never saw, like a key from another project).
    """
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    key_id = secrets.token_hex(20)
    if register:
        server.register_account(client_email, public_pem, key_id)
    return {
        "type": "service_account",
        "project_id": "ita-test",
        "private_key_id": key_id,
        "private_key": private_pem,
        "client_email": client_email,
        "client_id": "123456789012345678901",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": server.token_uri,
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/ita-dashboard",
        "universe_domain": "googleapis.com",
    }


def point_refreshes_at(server: FakeSheetsServer, folder, monkeypatch, sources: str) -> None:
    """Refreshes (here and in child processes) read `sources` (sources.toml text) from the fake server,
    with a service-account key the server knows."""
    from pathlib import Path

    key_file = Path(folder) / "service-account.json"
    key_file.write_text(json.dumps(make_service_account(server)))
    sources_file = Path(folder) / "sources.toml"
    sources_file.write_text(sources, encoding="utf-8")
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(key_file))
    monkeypatch.setenv("ITA_SHEETS_API_BASE", server.url)
    monkeypatch.setenv("ITA_SOURCES", str(sources_file))


@pytest.fixture
def sheets_server() -> Iterator[FakeSheetsServer]:
    """A fresh fake server per test (faults and recorded requests do not leak between tests)."""
    server = FakeSheetsServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def service_account(sheets_server: FakeSheetsServer) -> dict:
    """Service-account info whose ``token_uri`` is the fake server and whose key it knows."""
    return make_service_account(sheets_server)
