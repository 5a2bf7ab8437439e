"""What the ETL publishes for one short document, as the sealed-set tests compare it."""

from pathlib import Path

import pytest

from etl.evaluate import document_rows_of


def published_rows(folder: Path, text: str) -> list[tuple]:
    """(indicator, value, period, status, basis) of what a document of `text` (title, date line, body) publishes."""
    document = folder / "tin.txt"
    document.write_text(text + "\n", encoding="utf-8")
    return [
        (r["indicator_id"], r["value"], r["period_label"], r["status"], r["basis"])
        for r in document_rows_of(document)[0]
    ]


def approximately(expected: list[tuple]) -> list[tuple]:
    """`expected` rows with their values compared as floats (a value read from "7,5%" is 7.5 within rounding)."""
    return [(indicator, pytest.approx(value), *rest) for indicator, value, *rest in expected]
