"""Checkers for the web surface: each returns the problems it finds (an empty list means clean).

They read what a renderer would read: markdown through a CommonMark parser (markdown-it, as
Streamlit's renderer follows CommonMark), HTML through an HTML parser, plotly figures as the JSON
the browser receives. Each checker is tested against broken output (see the self-tests in
test_web_surface.py), so a clean result means something.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from markdown_it import MarkdownIt

from tests.security.web_hostile import MARKDOWN_MARKERS, PROBE_HOST

WEB_SCHEMES = ("http", "https")
# Tags and attributes the app itself writes into st.html (ui/app_widgets.py) -- nothing else may appear.
# The page's stylesheet (ui.app_style) is a <style> element; the Compare table (app_widgets.stacking_table_html)
# has a head and body, its class, and each cell's column name in data-label (escaped, for the phone's cards).
OWN_HTML_TAGS = {"p", "span", "mark", "br", "a", "table", "thead", "tbody", "tr", "th", "td", "em", "style"}
OWN_HTML_ATTRS = {"style", "href", "target", "rel", "class", "scope", "data-label"}
# Tags the chart builders themselves put into plotly text (bold period, line breaks, hover "extra").
OWN_PLOTLY_TAGS = {"<br>", "<b>", "</b>", "<extra>", "</extra>"}
# Keys of a plotly figure whose strings plotly draws as (its own subset of) HTML.
_PLOTLY_SKIP = {"meta", "template"}  # never drawn: meta is only read by our code, template is plotly's
_TAG = re.compile(r"<\s*/?\s*[A-Za-z!][^<>]*>?")
_STREAMLIT_DIRECTIVE = re.compile(r"(?<!\\):(?:[a-z]+(?:-background)?|material/[a-z_]+)\[")
_UNESCAPED_DOLLAR = re.compile(r"(?<!\\)\$")
_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
# markdown-it drops javascript:/data: links by itself; other renderers keep them (and may only blank the
# href), so parse every link and judge its target here.
_md.validateLink = lambda url: True


def is_web_url(url: str) -> bool:
    """True for an absolute http(s) URL (the only links document text may become)."""
    parts = urlsplit(str(url).strip())
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc)


def _host(url: str) -> str:
    return (urlsplit(str(url).strip()).hostname or "").lower()


# --- Markdown (st.markdown, st.caption, labels, alerts, toasts) -------------------------------------


def _walk_tokens(tokens):
    for token in tokens:
        yield token
        if token.children:
            yield from _walk_tokens(token.children)


def markdown_problems(body: str) -> list[str]:
    """What a markdown renderer would turn into markup, links or math that came from document text."""
    problems = []
    tokens = list(_walk_tokens(_md.parse(body)))
    open_kinds: list[str] = []  # strong/em/link/heading/list nesting, to see where a marker lands
    for token in tokens:
        if token.type in ("html_inline", "html_block"):
            problems.append(f"raw HTML {token.content.strip()[:60]!r}")
        elif token.type == "link_open":
            href = token.attrGet("href") or ""
            if not is_web_url(href):
                problems.append(f"link to {href[:60]!r}")
            elif _host(href) == PROBE_HOST:
                problems.append(f"link made from document text {href[:60]!r}")
        elif token.type == "image":
            problems.append(f"image {token.attrGet('src')!r}")
        elif token.type == "code_inline" and "PROBE" in token.content:
            problems.append(f"code span from document text {token.content[:40]!r}")
        if token.type.endswith("_open"):
            open_kinds.append(token.type[: -len("_open")])
        elif token.type.endswith("_close") and open_kinds:
            open_kinds.pop()
        elif token.type == "text":
            styled = [k for k in open_kinds if k in ("strong", "em", "link", "s")]
            for marker in MARKDOWN_MARKERS:
                if marker in token.content and styled:
                    problems.append(f"{marker} rendered inside {styled[-1]}")
            # Block syntax at a line's start ("# x", "1. x") was eaten: the marker now opens the block.
            for marker, kind in (("HEADINGPROBE", "heading"), ("LISTPROBE", "list_item")):
                if token.content.startswith(marker) and kind in open_kinds:
                    problems.append(f"{marker} rendered as {kind}")
    for match in _UNESCAPED_DOLLAR.finditer(body):
        problems.append(f"unescaped $ (math) near {body[max(0, match.start() - 20) : match.end() + 20]!r}")
    for match in _STREAMLIT_DIRECTIVE.finditer(body):
        problems.append(f"Streamlit directive {match.group(0)!r}")
    return problems


# --- HTML (st.html bodies) --------------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, attrs))


def _parse_tags(body: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(body)
    parser.close()
    return parser.tags


def html_problems(body: str) -> list[str]:
    """Tags or attributes the app does not write itself, and links that are not plain http(s)."""
    problems = []
    for tag, attrs in _parse_tags(body):
        if tag not in OWN_HTML_TAGS:
            problems.append(f"<{tag}> tag")
        for name, value in attrs:
            if name not in OWN_HTML_ATTRS:
                problems.append(f"{name}= attribute on <{tag}>")
            elif name == "href":
                if not is_web_url(value or ""):
                    problems.append(f"link to {str(value)[:60]!r}")
                elif _host(value or "") == PROBE_HOST:
                    problems.append(f"link made from document text {str(value)[:60]!r}")
    return problems


# --- Plotly figures ---------------------------------------------------------------------------------


def _strings(node, path: str = ""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in _PLOTLY_SKIP:
                yield from _strings(value, f"{path}.{key}" if path else key)
    elif isinstance(node, list | tuple):
        for i, value in enumerate(node):
            yield from _strings(value, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def plotly_problems(spec: dict | str) -> list[str]:
    """Tags in any drawn string of a figure (titles, annotations, hover text, labels) we did not write."""
    if isinstance(spec, str):
        spec = json.loads(spec)
    problems = []
    for path, text in _strings(spec):
        for match in _TAG.finditer(text):
            if match.group(0) not in OWN_PLOTLY_TAGS:
                problems.append(f"{path}: {match.group(0)[:60]!r}")
    return problems


# --- Exported HTML (ui.export.figure_to_html) --------------------------------------------------------

_SCRIPT_BODY = re.compile(r"(<script\b[^>]*>).*?(</script>)", flags=re.DOTALL | re.IGNORECASE)
EXPORT_TAGS = {"html", "head", "meta", "style", "title", "body", "noscript", "p", "div", "script"}


def exported_html_problems(page: str) -> list[str]:
    """Tags outside the page's own frame, event-handler attributes, and payloads left unescaped."""
    # Script bodies hold plotly.js and the figure's JSON (where plotly writes "<" as \\u003c): only the
    # markup around them can carry document text as tags. (Also spares parsing 4 MB of plotly.js.)
    markup = _SCRIPT_BODY.sub(r"\1\2", page)
    problems = []
    for tag, attrs in _parse_tags(markup):
        if tag not in EXPORT_TAGS:
            problems.append(f"<{tag}> tag")
        for name, value in attrs:
            if name.startswith("on"):
                problems.append(f"{name}= attribute on <{tag}>")
            if tag == "script" and name == "src":
                problems.append(f"external script {value!r}")
    # plotly.js never contains these, and the figure's JSON holds them only as \\u003c...: so anywhere.
    for raw in ("<script>window.__xss", "<img src=x", "<svg onload", "<span data-xss-probe"):
        if raw in page:
            problems.append(f"raw {raw!r}")
    if "<a href" in markup:
        problems.append("raw '<a href'")
    return problems


