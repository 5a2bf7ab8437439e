"""Language and filters kept in the URL's query parameters, so a copied link reopens the same view.

Streamlit clears query parameters when the user switches pages, and a widget's state is dropped when
its page is not shown. So the chosen values live in session state (`_langson_params`) and are written
back to the URL after every run. The URL is read once, on a session's first run: that is when a
copied link is opened. Values are validated against what the data offers; anything else is ignored
with a notice, never trusted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import streamlit as st

from ui.i18n import DEFAULT_LANG, LANG_NAMES, LANGS, t

_SEED = "_langson_url_seed"  # the link's parameters, consumed as pages ask for them
_CHOSEN = "_langson_params"  # name -> last chosen value (str, list[str] or bool), across pages
_SHOWN = "_langson_shown"  # name -> value to put in the URL for the page shown in this run
_IGNORED = "_langson_ignored"  # parameter names whose link values were ignored (shown once)
_PAGE = "_langson_page"  # (url path, language) of the page shown by the previous run
_FRESH = "_langson_fresh"  # True when this run shows another page, or the page in another language
_FRAMED = "_langson_framed"  # True while dashboard.py is running a page

LANG_PARAM = "lang"
# Every parameter any page understands; anything else in a link is ignored with a notice.
KNOWN_PARAMS = frozenset(
    {LANG_PARAM, "cat", "ind", "per", "cind", "a", "b", "src", "conf", "derived", "verdict"}
)
_MAX_VALUES = 50  # more values than this in one parameter is not a link we wrote


def begin_run() -> None:
    """Call first in every run: on a session's first run, take the link's parameters as seeds."""
    _leave_legacy_multipage_mode()
    ss = st.session_state
    if _SEED not in ss:
        seed = {}
        for name in st.query_params:
            seed[name] = st.query_params.get_all(name)[:_MAX_VALUES]
        ss[_SEED] = seed
        ss[_CHOSEN] = {}
        ss[_IGNORED] = sorted(_safe_name(n) for n in seed if n not in KNOWN_PARAMS and n != "embed")
    ss[_SHOWN] = {}
    ss[_FRESH] = True  # until enter_page() knows whether the page changed


def enter_page(url_path: str, lang: str) -> None:
    """Note which page this run shows, and in which language; after a switch of either, widgets start
    from the carried choices.

    Streamlit gives a page's widget its default when it was not on the previous page, even if its
    key is still in session state; so on a page switch the slots are written again, explicitly.
    A widget's browser side keeps the labels it was last sent while its key stays the same: after a
    language switch its chips still read "Kinh tế" although its options now say "Economy". Writing the
    slot again (the same ids) makes Streamlit send the value anew, in the new language's words.
    """
    ss = st.session_state
    shown = (url_path, lang)
    ss[_FRESH] = ss.get(_PAGE) != shown
    ss[_PAGE] = shown


def run_page(page) -> None:
    """Run the page chosen by st.navigation, marking it as run inside the frame (see require_frame)."""
    st.session_state[_FRAMED] = True
    try:
        page.run()
    finally:
        st.session_state[_FRAMED] = False


def require_frame() -> None:
    """Call first in every page: make sure the page runs inside dashboard.py, not on its own.

    With a `pages/` folder beside the entry point, a freshly started Streamlit server is in its
    legacy multipage mode until some run calls st.navigation; a first visitor arriving on
    /indicators would get the page file alone (no sidebar, no language, an error). Leave that mode
    the way st.navigation itself does, and run again: the same URL now goes through the router.
    """
    if st.session_state.get(_FRAMED):
        return
    _leave_legacy_multipage_mode(always=True)


def _leave_legacy_multipage_mode(*, always: bool = False) -> None:
    """Leave Streamlit's legacy multipage mode (see require_frame) and run again, before any widget exists.

    In that mode the first run of a freshly started server's first session runs dashboard.py as a page
    of the pages/ folder; the widgets it draws get other ids than in every later run, so the first
    click on one of them (the language switch: shown as chosen, page still Vietnamese) was lost.
    """
    from streamlit.runtime.pages_manager import PagesManager

    if always or PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()


def _safe_name(name: str) -> str:
    """A parameter name fit to show back to the user (it came from a link: could be anything)."""
    return re.sub(r"[^A-Za-z0-9_-]", "", name)[:20] or "?"


def _initial(name: str, options: Sequence, default, *, multi: bool):
    """The value to start a widget with: chosen earlier in the session, else from the link."""
    ss = st.session_state
    allowed = set(options)
    if name in ss[_CHOSEN]:
        kept = ss[_CHOSEN][name]
        if multi:
            return [v for v in kept if v in allowed]
        return kept if kept in allowed else default
    if name not in ss[_SEED]:
        return default
    raw = [v for v in ss[_SEED].pop(name) if v != ""]
    valid = list(dict.fromkeys(v for v in raw if v in allowed))
    if len(valid) != len(raw) or (not multi and len(raw) > 1):
        ss[_IGNORED] = [*ss[_IGNORED], name]
    if multi:
        return valid if valid or not raw else default
    return valid[0] if valid else default


def _remember(name: str, value, default) -> None:
    """Keep a choice for other pages and the URL; a default is not a choice, so it is not carried."""
    ss = st.session_state
    if value != default:
        ss[_CHOSEN][name] = value
        ss[_SHOWN][name] = value
    else:
        ss[_CHOSEN].pop(name, None)


def _widget_key(name: str) -> str:
    return f"param_{name}"


def _seed_widget(name: str, options: Sequence, default, *, multi: bool) -> str:
    """Put the starting value into the widget's session-state slot (valid for today's options)."""
    key = _widget_key(name)
    ss = st.session_state
    allowed = set(options)
    if key not in ss or ss.get(_FRESH, True):
        ss[key] = _initial(name, options, default, multi=multi)
    elif multi:
        current = [v for v in ss[key] if v in allowed]
        if current != ss[key]:
            ss[key] = current
    elif ss[key] not in allowed:
        ss[key] = default
    return key


def multiselect(
    name: str,
    label: str,
    options: Sequence[str],
    default: Sequence[str],
    format_func: Callable[[str], str],
    **kwargs,
) -> list[str]:
    """A multiselect whose choice lives in the URL as repeated `name=` parameters."""
    options = list(options)
    default = [v for v in default if v in options]
    key = _seed_widget(name, options, default, multi=True)
    # Streamlit's own words are English: say ours where the API lets us, and leave out the "Select all"
    # entry, whose text cannot be translated (an empty choice already means "all" where that applies).
    kwargs.setdefault("placeholder", t("choose_placeholder", current_language()))
    kwargs.setdefault("select_all", False)
    value = st.multiselect(label, options, key=key, format_func=format_func, **kwargs)
    _remember(name, list(value), default)
    return list(value)


def selectbox(
    name: str,
    label: str,
    options: Sequence[str],
    default: str,
    format_func: Callable[[str], str],
    **kwargs,
) -> str:
    """A selectbox whose choice lives in the URL as `name=`."""
    options = list(options)
    if default not in options:
        default = options[0]
    key = _seed_widget(name, options, default, multi=False)
    value = st.selectbox(label, options, key=key, format_func=format_func, **kwargs)
    _remember(name, value, default)
    return value


def toggle(name: str, label: str, default: bool, **kwargs) -> bool:
    """A toggle kept in the URL as `name=1` / `name=0` when it differs from its default."""
    key = _widget_key(name)
    ss = st.session_state
    if key not in ss or ss.get(_FRESH, True):
        start = _initial(name, ["1", "0"], "1" if default else "0", multi=False)
        ss[key] = start == "1"
    value = bool(st.toggle(label, key=key, **kwargs))
    _remember(name, "1" if value else "0", "1" if default else "0")
    return value


def language_switch() -> str:
    """The sidebar's language switch; Vietnamese unless the link or the user chose English."""
    # Drawn by dashboard.py on every page, so its state survives page switches: seed it only once.
    key = _widget_key(LANG_PARAM)
    if key not in st.session_state or st.session_state[key] not in LANGS:
        st.session_state[key] = _initial(LANG_PARAM, LANGS, DEFAULT_LANG, multi=False)
    with st.sidebar:
        value = st.segmented_control(
            f"{t('language', 'vi')} / {t('language', 'en')}",
            list(LANGS),
            key=key,
            format_func=LANG_NAMES.__getitem__,
            required=True,
            label_visibility="collapsed",
        )
    lang = value if value in LANGS else DEFAULT_LANG
    _remember(LANG_PARAM, lang, DEFAULT_LANG)
    return lang


