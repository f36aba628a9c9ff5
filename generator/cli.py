"""The command line: argument parsing, messages and exit codes, nothing else.

Exit codes: 0 success, 1 content problems (each printed as path:line:column),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import changes, model, pipeline, scaffold, schema
from .errors import ContentError
from .quotecheck import COPIED_WORDS, check_prose, check_quotes
from .write import remove_generated


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command in ("validate", "quotes", "changes", "generate") and not args.content.is_dir():
        print(f"error: content folder '{args.content}' does not exist", file=sys.stderr)
        return 2
    try:
        return args.run(args)
    except ContentError as exc:
        report_problems(exc, wrote_nothing=args.command == "generate")
        return 1
    except (scaffold.ScaffoldError, FileExistsError, changes.GitError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Turn the curated YAML in content/ into the explainer's Markdown pages.",
    )
    parser.add_argument(
        "--content", type=Path, default=Path("content"), help="content folder (default: content)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(run: Callable[[argparse.Namespace], int], about: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(run.__name__.lstrip("_"), help=about)
        sub.set_defaults(run=run)
        return sub

    command(_validate, "check the content and report every problem")
    for writer in (
        command(_generate, "validate, then write the pages into docs/"),
        command(_clean, "remove every page the generator wrote"),
    ):
        writer.add_argument(
            "--docs", type=Path, default=Path("docs"), help="output folder (default: docs)"
        )
    command(_quotes, "check every quote word for word against the archived sources").add_argument(
        "--archive", type=Path, required=True, help="folder holding the sources' archived texts"
    )
    command(
        _schema, "write the JSON Schemas editors use and content/README.md's field tables"
    ).add_argument("--out", type=Path, default=Path("schemas"), help="default: schemas")
    new = command(_new, "create a record file with its required fields")
    new.add_argument("kind", metavar="KIND", help=", ".join(model.KIND_BY_NAME))
    new.add_argument("id", metavar="ID", help="the new record's id, e.g. aliyev-dirty-appeal")
    new.add_argument("--speaker", metavar="ID", help="for a quote: the speaker's actor id")
    new.add_argument(
        "--source", metavar="ID", action="append", default=[], help="a source id (repeatable)"
    )
    command(_changes, "Markdown summary of the records changed since a git revision").add_argument(
        "--base", required=True, help="the revision to compare with"
    )
    return parser


def _validate(args: argparse.Namespace) -> int:
    timings = pipeline.Timings()
    catalog = pipeline.validate(args.content, timings=timings)
    counts = ", ".join(f"{len(getattr(catalog, k.folder))} {k.folder}" for k in model.RECORD_KINDS)
    print(f"content is valid: {len(catalog.by_id)} records in {timings.total:.2f} s ({counts})")
    return 0


def _looked_in(folder: Path) -> str:
    """Where a relative folder was looked for: '../shared/seeds' says little in a clone."""
    return "" if folder.is_absolute() else f" (looked for {folder.resolve()})"


def _quotes(args: argparse.Namespace) -> int:
    if not args.archive.is_dir():
        print(
            f"error: archive folder '{args.archive}' does not exist{_looked_in(args.archive)}:"
            " if you have the archived"
            " source texts, point at their folder with `make quotes ARCHIVE=path/to/archive`;"
            " if not, CI runs this check on every pull request",
            file=sys.stderr,
        )
        return 2
    catalog = pipeline.validate(args.content)
    checked = check_quotes(catalog, args.archive)
    problems = checked.problems + check_prose(catalog, args.archive)
    if problems:
        raise ContentError(problems)
    print(
        f"quotes verified: {len(catalog.quotes)} quotes, {checked.checked} quote-source pairs"
        f" found verbatim in {args.archive}; no prose repeats {COPIED_WORDS} words of a source"
    )
    return 0


def _generate(args: argparse.Namespace) -> int:
    result = pipeline.generate(args.content, args.docs)
    report = result.report
    stages = ", ".join(f"{k} {v:.2f}" for k, v in result.timings.stages.items())
    print(
        f"generated {len(result.files)} files from {len(result.catalog.by_id)} records in"
        f" {result.timings.total:.2f} s ({stages}): {len(report.written)} written,"
        f" {report.unchanged} unchanged, {len(report.removed)} removed"
    )
    if result.history.undated:
        print(
            f"note: the git history is shallow: {result.history.undated} content file(s) last"
            " changed at or before its oldest commit show no date (clone with the full"
            " history, e.g. fetch-depth: 0, to date them)",
            file=sys.stderr,
        )
    return 0


def _clean(args: argparse.Namespace) -> int:
    removed = remove_generated(args.docs)
    print(f"removed {len(removed)} generated files from {args.docs}")
    return 0


def _schema(args: argparse.Namespace) -> int:
    readme = args.content / "README.md"
    text = readme.read_text(encoding="utf-8")
    tables = schema.readme_with_tables(text)
    changed = schema.write_schemas(args.out)
    print(f"wrote {len(changed)} schema file(s) into {args.out}")
    if tables != text:
        readme.write_text(tables, encoding="utf-8")
        print(f"rewrote the field tables and reserved ids of {readme}")
    return 0


def _new(args: argparse.Namespace) -> int:
    path = scaffold.new_record(
        args.content, args.kind, args.id, speaker=args.speaker, sources=tuple(args.source)
    )
    print(f"created {path.as_posix()}: fill in the empty values, then run `make validate`")
    return 0


def _changes(args: argparse.Namespace) -> int:
    found = changes.compare(args.content, args.base)
    print(changes.to_markdown(found, args.content.as_posix().rstrip("/")), end="")
    return 0


def report_problems(error: ContentError, wrote_nothing: bool) -> None:
    """Print the problems shown (and GitHub annotations in Actions), then how many in all."""
    for problem in error.problems:
        print(problem, file=sys.stderr)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        for problem in error.problems:
            print(problem.annotation())
    count = error.count
    outcome = "; nothing was written" if wrote_nothing else ""
    print(f"{count:,} problem{'s' if count != 1 else ''} found{outcome}.", file=sys.stderr)
