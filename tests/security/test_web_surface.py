"""The web surface under attack: hostile document text, hostile links, hostile query parameters, and
editor sign-in.

Document text is data: titles, publishers, quotes and links from a hostile dataset (web_hostile.py)
must reach charts, exported HTML, pages and the browser only as text. Every checker used here is
also run against deliberately broken output (the "checker self-tests"), so a passing test means the
protection is there, not that the checker is blind.
"""

from __future__ import annotations

import ast
import html
import itertools
import json
import subprocess
import sys
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from etl.dataset import read_dataset
from tests.playwright_browser import wait_charts_drawn
from tests.security.web_checks import (
    apptest_problems,
    exported_html_problems,
    html_problems,
    is_web_url,
    markdown_problems,
    plotly_problems,
)
from tests.security.web_hostile import PAYLOADS, PROBE_HOST, write_hostile_dataset
from tests.ui.test_pages import DASHBOARD, TIMEOUT, navigation_v2, open_page  # noqa: F401 (fixture)
from ui import auth, charts, charts_of, export
from ui.app_widgets import md_text
from ui.i18n import t
from ui.page_list import PAGES as ROUTED_PAGES
from ui.selection import compare_periods

REPO = Path(__file__).resolve().parents[2]
CONFIG = REPO / ".streamlit" / "config.toml"
ADD_PAGE = REPO / "pages" / "add_documents.py"
LANGS = ("vi", "en")


def dashboard_pages() -> list[tuple[str, str]]:
    """(page file, URL path) of every page dashboard.py routes to (its table: ui.page_list.PAGES)."""
    return [(page.path, page.url) for page in ROUTED_PAGES]


PAGES = [file for file, _ in dashboard_pages()]
ESCAPED_SCRIPT = html.escape(PAYLOADS["script"])


def chart_escaped(text: str) -> str:
    """Escaped as chart text is: html.escape, with `"` as &#34; (plotly does not decode &quot;)."""
    return html.escape(text).replace("&quot;", "&#34;")


EXPORTED = ("pci_rank", "income_per_capita")  # indicator charts whose HTML export is checked


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory) -> Path:
    return write_hostile_dataset(tmp_path_factory.mktemp("hostile") / "processed")


@pytest.fixture(scope="module")
def hostile(hostile_dir):
    return read_dataset(hostile_dir)


@pytest.fixture
def app_env(hostile_dir, tmp_path, monkeypatch):
    """The dashboard's environment for one AppTest: the hostile dataset, no editors, nothing in the repo."""
    monkeypatch.setenv("LANGSON_DATA_DIR", str(hostile_dir))
    monkeypatch.setenv("LANGSON_RAW_DIR", str(tmp_path / "raw"))
    monkeypatch.setenv("LANGSON_AUDIT_LOG", str(tmp_path / "audit.jsonl"))
    monkeypatch.delenv(auth.ENV_VAR, raising=False)
    # Pages share built views through st.cache_resource: a test that swaps an escaper must not be
    # served views built before the swap, nor leave its unescaped views for the next test.
    st.cache_resource.clear()
    yield monkeypatch
    st.cache_resource.clear()


def new_app() -> AppTest:
    return AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT)


def all_figures(dataset, lang: str) -> dict:
    """Every chart the pages draw, for every indicator with figures."""
    figs = {
        f"indicator:{i}": charts_of.indicator_chart(
            dataset.figures, dataset.indicators, dataset.sources, i, lang
        )
        for i in dict.fromkeys(dataset.figures["indicator_id"])
    }
    figs["admin_units"] = charts_of.admin_units_chart(
        dataset.figures, dataset.indicators, dataset.sources, lang
    )
    figs["rankings"] = charts_of.rankings_chart(dataset.figures, dataset.indicators, dataset.sources, lang)
    ids = list(dict.fromkeys(dataset.figures["indicator_id"]))
    comparison = compare_periods(dataset.figures, ids, "2015–2020", "2021–2022")
    figs["comparison"] = charts.comparison_chart(
        comparison, dataset.indicators, dataset.sources, lang, "2015–2020", "2021–2022"
    )
    return figs


