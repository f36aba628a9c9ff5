"""Each page template reads only the names its page's Context declares (pages.py),
beyond `page`, `catalog`, `episode` and the environment's globals: a template that
reads anything else fails here, not on a page that happens to reach the name."""

from dataclasses import fields

import jinja2.meta
import pytest
from jinja2 import nodes

from generator import meta, pages, pipeline, render
from generator.pages import Context
from tests.conftest import FIXTURE_CONTENT, ROOT


def _jobs() -> dict[str, type[Context]]:
    catalog = pipeline.validate(FIXTURE_CONTENT, ROOT)
    kinds: dict[str, type[Context]] = {}
    for job in pages.plan_site(catalog, meta.summaries(catalog)).values():
        if job.template:
            assert kinds.setdefault(job.template, type(job.context)) is type(job.context)
    return kinds


JOBS = _jobs()


@pytest.mark.parametrize("template", sorted(JOBS))
def test_a_template_reads_what_its_context_declares(template: str) -> None:
    env = render.environment()
    source = env.loader.get_source(env, template)[0]
    parsed = env.parse(source)
    read = jinja2.meta.find_undeclared_variables(parsed)
    # Names the template sets itself, in a branch Jinja cannot follow (for an include).
    targets = [assign.target for assign in parsed.find_all(nodes.Assign)]
    own = {
        n.name for t in targets for n in [t, *t.find_all(nodes.Name)] if isinstance(n, nodes.Name)
    }
    declared = {f.name for f in fields(JOBS[template])} | {"page", "catalog", "episode"}
    assert read - declared - own - env.globals.keys() == set(), template


def test_every_kind_of_page_has_its_own_context() -> None:
    # Fifteen page templates; those that read nothing beyond the three names share Context.
    assert len(JOBS) == 15
    typed = [kind for kind in JOBS.values() if kind is not Context]
    assert len(typed) == len(set(typed)) == 14
