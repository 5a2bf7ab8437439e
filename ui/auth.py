"""Editor sign-in for changing the data: configured outside the code, checked in constant time, slowed
down after failures, and proven on every change by a signed, expiring token. No Streamlit here; the
page passes in `st.secrets`, the environment and what `st.context` says about the client.

Configuration (no default password is shipped; without one, editing stays off):
- `.streamlit/secrets.toml`:   [editors]  then  name = "password"
                               (or a "pbkdf2_sha256$iterations$salt$hexdigest" hash)
- or the environment:          LANGSON_EDITORS="name:password,other:pbkdf2_sha256$…"

The design (issue 15), and why:
- **Attempts are serialised per name and counted before the password is checked.** `SignInGuard.attempt`
  takes the name's lock (first come, first served), refuses without checking while the client's wait
  for that name runs, and records the attempt as a failure *before* verifying; only a right password
  clears it. So 20 parallel guesses are handled one after another: the first is checked, the other 19
  find its failure and are refused unchecked, exactly as 20 sequential guesses would be; a burst of 19
  wrong and 1 right does not sign in unless the right one is the first.
- **Waits are per client and name**, not per name alone: a stranger's failures slow only the stranger,
  so nobody can keep a real editor locked out. The client is the connection's IP address (from
  `st.context`), or the X-Real-IP a reverse proxy on loopback sets (see `client_key`). Each name's lock
  still serialises every client's attempts, so distributed guessing gets one password check at a
  time, server-wide. Each failure doubles the client's wait, up to 30 s.
- **Unknown names cost what known names cost**: every attempt runs exactly one PBKDF2 of the same
  iteration count -- against the editor's hash, against a hash of a plain-text password (computed once),
  or against a dummy hash for an unknown name.
- **Editor actions carry a token, not just the session**: signing in stores an HMAC-signed token
  (name, session id, client fingerprint, expiry; key random per server process) in the session;
  confirm and remove re-check it. Whoever learns a session id (it is in upload URLs, so in proxy logs)
  and attaches to the session from another browser has another fingerprint (address, browser, the
  browser's XSRF cookie), so the token fails and the page asks for a password. Tokens expire after
  TOKEN_TTL_SECONDS, and with the server process.
- Streamlit's own OIDC sign-in (`st.login`) was not chosen: it needs an external identity provider,
  which this deployment does not have, and it would still need the per-change check above.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import os
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

ENV_VAR = "LANGSON_EDITORS"
CLIENT_HEADER_ENV = "LANGSON_CLIENT_HEADER"  # e.g. X-Real-IP, set by the reverse proxy (see README)
_HASH_PREFIX = "pbkdf2_sha256$"
DEFAULT_ITERATIONS = 200_000
TOKEN_TTL_SECONDS = 4 * 3600
_PLAIN_SALT = "langson-plain-credential"
_DUMMY_PASSWORD = "\0 no editor has this name \0"


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


def hash_password(password: str, *, salt: str, iterations: int = DEFAULT_ITERATIONS) -> str:
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations).hex()
    return f"{_HASH_PREFIX}{iterations}${salt}${digest}"


def _parse(credential: str) -> tuple[int, str] | None:
    """(iterations, salt) of a pbkdf2 credential; None for a plain password or a malformed hash."""
    if not credential.startswith(_HASH_PREFIX):
        return None
    try:
        _, iterations, salt, digest = credential.split("$")
        bytes.fromhex(digest)
        return (int(iterations), salt) if int(iterations) > 0 else None
    except ValueError:
        return None


def work_factor(editors: Mapping[str, str]) -> int:
    """The PBKDF2 iterations every attempt costs: the configured hashes' (the most), else the default."""
    counts = [parsed[0] for c in editors.values() if (parsed := _parse(c))]
    return max(counts, default=DEFAULT_ITERATIONS)


@functools.lru_cache(maxsize=64)
def _reference(credential: str, iterations: int) -> str:
    """The hash an attempt is compared with: the credential itself when it is a hash, else a hash of the
    plain password (or of the dummy) with the common work factor, computed once per process."""
    if _parse(credential):
        return credential
    return hash_password(credential, salt=_PLAIN_SALT, iterations=iterations)


