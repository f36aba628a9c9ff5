"""The YAML mistakes people make by hand, told in their words rather than the parser's.

PyYAML reports where it gave up, in its own terms ("mapping values are not
allowed here", "expected <block end>"), often a line after the real mistake.
Each rule below recognises one common slip from the parser's complaint and the
text around it, and says where the slip is and what to write instead. When no
rule fits, the parser's own message is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import yaml

# A line that starts a field: indentation, an optional list dash, a name, a colon.
_FIELD = re.compile(r"^(?P<indent>\s*)(?P<dash>- +)?(?P<key>[A-Za-z_][\w-]*):(?=\s|$)")
_DASH_NO_SPACE = re.compile(r"^(?P<indent>\s*)-(?P<key>[A-Za-z_][\w-]*):")
_NO_SPACE_AFTER_COLON = re.compile(
    r"^(?P<indent>\s*)(?:- +)?(?P<key>[A-Za-z_][\w-]*):(?P<value>\S.*)$"
)

# (line, column, message): where the mistake is, and what to do about it.
Explained = tuple[int, int, str]


class _Complaint:
    """What the parser said, and the text it said it about."""

    def __init__(self, text: str, exc: yaml.MarkedYAMLError, mark: yaml.Mark):
        self.lines = text.splitlines()
        self.line, self.column = mark.line + 1, mark.column + 1  # where the parser gave up
        self.problem = exc.problem or ""
        self.context = exc.context or ""
        self.context_mark = exc.context_mark

    def text(self, number: int) -> str:
        return self.lines[number - 1] if 0 < number <= len(self.lines) else ""

    def line_before(self, number: int) -> int:
        """The last non-blank, non-comment line before line `number`, or 0."""
        return next((n for n in range(number - 1, 0, -1) if _content(self.lines[n - 1])), 0)

    def here(self, message: str) -> Explained:
        """The message, at the place the parser gave up."""
        return self.line, self.column, message


def explain_syntax_error(text: str, exc: yaml.MarkedYAMLError) -> Explained:
    """Where the mistake behind a parser error is and what to write; when no rule
    fits, where the parser gave up and what it said."""
    said = exc.problem or str(exc)
    if exc.context:
        said = f"{said} ({exc.context})"
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return 1, 1, said
    complaint = _Complaint(text, exc, mark)
    for rule in _RULES:
        if explained := rule(complaint):
            return explained
    return complaint.here(said)


def _tab_indentation(c: _Complaint) -> Explained | None:
    if "'\\t'" in c.problem or "\t" in c.text(c.line)[: c.column]:
        return c.here("a tab character is used for indentation; YAML needs spaces")
    return None


def dash_without_space(key: str) -> str:
    """What to write for '-key:', whether the parser or the loader finds it."""
    return f"a list entry starts with a dash and a space: write '- {key}:', not '-{key}:'"


def _dash_without_space(c: _Complaint) -> Explained | None:
    for number in (c.line, c.line_before(c.line)):
        if match := _DASH_NO_SPACE.match(c.text(number)):
            return number, len(match.group("indent")) + 1, dash_without_space(match["key"])
    return None


def _line_without_field_colon(c: _Complaint) -> Explained | None:
    """The parser found no ':' after the line before: a field with no space after
    its colon, else a line that is no field at all."""
    if "could not find expected ':'" not in c.problem:
        return None
    number = c.line_before(c.line)
    if not number:
        return None
    text = c.text(number)
    match = _NO_SPACE_AFTER_COLON.match(text)
    if match and "://" not in text:
        key, value = match.group("key"), match.group("value")
        message = f"put a space after the colon: write '{key}: {value}', not '{key}:{value}'"
        return number, len(match.group("indent")) + 1, message
    message = (
        "this line is not a field ('name: value'): if it continues the text of the field"
        " above, indent it under that field; otherwise add the field's name and a colon"
    )
    return number, len(text) - len(text.lstrip()) + 1, message


def _unclosed(c: _Complaint) -> Explained | None:
    """A list or a quoted text that runs on to the end: point at where it opens."""
    opened = c.context_mark
    if opened is None:
        return None
    if "flow sequence" in c.context:
        message = "the list opened with '[' here is not closed: end it with ']'"
    elif "quoted scalar" in c.context:
        mark = c.text(opened.line + 1)[opened.column : opened.column + 1] or '"'
        message = (
            f"the text that starts with {mark} here has no closing {mark}:"
            f" end it with {mark}, or remove the opening one"
        )
    else:
        return None
    return opened.line + 1, opened.column + 1, message


def _colon_in_text_or_indentation(c: _Complaint) -> Explained | None:
    if "mapping values are not allowed" not in c.problem:
        return None
    here = _FIELD.match(c.text(c.line))
    if here and here.end() == c.column:
        # The colon of a whole `name:` line, which the parser read as part of the value
        # above: it is indented further than the field before it, or follows a text.
        return _indentation(c, here) or c.here(
            "a ': ' inside a value; put the whole value in quotes or use a '>-' block"
        )
    field = _field_holding(c)
    name = f"'{field}'" if field else "this value"
    block = f"'{field}: >-'" if field else "'>-'"
    return c.here(
        f"the text of {name} holds ': ', which YAML reads as the start of a field:"
        f' put the whole text in double quotes ("..."), or write {block} and the text'
        " on the next lines, indented"
    )


def _misaligned_field(c: _Complaint) -> Explained | None:
    if not c.problem.startswith("expected <block end>") or "'<scalar>'" in c.problem:
        return None
    here = _FIELD.match(c.text(c.line))
    if not here:
        return None
    if explained := _indentation(c, here):
        return explained
    if c.context_mark is None or here.start("key") <= c.context_mark.column:
        return None
    # The line above is a line of text, not a field: compare with where the
    # record's (or the entry's) fields start.
    column = c.context_mark.column + 1
    message = (
        f"'{here['key']}' is indented {_spaces(here.start('key'))}, but the fields above it"
        f" start in column {column}: start it in column {column} too"
    )
    return c.line, len(here.group("indent")) + 1, message


def _text_line_indented_less(c: _Complaint) -> Explained | None:
    """A line of a multi-line text indented less than the lines above it: YAML
    ends the text there and finds a stray line."""
    if "'<scalar>'" not in c.problem:
        return None
    here = c.text(c.line)
    above = c.line_before(c.line)
    indent, indent_above = (_indentation_of(c.text(n)) for n in (c.line, above))
    if not above or _FIELD.match(c.text(above)) or indent >= indent_above:
        return None
    field = _field_holding(c)
    name = f"the text of '{field}'" if field else "a text"
    message = (
        f"this line of {name} is indented {_spaces(indent)}, less than the line above it"
        f" ({_spaces(indent_above)}): indent every line of the text by {_spaces(indent_above)}"
    )
    return c.line, len(here) - len(here.lstrip()) + 1, message


def _first_line_indented(c: _Complaint) -> Explained | None:
    """The file's first field indented: YAML reads the file as something else."""
    if "expected '<document start>'" not in c.problem:
        return None
    first = next((n for n in range(1, c.line + 1) if _content(c.text(n))), 0)
    text = c.text(first)
    if not first or not text[:1].isspace():
        return None
    message = (
        f"the first line is indented {_spaces(_indentation_of(text))} but the lines below it"
        " are not: remove the spaces, so that the record's fields all start in column 1"
    )
    return first, 1, message


