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
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from etl.casefold import compile_lowered, lowered
from etl.catalog import Catalog, Indicator
from etl.context import DocumentContext
from etl.numbers import NUMBER_WORD, NUMERAL, SCALE, NumberFormatError, english_grouping, parse_vi_number
from etl.periods import Period, PeriodMatch, periods_in_lowered
from etl.places import other_place
from etl.respectively import respective_lists
from etl.schema import MAX_PERCENT
from etl.sentences import sentence_spans
from etl.wording import AGAINST_PLAN, at_least_after, bound_before, negative_before, price_basis, status_of

NUM = rf"(?:{NUMERAL})"
QUALIFIER = r"(?:khoảng|gần|hơn|trên|xấp xỉ|ước đạt|ước tính|ước|chừng|trên dưới)"
_QUALIFIER_BEFORE = compile_lowered(rf"\b(?P<q>{QUALIFIER})\s+$")

RANK = compile_lowered(
    r"(?:\b(?<!sắp )(?:xếp|đứng|giữ|vươn lên|tụt xuống)(?: ở)?(?: vị trí| hạng| thứ hạng)?(?: thứ)?"
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
    rf"(?P<dir>cao hơn|thấp hơn|tăng thêm|tăng|giảm|vượt|gấp|bằng)\s+(?P<n>{NUM})\s*"
    r"(?P<u>điểm phần trăm|điểm %|%|phần trăm|điểm|bậc|hạng|lần|(?:nghìn tỷ|nghìn|triệu|tỷ)\s*(?:đồng|USD))?"
    r"\s*(?:so với|so cùng kỳ|(?<=lần )(?=(?:năm|giai đoạn|cùng kỳ|kế hoạch|dự toán|mức|bình quân)\b))"
    r"(?P<ref>[^,;…]*?)(?=[,;…]|\.(?!\d)|$)",
)
# Comparisons against something no earlier value of the province can be derived from.
_NOT_A_PERIOD_REF = compile_lowered(
    r"kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết|kịch bản|cả nước|toàn quốc|bình quân chung|"
    r"trung bình chung|mức chung|\bvùng\b|khu vực|các tỉnh|tỉnh khác|cùng vùng"
)
_PREVIOUS_PERIOD_REF = compile_lowered(r"tháng trước|quý trước|kỳ trước|tháng liền trước|quý liền trước")
# What makes a sentence speak of the future (a plan), not of results.
PLAN = compile_lowered(r"\bsẽ\b|\bdự kiến\b|\bkế hoạch\b|\btừ nay (?:đến|tới)\b|\bphấn đấu\b")
REGIONAL = compile_lowered(r"khu vực|\bvùng\b|\bmiền\b|trung du|duyên hải|tây nguyên|đồng bằng")
NATIONAL = compile_lowered(r"cả nước|toàn quốc|\b63 tỉnh")
SHARE_BEFORE = compile_lowered(r"(?:chiếm|tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ|bằng|đạt tỷ lệ)[^,;]{0,25}$")
_SHARE_WINDOW = 40  # longer than any SHARE_BEFORE match: searched before each per cent, not the whole prefix
SUBSET = compile_lowered(r"\btrong đó\b|\b(?:bao )?gồm\b")
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
    "comparison": ("so với", "so cùng kỳ", "lần"),
}
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
    # What the comparison is against: the same period a year earlier, the period just before (a month, a
    # quarter), an explicit earlier period, or something no earlier value can be derived from (a plan, a
    # national or regional average).
    reference: str | None = None  # same_period_last_year | previous_period | None
    derivable: bool = True
    index: bool = False  # "bằng 98,7% so với cùng kỳ": the value is the reference's per cent


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
    # The figure model (etl/schema.py): what the number is, beyond its value and period.
    measure: str = "level"
    reference: str | None = None  # a growth rate's reference period: same_period_last_year | previous_period
    status: str = "actual"
    price_basis: str | None = None
    bound: str | None = None
    period_aggregate: str | None = None
    period_source: str = "clause"

    @property
    def approximate(self) -> bool:
        return self.qualifier is not None


