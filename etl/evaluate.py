"""Score the ETL's reading against gold figures established by reading: `python -m etl.evaluate [DIR]`.

Each document `NAME.txt` beside its `NAME.gold.yaml` (format: tests/etl/corpus/README.md) goes through the
same path as a document of data/raw without a manifest entry (read, date line, extract, derive), and what
it would publish is compared with the gold figures:

- correct: same indicator, value, period span and status;
- wrong_value / wrong_period / wrong_status: the figure was found at its place but with that one wrong;
- missed: not published at all; false_figure: published, but no gold figure is;
- derivations apart: correct, missed or false_derivation.

Precision and recall are given per indicator and per split (`tune`: the rules were tuned on these;
`heldout`: never looked at while tuning), so overfitting shows as a gap between the two.
"""

from __future__ import annotations

import argparse
import calendar
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from etl.catalog import load_catalog
from etl.yaml_text import safe_load

DEFAULT_DIR = Path(__file__).resolve().parents[1] / "tests" / "etl" / "corpus"
SPLITS = ("tune", "heldout")
ERROR_KINDS = ("missed", "wrong_value", "wrong_period", "wrong_status", "false_figure", "false_derivation")
# Results of any status are one class: "actual" and "estimate" of one figure agree on what it is.
_STATUS_CLASS = {"target": "target", "forecast": "forecast"}


class GoldError(ValueError):
    """A gold file that does not follow the format."""


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def period_span(code: str) -> tuple[date, date]:
    """A gold period code as (first day, last day): "2024", "2024-S1", "2024-Q3", "2024-M10",
    "2024-01/2024-09", "2021/2025", "@2024-06-30", "2020-10-01/2025-10-15"."""
    code = str(code).strip()
    if m := re.fullmatch(r"@(\d{4})-(\d{2})-(\d{2})", code):
        d = date(*map(int, m.groups()))
        return d, d
    if m := re.fullmatch(r"(\d{4})", code):
        y = int(m[1])
        return date(y, 1, 1), date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})-S([12])", code):
        y, h = int(m[1]), int(m[2])
        return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", code):
        y, q = int(m[1]), int(m[2])
        return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if m := re.fullmatch(r"(\d{4})-M(\d{1,2})", code):
        y, mo = int(m[1]), int(m[2])
        return date(y, mo, 1), _month_end(y, mo)
    if m := re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", code):
        return date(int(m[1]), int(m[2]), 1), _month_end(int(m[3]), int(m[4]))
    if m := re.fullmatch(r"(\d{4})/(\d{4})", code):
        return date(int(m[1]), 1, 1), date(int(m[2]), 12, 31)
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})", code):
        return date.fromisoformat(m[1]), date.fromisoformat(m[2])
    raise GoldError(f"unknown period code {code!r}")


@dataclass(frozen=True)
class GoldFigure:
    indicator: str
    value: float
    span: tuple[date, date]
    status: str
    text: str | None = None


@dataclass
class GoldDocument:
    path: Path  # the document
    genre: str
    split: str
    figures: list[GoldFigure]
    derived: list[GoldFigure]
    nothing: list[str] = field(default_factory=list)  # sentences that must give no figure


def load_gold(gold_path: Path) -> GoldDocument:
    raw = safe_load(gold_path.read_text(encoding="utf-8")) or {}
    where = gold_path.name
    catalog_ids = {i.id for i in load_catalog().indicators}

    def figures(key: str) -> list[GoldFigure]:
        out = []
        for n, item in enumerate(raw.get(key) or []):
            if item.get("indicator") not in catalog_ids:
                raise GoldError(f"{where}: {key}[{n}]: unknown indicator {item.get('indicator')!r}")
            try:
                out.append(
                    GoldFigure(
                        indicator=item["indicator"],
                        value=float(item["value"]),
                        span=period_span(item["period"]),
                        status=item.get("status", "actual"),
                        text=item.get("text") or item.get("from"),
                    )
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise GoldError(f"{where}: {key}[{n}]: {exc}") from exc
        return out

    split = raw.get("split", "tune")
    if split not in SPLITS:
        raise GoldError(f"{where}: split must be one of {SPLITS}")
    document = gold_path.with_name(raw.get("document") or gold_path.name.replace(".gold.yaml", ".txt"))
    nothing = [str(n) for n in raw.get("nothing") or []]
    genre = raw.get("genre", gold_path.parent.name)
    return GoldDocument(document, genre, split, figures("figures"), figures("derived"), nothing)


@dataclass
class Score:
    gold: Counter = field(default_factory=Counter)  # per indicator
    published: Counter = field(default_factory=Counter)
    correct: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)  # per error kind
    derived_gold: int = 0
    derived_published: int = 0
    derived_correct: int = 0
    from_nothing: int = 0  # figures published from a sentence the gold says gives none
    examples: list[str] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(sum(self.correct.values()), sum(self.published.values()))

    @property
    def recall(self) -> float:
        return self._ratio(sum(self.correct.values()), sum(self.gold.values()))


