"""Editor sign-in for changing the data: configured outside the code, checked in constant time, slowed
down after failures. No Streamlit here; the page passes in `st.secrets` and the environment.

Configuration (no default password is shipped; without one, editing stays off):
- `.streamlit/secrets.toml`:   [editors]  then  name = "password"
                               (or a "pbkdf2_sha256$iterations$salt$hexdigest" hash)
- or the environment:          LANGSON_EDITORS="name:password,other:pbkdf2_sha256$…"
"""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from collections.abc import Mapping

ENV_VAR = "LANGSON_EDITORS"
_HASH_PREFIX = "pbkdf2_sha256$"


def load_editors(secrets: Mapping | None, environ: Mapping[str, str]) -> dict[str, str]:
    """Editor name -> password or hash, from secrets first, else the environment."""
    editors: dict[str, str] = {}
    section = None
    try:
        section = secrets.get("editors") if secrets is not None else None
    except Exception:  # st.secrets raises when no secrets file exists
        section = None
    if isinstance(section, Mapping):
        editors = {str(k): str(v) for k, v in section.items() if str(v)}
    if not editors and environ.get(ENV_VAR):
        for item in environ[ENV_VAR].split(","):
            name, sep, credential = item.strip().partition(":")
            if sep and name.strip() and credential:
                editors[name.strip()] = credential
    return editors


def hash_password(password: str, *, salt: str, iterations: int = 200_000) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"{_HASH_PREFIX}{iterations}${salt}${digest}"


def _matches(credential: str, password: str) -> bool:
    if credential.startswith(_HASH_PREFIX):
        try:
            _, iterations, salt, _digest = credential.split("$")
            candidate = hash_password(password, salt=salt, iterations=int(iterations))
        except ValueError:
            return False
        return hmac.compare_digest(candidate.encode(), credential.encode())
    return hmac.compare_digest(password.encode(), credential.encode())


def verify(editors: Mapping[str, str], name: str, password: str) -> bool:
    """True only for a configured editor with the right password. Unknown names cost the same."""
    credential = editors.get(name)
    ok = _matches(credential if credential is not None else "\0unknown", password)
    return credential is not None and ok


class Throttle:
    """Failed sign-ins per editor name, server-wide: each failure doubles the wait before the next try."""

    def __init__(self, base_seconds: float = 1.0, max_seconds: float = 30.0):
        self.base, self.max = base_seconds, max_seconds
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, name: str, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        with self._lock:
            count, last = self._failures.get(name, (0, 0.0))
        if not count:
            return 0.0
        delay = min(self.max, self.base * 2 ** (count - 1))
        return max(0.0, last + delay - now)

    def failed(self, name: str, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            count, _ = self._failures.get(name, (0, 0.0))
            self._failures[name] = (count + 1, now)

    def succeeded(self, name: str) -> None:
        with self._lock:
            self._failures.pop(name, None)


THROTTLE = Throttle()
