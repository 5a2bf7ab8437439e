"""A dataset with one stored document of 20,000 figures (issue 15), for the bench and the bounded-page tests.

One sentence per figure, each figure a copy of a published one with its own value, period and offsets,
so the tables pass the ETL's checks (etl/checks.py) like any published dataset.
"""

from __future__ import annotations

import pandas as pd

N_FIGURES = 20_000
BIG = "upload-0123456789abcdef"  # the big document's source id
TEMPLATE_INDICATOR = "commune_units_cut"  # the sentences say so: "tỉnh giảm N đơn vị hành chính cấp xã"


def with_big_document(tables: dict[str, pd.DataFrame], n: int = N_FIGURES) -> dict[str, pd.DataFrame]:
    """`tables` (figures, sources, documents, … as published) plus one document with `n` figures."""
    tables = {name: df.copy() for name, df in tables.items()}
    figures, sources, documents = tables["figures"], tables["sources"], tables["documents"]
    reported = figures.loc[(figures["indicator_id"] == TEMPLATE_INDICATOR) & (figures["basis"] == "reported")]
    template = reported.iloc[0].to_dict()
    sentences, rows, pos = [], [], 0
    for i in range(n):
        mention = f"{i + 1} đơn vị"
        sentence = f"Đợt {i}, tỉnh giảm {mention} hành chính cấp xã."
        start = pos
        m_start = start + sentence.index(mention)
        rows.append(
            {
                **template,
                "figure_id": f"{i:016x}",
                "source_id": BIG,
                "value": float(i + 1),
                "value_text": mention,
                "quote": sentence,
                "char_start": start,
                "char_end": start + len(sentence),
                "mention_start": m_start,
                "mention_end": m_start + len(mention),
                "period_start": pd.Timestamp(f"{1950 + i % 70}-01-01"),
                "period_end": pd.Timestamp(f"{1950 + i % 70}-12-31"),
                "period_label": str(1950 + i % 70),
            }
        )
        sentences.append(sentence)
        pos += len(sentence) + 1
    text = " ".join(sentences)
    big = pd.DataFrame(rows).astype(figures.dtypes.to_dict())
    tables["figures"] = pd.concat([figures, big], ignore_index=True)
    source = sources.loc[sources["source_id"] == template["source_id"]].iloc[0].to_dict()
    source.update(source_id=BIG, file_name=f"{BIG}.txt", title="Tài liệu lớn", n_chars=len(text), n_figures=n)
    source["sha256"] = "b" * 64
    tables["sources"] = pd.concat([sources, pd.DataFrame([source])], ignore_index=True).astype(
        sources.dtypes.to_dict()
    )
    tables["documents"] = pd.concat(
        [documents, pd.DataFrame([{"source_id": BIG, "text": text}])], ignore_index=True
    )
    return tables
