"""The indicator catalog (etl/catalog.yaml): load, check, and publish as a table."""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from etl.casefold import compile_lowered
from etl.schema import ADMIN_LEVELS, FIGURE_MEASURES, MEASURES, UNIT_KINDS, UNIT_PATTERN
from etl.yaml_text import safe_load

CATALOG_PATH = Path(__file__).with_name("catalog.yaml")
CATALOG_ENV = "LANGSON_CATALOG"  # another catalog file (a test's fixture, a deployment's own indicators)


def catalog_path() -> Path:
    """The catalog in use: $LANGSON_CATALOG, else the one that ships with the code."""
    configured = os.environ.get(CATALOG_ENV, "").strip()
    return Path(configured).expanduser() if configured else CATALOG_PATH


class CatalogError(ValueError):
    """The catalog file breaks its own rules (a typo in a pattern, an unknown unit, ...)."""


@dataclass(frozen=True)
class Indicator:
    id: str
    name_vi: str
    name_en: str
    unit: str
    category: str
    higher_is_better: bool
    measure: str
    sort_order: int
    # other kinds of value its figure is written as, the same number: PAR Index is published as a per cent
    # and written as points of 100 as often ("Lạng Sơn đạt 77,25 điểm, xếp thứ 26/63")
    also_read_as: tuple[str, ...] = ()
    topics: tuple[re.Pattern, ...] = ()
    # A bare word that names this indicator only when the sentence has named no narrower subject of the same
    # measure before it ("kim ngạch" alone is the turnover, but after "xuất khẩu" it is the exports')
    generic_topics: tuple[re.Pattern, ...] = ()
    per_person: bool = (
        False  # a per-person measure ("triệu đồng/người" is its own, not another's split per head)
    )
    # the least value the province can have in any period the indicator is published for (in its unit): a
    # value below it was written with English thousands ("GRDP … là 32,435 tỷ đồng") or misread
    plausible_min: float | None = None
    # the most it can be in any period, a span of years summed included: a value above it is another place's
    # ("hai đầu tàu vượt 700.000 tỉ" beside Lạng Sơn) or misread
    plausible_max: float | None = None
    # where the paragraph, a heading above it or the title speaks of this (the customs office), the bare
    # revenue words of its whole ("số thu đạt 462 tỷ đồng") name it, not the whole
    bare_in: re.Pattern | None = None
    counted: re.Pattern | None = None
    before: re.Pattern | None = None
    after: re.Pattern | None = None  # (count) or a phrase right after the counted noun ("16/18 chỉ tiêu đạt")
    context: re.Pattern | None = None
    # (count) words that count it where the paragraph, a heading or the title names its context, not the
    # sentence ("Đại hội khai mạc … . Có 398 đại biểu chính thức về dự")
    context_nearby: re.Pattern | None = None
    context_around: re.Pattern | None = None  # (what the paragraph, a heading or the title must name for it)
    not_context: re.Pattern | None = None
    not_before: re.Pattern | None = None
    # after the counted noun, in its clause (a count), or after the amount in its sentence (money): another
    # thing, or a whole the value is a part of
    not_after: re.Pattern | None = None
    raised_total: re.Pattern | None = None  # (count) "nâng tổng số <this> lên N": the stock it reaches
    # (count) the bare noun that speaks of the count again after the sentence named it in full ("… có 38 xã
    # đạt chuẩn, kế hoạch đến cuối năm là 42 xã"): a count of this where it ends its clause
    said_again: re.Pattern | None = None
    tense: str | None = None
    ratio: bool = False
    national_total: int | None = None
    figure_measure: str = "level"  # what a value is (the figure model): level, growth, share, rank, …
    per: str | None = None  # a per-unit basis the unit does not say ("year", "month")
    level: str | None = None  # (administration) the level of government whose units it counts
    stock: bool = False  # stands at a date (members, communes meeting a standard), not a flow over a period
    # measured once a year (a year-end survey: the poverty rate, income per head): a part of a year that only
    # its context (title, heading, paragraph) names is not its period
    yearly: bool = False
    price_basis_applies: bool = False
    regional: bool = False  # a rank among the region's provinces, not the nation's
    ranks: str | None = None  # (rank) the indicator whose values it ranks provinces by
    growth_of: str | None = None  # (percent) the level whose growth it is (grdp_growth of grdp)
    # (count) the twin a value is instead when its sentence names neither one's context and the period it is
    # read with spans several years (a year's targets met vs a term's)
    over_years: str | None = None
    # (count) counted over a five-year plan term: the year that closes a term, read with it, is the term
    per_term: bool = False
    # (count) a one-off change dated by the day it took effect: that day's year is its period
    event: bool = False
    # the whole it is a part of (budget_revenue_domestic of budget_revenue): a part's bare change after the
    # whole's comparison is against the same reference (etl/changes.py implied_comparisons)
    part_of: str | None = None
    # a verb that names it when a sentence goes on with the amount the one before was about ("Lũy kế 9 tháng
    # thu 5.000 tỷ đồng": revenue, "… chi 8.000 tỷ đồng": spending)
    said_with: re.Pattern | None = None
    index: str | None = None  # (rank/score) the published index it belongs to ("pci", "papi", …)
    scope: str | None = None  # what a document's figure of it covers, where sources publish several scopes
    description_vi: str | None = None
    description_en: str | None = None

    def read_as(self, kind: str) -> bool:
        """Whether a value of this kind ("score", "percent", …) can be this indicator's figure."""
        return self.measure == kind or kind in self.also_read_as

    def __hash__(self) -> int:
        # The id alone (equal indicators share it): the generated hash hashed every field, each compiled
        # pattern's whole program included, and the extractor puts indicators in sets value by value.
        return hash(self.id)