@dataclass(frozen=True)
class Held:
    """A number the text gives but the ETL does not publish, with the reason (the review list)."""

    reason: str  # one of etl.schema.REVIEW_REASONS
    detail: str
    value_text: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    indicator_id: str | None = None
    value: float | None = None


@dataclass
class Reading:
    """What one document's text gives: figures to publish, and numbers held for review."""

    mentions: list[Mention] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)


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
    status: str | None = None
    share_context: bool = False  # "chiếm 25%", "tỷ lệ": a share, never a growth rate
    index: bool = False
    negative: bool = False
    reference: str | None = None
    period: Period | None = None  # given by a "lần lượt" list of periods
    from_comparison: bool = False  # "GRDP tăng 7,2% so với cùng kỳ": the comparison is the figure
    resolved: Indicator | None = None  # the indicator it was read as (a rank after it may rank it)


def _may_hold(kind: str, lowered: str) -> bool:
    return any(word in lowered for word in _NEEDS[kind])


# The digit style of the document being read (etl.numbers.english_grouping), set by read_figures.
_ENGLISH_DIGITS: ContextVar[bool] = ContextVar("english_digits", default=False)


def _num(text: str) -> float | None:
    try:
        return parse_vi_number(text, _ENGLISH_DIGITS.get())
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
        index = verb == "bằng"
        if index and unit not in ("%", "phần trăm"):
            continue
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
        ref_text = low[ref_start:ref_end]
        if _NOT_A_PERIOD_REF.search(ref_text):
            reference, derivable = None, False  # a plan, a budget, the nation's or the region's average
        elif _PREVIOUS_PERIOD_REF.search(ref_text):
            reference, derivable = "previous_period", False
        elif same_period_last_year or (ref_period is not None):
            reference, derivable = "same_period_last_year", True
        else:
            reference, derivable = None, False
        out.append(
            Comparison(
                direction=direction,
                amount=amount,
                amount_unit=amount_unit,
                start=offset + m.start(),
                end=offset + m.end(),
                text=sentence[m.start() : m.end()].strip(),
                period=None if same_period_last_year else ref_period,
                reference=reference,
                derivable=derivable,
                index=index,
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
        if free(m) and (v := _num(m["n"])) is not None:
            tok = _Token("percent", v, m.start(), m.end(), m.group())
            window = sentence[max(0, m.start() - _SHARE_WINDOW) : m.start()]
            tok.share_context = SHARE_BEFORE.search(window) is not None
            tokens.append(tok)
    for m in matches("money", MONEY):
        if not free(m) or (v := _num(m["n"])) is None:
            continue
        scale = SCALE.get((m["scale"] or "").lower(), 1.0)
        currency = _CURRENCY[m["cur"].lower()]
        tokens.append(_Token("money", v, m.start(), m.end(), m.group(), money_unit=(currency, scale)))
    return tokens


_COUNT_SHAPE = (
    rf"(?P<n>{NUM}|{NUMBER_WORD})(?:\s*/\s*(?P<of>\d+)|\s+trên\s+(?:tổng số\s+)?(?P<of2>\d+))?"
    r"(?:\s+(?P<scale>nghìn|ngàn|triệu))?\s+"  # "1,9 triệu lượt khách"
)


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
        if ind.not_context and ind.not_context.search(sentence):
            continue
        if (ind.tense == "past" and plan) or (ind.tense == "planned" and not plan):
            continue
        for m in _count_pattern(ind.counted.pattern).finditer(sentence):
            if _inside(m.start(), taken):
                continue
            value = _num(m["n"])
            if value is not None and m["scale"]:
                value = round(value * SCALE[m["scale"]], 6)
            rank_of = m["of"] or m["of2"]
            if value is None or (rank_of and not ind.ratio) or (ind.ratio and not rank_of):
                continue
            prefix = sentence[: m.start()]
            qualifier = _qualifier(sentence, m.start())
            if qualifier:
                prefix = _QUALIFIER_BEFORE.sub("", prefix)
            clause_start = max(sentence.rfind(";", 0, m.start()), sentence.rfind(". ", 0, m.start())) + 1
            if ind.not_before and ind.not_before.search(sentence, clause_start, m.start()):
                continue
            before_ok = ind.before is None or compile_lowered(rf"(?:{ind.before.pattern})$").search(prefix)
            after_ok = ind.after is not None and ind.after.match(sentence, m.end())
            if not (before_ok or after_ok):
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


def _to_unit(tok: _Token, ind: Indicator, catalog: Catalog) -> float | None:
    """The token's value in the indicator's unit (money rescaled by the catalog's unit), or None."""
    if tok.kind != "money":
        return tok.value
    currency, scale = tok.money_unit
    unit = catalog.units[ind.unit]
    if not unit.is_money or currency != unit.currency:
        return None
    return tok.value * scale / unit.scale


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
    if tok.rank_of and ind.national_total and tok.rank_of not in NATIONAL_TOTALS:
        return True
    return bool(REGIONAL.search(tail)) and not NATIONAL.search(tail)


def extract_figures(
    text: str, catalog: Catalog, doc_date: date | None = None, doc_date_inferred: bool = False
) -> list[Mention]:
    """Every figure `text` publishes (read_figures' mentions)."""
    return read_figures(text, catalog, doc_date, doc_date_inferred).mentions


def read_figures(
    text: str, catalog: Catalog, doc_date: date | None = None, doc_date_inferred: bool = False
) -> Reading:
    """Every reported figure in `text` (already normalised), in reading order, and the numbers held back.

    A figure is published only when the text tells its indicator, place, period and status: its period is
    read from its clause, else its sentence, the sentence before, the paragraph's heading or the document's
    title (etl/context.py); relative words ("năm nay", "cùng kỳ") from the document's date. A number whose
    period or place the text does not tell is held for review with the reason, never guessed.
    """
    token = _ENGLISH_DIGITS.set(english_grouping(text))
    try:
        return _read(text, catalog, doc_date, doc_date_inferred)
    finally:
        _ENGLISH_DIGITS.reset(token)


def _read(text: str, catalog: Catalog, doc_date: date | None, doc_date_inferred: bool) -> Reading:
    reading = Reading()
    counted = _counted_pattern(catalog)
    context = DocumentContext(text, doc_date, doc_date_inferred)
    # The subject a value with no topic in its sentence is about: the previous sentence's (in the same
    # paragraph), else the title's -- "PCI 2023: … Lạng Sơn đạt 66,03 điểm, xếp thứ 20/63".
    title = text[: text.find("\n")] if "\n" in text else text
    subjects: dict = {"title": _title_subjects(lowered(title), catalog), "previous": {}, "line": -1}

    line_of = context.line_of

    seen_subjects: dict[str, set] = {}
    for s_start, s_end in sentence_spans(text):
        if seen_subjects:  # what the sentence just read was about, for the next one in its paragraph
            subjects["previous"] = {k: next(iter(v)) for k, v in seen_subjects.items() if len(v) == 1}
            subjects["line"] = subjects["last_line"]
        seen_subjects = {}
        subjects["last_line"] = line_of(s_start)
        sentence = text[s_start:s_end]
        # Every value needs a digit, except a count written in words ("ba vụ việc"): without a digit,
        # only a sentence naming a counted thing can hold a figure.
        has_digit = _DIGIT.search(sentence) is not None
        low = lowered(sentence)  # the rules match this; quoted text comes from `sentence`
        may_count = counted.search(low) is not None
        if not (has_digit or may_count):
            context.saw(s_start, s_end, [])
            continue
        periods = periods_in_lowered(low, doc_date, doc_date_inferred)
        comparisons = _comparisons(sentence, low, s_start, periods) if has_digit else []
        # The periods the sentence reports on: not those it compares with ("so với năm 2024").
        own = [pm for pm in periods if not _is_reference(pm, low, comparisons, s_start)]
        own = context.saw(s_start, s_end, own)
        taken = [(c.start - s_start, c.end - s_start) for c in comparisons]
        # Dates and periods are never values ("năm 2022", "25/8/2023", "2021-2022").
        period_spans = [(pm.start, pm.end) for pm in periods]
        listed = _respective_tokens(low, catalog, own) if has_digit else []
        taken += [(t.start, t.end) for t in listed]
        tokens = _value_tokens(low, taken + period_spans) if has_digit else []
        tokens += listed
        if may_count:
            tokens += _count_tokens(low, catalog, taken + period_spans)
        # A comparison with no value before it is itself the figure: "GRDP tăng 7,2% so với cùng kỳ",
        # "giảm 2,1% so với cùng kỳ", "bằng 98,7% so với cùng kỳ" (an index: a growth of -1,3).
        for comp in comparisons:
            rel = comp.start - s_start
            if comp.amount_unit == "%" and not any(
                t.end <= rel and ";" not in low[t.end : rel] for t in tokens
            ):
                n = re.search(NUM, comp.text)
                tok = _Token(
                    "percent",
                    comp.amount,
                    rel + n.start(),
                    rel + n.end() + 1,
                    comp.text[n.start() : n.end() + 1],
                )
                tok.index = comp.index
                tok.from_comparison = True
                tok.negative = comp.direction < 0 and not comp.index
                tok.reference = comp.reference
                tokens.append(tok)
        tokens.sort(key=lambda t: t.start)
        for comp in comparisons:  # attach each comparison to the value just before it
            rel = comp.start - s_start
            # The value the comparison is about: the nearest before it that is not itself a ratio to a plan
            # ("đạt 7.258,3 tỷ đồng, vượt 4,7% dự toán, tăng 12,5% so với cùng kỳ") or another comparison.
            anchor = [
                t
                for t in tokens
                if t.end <= rel
                and ";" not in sentence[t.end : rel]
                and not (t.kind == "percent" and (AGAINST_PLAN.match(low[t.end :]) or t.from_comparison))
            ]
            if anchor and anchor[-1].comparison is None:
                anchor[-1].comparison = comp
        subset_at = SUBSET.search(low)
        topics: dict[str, list] = {}  # measure -> topic spans, found once per sentence
        basis = price_basis(low)
        previous: _Token | None = None
        whole: set[str] = set()  # indicators given before "trong đó": what follows it are their parts
        for tok in tokens:
            in_subset = subset_at is not None and tok.start > subset_at.start()
            clause = _clause(sentence, tok.start)
            seg_start = max(clause[0], previous.end if previous is not None else 0)
            prev_status = previous.status if previous is not None and previous.end > clause[0] else None
            previous = tok
            if tok.indicator is None and tok.kind not in topics:
                topics[tok.kind] = _topic_spans(low, catalog, tok.kind)
            ind = tok.indicator or _topic_for(tok, low, topics.get(tok.kind), tokens)
            if ind is None:
                ind = _subject_from_context(tok, low, subjects, line_of(s_start), seen_subjects)
            if ind is not None:
                ind = _per_basis(ind, tok, low, catalog)
            if in_subset and ind is not None and ind.id in whole and _names_own_period(tok, own, subset_at):
                in_subset = False  # "trong đó quý IV tăng 7,52%": a part of the period, its own figure
            if in_subset and (ind is None or ind.id in whole):
                continue  # "trong đó 11 vụ án": a part of the total just given, unless a catalogued part
            if not in_subset and ind is not None:
                whole.add(ind.id)
            tok.resolved = ind
            if ind is not None and tok.kind in (*_CONTEXT_KINDS, "money"):
                seen_subjects.setdefault(tok.kind, set()).add(ind)
            tok.status = status_of(low[seg_start : tok.start]) or (
                prev_status if prev_status in ("target", "forecast") else None
            )
            if ind is None:
                if tok.kind in ("money", "percent") and _ABOUT_PROVINCE.search(low):
                    reading.held.append(
                        _held(
                            tok,
                            s_start,
                            s_end,
                            sentence,
                            "not_in_catalog",
                            "no indicator of the catalog names it",
                        )
                    )
                continue
            if tok.kind == "rank" and tok.indicator is None:
                ranked = _ranking_of(tok, tokens, low, clause, subjects, catalog)
                ind = ranked or ind
                if ind is None:
                    continue
            if tok.indicator is None and ind.not_before and ind.not_before.search(low, clause[0], tok.start):
                why = f"a part of {ind.id} the catalog does not hold ({ind.not_before.pattern})"
                reading.held.append(_held(tok, s_start, s_end, sentence, "not_in_catalog", why, ind))
                continue
            if tok.kind == "rank" and ind.regional != _is_regional(tok, low, ind):
                regional = _regional_twin(ind, catalog) if not ind.regional else None
                if regional is None:
                    continue
                ind = regional
            reference = tok.reference or (tok.comparison.reference if tok.comparison else None)
            if ind.figure_measure == "growth" and reference == "previous_period":
                why = "growth against the previous month or quarter (the catalog's rates are year on year)"
                reading.held.append(_held(tok, s_start, s_end, sentence, "not_in_catalog", why, ind))
                continue
            if tok.kind == "percent" and ind.figure_measure == "growth":
                if tok.share_context or _STRUCTURE.search(low, 0, tok.start):
                    continue  # "chiếm 25%", "cơ cấu … 45%": a share, not a growth rate
                if AGAINST_PLAN.match(low[tok.end :]) and not tok.index:
                    reading.held.append(
                        _held(
                            tok, s_start, s_end, sentence, "against_plan", "a ratio to a plan or budget", ind
                        )
                    )
                    continue
            if (
                ind.figure_measure in ("level", "score", "rank")
                and tok.indicator is None
                and _is_change(tok, low)
            ):
                continue  # "điểm số tăng 1,35 điểm", "tăng 500 tỷ đồng": a change, not the level
            if ind.figure_measure == "share" and not _is_share(tok, low, ind):
                continue  # "khu vực dịch vụ tăng 6,77%": the sector's growth, not its share
            value = _to_unit(tok, ind, catalog)
            if value is None:
                continue
            place = other_place(low, clause[0], tok.start, tok.end, catalog.places)
            if place is None and "cần" in low and _REQUIRED.search(low[seg_start : tok.start]):
                why = "what is needed to meet a target, not a result or a target"
                reading.held.append(_held(tok, s_start, s_end, sentence, "not_in_catalog", why, ind, value))
                continue
            if (
                place is None
                and ("tết" in low or "lễ" in low)
                and _HOLIDAY.search(low[clause[0] : tok.start])
            ):
                why = "a holiday's days: a period the figure model does not hold"
                reading.held.append(_held(tok, s_start, s_end, sentence, "no_period", why, ind, value))
                continue
            if place is not None:
                reading.held.append(_held(tok, s_start, s_end, sentence, "other_place", place, ind, value))
                continue
            found = (tok.period, "clause") if tok.period else context.period_for(tok, own, clause)
            if found is None:
                reading.held.append(
                    _held(
                        tok,
                        s_start,
                        s_end,
                        sentence,
                        "no_period",
                        "the text does not tell its period",
                        ind,
                        value,
                    )
                )
                continue
            period, source = found
            period, aggregate = _aggregate(period, ind, low, seg_start, tok, doc_date)
            status = tok.status or ("target" if ind.tense == "planned" else "actual")
            if status == "actual" and doc_date is not None and period.start > doc_date:
                # A period still to come: a plan or a forecast if the sentence says so anywhere before, or the
                # headings and title it stands under ("Các chỉ tiêu chủ yếu năm 2025", "Kế hoạch …").
                status = (
                    status_of(low[: tok.start])
                    or status_of(context.heading_and_title(line_of(s_start)))
                    or "actual"
                )
                if status not in ("target", "forecast"):
                    status = "actual"
            if status == "actual" and doc_date is not None and period.start > doc_date:
                reading.held.append(
                    _held(
                        tok,
                        s_start,
                        s_end,
                        sentence,
                        "future_period",
                        "a period after the document's date, with no word of plan or forecast",
                        ind,
                        value,
                    )
                )
                continue
            if ind.figure_measure == "growth":
                if tok.index:
                    value = round(value - 100, 6)
                elif tok.negative or negative_before(low, tok.start):
                    value = -value
            bound = bound_before(low, tok.start)
            rank_of = tok.rank_of
            if tok.kind == "rank" and rank_of is None and ind.national_total and not ind.regional:
                rank_of = 34 if period.end >= PROVINCES_MERGED else ind.national_total
            if (tok.kind == "rank" and (value < 1 or (rank_of and value > rank_of))) or (
                ind.unit == "percent" and abs(value) > MAX_PERCENT
            ):
                why = f"{value:g} is out of range for {ind.id}" + (f" (out of {rank_of})" if rank_of else "")
                reading.held.append(_held(tok, s_start, s_end, sentence, "out_of_range", why, ind, value))
                continue
            reading.mentions.append(
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
                    rank_of=rank_of,
                    qualifier=bound[0] if bound else ("trở lên" if at_least_after(low, tok.end) else None),
                    comparison=tok.comparison if status not in ("target", "forecast") else None,
                    measure=ind.figure_measure,
                    reference=(tok.reference or (tok.comparison.reference if tok.comparison else None))
                    if ind.figure_measure == "growth"
                    else None,
                    status=status,
                    price_basis=(price_basis(low[clause[0] : clause[1]]) or basis)
                    if ind.price_basis_applies
                    else None,
                    bound=bound[1] if bound else ("at_least" if at_least_after(low, tok.end) else None),
                    period_aggregate=aggregate,
                    period_source=source,
                )
            )
    reading.mentions = _drop_restated(reading.mentions)
    return reading


# The provinces merged on 1 July 2025: a national rank for a period ending after it is out of 34.
PROVINCES_MERGED = date(2025, 7, 1)
NATIONAL_TOTALS = (63, 34)
_ABOUT_PROVINCE = compile_lowered(r"lạng sơn|\btoàn tỉnh\b|\bcủa tỉnh\b|\btỉnh\b")
# "bình quân" of a yearly average, not of "thu nhập bình quân đầu người" (an indicator's own name).
_AVERAGE = compile_lowered(
    r"\b(?:bình quân|trung bình)\b(?! đầu người| một người| 1 người|/người| mỗi người| người)|/năm\b|mỗi năm"
)
_TOTAL = compile_lowered(r"\btổng\b|\bcộng dồn\b|\blũy kế\b|\bluỹ kế\b|\bcả giai đoạn\b")
_PER_MONTH = compile_lowered(
    r"^\s*(?:/\s*người\s*)?/\s*tháng|^\s*(?:/người )?(?:một|mỗi|1) tháng|^\s*/người/tháng"
)


_SHARE_WORDS = compile_lowered(r"\bchiếm\b|\btỷ trọng\b|\btỉ trọng\b|\bcơ cấu\b|\btỷ lệ\b|\btỉ lệ\b")
_CHANGE_BEFORE = compile_lowered(r"\b(?:tăng|giảm)(?: bình quân| thêm| được)?\s+(?:khoảng |gần |hơn )?$")


def _names_own_period(tok: _Token, own: list[PeriodMatch], subset_at) -> bool:
    return any(subset_at.start() <= pm.start < tok.start for pm in own)


def _is_change(tok: _Token, low: str) -> bool:
    return _CHANGE_BEFORE.search(low[max(0, tok.start - 30) : tok.start]) is not None


def _is_share(tok: _Token, low: str, ind: Indicator) -> bool:
    """A share indicator's value needs share words in its sentence ("chiếm", "cơ cấu", "tỷ lệ") before it,
    and is a level, not a change ("tỷ lệ hộ nghèo giảm 2,5%" is a fall in points, "giảm còn 8,1%" a level)."""
    if _CHANGE_BEFORE.search(low[max(0, tok.start - 30) : tok.start]):
        return False
    return tok.share_context or _SHARE_WORDS.search(low, 0, tok.start) is not None


_REFERENCE_BEFORE = compile_lowered(
    r"(?:so với|lần|cao hơn|thấp hơn|kém)\s+(?:cùng kỳ\s+|mức\s+|bình quân\s+)?$"
)


def _is_reference(pm: PeriodMatch, low: str, comparisons, offset: int) -> bool:
    """A period the sentence compares with ("so với năm 2024", "gấp 1,6 lần năm 2020"), not reports on."""
    if any(c.start - offset <= pm.start < c.end - offset for c in comparisons):
        return True
    return _REFERENCE_BEFORE.search(low[max(0, pm.start - 24) : pm.start]) is not None


_CONTEXT_KINDS = ("rank", "score", "percent")
_REQUIRED = compile_lowered(
    r"\bcần (?:phải )?(?:tăng|đạt)|\bphải (?:tăng|đạt)|\bcần (?:tăng|đạt) (?:khoảng )?$"
)
_HOLIDAY = compile_lowered(r"\bdịp (?:tết|lễ|nghỉ)|\bkỳ nghỉ (?:tết|lễ)|\bnghỉ tết\b")
# A sentence about a part of an index (a component, a pillar) or of the economy (a sector) is not about
# the subject carried over from the sentence before.
_COMPONENT = compile_lowered(
    r"thành phần|trụ cột|chỉ số nội dung"
    r"|chỉ số (?!năng lực|xanh|chuyển đổi|hiệu quả|cải cách|hài lòng|pci|pgi|dti|papi)"
    r"|\bkhu vực (?:i|ii|iii|nông|công nghiệp|dịch vụ|thuế)|\bngành\b|\blĩnh vực\b"
)
_GROWTH_WORDS = compile_lowered(r"(?:\btăng|\bgiảm|mức tăng|tăng trưởng)(?: \S+){0,3}\s*$")


_THIS_RATE = compile_lowered(r"\b(?:mức|tốc độ) (?:tăng|tăng trưởng)(?: này| đó| trên)?\b")


def _ranking_of(tok, tokens, low, clause, subjects, catalog) -> Indicator | None:
    """ "GRDP … tăng 8,21%, xếp thứ 13/34 tỉnh": a rank right after a growth rate (or after "mức tăng này"
    naming the previous sentence's) ranks that rate -- the catalog's indicator whose `ranks` it is."""
    before = [t for t in tokens if t.end <= tok.start and t.start >= clause[0]]
    rate = None
    if before and before[-1].kind == "percent" and before[-1].resolved is not None:
        rate = before[-1].resolved
    elif _THIS_RATE.search(low, clause[0], tok.start):
        rate = subjects["previous"].get("percent")
    if rate is None:
        return None
    return next((ind for ind in catalog.indicators if ind.ranks == rate.id), None)


def _title_subjects(low_title: str, catalog: Catalog) -> dict[str, Indicator]:
    """Per kind of value, the one indicator the title names (none where it names two)."""
    out = {}
    for kind in _CONTEXT_KINDS:
        named = {ind for _s, _e, ind in _topic_spans(low_title, catalog, kind) if not ind.regional}
        if len(named) == 1:
            out[kind] = named.pop()
    return out


def _subject_from_context(
    tok: _Token, low: str, subjects: dict, line: int, in_sentence: dict
) -> Indicator | None:
    """A value whose clause names no subject takes the one its sentence named before it ("GRDP 6 tháng
    tăng 4,75%; riêng quý II tăng 5,48%"); a rank, score or growth rate also the previous sentence's (same
    paragraph) or the title's: a reader carries the subject over. A per cent must read as a growth."""
    if _COMPONENT.search(low, 0, tok.start):
        return None
    if tok.kind == "percent" and (
        tok.share_context or not _GROWTH_WORDS.search(low[max(0, tok.start - 40) : tok.start])
    ):
        return None
    earlier = in_sentence.get(tok.kind, set())
    if len(earlier) == 1:
        return next(iter(earlier))
    if tok.kind not in _CONTEXT_KINDS or earlier:
        return None
    if tok.kind == "percent" and (
        tok.share_context or not _GROWTH_WORDS.search(low[max(0, tok.start - 40) : tok.start])
    ):
        return None
    if subjects["line"] == line and tok.kind in subjects["previous"]:
        return subjects["previous"][tok.kind]
    return subjects["title"].get(tok.kind)


def _respective_tokens(low: str, catalog: Catalog, own: list[PeriodMatch]) -> list[_Token]:
    """Values of "lần lượt" lists, each paired with its subject or its period (etl/respectively.py)."""
    tokens = []
    for listed in respective_lists(low):
        clause_start = low.rfind(";", 0, listed.start) + 1
        lead = low[clause_start : listed.start]
        kind = listed.values[0].kind
        # The subjects in the order they are last named ("Về … cải cách hành chính, các chỉ số PCI, PAPI và
        # PAR Index … lần lượt"), national ranks before regional ones named by the same words.
        last: dict[str, tuple[int, Indicator]] = {}
        for start, _end, ind in sorted(_topic_spans(lead, catalog, kind), key=lambda c: c[0]):
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
            number = _num(re.match(NUM, low[value.start : value.end])[0])
            if number is None:
                continue
            tok = _Token(
                kind, number, value.start, value.end, low[value.start : value.end], rank_of=value.rank_of
            )
            tok.indicator, tok.period = ind, period
            tokens.append(tok)
    return tokens


def _per_basis(ind: Indicator, tok: _Token, low: str, catalog: Catalog) -> Indicator:
    """Income per head per month is its own indicator: "4,1 triệu đồng/người/tháng" is never yearly."""
    if ind.per is None:
        return ind
    monthly = _PER_MONTH.search(low[tok.end : tok.end + 20]) is not None
    want = "month" if monthly else "year"
    if ind.per == want:
        return ind
    twin = [
        other
        for other in catalog.indicators
        if other.per == want and other.unit == ind.unit and other.topics == ind.topics
    ]
    return twin[0] if twin else ind


def _regional_twin(ind: Indicator, catalog: Catalog) -> Indicator | None:
    """The regional rank that shares a national rank's topics (PCI in the northern mountains)."""
    for other in catalog.indicators:
        if other.regional and other.measure == "rank" and other.topics == ind.topics:
            return other
    return None


def _aggregate(
    period: Period, ind: Indicator, low: str, seg_start: int, tok: _Token, doc_date: date | None
) -> tuple[Period, str | None]:
    """What the value is over its period: a yearly average or a total over several years, a running total
    from January to a date (for a flow) or a stock at a date."""
    lead = low[seg_start : tok.start]
    if period.kind == "as_of" and period.end != doc_date:
        # An explicit date ("tính đến 30/11/2025"), not "đến nay" (a count since an unstated start).
        if ind.stock or ind.figure_measure in ("rank", "score", "share", "growth"):
            return period, "stock" if ind.stock or ind.figure_measure == "count" else None
        # "tính đến 30/11/2025, kim ngạch đạt …": a flow's running total since January
        start = date(period.end.year, 1, 1)
        label = f"01/01–{period.end.day:02d}/{period.end.month:02d}/{period.end.year}"
        return replace(period, kind="to_date", start=start, label=label), "total"
    if ind.stock and period.kind == "year":
        # "năm 2024 còn 3,36%", "năm 2020 có 84 xã đạt chuẩn": a stock stands at the year's end.
        end = period.end
        return replace(period, kind="as_of", start=end, label=f"31/12/{end.year}"), "stock"
    if period.kind == "to_date":
        return period, "stock" if ind.stock else (
            "total" if ind.figure_measure in ("level", "count") else None
        )
    if period.kind == "range":
        if _AVERAGE.search(lead) or _AVERAGE.match(low[tok.end : tok.end + 8]):
            return period, "average"
        if _TOTAL.search(lead):
            return period, "total"
        if ind.figure_measure == "growth":
            return period, "average"  # a growth rate over several years is a yearly average
    return period, None


def _held(tok, s_start, s_end, sentence, reason, detail, ind=None, value=None) -> Held:
    return Held(
        reason=reason,
        detail=detail,
        value_text=sentence[tok.start : tok.end],
        start=s_start + tok.start,
        end=s_start + tok.end,
        sentence_start=s_start,
        sentence_end=s_end,
        indicator_id=ind.id if ind is not None else None,
        value=value,
    )


def _drop_restated(mentions: list[Mention]) -> list[Mention]:
    """A headline restating a figure the body gives with its period adds nothing: keep the body's."""
    own = ("clause", "sentence")
    explicit = {
        (m.indicator_id, m.value) for m in mentions if m.period_source in own and not m.period.inferred
    }
    return [
        m
        for m in mentions
        if not ((m.period.inferred or m.period_source not in own) and (m.indicator_id, m.value) in explicit)
    ]