def exported_kinds(dataset, lang: str) -> dict:
    """One figure of each kind the pages export."""
    figs = all_figures(dataset, lang)
    return {k: v for k, v in figs.items() if not k.startswith("indicator:") or k.split(":")[1] in EXPORTED}


def drawn_strings(fig) -> list[str]:
    spec = json.loads(fig.to_json())
    out: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in ("meta", "template"):
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, str):
            out.append(node)

    walk(spec)
    return out


# --- (a) Chart builders -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_chart_text_from_documents_is_escaped(hostile, lang):
    figs = all_figures(hostile, lang)
    for name, fig in figs.items():
        assert plotly_problems(fig.to_json()) == [], name
    # Not vacuous: the hostile text is drawn (hover quotes, source lines), as text.
    drawn = [s for fig in figs.values() for s in drawn_strings(fig)]
    assert any(chart_escaped(PAYLOADS["script"]) in s for s in drawn)
    assert any(chart_escaped(PAYLOADS["img"]) in s for s in drawn)


# --- (b) Exported HTML ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_exported_html_shows_document_text_only_escaped(hostile, lang):
    # One chart of each kind (4 MB of plotly.js is inlined in each page): ranks with a conflict, bars with
    # derived values, and the admin-unit, rankings and comparison charts.
    figs = exported_kinds(hostile, lang)
    pages = {name: export.figure_to_html(fig, lang).decode() for name, fig in figs.items()}
    for name, page in pages.items():
        assert exported_html_problems(page) == [], name
    # The <noscript> caption carries the source line: the publisher's payload is there, escaped.
    assert any(chart_escaped(PAYLOADS["img"]) in page for page in pages.values())


# --- (c) Every page through AppTest -----------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES)
def test_pages_show_document_text_only_as_text(app_env, page, lang):
    at = open_page(new_app(), page, lang=lang)
    assert not at.exception, [e.value for e in at.exception]
    assert apptest_problems(at) == []


def test_sources_page_really_shows_the_hostile_text(app_env):
    """The page checks above are not vacuous: the payloads are on the page, escaped."""
    at = open_page(new_app(), "pages/sources.py")
    bodies = [str(h.value) for h in at.html]
    assert any(ESCAPED_SCRIPT in b for b in bodies)  # quotes and documents
    assert any(html.escape(PAYLOADS["span"]) in b for b in bodies)  # a title in the metadata table
    links = [b for b in bodies if "<a " in b]
    assert links and all("javascript" not in b.split("<a ", 1)[1].split(">", 1)[0] for b in links)
    markdown = " ".join(str(m.value) for m in [*at.markdown, *at.caption, *at.subheader, *at.warning])
    assert md_text(PAYLOADS["md_link"]) in markdown and md_text(PAYLOADS["bold"]) in markdown


@pytest.mark.parametrize("source", ["doc_a", "doc_b"])
def test_sources_page_per_document_is_clean(app_env, source):
    at = open_page(new_app(), "pages/sources.py", src=source)
    assert not at.exception
    assert at.selectbox(key="param_src").value == source
    assert apptest_problems(at) == []


# --- Checker self-tests: break the protection, the checker must notice --------------------------------


def _identity_escape(text, quote=True):
    return text


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("plain Lạng Sơn 6,95%", False),
        (md_text(PAYLOADS["md_link"]), False),
        (PAYLOADS["md_link"], True),
        (PAYLOADS["md_data"], True),
        (PAYLOADS["md_image"], True),
        (md_text(PAYLOADS["md_image"]), False),
        (PAYLOADS["bold"], True),
        (md_text(PAYLOADS["bold"]), False),
        (PAYLOADS["em"], True),
        (PAYLOADS["math"], True),
        (md_text(PAYLOADS["math"]), False),
        (PAYLOADS["colour"], True),
        (md_text(PAYLOADS["colour"]), False),
        (PAYLOADS["code"], True),
        (PAYLOADS["script"], True),
        (md_text(PAYLOADS["script"]), False),
        (PAYLOADS["a_js"], True),
        ("x\n# HEADINGPROBE", True),
        (md_text("x\n# HEADINGPROBE"), False),
        ("x\n\n1. LISTPROBE", True),
        (md_text("x\n\n1. LISTPROBE"), False),
        ("**Chỉ số (PCI)**: 15/63", False),  # the page's own bold
        ("[ok](https://example.org/a)", False),
    ],
)
def test_markdown_checker(text, bad):
    assert bool(markdown_problems(text)) is bad, markdown_problems(text)