@dataclass(frozen=True)
class Unit:
    """What a unit means and how its values are written and shown (the catalog's `units`)."""

    id: str
    vi: str
    en: str
    kind: str  # rank | score | rate | level | count
    decimals: int
    currency: str | None = None  # money: "đồng" or "usd"
    # One unit in what the text writes: currency units for money (billion VND: 1e9), counted things
    # otherwise (thousand tonnes: 1e3 tonnes, read from "312,5 nghìn tấn" or "312.500 tấn")
    scale: float | None = None

    @property
    def is_money(self) -> bool:
        return self.currency is not None


@dataclass(frozen=True)
class PublishedIndex:
    """An index published of the provinces (the catalog's `indices`): how the press names it and its parts."""

    id: str
    names: tuple[str, ...]  # patterns, each matched as whole words ("pci", "par index")
    components: tuple[str, ...] = ()  # its component indices' names ("tiếp cận đất đai")
    held: bool = True  # false: the catalog has no indicator of it (DDCI, PII)
    # the most of the scale its score is published on (PCI 100, PAPI 80): points written out of another most
    # ("28,9/33,5 điểm") are a part's
    scale: float | None = None


_DEFAULT_FIGURE_MEASURE = {
    "rank": "rank",
    "score": "score",
    "percent": "growth",
    "money": "level",
    "count": "count",
}


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one catalog per run
class Catalog:
    indicators: tuple[Indicator, ...]
    units: dict[str, Unit] = field(default_factory=dict)
    categories: dict = field(default_factory=dict)
    # Places that are not the province, by kind ("nation", "province", "district", "border_gate"):
    # one pattern each, matched on lower-cased text.
    places: dict[str, re.Pattern] = field(default_factory=dict)
    indices: dict[str, PublishedIndex] = field(default_factory=dict)
    # Bodies ranked beside the provinces in an index (the ministries in PAR Index and SIPAS), by kind: a rank
    # said of one is its own; a body is no place for any other figure ("Bộ Tài chính giao …" sets ours).
    ranked_bodies: dict[str, re.Pattern] = field(default_factory=dict)
    # Subjects reports speak of that no indicator holds (credit, prices, tonnes, transport): a value its
    # clause says of one is held as not in the catalog, never given the subject of the sentence before or the
    # title.
    unheld_subjects: re.Pattern = field(default_factory=lambda: re.compile(r"(?!x)x"))

    def unit(self, indicator: Indicator) -> Unit:
        return self.units[indicator.unit]

    def by_id(self, indicator_id: str) -> Indicator:
        for ind in self.indicators:
            if ind.id == indicator_id:
                return ind
        raise KeyError(indicator_id)

    def with_measure(self, measure: str) -> list[Indicator]:
        return _with_measure(self, measure)

    def parts_of(self, indicator_id: str) -> list[Indicator]:
        """The indicators the catalog holds as parts of `indicator_id` (their `part_of`)."""
        return _parts_of(self, indicator_id)

    def index_names(self, held: bool | None = True) -> str:
        """A pattern source matching the name of any index (`held`: only those the catalog holds, False: only
        those it does not, None: all), whole words, for building into a larger pattern."""
        return _whole_words(
            [n for i in self.indices.values() if held is None or i.held == held for n in i.names]
        )

    def index_components(self) -> str:
        """A pattern source matching the name of any held index's component ("tiếp cận đất đai")."""
        return _whole_words([n for i in self.indices.values() if i.held for n in i.components])

    def names_an_index(self, held: bool | None = True) -> re.Pattern:
        """index_names, compiled for lower-cased text (etl.casefold)."""
        return _names_an_index(self, held)

    def names_the_index(self, key: str) -> re.Pattern:
        """The names of the one index `key` (of `indices`), whole words, compiled for lower-cased text."""
        return _names_the_index(self, key)


