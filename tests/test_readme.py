"""The README is part of the product: every command it names must exist."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def make_targets() -> set[str]:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    return set(re.findall(r"^([a-z][a-z-]*):", makefile, re.MULTILINE))


def test_the_two_commands_and_every_make_target_named_exist():
    named = set(re.findall(r"\bmake ([a-z][a-z-]*)", README))
    assert {"run", "check"} <= named
    assert named <= make_targets()


def test_ci_runs_the_readme_test_command():
    assert "make check" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_python_module_command_named_exists():
    modules = set(re.findall(r"python -m ([a-z_]+)", README))
    assert "etl" in modules
    for module in modules - {"pytest", "streamlit", "pip", "venv"}:
        assert (ROOT / module / "__main__.py").exists(), module


def test_etl_flags_in_the_readme_are_real_options():
    result = subprocess.run([sys.executable, "-m", "etl", "--help"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0
    for flag in set(re.findall(r"python -m etl[^\n`]*", README)):
        for option in re.findall(r"--[a-z-]+", flag):
            assert option in result.stdout, option


def test_every_page_has_a_row_in_the_pages_table():
    from ui.i18n import t
    from ui.page_list import PAGES

    for page in PAGES:
        assert f"| {t(page.title_key, 'vi')} / {t(page.title_key, 'en')} |" in README, page.path


def test_the_data_section_names_the_reference_history_and_its_gaps():
    reference = ROOT / "data" / "reference"
    assert "### The reference history (`data/reference/`)" in README
    assert "data/reference/GAPS-*.md" in README and list(reference.glob("GAPS-*.md"))
    for path in reference.glob("*.csv"):
        assert f"`{path.name}`" in README, path.name
    assert "python -m etl [--raw DIR] [--out DIR] [--reference DIR]" in README
