"""Dependencies: a licence check of every pinned distribution, and a vulnerability audit (pip-audit)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from reliability.results import note, record
from tests.security.conftest import ROOT

LOCK = ROOT / "requirements.lock"
AUDIT_COMMAND = ["pip-audit", "-r", "requirements.lock", "--no-deps", "--progress-spinner", "off"]


def _licence_check():
    spec = importlib.util.spec_from_file_location("licence_check", ROOT / "scripts" / "licence_check.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


licence_check = _licence_check()


@pytest.mark.parametrize(
    ("licence", "strong"),
    [
        ("MIT", False),
        ("BSD-3-Clause", False),
        ("LGPL-3.0-only", False),
        ("GNU Lesser General Public License v3 (LGPLv3)", False),
        ("MPL-2.0", False),
        ("GPL-3.0-or-later", True),
        ("AGPL-3.0-only", True),
        ("GNU General Public License v2 (GPLv2)", True),
        ("GNU Affero General Public License v3", True),
        ("MIT AND GPL-2.0-only", True),
        ("MPL-1.1 OR GPL-2.0-only OR LGPL-2.1-or-later", False),  # tld: a non-copyleft choice exists
        ("(GPL-2.0-only OR AGPL-3.0-only)", True),
    ],
)
def test_strong_copyleft_is_told_from_weak(licence, strong):
    assert licence_check.is_strong_copyleft(licence) is strong


def test_runtime_closure_follows_requires_dist_but_not_dev_tools():
    closure = licence_check.runtime_closure(ROOT / "requirements.txt")
    assert {"streamlit", "pandas", "numpy", "pypdf", "lxml"} <= closure  # numpy, lxml come indirectly
    assert not {"pytest", "hypothesis", "fpdf2", "ruff"} & closure


def test_a_gpl_runtime_dependency_fails_the_check(monkeypatch):
    monkeypatch.setattr(
        licence_check,
        "licence_of",
        lambda name: ("GPL-3.0-only", "test") if name == "tqdm" else ("MIT", "test"),
    )
    assert [r.name for r in licence_check.failures(licence_check.check())] == ["tqdm"]


def test_no_strong_copyleft_in_what_the_app_ships():
    rows = licence_check.check()
    assert {r.name for r in rows} == set(licence_check.pinned(LOCK))
    for r in rows:
        record(
            "Licences",
            {
                "distribution": r.name,
                "version": r.version,
                "needed by": "runtime" if r.runtime else "tests/dev",
                "licence": r.licence,
                "from": r.source,
            },
        )
    note(
        "Licences",
        "Checked by `.venv/bin/python scripts/licence_check.py` (also run by the tests): fails on GPL/AGPL "
        "(not LGPL) or an unknown licence in the runtime closure of requirements.txt. "
        f"{len(rows)} pinned distributions, {sum(r.runtime for r in rows)} at runtime; "
        f"strong copyleft at runtime: {[r.name for r in licence_check.failures(rows)] or 'none'}.",
    )
    assert licence_check.failures(rows) == []


# --- Vulnerability audit -------------------------------------------------------------------------


def _service_problem() -> str | None:
    """Why pip-audit's default service (PyPI's per-version JSON API) cannot answer here, or None."""
    name, version = next(iter(licence_check.pinned(LOCK).items()))
    url = f"https://pypi.org/pypi/{name}/{version}/json"
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            json.load(response)
    except urllib.error.HTTPError as exc:
        return f"PyPI's vulnerability data cannot be had from here: {url} answers HTTP {exc.code}"
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as exc:
        return f"PyPI's JSON API cannot be reached from here ({exc})"
    return None


def test_pinned_requirements_have_no_known_vulnerabilities():
    pip_audit = shutil.which("pip-audit", path=str(Path(sys.executable).parent))
    if pip_audit is None:
        reason = "pip-audit is not installed (pip install pip-audit==2.10.1)"
    else:
        reason = _service_problem()
    if reason:
        note("Vulnerability audit", f"Not run: {reason}. Command: `{' '.join(AUDIT_COMMAND)}`.")
        pytest.skip(reason)
    done = subprocess.run(
        [pip_audit, *AUDIT_COMMAND[1:], "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(done.stdout or "{}")
    dependencies = report.get("dependencies", [])
    unaudited = [d["name"] for d in dependencies if d.get("skip_reason")]
    if dependencies and len(unaudited) == len(dependencies):
        reason = f"the vulnerability service knows none of the {len(dependencies)} pinned versions"
        note("Vulnerability audit", f"Not run: {reason}. Command: `{' '.join(AUDIT_COMMAND)}`.")
        pytest.skip(reason)
    found = [(d["name"], d["version"], v["id"]) for d in dependencies for v in d.get("vulns", [])]
    for name, version, vuln in found:
        record("Vulnerability audit", {"distribution": name, "version": version, "advisory": vuln})
    note(
        "Vulnerability audit",
        f"`{' '.join(AUDIT_COMMAND)}`: {len(dependencies) - len(unaudited)} audited, "
        f"{len(unaudited)} not found by the service ({', '.join(unaudited) or 'none'}), {len(found)} advisories.",
    )
    assert found == [], found
