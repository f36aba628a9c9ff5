"""`make serve`: an edit to a content file reaches the served page within seconds."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import FIXTURE_CONTENT, ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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
    port = free_port()
    command = [sys.executable, "-m", "generator.site", "serve", "--dev-addr", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        command + (["--dirty"] if dirty else []),
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/actors/jeyhun-bayramov/"
    try:
        assert wait_for(url, "Foreign Minister of", 60) is not None, "server did not start"
        actor = project / "content" / "actors" / "jeyhun-bayramov.yaml"
        actor.write_text(
            actor.read_text(encoding="utf-8").replace("to whom the MPs wrote", "edited live"),
            encoding="utf-8",
        )
        seconds = wait_for(url, "edited live", 15)
        assert seconds is not None, "the edit never reached the page"
        print(f"content edit visible after {seconds:.1f} s")
        assert seconds < 5
    finally:
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            pytest.fail("serve did not stop on Ctrl-C")
