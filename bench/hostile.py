"""How long refusing hostile input takes: timed here, never asserted in tests.

Each case is one the issue tracker once timed in minutes; the tests check the
messages and the memory (tests/test_hostile_limits.py), this the time.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import time
from pathlib import Path

from generator.errors import ContentError
from generator.pipeline import validate
from generator.yamlio import parse

REPO = Path(__file__).resolve().parent.parent
BOMB = REPO / "tests" / "hostile" / "alias-bomb" / "actors" / "hostile-bomb.yaml"
FIXTURE = REPO / "tests" / "fixtures" / "content"


def _versions(says: list[str]) -> str:
    """A difference record whose versions say `says`, one each."""
    text = "id: hostile-cost\npoint: Cost\nabout: [azerbaijan]\nversions:\n"
    return text + "".join(
        f"  - says: >-\n      {s}\n    sources: [oc-media-2024-10-07]\n" for s in says
    )


def _timed_parse(text: str) -> float:
    started = time.perf_counter()
    parse(text, "x.yaml")
    return time.perf_counter() - started


def _timed_validate(record: str) -> float:
    """Seconds to validate the fixture content with `record` added (valid or not)."""
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as folder:
        content = Path(folder) / "content"
        shutil.copytree(FIXTURE, content)
        (content / "differences" / "hostile-cost.yaml").write_text(record, encoding="utf-8")
        started = time.perf_counter()
        with contextlib.suppress(ContentError):  # refused is the point
            validate(content, Path(folder))
        return time.perf_counter() - started


def refusal_seconds() -> dict[str, float]:
    spaced = "[[ azerbaijan ]] and [[ jeyhun-bayramov ]], "
    unknown = [
        " ".join(f"[[ghost-{k + i}]]" for i in range(1_000)) for k in range(0, 61_000, 1_000)
    ]
    cases = {
        "billion_laughs": lambda: _timed_parse(BOMB.read_text(encoding="utf-8")),
        "flow_sequence_450k_values": lambda: _timed_parse("a: [" + "1," * 450_000 + "1]\n"),
        "nesting_5000_deep": lambda: _timed_parse("a: " + "[" * 5_000 + "]" * 5_000 + "\n"),
        "spaced_links_970_kb": lambda: _timed_validate(_versions([spaced * 300] * 73)),
        "unknown_links_61000": lambda: _timed_validate(_versions(unknown)),
    }
    return {name: round(case(), 3) for name, case in cases.items()}


if __name__ == "__main__":
    for name, seconds in refusal_seconds().items():
        print(f"{name}: {seconds:.2f} s")
