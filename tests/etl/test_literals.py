import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.casefold import compile_lowered, lowered
from etl.catalog import load_catalog
from etl.literals import may_match, required_words
from etl.sentences import sentence_spans
from etl.wording import _STATUS_WORDS

CORPUS = Path(__file__).parent / "corpus"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bpci\b", ("pci",)),
        (r"(?:tổng )?thu ngân sách(?: nhà nước)?(?! địa phương)", ("thu ngân sách",)),
        # A fixed choice is spelled out with the text around it.
        (r"\b(?:63|34) (?:tỉnh|địa phương)", ("63 tỉnh", "63 địa phương", "34 tỉnh", "34 địa phương")),
        (r"\bphấn đấu\b|\bgiao\b", ("phấn đấu", "giao")),
        (r"(?:bình quân )?(?:giai đoạn|nhiệm kỳ) \d{4}", ("giai đoạn ", "nhiệm kỳ ")),
        (r"(?:ab)+cd", ("ab",)),  # the first of two as long
        # Nothing every match must contain: no test.
        (r"(?:tổng )?\d+", ()),
        (r"abc|\d+", ()),
        (r"(?:abc)?", ()),
        (r"(?=abc)\w", ()),  # a look-ahead's text is outside the match
    ],
)
def test_required_words(pattern, words):
    assert required_words(re.compile(pattern)) == words


def test_a_case_insensitive_pattern_gets_no_test():
    assert required_words(re.compile("pci", re.IGNORECASE)) == ()
    assert required_words(re.compile("(?i:pci)x")) == ("x",)


def _catalog_patterns() -> list[re.Pattern]:
    catalog = load_catalog()
    patterns = [p for ind in catalog.indicators for p in ind.topics]
    for ind in catalog.indicators:
        patterns += [p for p in (ind.counted, ind.context, ind.not_context, ind.not_before) if p is not None]
    patterns += list(catalog.places.values()) + [p for _status, p in _STATUS_WORDS]
    return patterns


PATTERNS = _catalog_patterns()


def test_every_catalog_rule_is_tested_only_where_it_could_match_in_the_corpus():
    """The test never says "cannot match" of a sentence, or of a piece of one, where the rule matches."""
    sentences = []
    for path in sorted(CORPUS.rglob("*.txt"))[:40]:
        text = lowered(path.read_text(encoding="utf-8"))
        sentences += [text[a:b] for a, b in sentence_spans(text)]
    skipped = 0
    for pattern in PATTERNS:
        for sentence in sentences:
            half = len(sentence) // 2
            for pos, endpos in ((0, None), (0, half), (half, len(sentence))):
                if not may_match(pattern, sentence, pos, endpos):
                    skipped += 1
                    assert pattern.search(sentence, pos, len(sentence) if endpos is None else endpos) is None
    assert skipped > 0  # the test does spare scans


_PIECES = st.sampled_from(
    [
        "tỉnh",
        "63",
        " ",
        ",",
        "cả nước",
        "grdp",
        "pci",
        "ước",
        "nước",
        "phấn đấu",
        "thu ngân sách",
        "7,2%",
        "x",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES | st.text(max_size=3), max_size=120), st.integers(0, 400), st.integers(0, 400))
def test_may_match_is_false_only_where_no_match_exists(pieces, pos, endpos):
    text = "".join(pieces)  # long texts take the remembered path, short ones the direct one
    for pattern in [*PATTERNS, compile_lowered(r"\b(?:63|34) (?:tỉnh|địa phương)")]:
        if not may_match(pattern, text, pos, endpos):
            assert pattern.search(text, pos, endpos) is None
        if not may_match(pattern, text):
            assert pattern.search(text) is None
