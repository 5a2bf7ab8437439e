"""Issue 15, the surface: security headers, /_stcore/metrics, uploads before sign-in, git information,
"/overview", and `"` in chart text. The middleware and the git-info switch are tested directly; one real
server on loopback (serve.py, the production entry point) and Chromium check them end to end."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import threading
import types
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from streamlit.runtime.app_session import AppSession
from streamlit.testing.v1 import AppTest

from reliability.results import record
from tests.security.web_hostile import write_hostile_dataset
from tests.ui.test_pages import DASHBOARD, TIMEOUT, navigation_v2  # noqa: F401 (fixture)
from ui import auth, charts_of, web_guard
from ui.i18n import t

REPO = Path(__file__).resolve().parents[2]
README = REPO / "README.md"


def _asgi(path: str, method: str = "GET", headers: dict | None = None):
    """Run one HTTP request through WebGuard around an app that answers 200; (status, headers, reached)."""
    reached = []

    async def inner(scope, receive, send):
        reached.append(scope["path"])
        await send(
            {"type": "http.response.start", "status": 200, "headers": [(b"x-frame-options", b"ALLOW")]}
        )
        await send({"type": "http.response.body", "body": b"ok"})

    sent = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {
        "type": "http",
        "path": path,
        "method": method,
        "headers": [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()],
    }
    # In a thread of its own: Playwright's sync API may have left an event loop running in this one.
    worker = threading.Thread(target=asyncio.run, args=(web_guard.WebGuard(inner)(scope, receive, send),))
    worker.start()
    worker.join(60)
    start = sent[0]
    return start["status"], {k.decode().lower(): v.decode() for k, v in start["headers"]}, bool(reached)


def test_every_answer_carries_the_security_headers():
    for path in ("/", "/overview", "/_stcore/health", "/static/js/main.js", "/_stcore/metrics"):
        _status, headers, _ = _asgi(path)
        assert headers["x-frame-options"] == "DENY"  # replaces whatever the app said
        assert headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert "object-src 'none'" in headers["content-security-policy"]


def test_metrics_are_not_public():
    assert _asgi("/_stcore/metrics")[::2] == (404, False)
    assert _asgi("/base/_stcore/metrics/")[::2] == (404, False)  # under server.baseUrlPath too


def test_uploads_need_a_signed_in_session():
    url = "/_stcore/upload_file/session-7/file-1"
    length = {"Content-Length": "1000"}
    assert _asgi(url, "PUT", length)[::2] == (403, False)
    auth.allow_uploads("session-7")
    try:
        assert _asgi(url, "PUT", length)[::2] == (200, True)
        assert _asgi(url, "PUT", {"Content-Length": str(50 * 1024 * 1024)})[::2] == (413, False)
        assert _asgi(url, "PUT")[::2] == (413, False)  # no length: not buffered blindly
        assert _asgi("/_stcore/upload_file/session-8/file-1", "PUT", length)[::2] == (403, False)
    finally:
        auth.revoke_uploads("session-7")
    assert _asgi(url, "DELETE")[::2] == (403, False)
    record(
        "Web surface",
        {
            "check": "upload endpoint",
            "how": "PUT /_stcore/upload_file/<session>/<file> through the middleware",
            "outcome": "403 unless the session signed in as an editor; 413 over 21 MiB or without a length",
        },
    )


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_git_information_is_not_served(tmp_path, monkeypatch):
    """The handler Streamlit runs for a browser's "load_git_info" message: the original lists untracked
    and modified files of a checkout with a GitHub remote (checker self-test); once installed, nothing."""
    repo = tmp_path / "checkout"
    repo.mkdir()
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "-c", "user.name=a", "-c", "user.email=a@b", "commit", "-q", "--allow-empty", "-m", "x")
    _git(repo, "remote", "add", "origin", "https://github.com/example/langson.git")
    _git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(repo, "branch", "-q", "--set-upstream-to=origin/main")
    (repo / "dashboard.py").write_text("")
    (repo / "secret-notes.txt").write_text("x")

    def ask(handler) -> list:
        sent = []
        session = types.SimpleNamespace(
            _script_data=types.SimpleNamespace(main_script_path=str(repo / "dashboard.py")),
            _enqueue_forward_msg=sent.append,
        )
        handler(session)
        return sent

    original = AppSession.__dict__["_handle_git_information_request"]
    if original is web_guard._no_git_info:  # dashboard.py already ran in this process
        original = web_guard.streamlit_git_info
    leaked = ask(original)
    assert leaked and "secret-notes.txt" in leaked[0].git_info_changed.untracked_files
    monkeypatch.setattr(AppSession, "_handle_git_information_request", original)
    web_guard.install()
    assert ask(AppSession._handle_git_information_request) == []
    record(
        "Web surface",
        {
            "check": "git information",
            "how": "Streamlit's load_git_info handler on a checkout with a GitHub remote and an untracked file",
            "outcome": "before: untracked files listed; after ui.web_guard.install(): no message",
        },
    )


def test_overview_has_its_own_url(tmp_path, monkeypatch):
    """ "/overview" is a registered URL (the hidden twin of the default page) that hands over to "/"."""
    monkeypatch.setenv("LANGSON_DATA_DIR", str(write_hostile_dataset(tmp_path / "processed")))
    at = AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT).run()
    assert AppSession._handle_git_information_request is web_guard._no_git_info  # dashboard.py installs it
    overview_title = at.title[0].value
    urls = {info.get("url_pathname") for info in at._registered_pages.values()}
    assert {"", "overview"} <= urls  # what the server matches a browser's /overview against
    at.switch_page("pages/overview.py").run()  # AppTest picks the page registered as "overview"
    assert not at.exception
    assert at.title[0].value == overview_title
    record(
        "Web surface",
        {
            "check": "/overview",
            "how": "the URL paths st.navigation registers; AppTest on the page registered as overview",
            "outcome": "a hidden twin of the default page answers /overview and hands over to /",
        },
    )


def test_a_double_quote_from_a_document_is_drawn_as_a_double_quote():
    """html.escape writes `"` as &quot;, which plotly.js does not decode (only numeric references and
    amp, lt, gt, nbsp, …): the chart showed "&quot;". Chart text now carries &#34;."""
    from tests.sample_dataset import sample_tables

    tables = sample_tables()
    tables["sources"].loc[0, "publisher"] = 'Báo "Lạng Sơn"'
    figs = [
        charts_of.indicator_chart(tables["figures"], tables["indicators"], tables["sources"], i, "vi")
        for i in ("pci_rank", "grdp_growth")
    ]
    spec = json.dumps([json.loads(f.to_json()) for f in figs], ensure_ascii=False)
    assert "&quot;" not in spec
    assert "Báo &#34;Lạng Sơn&#34;" in spec
    record(
        "Web surface",
        {
            "check": '`"` in chart text',
            "how": "a publisher with double quotes, drawn in the source line and hover text",
            "outcome": "written &#34; (which plotly decodes), never &quot;",
        },
    )


