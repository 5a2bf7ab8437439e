"""A valid dataset whose document text is hostile: script, HTML, markdown and link payloads everywhere.

Built from tests/sample_dataset.py's tables: every quote is wrapped in payloads (and the documents
changed to match, so the quote offsets stay true), and titles, publishers, notes, file names, links,
derivation phrases, qualifiers and conflict values carry payloads too. The payloads that could run
script set `window.__xss`; the others leave a mark a browser test can find (an element with
`data-xss-probe`, a link to `xss-probe.invalid`) or a marker word (PROBE) a markdown check can find.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pandas as pd

from etl.publish import write_dataset
from tests.sample_dataset import sample_tables

PROBE_HOST = "xss-probe.invalid"
PAYLOADS = {
    "script": "<script>window.__xss=1</script>",
    "img": '<img src=x onerror="window.__xss=1">',
    "svg": "<svg onload=window.__xss=1>",
    "span": '<span data-xss-probe="1">SPANPROBE</span>',
    "a_http": f'<a href="https://{PROBE_HOST}/">LINKPROBE</a>',
    "a_js": '<a href="javascript:window.__xss=1">JSPROBE</a>',
    "md_link": "[MDLINKPROBE](javascript:window.__xss=1)",
    "md_data": "[MDDATAPROBE](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)",
    "md_image": f"![MDIMGPROBE](https://{PROBE_HOST}/x.png)",
    "md_auto": f"<https://{PROBE_HOST}/auto>",
    "bold": "**BOLDPROBE**",
    "em": "_EMPROBE_",
    "math": "$MATHPROBE^2$",
    "colour": ":red[COLOURPROBE]",
    "code": "`CODEPROBE`",
    "entity": "&lt;img src=x onerror=window.__xss=1&gt;",  # decoded by a careless unescape
    "controls": "RTL\u202eprobe\u200b\x07",
    "email": f"lienhe@{PROBE_HOST}",  # GitHub-flavoured markdown makes this a mailto: link
}
# Markers of payloads that only markdown (not HTML) would interpret.
MARKDOWN_MARKERS = ("MDLINKPROBE", "MDDATAPROBE", "MDIMGPROBE", "BOLDPROBE", "EMPROBE", "MATHPROBE")
BAD_LINKS = [
    "javascript:window.__xss=1",
    "JaVaScRiPt:window.__xss=1",
    "data:text/html,<script>window.__xss=1</script>",
    "vbscript:msgbox(1)",
    'https://example.org/q"onmouseover="window.__xss=1',
    f"https://{PROBE_HOST}/<script>window.__xss=1</script>",
]
GOOD_LINK = "https://example.org/related?a=1&b=2"


def _cycle_payloads():
    return itertools.cycle(PAYLOADS.values())


def hostile_tables() -> dict[str, pd.DataFrame]:
    """sample_tables() with payloads in every piece of text that comes from a document."""
    tables = {name: df.copy() for name, df in sample_tables().items()}
    figures, sources, documents = tables["figures"], tables["sources"], tables["documents"]
    payloads = _cycle_payloads()

    # Quotes: wrap each distinct sentence in two payloads, in the document too, and move the offsets.
    wrapped = {q: f"{next(payloads)} {q} {next(payloads)}" for q in dict.fromkeys(figures["quote"])}
    texts = dict(zip(documents["source_id"], documents["text"], strict=True))
    for old, new in wrapped.items():
        texts = {sid: text.replace(old, new) for sid, text in texts.items()}
    documents["text"] = documents["source_id"].map(texts)
    rows = []
    for row in figures.to_dict("records"):
        text, quote = texts[row["source_id"]], wrapped[row["quote"]]
        mention = str(row["value_text"])
        start = text.index(quote)
        m_start = text.index(mention, start)
        row.update(
            quote=quote,
            char_start=start,
            char_end=start + len(quote),
            mention_start=m_start,
            mention_end=m_start + len(mention),
        )
        if row["basis"] == "derived":  # the phrase shown in a derivation note
            row["value_text"] = f"{mention} {next(payloads)}"
        row["qualifier"] = f"{next(payloads)} {next(payloads)}"
        rows.append(row)
    tables["figures"] = pd.DataFrame(rows).astype(figures.dtypes.to_dict())

    sources["title"] = [
        f"Bài A {PAYLOADS['script']} {PAYLOADS['md_link']} {PAYLOADS['bold']}",
        f"{PAYLOADS['span']} {PAYLOADS['a_js']} {PAYLOADS['md_image']} {PAYLOADS['math']}",
    ]
    sources["publisher"] = [
        f"TTXVN {PAYLOADS['img']} {PAYLOADS['md_data']} {PAYLOADS['em']} {PAYLOADS['email']}",
        None,
    ]
    sources["publisher_note"] = [PAYLOADS["a_http"], PAYLOADS["svg"]]
    sources["note"] = [
        f"Ghi chú {PAYLOADS['span']} {PAYLOADS['colour']}\n# HEADINGPROBE\n1. LISTPROBE",
        f"{PAYLOADS['entity']} {PAYLOADS['code']} {PAYLOADS['md_auto']} {PAYLOADS['controls']}",
    ]
    sources["file_name"] = [f"{PAYLOADS['img']}.txt", "..%2F..%2Fetc%2Fpasswd <b>x</b>.docx"]
    # The schema lets any string that starts with http(s):// through: the page must still be careful.
    sources["link"] = ['https://example.org/a"><script>window.__xss=1</script>', GOOD_LINK]
    sources["related_links"] = ["\n".join([*BAD_LINKS, GOOD_LINK]), "\n".join(BAD_LINKS)]

    conflicts = tables["conflicts"]
    conflicts["values"] = conflicts["values"] + f" {PAYLOADS['md_link']} {PAYLOADS['script']}"
    return tables


def write_hostile_dataset(out: Path) -> Path:
    """Write the hostile dataset (through the ETL's own writer, so it passes the schema) to `out`."""
    return write_dataset(hostile_tables(), Path(out), {"source": "tests/security/web_hostile.py"})
