"""The words every match of a pattern contains, so a substring test can spare a regex scan.

A pattern that opens with `\\b`, an optional word or a look-behind ("(?:tổng )?thu ngân sách", "\\bpci\\b")
gets no fast skip in Python's engine: it is tried at every position of the text. Text dense in numbers
runs such rules over long sentences again and again (per kind of value, per value: issue 15), while most
of them need a word the sentence does not hold. `may_match(pattern, text)` is False only when no match
can exist, so guarding a search with it never changes what is found.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from itertools import pairwise

try:  # the engine's own parser: private, so any surprise just means "no test" (a plain regex scan)
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python < 3.11
    _c = _parser = None


def may_match(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> bool:
    """False when `pattern` cannot match in text[pos:endpos]: none of the words one of which every match
    contains is there. True otherwise, or when the pattern needs no particular word."""
    known = _WORDS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _WORDS[id(pattern)] = (pattern, required_words(pattern))
    words = known[1]
    if not words:
        return True
    # (bounds as a pattern's search takes them: a negative one is the text's start, not counted from its end)
    pos = max(pos, 0)
    end = len(text) if endpos is None else max(endpos, 0)
    if len(text) < _REMEMBERED_TEXT:
        if len(words) > _FEW_WORDS:  # (one scan in C for a list of names, not a find per name)
            return _any_of(words).search(text, pos, end) is not None
        return any(text.find(word, pos, end) != -1 for word in words)
    # A long text is asked about again and again: which of the pattern's words it holds is found once, and
    # where each stands, so a slice is answered by the words present alone (a place's pattern has some
    # seventy names; a sentence holds one or two of them).
    last = _LAST  # (one read: another thread may replace it)
    answers = last[1] if last[0] is text else _answers_for(text)
    answer = answers.get(id(pattern))
    if answer is None or answer[0] is not pattern:
        present = []
        for word in words:  # (a loop, not any() over a generator: asked ~170 times per long sentence)
            has = answers.get(word)
            if has is None:
                has = answers[word] = word in text
            if has:
                present.append(word)
        answer = answers[id(pattern)] = (pattern, tuple(present))
    present = answer[1]
    if not present:
        return False
    if pos == 0 and endpos is None:
        return True
    for word in present:
        starts = answers.get((word,))
        if starts is None:
            starts = answers[(word,)] = _starts(text, word)
        i = bisect_left(starts, pos)
        # (the first occurrence from `pos` on ends first: if it runs past `end`, every later one does)
        if i < len(starts) and starts[i] + len(word) <= end:
            return True
    return False


_FEW_WORDS = 6  # (a list of names longer than a few is scanned once by one compiled pattern, not per name)


def words_gate(patterns) -> re.Pattern | None:
    """For a group of patterns (the kinds of place): one pattern that finds any of the words one of which
    each of them needs, or None when one needs no particular word. Where the gate finds nothing in a text,
    none of the group can match there -- one scan for the group instead of a test per pattern, so guarding
    the group's searches with it never changes what they find. Build it once per group."""
    words: list[str] = []
    for pattern in patterns:
        found = required_words(pattern)
        if not found:
            return None
        words += found
    return _any_of(tuple(dict.fromkeys(words))) if words else None


