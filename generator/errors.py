"""The one user-facing error type: a problem in a file, at a line and column."""

from __future__ import annotations

import itertools
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: error: {self.message}"

    def annotation(self) -> str:
        """The same problem as a GitHub Actions workflow command."""
        path = _escape(self.path).replace(":", "%3A").replace(",", "%2C")
        return f"::error file={path},line={self.line},col={self.column}::{_escape(self.message)}"


def _escape(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


# Past this many problems in one file, the rest are counted, not listed: a file
# of 43,000 broken links needs fixing as a whole, not reading line by line.
MAX_PER_FILE = 200


class ContentError(Exception):
    """Raised with every problem found, once all of them are known."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in content")
        unique = sorted(set(problems))  # sorted: a file's problems are together
        self.count = len(unique)
        self.problems: list[Problem] = []
        for path, group in itertools.groupby(unique, key=lambda p: p.path):
            listed = list(group)
            self.problems += listed[:MAX_PER_FILE]
            more = len(listed) - MAX_PER_FILE
            if more > 0:
                last = listed[MAX_PER_FILE - 1]
                message = (
                    f"and {more:,} more problem{'s' if more != 1 else ''} in this file, not shown"
                )
                self.problems.append(Problem(path, last.line, last.column, message))