@pytest.mark.parametrize(
    ("body", "bad"),
    [
        ('<p style="x"><span>a</span><mark>b</mark><br></p>', False),
        ('<a href="https://example.org/a" target="_blank" rel="noopener">x</a>', False),
        ('<a href="javascript:alert(1)">x</a>', True),
        ('<a href="data:text/html,x">x</a>', True),
        (f'<a href="https://{PROBE_HOST}/">x</a>', True),
        ("<p>" + PAYLOADS["script"] + "</p>", True),
        ("<p>" + PAYLOADS["img"] + "</p>", True),
        ("<p>" + PAYLOADS["span"] + "</p>", True),
        ("<p>" + html.escape(PAYLOADS["img"]) + "</p>", False),
    ],
)
def test_html_checker(body, bad):
    assert bool(html_problems(body)) is bad, html_problems(body)


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a", True),
        ("HTTP://example.org", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,x", False),
        ("mailto:a@b.c", False),
        ("//example.org/a", False),
        ("https:///nohost", False),
    ],
)
def test_web_url_check(url, ok):
    assert is_web_url(url) is ok


def test_checker_catches_chart_text_left_unescaped(hostile, monkeypatch):
    monkeypatch.setattr(html, "escape", _identity_escape)
    figs = all_figures(hostile, "vi")
    found = " ".join(p for fig in figs.values() for p in plotly_problems(fig.to_json()))
    assert "<script>" in found and "<img" in found and "<span" in found
    pages = [export.figure_to_html(fig, "vi").decode() for fig in exported_kinds(hostile, "vi").values()]
    assert all(exported_html_problems(page) for page in pages)


def test_checker_catches_page_html_left_unescaped(app_env):
    app_env.setattr(html, "escape", _identity_escape)
    at = open_page(new_app(), "pages/sources.py")
    found = " ".join(apptest_problems(at))
    assert "<script> tag" in found and "data-xss-probe= attribute" in found and "<img> tag" in found


def test_checker_catches_markdown_left_unescaped(app_env):
    app_env.setattr("ui.app_widgets.md_text", str)
    found = []
    for page in ("pages/overview.py", "pages/sources.py"):
        found += apptest_problems(open_page(new_app(), page))
    text = " ".join(found)
    assert "link to 'javascript:" in text and "BOLDPROBE rendered inside strong" in text
    assert "unescaped $" in text and "raw HTML" in text


def test_checker_catches_a_link_filter_that_lets_anything_through(app_env):
    def any_link(url):
        return f'<a href="{url}">{url}</a>' if isinstance(url, str) and url else None

    app_env.setattr("ui.app_widgets.safe_link", any_link)
    found = " ".join(apptest_problems(open_page(new_app(), "pages/sources.py")))
    assert "link to 'javascript:" in found and "link to 'data:" in found


# --- Hostile query parameters --------------------------------------------------------------------------

