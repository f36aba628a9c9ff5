"""The one user-facing error type: a problem in a file, at a line and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    column: int
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.severity}: {self.message}"

    def annotation(self) -> str:
        """The same problem as a GitHub Actions workflow command."""
        message = _escape_data(self.message)
        return (
            f"::{self.severity} file={_escape_property(self.path)},line={self.line},"
            f"col={self.column}::{message}"
        )


class ContentError(Exception):
    """Raised with every problem found, once all of them are known."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s) in content")
        self.problems = sorted(set(problems))


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
