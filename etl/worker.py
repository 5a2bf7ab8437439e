"""Run a document's heavy work (a preview, a rebuild) in a child process with CPU and memory limits.

The dashboard serves every visitor from threads of one process: a document that keeps the readers or
the rules busy inside a request thread holds the GIL and stalls every other visitor's page. Here the
work runs in a fresh Python process (`python -m etl.worker`, the task and its result pickled through
its stdin and stdout), with

- RLIMIT_CPU: at most `cpu_seconds` of CPU (SIGXCPU kills it past that, whatever it is doing);
- RLIMIT_AS: at most `memory_bytes` of address space (allocations fail with MemoryError past that);
- the per-document deadline of etl.limits, which ends a document's reading and extraction with a clear
  per-file error well before RLIMIT_CPU;
- the lowest priority (nice 19), so visitors' pages keep the CPU they need;
- one worker at a time per server process: a second editor waits for the first, at most `wait_seconds`.

A new interpreter rather than multiprocessing's fork server or spawn: both re-run the parent's
`__main__` in the child, and under Streamlit `__main__` is the page script being run.

Whatever stops it, the caller gets the child's own exception (DocumentError, IngestError, EtlError all
pickle) or a WorkerError saying in one line what limit was met.
"""

from __future__ import annotations

import os
import pickle
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from etl.limits import CPU_SECONDS_ENV, cpu_deadline, document_cpu_seconds

WORKER_CPU_SECONDS = 180  # a rebuild re-reads only what changed; a preview has its 60 s deadline inside
WORKER_MEMORY_BYTES = 3 * 1024**3  # address space: the readers' limits keep real use far below this
WORKER_WALL_SECONDS = 900  # even on a machine busy with other work
WORKER_WAIT_SECONDS = 120  # for the worker another editor is using
WORKER_NICE = 19  # the lowest priority: an editor's preview or rebuild yields the CPU to every visitor
_ROOT = Path(__file__).resolve().parent.parent
_SLOT = threading.BoundedSemaphore(1)


class WorkerError(Exception):
    """The worker was stopped by a limit, or died; str(exc) says which, in one line."""


def run_limited(
    fn: Callable[..., Any],
    *args: Any,
    name: str,
    deadline: bool = True,
    cpu_seconds: int = WORKER_CPU_SECONDS,
    memory_bytes: int = WORKER_MEMORY_BYTES,
    wall_seconds: float = WORKER_WALL_SECONDS,
    wait_seconds: float = WORKER_WAIT_SECONDS,
    **kwargs: Any,
) -> Any:
    """fn(*args, **kwargs) in a limited worker process; its result, or its exception raised here.

    `fn` must be importable by name (a module-level function). `name` is the document the errors name;
    with `deadline`, the whole call is one document's work and has the per-document CPU deadline (a
    rebuild sets its own, per document it reads)."""
    if not _SLOT.acquire(timeout=wait_seconds):
        raise WorkerError("another document is being processed; try again in a minute")
    try:
        return _run(fn, args, kwargs, name, deadline, cpu_seconds, memory_bytes, wall_seconds)
    finally:
        _SLOT.release()


def _run(fn, args, kwargs, name, deadline, cpu_seconds, memory_bytes, wall_seconds):
    limits = {
        "cpu_seconds": int(cpu_seconds),
        "memory_bytes": int(memory_bytes),
        "nice": WORKER_NICE,
        "document_seconds": document_cpu_seconds(),
        "deadline_name": name if deadline else None,
    }
    task = pickle.dumps((fn, args, kwargs, limits), protocol=pickle.HIGHEST_PROTOCOL)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")])),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "etl.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=_ROOT,
        env=env,
    )
    try:
        out, err = process.communicate(task, timeout=wall_seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        raise WorkerError(f"{name}: still running after {wall_seconds:g} s; stopped") from None
    except BaseException:
        process.kill()
        process.communicate()
        raise
    try:
        kind, value = pickle.loads(out)
    except Exception:  # it died without a word: a limit the kernel enforces, or a crash
        raise WorkerError(_death(name, process.returncode, cpu_seconds, err)) from None
    if kind == "ok":
        return value
    if kind == "memory":
        raise WorkerError(f"{name}: needed more than {memory_bytes / 1024**2:,.0f} MB of memory; refused")
    raise value


def _serve() -> None:
    """The worker's side: read the task, set the limits, run it, write ("ok", result) or ("error", exc)."""
    result_fd = os.dup(1)
    os.dup2(2, 1)  # anything the libraries print goes to stderr, not into the pickled result
    fn, args, kwargs, limits = pickle.loads(sys.stdin.buffer.read())
    cpu, memory = limits["cpu_seconds"], limits["memory_bytes"]
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))  # SIGXCPU would otherwise dump a core
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    os.nice(limits["nice"])
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a Ctrl-C of the server is the parent's to handle
    os.environ[CPU_SECONDS_ENV] = str(limits["document_seconds"])  # the ETL's per-document deadline
    try:
        if limits["deadline_name"] is not None:
            with cpu_deadline(limits["deadline_name"], limits["document_seconds"]):
                result = fn(*args, **kwargs)
        else:
            result = fn(*args, **kwargs)
        message = ("ok", result)
    except MemoryError:
        message = ("memory", None)
    except BaseException as exc:  # everything goes back to the caller, as it is
        message = ("error", exc)
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # an exception that cannot be rebuilt from its pickle: its text goes back
            message = ("error", WorkerError(f"{type(exc).__name__}: {exc}"))
    try:
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an exception that does not pickle: its text still goes back
        failed = message[1]
        data = pickle.dumps(("error", WorkerError(f"{type(failed).__name__}: {failed} ({exc})")))
    with os.fdopen(result_fd, "wb") as out:
        out.write(data)


def _death(name: str, code: int | None, cpu_seconds: int, err: bytes) -> str:
    if code == -signal.SIGXCPU:
        return f"{name}: took more than {cpu_seconds} s of CPU; refused"
    if code == -signal.SIGKILL:
        return f"{name}: the worker was killed (out of memory?); nothing was changed by it"
    last = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
    return f"{name}: the worker stopped unexpectedly (exit code {code}) {last[0][:200]}".rstrip()


def limits_in_force() -> tuple[int, tuple[int, int], tuple[int, int], int]:
    """(pid, RLIMIT_CPU, RLIMIT_AS, niceness) of the calling process: what a worker runs under."""
    return (
        os.getpid(),
        resource.getrlimit(resource.RLIMIT_CPU),
        resource.getrlimit(resource.RLIMIT_AS),
        os.nice(0),
    )


def _spin(seconds: float) -> None:
    """Python-level busy work for `seconds` of CPU (tests of the limits)."""
    import time

    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


if __name__ == "__main__":  # `python -m etl.worker`: serve from the module itself, not from __main__,
    from etl.worker import _serve as serve  # so what goes back pickles as etl.worker's classes

    serve()
