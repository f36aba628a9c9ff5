"""The scale benchmark: synthetic corpora ten times apart, generated and built.

For each size, in a temporary project folder (never the repository's docs/ or
site/): write the corpus, run the generator three times from scratch, build
the site three times with ``mkdocs build --strict`` (the medians are
reported), run the generator again with nothing changed, then edit one
quote's text, run it once more and rebuild with ``mkdocs build --dirty`` (as
the preview does with ``make serve DIRTY=1``). Each run is its own process,
so peak memory (maxrss) is that step's alone, and each starts after a sync,
so its time holds none of the disk writes of the step before. Nothing is
deleted until every size is measured.

    python -m bench                      # the default sizes; writes bench/results.json
    python -m bench --sizes 100,1000     # quicker
    python -m bench --keep               # keep the project folders to look at
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .corpus import build_corpus, sizes_for, to_yaml, write_corpus
from .hostile import refusal_seconds
from .transfer import first_search_bytes, first_view_bytes, queries, results

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results.json"
# 10,000 quotes (12,211 pages) takes MkDocs about 5 minutes a build on 2 cores;
# these keep `make bench`, three builds a size, near 6 minutes with the same 10x steps.
DEFAULT_SIZES = (50, 500, 5_000)
TARGETS = {
    "generate_share_of_build": 0.10,
    "build_scaling_10x": 11.0,
    "page_bytes_growth_10x": 1.2,
    "noop_files_written": 0,
    "first_view_kb_gz": 300,
    "first_search_kb_gz": 1024,
}


# --- one step per process -------------------------------------------------------


def _child_generate(content: Path, docs: Path) -> int:
    """Run inside a fresh process: generate, print what happened as JSON."""
    import resource

    from generator import pipeline

    started = time.perf_counter()
    result = pipeline.generate(content, docs, Path.cwd())
    wall = time.perf_counter() - started
    report = {
        "stages": result.timings.stages,
        "seconds": result.timings.total,
        "wall": wall,
        "files": len(result.files),
        "records": len(result.catalog.by_id),
        "written": result.report.written,
        "removed": result.report.removed,
        "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        # Rendering may fork one process per core; the largest of them counts too.
        "children_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    }
    print(json.dumps(report))
    return 0


def _run(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """Run a process; return wall seconds, its own peak memory in KB, stdout."""
    # Flush what earlier steps wrote (the corpus, the last site) first, so
    # that each step is timed on its own disk work alone.
    if hasattr(os, "sync"):
        os.sync()
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", ""),
    }
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # wait4, not wait: the rusage of this one child gives its own peak memory.
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode()
    if process.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{stdout}\n{stderr}")
    return wall, usage.ru_maxrss, stdout


def generate(project: Path, docs: str = "docs") -> dict:
    command = [sys.executable, "-m", "bench.run", "--child-generate", "content", docs]
    _, _, stdout = _run(command, project)
    return json.loads(stdout.strip().splitlines()[-1])


def generate_from_scratch(project: Path, runs: int) -> tuple[dict, list[dict]]:
    """Generate into an empty docs/ `runs` times; return the run that fills
    docs/ (the last) and every run.

    One generation at the largest size takes a few seconds, short enough for a
    passing stall of the machine to change it by half. Each run starts from
    the hand-written pages alone, in a folder of its own, so all of them do
    the same work; the median says what generation costs. The scratch folders
    stay until the whole benchmark is over (see `main`).
    """
    done = []
    for run in range(runs - 1):
        scratch = f"docs-run-{run + 1}"
        shutil.copytree(project / "docs", project / scratch)
        done.append(generate(project, scratch))
    done.append(generate(project, "docs"))
    return done[-1], done


def mkdocs_build(project: Path, dirty: bool = False, site: str = "site") -> tuple[float, int]:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet"]
    command += ["--config-file", "mkdocs.yml", "--site-dir", site]
    if dirty:  # as `make serve DIRTY=1` rebuilds: only pages newer than their HTML
        command.append("--dirty")
    wall, maxrss, _ = _run(command, project)
    return wall, maxrss


def mkdocs_builds(project: Path, runs: int) -> tuple[list[float], int]:
    """Build the site `runs` times: into site/, then into folders of their own.

    A build of a few seconds moves by a third from one run to the next on a
    shared machine (seen here: the same 621 pages in 7.2 s to 9.9 s), and the
    build time at the smaller size is the divisor of build_scaling_10x.
    Return every build's seconds and the largest peak memory.
    """
    every, peak = [], 0
    for run in range(runs):
        seconds, maxrss = mkdocs_build(project, site="site" if run == 0 else f"site-run-{run + 1}")
        every.append(seconds)
        peak = max(peak, maxrss)
    return every, peak


def median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


# --- the project folder ------------------------------------------------------------


def hand_written_docs(docs: Path) -> list[Path]:
    """Files in docs/ the generator does not own (its manifest lists what it wrote)."""
    from generator.write import MANIFEST, read_manifest

    owned = read_manifest(docs)
    found = []
    for path in sorted(docs.rglob("*")):
        relative = path.relative_to(docs).as_posix()
        if path.is_file() and relative not in owned and path.name != MANIFEST:
            found.append(path)
    return found


def make_project(folder: Path) -> None:
    """mkdocs.yml, overrides/ and the hand-written pages, as in the repository."""
    shutil.copy2(REPO / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", folder / "overrides")
    for path in hand_written_docs(REPO / "docs"):
        target = folder / "docs" / path.relative_to(REPO / "docs")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)


def site_stats(site: Path) -> dict:
    pages = [p for p in site.rglob("*.html") if p.name != "404.html"]
    sizes = {p.relative_to(site).as_posix(): p.stat().st_size for p in pages}
    html_bytes = sum(sizes.values())
    largest = max(sizes, key=lambda p: (sizes[p], p)) if sizes else ""
    index = site / "search" / "search_index.json"
    return {
        "pages": len(pages),
        "html_bytes": html_bytes,
        "html_bytes_per_page": round(html_bytes / max(len(pages), 1)),
        "largest_page": largest,
        "largest_page_bytes": sizes.get(largest, 0),
        "search_index_bytes": index.stat().st_size if index.exists() else 0,
    }


def quote_to_edit(corpus) -> dict:  # type: ignore[no-untyped-def]
    """A well-connected quote: said at an event, about an agreement, to someone."""
    for quote in corpus.quotes:
        if quote["event"] and quote["agreements"] and quote["addressee"]:
            return quote
    return corpus.quotes[0]


def pages_showing(docs: Path, quote_id: str) -> list[str]:
    """Generated files that show the quote: its page, and every page linking to it."""
    from generator.write import read_manifest

    pattern = re.compile(rf"(?:/|\(|^){re.escape(quote_id)}\.md\b|\"{re.escape(quote_id)}\"")
    found = []
    for relative in sorted(read_manifest(docs)):
        if relative == f"quotes/{quote_id}.md" or pattern.search(
            (docs / relative).read_text(encoding="utf-8")
        ):
            found.append(relative)
    return found


def measure(folder: Path, quotes: int, seed: int, runs: int = 3) -> dict:
    """Every step at one size, in the empty project folder `folder`."""
    make_project(folder)
    corpus = write_corpus(folder / "content", quotes, seed)
    first, every = generate_from_scratch(folder, runs)
    middle = sorted(every, key=lambda run: run["seconds"])[len(every) // 2]
    builds, build_maxrss = mkdocs_builds(folder, runs)
    stats = site_stats(folder / "site")
    noop = generate(folder)

    quote = quote_to_edit(corpus)
    # What a reader downloads: a quote's page, then a first search.
    viewed = f"quotes/{quote['id']}/index.html"
    stats["first_view_page"] = viewed
    stats["first_view_bytes_gz"] = first_view_bytes(folder / "site", viewed)
    stats["first_search_bytes_gz"] = first_search_bytes(folder / "site")
    stats["query_results"] = {q: results(folder / "site", q) for q in queries(corpus)}
    showing = pages_showing(folder / "docs", quote["id"])
    quote["text"] = "Edited: " + quote["text"]
    (folder / "content" / "quotes" / f"{quote['id']}.yaml").write_text(
        to_yaml(quote), encoding="utf-8"
    )
    edited = generate(folder)
    dirty_seconds, _ = mkdocs_build(folder, dirty=True)
    return {
        "quotes": quotes,
        "records": first["records"],
        "counts": sizes_for(quotes),
        "generated_files": first["files"],
        # The median of the runs from scratch, its stages, and every run.
        "generate_seconds": round(middle["seconds"], 3),
        "generate_stages": {k: round(v, 3) for k, v in middle["stages"].items()},
        "generate_runs_seconds": [round(run["seconds"], 3) for run in every],
        "generate_peak_mb": round(
            max(max(run["maxrss_kb"], run["children_maxrss_kb"]) for run in every) / 1024, 1
        ),
        # The median of the builds, and every build.
        "mkdocs_build_seconds": round(median(builds), 2),
        "mkdocs_runs_seconds": [round(b, 2) for b in builds],
        "mkdocs_peak_mb": round(build_maxrss / 1024, 1),
        **stats,
        "noop_files_written": len(noop["written"]),
        "noop_generate_seconds": round(noop["seconds"], 3),
        "one_edit_quote": quote["id"],
        "one_edit_files_written": len(edited["written"]),
        "one_edit_generate_seconds": round(edited["seconds"], 3),
        "one_edit_written": edited["written"],
        "one_edit_pages_showing_quote": len(showing),
        "one_edit_pages_showing": showing,
        "one_edit_dirty_build_seconds": round(dirty_seconds, 2),
    }


# --- the report ---------------------------------------------------------------


def summary(rows: list[dict]) -> dict:
    rows = sorted(rows, key=lambda r: r["quotes"])
    largest = rows[-1]
    out: dict = {
        "generate_share_of_build": round(
            largest["generate_seconds"] / largest["mkdocs_build_seconds"], 3
        ),
    }
    smaller = [r for r in rows if r["quotes"] * 10 == largest["quotes"]]
    if smaller:
        base = smaller[0]
        out["build_scaling_10x"] = round(
            largest["mkdocs_build_seconds"] / base["mkdocs_build_seconds"], 2
        )
        out["page_bytes_growth_10x"] = round(
            largest["html_bytes_per_page"] / base["html_bytes_per_page"], 3
        )
    out["noop_files_written"] = max(r["noop_files_written"] for r in rows)
    out["first_view_kb_gz"] = round(largest["first_view_bytes_gz"] / 1024, 1)
    out["first_search_kb_gz"] = round(largest["first_search_bytes_gz"] / 1024, 1)
    out["one_edit_files_written"] = largest["one_edit_files_written"]
    out["one_edit_pages_showing_quote"] = largest["one_edit_pages_showing_quote"]
    out["one_edit_within_target"] = all(
        r["one_edit_files_written"] <= r["one_edit_pages_showing_quote"] for r in rows
    )
    # The preview after that edit with `make serve DIRTY=1`: generation, then MkDocs
    # rebuilding only the rewritten pages (the full rebuild is mkdocs_build_seconds).
    out["one_edit_preview_dirty_seconds"] = round(
        largest["one_edit_generate_seconds"] + largest["one_edit_dirty_build_seconds"], 2
    )
    return out


def table(rows: list[dict]) -> str:
    header = (
        "| quotes | records | pages | generate s (median) | gen. peak MB | mkdocs s"
        " | mkdocs peak MB | HTML KB/page | search index MB | first view KB gz"
        " | first search KB gz | no-op writes | one-edit writes / pages showing |"
    )
    lines = [header, "|" + "---:|" * header.count(" | ") + "---:|"]
    for r in rows:
        lines.append(
            f"| {r['quotes']:,} | {r['records']:,} | {r['pages']:,} | {r['generate_seconds']:.2f}"
            f" | {r['generate_peak_mb']:.0f} | {r['mkdocs_build_seconds']:.1f}"
            f" | {r['mkdocs_peak_mb']:.0f} | {r['html_bytes_per_page'] / 1024:.1f}"
            f" | {r['search_index_bytes'] / 1_048_576:.2f}"
            f" | {r['first_view_bytes_gz'] / 1024:.0f} | {r['first_search_bytes_gz'] / 1024:.0f}"
            f" | {r['noop_files_written']}"
            f" | {r['one_edit_files_written']} / {r['one_edit_pages_showing_quote']} |"
        )
    return "\n".join(lines)


def summary_lines(values: dict) -> str:
    lines = []
    for key, value in values.items():
        target = TARGETS.get(key)
        if target is not None:
            verdict = "ok" if value <= target else "MISSED"
            lines.append(f"- {key}: {value} (target ≤ {target}: {verdict})")
        else:
            lines.append(f"- {key}: {value}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--sizes",
        default=",".join(str(s) for s in DEFAULT_SIZES),
        help="quote counts, comma separated (default: %(default)s)",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=RESULTS)
    parser.add_argument("--keep", action="store_true", help="keep the project folders")
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="generations from scratch per size; the median is reported (default: %(default)s)",
    )
    parser.add_argument("--child-generate", nargs=2, metavar=("CONTENT", "DOCS"), type=Path)
    args = parser.parse_args(argv)
    if args.child_generate:
        return _child_generate(*args.child_generate)

    if args.runs < 1:
        parser.error("--runs must be 1 or more")
    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    build_corpus(10, args.seed)  # fail early on a broken corpus builder
    rows = []
    # Project folders are removed at the very end, not between steps. On ext4
    # without a journal (this machine's disk), a new file skips every inode
    # freed in the last minutes, and the kernel reads each one's table entry
    # to find that out: creating 6,100 files took 0.2 s, and 1.5 to 4 s within
    # minutes of deleting as many (perf: 60% of the time in ext4's
    # `recently_deleted`). A benchmark that cleans up between steps would
    # time its own clean-up in the next step.
    folders: list[Path] = []
    try:
        for quotes in sizes:
            print(f"size {quotes:,} quotes ...", file=sys.stderr, flush=True)
            started = time.perf_counter()
            folders.append(Path(tempfile.mkdtemp(prefix=f"bench-{quotes}-")))
            rows.append(measure(folders[-1], quotes, args.seed, args.runs))
            print(f"  done in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    finally:
        for folder in folders:
            if args.keep:
                print(f"  kept {folder}", file=sys.stderr)
            else:
                shutil.rmtree(folder, ignore_errors=True)
    values = summary(rows)
    refusals = refusal_seconds()
    print(table(rows))
    print()
    print(summary_lines(values))
    print("\nrefusing hostile input (bench/hostile.py), seconds:")
    print("\n".join(f"- {name}: {seconds}" for name, seconds in refusals.items()))
    results = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "seed": args.seed,
        "sizes": rows,
        "summary": values,
        "hostile_refusal_seconds": refusals,
        "targets": {**TARGETS, "one_edit_files_written": "<= one_edit_pages_showing_quote"},
    }
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out.relative_to(REPO) if args.out.is_relative_to(REPO) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
