"""Static and HTML export of figures, and file names for downloads.

Static images come from kaleido 1.x, which drives a real Chromium. Starting Chromium takes seconds,
so one browser is kept warm for the life of the process: a Kaleido instance lives on its own event
loop in a daemon thread, and every export (from any Streamlit script thread) is submitted to that
loop under a lock. The browser is Debian's /usr/bin/chromium (or $BROWSER_PATH), never a download.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import html
import io
import os
import re
import threading
import unicodedata
import zipfile
from pathlib import Path

import plotly.graph_objects as go

DEFAULT_BROWSER = "/usr/bin/chromium"
STATIC_FORMATS = ("png", "svg", "pdf")
EXPORT_WIDTH = 800  # px; a figure without its own width is drawn this wide (the height is its own)
_START_TIMEOUT = 60  # s to launch Chromium and load plotly.js
_RENDER_TIMEOUT = 60  # s for one figure


class ExportUnavailable(RuntimeError):
    """Static export is impossible here (no browser, or it would not start); the message says why."""


class ExportFailed(ExportUnavailable):
    """One export failed (the browser hung or died twice): this figure, now -- not the server for good."""


def browser_path() -> str:
    """The Chromium executable to use: $BROWSER_PATH, else Debian's /usr/bin/chromium."""
    return os.environ.get("BROWSER_PATH") or DEFAULT_BROWSER


def _check_browser(path: str) -> None:
    if not (Path(path).is_file() and os.access(path, os.X_OK)):
        raise ExportUnavailable(
            f"Chromium was not found at {path!r}, so charts cannot be saved as PNG, SVG or PDF. "
            "Install the Debian package `chromium` (sudo apt-get install chromium) or set "
            "BROWSER_PATH to a Chromium executable. HTML export still works."
        )


_TABS = 2  # with background reloads, a second tab takes the next export while the first reloads


@functools.cache
def _kaleido_class():
    """Kaleido whose tabs reload after a render in the background, not on the caller's time.

    Kaleido 1.5 reloads a tab (re-parsing plotly.js, 0.3-1 s) after each render, before returning the
    image. Every render still gets a freshly reloaded tab; the reload just happens after the bytes
    have been handed back. This overrides a private method, so kaleido stays pinned (requirements.txt).
    """
    import kaleido  # imported late: it registers plotly's encoder and warns about versions

    class BackgroundReloadKaleido(kaleido.Kaleido):
        _reloads: set

        async def _return_kaleido_tab(self, tab) -> None:
            async def reload_then_return():
                try:
                    await tab.reload()
                finally:
                    await self.tabs_ready.put(tab)  # a failed reload surfaces on the next render

            if not hasattr(self, "_reloads"):
                self._reloads = set()
            task = asyncio.create_task(reload_then_return())
            self._reloads.add(task)
            task.add_done_callback(self._reloads.discard)

        async def close(self) -> None:
            if getattr(self, "_reloads", None):
                await asyncio.wait(self._reloads, timeout=5)
            await super().close()

    return BackgroundReloadKaleido