def _close(a: float, b: float, rel: float = 1e-6) -> bool:
    return abs(a - b) <= max(1e-6, rel * max(abs(a), abs(b)))


def _status_class(status: str) -> str:
    return _STATUS_CLASS.get(status, "result")


def document_text(path: Path) -> str:
    from etl.readers import read_document

    return read_document(path).text


def document_rows_of(path: Path):
    """The figure rows the ETL would publish for one unlisted document (the same path as data/raw)."""
    from etl.manifest import infer_source
    from etl.readers import read_document
    from etl.rows import document_rows

    result = read_document(path)
    source = infer_source(path.name, result.text, result.title, result.sha256)
    return document_rows(result.text, source, load_catalog())


def _figure_key(row) -> tuple:
    return (
        row["indicator_id"],
        row["period_start"],
        row["period_end"],
        row["status"],
        round(row["value"], 6),
    )


_WRITTEN_NUMBER = re.compile(r"\d[\d.]*(?:,(\d+))?")


def _rounds(row, figure) -> bool:
    """Whether `row` restates `figure` rounded, as a headline or a brief does ("gần 17,3 nghìn tỷ đồng" for
    17.286,4 tỷ đồng; "hơn 1 tỷ USD" for 1.046,7 triệu USD): the same indicator, span and status class, said
    with a bound, within one unit of its last written digit. Such a statement is the same figure again."""
    written = _WRITTEN_NUMBER.search(row["value_text"])
    if (
        row["bound"] not in ("approx", "over", "under")
        or written is None
        or (row["indicator_id"], row["period_start"], row["period_end"])
        != (figure["indicator_id"], figure["period_start"], figure["period_end"])
        or _status_class(row["status"]) != _status_class(figure["status"])
    ):
        return False
    number = float(written.group().replace(".", "").replace(",", "."))
    if number == 0:
        return False
    unit = row["value"] / number * 10 ** -len(written.group(1) or "")
    return abs(row["value"] - figure["value"]) <= abs(unit)


