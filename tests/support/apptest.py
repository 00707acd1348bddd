"""What the AppTest page tests share besides the `open_app` factory (tests/conftest.py): the sign-in
secrets, a checked rerun, the text a page shows, and plotly's arrays read back."""

from __future__ import annotations

import base64
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[2] / "app.py"
STRONG = "3f1c9a7be2d84c06a5f19e73b0d2c4a8e6f7b9d1c3a5e7f9"
AUTH = {
    "auth": {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": STRONG,
        "client_id": "ita",
        "client_secret": "s",
        "server_metadata_url": "http://127.0.0.1:9/.well-known",
    }
}
TEXT_ELEMENTS = ("error", "warning", "info", "success", "markdown", "text", "subheader")


def rerun(at: AppTest) -> AppTest:
    """Run the script again (after a widget change) and fail on any exception it raised."""
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Every message, markdown, text and subheader on the page, one a line."""
    return "\n".join(str(e.value) for kind in TEXT_ELEMENTS for e in getattr(at, kind))


def plotly_array(value) -> list:
    """A plotly array from a figure spec: plain JSON list, or plotly's typed array (base64 + dtype)."""
    if isinstance(value, dict) and "bdata" in value:
        import numpy as np

        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"]).tolist()
    return list(value)
