"""Text said far from where it is shown: a label key and its values, rendered with ``t()`` by whoever shows it.

An error raised deep in the ETL (a bad cell, a refused file) reaches the command line, which prints both
languages, and the app, which shows the viewer's. Neither the error nor its raiser writes two sentences:
it carries ``Message(key, values)``; ``text(lang)`` renders it. A value that is itself a ``Message`` (or a
``Problem``) is rendered in the same language, so one message can quote another ("file.xlsx: <why>").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from i18n import t


def _render(value: object, lang: str) -> object:
    return value.text(lang) if isinstance(value, Message | Problem) else value


@dataclass(frozen=True)
class Message:
    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str = "en") -> str:
        return t(self.key, lang, **{k: _render(v, lang) for k, v in self.values.items()})

    @property
    def th(self) -> str:
        return self.text("th")

    @property
    def en(self) -> str:
        return self.text("en")

    def both(self) -> str:
        """The command line's form: Thai, then English."""
        return f"{self.th} / {self.en}"


def said(key: str, **values: object) -> Message:
    return Message(key, values)


class Problem(ValueError):
    """An error a person must act on, said as a label: ``Problem("key", name=...)``.

    ``str()`` is both languages (logs, the command line); ``text(lang)``/``message(lang)`` one of them;
    ``th``/``en`` for code that stores both (the quarantine's reason_th/reason_en columns).
    """

    def __init__(self, key: str | Message, /, **values: object):
        self.said = key if isinstance(key, Message) else Message(key, values)
        super().__init__(self.said.both())

    def text(self, lang: str = "en") -> str:
        return self.said.text(lang)

    message = text

    @property
    def th(self) -> str:
        return self.said.th

    @property
    def en(self) -> str:
        return self.said.en
