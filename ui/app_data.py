"""Load the published dataset once per version, and explain in plain words when it cannot be loaded."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import threading
from pathlib import Path

import streamlit as st

from etl.dataset import Dataset, DatasetError, dataset_version, read_dataset
from etl.reference import KIND as REFERENCE_KIND
from ui.editing import IngestError, recover
from ui.i18n import t
from ui.units import register_units

REPO = Path(__file__).resolve().parent.parent
DATA_DIR_ENV = "LANGSON_DATA_DIR"


def data_dir() -> Path:
    """Where the dataset lives: $LANGSON_DATA_DIR, else <repo>/data/processed."""
    configured = os.environ.get(DATA_DIR_ENV, "").strip()
    return Path(configured).expanduser() if configured else REPO / "data" / "processed"


def raw_dir() -> Path:
    """Where source documents live: $LANGSON_RAW_DIR, else <repo>/data/raw (editors add documents here)."""
    configured = os.environ.get("LANGSON_RAW_DIR", "").strip()
    return Path(configured).expanduser() if configured else REPO / "data" / "raw"


def audit_log_path() -> Path:
    """The append-only log of changes made through the dashboard: $LANGSON_AUDIT_LOG or data/audit.jsonl."""
    configured = os.environ.get("LANGSON_AUDIT_LOG", "").strip()
    return Path(configured).expanduser() if configured else REPO / "data" / "audit.jsonl"


# Keyed by the dataset's fingerprint: a rebuilt dataset is a new key, so it is read again without
# restarting the server, and an old one ages out. One copy is shared by every session and run
# (st.cache_data would unpickle a fresh copy on every call): nothing in the dashboard modifies it,
# pages only derive new tables from it.
@st.cache_resource(show_spinner=False, max_entries=2)
def _read(directory: str, version: str) -> Dataset:
    data = with_decimals(read_dataset(Path(directory)))
    register_units(data.indicators)  # its units' words and kinds, for every formatter and chart: once
    return data


def with_decimals(data: Dataset) -> Dataset:
    """The dataset with each figure's `decimals` (its indicator's, from the indicators table) beside it,
    so every card, table, chart and hover text writes one indicator's figures with as many places."""
    if "decimals" in data.figures.columns or "decimals" not in data.indicators.columns:
        return data
    places = data.indicators.drop_duplicates("indicator_id").set_index("indicator_id")["decimals"]
    figures = data.figures.assign(decimals=data.figures["indicator_id"].map(places).astype("Int64"))
    # Views are cached by the metadata (dataset_key): the joined dataset is not the one read.
    return dataclasses.replace(data, figures=figures, metadata={**data.metadata, "figure_decimals": True})


_recovered: set[tuple[str, str, str]] = set()
_recover_lock = threading.Lock()


def recover_once() -> None:
    """At start-up (the first run of this process), roll back or complete a change that a killed process
    left pending (ui.editing.recover), without waiting: when another process holds the ingest lock it
    is that one's to finish, and the next change recovers first anyway."""
    key = (str(raw_dir()), str(data_dir()), str(audit_log_path()))
    with _recover_lock:
        if key in _recovered:
            return
        try:
            if recover(raw_dir(), data_dir(), audit_log_path(), wait=0) is not None:
                _recovered.add(key)
        except IngestError:
            _recovered.add(key)  # said again, with its reason, to the next editor who changes anything


def load_dataset(lang: str, *, reference: bool = False) -> Dataset:
    """The dataset; on a missing or broken one, a message saying how to build it, then stop the run.

    Without `reference`, the figures of the curated reference history (basis "curated") are left out:
    a page asks for them once its views know how to show a figure that stands on a citation, not a quote.
    """
    recover_once()
    directory = data_dir()
    version = dataset_version(directory)
    if version is None:
        st.info(t("no_data", lang, path=directory), icon="ℹ️")
        st.stop()
    try:
        data = _read(str(directory), version)
    except DatasetError as exc:
        st.error(t("bad_data", lang, path=directory), icon="🚫")
        with st.expander(t("bad_data_detail", lang)):
            st.text(str(exc))  # st.text: the message may quote file content; never markdown
        st.stop()
    return data if reference else _documents_only(data)


def dataset_key(dataset: Dataset) -> str:
    """The loaded dataset's full fingerprint (its metadata names every table's checksum): a cache key."""
    text = json.dumps(dataset.metadata, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def version_of(dataset: Dataset) -> str:
    """A short, human-readable fingerprint of the loaded dataset."""
    tables = dataset.metadata.get("tables", {})
    digest = tables.get("figures", "") if isinstance(tables, dict) else ""
    return str(digest)[:12]


@st.cache_resource(show_spinner=False, max_entries=2, hash_funcs={Dataset: dataset_key})
def _documents_only(data: Dataset) -> Dataset:
    """The dataset without its curated figures and the pages they cite; its own cache key (metadata
    `view`), so views cached for one are never served for the other."""
    curated = data.figures["basis"] == "curated"
    cited = data.sources["kind"] == REFERENCE_KIND
    if not curated.any() and not cited.any():
        return data
    return dataclasses.replace(
        data,
        figures=data.figures.loc[~curated].reset_index(drop=True),
        sources=data.sources.loc[~cited].reset_index(drop=True),
        metadata={**data.metadata, "view": "documents"},
    )
