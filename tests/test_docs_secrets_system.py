"""The admin docs work as written: README's one-liner turns a service-account JSON key into a
[gcp_service_account] section the app reads (private_key's newlines kept as \\n on one line), and the
secrets example has the [auth] section README points to."""

from __future__ import annotations

import json
import re
import subprocess
import tomllib
from pathlib import Path

from etl import sheets
from tests.support.sheets_server import FakeSheetsServer, make_service_account

pytest_plugins = ["tests.support.sheets_server"]
ROOT = Path(__file__).resolve().parent.parent


def _one_liner() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [command] = re.findall(r"^\s*(python3 -c '.*?' key\.json) >> \.streamlit/secrets\.toml$", readme, re.M)
    return command


def test_the_readme_one_liner_makes_a_secrets_section_the_app_reads(
    sheets_server: FakeSheetsServer, tmp_path
):
    key = make_service_account(sheets_server)
    assert "\n" in key["private_key"]  # a real PEM: several lines
    (tmp_path / "key.json").write_text(json.dumps(key, indent=2), encoding="utf-8")
    secrets = tmp_path / "secrets.toml"
    secrets.write_text('[auth]\ncookie_secret = "x"\n\n', encoding="utf-8")  # appended after [auth]
    made = subprocess.run(
        ["bash", "-c", _one_liner()], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    with secrets.open("a", encoding="utf-8") as out:
        out.write(made.stdout)
    line = next(x for x in made.stdout.splitlines() if x.startswith("private_key ="))
    assert "\\n" in line and line.endswith('"')  # one line, newlines escaped
    parsed = tomllib.loads(secrets.read_text(encoding="utf-8"))
    assert parsed["gcp_service_account"] == key and parsed["auth"] == {"cookie_secret": "x"}
    assert sheets.load_credentials(secrets)["private_key"] == key["private_key"]


def test_the_secrets_example_has_both_sections_the_readme_names():
    example = tomllib.loads((ROOT / ".streamlit" / "secrets.example.toml").read_text(encoding="utf-8"))
    assert set(example["auth"]) >= {"redirect_uri", "cookie_secret", "client_id", "client_secret",
                                    "server_metadata_url"}  # fmt: skip
    assert example["gcp_service_account"]["type"] == "service_account"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "`.streamlit/secrets.example.toml`" in readme and "[auth]" in readme