LONG = "x" * 10_000
HOSTILE_PARAMS = [
    # parameters, the page that reads them
    ({"lang": "<script>window.__xss=1</script>"}, "pages/overview.py"),
    ({"lang": "en\u0000\u202e"}, "pages/overview.py"),
    ({"ind": "../../etc/passwd"}, "pages/indicators.py"),
    ({"ind": LONG}, "pages/indicators.py"),
    ({"ind": ["no_such"] * 500}, "pages/data.py"),
    ({"ind": ["grdp_growth"] * 500}, "pages/indicators.py"),
    ({"cat": "[x](javascript:window.__xss=1)"}, "pages/data.py"),
    ({"per": "2022\u0000", "derived": "\u202e1"}, "pages/indicators.py"),
    ({"src": "../../../etc/passwd\u0007"}, "pages/sources.py"),
    ({"a": LONG, "b": "<img src=x onerror=window.__xss=1>"}, "pages/compare.py"),
    ({"<img src=x onerror=window.__xss=1>": "1"}, "pages/overview.py"),
    ({"x" * 10_000: "1", "\u202e\u0000": "2"}, "pages/rankings.py"),
]


def _notices(at: AppTest) -> list[str]:
    return [str(toast.value) for toast in at.toast]


@pytest.mark.parametrize(("params", "page"), HOSTILE_PARAMS, ids=lambda v: str(v)[:40])
def test_hostile_query_parameters_are_ignored_with_a_notice(app_env, params, page):
    at = new_app()
    at.query_params.update(params)
    at.run()
    notices = _notices(at)
    if page != "pages/overview.py":
        at.switch_page(page).run()
        notices += _notices(at)
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert at.title, "the page did not render"
    prefix = t("ignored_params", "vi", names="")
    assert any(n.startswith(prefix) for n in notices), notices
    for notice in notices:
        assert "<" not in notice and "\u0000" not in notice and len(notice) < 300
    assert apptest_problems(at) == []
    # Whatever stays in the URL is a value the app wrote itself.
    for name, value in at.query_params.items():
        assert len(name) <= 20 and len(str(value)) < 200, name
        assert "<" not in str(value) and "\u0000" not in str(value)


# --- Production settings ------------------------------------------------------------------------------

MAX_UPLOAD_MB = 50  # "small": well under Streamlit's 200 MB default


def test_production_settings_in_config_toml():
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    server, browser, client = config["server"], config["browser"], config["client"]
    assert server["enableXsrfProtection"] is True
    assert browser["gatherUsageStats"] is False
    assert client["showErrorDetails"] in ("none", "type", False)  # never "full"/"stacktrace"/true
    assert server["fileWatcherType"] == "none"
    assert server.get("runOnSave", False) is False
    assert 0 < server["maxUploadSize"] <= MAX_UPLOAD_MB


def test_streamlit_reads_the_production_settings():
    """The same settings as Streamlit itself sees them (a misspelt section would be ignored silently)."""
    names = [
        "server.enableXsrfProtection",
        "browser.gatherUsageStats",
        "client.showErrorDetails",
        "server.fileWatcherType",
        "server.maxUploadSize",
    ]
    code = (
        "import json; from streamlit import config; config.get_config_options(force_reparse=True); "
        f"print(json.dumps({{n: config.get_option(n) for n in {names!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120, check=True
    )
    options = json.loads(result.stdout.strip().splitlines()[-1])
    assert options["server.enableXsrfProtection"] is True
    assert options["browser.gatherUsageStats"] is False
    assert options["client.showErrorDetails"] in ("none", "type", False)
    assert options["server.fileWatcherType"] == "none"
    assert 0 < options["server.maxUploadSize"] <= MAX_UPLOAD_MB


def test_upload_limit_covers_what_the_add_page_accepts():
    """Streamlit's cap (MB) must not refuse a file the add page says it takes (etl.ingest's limit)."""
    from ui.editing import MAX_UPLOAD_BYTES

    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["server"]["maxUploadSize"] * 1024 * 1024 >= MAX_UPLOAD_BYTES


# --- Editor sign-in -----------------------------------------------------------------------------------

ADD = "pages/add_documents.py"
EDITOR = "admin"
PASSWORD = "đúng-mật-khẩu-2024"


def _add_page_module():
    if not ADD_PAGE.exists():
        pytest.skip("pages/add_documents.py does not exist yet")
    return ast.parse(ADD_PAGE.read_text(encoding="utf-8"))


