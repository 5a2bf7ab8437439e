"""Where the CPU time goes during a browser benchmark: the server, Chromium, Playwright, or other work."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

SERVER, CHROMIUM, DRIVER, BENCHMARK, OTHER = (
    "Streamlit server",
    "Chromium",
    "Playwright driver",
    "benchmark",
    "other work",
)


@dataclass(frozen=True)
class CpuSnapshot:
    """CPU seconds (user + system) so far of each benchmark process, with its role, and of the machine."""

    by_pid: dict[int, tuple[str, float]]
    machine_busy: float  # every CPU, all but idle and I/O wait; steal (other virtual machines) included


def snapshot(server_pid: int) -> CpuSnapshot:
    """This process and its descendants: the server it started, Chromium, the Playwright driver (node)."""
    import psutil  # a dev requirement, like Playwright: the ETL benchmarks run without it

    me = psutil.Process()
    server = {server_pid, *(p.pid for p in psutil.Process(server_pid).children(recursive=True))}
    by_pid = {}
    for proc in [me, *me.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):  # a renderer may exit while we look
            times = proc.cpu_times()
            if proc.pid in server:
                role = SERVER
            elif proc.pid == me.pid:
                role = BENCHMARK
            else:
                role = CHROMIUM if "chrom" in proc.name() else DRIVER
            by_pid[proc.pid] = (role, times.user + times.system)
    m = psutil.cpu_times()
    busy = sum(m) - m.idle - m.iowait - m.guest - m.guest_nice  # guest time is counted in user already
    return CpuSnapshot(by_pid, busy)


def spent(before: CpuSnapshot, after: CpuSnapshot) -> dict[str, float]:
    """CPU seconds by role between two snapshots; what the machine spent beyond them is "other work"."""
    by_role = dict.fromkeys((SERVER, CHROMIUM, DRIVER, BENCHMARK), 0.0)
    for pid, (role, seconds) in after.by_pid.items():
        by_role[role] += seconds - before.by_pid.get(pid, (role, 0.0))[1]  # a new process counts from zero
    by_role[OTHER] = max(0.0, after.machine_busy - before.machine_busy - sum(by_role.values()))
    return by_role


def table(by_role: dict[str, float], wall_s: float, cores: int) -> list[str]:
    """Lines of a small table: CPU seconds by role, as a share of what the cores could give in `wall_s`."""
    available = wall_s * cores
    rows = [
        *sorted(by_role.items(), key=lambda kv: -kv[1]),
        ("idle", max(0.0, available - sum(by_role.values()))),
    ]
    lines = [f"CPU seconds over {wall_s:.1f} s wall on {cores} cores ({available:.1f} core-seconds):"]
    return lines + [f"  {role:<18} {seconds:7.1f} s  {seconds / available:5.0%}" for role, seconds in rows]
