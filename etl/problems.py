"""A problem with one input row or file, saying what to fix: a label (i18n/labels/problems.py) and its values,
rendered in the language of whoever shows it (i18n.messages)."""

from __future__ import annotations

from i18n.messages import Message, Problem, pair


class InputProblem(Problem):
    """Raised for input a person must fix; says where it happened (``column``).

    ``InputProblem("problem.<name>", column=..., **values)``; the older ``InputProblem(th, en)`` (two
    hand-written sentences) is still accepted while the remaining ETL messages move to labels.
    """

    def __init__(self, key: str | Message, en: str | None = None, /, *, column: str | None = None, **values):
        if en is not None:
            assert isinstance(key, str)
            key = pair(key, en)
        super().__init__(key, **values)
        self.column = column

    def located(self, column: str | None) -> InputProblem:
        return InputProblem(self.said, column=column)
