"""Reading the served database from the app.

The file is opened read-only through an in-memory connection that ATTACHes it, keyed by the file's
inode and mtime: after an ETL publish (an atomic file swap) the next query sees the new file at once,
while a plain reconnect in the same process could keep returning the old data. Results are cached
per database version, so a refresh invalidates them without any clearing.
"""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

import queries
from etl import config


def db_file() -> Path:
    return config.db_path()


def db_version(path: Path | None = None) -> tuple | None:
    """(inode, mtime, size) of the served file, or None if there is none."""
    path = path or db_file()
    try:
        s = os.stat(path)
    except FileNotFoundError:
        return None
    return (s.st_ino, s.st_mtime_ns, s.st_size)


@st.cache_resource(max_entries=2, show_spinner=False)
def _connection(path: str, version: tuple) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:", config={"threads": 2})
    con.execute("ATTACH ? AS ita (READ_ONLY)", [path])
    con.execute("USE ita")
    return con


@st.cache_data(max_entries=1000, ttl=6 * 3600, show_spinner=False)
def _ask(path: str, version: tuple, name: str, params: tuple) -> pd.DataFrame:
    return queries.run(_connection(path, version), name, catalog="ita", **dict(params))


def ask(name: str, **params) -> pd.DataFrame:
    """Ask one of the questions in queries/ with bound parameters; cached per database version."""
    path = db_file()
    version = db_version(path)
    if version is None:
        raise FileNotFoundError(path)
    return _ask(str(path), version, name, tuple(sorted(params.items())))
