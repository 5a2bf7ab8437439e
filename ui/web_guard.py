"""The web surface Streamlit does not configure itself (issue 15): security headers, no public metrics,
uploads only for signed-in editors, and no git information for visitors.

`serve.py` runs the dashboard as a Streamlit ASGI app (`st.App`, which `streamlit run serve.py` picks up)
with `WebGuard` as its outermost middleware. Where the dashboard is started as `streamlit run
dashboard.py` instead, none of this middleware exists: put the reverse-proxy configuration of the README
in front of it. `install()` (called by both entry points) stops Streamlit answering a browser's
"load_git_info" request, which would list the repository's untracked and modified files.
"""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

from ui import auth


def inline_script_hashes() -> list[str]:
    """CSP hashes of the inline scripts in Streamlit's own index.html (one line in 1.67: window.prerenderReady
    = false), so they run without allowing inline scripts in general. Computed from the installed version."""
    import streamlit

    index = Path(streamlit.__file__).parent / "static" / "index.html"
    try:
        page = index.read_text(encoding="utf-8")
    except OSError:
        return []
    bodies = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    return [f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'" for b in bodies]


# What Streamlit's own frontend needs: its bundle and styles from the server, inline styles (emotion),
# data:/blob: images and fonts, the websocket back to the same host; nothing else, and no framing.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        " ".join(["script-src 'self' 'wasm-unsafe-eval'", *inline_script_hashes()]),
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self' ws: wss:",
        "media-src 'self' data: blob:",
        "worker-src 'self' blob:",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}
_METRICS = re.compile(r"(^|/)_stcore/metrics/?$")
_UPLOAD = re.compile(r"(^|/)_stcore/upload_file/([^/]+)(/|$)")
MAX_UPLOAD_REQUEST = 21 * 1024 * 1024  # one file at a time, within config.toml's maxUploadSize


class WebGuard:
    """ASGI middleware: refuses what no visitor needs, and adds the security headers to every answer."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":  # the websocket: Streamlit checks its origin and XSRF token
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        if _METRICS.search(path):
            await _refuse(send, 404, b"not found")
            return
        upload = _UPLOAD.search(path)
        if upload and scope.get("method") not in ("GET", "HEAD", "OPTIONS"):
            length = _content_length(scope)
            if not auth.may_upload(upload.group(2)):
                await _refuse(send, 403, b"sign in as an editor to upload")
                return
            if length is None or length > MAX_UPLOAD_REQUEST:
                await _refuse(send, 413, b"upload too large")
                return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.decode().title() not in _NAMES]
                headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


_NAMES = {name.title() for name in SECURITY_HEADERS}


def _content_length(scope) -> int | None:
    for key, value in scope.get("headers", []):
        if key.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _refuse(send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    headers += [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _no_git_info(self) -> None:
    """Streamlit answers a "load_git_info" message with the repository's name, branch and its untracked
    and modified files; visitors need none of it (there is no setting to turn it off)."""
    return None


def install() -> None:
    """Stop Streamlit serving git information (idempotent; called by serve.py and dashboard.py)."""
    from streamlit.runtime.app_session import AppSession

    global streamlit_git_info
    current = AppSession.__dict__["_handle_git_information_request"]
    if current is not _no_git_info:
        streamlit_git_info = current  # kept for the test that shows what it would have sent
    AppSession._handle_git_information_request = _no_git_info


streamlit_git_info = None  # Streamlit's own handler, once install() has replaced it
