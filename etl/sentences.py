"""Split Vietnamese text into sentences, keeping their offsets into the text."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

# A sentence ends at . ! ? … (plus closing quotes/brackets) followed by a space and an upper-case
# letter, digit or opening quote. "65.000" and "25.8" have no space after the dot, so numbers survive.
# The pattern opens with the end mark itself (not a look-behind), so the engine jumps from one mark to the
# next; the cut is one character after the match start.
_END = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"“'(\[]?(\w))")
# Abbreviations whose dot does not end a sentence ("TP. Lạng Sơn", "ThS. Nguyễn").
# (not "v.v.", which as often ends a sentence: "…, hồi, v.v. Năm 2024, …")
_ABBREV = re.compile(r"(?:\b(?:TP|Tp|TS|ThS|PGS|GS|BS|Th\.S|St|Mr|Mrs|Dr|tr|Q|P))\.$")
_ABBREV_WINDOW = 8  # longer than any abbreviation above, so its word boundary is inside
# Pages saved from news sites glue a subheading to the next sentence ("…cấp tỉnh Theo báo cáo, …").
# These openers are capitalised only at the start of a sentence, so a capitalised one right after a
# lower-case word marks a boundary.
_GLUED_OPENER = re.compile(
    r"\s+(?=(?:Theo|Tuy nhiên|Trong đó|Đặc biệt|Ngoài ra|Bên cạnh đó|Đồng thời|Qua đó|Như vậy|Về)\b)"
)
# The longest sentence the rules see. A rule looks around a value within its sentence (the period before
# it, the topic before it, a comparison after it), so a run of text with numbers every few words and no
# full stop made extraction quadratic (or worse) in the run's length (issue 15). Real sentences stay well
# below this (data/raw: 865 characters at most; 89,000 generated bench sentences: 1,608). A longer run is
# cut into pieces of at most this many characters, at the last "; ", else ", ", else space of each piece's
# second half (a hard cut only for a run with no space at all): extraction stays linear in the text
# whatever it looks like, and ordinary text is split exactly as before.
MAX_SENTENCE_CHARS = 2000
_CUT_MARKS = ("; ", ", ", " ")


def _cap(start: int, end: int, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) cut into pieces of at most MAX_SENTENCE_CHARS at a clause or word boundary."""
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        floor = start + MAX_SENTENCE_CHARS // 2
        for mark in _CUT_MARKS:
            at = text.rfind(mark, floor, limit)
            if at != -1:
                cut = at + len(mark) - 1  # the mark's punctuation stays with the piece before it
                break
        else:
            cut = limit
        piece_end = len(text[start:cut].rstrip()) + start
        if piece_end > start:
            yield start, piece_end
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _split_paragraph(text: str, offset: int) -> list[tuple[int, int]]:
    cuts = [0]
    for m in _END.finditer(text):
        starts_sentence = m.group(1).isupper() or m.group(1).isdigit()
        # The few characters before the end mark are enough to see an abbreviation (and copying the
        # whole paragraph up to each mark would make long paragraphs quadratic).
        before = text[max(0, m.start() - _ABBREV_WINDOW) : m.start() + 1]
        if starts_sentence and not _ABBREV.search(before):
            cuts.append(m.end())
    for m in _GLUED_OPENER.finditer(text):
        if m.start() > 0 and text[m.start() - 1].islower():
            cuts.append(m.end())
    cuts = [*sorted(set(cuts)), len(text)]
    spans = []
    for a, b in itertools.pairwise(cuts):
        chunk = text[a:b]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            spans.extend((offset + x, offset + y) for x, y in _cap(a + lead, a + trail, text))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence; line breaks always end a sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            spans.extend(_split_paragraph(line, pos))
        pos += len(line) + 1
    return spans
