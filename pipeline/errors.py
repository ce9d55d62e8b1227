"""The one error type the pipeline raises for bad input."""

from __future__ import annotations

from pathlib import Path


class SpecError(Exception):
    """A spec, overlay or operation document the pipeline cannot use.

    The message names the file and the place in it (line/column where known, else a JSON
    pointer or JSONPath), so ``python -m pipeline`` can print one line and exit without a
    traceback.
    """

    def __init__(self, file: Path | str, where: str | None, problem: str) -> None:
        self.file = str(file)
        self.where = where
        self.problem = problem
        place = f"{self.file}: {where}" if where else self.file
        super().__init__(f"{place}: {problem}")
