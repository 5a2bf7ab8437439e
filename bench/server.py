"""A `streamlit run` on a free loopback port, and the Chromium that opens it: for bench and tests alike."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.measure import PYTHON, ROOT

HOST = "127.0.0.1"
STARTUP_TIMEOUT_S = 90  # for Streamlit to answer its health check on a busy machine
CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright's own browser download does not work here
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Keyword arguments of `playwright.chromium.launch(...)`, the same for the sync and the async API.
CHROMIUM_LAUNCH = {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS, "headless": True}


@dataclass(frozen=True)
class Server:
    url: str
    pid: int
    log: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@contextlib.contextmanager
def streamlit_server(
    script: Path,
    env: dict[str, str] | None = None,
    log_dir: Path | None = None,
    timeout_s: float = STARTUP_TIMEOUT_S,
) -> Iterator[Server]:
    """Serve `script` headless on a free 127.0.0.1 port with `env` added; yield it healthy, stop it after.

    The log goes to `log_dir` (a temporary directory if None); its tail is in the error if the server
    never answers.
    """
    port = free_port()
    url = f"http://{HOST}:{port}"
    cmd = [PYTHON, "-m", "streamlit", "run", str(script), "--server.headless", "true"]
    cmd += ["--server.address", HOST, "--server.port", str(port), "--browser.gatherUsageStats", "false"]
    cmd += [
        "--server.fileWatcherType",
        "none",
    ]  # other people edit the sources while tests and benchmarks run
    with contextlib.ExitStack() as stack:
        folder = Path(log_dir or stack.enter_context(tempfile.TemporaryDirectory(prefix="streamlit-")))
        log_path = folder / f"streamlit-{port}.log"
        log = stack.enter_context(log_path.open("wb"))
        process = subprocess.Popen(
            cmd,
            cwd=ROOT,  # the repository's .streamlit/config.toml applies
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})},
        )
        stack.callback(_stop, process)
        deadline = time.monotonic() + timeout_s
        while not _healthy(url):
            if process.poll() is not None or time.monotonic() > deadline:
                code = process.returncode
                state = f"did not answer within {timeout_s:.0f} s" if code is None else f"exited with {code}"
                tail = log_path.read_text(encoding="utf-8", errors="replace")[-500:]
                raise RuntimeError(f"streamlit on {url} {state}; end of {log_path}:\n{tail}")
            time.sleep(0.2)
        yield Server(url, process.pid, log_path)
