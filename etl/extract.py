"""Rules that find reported figures in Vietnamese text: `text -> list[Mention]`, no I/O.

How a sentence is read:
1. Comparisons ("cao hơn 29,3% so với giai đoạn 2015-2020", "tăng 21 bậc so với năm 2021") are found
   first, so their numbers are never mistaken for the figure itself.
2. Values are found by how they are written: ranks ("xếp thứ 15/63"), scores ("65,5 điểm"), per cents
   ("6,95%"), money ("49,26 triệu đồng") and counts ("54 phòng, ban cấp tỉnh", from the catalog).
3. A rank/score/per-cent/money value belongs to the nearest indicator topic of the same measure: one that
   follows it after "về" ("đứng thứ 6 toàn quốc về chuyển đổi số"), else the nearest one before it.
4. Its period is the nearest period expression in the same clause (before it, else after it); failing
   that, the document's year, flagged as inferred.
5. Not national indicators, and skipped: regional ranks ("xếp thứ 5/14 tỉnh khu vực miền núi phía Bắc"),
   shares ("chiếm 25%", "tỷ trọng"), subsets after "trong đó", plans where the rule wants the past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from etl.casefold import compile_lowered, lowered
from etl.catalog import Catalog, Indicator
from etl.numbers import NUMBER_WORD, NUMERAL, SCALE, NumberFormatError, parse_vi_number
from etl.periods import Period, PeriodMatch, periods_in_lowered, year_period
from etl.sentences import sentence_spans

NUM = rf"(?:{NUMERAL})"
QUALIFIER = r"(?:khoảng|gần|hơn|trên|xấp xỉ|ước đạt|ước tính|ước|chừng|trên dưới)"
_QUALIFIER_BEFORE = compile_lowered(rf"\b(?P<q>{QUALIFIER})\s+$")

RANK = compile_lowered(
    r"(?:\b(?:xếp|đứng|giữ|vươn lên|tụt xuống)(?: ở)?(?: vị trí| hạng| thứ hạng)?(?: thứ)?"
    r"|\bvị trí(?: thứ)?|\bhạng)"
    r"\s+(?P<n>\d{1,3})(?:\s*/\s*(?P<of>\d{1,3}))?(?!\s*(?:bậc|hạng|điểm|%|[.,]\d))",
)
RANK_OF_AFTER = compile_lowered(r"^\s*(?:trên|trong(?: tổng)? số|/)\s*(?P<of>\d{1,3})\s+tỉnh")
SCORE = compile_lowered(rf"(?P<n>{NUM})\s*điểm\b(?!\s*(?:phần trăm|%))")
PERCENT = compile_lowered(rf"(?P<n>{NUM})\s*(?:%|phần trăm)")
MONEY = compile_lowered(
    rf"(?P<n>{NUM})\s*(?P<scale>nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)?\s*"
    r"(?P<cur>đồng|VNĐ|VND|USD|đô la Mỹ|đô la)(?!\w)",
)
COMPARISON = compile_lowered(
    rf"(?P<dir>cao hơn|thấp hơn|tăng thêm|tăng|giảm|vượt|gấp)\s+(?P<n>{NUM})\s*"
    r"(?P<u>điểm phần trăm|điểm %|%|phần trăm|điểm|bậc|hạng|lần|(?:nghìn tỷ|nghìn|triệu|tỷ)\s*(?:đồng|USD))?"
    r"\s*(?:so với|so cùng kỳ)(?P<ref>[^,;…]*?)(?=[,;…]|\.(?!\d)|$)",
)
# What makes a sentence speak of the future (a plan), not of results.
PLAN = compile_lowered(r"\bsẽ\b|\bdự kiến\b|\bkế hoạch\b|\btừ nay (?:đến|tới)\b|\bphấn đấu\b")
REGIONAL = compile_lowered(r"khu vực|\bvùng\b|\bmiền\b|trung du|duyên hải|tây nguyên|đồng bằng")
NATIONAL = compile_lowered(r"cả nước|toàn quốc|\b63 tỉnh")
SHARE_BEFORE = compile_lowered(r"(?:chiếm|tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|bằng|đạt tỷ lệ)[^,;]{0,25}$")
_SHARE_WINDOW = 40  # longer than any SHARE_BEFORE match: searched before each per cent, not the whole prefix
SUBSET = compile_lowered(r"\btrong đó\b")
_DIGIT = re.compile(r"\d")
_ABOUT = re.compile(r"\bvề\b")
_STRUCTURE = re.compile(r"\bcơ cấu\b")  # "cơ cấu kinh tế … 45%": a share of the economy, not a rate
# Words one of which each value pattern needs (lower case): a substring test on the lowered sentence is far
# cheaper than a case-insensitive scan, and most sentences hold only one or two kinds of value.
_NEEDS = {
    "rank": ("xếp", "đứng", "giữ", "vươn lên", "tụt xuống", "vị trí", "hạng"),
    "score": ("điểm",),
    "percent": ("%", "phần trăm"),
    "money": ("đồng", "vnđ", "vnd", "usd", "đô la"),
    "comparison": ("so với", "so cùng kỳ"),
}
MONEY_UNITS = {"billion_vnd": ("đồng", 1e9), "million_vnd": ("đồng", 1e6), "billion_usd": ("usd", 1e9)}
_CURRENCY = {"đồng": "đồng", "vnđ": "đồng", "vnd": "đồng", "usd": "usd", "đô la mỹ": "usd", "đô la": "usd"}


@dataclass(frozen=True)
class Comparison:
    """ "cao hơn 29,3% so với giai đoạn 2015-2020": how the figure compares with an earlier period."""

    direction: int  # +1: the figure is higher / rose; -1: lower / fell
    amount: float
    amount_unit: str  # "%", "pp", "points", "steps", "times", or a money unit id
    start: int
    end: int
    text: str
    period: Period | None


@dataclass(frozen=True)
class Mention:
    """A reported figure: what it measures, its value in the indicator's unit, and where it stands."""

    indicator_id: str
    value: float
    unit: str
    value_text: str
    start: int  # offsets of value_text in the document text
    end: int
    sentence_start: int
    sentence_end: int
    period: Period
    rank_of: int | None = None
    qualifier: str | None = None
    comparison: Comparison | None = None

    @property
    def approximate(self) -> bool:
        return self.qualifier is not None


