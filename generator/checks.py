"""Small, named editorial checks over the resolved catalogue.

Each check looks at one rule a reviewer would otherwise have to remember.
They run after references are resolved, so they may follow them freely.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from . import model
from .errors import Problem
from .resolve import Catalog

Check = Callable[[Catalog], Iterator[Problem]]


def _at(record: model.Record | model.Episode, message: str) -> Problem:
    return Problem(record.path, record.line, 1, message)


def role_dates_in_order(catalog: Catalog) -> Iterator[Problem]:
    for actor in catalog.actors:
        for i, role in enumerate(actor.roles):
            if role.start.known and role.end.known and role.start.sort_key > role.end.sort_key:
                yield _at(actor, f"roles[{i}]: ends ({role.end}) before it starts ({role.start})")


def differences_have_two_versions(catalog: Catalog) -> Iterator[Problem]:
    for difference in catalog.differences:
        if len(difference.versions) < 2:
            yield _at(difference, "versions: a difference needs at least two versions")


def country_is_a_state(catalog: Catalog) -> Iterator[Problem]:
    for actor in catalog.actors:
        if actor.country:
            country = catalog.get(actor.country)
            if isinstance(country, model.Actor) and country.type != "state":
                yield _at(
                    actor,
                    f"country: '{actor.country}' is {country.type}, not a state",
                )


def period_in_order(catalog: Catalog) -> Iterator[Problem]:
    episode = catalog.episode
    if episode.period_start.sort_key > episode.period_end.sort_key:
        yield _at(episode, "period_end is before period_start")


def archive_is_a_file_name(catalog: Catalog) -> Iterator[Problem]:
    """An archive names a file inside the archive folder, never a path out of it."""
    for source in catalog.sources:
        name = source.archive
        if name and (name in (".", "..") or "/" in name or "\\" in name or ":" in name):
            line, column = catalog.places.get(source.id, {}).get("archive", (source.line, 1))
            yield Problem(
                source.path,
                line,
                column,
                f"archive: '{name}' must be a file name in the archive folder, not a path",
            )


CHECKS: tuple[Check, ...] = (
    role_dates_in_order,
    differences_have_two_versions,
    country_is_a_state,
    period_in_order,
    archive_is_a_file_name,
)


def run_checks(catalog: Catalog) -> list[Problem]:
    problems: list[Problem] = []
    for check in CHECKS:
        problems.extend(check(catalog))
    return problems