class _WarmBrowser:
    """One Kaleido (Chromium) kept open on a background event loop; exports are serialised."""

    def __init__(self, path: str):
        self.path = path
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido = None

    def _start(self) -> None:
        _check_browser(self.path)
        kaleido_class = _kaleido_class()
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="kaleido-loop", daemon=True)
        thread.start()

        async def open_browser():
            # mathjax=False: its default is a CDN script, and this machine has no network for it.
            k = kaleido_class(path=self.path, mathjax=False, n=_TABS, timeout=_RENDER_TIMEOUT)
            await k.open()
            return k

        try:
            self._kaleido = asyncio.run_coroutine_threadsafe(open_browser(), loop).result(_START_TIMEOUT)
        except Exception as exc:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
            loop.close()
            if isinstance(exc, TimeoutError):
                # (a browser that is there but slow to start -- a loaded machine -- is this attempt's failure,
                # not the server's for good: the next export starts it again)
                raise ExportFailed(
                    f"Chromium at {self.path!r} took more than {_START_TIMEOUT} s to start for image export; "
                    "try again."
                ) from exc
            raise ExportUnavailable(
                f"Chromium at {self.path!r} did not start for image export ({type(exc).__name__}: {exc}). "
                "Check the Debian package `chromium` is installed and runs headless."
            ) from exc
        self._loop, self._thread = loop, thread

    def _stop(self) -> None:
        if self._loop is None:
            return
        loop, k = self._loop, self._kaleido
        with contextlib.suppress(Exception):  # closing a browser that already died is not an error here
            asyncio.run_coroutine_threadsafe(k.close(), loop).result(15)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
        if not loop.is_running():
            loop.close()
        self._loop = self._thread = self._kaleido = None

    def close(self) -> None:
        """Close the browser; the next export starts a new one."""
        with self._lock:
            self._stop()

    def render(self, fig: go.Figure | dict, opts: dict) -> bytes:
        from choreographer.errors import BrowserClosedError, BrowserFailedError, ChannelClosedError

        broken = (TimeoutError, BrowserClosedError, BrowserFailedError, ChannelClosedError)
        with self._lock:
            for attempt in (1, 2):
                if self._loop is None:
                    self._start()
                future = asyncio.run_coroutine_threadsafe(self._kaleido.calc_fig(fig, opts=opts), self._loop)
                try:
                    return future.result(_RENDER_TIMEOUT + 5)
                except broken as exc:
                    # A dead or hung browser: restart it once, then give up with a clear message.
                    future.cancel()
                    self._stop()
                    if attempt == 2:
                        raise ExportFailed(f"Image export failed twice: {type(exc).__name__}: {exc}") from exc
        raise AssertionError("unreachable")


_browsers: dict[str, _WarmBrowser] = {}
_browsers_lock = threading.Lock()


def _browser(path: str) -> _WarmBrowser:
    with _browsers_lock:
        if path not in _browsers:
            _browsers[path] = _WarmBrowser(path)
        return _browsers[path]


@atexit.register
def close_browsers() -> None:
    """Close every warm browser (also run at interpreter exit)."""
    with _browsers_lock:
        browsers = list(_browsers.values())
    for b in browsers:
        b.close()


def figure_to_image(
    fig: go.Figure,
    fmt: str,
    *,
    scale: float = 2,
    width: int | None = None,
    height: int | None = None,
    browser: str | None = None,
) -> bytes:
    """PNG, SVG or PDF bytes of a figure, drawn by the warm Chromium; ExportUnavailable without one."""
    fmt = fmt.lower()
    if fmt not in STATIC_FORMATS:
        raise ValueError(f"unsupported image format {fmt!r}; expected one of {STATIC_FORMATS}")
    path = browser or browser_path()
    _check_browser(path)
    drawn = file_figure(fig)
    layout = drawn["layout"]
    opts = {
        "format": fmt,
        "scale": scale,
        "width": width or layout.get("width") or EXPORT_WIDTH,
        "height": height or layout.get("height") or 500,
    }
    return _browser(path).render(drawn, opts)


def file_figure(fig: go.Figure) -> dict:
    """The figure as an image file draws it: without the band the on-screen chart keeps above its title
    for plotly's toolbar (layout.meta["toolbar_band"], in px), since a file has no toolbar."""
    drawn = fig.to_plotly_json()
    layout = drawn.setdefault("layout", {})
    meta = layout.get("meta") if isinstance(layout.get("meta"), dict) else {}
    band = int(meta.get("toolbar_band") or 0)
    margin = layout.get("margin") or {}
    if band <= 0 or not layout.get("height") or int(margin.get("t") or 0) < band:
        return drawn
    layout["margin"] = {**margin, "t": int(margin["t"]) - band}
    layout["height"] = int(layout["height"]) - band
    layout["meta"] = {**meta, "toolbar_band": 0}
    return drawn


def _plain(text: str) -> str:
    """Plotly label markup (already escaped text plus <br>) as one plain, still escaped, line."""
    return re.sub(r"\s*<br\s*/?>\s*", " ", str(text))


def plotlyjs_bytes() -> int:
    """The size of plotly.js, which a self-contained HTML chart carries (most of its weight)."""
    from plotly.offline import get_plotlyjs

    return len(get_plotlyjs().encode("utf-8"))