@dataclass
class _Token:
    kind: str  # rank | score | percent | money | count
    value: float
    start: int  # sentence-relative
    end: int
    text: str
    rank_of: int | None = None
    money_unit: tuple[str, float] | None = None  # (currency, multiplier)
    indicator: Indicator | None = None
    comparison: Comparison | None = None
    qualifier: str | None = None
    extras: dict = field(default_factory=dict)


def _may_hold(kind: str, lowered: str) -> bool:
    return any(word in lowered for word in _NEEDS[kind])


def _num(text: str) -> float | None:
    try:
        return parse_vi_number(text)
    except NumberFormatError:
        return None


def _qualifier(sentence: str, pos: int) -> str | None:
    m = _QUALIFIER_BEFORE.search(sentence[max(0, pos - 20) : pos])
    return m["q"].lower() if m else None


def _comparisons(sentence: str, low: str, offset: int, periods: list[PeriodMatch]) -> list[Comparison]:
    out = []
    if not _may_hold("comparison", low):
        return out
    for m in COMPARISON.finditer(low):
        amount = _num(m["n"])
        if amount is None:
            continue
        verb, unit = m["dir"].lower(), (m["u"] or "").lower()
        direction = -1 if verb in ("thấp hơn", "giảm") else 1
        if verb == "gấp" or unit == "lần":
            amount_unit = "times"
        elif unit in ("%", "phần trăm"):
            amount_unit = "%"
        elif unit in ("điểm phần trăm", "điểm %"):
            amount_unit = "pp"
        elif unit == "điểm":
            amount_unit = "points"
        elif unit in ("bậc", "hạng"):
            amount_unit = "steps"
        elif unit:
            scale = next(
                v for k, v in sorted(SCALE.items(), key=lambda kv: -len(kv[0])) if unit.startswith(k)
            )
            currency = "usd" if unit.endswith("usd") else "đồng"
            amount_unit = f"{currency}:{scale:g}"
        else:
            continue
        ref_start, ref_end = m.start("ref"), m.end("ref")
        ref_period = next(
            (pm.period for pm in periods if ref_start <= pm.start and pm.end <= ref_end + 1), None
        )
        same_period_last_year = "cùng kỳ" in m.group()
        out.append(
            Comparison(
                direction=direction,
                amount=amount,
                amount_unit=amount_unit,
                start=offset + m.start(),
                end=offset + m.end(),
                text=sentence[m.start() : m.end()].strip(),
                period=None if same_period_last_year else ref_period,
            )
        )
    return out


