import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.casefold import compile_lowered, lowered
from etl.catalog import load_catalog
from etl.literals import _any_of, may_match, quick, required_words, words_gate
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


def corpus_sentences(documents: int | None = None) -> list[str]:
    """The lower-cased sentences of the corpus's first `documents` documents (all where None), in order."""
    sentences = []
    for path in sorted(CORPUS.rglob("*.txt"))[:documents]:
        text = lowered(path.read_text(encoding="utf-8"))
        sentences += [text[a:b] for a, b in sentence_spans(text)]
    return sentences


def test_every_catalog_rule_is_tested_only_where_it_could_match_in_the_corpus():
    """The test never says "cannot match" of a sentence, or of a piece of one, where the rule matches."""
    sentences = corpus_sentences(40)
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


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"\bgrdp\b", r"grdp(?<!\wgrdp)\b"),
        (r"\bphấn đấu\b|\bgiao\b", r"phấn đấu(?<!\wphấn đấu)\b|giao(?<!\wgiao)\b"),
        # Look-behinds before the boundary move behind the letters, which they then include.
        (r"(?<!so với )\bkế hoạch\b", r"kế hoạch(?<!\wkế hoạch)(?<!so với kế hoạch)\b"),
        (r"\bab?c", r"a(?<!\wa)b?c"),  # an optional letter ends the run
        (r"\bnăm (?P<y>\d{4})", r"năm(?<!\wnăm) (?P<y>\d{4})"),
        # A choice of letters after \b: each choice opens with its letters, followed by the rest of its
        # alternative; a group's alternatives too.
        (r"\b(?:mức|tốc độ) tăng", r"mức(?<!\wmức) tăng|tốc độ(?<!\wtốc độ) tăng"),
        (r"\b(?<!sắp )(?:xếp|giữ)", r"xếp(?<!\wxếp)(?<!sắp xếp)|giữ(?<!\wgiữ)(?<!sắp giữ)"),
        (r"(?:\b(?:lên|về) thứ|\bhạng)\s+\d", r"(?:lên(?<!\wlên) thứ|về(?<!\wvề) thứ|hạng(?<!\whạng))\s+\d"),
        # … unless the rest holds a group that captures: the choice stays a group.
        (r"\b(?:ab|cd)(?P<n>x)", r"(?:ab(?<!\wab)|cd(?<!\wcd))(?P<n>x)"),
        (r"(\bab)|x", r"(ab(?<!\wab))|x"),
        (r"x(?:\bab|\bcd)", r"x(?:ab(?<!\wab)|cd(?<!\wcd))"),
        # Left as they are: no letters after \b, an optional choice, inside a look-around, or a
        # look-behind with a choice.
        (r"\b\d+", r"\b\d+"),
        (r"\b(?:ab|cd)?x", r"\b(?:ab|cd)?x"),
        (r"\b(?:ab|\d)x", r"\b(?:ab|\d)x"),
        (r"(?=\bab)x", r"(?=\bab)x"),
        (r"(?<!a|b)\bxy", r"(?<!a|b)\bxy"),
        (r"[|]\bab", r"[|]\bab"),
    ],
)
def test_quick_moves_a_leading_word_boundary_behind_the_letters(pattern, rewritten):
    assert quick(re.compile(pattern)).pattern == rewritten


def _module_patterns() -> list[re.Pattern]:
    from etl import extract, periods, places, subjects, values, wording

    found = list(PATTERNS) + [pattern for pattern, _build, _needs in periods._RULES]
    for module in (extract, places, subjects, values, wording):
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return found


REWRITTEN = [p for p in _module_patterns() if quick(p) is not p]


# Every rewritten pattern over every sentence of the corpus, both ways: its work grows with the corpus (about
# 280 s alone for 3,836 documents on the 2-core CI machine), so it gets its own bound against a hang, above the
# suite's 300 s.
@pytest.mark.timeout(1200)
def test_quick_finds_the_same_matches_in_the_corpus():
    sentences = corpus_sentences()
    assert len(REWRITTEN) > 20
    for pattern in REWRITTEN:
        fast = quick(pattern)
        for sentence in sentences:
            assert [(m.span(), m.groups()) for m in fast.finditer(sentence)] == [
                (m.span(), m.groups()) for m in pattern.finditer(sentence)
            ], pattern.pattern


_WORDY = st.sampled_from(
    [
        "năm",
        "năm nay",
        "grdp",
        "pci",
        "tỉnh",
        "của tỉnh",
        "kế hoạch",
        "so với ",
        "% ",
        "ước",
        "nước",
        "2024",
        " ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDY | st.text(max_size=2), max_size=40), st.integers(0, 60))
def test_quick_matches_exactly_as_the_pattern_does(pieces, pos):
    text = "".join(pieces)
    for pattern in REWRITTEN:
        fast = quick(pattern)
        assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text, pos)
        ], pattern.pattern


# --- One scan for a group of patterns --------------------------------------------------------------------


_WORDS = st.lists(st.text(alphabet="aăbtỉnh ,", min_size=1, max_size=6), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text(alphabet="aăbtỉnh ,x", max_size=40))
def test_a_trie_of_words_matches_where_their_alternation_does(words, text):
    """The trie-shaped pattern for a list of words finds a match exactly where their plain alternation does."""
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = _any_of(tuple(dict.fromkeys(words)))
    for pos in range(len(text) + 1):
        assert (trie.match(text, pos) is None) == (plain.match(text, pos) is None)


def test_a_group_gate_finds_nothing_only_where_no_pattern_of_the_group_matches():
    catalog = load_catalog()
    gate = words_gate(catalog.places.values())
    assert gate is not None  # every kind of place needs a word: the gate spares scans
    sentences = corpus_sentences(40)
    spared = 0
    for sentence in sentences:
        if gate.search(sentence) is None:
            spared += 1
            assert all(p.search(sentence) is None for p in catalog.places.values())
    assert spared > 0
    # (a pattern needing no particular word leaves the group without a gate)
    assert words_gate([re.compile(r"ab"), re.compile(r"\d+")]) is None
