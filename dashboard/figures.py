"""Chart builders with their figures cached, so a page view does not rebuild the same plotly figure.

Building a figure validates every property in Python (1.2 s for the unit ranking of 2,000 units at 1M
responses, issue #20) and runs under the GIL, so with many viewers it is what the one process spends
its core on. The builders are pure (DataFrame in, figure out), so the figure for the same frames and
arguments is the same: it is kept as its JSON per replica, keyed by a hash of the arguments (a query
result is the same frame for one database version, so a refresh changes the key by itself), and each
view gets a new, unvalidated Figure made from that JSON (~20 ms): a page may still change its own
copy (update_layout, annotations) without touching anyone else's.

    from dashboard.figures import cached
    from charts import awareness as _awareness
    charts = cached(_awareness)            # charts.unit_ranking(...) as before
"""

from __future__ import annotations

import hashlib
import inspect
import json
import pickle
import threading
from collections import OrderedDict
from types import ModuleType

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

MAX_FIGURES = 512  # a few hundred kB each at most; per replica
_cache: OrderedDict[str, str] = OrderedDict()
_lock = threading.Lock()
stats = {"hits": 0, "misses": 0, "uncached": 0}


class _Unhashable(Exception):
    pass


def _digest(h, value) -> None:
    if isinstance(value, pd.DataFrame):
        h.update(b"df")
        h.update(repr((list(value.columns), [str(t) for t in value.dtypes], value.shape)).encode())
        try:
            h.update(pd.util.hash_pandas_object(value, index=True).values.tobytes())
        except TypeError as exc:  # list or dict cells
            raise _Unhashable from exc
    elif isinstance(value, pd.Series):
        _digest(h, value.to_frame())
    elif isinstance(value, (str, int, float, bool, type(None))):
        h.update(repr((type(value).__name__, value)).encode())
    elif isinstance(value, (list, tuple)):
        h.update(f"{type(value).__name__}{len(value)}".encode())
        for v in value:
            _digest(h, v)
    elif isinstance(value, dict):
        h.update(f"dict{len(value)}".encode())
        for k in sorted(value, key=repr):
            _digest(h, k)
            _digest(h, value[k])
    else:
        try:
            h.update(pickle.dumps(value))
        except Exception as exc:  # anything else: build it, do not cache
            raise _Unhashable from exc


def _key(name: str, args: tuple, kwargs: dict) -> str:
    h = hashlib.blake2b(name.encode(), digest_size=20)
    _digest(h, list(args))
    _digest(h, kwargs)
    return h.hexdigest()


def figure(builder, *args, **kwargs) -> go.Figure:
    """builder(*args, **kwargs), from the cache when the same arguments were seen before."""
    name = f"{builder.__module__}.{builder.__qualname__}"
    try:
        key = _key(name, args, kwargs)
    except _Unhashable:
        stats["uncached"] += 1
        return builder(*args, **kwargs)
    with _lock:
        spec = _cache.get(key)
        if spec is not None:
            _cache.move_to_end(key)
    if spec is None:
        stats["misses"] += 1
        fig = builder(*args, **kwargs)
        spec = pio.to_json(fig, validate=False)
        with _lock:
            _cache[key] = spec
            while len(_cache) > MAX_FIGURES:
                _cache.popitem(last=False)
        return fig  # the caller owns this one; the cache keeps the JSON
    stats["hits"] += 1
    return go.Figure(json.loads(spec), _validate=False)


def _returns_figure(fn) -> bool:
    ann = inspect.signature(fn).return_annotation
    return ann is go.Figure or ann in ("go.Figure", "Figure", "plotly.graph_objects.Figure")


def _takes_figure(fn) -> bool:
    params = list(inspect.signature(fn).parameters.values())
    return bool(params) and params[0].annotation in (go.Figure, "go.Figure")


class _Cached:
    """A chart module whose figure builders go through the cache; everything else is the module's own."""

    def __init__(self, module: ModuleType):
        self._module = module
        self._wrapped: dict[str, object] = {}

    def __getattr__(self, attr: str):
        if attr not in self._wrapped:  # inspected once: a page may call unit_label once per unit
            self._wrapped[attr] = self._wrap(attr)
        return self._wrapped[attr]

    def _wrap(self, attr: str):
        value = getattr(self._module, attr)
        # A builder returns a figure; one that changes a figure it is given (with_annotations) is not cached.
        if inspect.isfunction(value) and _returns_figure(value) and not _takes_figure(value):

            def build(*args, **kwargs):
                return figure(value, *args, **kwargs)

            build.__doc__ = value.__doc__
            return build
        return value


def cached(module: ModuleType) -> _Cached:
    return _Cached(module)


def clear() -> None:
    with _lock:
        _cache.clear()