def _inside(pos: int, spans) -> bool:
    return any(a <= pos < b for a, b in spans)


def _value_tokens(sentence: str, taken: list[tuple[int, int]]) -> list[_Token]:
    """Ranks, scores, per cents and money in a lower-cased sentence."""
    tokens: list[_Token] = []

    def free(m) -> bool:
        return not _inside(m.start(), taken) and not _inside(m.end() - 1, taken)

    def matches(kind: str, pattern: re.Pattern):
        return pattern.finditer(sentence) if _may_hold(kind, sentence) else ()

    for m in matches("rank", RANK):
        if not free(m):
            continue
        rank_of = int(m["of"]) if m["of"] else None
        after = RANK_OF_AFTER.match(sentence[m.end() :])
        if rank_of is None and after:
            rank_of = int(after["of"])
        tokens.append(_Token("rank", float(m["n"]), m.start(), m.end(), m.group(), rank_of=rank_of))
    for m in matches("score", SCORE):
        if free(m) and (v := _num(m["n"])) is not None:
            tokens.append(_Token("score", v, m.start(), m.end(), m.group()))
    for m in matches("percent", PERCENT):
        if (
            free(m)
            and (v := _num(m["n"])) is not None
            and not SHARE_BEFORE.search(sentence[max(0, m.start() - _SHARE_WINDOW) : m.start()])
        ):
            tokens.append(_Token("percent", v, m.start(), m.end(), m.group()))
    for m in matches("money", MONEY):
        if not free(m) or (v := _num(m["n"])) is None:
            continue
        scale = SCALE.get((m["scale"] or "").lower(), 1.0)
        currency = _CURRENCY[m["cur"].lower()]
        tokens.append(_Token("money", v, m.start(), m.end(), m.group(), money_unit=(currency, scale)))
    for tok in tokens:
        tok.qualifier = _qualifier(sentence, tok.start)
    return tokens


_COUNT_SHAPE = rf"(?P<n>{NUM}|{NUMBER_WORD})(?:\s*/\s*(?P<of>\d+)|\s+trên\s+(?:tổng số\s+)?(?P<of2>\d+))?\s+"


@lru_cache(maxsize=256)
def _count_pattern(counted: str) -> re.Pattern:
    """A number (or number word, or "N/M") followed by the counted noun phrase."""
    return compile_lowered(rf"{_COUNT_SHAPE}(?:{counted})")


@lru_cache(maxsize=16)
def _any_count(patterns: tuple[str, ...]) -> re.Pattern:
    """A number before any of the counted noun phrases: where no count pattern can match, this does not
    either, so one scan spares a sentence every count rule ("đơn vị", "xã" alone are everywhere)."""
    return _count_pattern("|".join(f"(?:{p})" for p in patterns))


def _counted_pattern(catalog: Catalog) -> re.Pattern:
    return _any_count(tuple(ind.counted.pattern for ind in catalog.with_measure("count")))