@lru_cache(maxsize=512)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    """One pattern for any of `words`, as written, shaped as a trie ("tỉnh|tỉnh bạn|tổng" as
    "t(?:ỉnh(?: bạn)?|ổng)"): it matches where any of them starts, as their plain alternation does, but
    Python's engine tries a plain alternation of hundreds of names one by one at every position (about 80 µs
    a sentence for the places' 500 words), a trie letter by letter (about 5 µs)."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[""] = {}  # a word ends here
    return re.compile(_trie_source(trie))


def _trie_source(node: dict) -> str:
    branches = [re.escape(letter) + _trie_source(child) for letter, child in sorted(node.items()) if letter]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # (where a word ends here, what follows is optional: "tỉnh" and "tỉnh bạn")
    return f"(?:{body})?" if "" in node else body


def _starts(text: str, word: str) -> list[int]:
    """Where each occurrence of `word` in `text` starts, in order (overlapping ones too, as find() sees)."""
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + 1)
    return found


# Pattern -> its words, by identity: hashing a compiled pattern hashes its whole program, every call.
_WORDS: dict[int, tuple[re.Pattern, tuple[str, ...]]] = {}
# A long text (a sentence) is asked about again and again -- per kind of value and per value -- so the
# answers for the last few texts are kept: per text, pattern (by id) -> the words of it the text holds,
# word -> whether the text holds it, (word,) -> where each of its occurrences starts.
_REMEMBERED_TEXT = 48  # characters: shorter texts are searched outright
_REMEMBERED: dict[int, tuple[str, dict]] = {}


# The text asked about last and its answers (whether a word is in it is asked once per text: rules share
# words, "grdp", "pci"): the sentence being read, asked about by rule after rule.
_LAST: tuple[str | None, dict] = (None, {})


def _answers_for(text: str) -> dict:
    global _LAST
    entry = _REMEMBERED.get(id(text))
    if entry is None or entry[0] is not text:
        if len(_REMEMBERED) >= 32:
            try:  # the oldest; another thread (a dashboard session) may be at the same
                _REMEMBERED.pop(next(iter(_REMEMBERED)), None)
            except (StopIteration, RuntimeError):
                _REMEMBERED.clear()
        entry = _REMEMBERED[id(text)] = (text, {})
    _LAST = entry
    return entry[1]


@lru_cache(maxsize=1024)
def required_words(pattern: re.Pattern) -> tuple[str, ...]:
    """Words one of which is inside every match of `pattern` (empty: none known)."""
    if _parser is None or pattern.flags & re.IGNORECASE:
        return ()
    try:
        found = _needed(list(_parser.parse(pattern.pattern, pattern.flags)))
    except Exception:  # an unfamiliar parse tree only costs the shortcut
        return ()
    if not found or not all(found):
        return ()
    return tuple(dict.fromkeys(found))


_MAX_SPELLINGS = 32  # a run of fixed pieces is kept whole while it has at most this many spellings


def _needed(items: list) -> list[str] | None:
    """For a sequence of parsed items: the best set of alternatives (the one whose shortest word is
    longest) among its runs of fixed text ("63 tỉnh" or "34 tỉnh", spelled out) and its required groups,
    or None."""
    candidates: list[list[str]] = []
    run: list[str] | None = None  # the spellings of the run of fixed items being read

    for op, arg in items:
        fixed = _fixed(op, arg)
        if fixed is not None:
            if run is not None and len(run) * len(fixed) <= _MAX_SPELLINGS:
                run = [a + b for a in run for b in fixed]
            else:
                if run is not None:
                    candidates.append(run)
                run = fixed
            continue
        if run is not None:
            candidates.append(run)
            run = None
        if op is _c.SUBPATTERN and not arg[1] & re.IGNORECASE:
            found = _needed(list(arg[-1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            found = _needed(list(arg[2])) if arg[0] >= 1 else None
        elif op is _c.BRANCH:
            branches = [_needed(list(branch)) for branch in arg[1]]
            found = None if any(b is None for b in branches) else [w for b in branches for w in b]
        else:  # look-arounds (outside the match), anchors, classes, back-references
            found = None
        if found:
            candidates.append(found)
    if run is not None:
        candidates.append(run)
    candidates = [c for c in candidates if all(c)]
    if not candidates:
        return None
    return max(candidates, key=lambda words: min(len(w) for w in words))


def _fixed(op, arg) -> list[str] | None:
    """The spellings an item matches when it is fixed text (a letter, a group or choice of fixed texts)."""
    if op is _c.LITERAL:
        return [chr(arg)]
    if op is _c.SUBPATTERN and not arg[1] & re.IGNORECASE:
        return _fixed_sequence(list(arg[-1]))
    if op is _c.BRANCH:
        spellings: list[str] = []
        for branch in arg[1]:
            found = _fixed_sequence(list(branch))
            if found is None:
                return None
            spellings += found
        return spellings if len(spellings) <= _MAX_SPELLINGS else None
    return None


def _fixed_sequence(items: list) -> list[str] | None:
    spellings = [""]
    for op, arg in items:
        fixed = _fixed(op, arg)
        if fixed is None or len(spellings) * len(fixed) > _MAX_SPELLINGS:
            return None
        spellings = [a + b for a in spellings for b in fixed]
    return spellings


def leading_words(source: str) -> tuple[str, ...] | None:
    """The texts one of which every match of `source` opens with, after any whitespace (its optional parts'
    texts, then the first required part's): "\\s*(?:nghìn|triệu)?\\s*(?:đồng|usd)" gives nghìn, triệu, đồng,
    usd. None when unknown."""
    if _parser is None:
        return None
    try:
        items = list(_parser.parse(source))
    except Exception:  # an unfamiliar pattern only costs the shortcut
        return None
    words: list[str] = []
    for i, (op, arg) in enumerate(items):
        repeat = op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
        if repeat and all(o is _c.IN and a == [(_c.CATEGORY, _c.CATEGORY_SPACE)] for o, a in arg[2]):
            continue  # whitespace
        if repeat and arg[0] == 0 and arg[1] == 1:  # an optional part: its texts, then what follows
            found = _fixed_sequence(list(arg[2]))
            if not found or not all(found):
                return None
            words += found
            continue
        found = _fixed_sequence(_fixed_run(items[i:]))
        if not found or not all(found):
            return None
        return tuple(dict.fromkeys(words + found))
    return None


def _fixed_run(items: list) -> list:
    """The items from the first up to the first that is not fixed text."""
    run = []
    for op, arg in items:
        if _fixed(op, arg) is None:
            break
        run.append((op, arg))
    return run


def top_level_alternatives(source: str) -> list[str]:
    """`source` cut at its top-level "|" (not inside a group or a class)."""
    pieces = _PIECE.findall(source)
    cuts = [k for k, piece, depth in _group_depths(pieces) if piece == "|" and depth == 0]
    bounds = [-1, *cuts, len(pieces)]
    return ["".join(pieces[a + 1 : b]) for a, b in pairwise(bounds)]


def _group_depths(pieces: list[str], start: int = 0):
    """(index, piece, depth) of each piece from `start` that is not inside a character class: `depth` counts
    the groups opened from `start` on and not yet closed before the piece, so a ")" at depth 0 closes a group
    opened before `start`."""
    depth, in_class = 0, False
    for k in range(start, len(pieces)):
        piece = pieces[k]
        if in_class:
            in_class = piece != "]"
            continue
        if piece == "[":
            in_class = True
            continue
        yield k, piece, depth
        if piece == "(" or piece.startswith("(?P<"):
            depth += 1
        elif piece == ")":
            depth -= 1


# --- A leading word boundary moved behind the first letters ---------------------------------------------

# An escape, a named group's opening or back-reference, or any one character (as etl/casefold.py reads).
_PIECE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|.", re.DOTALL)
_QUANTIFIERS = ("?", "*", "+", "{")
_QUICK: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def quick(pattern: re.Pattern) -> re.Pattern:
    """`pattern`, matching exactly the same, with each alternative (of the pattern, or of a group outside
    a look-around) that opens with a word boundary and letters, or a choice of them ("\\bgrdp\\b",
    "\\bphấn đấu\\b|\\bgiao\\b", "\\b(?:mức|tốc độ)") rewritten to open with the letters and look behind
    them ("grdp(?<!\\wgrdp)\\b", "(?:mức(?<!\\wmức)|tốc độ(?<!\\wtốc độ))"). The engine skips ahead to a
    pattern's opening letters, but tries one that opens with \\b at every position of the text: about ten
    times slower on a long sentence. Before letters, \\b means "no word character before": what the
    look-behind says.

    For matching only: `.pattern` of the result is the rewritten text (the original keeps its own)."""
    known = _QUICK.get(id(pattern))
    if known is None or known[0] is not pattern:
        plain = isinstance(pattern.pattern, str) and not pattern.flags & re.VERBOSE
        source = _letters_first(pattern.pattern) if plain else pattern.pattern
        known = _QUICK[id(pattern)] = (
            pattern,
            pattern if source == pattern.pattern else re.compile(source, pattern.flags),
        )
    return known[1]


def _letters_first(source: str) -> str:
    pieces = _PIECE.findall(source)
    out: list[str] = []
    # Per open group: whether an alternative in it may be rewritten (not inside a look-around, whose
    # text the rewrite would move).
    groups: list[bool] = []
    in_class, alternative_starts, i = False, True, 0
    while i < len(pieces):
        piece = pieces[i]
        if not in_class and alternative_starts:
            rewritten = _alternative_letters_first(pieces, i)
            if rewritten is not None:
                text, i = rewritten
                out.append(text)
                alternative_starts = False
                continue
        alternative_starts = False
        if in_class:
            in_class = piece != "]"
        elif piece == "[":
            in_class = True
            if i + 1 < len(pieces) and pieces[i + 1] in ("]", "^"):  # "[]…]", "[^…]": keep it simple
                return source
        elif piece == "(" and pieces[i + 1 : i + 3] == ["?", ":"]:
            out += pieces[i : i + 3]
            groups.append(True)
            alternative_starts = True
            i += 3
            continue
        elif piece == "(" or piece.startswith("(?P<"):
            plain = piece != "(" or pieces[i + 1 : i + 2] != ["?"]
            groups.append(plain)
            alternative_starts = plain
        elif piece == ")":
            if not groups:
                return source
            groups.pop()
        elif piece == "|":
            alternative_starts = not groups or groups[-1]
        out.append(piece)
        i += 1
    return "".join(out)


def _alternative_letters_first(pieces: list[str], i: int) -> tuple[str, int] | None:
    r"""An alternative from pieces[i]: look-behinds and \b, then letters ("(?<!so với )\bkế hoạch") or a
    choice of them ("\b(?:mức|tốc độ)"), as the letters, then look-behinds that include them; with where
    the letters end. None if it is not so."""
    behinds, boundary = [], False
    while i < len(pieces):
        if pieces[i] == r"\b" and not boundary:
            boundary, i = True, i + 1
            continue
        if pieces[i : i + 3] != ["(", "?", "<"] or i + 3 >= len(pieces) or pieces[i + 3] not in ("!", "="):
            break
        j = i + 4
        while j < len(pieces) and pieces[j] not in ("(", ")", "[", "|") and not pieces[j].startswith("(?P"):
            j += 1
        if j >= len(pieces) or pieces[j] != ")":
            return None  # a look-behind with groups or choices inside: left as it is
        behinds.append((pieces[i + 3], "".join(pieces[i + 4 : j])))
        i = j + 1
    if not boundary or i >= len(pieces):
        return None
    if pieces[i : i + 3] == ["(", "?", ":"]:
        return _choice_letters_first(pieces, i + 3, behinds)
    letters, j = [], i
    while j < len(pieces) and len(pieces[j]) == 1 and (pieces[j].isalnum() or pieces[j] == " "):
        letters.append(pieces[j])
        j += 1
    if j < len(pieces) and pieces[j] in _QUANTIFIERS and letters:  # "\bab?": the b is optional
        letters.pop()
        j -= 1
    while letters and not letters[-1].isalnum():
        letters.pop()
        j -= 1
    if not letters or not letters[0].isalnum():
        return None
    return _guarded("".join(letters), behinds), j


def _choice_letters_first(pieces: list[str], i: int, behinds: list) -> tuple[str, int] | None:
    r""" "\b(?:xếp|đứng)" from pieces[i] (inside the group) as "(?:xếp(?<!\wxếp)|đứng(?<!\wđứng))": a group of
    plain letters only, that no quantifier follows."""
    runs, j = [""], i
    while j < len(pieces) and pieces[j] != ")":
        piece = pieces[j]
        if piece == "|":
            runs.append("")
        elif len(piece) == 1 and (piece.isalnum() or piece == " "):
            runs[-1] += piece
        else:
            return None
        j += 1
    if j >= len(pieces) or (j + 1 < len(pieces) and pieces[j + 1] in _QUANTIFIERS):
        return None
    if not all(run and run[0].isalnum() for run in runs):
        return None
    rest, end = _rest_of_alternative(pieces, j + 1)
    if rest is not None and len(rest) * len(runs) <= _MAX_COPIED:
        # "(?:xếp|đứng)(?: thứ)?" as "xếp(?<!\wxếp)(?: thứ)?|đứng(?<!\wđứng)(?: thứ)?": every alternative
        # of the group around then opens with letters, which lets the engine skip to them. (Tried in the
        # same order, so the same match; the rest of the alternative holds no group whose capture counts.)
        return "|".join(_guarded(run, behinds) + rest for run in runs), end
    return "(?:" + "|".join(_guarded(run, behinds) for run in runs) + ")", j + 1


_MAX_COPIED = 2000  # characters of pattern a choice may copy its alternative's rest into


def _rest_of_alternative(pieces: list[str], j: int) -> tuple[str | None, int]:
    """The text from pieces[j] to the end of the alternative it is in (the next "|" or ")" of its group,
    or the end), and where that is; None for the text when it holds a capturing group or a reference."""
    k = next(
        (k for k, piece, depth in _group_depths(pieces, j) if depth == 0 and piece in ("|", ")")),
        len(pieces),
    )
    rest = pieces[j:k]
    captures = any(
        p.startswith("(?P")
        or (p == "(" and pieces[j + n + 1 : j + n + 2] != ["?"])
        or re.fullmatch(r"\\\d", p)
        for n, p in enumerate(rest)
    )
    return (None if captures else "".join(rest)), k


def _guarded(run: str, behinds: list) -> str:
    r"""`run`, then the look-behinds that say what \b and the look-behinds before it said."""
    looks = "".join(f"(?<{kind}{inside}{run})" for kind, inside in behinds)
    return f"{run}(?<!\\w{run}){looks}"