def _editor_key(tree) -> str:
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "EDITOR_KEY" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError("the add page names no EDITOR_KEY")


@pytest.fixture
def editors_env(app_env):
    """One configured editor, and a fresh server-wide sign-in guard (the page uses ui.auth.GUARD)."""
    _add_page_module()
    app_env.setenv(auth.ENV_VAR, f"{EDITOR}:{PASSWORD}")
    app_env.setattr(auth, "GUARD", auth.SignInGuard())
    return app_env


def _signed_in(at: AppTest) -> bool:
    """The editing part of the page is shown (it only is for a signed-in editor)."""
    return bool(at.get("file_uploader")) or any(t("sign_out", "vi") == b.label for b in at.button)


def _state_value(at: AppTest, key: str):
    """A session-state value, None when absent (or, for a forged widget id, unreadable)."""
    try:
        return at.session_state[key]
    except KeyError:
        return None


def _sign_in(at: AppTest, name: str, password: str) -> AppTest:
    at.text_input[0].set_value(name)
    at.text_input[1].set_value(password)
    at.button[0].click().run()  # the form's submit button
    return at


def test_add_page_reads_the_editor_only_where_verify_put_it():
    """Static check: the editor comes from one session-state key, written only after a sign-in attempt
    (ui.auth's guard, which checks the password) succeeded, and no widget has that key (a browser can
    set a widget's value, never other session state)."""
    tree = _add_page_module()
    key = _editor_key(tree)
    writes, reads, widget_keys = [], [], []
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and getattr(node.slice, "id", None) == "EDITOR_KEY":
            (writes if isinstance(node.ctx, ast.Store) else reads).append(node)
        if isinstance(node, ast.Call):
            for kw in node.keywords:
                if kw.arg == "key":
                    widget_keys.append(kw.value)
                    assert not (isinstance(kw.value, ast.Name) and kw.value.id == "EDITOR_KEY")
                    if isinstance(kw.value, ast.Constant):
                        assert kw.value.value != key
                    if isinstance(kw.value, ast.JoinedStr):  # f"rm_{id}": its fixed prefix is not the key
                        head = kw.value.values[0]
                        assert isinstance(head, ast.Constant) and not key.startswith(head.value)
    assert widget_keys, "expected the page's widgets to have keys"
    assert len(writes) == 1, "the editor must be stored in exactly one place"
    # That one write sits in the branch taken when the guard's attempt succeeded.
    node = writes[0]
    while node in parents and not (isinstance(node, ast.If) and ast.unparse(node.test) == "attempt.ok"):
        node = parents[node]
    assert isinstance(node, ast.If), "written outside a successful sign-in attempt"
    assigned = [
        ast.unparse(n.value)
        for n in ast.walk(tree)
        if isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "attempt" for t in n.targets)
    ]
    assert assigned and all(a.startswith("auth.GUARD.attempt(") for a in assigned)
    assert not reads, "read it with st.session_state.get(EDITOR_KEY), checked against the editors"
    gets = [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and ast.unparse(n.func).endswith("session_state.get")
        and n.args
        and getattr(n.args[0], "id", None) == "EDITOR_KEY"
    ]
    assert len(gets) == 1


BYPASS_PARAMS = [
    {"editor": EDITOR},
    {"_langson_editor": EDITOR},
    {"user": EDITOR, "password": PASSWORD},
    {"name": EDITOR, "signed_in": "1", "admin": "true"},
    {"_langson_pending": "x", "_langson_flash": "x"},
]


@pytest.mark.parametrize("params", BYPASS_PARAMS, ids=lambda p: ",".join(p))
def test_editor_sign_in_cannot_be_bypassed_with_query_parameters(editors_env, params):
    at = open_page(new_app(), ADD, **params)
    assert not at.exception
    assert not _signed_in(at)
    assert [h.value for h in at.subheader] == [t("signin_title", "vi")]
    assert [tb.label for tb in at.text_input] == [t("signin_name", "vi"), t("signin_password", "vi")]