# A catalog is immutable and loaded once per run: what is derived from it is derived once.
@functools.lru_cache(maxsize=64)
def _with_measure(catalog: Catalog, measure: str) -> list[Indicator]:
    return [ind for ind in catalog.indicators if ind.read_as(measure)]


@functools.lru_cache(maxsize=64)
def _parts_of(catalog: Catalog, indicator_id: str) -> list[Indicator]:
    return [ind for ind in catalog.indicators if ind.part_of == indicator_id]


def _whole_words(patterns: list[str]) -> str:
    """One pattern source matching any of `patterns` as whole words; one that matches nothing if none."""
    return r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b" if patterns else r"(?!x)x"


@functools.lru_cache(maxsize=64)
def _names_an_index(catalog: Catalog, held: bool | None) -> re.Pattern:
    return compile_lowered(catalog.index_names(held))


@functools.lru_cache(maxsize=64)
def _names_the_index(catalog: Catalog, key: str) -> re.Pattern:
    return compile_lowered(_whole_words(list(catalog.indices[key].names)))


def _compile(pattern: str, where: str) -> re.Pattern:
    """Compile a catalog pattern for matching against the lower-cased sentence (etl.casefold)."""
    try:
        return compile_lowered(pattern)
    except re.error as exc:
        raise CatalogError(f"{where}: bad pattern {pattern!r}: {exc}") from exc


def _parse_units(raw: dict) -> dict[str, Unit]:
    units = {}
    for uid, spec in raw.items():
        where = f"unit {uid!r}"
        if not re.match(UNIT_PATTERN, str(uid)):
            raise CatalogError(f"{where}: a unit id is lower-case letters, digits and underscores")
        if spec.get("kind") not in UNIT_KINDS:
            raise CatalogError(f"{where}: kind must be one of {', '.join(UNIT_KINDS)}")
        if "currency" in spec and "scale" not in spec:
            raise CatalogError(f"{where}: a money unit needs both currency and scale")
        units[uid] = Unit(
            id=uid,
            vi=spec.get("vi", ""),
            en=spec.get("en", ""),
            kind=spec["kind"],
            decimals=int(spec.get("decimals", 2)),
            currency=spec.get("currency"),
            scale=float(spec["scale"]) if "scale" in spec else None,
        )
    return units