def _count_tokens(sentence: str, catalog: Catalog, taken) -> list[_Token]:
    """Counts of the catalog's counted things in a lower-cased sentence."""
    tokens = []
    plan = bool(PLAN.search(sentence))
    for ind in catalog.with_measure("count"):
        # Cheap tests first: most sentences name none of the counted things.
        if not ind.counted.search(sentence) or (ind.context and not ind.context.search(sentence)):
            continue
        if (ind.tense == "past" and plan) or (ind.tense == "planned" and not plan):
            continue
        for m in _count_pattern(ind.counted.pattern).finditer(sentence):
            if _inside(m.start(), taken):
                continue
            value = _num(m["n"])
            rank_of = m["of"] or m["of2"]
            if value is None or (rank_of and not ind.ratio) or (ind.ratio and not rank_of):
                continue
            prefix = sentence[: m.start()]
            qualifier = _qualifier(sentence, m.start())
            if qualifier:
                prefix = _QUALIFIER_BEFORE.sub("", prefix)
            if ind.before and not compile_lowered(rf"(?:{ind.before.pattern})$").search(prefix):
                continue
            tokens.append(
                _Token(
                    "count",
                    value,
                    m.start(),
                    m.end(),
                    m.group(),
                    rank_of=int(rank_of) if rank_of else None,
                    indicator=ind,
                    qualifier=qualifier,
                )
            )
    return tokens


def _topic_spans(sentence: str, catalog: Catalog, measure: str) -> list[tuple[int, int, Indicator]]:
    return [
        (m.start(), m.end(), ind)
        for ind in catalog.with_measure(measure)
        for pattern in ind.topics
        for m in pattern.finditer(sentence)
    ]


def _topic_for(tok: _Token, sentence: str, candidates, tokens: list[_Token]) -> Indicator | None:
    if not candidates:
        return None
    others = [t for t in tokens if t is not tok]
    # "đứng thứ 6 toàn quốc về chuyển đổi số": the subject follows the value, after "về".
    after = [c for c in candidates if c[0] >= tok.end and c[0] - tok.end <= 80]
    for start, _end, ind in sorted(after, key=lambda c: (c[0], -(c[1] - c[0]))):
        gap = sentence[tok.end : start]
        if _ABOUT.search(gap) and ";" not in gap and not any(tok.end <= t.start < start for t in others):
            return ind
        break
    # Otherwise the nearest subject before the value; the longest wins where two end together
    # ("GRDP bình quân đầu người" over "GRDP").
    before = [c for c in candidates if c[1] <= tok.start and tok.start - c[1] <= 200]
    before = [c for c in before if ";" not in sentence[c[1] : tok.start]]
    if not before:
        return None
    return max(before, key=lambda c: (c[1], c[1] - c[0]))[2]


def _to_unit(tok: _Token, ind: Indicator) -> float | None:
    if tok.kind != "money":
        return tok.value
    currency, scale = tok.money_unit
    want_currency, want_scale = MONEY_UNITS[ind.unit]
    if currency != want_currency:
        return None
    return tok.value * scale / want_scale


def _period_for(tok: _Token, periods: list[PeriodMatch], clause: tuple[int, int], comparisons, offset: int):
    in_clause = [
        pm
        for pm in periods
        if clause[0] <= pm.start < clause[1]
        and not any(c.start - offset <= pm.start < c.end - offset for c in comparisons)
    ]
    before = [pm for pm in in_clause if pm.end <= tok.start]
    if before:
        return before[-1].period
    after = [pm for pm in in_clause if pm.start >= tok.end]
    return after[0].period if after else None


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    start = sentence.rfind(";", 0, pos) + 1
    end = sentence.find(";", pos)
    return start, len(sentence) if end == -1 else end


def _is_regional(tok: _Token, sentence: str, ind: Indicator) -> bool:
    tail = sentence[tok.end : tok.end + 60].split(",")[0]
    if tok.rank_of and ind.national_total and tok.rank_of != ind.national_total:
        return True
    return bool(REGIONAL.search(tail)) and not NATIONAL.search(tail)