@pytest.mark.parametrize(
    "forged_id",
    ["_langson_editor", "$$ID-00000000000000000000000000000000-_langson_editor", "add_upload"],
)
def test_editor_sign_in_cannot_be_bypassed_with_forged_widget_values(editors_env, forged_id):
    """A browser can send any widget id and value in its rerun message; none may sign it in."""
    at = open_page(new_app(), ADD)
    key = _editor_key(_add_page_module())
    states = at._tree.get_widget_states()
    forged = states.widgets.add()
    forged.id = forged_id.replace("_langson_editor", key)
    forged.string_value = EDITOR
    at._run(states)
    # Streamlit 1.67 itself fails runs of a session that sent an id it never issued (a KeyError in
    # SessionState.filtered_state): the forger breaks only its own session. It is never signed in.
    assert not _signed_in(at)
    assert _state_value(at, key) != EDITOR
    at.run()
    assert not _signed_in(at) and _state_value(at, key) != EDITOR
    fresh = open_page(new_app(), ADD)  # everyone else is unaffected
    assert not fresh.exception and not _signed_in(fresh)


@pytest.mark.parametrize("params", [{}, {"editor": EDITOR}, {"_langson_editor": EDITOR}])
def test_without_editors_the_add_page_is_read_only(app_env, params):
    _add_page_module()
    at = open_page(new_app(), ADD, **params)
    assert not at.exception
    assert not at.text_input and not at.get("file_uploader") and not at.button
    assert any(t("add_disabled", "vi")[:40] in str(i.value) for i in at.info)


class ClockedThrottle(auth.Throttle):
    """The real throttle, on a clock the test moves (so nothing here depends on real time)."""

    def __init__(self, clock: list[float]):
        super().__init__()
        self.clock = clock

    def wait_seconds(self, name, now=None):
        return super().wait_seconds(name, self.clock[0] if now is None else now)

    def failed(self, name, now=None):
        super().failed(name, self.clock[0] if now is None else now)


def test_failed_sign_ins_are_slowed_down_for_every_session(editors_env):
    """Every session of the same client (AppTest's client is "local", as on loopback) is slowed down."""
    clock = [1_000.0]
    throttle = ClockedThrottle(clock)
    editors_env.setattr(auth, "GUARD", auth.SignInGuard(throttle))
    key = ("local", EDITOR)
    at = _sign_in(open_page(new_app(), ADD), EDITOR, "sai-1")
    assert [e.value for e in at.error] == [t("signin_failed", "vi")]
    assert throttle.wait_seconds(key) > 0
    # A new browser tab is a new session: it is slowed down too, even with the right password.
    other = _sign_in(open_page(new_app(), ADD), EDITOR, PASSWORD)
    assert not _signed_in(other)
    assert other.error and other.error[0].value.startswith(t("signin_wait", "vi", seconds=0)[:25])
    # Each further failure doubles the wait.
    waits = []
    for _ in range(4):
        clock[0] += 1_000.0  # past any wait, so the attempt is really made
        _sign_in(open_page(new_app(), ADD), EDITOR, "sai")
        waits.append(throttle.wait_seconds(key))
    assert all(b == 2 * a for a, b in itertools.pairwise(waits)) and waits[0] > 0
    # Once the wait is over, the right password works.
    clock[0] += 1_000.0
    assert _signed_in(_sign_in(open_page(new_app(), ADD), EDITOR, PASSWORD))


