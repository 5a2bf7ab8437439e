"""What profiling found for each benchmark that misses its target: the cause, in a sentence or two.

Written by hand from the profiles that `python -m bench` prints under each miss in results.md; update the
text when a cause is fixed or changes.
"""

CAUSES = {
    "etl_startup": (
        "Not document reading: `etl.pipeline` imports `etl.schema`, hence pandera (with its pandas engine, "
        "backends and hypothesis strategies, ~0.4 s), and `validate_tables` then spends about as long in "
        "pandera's per-column checks and backend registration on five tiny tables. Fix (etl/): check the "
        "tables with the Arrow schemas and a few vectorised pandas checks at run time, and keep the pandera "
        "models for the tests."
    ),
    "etl_throughput": (
        "CPU-bound in per-sentence regular expressions: `extract._count_tokens` builds one regex per count "
        "indicator for every sentence and tries a number alternation at every character (about 40% of the "
        "time), then `periods.find_periods` and `extract._value_tokens`. Memory grows with the corpus "
        "because every `DocumentResult` keeps its full text until the end and the documents table is built "
        "and written in one piece. Fix (etl/): compile the count patterns once per catalog and run one "
        "only when `ind.counted.search(sentence)` finds its noun; stream `documents.parquet` through a "
        "`pyarrow.parquet.ParquetWriter` as results arrive and drop the text from the kept results."
    ),
    "etl_parallel": (
        "Only extraction runs in the workers: every result travels back pickled with its full text, and "
        "tidying, validation and writing the Parquet stay serial in the parent; on two cores already busy "
        "with other work the second worker also competes with them. Fix (etl/): return only figure and "
        "source rows from the workers (they write the texts, per partition), so the serial tail shrinks."
    ),
    "incremental": (
        "A re-run still rebuilds the whole dataset: `build_tables` (half the re-run) with `find_conflicts`, "
        "a Python loop over every indicator-period group, then validation and rewriting every table, plus "
        "unpickling all cached results with their full texts. Fix (etl/): vectorise `find_conflicts` "
        "(groupby + nunique, then build strings only for the conflicting groups), cache figure rows without "
        "texts, and publish a partitioned dataset (see the Scaling section) so only changed parts"
        " are rewritten."
    ),
    "page_run": (
        "Label lookups: `ui.labels.indicator_name` (and `unit_name`, via `_indicator_row`) filters the whole "
        "indicators DataFrame with a boolean mask for every call, and the pages call it for every row, "
        "tick and hover text (`derivation_note`, chart builders): on Arrow-backed strings each call is a "
        "pyarrow `take`. Fix (ui/): build `{indicator_id: row}` once per dataset version (cached with the "
        "dataset) and look names up in the dict."
    ),
    "first_chart": "",
    "export": (
        "No code-level cause found: a warm export is one plotly.js render in the kept-open Chromium "
        "(kaleido); a bare one-bar figure takes about 0.1 s on an idle core and 0.2–0.8 s while the two "
        "cores are shared, and deferring kaleido's tab reload did not change the median."
    ),
    "concurrency": (
        "Not profiled beyond the timings. The 20 sessions run in one Chromium on the same 2 cores as the "
        "server and the other work: 20 renderers each loading Streamlit's front end compete with the 20 "
        "script runs (about 0.2 s of server CPU each, see page run), so this mostly measures the client. "
        "Next step: time the server alone with 20 websocket-only sessions, or run the browser elsewhere."
    ),
}
