"""What a value is about: the catalog indicator whose topic stands nearest it ("về chuyển đổi số" after it,
else the nearest before it), the subject carried over from its sentence, the sentence before or the title,
the rate a rank ranks, a regional rank's twin, the per-month twin of a yearly indicator, and the pairs of a
"lần lượt" list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.casefold import compile_lowered
from etl.catalog import Catalog, Indicator
from etl.literals import may_match, quick
from etl.periods import PeriodMatch
from etl.respectively import respective_lists
from etl.values import NUM, Token, num

REGIONAL = compile_lowered(r"khu vực|\bvùng\b|\bmiền\b|trung du|duyên hải|tây nguyên|đồng bằng")


NATIONAL = compile_lowered(r"cả nước|toàn quốc|\b63 tỉnh")


ABOUT = re.compile(r"\bvề\b")


def topic_spans(sentence: str, catalog: Catalog, measure: str) -> list[tuple[int, int, Indicator]]:
    return [
        (m.start(), m.end(), ind)
        for ind in catalog.with_measure(measure)
        for pattern in ind.topics
        if may_match(pattern, sentence)  # a substring test spares most scans (etl/literals.py)
        for m in quick(pattern).finditer(sentence)
    ]


def topic_for(tok: Token, sentence: str, candidates, tokens: list[Token]) -> Indicator | None:
    if not candidates:
        return None
    # "đứng thứ 6 toàn quốc về chuyển đổi số": the subject follows the value, after "về".
    after = [c for c in candidates if c[0] >= tok.end and c[0] - tok.end <= 80]
    for start, _end, ind in sorted(after, key=lambda c: (c[0], -(c[1] - c[0]))):
        gap = sentence[tok.end : start]
        if (
            ABOUT.search(gap)
            and ";" not in gap
            and not any(t is not tok and tok.end <= t.start < start for t in tokens)
        ):
            return ind
        break
    # Otherwise the nearest subject before the value; the longest wins where two end together
    # ("GRDP bình quân đầu người" over "GRDP").
    before = [c for c in candidates if c[1] <= tok.start and tok.start - c[1] <= 200]
    before = [c for c in before if ";" not in sentence[c[1] : tok.start]]
    if not before:
        return None
    return max(before, key=lambda c: (c[1], c[1] - c[0]))[2]


def is_regional(tok: Token, sentence: str, ind: Indicator) -> bool:
    tail = sentence[tok.end : tok.end + 60].split(",")[0]
    if tok.rank_of and ind.national_total and tok.rank_of not in NATIONAL_TOTALS:
        return True
    return bool(REGIONAL.search(tail)) and not NATIONAL.search(tail)


NATIONAL_TOTALS = (63, 34)


PER_MONTH = compile_lowered(
    r"^\s*(?:/\s*người\s*)?/\s*tháng|^\s*(?:/người )?(?:một|mỗi|1) tháng|^\s*/người/tháng"
)


CONTEXT_KINDS = ("rank", "score", "percent")


# A sentence about a part of an index (a component, a pillar) or of the economy (a sector) is not about
# the subject carried over from the sentence before.
COMPONENT = compile_lowered(
    r"thành phần|trụ cột|chỉ số nội dung"
    r"|chỉ số (?!năng lực|xanh|chuyển đổi|hiệu quả|cải cách|hài lòng|pci|pgi|dti|papi)"
    r"|\bkhu vực (?:i|ii|iii|nông|công nghiệp|dịch vụ|thuế)|\bngành\b|\blĩnh vực\b"
)


GROWTH_WORDS = compile_lowered(r"(?:\btăng|\bgiảm|mức tăng|tăng trưởng)(?: \S+){0,3}\s*$")


THIS_RATE = compile_lowered(r"\b(?:mức|tốc độ) (?:tăng|tăng trưởng)(?: này| đó| trên)?\b")


def ranking_of(tok, tokens, low, clause, subjects, catalog) -> Indicator | None:
    """ "GRDP … tăng 8,21%, xếp thứ 13/34 tỉnh": a rank right after a growth rate (or after "mức tăng này"
    naming the previous sentence's) ranks that rate -- the catalog's indicator whose `ranks` it is."""
    before = [t for t in tokens if t.end <= tok.start and t.start >= clause[0]]
    rate = None
    if before and before[-1].kind == "percent" and before[-1].resolved is not None:
        rate = before[-1].resolved
    elif THIS_RATE.search(low, clause[0], tok.start):
        rate = subjects["previous"].get("percent")
    if rate is None:
        return None
    return next((ind for ind in catalog.indicators if ind.ranks == rate.id), None)


def title_subjects(low_title: str, catalog: Catalog) -> dict[str, Indicator]:
    """Per kind of value, the one indicator the title names (none where it names two)."""
    out = {}
    for kind in CONTEXT_KINDS:
        named = {ind for _s, _e, ind in topic_spans(low_title, catalog, kind) if not ind.regional}
        if len(named) == 1:
            out[kind] = named.pop()
    return out


@lru_cache(maxsize=64)
def _component_start(low: str) -> int | None:
    """Where the sentence first names a component or a sector: once per sentence, not once per value."""
    found = quick(COMPONENT).search(low)
    return found.start() if found else None


def subject_from_context(
    tok: Token, low: str, subjects: dict, line: int, in_sentence: dict
) -> Indicator | None:
    """A value whose clause names no subject takes the one its sentence named before it ("GRDP 6 tháng
    tăng 4,75%; riêng quý II tăng 5,48%"); a rank, score or growth rate also the previous sentence's (same
    paragraph) or the title's: a reader carries the subject over. A per cent must read as a growth."""
    component = _component_start(low)
    if component is not None and component < tok.start:
        return None
    if tok.kind == "percent" and (
        tok.share_context or not GROWTH_WORDS.search(low[max(0, tok.start - 40) : tok.start])
    ):
        return None
    earlier = in_sentence.get(tok.kind, set())
    if len(earlier) == 1:
        return next(iter(earlier))
    if tok.kind not in CONTEXT_KINDS or earlier:
        return None
    if tok.kind == "percent" and (
        tok.share_context or not GROWTH_WORDS.search(low[max(0, tok.start - 40) : tok.start])
    ):
        return None
    if subjects["line"] == line and tok.kind in subjects["previous"]:
        return subjects["previous"][tok.kind]
    return subjects["title"].get(tok.kind)


def respective_tokens(low: str, catalog: Catalog, own: list[PeriodMatch]) -> list[Token]:
    """Values of "lần lượt" lists, each paired with its subject or its period (etl/respectively.py)."""
    tokens = []
    for listed in respective_lists(low):
        clause_start = low.rfind(";", 0, listed.start) + 1
        lead = low[clause_start : listed.start]
        kind = listed.values[0].kind
        # The subjects in the order they are last named ("Về … cải cách hành chính, các chỉ số PCI, PAPI và
        # PAR Index … lần lượt"), national ranks before regional ones named by the same words.
        last: dict[str, tuple[int, Indicator]] = {}
        for start, _end, ind in sorted(topic_spans(lead, catalog, kind), key=lambda c: c[0]):
            if ind.regional:
                continue
            last[ind.id] = (start, ind)
        ordered = [ind for _start, ind in sorted(last.values(), key=lambda v: v[0])]
        named_periods = [pm.period for pm in own if clause_start <= pm.start < listed.start]
        if len(ordered) == len(listed.values):
            pairs = [(ind, None) for ind in ordered]
        elif len({i.id for i in ordered}) == 1 and len(named_periods) == len(listed.values):
            pairs = [(ordered[0], p) for p in named_periods]
        else:
            continue  # the lists do not line up: nothing is guessed
        for value, (ind, period) in zip(listed.values, pairs, strict=True):
            number = num(re.match(NUM, low[value.start : value.end])[0])
            if number is None:
                continue
            tok = Token(
                kind, number, value.start, value.end, low[value.start : value.end], rank_of=value.rank_of
            )
            tok.indicator, tok.period = ind, period
            tokens.append(tok)
    return tokens


def per_basis(ind: Indicator, tok: Token, low: str, catalog: Catalog) -> Indicator:
    """Income per head per month is its own indicator: "4,1 triệu đồng/người/tháng" is never yearly."""
    if ind.per is None:
        return ind
    monthly = PER_MONTH.search(low[tok.end : tok.end + 20]) is not None
    want = "month" if monthly else "year"
    if ind.per == want:
        return ind
    twin = [
        other
        for other in catalog.indicators
        if other.per == want and other.unit == ind.unit and other.topics == ind.topics
    ]
    return twin[0] if twin else ind


def regional_twin(ind: Indicator, catalog: Catalog) -> Indicator | None:
    """The regional rank that shares a national rank's topics (PCI in the northern mountains)."""
    for other in catalog.indicators:
        if other.regional and other.measure == "rank" and other.topics == ind.topics:
            return other
    return None
