"""Issue 15, sign-in: parallel guesses, enumeration by work, lock-outs, and editor actions bound to a token.

Nothing here measures time: the tests count password checks, PBKDF2 work and the order the name's lock
is handed out in, and move the throttle's clock by hand.
"""

from __future__ import annotations

import hashlib
import threading
import time

import pytest

from reliability.results import record
from tests.security.test_web_surface import app_env, hostile_dir  # noqa: F401 (fixtures)
from tests.ui.test_pages import navigation_v2  # noqa: F401 (fixture)
from ui import auth
from ui.i18n import t

NAME, RIGHT = "lan", "mật khẩu đúng"
EDITORS = {NAME: auth.hash_password(RIGHT, salt="s", iterations=1000), "binh": "plain-pw"}


class FrozenThrottle(auth.Throttle):
    """The real throttle on a clock that only the test moves; it notes who was served, in order."""

    def __init__(self):
        super().__init__()
        self.now = 1_000.0
        self.served: list[str] = []

    def wait_seconds(self, key, now=None):
        self.served.append(threading.current_thread().name)
        return super().wait_seconds(key, self.now if now is None else now)

    def failed(self, key, now=None):
        super().failed(key, self.now if now is None else now)


def _queue_up(guard: auth.SignInGuard, passwords: list[str], client: str = "203.0.113.9"):
    """Start one attempt per password, each only once the previous one is queued on the name's lock
    (held by the test), then let them all go: arrival order is known, and the lock keeps it."""
    lock = guard.lock_for(NAME)
    assert lock.acquire(5)
    results: dict[str, auth.Attempt] = {}
    threads = []
    for i, password in enumerate(passwords):
        name = f"attempt-{i:02d}"
        thread = threading.Thread(
            target=lambda p=password, n=name: results.__setitem__(n, guard.attempt(EDITORS, NAME, p, client)),
            name=name,
        )
        thread.start()
        threads.append(thread)
        while lock.queued < i + 2:  # the test's own hold counts as one
            time.sleep(0.001)
    lock.release()
    for thread in threads:
        thread.join(60)
    return [results[f"attempt-{i:02d}"] for i in range(len(passwords))]


def test_twenty_parallel_wrong_guesses_cost_what_twenty_sequential_ones_do():
    sequential = auth.SignInGuard(FrozenThrottle())
    for i in range(20):
        sequential.attempt(EDITORS, NAME, f"sai-{i}", "203.0.113.9")
    parallel = auth.SignInGuard(FrozenThrottle())
    attempts = _queue_up(parallel, [f"sai-{i}" for i in range(20)])
    assert sequential.checks == parallel.checks == 1  # one password checked; 19 refused unchecked
    assert [a.checked for a in attempts] == [True] + [False] * 19
    served = list(dict.fromkeys(parallel.throttle.served))
    assert served == [f"attempt-{i:02d}" for i in range(20)]  # the lock was handed out in arrival order
    key = ("203.0.113.9", NAME)
    assert parallel.throttle.wait_seconds(key) == sequential.throttle.wait_seconds(key) > 0
    record(
        "Sign-in",
        {
            "case": "20 parallel wrong guesses vs 20 sequential",
            "passwords checked": f"{parallel.checks} vs {sequential.checks}",
            "outcome": "served one at a time in arrival order; the other 19 refused by the back-off",
        },
    )


def test_a_burst_of_nineteen_wrong_and_one_right_does_not_sign_in():
    guard = auth.SignInGuard(FrozenThrottle())
    attempts = _queue_up(guard, [f"sai-{i}" for i in range(19)] + [RIGHT])
    assert not any(a.ok for a in attempts)
    assert guard.checks == 1 and not attempts[-1].checked
    # The same burst with the right password first signs in, as it would one at a time.
    first = auth.SignInGuard(FrozenThrottle())
    attempts = _queue_up(first, [RIGHT] + [f"sai-{i}" for i in range(19)])
    assert attempts[0].ok and first.checks == 2  # then the first wrong guess is checked, the rest wait
    record(
        "Sign-in",
        {
            "case": "burst of 19 wrong + 1 right (right last)",
            "passwords checked": guard.checks,
            "outcome": "not signed in: the right one arrived during the back-off",
        },
    )


def test_an_attempt_is_counted_before_its_password_is_checked():
    seen = []
    throttle = FrozenThrottle()

    def verifier(editors, name, password):
        seen.append(throttle.wait_seconds(("c", name)))  # during the check the failure is already counted
        raise RuntimeError("the process dies mid-check")

    guard = auth.SignInGuard(throttle, verifier=verifier)
    with pytest.raises(RuntimeError):
        guard.attempt(EDITORS, NAME, "x", "c")
    assert seen[0] > 0 and throttle.wait_seconds(("c", NAME)) > 0


def test_a_stranger_cannot_lock_a_real_editor_out():
    throttle = FrozenThrottle()
    guard = auth.SignInGuard(throttle)
    for _ in range(30):  # the attacker keeps failing from its own address, each time its wait is over
        throttle.now += 60
        guard.attempt(EDITORS, NAME, "sai", "198.51.100.7")
    assert throttle.wait_seconds(("198.51.100.7", NAME)) == 30  # the attacker is held at the cap
    editor = guard.attempt(EDITORS, NAME, RIGHT, "203.0.113.20")
    assert editor.ok and editor.checked
    record(
        "Sign-in",
        {
            "case": "30 failures from one address, then the editor from another",
            "passwords checked": guard.checks,
            "outcome": "editor signed in at once: waits are per client and name",
        },
    )


