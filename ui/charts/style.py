"""The charts' look: colour-blind-safe colours, patterns for derived and planned marks, fonts, and the
colour maths (lighter, darker, WCAG contrast, an outline that shows a pale mark on white)."""

from __future__ import annotations

from collections.abc import Iterable

# Okabe & Ito (2008): distinguishable with every common colour-vision deficiency.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}


REPORTED_COLOUR = OKABE_ITO["blue"]


RECORD_COLOUR = OKABE_ITO["blue"]  # the reference history: the line through time


DOCUMENT_COLOUR = OKABE_ITO["vermillion"]  # figures read from documents, drawn on the record as marks


# How each basis is drawn where a chart tells them apart: every basis the dataset knows has an entry, so
# a curated figure never meets a KeyError (ui.labels names them).
BASIS_STYLE = {
    "reported": {"colour": REPORTED_COLOUR, "symbol": "circle"},
    "derived": {"colour": REPORTED_COLOUR, "symbol": "circle-open"},
    "curated": {"colour": RECORD_COLOUR, "symbol": "circle"},
}


DONE_COLOUR = OKABE_ITO["bluish_green"]


PLANNED_COLOUR = OKABE_ITO["orange"]


# Yellow is left out of series colours: too faint on white for a line or a marker.
SERIES_COLOURS = tuple(
    OKABE_ITO[k] for k in ("blue", "vermillion", "bluish_green", "reddish_purple", "orange")
)


SERIES_SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x")


DERIVED_PATTERN = "/"


PLANNED_PATTERN = "."


ESTIMATE_PATTERN = "."  # an estimate or a preliminary figure: dotted, beside solid final figures


BACKGROUND = "#FFFFFF"


TEXT_COLOUR = "#222222"


MUTED_TEXT_COLOUR = "#4D4D4D"  # source line and notes: still 8:1 on white


GRID_COLOUR = "#E5E5E5"


FONT_FAMILY = "Noto Sans, DejaVu Sans, sans-serif"  # both cover Vietnamese diacritics


def _rgb(colour: str) -> tuple[float, float, float]:
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: Iterable[float]) -> str:
    return "#" + "".join(f"{round(min(max(c, 0), 1) * 255):02X}" for c in rgb)


def lighten(colour: str, amount: float = 0.6) -> str:
    """The colour mixed with white (amount 0 = unchanged, 1 = white)."""
    return _hex(c + (1 - c) * amount for c in _rgb(colour))


def darken(colour: str, amount: float) -> str:
    """The colour mixed with black."""
    return _hex(c * (1 - amount) for c in _rgb(colour))


def contrast_ratio(foreground: str, background: str = BACKGROUND) -> float:
    """WCAG 2 contrast ratio between two hex colours (1 to 21)."""

    def luminance(colour: str) -> float:
        lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in _rgb(colour)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def outline_for(colour: str, minimum: float = 3.0) -> str:
    """An outline dark enough (WCAG 3:1 for graphics) to show the shape of a pale mark on white."""
    amount = 0.0
    while contrast_ratio(darken(colour, amount)) < minimum and amount < 1:
        amount += 0.05
    return darken(colour, amount)


def rank_marker(derived: bool, size: int) -> dict:
    """A rank's dot: filled when reported, open when derived (a rank is drawn as a point, never a bar)."""
    return {
        "size": size,
        "color": BACKGROUND if derived else REPORTED_COLOUR,
        "symbol": "circle-open" if derived else "circle",
        "line": {"color": REPORTED_COLOUR, "width": 2},
    }


def bar_style(colour: str, derived: bool, pattern: str = "") -> dict:
    if derived:
        return {
            "color": lighten(colour),
            "pattern": {"shape": DERIVED_PATTERN, "fgcolor": colour, "solidity": 0.3},
            "line": {"color": outline_for(colour), "width": 1},
        }
    style = {"color": colour, "line": {"color": outline_for(colour), "width": 1}}
    if pattern:
        style["pattern"] = {"shape": pattern, "fgcolor": outline_for(colour), "solidity": 0.2}
    return style