def test_readme_documents_the_reverse_proxy_headers():
    """Where serve.py is not used, the README's nginx configuration must set the same headers."""
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```nginx\n(.*?)```", text, flags=re.S)
    assert blocks, "the README has no nginx configuration"
    config = blocks[0]
    for name, value in web_guard.SECURITY_HEADERS.items():
        assert re.search(rf'add_header\s+{re.escape(name)}\s+"{re.escape(value)}"\s+always;', config), name
    assert re.search(r"location\s+[~=^ ]*\S*_stcore/metrics\S*\s*\{\s*return 404;", config)
    assert "proxy_set_header Upgrade $http_upgrade;" in config  # the websocket
    assert "proxy_set_header X-Real-IP $remote_addr;" in config  # the client, for sign-in waits


# --- One real server (serve.py) on loopback, and Chromium -------------------------------------------


@pytest.fixture(scope="module")
def guarded_server(tmp_path_factory):
    from bench.server import streamlit_server

    base = tmp_path_factory.mktemp("guarded")
    data = write_hostile_dataset(base / "processed")
    env = {
        "LANGSON_DATA_DIR": str(data),
        "LANGSON_RAW_DIR": str(base / "raw"),
        "LANGSON_AUDIT_LOG": str(base / "audit.jsonl"),
        auth.ENV_VAR: "",
    }
    with streamlit_server(REPO / "serve.py", env, base) as server:
        yield server