def figure_to_html(fig: go.Figure, lang: str | None = None, *, plotlyjs_beside: bool = False) -> bytes:
    """An HTML page with the chart, its title and source, that works offline.

    plotly.js (~4.8 MB) is inlined, so the one file opens anywhere without a network; with
    `plotlyjs_beside` the page loads "plotly.min.js" from its own folder instead (a ZIP of several charts
    carries that file once). A CDN link would make the file small but blank without internet.
    The title and source line are also written as page text (in <noscript>), so the file stays
    citable where scripts do not run and the text can be searched.
    """
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    lang = lang or meta.get("lang") or "vi"
    title = html.escape(str(meta.get("title") or "Lạng Sơn"))
    footer = [_plain(a.text) for a in fig.layout.annotations if a.name in ("notes", "source") and a.text]
    page = fig.to_html(
        include_plotlyjs="directory" if plotlyjs_beside else True,
        full_html=True,
        config={"displaylogo": False, "responsive": True},
        default_width="100%",
    )
    page = page.replace("<html>", f'<html lang="{html.escape(lang)}">', 1)
    page = page.replace("</head>", f"    <title>{title}</title>\n</head>", 1)
    caption = "".join(f"<p>{line}</p>" for line in [title, *footer])
    page = page.replace("<body>", f"<body>\n<noscript>{caption}</noscript>", 1)
    return page.encode("utf-8")


def _ascii_slug(text: str, sep: str) -> str:
    """Lower-case ASCII letters and digits, every other run of characters replaced by sep."""
    text = unicodedata.normalize("NFKD", str(text).replace("đ", "d").replace("Đ", "D"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", sep, text.lower()).strip(sep)


def export_filename(stem: str, period: str | None, lang: str, ext: str) -> str:
    """An ASCII-safe file name: "grdp_growth_2015-2022_vi.png" ("_" in period separates periods)."""
    parts = [_ascii_slug(stem, "_") or "chart"]
    if period:
        parts += [slug for piece in str(period).split("_") if (slug := _ascii_slug(piece, "-"))]
    if lang:
        parts.append(_ascii_slug(lang, "-"))
    name = "_".join(parts)
    ext = _ascii_slug(ext, "")
    return f"{name}.{ext}" if ext else name


def charts_zip_filename(stem: str, fmt: str, lang: str) -> str:
    """The name of a ZIP of a page's charts: the charts' format in it, so a ZIP of PNGs and a ZIP of
    HTML pages downloaded from one page never overwrite each other ("compare_png_vi.zip")."""
    return export_filename(f"{stem}_{fmt}", None, lang, "zip")


def _entry_name(name: str, fig: go.Figure, fmt: str) -> str:
    if name.lower().endswith(f".{fmt}"):
        name = name[: -len(fmt) - 1]
    return export_filename(name, None, "", fmt)


PLOTLYJS_ENTRY = "plotly.min.js"


def figures_zip(figs: dict[str, go.Figure], fmt: str) -> bytes:
    """A ZIP with one file per chart; keys are file stems (slugged, given the format's extension).

    HTML charts share one copy of plotly.js beside them (PLOTLYJS_ENTRY): unzipped, every page opens
    offline, and the ZIP does not carry 4.8 MB per chart.
    """
    fmt = fmt.lower()
    if fmt != "html" and fmt not in STATIC_FORMATS:
        raise ValueError(f"unsupported format {fmt!r}")
    buffer = io.BytesIO()
    used: set[str] = set()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, fig in figs.items():
            entry = _entry_name(name, fig, fmt)
            base, n = entry, 2
            while entry in used:
                entry = base.replace(f".{fmt}", f"_{n}.{fmt}")
                n += 1
            used.add(entry)
            data = figure_to_html(fig, plotlyjs_beside=True) if fmt == "html" else figure_to_image(fig, fmt)
            archive.writestr(entry, data)
        if fmt == "html" and figs:
            from plotly.offline import get_plotlyjs

            archive.writestr(PLOTLYJS_ENTRY, get_plotlyjs())
    return buffer.getvalue()
