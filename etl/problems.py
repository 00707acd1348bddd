"""A problem with one input row or file, said in Thai and in English, saying what to fix."""

from __future__ import annotations


class InputProblem(ValueError):
    """Raised for input a person must fix; carries both languages and where it happened."""

    def __init__(self, th: str, en: str, *, column: str | None = None):
        super().__init__(f"{th} / {en}")
        self.th = th
        self.en = en
        self.column = column

    def located(self, column: str | None) -> InputProblem:
        return InputProblem(self.th, self.en, column=column)
