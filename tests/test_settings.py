"""Settings read from the environment are listed once (etl/settings.py) and in the README, and no code reads
one that is not listed."""

from __future__ import annotations

import re
from pathlib import Path

from etl.settings import NAMES, SETTINGS

ROOT = Path(__file__).resolve().parents[1]
CODE = ["etl", "ui", "pages", "bench", "scripts", "reliability", "tests", "dashboard.py", "serve.py"]
_NAME = re.compile(r"\b(LANGSON_[A-Z_]+|BROWSER_PATH)\b")


def _code_names() -> set[str]:
    names = set()
    for place in CODE:
        path = ROOT / place
        for file in [path] if path.is_file() else path.rglob("*.py"):
            if file.name in ("settings.py", "test_settings.py"):
                continue
            names |= set(_NAME.findall(file.read_text(encoding="utf-8")))
    return names


def test_every_setting_the_code_reads_is_listed():
    assert _code_names() <= NAMES, sorted(_code_names() - NAMES)


def test_every_listed_setting_is_read_somewhere():
    assert _code_names() >= NAMES, sorted(NAMES - _code_names())


def test_the_readme_lists_every_setting():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Settings") :]
    for setting in SETTINGS:
        assert f"`{setting.name}`" in section, setting.name
