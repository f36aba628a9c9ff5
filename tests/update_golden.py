"""Regenerate tests/golden/ from tests/fixtures/content: `make golden`.

Review the diff like any other change: it shows exactly how the pages change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.pipeline import validate
from generator.render import render_site

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "content"
GOLDEN = ROOT / "tests" / "golden"


def render_fixture() -> dict[str, str]:
    """The fixture's pages, with content paths shown as in the repository."""
    return render_site(validate(FIXTURE, ROOT))


def main() -> None:
    files = render_fixture()
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for path, text in files.items():
        target = GOLDEN / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    print(f"wrote {len(files)} files to {GOLDEN.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