def test_the_proxy_header_names_the_client_only_when_configured():
    headers = {"X-Real-IP": "198.51.100.7", "X-Forwarded-For": "1.2.3.4"}
    assert auth.client_key("10.0.0.1", headers, {}) == "10.0.0.1"  # sent by a remote browser: ignored
    assert auth.client_key(None, headers, {}) == "via-proxy:198.51.100.7"  # from a proxy on loopback
    proxy_elsewhere = {auth.CLIENT_HEADER_ENV: "X-Forwarded-For"}
    assert auth.client_key("10.0.0.1", headers, proxy_elsewhere) == "via-proxy:1.2.3.4"
    assert auth.client_key(None, None, {}) == auth.client_key(None, {}, {}) == "local"


@pytest.fixture
def pbkdf2_calls(monkeypatch):
    calls = []
    real = hashlib.pbkdf2_hmac

    def counting(name, password, salt, iterations, *args):
        calls.append(iterations)
        return real(name, password, salt, iterations, *args)

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", counting)
    return calls


def test_unknown_names_cost_the_same_pbkdf2_work_as_known_ones(pbkdf2_calls):
    for name in (NAME, "binh", "nobody"):  # warm the per-process hashes of plain passwords / the dummy
        auth.verify(EDITORS, name, "x")
    work = {}
    for name, password in [(NAME, "x"), (NAME, RIGHT), ("binh", "x"), ("nobody", "x"), ("", RIGHT)]:
        pbkdf2_calls.clear()
        auth.verify(EDITORS, name, password)
        work[(name, password)] = list(pbkdf2_calls)
    assert set(map(tuple, work.values())) == {(1000,)}, work  # one PBKDF2, same iterations, for all
    assert auth.verify(EDITORS, NAME, RIGHT) and auth.verify(EDITORS, "binh", "plain-pw")
    assert not auth.verify(EDITORS, "nobody", "") and not auth.verify({"x": "pbkdf2_sha256$bad"}, "x", "")
    record(
        "Sign-in",
        {
            "case": "known hashed, known plain and unknown names",
            "passwords checked": "1 PBKDF2 of 1,000 iterations each",
            "outcome": "same work whatever the name: no enumeration by timing",
        },
    )


def test_tokens_are_bound_to_session_browser_editor_and_time():
    now = 2_000_000_000.0
    token = auth.issue_token(NAME, "session-1", "browser-1", now=now)
    assert auth.token_editor(token, EDITORS, "session-1", "browser-1", now=now + 60) == NAME
    assert auth.token_editor(token, EDITORS, "session-2", "browser-1", now=now) is None
    assert auth.token_editor(token, EDITORS, "session-1", "browser-2", now=now) is None  # hijacked
    assert auth.token_editor(token, EDITORS, "session-1", "browser-1", now=now + 86_400) is None
    assert auth.token_editor(token, {"binh": "x"}, "session-1", "browser-1", now=now) is None
    _payload, signature = token.split(".")
    forged = auth.issue_token("binh", "session-1", "browser-1", now=now).split(".")[0] + "." + signature
    assert auth.token_editor(forged, EDITORS, "session-1", "browser-1", now=now) is None
    for junk in (None, "", "a.b.c", NAME, {"n": NAME}):
        assert auth.token_editor(junk, EDITORS, "session-1", "browser-1", now=now) is None


def test_uploads_are_allowed_only_for_signed_in_sessions():
    assert not auth.may_upload("s-1")
    auth.allow_uploads("s-1", now=100.0)
    assert auth.may_upload("s-1", now=101.0)
    assert not auth.may_upload("s-1", now=100.0 + auth.TOKEN_TTL_SECONDS + 1)  # expired with the token
    auth.allow_uploads("s-1")
    auth.revoke_uploads("s-1")
    assert not auth.may_upload("s-1")


# --- Through the page (AppTest) -----------------------------------------------------------------------


def test_a_session_used_from_another_browser_is_not_an_editor(app_env, monkeypatch):  # noqa: F811
    """Whoever attaches to a signed-in session from another browser (another address, user agent or XSRF
    cookie: another fingerprint) finds the sign-in form; so does the editor once the token expired."""
    from tests.security.test_web_surface import ADD, EDITOR, PASSWORD, _sign_in, _signed_in, new_app
    from tests.ui.test_pages import open_page
    from ui import app_auth

    monkeypatch.setenv(auth.ENV_VAR, f"{EDITOR}:{PASSWORD}")
    monkeypatch.setattr(auth, "GUARD", auth.SignInGuard())
    at = _sign_in(open_page(new_app(), ADD), EDITOR, PASSWORD)
    assert _signed_in(at)
    at.run()
    assert _signed_in(at)  # the token is checked on every run and holds
    real_browser = app_auth.browser
    monkeypatch.setattr(app_auth, "browser", lambda: "another-browser")
    at.run()
    assert not at.exception, at.exception
    assert not _signed_in(at)
    assert [h.value for h in at.subheader] == [t("signin_title", "vi")]  # the sign-in form again
    monkeypatch.setattr(app_auth, "browser", real_browser)
    at = _sign_in(open_page(new_app(), ADD), EDITOR, PASSWORD)
    assert _signed_in(at)
    real_time = time.time
    monkeypatch.setattr(auth.time, "time", lambda: real_time() + auth.TOKEN_TTL_SECONDS + 1)
    at.run()
    assert not _signed_in(at)
    record(
        "Sign-in",
        {
            "case": "signed-in session reused from another browser; token past its expiry",
            "passwords checked": "-",
            "outcome": "sign-in form shown, no editor actions",
        },
    )
