"""Licence check: every pinned distribution's licence, and no strong copyleft in what the app ships.

    .venv/bin/python scripts/licence_check.py            # table of licences; exit 1 on GPL/AGPL at runtime

Licences come from the installed metadata (License-Expression, else License, else the classifiers).
Strong copyleft (GPL, AGPL; not LGPL) fails only in the runtime closure of requirements.txt -- the
packages the ETL and the dashboard import -- and only when no alternative of an OR expression avoids it.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
_STRONG = re.compile(
    r"(?<![L\w])A?GPL|GNU (?:Affero )?General Public License|\bGPLv\d", re.IGNORECASE
)  # "LGPL", "GNU Lesser/Library General Public License" are weak copyleft: allowed
_WEAK_GNU = re.compile(r"GNU (?:Lesser|Library) General Public License", re.IGNORECASE)


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str
    source: str  # which metadata field said so
    runtime: bool
    strong_copyleft: bool


def licence_of(name: str) -> tuple[str, str]:
    """The licence an installed distribution declares, and the metadata field it came from."""
    meta = distribution(name).metadata
    if expression := (meta.get("License-Expression") or "").strip():
        return expression, "License-Expression"
    text = (meta.get("License") or "").strip()
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    if text and len(text) <= 80 and "\n" not in text:
        return text, "License"
    if classifiers:
        return " AND ".join(classifiers), "Classifier"
    if text:  # a whole licence text: its first line names it
        return text.splitlines()[0].strip()[:80], "License (first line)"
    return "UNKNOWN", "none"


def is_strong_copyleft(licence: str) -> bool:
    """True when every alternative of an SPDX-like OR expression includes GPL or AGPL (not LGPL)."""
    alternatives = re.split(r"\s+OR\s+", licence.replace("(", " ").replace(")", " "))
    return all(_STRONG.search(_WEAK_GNU.sub("", alternative)) for alternative in alternatives)


def pinned(lock: Path) -> dict[str, str]:
    """name -> version from a requirements lock of `name==version` lines."""
    out = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            out[canonicalize_name(name)] = version.strip()
    return out


def runtime_closure(requirements: Path) -> set[str]:
    """The distributions requirements.txt installs, followed through their Requires-Dist markers."""
    todo = [
        Requirement(line.split("#")[0].strip())
        for line in requirements.read_text(encoding="utf-8").splitlines()
        if line.split("#")[0].strip() and not line.startswith("-")
    ]
    seen: set[str] = set()
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = distribution(req.name).requires or []
        except PackageNotFoundError:
            continue
        for spec in map(Requirement, requires):
            extras = [{"extra": e} for e in req.extras] or [{"extra": ""}]
            if spec.marker is None or any(spec.marker.evaluate(env) for env in extras):
                todo.append(spec)
    return seen


def check(
    lock: Path = ROOT / "requirements.lock", requirements: Path = ROOT / "requirements.txt"
) -> list[Licence]:
    runtime = runtime_closure(requirements)
    rows = []
    for name, version in sorted(pinned(lock).items()):
        try:
            licence, source = licence_of(name)
        except PackageNotFoundError:
            licence, source = "NOT INSTALLED", "none"
        rows.append(Licence(name, version, licence, source, name in runtime, is_strong_copyleft(licence)))
    return rows


def failures(rows: list[Licence]) -> list[Licence]:
    return [r for r in rows if r.runtime and (r.strong_copyleft or r.licence in ("UNKNOWN", "NOT INSTALLED"))]


def main() -> int:
    rows = check()
    for r in rows:
        flag = "  <-- strong copyleft at runtime" if r in failures(rows) else ""
        print(f"{r.name:28} {r.version:14} {'runtime' if r.runtime else 'dev':8} {r.licence}{flag}")
    bad = failures(rows)
    print(f"\n{len(rows)} distributions, {sum(r.runtime for r in rows)} at runtime, {len(bad)} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
