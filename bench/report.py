"""The results table (printed, and written to bench/results.md) with what the profiles of misses showed."""

from __future__ import annotations

from collections.abc import Sequence

from bench.findings import CAUSES
from bench.measure import Measurement

HEADER = ("measurement", "median", "baseline (same run)", "ratio", "target", "result", "runs", "note")


def _number(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:.3g}" if abs(value) < 100 else f"{value:,.0f}"
    return f"{text} {unit}".strip()


def result_word(met: bool | None) -> str:
    return {True: "met", False: "**missed**", None: "not measured"}[met]


def table_row(m: Measurement) -> tuple[str, ...]:
    if m.baseline is None:
        baseline = m.baseline_what or "—"
    else:
        baseline = f"{_number(m.baseline, m.unit)} ({m.baseline_what})"
    ratio = "—" if m.ratio is None else f"{m.ratio:.3g}×"
    return (
        m.what,
        _number(m.value, m.unit),
        baseline,
        ratio,
        m.target,
        result_word(m.met),
        str(m.runs),
        m.note,
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(measurements: Sequence[Measurement]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(_cell(c) for c in table_row(m)) + " |" for m in measurements]
    return "\n".join(lines)


def findings(measurements: Sequence[Measurement]) -> str:
    """For each benchmark with a miss (or details): the cause found by profiling, then the profile itself."""
    blocks = []
    for name in dict.fromkeys(m.name for m in measurements if m.met is False or m.details):
        details = [line for m in measurements if m.name == name for line in m.details]
        block = [f"### {name}", "", CAUSES.get(name) or "Not profiled yet."]
        if details:
            block += ["", "Profile from this run:", "", "```", *details, "```"]
        blocks.append("\n".join(block))
    return "\n\n".join(blocks)


def render(measurements: Sequence[Measurement], context: dict[str, str]) -> str:
    """The whole results file."""
    lines = [
        "# Benchmark results",
        "",
        "Written by `python -m bench` (see the README); do not edit by hand.",
        "",
        *[f"- {key}: {value}" for key, value in context.items()],
        "",
        "Every figure is the median of its runs, next to a baseline measured in the same run. The machine "
        "has **2 cores shared with other work**, so absolute times are noisy: compare the ratios.",
        "",
        markdown_table(measurements),
    ]
    missed = findings(measurements)
    if missed:
        lines += ["", "## Misses: what the profiles show", "", missed]
    return "\n".join(lines) + "\n"