def extract_figures(
    text: str, catalog: Catalog, doc_date: date | None = None, doc_date_inferred: bool = False
) -> list[Mention]:
    """Every reported figure in `text` (already normalised), in reading order.

    `doc_date` anchors relative periods ("đến nay") and is the fallback year of a figure whose text
    names no period (such a period is flagged inferred).
    """
    mentions: list[Mention] = []
    counted = _counted_pattern(catalog)
    for s_start, s_end in sentence_spans(text):
        sentence = text[s_start:s_end]
        # Every value needs a digit, except a count written in words ("ba vụ việc"): without a digit,
        # only a sentence naming a counted thing can hold a figure.
        has_digit = _DIGIT.search(sentence) is not None
        low = lowered(sentence)  # the rules match this; quoted text comes from `sentence`
        may_count = counted.search(low) is not None
        if not (has_digit or may_count):
            continue
        periods = periods_in_lowered(low, doc_date, doc_date_inferred)
        comparisons = _comparisons(sentence, low, s_start, periods) if has_digit else []
        taken = [(c.start - s_start, c.end - s_start) for c in comparisons]
        # Dates and periods are never values ("năm 2022", "25/8/2023", "2021-2022").
        period_spans = [(pm.start, pm.end) for pm in periods]
        tokens = _value_tokens(low, taken + period_spans) if has_digit else []
        if may_count:
            tokens += _count_tokens(low, catalog, taken + period_spans)
        # A comparison with no value before it is itself the figure: "GRDP tăng 7,2% so với cùng kỳ".
        for comp in comparisons:
            rel = comp.start - s_start
            if comp.amount_unit == "%" and comp.direction > 0 and not any(t.end <= rel for t in tokens):
                n = re.search(NUM, comp.text)
                tokens.append(
                    _Token(
                        "percent",
                        comp.amount,
                        rel + n.start(),
                        rel + n.end() + 1,
                        comp.text[n.start() : n.end() + 1],
                    )
                )
        tokens.sort(key=lambda t: t.start)
        for comp in comparisons:  # attach each comparison to the value just before it
            rel = comp.start - s_start
            anchor = [t for t in tokens if t.end <= rel and ";" not in sentence[t.end : rel]]
            if anchor and anchor[-1].comparison is None:
                anchor[-1].comparison = comp
        subset_at = SUBSET.search(low)
        topics: dict[str, list] = {}  # measure -> topic spans, found once per sentence
        for tok in tokens:
            if subset_at and tok.start > subset_at.start():
                continue  # "trong đó 11 vụ án": a part of the total just given
            if tok.indicator is None and tok.kind not in topics:
                topics[tok.kind] = _topic_spans(low, catalog, tok.kind)
            ind = tok.indicator or _topic_for(tok, low, topics.get(tok.kind), tokens)
            if ind is None:
                continue
            if tok.kind == "rank" and _is_regional(tok, low, ind):
                continue
            if tok.kind == "percent" and _STRUCTURE.search(low, 0, tok.start):
                continue
            value = _to_unit(tok, ind)
            if value is None:
                continue
            period = _period_for(tok, periods, _clause(sentence, tok.start), comparisons, s_start)
            if period is None:
                if doc_date is None:
                    continue
                period = year_period(doc_date.year, inferred=True)
            mentions.append(
                Mention(
                    indicator_id=ind.id,
                    value=value,
                    unit=ind.unit,
                    value_text=sentence[tok.start : tok.end],
                    start=s_start + tok.start,
                    end=s_start + tok.end,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    period=period,
                    rank_of=tok.rank_of,
                    qualifier=tok.qualifier,
                    comparison=tok.comparison,
                )
            )
    return _drop_restated(mentions)


def _drop_restated(mentions: list[Mention]) -> list[Mention]:
    """A headline restating a figure the body gives with its period adds nothing: keep the body's."""
    explicit = {(m.indicator_id, m.value) for m in mentions if not m.period.inferred}
    return [m for m in mentions if not (m.period.inferred and (m.indicator_id, m.value) in explicit)]
