"""What profiling found for each benchmark that misses its target: the cause, in a sentence or two.

Written by hand from the profiles that `python -m bench` prints under each miss in results.md; update the
text when a cause is fixed or changes. Only the benchmarks that miss are rendered.
"""

CAUSES = {
    "runon": (
        "Issue 15, in three rounds. First: a run-on text was one sentence and the rules look around every "
        "value within it (cubic, then quadratic); sentences are cut at 2,000 characters (etl/sentences.py) "
        "and the cost per MB no longer grows with the text (a run of figures costs the same per MB at 150 "
        "and 600 KB; before: 30 KB 1.5 s, 60 KB 11 s, 120 KB 90 s). Second (6.3x -> ~2.6x, output "
        "identical): a rule is skipped where its sentence lacks a word every match needs (etl/literals.py "
        "may_match), rules that open with \\b are matched letters first (literals.quick), and the last "
        "per-value rescans of the sentence went. Third (2.64-2.75x -> 1.91-1.95x in five runs of this "
        "benchmark, ordinary articles ~0.226 s/MB before and after, output identical): scores, per cents and "
        "money -- rules that "
        "open with a number -- are found from one scan per sentence for the numbers a unit's opening words "
        "follow (etl/numbered.py) instead of each rule trying every digit (61 -> 17 ms/MB); literals.quick "
        "also takes a \\b before a choice of letters, inside groups, and spreads the choice over its "
        "alternative (the rank rule 16 -> 7 ms/MB), and the rank, rank-in-words, plan, count-context, "
        "place and other per-value rules that opened with \\b go through it; the date rules wait for a "
        "date's end in the sentence; a title's (a run-on text's lead is its whole body) subjects are asked "
        "whether each topic is named, not for every match. What is left is per number and per sentence, "
        "~2x ordinary text's because a run-on text holds ~8x its numbers and ~10x its periods per MB: "
        "~170 substring tests per 2,000-character sentence (a word each catalog rule needs; the province "
        "names alone are 60), and the bookkeeping of each value and period."
    ),
    "etl_startup": (
        "Fixed in this round: pandera (import, backend registration, per-column checks: ~0.9 s of a 1.9 s "
        "run) left the run-time path; the ETL checks the same contract with pyarrow compute "
        "(etl/checks.py) and pandera stays the dashboard's reader-side check, with a test that both refuse "
        "the same 27 broken tables. PyYAML's C loader for the catalog and manifest. If this misses again, "
        "look at the import profile below: pyarrow imports pandas the first time it converts a Python list."
    ),
    "etl_throughput": (
        "CPU-bound in Python's regular-expression engine, one sentence at a time. Fixed in this round (each "
        "with byte-identical output on the corpus): rules match the sentence lower-cased once instead of "
        "with re.IGNORECASE (which disables the engine's skip to a pattern's first literal), rules are "
        "tried only when a word they need is present, numerals, ranges, years and dates open with their "
        "digits instead of a look-behind or an optional lead-in, one count-shape scan replaces twelve "
        "count rules on most sentences, and the legacy-encoding test no longer loops over words in Python: "
        "about 3.5x on extraction, 2.5x on reading. What is left is spread thin: the period rules "
        "(~30%), reading and normalising (~20%), sentence splitting (~10%), value rules, counts and the "
        "per-sentence bookkeeping. Every figure-bearing sentence still needs ~20 regex passes at 10-60 MB/s "
        "each; 10 MB/s per core needs the rules compiled into one automaton (a Hyperscan- or "
        "Rust-regex-backed extension) or the work spread over more cores (Scaling in the README)."
    ),
    "etl_parallel": (
        "Extraction runs in the workers; the parent reads each result (text and figure columns, pickled), "
        "streams the text into documents.parquet and keeps the figure columns, then sorts, finds conflicts, "
        "checks and writes: a serial tail of roughly a tenth of the run, on two cores that are also shared "
        "with other work."
    ),
    "incremental": (
        "Fixed in this round. Before, a re-run re-hashed every document, unpickled every cached result and "
        "rebuilt both big tables from Python lists (10.8% of the full run). Now (etl/cache.py, "
        "etl/chunks.py): file hashes are remembered by stat (size, mtime, ctime, inode; git's racy rule), "
        "documents are grouped into content-defined chunks of ~64 whose Arrow tables are cached, so a new "
        "document rebuilds only its own chunk, and cached chunks are not checked again (same code, same "
        "rows); Parquet row groups are cut by content, so the output bytes equal a run from scratch. "
        "What is left is ~1 s of imports (pyarrow pulls in pandas), listing and stat-ing the archive, and "
        "re-encoding the Parquet files. If this misses again, the partitioned layout of the README's "
        "Scaling section (keep unchanged files, write only the new part) is the next step."
    ),
    "page_run": (
        "Fixed in this round: chart builders (80-200 ms each: the plotly_white template deep-copied, one "
        "big update_layout, annotations added one by one) and selections were rebuilt on every rerun and "
        "the dataset was unpickled from st.cache_data twice per run. Views are now built once per dataset "
        "fingerprint, selection and language and shared (ui/app_views.py, st.cache_resource)."
    ),
    "first_chart": (
        "Most of the time on both sides is the browser loading Streamlit's front end and plotly.js in a "
        "fresh context; the Overview's cards are drawn before its chart."
    ),
    "export": (
        "No code-level cause found: a warm export is one plotly.js render in the kept-open Chromium "
        "(kaleido); a bare one-bar figure takes about 0.1 s on an idle core and 0.2-0.8 s while the two "
        "cores are shared, and deferring kaleido's tab reload did not change the median."
    ),
    "concurrency": (
        "The client, not the server: the CPU split (below) shows the co-located Chromium using ~3-5 CPU s "
        "per session (Streamlit's front end and plotly.js in each renderer) against ~0.2 s per session in "
        "the Streamlit server, a few per cent of one core. 20 sessions x ~4 s of browser CPU on 2 shared "
        "cores is 40 s or more before the server does anything, so p95 <= 3x a lone session cannot be "
        "reached with the browsers on the same machine. Next: browsers on other machines, or 20 "
        "websocket-only sessions that time the server alone."
    ),
    "visitor_pages": (
        "Issue 15. The preview is not what slows a page: its reading and extraction run in the worker "
        "process (etl.worker, nice 10), and what it does in the server's own process -- unpickling the "
        "worker's answer and comparing its figures with the published ones -- holds the GIL ~40-60 ms per "
        "preview (the comparison looked at every published figure: 0.52 s per preview with a "
        "20,000-figure document; now only those of the preview's indicators and period starts, 0.015 s). "
        "Beside a worker that only spins (the same process, limits and nice, no document) a warm page run "
        "swings as widely as beside the preview -- in the first run of this benchmark 0.71-3.39x against "
        "0.54-2.53x, at load averages of 13-19 on these 2 shared cores -- so the misses measure CPU "
        "contention on the machine, not work the preview puts on the server. In absolute terms every warm "
        "page run stayed under a quarter of a second during the preview. What a visitor waits for beyond "
        "that is the browser: measured by hand on serve.py (30 Nov), a first visit in a fresh headless "
        "Chromium context is 1.1-2.5 s to the script's end and 2.4-4.3 s to the charts drawn, of which the "
        "server spends ~0.2 CPU-s (the page's script 10-90 ms, the rest ~100 static files of Streamlit's "
        "front end) and Chromium 1.4-3.0 CPU-s (Streamlit's front end and plotly.js)."
    ),
    "big_document": (
        "Issue 15. Warm, Sources with a stored 20,000-figure document answers like any page (a page of 50 "
        "figures at a time). Cold -- the first visitor after the dataset changes builds each page's shared "
        "views once, in one server thread -- the cost grows with the figures: the Fact check page took 14 s "
        "(fact_check_screen turned the whole sources table into dicts once per figure; now once) and "
        "Sources 1.1-2.4 s (the fact check indexed every figure for its notes; now only those with a "
        "record). Left: Administrative units builds its chart's conflict notes and hover texts over every "
        "rival value (20,000 numbers formatted, 0.8-5.8 s cold, a 1.15 MB chart spec vs 12 KB on the "
        "bundled dataset): a bound on the values a chart note lists belongs with the chart labels "
        "(ui/charts/marks.py); Data and Fact check list every figure by design (1.4 s cold)."
    ),
}