def _patterns_by_kind(raw: dict, section: str) -> dict[str, re.Pattern]:
    """A section of named places or bodies ({kind: [patterns]}): one pattern per kind, any of its own."""
    return {
        kind: _compile("|".join(f"(?:{p})" for p in patterns), f"{section} {kind!r}")
        for kind, patterns in (raw.get(section) or {}).items()
    }


def parse_catalog(raw: dict) -> Catalog:
    units, categories = _parse_units(raw.get("units", {})), raw.get("categories", {})
    places = _patterns_by_kind(raw, "places")
    ranked_bodies = _patterns_by_kind(raw, "ranked_bodies")
    unheld_subjects = _compile(_whole_words(raw.get("unheld_subjects") or []), "unheld_subjects")
    indices = _parse_indices(raw.get("indices") or {})
    indicators, seen = [], set()
    required = ("id", "name_vi", "name_en", "unit", "category", "higher_is_better", "measure")
    for order, item in enumerate(raw.get("indicators", [])):
        where = f"indicator {item.get('id', order)!r}"
        missing = [k for k in required if k not in item]
        if missing:
            raise CatalogError(f"{where}: missing {', '.join(missing)}")
        if item["id"] in seen:
            raise CatalogError(f"{where}: duplicate id")
        seen.add(item["id"])
        if item["unit"] not in units:
            raise CatalogError(f"{where}: unknown unit {item['unit']!r}")
        if item["measure"] not in MEASURES:
            raise CatalogError(f"{where}: unknown measure {item['measure']!r}")
        if any(kind not in MEASURES for kind in item.get("also_read_as", ())):
            raise CatalogError(f"{where}: also_read_as names an unknown measure")
        if item["category"] not in categories:
            raise CatalogError(f"{where}: unknown category {item['category']!r}")
        if item["measure"] == "count" and not item.get("counted"):
            raise CatalogError(f"{where}: a count needs `counted`")
        if item["measure"] != "count" and not item.get("topics"):
            raise CatalogError(f"{where}: a {item['measure']} needs `topics`")
        if item.get("tense") not in (None, "past", "planned"):
            raise CatalogError(f"{where}: tense must be past or planned")
        figure_measure = item.get("figure_measure", _DEFAULT_FIGURE_MEASURE[item["measure"]])
        if figure_measure not in FIGURE_MEASURES:
            raise CatalogError(f"{where}: figure_measure must be one of {', '.join(FIGURE_MEASURES)}")
        if item.get("level") not in (None, *ADMIN_LEVELS):
            raise CatalogError(f"{where}: level must be one of {ADMIN_LEVELS}")
        if item.get("index") is not None and item["index"] not in indices:
            raise CatalogError(f"{where}: index {item['index']!r} is not one of the catalog's indices")
        if item.get("index") is not None and not indices[item["index"]].held:
            raise CatalogError(f"{where}: index {item['index']!r} is marked held: false")
        if item.get("per") not in (None, "year", "month"):
            raise CatalogError(f"{where}: per must be year or month")

        def opt(key, item=item, where=where):
            return _compile(item[key], where) if item.get(key) else None

        indicators.append(
            Indicator(
                id=item["id"],
                name_vi=item["name_vi"],
                name_en=item["name_en"],
                unit=item["unit"],
                category=item["category"],
                higher_is_better=bool(item["higher_is_better"]),
                measure=item["measure"],
                also_read_as=tuple(item.get("also_read_as", ())),
                sort_order=order,
                topics=tuple(_compile(p, where) for p in item.get("topics", [])),
                generic_topics=tuple(_compile(p, where) for p in item.get("generic_topics", [])),
                bare_in=opt("bare_in"),
                per_person=bool(item.get("per_person", False)),
                plausible_min=item.get("plausible_min"),
                plausible_max=item.get("plausible_max"),
                counted=opt("counted"),
                before=opt("before"),
                after=opt("after"),
                context=opt("context"),
                context_nearby=opt("context_nearby"),
                context_around=opt("context_around"),
                not_context=opt("not_context"),
                not_before=opt("not_before"),
                not_after=opt("not_after"),
                raised_total=opt("raised_total"),
                said_again=opt("said_again"),
                tense=item.get("tense"),
                ratio=bool(item.get("ratio", False)),
                national_total=item.get("national_total"),
                figure_measure=figure_measure,
                per=item.get("per"),
                stock=bool(item.get("stock", False)),
                yearly=bool(item.get("yearly", False)),
                level=item.get("level"),
                price_basis_applies=bool(item.get("price_basis_applies", False)),
                regional=bool(item.get("regional", False)),
                ranks=item.get("ranks"),
                growth_of=item.get("growth_of"),
                over_years=item.get("over_years"),
                per_term=bool(item.get("per_term", False)),
                event=bool(item.get("event", False)),
                part_of=item.get("part_of"),
                said_with=opt("said_with"),
                index=item.get("index"),
                scope=item.get("scope"),
                description_vi=item.get("description_vi"),
                description_en=item.get("description_en"),
            )
        )
    for ind in indicators:
        if ind.over_years is not None and ind.over_years not in seen:
            raise CatalogError(f"indicator {ind.id!r}: over_years names no indicator ({ind.over_years!r})")
        if ind.part_of is not None and ind.part_of not in seen:
            raise CatalogError(f"indicator {ind.id!r}: part_of names no indicator ({ind.part_of!r})")
    return Catalog(
        indicators=tuple(indicators),
        units=units,
        categories=categories,
        places=places,
        indices=indices,
        ranked_bodies=ranked_bodies,
        unheld_subjects=unheld_subjects,
    )


