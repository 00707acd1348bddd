"""Debian's Chromium driven by Playwright (never a downloaded browser): the one launcher the tests and
the benchmark share (`tests/support/browser.py`, `bench/run.py`)."""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright, **options):
    """`playwright.chromium.launch` on Debian's binary with our flags (the sync API or the async one)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, **options)
