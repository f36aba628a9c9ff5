"""Work split across processes forked from this one, which share its memory
(the catalogue included) without copying it; Linux only, elsewhere in this process.

Kept because `make bench` showed it matters: at 5,000 quotes on 2 cores, rendering
takes 2.5 s forked against 3.8-4.0 s in one process, loading 0.9 s against 1.35 s.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 8
SHARES_PER_WORKER = 16


def workers_for(items: int, threshold: int) -> int:
    """How many processes to use for `items` units of work: 1 means this one."""
    if items < threshold or sys.platform != "linux":
        return 1
    return min(len(os.sched_getaffinity(0)), MAX_WORKERS)


def split(items: Sequence[T], workers: int) -> list[Sequence[T]]:
    """`items` in contiguous shares, many per worker: a process that finishes
    a share takes the next, so none waits long for another."""
    count = min(len(items), workers * SHARES_PER_WORKER)
    return [items[i * len(items) // count : (i + 1) * len(items) // count] for i in range(count)]


def fork_map(function: Callable[[T], R], shares: Sequence[T], workers: int) -> list[R]:
    """`function` applied to each share, in order. A process that dies (killed for
    memory, say) fails the run with BrokenProcessPool rather than hanging it."""
    if workers == 1:
        return [function(share) for share in shares]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(function, shares))
