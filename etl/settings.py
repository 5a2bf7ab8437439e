"""Every setting read from the environment, in one place: its name, its default and what it does.

The modules that read them name them from here; the README's "Settings" table lists the same, and
tests/test_settings.py checks that the code, this table and the README agree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    what: str


SETTINGS = (
    Setting("LANGSON_DATA_DIR", "data/processed", "the published dataset the dashboard reads"),
    Setting(
        "LANGSON_RAW_DIR", "data/raw", "the source documents and their manifest (Add documents writes here)"
    ),
    Setting(
        "LANGSON_AUDIT_LOG", "data/audit.jsonl", "the change log of documents added or removed in the browser"
    ),
    Setting("LANGSON_EDITORS", "(none)", "editors and their passwords or pbkdf2 hashes, `name:password,…`"),
    Setting(
        "LANGSON_CLIENT_HEADER",
        "X-Real-IP",
        "the header a reverse proxy on another machine names the client in",
    ),
    Setting(
        "LANGSON_CATALOG", "etl/catalog.yaml", "the indicator catalog: indicators, units as data, places"
    ),
    Setting("LANGSON_DOCUMENT_CPU_SECONDS", "60", "CPU seconds one document may take before it is refused"),
    Setting("BROWSER_PATH", "/usr/bin/chromium", "the Chromium kaleido renders static chart exports with"),
    Setting("LANGSON_LONG", "(unset)", "tests only: run the long fuzzing, crash and soak runs"),
    Setting("LANGSON_SEED", "(random)", "tests only: the seed of the long runs"),
    Setting("LANGSON_RESULTS_STORE", "reliability/", "tests only: where the long runs write their results"),
)
NAMES = frozenset(s.name for s in SETTINGS)
