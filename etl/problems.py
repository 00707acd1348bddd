"""A problem with one input row or file, saying what to fix: a label (i18n/labels/problems.py) and its values,
rendered in the language of whoever shows it (i18n.messages)."""

from __future__ import annotations

from i18n.messages import Message, Problem


class InputProblem(Problem):
    """Raised for input a person must fix; says where it happened (``column``).

    ``InputProblem("problem.<name>", column=..., **values)``: the label's text is in
    i18n/labels/etl_problems.py (or problems.py), never written here.
    """

    def __init__(self, key: str | Message, /, *, column: str | None = None, **values):
        super().__init__(key, **values)
        self.column = column

    def located(self, column: str | None) -> InputProblem:
        return InputProblem(self.said, column=column)