def current_language() -> str:
    """The language chosen in this session (for code that runs before or outside the switch)."""
    chosen = st.session_state.get(_CHOSEN, {}).get(LANG_PARAM)
    return chosen if chosen in LANGS else DEFAULT_LANG


def finish_run(lang: str) -> None:
    """Write this page's choices into the URL and tell the user about link values we ignored."""
    ss = st.session_state
    wanted: dict[str, list[str]] = {}
    for name, value in ss.get(_SHOWN, {}).items():
        wanted[name] = list(value) if isinstance(value, list) else [str(value)]
    current = {name: st.query_params.get_all(name) for name in st.query_params if name != "embed"}
    if current != wanted:
        st.query_params.from_dict(wanted)
    ignored = ss.get(_IGNORED, [])
    if ignored:
        # (long: the page's charts may still be drawing when it appears, and a reader needs time to see it)
        st.toast(t("ignored_params", lang, names=", ".join(sorted(set(ignored)))), icon="⚠️", duration="long")
        ss[_IGNORED] = []


def filter_summary() -> dict[str, list[str]]:
    """The non-default choices shown on this page, as URL names to values (for download notes)."""
    shown = st.session_state.get(_SHOWN, {})
    return {k: (list(v) if isinstance(v, list) else [str(v)]) for k, v in shown.items() if k != LANG_PARAM}
