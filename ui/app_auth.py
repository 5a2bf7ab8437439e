"""The Streamlit side of editor sign-in (ui.auth): who the client is, and the session's editor token."""

from __future__ import annotations

import os
from collections.abc import Mapping

import streamlit as st

from ui import auth

XSRF_COOKIE = "_streamlit_xsrf"


def _context(name: str):
    """st.context.<name> when a real server answers (a string or a mapping), else None."""
    try:
        value = getattr(st.context, name)
    except Exception:  # no server behind this run (a bare script)
        return None
    if isinstance(value, str):
        return value
    try:  # headers and cookies: a read-only mapping; AppTest's stand-ins are not
        return {str(k): v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}
    except Exception:
        return None


def session_id() -> str:
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    return ctx.session_id if ctx is not None else ""


def client() -> str:
    """The client an attempt is throttled under (ui.auth.client_key)."""
    return auth.client_key(_context("ip_address"), _context("headers"), os.environ)


def _xsrf_secret(cookies: Mapping | None) -> str:
    """The browser's XSRF token (the cookie's masked form changes; its token does not)."""
    raw = (cookies or {}).get(XSRF_COOKIE) or ""
    try:
        from streamlit.web.server.starlette.starlette_app_utils import decode_xsrf_token_string

        token, _ = decode_xsrf_token_string(raw)
        return token.hex() if token else raw
    except Exception:
        return raw


def browser() -> str:
    """This connection's fingerprint: address, user agent and XSRF token (ui.auth.fingerprint)."""
    headers = _context("headers") or {}
    return auth.fingerprint(client(), headers.get("User-Agent"), _xsrf_secret(_context("cookies")))


def sign_in(name: str) -> str:
    """The token to keep in session state once ui.auth has accepted `name`'s password."""
    sid = session_id()
    auth.allow_uploads(sid)
    return auth.issue_token(name, sid, browser())


def editor(token: object, editors: Mapping[str, str]) -> str | None:
    """The editor this session's token proves, checked again on every call (every run and every change)."""
    name = auth.token_editor(token, editors, session_id(), browser())
    if name is None:
        auth.revoke_uploads(session_id())
    return name


def sign_out() -> None:
    auth.revoke_uploads(session_id())
