import itertools
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.casefold import compile_lowered, lowered
from etl.literals import leading_words, top_level_alternatives
from etl.numbered import numbered_matches, places_scan
from etl.numbers import NUMERAL
from etl.sentences import sentence_spans
from etl.values import NUM, NUMBERED

CORPUS = Path(__file__).parent / "corpus"
RULES = tuple(NUMBERED.values())


def _spans(found):
    return [[(m.span(), m.groups()) for m in matches] for matches in found]


def _plain(patterns, text):
    return [list(p.finditer(text)) for p in patterns]


def test_the_value_rules_get_the_scan():
    """If a rule's text changes shape, this fails: etl/numbered.py then searches it as before (no scan)."""
    assert places_scan(NUMERAL, RULES) is not None


def test_the_scan_finds_what_each_rule_finds_in_the_corpus():
    sentences = []
    for path in sorted(CORPUS.rglob("*.txt")):
        text = lowered(path.read_text(encoding="utf-8"))
        sentences += [text[a:b] for a, b in sentence_spans(text)]
    found = 0
    for sentence in sentences:
        for size in (1, 2, 3):
            for rules in itertools.combinations(RULES, size):
                expected = _spans(_plain(rules, sentence))
                assert _spans(numbered_matches(NUMERAL, rules, sentence)) == expected
                found += sum(map(len, expected))
    assert found > 100


_PIECES = st.sampled_from(
    ["1", "25", "2.024", "7,5", "12.345,6", ".", ",", " ", "  ", "%", "phần trăm", "điểm", "điểm %", "triệu",
     "nghìn tỷ", " đồng", "usd", "đô la mỹ", "x", "tăng", "/", "-", "(", "đồngx"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=2), max_size=60))
def test_the_scan_finds_exactly_what_each_rule_finds(pieces):
    text = "".join(pieces)
    assert _spans(numbered_matches(NUMERAL, RULES, text)) == _spans(_plain(RULES, text))


@pytest.mark.parametrize(
    "pattern",
    [
        rf"(?P<n>{NUM})\s*(?:,\s*)?đồng",  # a unit that may open on a comma
        rf"(?P<n>{NUM})(?: ở)?\s*ha",  # … or on whitespace
        rf"(?P<n>{NUM})\s*\w+",  # no fixed unit
        rf"(?:khoảng )?(?P<n>{NUM})\s*%",  # not opening with the number
    ],
)
def test_a_rule_of_another_shape_is_searched_as_before(pattern):
    rule = compile_lowered(pattern)
    assert places_scan(NUMERAL, (rule,)) is None
    text = "khoảng 5 ở ha, 7, đồng và 3 ha"
    assert _spans(numbered_matches(NUMERAL, (rule,), text)) == _spans(_plain((rule,), text))


def test_a_number_that_may_hold_other_characters_gets_no_scan():
    assert places_scan(r"\d+(?: \d{3})*", (re.compile(r"(?P<n>(?:\d+(?: \d{3})*))\s*%"),)) is None


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (r"\s*(?:%|phần trăm)", ("%", "phần trăm")),
        (r"\s*(?P<s>nghìn|triệu)?\s*(?P<c>đồng|usd)(?!\w)", ("nghìn", "triệu", "đồng", "usd")),
        (r"\s*điểm\b", ("điểm",)),
        (r"\s*\w+", None),
        (r"(?:ab)*c", None),
    ],
)
def test_leading_words(source, words):
    assert leading_words(source) == words


def test_top_level_alternatives():
    assert top_level_alternatives(r"a(?:b|c)|[|]d|(?P<x>e|f)") == ["a(?:b|c)", "[|]d", "(?P<x>e|f)"]
