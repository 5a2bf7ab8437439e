"""Coverage-guided fuzzing with atheris (libFuzzer) of the number parser, the rules and the readers.

    .venv/bin/pip install atheris==3.0.0      # not in requirements-dev.txt: optional
    .venv/bin/python scripts/fuzz_atheris.py numbers --seconds 120
    .venv/bin/python scripts/fuzz_atheris.py figures --seconds 120
    .venv/bin/python scripts/fuzz_atheris.py readers --seconds 120

Allowed outcomes are those of tests/security/test_fuzz.py: a result, NumberFormatError or DocumentError;
anything else is a finding, which libFuzzer saves as crash-* in the working directory. The number of
inputs tried is written to test-artifacts/atheris-<target>.json as the run goes (libFuzzer ends the
process without running Python's exit handlers) and recorded in the results file when one is being made.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports(include=["etl"]):
    from etl.catalog import load_catalog
    from etl.extract import extract_figures
    from etl.numbers import NumberFormatError, parse_vi_number
    from etl.readers import SUPPORTED_SUFFIXES, DocumentError, read_bytes

CATALOG = load_catalog()
STATS = {"target": "", "executions": 0, "results": 0, "documented errors": 0}


def _text(data: bytes) -> str:
    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))


def fuzz_numbers(data: bytes) -> None:
    try:
        value = parse_vi_number(_text(data))
    except NumberFormatError:
        STATS["documented errors"] += 1
        return
    assert value == value and value >= 0, value
    STATS["results"] += 1


def fuzz_figures(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    doc_date = date(2023, 8, 25) if provider.ConsumeBool() else None
    text = provider.ConsumeUnicodeNoSurrogates(len(data))
    for m in extract_figures(text, CATALOG, doc_date, provider.ConsumeBool() and doc_date is not None):
        assert 0 <= m.sentence_start <= m.start < m.end <= m.sentence_end <= len(text), m
        assert text[m.start : m.end] == m.value_text, m
    STATS["results"] += 1


def fuzz_readers(data: bytes) -> None:
    if not data:
        return
    suffix = SUPPORTED_SUFFIXES[data[0] % len(SUPPORTED_SUFFIXES)]
    try:
        read_bytes(data[1:], suffix, name="fuzz")
    except DocumentError as exc:
        assert "\n" not in str(exc)
        STATS["documented errors"] += 1
        return
    STATS["results"] += 1


TARGETS = {"numbers": fuzz_numbers, "figures": fuzz_figures, "readers": fuzz_readers}


def seeds(target: str, folder: Path) -> Path:
    """Starting inputs: the corpus's own lines (with a suffix byte for the readers)."""
    lines = [
        line.encode()
        for path in sorted((ROOT / "data" / "raw").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if target == "numbers":
        lines = [b"6,95", b"22.683", b"18.063,8", b"65.000", b"1,234,567", b"hai"]
    for i, line in enumerate(lines):
        (folder / f"seed-{i}").write_bytes((b"\x00" if target == "readers" else b"") + line)
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--seconds", type=int, default=60)
    args, rest = parser.parse_known_args()
    STATS["target"] = args.target
    stats_file = ROOT / "test-artifacts" / f"atheris-{args.target}.json"
    stats_file.parent.mkdir(parents=True, exist_ok=True)
    target = TARGETS[args.target]
    started = time.monotonic()

    def one_input(data: bytes) -> None:
        STATS["executions"] += 1
        try:
            target(data)
        finally:
            if STATS["executions"] % 500 == 0:
                STATS["seconds"] = round(time.monotonic() - started, 1)
                stats_file.write_text(json.dumps(STATS))

    corpus = seeds(args.target, Path(tempfile.mkdtemp(prefix=f"atheris-{args.target}-")))
    argv = [sys.argv[0], f"-max_total_time={args.seconds}", "-rss_limit_mb=4096", *rest, str(corpus)]
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
