"""`make serve`: an edit to a content file reaches the served page.

The server binds port 0 and the system picks a free port, which the test reads
from /proc: a port picked by binding and releasing it may be taken by another
process before the server binds it. How fast an edit arrives is `make bench`'s
business; here it only has to arrive.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import FIXTURE_CONTENT, ROOT, edit

pytestmark = pytest.mark.skipif(
    not Path("/proc/net/tcp").exists(), reason="reads the chosen port from Linux's /proc"
)


def listening_port(session: int, timeout: float) -> int | None:
    """The TCP port a process of `session` listens on, once it does."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        sockets: set[str] = set()
        for proc in Path("/proc").iterdir():
            try:
                if not proc.name.isdigit() or os.getsid(int(proc.name)) != session:
                    continue
                for fd in (proc / "fd").iterdir():
                    target = os.readlink(fd)
                    if target.startswith("socket:["):
                        sockets.add(target[len("socket:[") : -1])
            except OSError:  # a process that ended meanwhile
                continue
        for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in sockets:  # 0A: LISTEN
                return int(local.rsplit(":", 1)[1], 16)
        time.sleep(0.2)
    return None


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def wait_for(url: str, needle: str, timeout: float) -> float | None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        page = fetch(url)
        if page is not None and needle in page:
            return time.monotonic() - started
        time.sleep(0.1)
    return None


@pytest.mark.parametrize("dirty", [False, True], ids=["full-rebuild", "dirty"])
def test_content_edit_reaches_the_served_page(project, dirty):
    shutil.copytree(FIXTURE_CONTENT, project / "content")
    command = [sys.executable, "-m", "generator.site", "serve", "--dev-addr", "127.0.0.1:0"]
    log = (project / "serve.log").open("wb")
    server = subprocess.Popen(
        command + (["--dirty"] if dirty else []),
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        # A file, not a pipe: nobody reads the log while the test runs, and a full
        # pipe would stop the server mid-write.
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        # Ctrl-C as at a terminal, even where the test runner was started with
        # SIGINT ignored (a background job of a script), which children inherit.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        port = listening_port(server.pid, 60)
        assert port is not None, "server did not start listening"
        url = f"http://127.0.0.1:{port}/actors/jeyhun-bayramov/"
        assert wait_for(url, "Foreign Minister of", 60) is not None, "server did not start"
        actor = project / "content" / "actors" / "jeyhun-bayramov.yaml"
        edit(actor, "to whom the MPs wrote", "edited live")
        seconds = wait_for(url, "edited live", 60)
        assert seconds is not None, "the edit never reached the page"
        print(f"content edit visible after {seconds:.1f} s")
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            # A bound against a hang, not a timing: a loaded machine may take a while.
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            pytest.fail("serve did not stop on Ctrl-C")
        finally:
            log.close()