def test_add_page_preview_shows_pasted_text_only_as_text(editors_env, tmp_path):
    """What an editor pastes (title, text, and the reasons it may be refused) is shown as text too."""
    import shutil

    raw = tmp_path / "raw-docs"
    shutil.copytree(REPO / "data" / "raw", raw)
    editors_env.setenv("LANGSON_RAW_DIR", str(raw))
    at = _sign_in(open_page(new_app(), ADD), EDITOR, PASSWORD)
    assert _signed_in(at)
    sentence = "Năm 2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn đạt 7.215 tỷ đồng."
    at.text_area[0].set_value(f"{PAYLOADS['script']} {sentence} {PAYLOADS['img']} {PAYLOADS['md_link']}")
    at.text_input(key="add_title").set_value(
        f"Bài {PAYLOADS['md_link']} {PAYLOADS['span']} {PAYLOADS['bold']}"
    )
    next(b for b in at.button if b.label == t("add_preview", "vi")).click().run()
    assert not at.exception
    assert apptest_problems(at) == []
    assert any(ESCAPED_SCRIPT in str(h.value) for h in at.html)  # the preview is there, escaped
    assert any(md_text(PAYLOADS["md_link"]) in str(s.value) for s in at.subheader)


# --- (d) In the real browser --------------------------------------------------------------------------

BROWSER_PAGES = ["" if url == "overview" else url for _, url in dashboard_pages()]
MAILTO_GAP = "link to mailto:"  # see test_document_text_never_becomes_a_mailto_link
CHART_PAGES = {url for file, url in dashboard_pages() if "chart" in (REPO / file).read_text(encoding="utf-8")}
# Run in the page after it has rendered: everything that would show document text acting as code.
DOM_PROBLEMS_JS = """
(probeHost) => {
  const problems = [];
  if (window.__xss !== undefined) problems.push('window.__xss was set');
  const app = document.querySelector('[data-testid="stApp"]');
  for (const el of app.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) problems.push(`${el.tagName} has ${attr.name}=`);
      if (attr.name === 'data-xss-probe') problems.push(`${el.tagName} from document text`);
    }
  }
  for (const s of document.querySelectorAll('script')) {
    if (s.textContent.includes('__xss') || (s.src && !s.src.startsWith(location.origin))) {
      problems.push('a script from document text');
    }
  }
  for (const el of app.querySelectorAll('img, iframe, object, embed, video, audio')) {
    if (/PROBE|xss|^x$/.test(el.outerHTML) || el.getAttribute('src') === 'x') {
      problems.push(`<${el.tagName.toLowerCase()}> from document text`);
    }
  }
  for (const a of app.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href');
    if (href === null) continue;
    let url;
    try { url = new URL(href, location.href); } catch { problems.push(`bad link ${href}`); continue; }
    if (!['http:', 'https:'].includes(url.protocol)) problems.push(`link to ${href.slice(0, 60)}`);
    if (a.closest('.js-plotly-plot')) problems.push(`link inside a chart: ${href.slice(0, 60)}`);
    if (a.closest('[data-testid="stHtml"]') && url.hostname === probeHost) {
      problems.push(`link made from document text: ${href.slice(0, 60)}`);
    }
    if (/MDLINKPROBE|MDDATAPROBE/.test(a.textContent)) problems.push('markdown link from document text');
  }
  const styled = [
    ['strong, b', 'BOLDPROBE'], ['em, i', 'EMPROBE'], ['code', 'CODEPROBE'], ['.katex', 'MATHPROBE'],
    ['h1, h2, h3, h4, h5, h6', 'HEADINGPROBE'], ['li', 'LISTPROBE'], ['del, s', 'STRIKEPROBE'],
  ];
  for (const [selector, marker] of styled) {
    for (const el of app.querySelectorAll(selector)) {
      const text = el.textContent.trim();
      if (marker === 'HEADINGPROBE' || marker === 'LISTPROBE' ? text.startsWith(marker) : text.includes(marker)) {
        problems.push(`${marker} rendered as <${el.tagName.toLowerCase()}>`);
      }
    }
  }
  return problems;
}
"""


@pytest.fixture(scope="module")
def hostile_server(hostile_dir, tmp_path_factory):
    from tests.security.web_server import dashboard_server

    base = tmp_path_factory.mktemp("hostile-server")
    env = {"LANGSON_RAW_DIR": str(base / "raw"), "LANGSON_AUDIT_LOG": str(base / "audit.jsonl")}
    with dashboard_server(hostile_dir, base, env={**env, auth.ENV_VAR: ""}) as server:
        yield server


