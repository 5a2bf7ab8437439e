"""Rules that open with a number and name its unit right after it (a score, a per cent, money), found in one
scan of a sentence instead of one scan per rule.

The regex engine tries such a rule at every digit of a sentence, and a run-on text holds ~8x the numbers
of ordinary text per MB (issue 15). A rule written "(?P<n>NUMBER)" then whitespace and its unit can match
only where a number starts that the unit's opening words follow (after the number's digits, dots and
commas, and whitespace): one scan finds those places, and each rule is matched there alone. What is found
is each rule's own matches (`pattern.match` at the place), in the order and without the overlaps of
`pattern.finditer`. A rule of another shape (its text changed) gets no scan: it is searched as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from etl.literals import leading_words, top_level_alternatives

try:  # the engine's own parser, as etl/literals.py reads it: any surprise means no scan
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python < 3.11
    _c = _parser = None

# Where a numeral opens (each branch of etl.numbers.NUMERAL does so): a digit with no digit, dot or comma
# before it.
OPENING = r"\d(?<![\d.,]\d)"


def _digits_and_marks_only(number: str) -> bool:
    """Whether each branch of `number` opens as OPENING and every character a match holds is a digit, a
    dot or a comma (read from its parse: anything unfamiliar says no)."""
    if not all(branch.startswith(OPENING) for branch in top_level_alternatives(number)):
        return False
    try:
        return _marks_only(list(_parser.parse(number)))
    except Exception:  # an unfamiliar parse: no scan, only the rules' own
        return False


_MARKS = {(_c.LITERAL, ord(".")), (_c.LITERAL, ord(",")), (_c.CATEGORY, _c.CATEGORY_DIGIT)} if _c else set()


def _marks_only(items) -> bool:
    """Whether the parsed items match only digits, dots and commas."""
    for op, arg in items:
        if op is _c.IN:
            if not all((o, a) in _MARKS for o, a in arg):
                return False
        elif op is _c.LITERAL:
            if (op, arg) not in _MARKS:
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            if not _marks_only(arg[2]):
                return False
        elif op is _c.SUBPATTERN:
            if not _marks_only(arg[-1]):
                return False
        elif op is _c.BRANCH:
            if not all(_marks_only(branch) for branch in arg[1]):
                return False
        elif op not in (_c.ASSERT, _c.ASSERT_NOT):  # a look-around holds no character of the match
            return False
    return True


@lru_cache(maxsize=32)
def places_scan(number: str, patterns: tuple[re.Pattern, ...]) -> re.Pattern | None:
    """A pattern that matches (one digit long) wherever one of `patterns` -- each "(?P<n>(?:`number`))"
    then its unit -- may match; None where one is of another shape."""
    if not _digits_and_marks_only(number):
        return None
    head, words = f"(?P<n>(?:{number}))", []
    for pattern in patterns:
        if not isinstance(pattern.pattern, str) or not pattern.pattern.startswith(head):
            return None
        if pattern.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        found = leading_words(pattern.pattern[len(head) :])
        # A unit that opened on whitespace, a digit, a dot or a comma would be eaten by the scan's run.
        if not found or any(not w or w[0].isspace() or w[0].isdigit() or w[0] in ".," for w in found):
            return None
        words += found
    choice = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"{OPENING}(?=[\d.,]*+\s*+(?:{choice}))")


def numbered_matches(number: str, patterns: tuple[re.Pattern, ...], text: str) -> list[list[re.Match]]:
    """[list(p.finditer(text)) for p in patterns], from one scan for the places where they may match."""
    scan = places_scan(number, patterns)
    if scan is None:
        return [list(pattern.finditer(text)) for pattern in patterns]
    found: list[list[re.Match]] = [[] for _ in patterns]
    ends = [0] * len(patterns)
    for place in scan.finditer(text):
        at = place.start()
        for i, pattern in enumerate(patterns):
            if at >= ends[i] and (m := pattern.match(text, at)) is not None:
                found[i].append(m)
                ends[i] = m.end()
    return found