def score_document(doc: GoldDocument, score: Score) -> None:
    rows, _held = document_rows_of(doc.path)
    reported = [r for r in rows if r["basis"] == "reported"]
    derived = [r for r in rows if r["basis"] == "derived"]
    name = doc.path.name

    def span(row) -> tuple[date, date]:
        return row["period_start"], row["period_end"]

    used: set[int] = set()
    for g in doc.figures:
        score.gold[g.indicator] += 1
        same_value = [
            i
            for i, r in enumerate(reported)
            if i not in used and r["indicator_id"] == g.indicator and _close(r["value"], g.value)
        ]
        exact = [i for i in same_value if span(reported[i]) == g.span and reported[i]["status"] == g.status]
        same_class = [
            i
            for i in same_value
            if span(reported[i]) == g.span and _status_class(reported[i]["status"]) == _status_class(g.status)
        ]
        if exact or same_class:
            i = (exact or same_class)[0]
            used.add(i)
            score.correct[g.indicator] += 1
            continue
        same_span = [i for i in same_value if span(reported[i]) == g.span]
        if same_span:
            used.add(same_span[0])
            kind, got = "wrong_status", reported[same_span[0]]["status"]
        elif same_value:
            used.add(same_value[0])
            kind, got = "wrong_period", reported[same_value[0]]["period_label"]
        else:
            at_text = [
                i
                for i, r in enumerate(reported)
                if i not in used
                and r["indicator_id"] == g.indicator
                and g.text
                and g.text in r["value_text"]
                and span(r) == g.span
            ]
            if at_text:
                used.add(at_text[0])
                kind, got = "wrong_value", reported[at_text[0]]["value"]
            else:
                kind, got = "missed", None
        score.errors[kind] += 1
        score.examples.append(
            f"{name}: {kind}: {g.indicator} {g.value:g} {g.span[0]}..{g.span[1]} {g.status} (got {got})"
        )
    text = document_text(doc.path)
    silent = [(m.start(), m.start() + len(n)) for n in doc.nothing for m in re.finditer(re.escape(n), text)]
    # A figure the document states again (in its prose and again in its table) is one figure: its second
    # statement is neither a right figure nor a false one.
    matched = {_figure_key(reported[i]) for i in used}
    for i, r in enumerate(reported):
        if i not in used and (_figure_key(r) in matched or any(_rounds(r, reported[j]) for j in used)):
            continue
        score.published[r["indicator_id"]] += 1
        if i not in used and any(a <= r["mention_start"] < b for a, b in silent):
            score.from_nothing += 1
            score.examples.append(
                f"{name}: from_nothing: {r['indicator_id']} {r['value']:g} «{r['value_text']}»"
            )
        if i not in used:
            score.errors["false_figure"] += 1
            score.examples.append(
                f"{name}: false_figure: {r['indicator_id']} {r['value']:g} {r['period_label']} {r['status']} "
                f"«{r['value_text']}»"
            )
    score.derived_gold += len(doc.derived)
    score.derived_published += len(derived)
    taken: set[int] = set()
    for g in doc.derived:
        match = [
            i
            for i, r in enumerate(derived)
            if i not in taken
            and r["indicator_id"] == g.indicator
            and _close(r["value"], g.value, 0.005)
            and span(r) == g.span
        ]
        if match:
            taken.add(match[0])
            score.derived_correct += 1
        else:
            score.errors["missed_derivation"] += 1
            what = f"{g.indicator} {g.value:g} {g.span[0]}..{g.span[1]}"
            score.examples.append(f"{name}: missed_derivation: {what} from «{g.text}»")
    for i, r in enumerate(derived):
        if i not in taken:
            score.errors["false_derivation"] += 1
            what = f"{r['indicator_id']} {r['value']:g} {r['period_label']} ({r['derivation']})"
            score.examples.append(f"{name}: false_derivation: {what}")


def evaluate(directory: Path = DEFAULT_DIR) -> dict[str, Score]:
    """Scores per split for every gold file under `directory`."""
    scores = {split: Score() for split in SPLITS}
    for gold_path in sorted(Path(directory).rglob("*.gold.yaml")):
        doc = load_gold(gold_path)
        score_document(doc, scores[doc.split])
    return scores


def report(scores: dict[str, Score], *, verbose: bool = False) -> str:
    lines = []
    for split, s in scores.items():
        n_gold, n_pub, n_ok = sum(s.gold.values()), sum(s.published.values()), sum(s.correct.values())
        lines.append(
            f"## {split}: precision {s.precision:.1%} ({n_ok}/{n_pub}), "
            f"recall {s.recall:.1%} ({n_ok}/{n_gold}); "
            f"derivations {s.derived_correct}/{s.derived_gold} found, {s.derived_published} published"
        )
        lines.append(
            "   errors: "
            + ", ".join(f"{k} {s.errors[k]}" for k in (*ERROR_KINDS, "missed_derivation"))
            + f"; from a sentence that gives none: {s.from_nothing}"
        )
        lines.append(f"   {'indicator':34} {'gold':>5} {'pub':>5} {'ok':>5} {'prec':>7} {'recall':>7}")
        for ind in sorted(set(s.gold) | set(s.published)):
            g, p, c = s.gold[ind], s.published[ind], s.correct[ind]
            lines.append(
                f"   {ind:34} {g:5d} {p:5d} {c:5d} {Score._ratio(c, p):7.1%} {Score._ratio(c, g):7.1%}"
            )
        if verbose:
            lines += [f"   - {e}" for e in s.examples]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    args = parser.parse_args(argv)
    try:
        scores = evaluate(args.directory)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(report(scores, verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