@pytest.fixture(scope="module")
def browser():
    from tests.security.web_server import chromium

    with chromium() as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(60_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def _render_everything(page, path: str) -> None:
    """Open what a visitor can open: expanders, and a hover label on the first mark of every chart."""
    if path in CHART_PAGES:
        wait_charts_drawn(page)
        for chart in page.locator(".js-plotly-plot").all():
            point = chart.locator(".plot .points path").first
            if point.count():
                point.hover(force=True)
                page.wait_for_timeout(200)
    for summary in page.locator('[data-testid="stExpander"] summary').all():
        summary.click()
    page.wait_for_timeout(300)


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
@pytest.mark.parametrize("path", BROWSER_PAGES)
def test_no_document_text_acts_as_code_in_the_browser(hostile_server, page, path):
    from tests.security.web_server import error_boxes, open_app

    open_app(page, hostile_server.url, path)
    _render_everything(page, path)
    assert error_boxes(page) == 0
    problems = page.evaluate(DOM_PROBLEMS_JS, PROBE_HOST)
    assert [p for p in problems if not p.startswith(MAILTO_GAP)] == []
    if path in ("", "sources"):  # not vacuous: the payloads are on screen, as text
        body = page.locator('[data-testid="stMain"]').inner_text()
        assert "<script>window.__xss=1</script>" in body


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
@pytest.mark.parametrize("path", ["", "sources"])
def test_document_text_never_becomes_a_mailto_link(hostile_server, page, path):
    from tests.security.web_server import open_app

    open_app(page, hostile_server.url, path)
    problems = page.evaluate(DOM_PROBLEMS_JS, PROBE_HOST)
    assert [p for p in problems if p.startswith(MAILTO_GAP)] == []


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
def test_browser_checker_self_test(hostile_server, page):
    """The DOM checker sees script, markup and links that document text could have become."""
    from tests.security.web_server import open_app

    open_app(page, hostile_server.url, "sources")
    page.evaluate(
        """() => {
            const box = document.querySelector('[data-testid="stMarkdown"]');
            box.insertAdjacentHTML('beforeend',
              '<span data-xss-probe="1">x</span><a href="javascript:void(0)">MDLINKPROBE</a>' +
              '<strong>BOLDPROBE</strong><img src="x">');
            window.__xss = 1;
        }"""
    )
    found = " | ".join(page.evaluate(DOM_PROBLEMS_JS, PROBE_HOST))
    for expected in ("window.__xss", "from document text", "link to javascript:", "BOLDPROBE", "<img>"):
        assert expected in found


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
def test_hostile_link_is_ignored_with_a_notice_in_the_browser(hostile_server, page):
    from urllib.parse import quote

    from tests.security.web_server import error_boxes, open_app

    parts = [
        "lang=" + quote("<script>window.__xss=1</script>"),
        "ind=" + "x" * 10_000,
        "src=" + quote("\u202e\u0007../../etc/passwd"),
        *(["ind=" + quote("<img src=x onerror=window.__xss=1>")] * 500),
        quote("<svg onload=window.__xss=1>") + "=1",
    ]
    open_app(page, hostile_server.url, "indicators", "&".join(parts))
    page.locator('[data-testid="stToast"]').first.wait_for()
    assert (
        t("ignored_params", "vi", names="").strip()
        in page.locator('[data-testid="stToast"]').first.inner_text()
    )
    assert page.locator("h1").first.inner_text().strip() == t("page_indicators", "vi")
    assert error_boxes(page) == 0
    assert page.evaluate(DOM_PROBLEMS_JS, PROBE_HOST) == []
    assert "script" not in page.url and "x" * 100 not in page.url


@pytest.mark.browser
@pytest.mark.xdist_group("browser")
def test_state_changing_requests_need_the_xsrf_token(hostile_server):
    """With XSRF protection on, an upload without the token is refused before anything else is looked at."""
    request = urllib.request.Request(
        f"{hostile_server.url}/_stcore/upload_file/some-session/some-file", data=b"x", method="PUT"
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 403
