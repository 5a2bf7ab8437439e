"""What reading a text gives: figures to publish (Mention), with the comparison each states, and numbers
held for review (Held), gathered in a Reading. Plain data; etl/extract.py makes them."""

from __future__ import annotations

from dataclasses import dataclass, field

from etl.periods import Period
from etl.schema import REVIEW_REASONS


@dataclass(frozen=True)
class Comparison:
    """ "cao hơn 29,3% so với giai đoạn 2015-2020": how the figure compares with an earlier period."""

    direction: int  # +1: the figure is higher / rose; -1: lower / fell
    amount: float
    amount_unit: str  # "%", "pp", "points", "steps", "times", a money unit id, or "count:SCALE:NOUN"
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
    # where in `text` the amount is written: 0, but for a reference written first ("so với cùng kỳ tăng 9%")
    amount_at: int = 0
    # A change written bare after a value ("thu nội địa 2.754,6 tỷ đồng, tăng 13,5%"), whose reference the
    # text said once for the sentence or the one before ("tăng 4,2% so với cùng kỳ. Trong đó, …"): that
    # comparison's words, so a derived figure can say where its reference was read -- or the words of the
    # infographic legend that says what the value's mark compares with ("Ghi chú: ▲ tăng … so với cùng kỳ").
    reference_from: str = ""
    # One of a list of changes said in order of the values before it ("xuất khẩu …, nhập khẩu …, tương ứng
    # giảm 38,9% và 24,1% so với năm trước"): (its place in the list, the list's length)
    respective: tuple[int, int] | None = None
    # … carried from the whole the value is a part of (not joined to it by "và"): kept only if the catalog
    # says the value's indicator is a part of that whole's
    from_whole: bool = False

    @property
    def reference_first(self) -> bool:
        """ "so với cùng kỳ tăng 3,07%": the reference written before the change (the statistics office's
        order), not after it."""
        return self.text.lower().startswith("so với")


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
    # Further comparisons the sentence makes of the same value ("tăng 9% so với năm 2022, gấp 1,6 lần năm
    # 2019"): each defines its own earlier figure (etl/derive.py).
    also_compared: tuple[Comparison, ...] = ()
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

    def __post_init__(self):
        # A reason the contract does not know would fail the whole run at validation: say so where it is made.
        if self.reason not in REVIEW_REASONS:
            raise ValueError(f"unknown review reason {self.reason!r}; add it to etl.schema.REVIEW_REASONS")


@dataclass
class Reading:
    """What one document's text gives: figures to publish, and numbers held for review."""

    mentions: list[Mention] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)