def _parse_indices(raw: dict) -> dict[str, PublishedIndex]:
    indices = {}
    for index_id, item in raw.items():
        where = f"index {index_id!r}"
        if not isinstance(item, dict) or not item.get("names"):
            raise CatalogError(f"{where}: needs `names`")
        for pattern in (*item["names"], *item.get("components", [])):
            _compile(pattern, where)  # (a bad pattern fails here, with the index named)
        indices[index_id] = PublishedIndex(
            id=index_id,
            names=tuple(item["names"]),
            components=tuple(item.get("components", [])),
            held=bool(item.get("held", True)),
            scale=item.get("scale"),
        )
    return indices


def load_catalog(path: Path | None = None) -> Catalog:
    """The catalog at `path`, else the one in use (catalog_path); parsed once per file."""
    return _load_catalog(Path(path) if path is not None else catalog_path())


@lru_cache(maxsize=4)
def _load_catalog(path: Path) -> Catalog:
    with open(path, encoding="utf-8") as fh:
        return parse_catalog(safe_load(fh))


def indicator_rows(catalog: Catalog) -> list[dict]:
    """The indicators table's rows: the catalog as published, names and units in both languages."""
    return [
        {
            "indicator_id": ind.id,
            "name_vi": ind.name_vi,
            "name_en": ind.name_en,
            "unit": ind.unit,
            "unit_vi": catalog.units[ind.unit].vi,
            "unit_en": catalog.units[ind.unit].en,
            "category": ind.category,
            "category_vi": catalog.categories[ind.category]["vi"],
            "category_en": catalog.categories[ind.category]["en"],
            "higher_is_better": ind.higher_is_better,
            "measure": ind.measure,
            "national_total": ind.national_total,
            "sort_order": ind.sort_order,
            "unit_kind": catalog.units[ind.unit].kind,
            "decimals": catalog.units[ind.unit].decimals,
            "per": ind.per,
            "stock": ind.stock,
            "level": ind.level,
            "description_vi": ind.description_vi,
            "description_en": ind.description_en,
        }
        for ind in catalog.indicators
    ]


def indicators_table(catalog: Catalog):
    """The indicators table as a pandas DataFrame (for the dashboard and tests; the ETL writes Arrow)."""
    import pandas as pd

    df = pd.DataFrame(indicator_rows(catalog))
    df["national_total"] = df["national_total"].astype("Int64")
    df["sort_order"] = df["sort_order"].astype("int64")
    df["decimals"] = df["decimals"].astype("Int64")
    return df
