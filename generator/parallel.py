"""Work split across forked processes, for large sites.

Loading and rendering handle each file or page on its own, so a large site
is split into one share per core. Fork (Linux) starts each process with the
parent's memory as it is, catalogue included, at no copying cost; elsewhere,
and for small sites where starting processes costs more than it saves, the
work runs in this process.
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
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = min(cores or 1, MAX_WORKERS)
    if workers < 2 or items < threshold or sys.platform != "linux":
        return 1
    return workers


def split(items: Sequence[T], workers: int) -> list[Sequence[T]]:
    """`items` in contiguous shares, many per worker: a process that finishes
    a share takes the next, so none waits long for another."""
    count = min(len(items), workers * SHARES_PER_WORKER)
    return [items[i * len(items) // count : (i + 1) * len(items) // count] for i in range(count)]


def fork_map(function: Callable[[T], R], shares: Sequence[T], workers: int) -> list[R]:
    """`function` applied to each share by `workers` forked processes (one: this
    process); results in order.

    A process that dies (killed for memory, say) fails the run with
    BrokenProcessPool rather than leaving it waiting for a result forever.
    """
    if workers == 1:
        return [function(share) for share in shares]
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(function, shares))
