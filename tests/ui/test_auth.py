import pytest

from ui.auth import Throttle, hash_password, load_editors, verify


class Secrets(dict):
    """st.secrets behaves like a mapping; a missing secrets file raises on access."""


class MissingSecrets:
    def get(self, key):
        raise FileNotFoundError("no secrets.toml")


def test_editors_come_from_secrets_then_environment():
    assert load_editors(Secrets(editors={"lan": "pw"}), {"LANGSON_EDITORS": "x:y"}) == {"lan": "pw"}
    assert load_editors(MissingSecrets(), {"LANGSON_EDITORS": "an:mk1, binh:mk2"}) == {
        "an": "mk1",
        "binh": "mk2",
    }
    assert load_editors(MissingSecrets(), {}) == {}  # nothing configured: editing stays off
    assert load_editors(None, {"LANGSON_EDITORS": "broken, :nopw, noname:"}) == {}


@pytest.mark.parametrize(
    ("name", "password", "ok"),
    [
        ("an", "mật khẩu", True),
        ("an", "mật khẩu ", False),
        ("an", "", False),
        ("ai", "mật khẩu", False),
        ("binh", "s3cret", True),
        ("binh", "wrong", False),
    ],
)
def test_verify_plain_and_hashed(name, password, ok):
    editors = {"an": "mật khẩu", "binh": hash_password("s3cret", salt="abc", iterations=1000)}
    assert verify(editors, name, password) is ok


def test_failures_slow_down_the_next_attempt():
    t = Throttle(base_seconds=1, max_seconds=8)
    assert t.wait_seconds("an", now=100) == 0
    t.failed("an", now=100)
    assert t.wait_seconds("an", now=100) == 1
    t.failed("an", now=101)
    t.failed("an", now=101)
    assert t.wait_seconds("an", now=101) == 4
    for _ in range(10):
        t.failed("an", now=200)
    assert t.wait_seconds("an", now=200) == 8  # capped
    assert t.wait_seconds("binh", now=200) == 0  # per name
    t.succeeded("an")
    assert t.wait_seconds("an", now=200) == 0
