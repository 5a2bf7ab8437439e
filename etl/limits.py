"""A CPU-time deadline per document: whatever a document makes the readers or the rules do, it stops.

The readers bound what they can see coming (bytes, pages, decoded content, XML, extracted text) and
extraction is linear in the text, but a library can still find its own way to spend minutes (pypdf
recovering a damaged file, say). `cpu_deadline` turns "more than N s of CPU" into a one-line
`DocumentError` for that file: the run fails naming it, or skips it with --keep-going.

It uses the process's profiling timer (ITIMER_PROF: user + system CPU time, so time spent waiting for
the disk or for another process on the same core does not count) and its SIGPROF, so it works only in
a process's main thread -- where `python -m etl` and its worker processes run documents, and where the
dashboard's document worker (etl.worker) runs previews. Elsewhere it does nothing, and says so in
`deadline_available()`.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator

MAX_DOCUMENT_CPU_SECONDS = 60.0  # far above any real document (the slowest bounded reader takes ~15 s)
CPU_SECONDS_ENV = "LANGSON_DOCUMENT_CPU_SECONDS"  # overrides it (tests; a slower machine)


class _OutOfTime(BaseException):
    """Raised by the timer's signal handler. A BaseException, so that the libraries' and the readers'
    `except Exception` cannot mistake it for a broken file and carry on."""


def document_cpu_seconds() -> float:
    """The deadline in force: the environment's override if it is a positive number, else the default."""
    try:
        value = float(os.environ.get(CPU_SECONDS_ENV, ""))
    except ValueError:
        return MAX_DOCUMENT_CPU_SECONDS
    return value if value > 0 else MAX_DOCUMENT_CPU_SECONDS


def deadline_available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def too_slow(seconds: float) -> str:
    return f"took more than {seconds:g} s of CPU; refused (the limit per document)"


@contextlib.contextmanager
def cpu_deadline(name: str, seconds: float | None = None) -> Iterator[None]:
    """Run the block with at most `seconds` of CPU (default: document_cpu_seconds()); past it, raise
    DocumentError(name, "took more than N s of CPU; refused …"). Nests: an outer deadline is put back."""
    from etl.readers import DocumentError

    seconds = document_cpu_seconds() if seconds is None else seconds
    if not deadline_available():
        yield
        return
    armed = True

    def out_of_time(signum, frame) -> None:
        if armed:  # not once the block is over: the signal may arrive while the timer is being stopped
            raise _OutOfTime

    previous_handler = signal.signal(signal.SIGPROF, out_of_time)
    outer_left, _ = signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    except _OutOfTime:
        raise DocumentError(name, too_slow(seconds)) from None
    finally:
        armed = False
        left, _ = signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous_handler)
        if outer_left > 0:  # an outer deadline goes on with what it had left, less what this block used
            signal.setitimer(signal.ITIMER_PROF, max(outer_left - (seconds - left), 0.001))
