"""The project's own text files hold no control characters: a "\b" written into a non-raw string becomes a
backspace, and a pattern holding one silently never matches (grid.py's price basis did, for a day)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _own_files():
    for folder in ("etl", "pages", "bench", "tests"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".yaml", ".md") and "corpus" not in path.parts:
                yield path
    yield ROOT / "dashboard.py"


def test_no_control_characters_in_the_projects_own_files():
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in _own_files()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _CONTROL.search(line)
    ]
    assert found == []
