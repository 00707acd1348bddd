"""Reading the served database from the app.

The file is opened read-only through an in-memory connection that ATTACHes it, keyed by the file's
inode and mtime: after an ETL publish (an atomic file swap) the next query sees the new file at once,
while a plain reconnect in the same process could keep returning the old data. Results are cached
per database version, so a refresh invalidates them without any clearing.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st
from pandas.io.formats.style import Styler

import queries
from dashboard import frozen_tables
from runtime import config


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
def connection(path: str, version: tuple) -> duckdb.DuckDBPyConnection:
    """The database of this version, attached read-only: one connection the sessions share (cached)."""
    con = duckdb.connect(":memory:", config={"threads": 2})
    con.execute("ATTACH ? AS ita (READ_ONLY)", [path])
    con.execute("USE ita")
    return con


@st.cache_resource(max_entries=1000, ttl=6 * 3600, show_spinner=False)
def _answer(path: str, version: tuple, name: str, params: tuple) -> pd.DataFrame:
    frame = queries.run(connection(path, version), name, catalog="ita", **dict(params))
    # The copies share their index's lazily built lookups: build them now, before any thread shares them
    # (pandas-dev/pandas#21150: is_unique raced on first use from two threads).
    _ = frame.index.is_unique, frame.columns.is_unique, frame.columns.get_indexer(frame.columns[:1])
    return frame


def _ask(path: str, version: tuple, name: str, params: tuple) -> pd.DataFrame:
    """The cached answer as a shallow copy: its columns are the cache's own (copy-on-write, pandas 3,
    so a page that changes its copy through pandas changes nothing else; only writing into a column's
    ``.array`` would reach the shared answer, and no page does). A deep copy per call (st.cache_data
    unpickles one) cost CPU on every view and stayed with each session's download buttons until the
    session expired: ~1.4 MB a session for the ranking by unit alone at 1M responses (issue #20)."""
    return _answer(path, version, name, params).copy(deep=False)


def ask(name: str, **params) -> pd.DataFrame:
    """Ask one of the questions in queries/ with bound parameters; cached per database version."""
    path = db_file()
    version = db_version(path)
    if version is None:
        raise FileNotFoundError(path)
    return _ask(str(path), version, name, tuple(sorted(params.items())))


@st.cache_data(max_entries=200, ttl=6 * 3600, show_spinner=False)
def _derive(path: str, version: tuple, fn: str, name: str, params: tuple, args: tuple, kwargs: tuple):
    module, _, qualname = fn.partition(":")
    func = getattr(importlib.import_module(module), qualname)
    return func(_ask(path, version, name, params), *args, **dict(kwargs))


def derive(fn, name: str, params: dict, *args, **kwargs):
    """fn(ask(name, **params), *args, **kwargs) for a pure module-level fn, cached like ask: per database
    version and arguments, so work every viewer would repeat on the same rows (the compliance matrix
    and reminder letters for 2,000 units, issue #20) is done once per replica and file version."""
    return _derive(*_derive_key(fn, name, params, args, kwargs))


def _derive_key(fn, name: str, params: dict, args: tuple, kwargs: dict) -> tuple:
    """derive's cache arguments: the file and its version, fn as "module:qualname", the query and the rest."""
    path = db_file()
    version = db_version(path)
    if version is None:
        raise FileNotFoundError(path)
    ref = f"{fn.__module__}:{fn.__qualname__}"
    return str(path), version, ref, name, tuple(sorted(params.items())), args, tuple(sorted(kwargs.items()))


@st.cache_resource(max_entries=50, ttl=6 * 3600, show_spinner=False)
def _derive_shared(path: str, version: tuple, fn: str, name: str, params: tuple, args: tuple, kwargs: tuple):
    module, _, qualname = fn.partition(":")
    func = getattr(importlib.import_module(module), qualname)
    value = func(_ask(path, version, name, params), *args, **dict(kwargs))
    if isinstance(value, Styler):
        key = hashlib.blake2b(repr((fn, name, params, args, kwargs)).encode(), digest_size=8).hexdigest()
        value = frozen_tables.freeze(value, f"t{key}")
    return value


def derive_shared(fn, name: str, params: dict, *args, **kwargs):
    """As derive, but one object shared by every session of the replica (not a copy): for results the
    page only reads, such as a styled table (its styles computed once, not on every view)."""
    return _derive_shared(*_derive_key(fn, name, params, args, kwargs))
