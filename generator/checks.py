"""Small, named editorial checks over the resolved catalogue.

Each check looks at one rule a reviewer would otherwise have to remember.
They run after references are resolved, so they may follow them freely.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from . import model, urls
from .errors import Problem
from .escape import paragraphs
from .links import InlineLink, split_links
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


# --- the home page's explanation ---------------------------------------------

# A lede says who did what, when, in one or two sentences: about 60 words.
LEDE_MAX_WORDS = 70
# Paragraphs of a few sentences, never a wall.
PARAGRAPH_MAX_WORDS = 150


def _episode_at(catalog: Catalog, field_path: str, message: str, place: str = "") -> Problem:
    """A problem with the episode's `field_path` (e.g. 'sections[1].heading'), located
    where that field (or the field `place`) is written."""
    episode = catalog.episode
    places = catalog.places.get(urls.EPISODE, {})
    line, column = places.get(place or field_path, (episode.line, 1))
    return Problem(episode.path, line, column, f"{field_path}: {message}")


def shown_words(catalog: Catalog, text: str) -> int:
    """How many words `text` shows on the page, links read as their words."""
    from .render import short_name  # the words a bare [[id]] shows

    words = 0
    for piece in split_links(text):
        if isinstance(piece, InlineLink):
            record = catalog.by_id.get(piece.target)
            shown = piece.label or (short_name(catalog, record) if record else piece.target)
            words += len(shown.split())
        else:
            words += len(piece.split())
    return words


def episode_prose_is_readable(catalog: Catalog) -> Iterator[Problem]:
    episode = catalog.episode
    if episode.lede and (words := shown_words(catalog, episode.lede)) > LEDE_MAX_WORDS:
        yield _episode_at(
            catalog,
            "lede",
            f"{words} words; a lede says who did what, when, in at most about 60"
            f" (the limit is {LEDE_MAX_WORDS}): move the rest to a section",
        )
    texts = [("lede", episode.lede), ("summary", episode.summary)]
    texts += [(f"sections[{i}].text", s.text) for i, s in enumerate(episode.sections)]
    for field_path, text in texts:
        for number, paragraph in enumerate(paragraphs(text), 1):
            words = shown_words(catalog, paragraph)
            if words > PARAGRAPH_MAX_WORDS:
                yield _episode_at(
                    catalog,
                    field_path,
                    f"paragraph {number} has {words} words, over {PARAGRAPH_MAX_WORDS}:"
                    " split it with a blank line",
                )


def _written_twice(
    catalog: Catalog, values: list[str], field_path: str, what: str
) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for i, value in enumerate(values):
        key = " ".join(value.casefold().split())
        if key in first:
            yield _episode_at(
                catalog,
                field_path.format(i),
                f"{what} '{value}' is already used by {field_path.format(first[key])}",
            )
        else:
            first[key] = i


def episode_parts_are_distinct(catalog: Catalog) -> Iterator[Problem]:
    episode = catalog.episode
    yield from _written_twice(
        catalog, [s.heading for s in episode.sections], "sections[{}].heading", "heading"
    )
    yield from _written_twice(catalog, [s.name for s in episode.sides], "sides[{}].name", "name")
    yield from _written_twice(
        catalog, [s.label for s in episode.stakes], "stakes[{}].label", "label"
    )
    side_of: dict[str, str] = {}
    for i, side in enumerate(episode.sides):
        for j, actor in enumerate(side.actors):
            if actor in side_of:
                yield _episode_at(
                    catalog,
                    f"sides[{i}].actors[{j}]",
                    f"'{actor}' is already in {side_of[actor]}: an actor stands in one side",
                )
            else:
                side_of[actor] = f"sides[{i}] ({side.name})"


def stakes_have_positions(catalog: Catalog) -> Iterator[Problem]:
    """Every column of "who stands where" has something to show, for actors it shows."""
    episode = catalog.episode
    in_sides = {actor for side in episode.sides for actor in side.actors}
    for i, stake in enumerate(episode.stakes):
        about = catalog.by_id.get(stake.about) if stake.about else None
        recorded = about.positions if isinstance(about, model.Agreement) else []
        if not stake.positions and not recorded:
            yield _episode_at(
                catalog,
                f"stakes[{i}]",
                "no positions to show: list them under 'positions', or set 'about' to an"
                " agreement whose positions are recorded",
                place=f"stakes[{i}].label",
            )
        for j, position in enumerate(stake.positions):
            if position.actor not in in_sides:
                yield _episode_at(
                    catalog,
                    f"stakes[{i}].positions[{j}].actor",
                    f"'{position.actor}' is in none of the sides: add it to one under 'sides'",
                )


CHECKS: tuple[Check, ...] = (
    role_dates_in_order,
    differences_have_two_versions,
    country_is_a_state,
    period_in_order,
    archive_is_a_file_name,
    episode_prose_is_readable,
    episode_parts_are_distinct,
    stakes_have_positions,
)


def run_checks(catalog: Catalog) -> list[Problem]:
    problems: list[Problem] = []
    for check in CHECKS:
        problems.extend(check(catalog))
    return problems