def verify(editors: Mapping[str, str], name: str, password: str) -> bool:
    """True only for a configured editor with the right password. Every call runs one PBKDF2 of the same
    iteration count (for unknown names, against a dummy hash), compared in constant time."""
    iterations = work_factor(editors)
    credential = editors.get(name)
    if credential is not None and credential.startswith(_HASH_PREFIX) and not _parse(credential):
        credential = None  # a malformed hash never matches; it costs the same as an unknown name
        known = False
    else:
        known = credential is not None
    reference = _reference(credential if known else _DUMMY_PASSWORD, iterations)
    parsed = _parse(reference)
    assert parsed is not None
    candidate = hash_password(password, salt=parsed[1], iterations=parsed[0])
    ok = hmac.compare_digest(candidate.encode(), reference.encode())
    return known and ok


class Throttle:
    """Failed sign-ins per key (client and name): each failure doubles the wait before the next try."""

    MAX_KEYS = 10_000  # forgotten oldest-first beyond this: a flood of names cannot exhaust memory

    def __init__(self, base_seconds: float = 1.0, max_seconds: float = 30.0):
        self.base, self.max = base_seconds, max_seconds
        self._failures: dict[object, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, key, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        with self._lock:
            count, last = self._failures.get(key, (0, 0.0))
        if not count:
            return 0.0
        delay = min(self.max, self.base * 2 ** (count - 1))
        return max(0.0, last + delay - now)

    def failed(self, key, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        with self._lock:
            count, _ = self._failures.pop(key, (0, 0.0))
            self._failures[key] = (count + 1, now)
            while len(self._failures) > self.MAX_KEYS:
                self._failures.pop(next(iter(self._failures)))

    def succeeded(self, key) -> None:
        with self._lock:
            self._failures.pop(key, None)


class FifoLock:
    """A lock handed out in the order it was asked for (a ticket lock), so attempts on one name are
    handled in arrival order; `queued` says how many are waiting (for tests and diagnostics)."""

    def __init__(self):
        self._cond = threading.Condition()
        self._next_ticket = 0
        self._serving = 0
        self._abandoned: set[int] = set()

    @property
    def queued(self) -> int:
        with self._cond:
            return self._next_ticket - self._serving

    def acquire(self, timeout: float) -> bool:
        with self._cond:
            ticket = self._next_ticket
            self._next_ticket += 1
            if not self._cond.wait_for(lambda: self._serving == ticket, timeout):
                self._abandoned.add(ticket)  # skipped when its turn comes
                return False
            return True

    def release(self) -> None:
        with self._cond:
            self._serving += 1
            while self._serving in self._abandoned:
                self._abandoned.discard(self._serving)
                self._serving += 1
            self._cond.notify_all()


@dataclass(frozen=True)
class Attempt:
    ok: bool
    wait: float  # seconds before this client may try this name again (0 when signed in)
    checked: bool  # whether the password was checked at all
    busy: bool = False  # the name's queue did not move in time; nothing was counted


class SignInGuard:
    """Sign-in attempts: serialised per name, counted before the check, throttled per client and name."""

    LOCK_STRIPES = 64  # names share this many locks (by hash): no lock per attacker-chosen name
    QUEUE_TIMEOUT = 60.0

    def __init__(
        self,
        throttle: Throttle | None = None,
        verifier: Callable[[Mapping[str, str], str, str], bool] = verify,
    ):
        self.throttle = throttle or Throttle()
        self.verifier = verifier
        self.checks = 0  # passwords actually checked (tests assert on this, never on time)
        self._locks = [FifoLock() for _ in range(self.LOCK_STRIPES)]
        self._salt = secrets.token_bytes(16)

    def lock_for(self, name: str) -> FifoLock:
        digest = hmac.new(self._salt, name.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()
        return self._locks[digest[0] % self.LOCK_STRIPES]

    def attempt(self, editors: Mapping[str, str], name: str, password: str, client: str) -> Attempt:
        key = (client, name)
        lock = self.lock_for(name)
        if not lock.acquire(self.QUEUE_TIMEOUT):
            return Attempt(False, 1.0, checked=False, busy=True)
        try:
            wait = self.throttle.wait_seconds(key)
            if wait > 0:
                return Attempt(False, wait, checked=False)
            self.throttle.failed(key)  # counted before the check: a crash mid-check still counts
            self.checks += 1
            if self.verifier(editors, name, password):
                self.throttle.succeeded(key)
                return Attempt(True, 0.0, checked=True)
            return Attempt(False, self.throttle.wait_seconds(key), checked=True)
        finally:
            lock.release()


GUARD = SignInGuard()


# --- Tokens -----------------------------------------------------------------------------------------

_TOKEN_KEY = secrets.token_bytes(32)  # per server process: a restart signs every editor out


def fingerprint(*parts: str | None) -> str:
    """A short digest of what identifies the browser (address, user agent, XSRF cookie token)."""
    joined = "\x1f".join(p or "" for p in parts)
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _sign(payload: bytes) -> str:
    return hmac.new(_TOKEN_KEY, payload, hashlib.sha256).hexdigest()


def issue_token(name: str, session_id: str, client_fingerprint: str, now: float | None = None) -> str:
    """A signed token for `name`, valid in this session, from this browser, until it expires."""
    now = time.time() if now is None else now
    body = json.dumps(
        {"n": name, "s": session_id, "f": client_fingerprint, "e": int(now + TOKEN_TTL_SECONDS)},
        ensure_ascii=True,
        sort_keys=True,
    ).encode()
    payload = base64.urlsafe_b64encode(body)
    return f"{payload.decode()}.{_sign(payload)}"


def token_editor(
    token: object,
    editors: Mapping[str, str],
    session_id: str,
    client_fingerprint: str,
    now: float | None = None,
) -> str | None:
    """The editor a token proves, or None: a bad signature, another session or browser, an expired
    token, or an editor no longer configured."""
    if not isinstance(token, str) or token.count(".") != 1:
        return None
    payload, signature = token.split(".")
    if not hmac.compare_digest(signature, _sign(payload.encode())):
        return None
    try:
        body = json.loads(base64.urlsafe_b64decode(payload.encode()))
    except ValueError:
        return None
    now = time.time() if now is None else now
    if not (
        isinstance(body, dict)
        and hmac.compare_digest(str(body.get("s")), session_id)
        and hmac.compare_digest(str(body.get("f")), client_fingerprint)
        and isinstance(body.get("e"), int)
        and now < body["e"]
        and body.get("n") in editors
    ):
        return None
    return body["n"]


# --- Sessions allowed to upload ---------------------------------------------------------------------

_uploaders: dict[str, float] = {}  # session id -> token expiry (time.time())
_uploaders_lock = threading.Lock()


def allow_uploads(session_id: str, now: float | None = None) -> None:
    """Let this session's browser use Streamlit's upload endpoint (see ui/web_guard.py)."""
    now = time.time() if now is None else now
    with _uploaders_lock:
        _uploaders[session_id] = now + TOKEN_TTL_SECONDS


def revoke_uploads(session_id: str) -> None:
    with _uploaders_lock:
        _uploaders.pop(session_id, None)


def may_upload(session_id: str, now: float | None = None) -> bool:
    now = time.time() if now is None else now
    with _uploaders_lock:
        expiry = _uploaders.get(session_id)
        if expiry is not None and expiry <= now:
            _uploaders.pop(session_id, None)
            return False
        return expiry is not None


DEFAULT_CLIENT_HEADER = "X-Real-IP"


def client_key(ip_address: str | None, headers: Mapping[str, str] | None, environ=os.environ) -> str:
    """Who is signing in, for throttling. The connection's address; for a connection from loopback
    (Streamlit reports no address: a reverse proxy on this machine, or a local user) the X-Real-IP header
    such a proxy sets. LANGSON_CLIENT_HEADER names another header and trusts it from any peer (a proxy on
    another machine). A header sent by a remote browser itself is never trusted by default."""
    configured = environ.get(CLIENT_HEADER_ENV, "").strip()
    header = configured or (DEFAULT_CLIENT_HEADER if ip_address is None else "")
    if header and headers is not None:
        value = str(headers.get(header) or "").split(",")[0].strip()
        if value:
            return f"via-proxy:{value[:100]}"
    return (ip_address or "local")[:100]