# --- AppTest element trees --------------------------------------------------------------------------

# Fields whose text Streamlit renders as markdown (bodies of markdown-like elements, labels, help).
_MARKDOWN_FIELDS = {"body", "label", "help", "placeholder", "caption", "deltaDescription"}
_URL_FIELDS = {"url", "href", "link"}


def _nodes(node):
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def _fields(node, name: str = ""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _fields(value, key)
    elif isinstance(node, list):
        for value in node:
            yield from _fields(value, name)
    elif isinstance(node, str):
        yield name, node


def apptest_problems(at) -> list[str]:
    """Every problem the checkers find in the elements of an AppTest run, prefixed with the element type."""
    from google.protobuf.json_format import MessageToDict
    from google.protobuf.message import Message

    problems = []
    for node in _nodes(at._tree):
        proto = getattr(node, "proto", None)
        if not isinstance(proto, Message):
            continue
        kind = getattr(node, "type", type(node).__name__)
        fields = MessageToDict(proto)
        for name, text in _fields(fields):
            found: list[str] = []
            if kind == "html" and name == "body":
                found = html_problems(text)
            elif kind == "plotly_chart" and name == "spec":
                found = plotly_problems(text)
            elif kind in ("dataframe", "arrow_data_frame", "download_button"):
                continue  # cells are drawn as plain text on a canvas; file bytes are not shown
            elif name in _MARKDOWN_FIELDS:
                found = markdown_problems(text)
            elif name in _URL_FIELDS and text and not is_web_url(text) and not text.startswith("/"):
                found = [f"link to {text[:60]!r}"]
            problems += [f"{kind}.{name}: {p}" for p in found]
    return problems