def _get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.status, answer.headers
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
def test_the_production_server_guards_its_surface(guarded_server):
    status, headers = _get(guarded_server.url + "/")
    assert (
        status == 200
        and headers["X-Frame-Options"] == "DENY"
        and headers["X-Content-Type-Options"] == "nosniff"
    )
    assert headers["Content-Security-Policy"] == web_guard.CONTENT_SECURITY_POLICY
    assert _get(guarded_server.url + "/_stcore/metrics")[0] == 404
    assert _get(guarded_server.url + "/_stcore/health")[0] == 200
    request = urllib.request.Request(
        f"{guarded_server.url}/_stcore/upload_file/any-session/any-file", data=b"x" * 1000, method="PUT"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 403
    record(
        "Web surface",
        {
            "check": "serve.py on 127.0.0.1",
            "how": "GET /, /_stcore/metrics, /_stcore/health; PUT an upload without signing in",
            "outcome": "CSP, X-Frame-Options DENY, nosniff on every answer; metrics 404; upload 403",
        },
    )


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
@pytest.mark.parametrize("path", ["", "overview", "sources"])
def test_pages_work_under_the_content_security_policy(guarded_server, path):
    from tests.playwright_browser import wait_charts_drawn
    from tests.security.web_server import chromium, error_boxes, open_app

    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(60_000)
        try:
            context.add_init_script(
                "window.__csp = []; document.addEventListener('securitypolicyviolation',"
                " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
            )
            page = context.new_page()
            violations = []
            page.on("console", lambda m: "Content Security Policy" in m.text and violations.append(m.text))
            page.on("pageerror", lambda e: violations.append(str(e)))
            open_app(page, guarded_server.url, path)
            if path != "sources":
                wait_charts_drawn(page)
            assert error_boxes(page) == 0
            if path == "sources":
                assert page.locator("h1").first.inner_text().strip() == t("page_sources", "vi")
            assert not page.locator('[data-testid="stPageNotFoundModal"], [role="dialog"]').count()
            assert violations == []
            assert page.evaluate("window.__csp") == []
            if path == "overview":
                page.wait_for_url(re.compile(r"/(\?.*)?$"))  # handed over to "/"
        finally:
            context.close()


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
def test_a_signed_in_editor_can_still_upload_through_the_guard(tmp_path):
    """Not vacuous: the session id the page registers at sign-in is the one in the browser's upload URL."""
    from bench.server import streamlit_server
    from tests.security.web_server import chromium, open_app

    data = write_hostile_dataset(tmp_path / "processed")
    env = {
        "LANGSON_DATA_DIR": str(data),
        "LANGSON_RAW_DIR": str(tmp_path / "raw"),
        "LANGSON_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        auth.ENV_VAR: "lan:mat-khau-thu",
    }
    document = tmp_path / "tin.txt"
    document.write_text("Tin\n\nNăm 2024, kim ngạch xuất nhập khẩu đạt 6,2 tỷ USD.\n", encoding="utf-8")
    with streamlit_server(REPO / "serve.py", env, tmp_path) as server, chromium() as browser:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.set_default_timeout(60_000)
        try:
            page = context.new_page()
            statuses = []
            page.on("response", lambda r: "/_stcore/upload_file/" in r.url and statuses.append(r.status))
            open_app(page, server.url, "add_documents")
            page.get_by_label(t("signin_name", "vi")).fill("lan")
            page.get_by_label(t("signin_password", "vi")).fill("mat-khau-thu")
            page.get_by_role("button", name=t("signin_submit", "vi")).click()
            page.get_by_role("button", name=t("sign_out", "vi")).wait_for()
            page.locator('input[type="file"]').set_input_files(str(document))
            page.get_by_text("tin.txt").first.wait_for()
            page.wait_for_timeout(500)
        finally:
            context.close()
    assert statuses and all(s < 300 for s in statuses), statuses