def _content(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and not stripped.startswith("#")


def _indentation_of(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _text_after_closing_mark(c: _Complaint) -> Explained | None:
    if "'<scalar>'" not in c.problem:
        return None
    before = c.text(c.line)[: c.column - 1].rstrip()
    if before.endswith("]"):
        return c.here("nothing may follow the ']' that closes a list")
    if before.endswith(('"', "'")):
        mark = before[-1]
        other = "'" if mark == '"' else '"'
        return c.here(
            f"the text in {mark}...{mark} ends before the line does: to use {mark} inside"
            f" the text, put the whole text in {other}...{other} instead, or write '>-' and"
            " the text on the next lines, indented"
        )
    return None


def _reserved_first_character(c: _Complaint) -> Explained | None:
    found = re.search(r"found character '(.)' that cannot start any token", c.problem)
    if not found:
        return None
    return c.here(f"a value cannot start with {found[1]!r}: put the whole value in double quotes")


_RULES: tuple[Callable[[_Complaint], Explained | None], ...] = (
    _tab_indentation,
    _dash_without_space,
    _line_without_field_colon,
    _unclosed,
    _colon_in_text_or_indentation,
    _misaligned_field,
    _text_after_closing_mark,
    _text_line_indented_less,
    _first_line_indented,
    _reserved_first_character,
)


def _indentation(c: _Complaint, here: re.Match[str]) -> Explained | None:
    above = c.line_before(c.line)
    before = _FIELD.match(c.text(above))  # None where no line is above (line 0 is "")
    # Columns where the names start, after any list dash.
    if before is None or here.start("key") == before.start("key"):
        return None
    message = (
        f"'{here['key']}' is indented {_spaces(here.start('key'))} but '{before['key']}' on line"
        f" {above} is indented {_spaces(before.start('key'))}: fields of the same record or"
        " entry must start in the same column"
    )
    return c.line, len(here.group("indent")) + 1, message


def _spaces(count: int) -> str:
    return f"{count} space{'s' if count != 1 else ''}"


def _field_holding(c: _Complaint) -> str | None:
    """The name of the field whose value runs onto the line the parser gave up on."""
    here = c.text(c.line)
    indent = len(here) - len(here.lstrip())
    for number in range(c.line, 0, -1):
        match = _FIELD.match(c.text(number))
        if match and (number == c.line or match.start("key") < indent or indent == 0):
            return match.group("key")
    return None
