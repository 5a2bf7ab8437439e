"""Re-runs: content-defined chunks, the hash index, and reuse that never changes a byte of the output."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import add_document, load_pool, write_corpus
from etl import chunks
from etl.cache import CHUNKS_DIR, HashIndex
from etl.chunks import ends_chunk, plan_chunks
from etl.dataset import read_dataset
from etl.documents import document_names
from etl.pipeline import EtlError, run

# --- Chunk boundaries ---------------------------------------------------------------------------------

shas = st.lists(st.binary(min_size=32, max_size=32).map(lambda b: b.hex()), min_size=0, max_size=400)


@given(shas, st.data())
@settings(max_examples=200)
def test_inserting_a_document_changes_only_the_chunks_around_it(docs, data):
    new = hashlib.sha256(data.draw(st.binary())).hexdigest()
    at = data.draw(st.integers(0, len(docs)))
    after = [*docs[:at], new, *docs[at:]]
    before_ranges = plan_chunks(docs, [1] * len(docs))
    after_ranges = plan_chunks(after, [1] * len(after))
    # Chunks closed by a boundary before the insertion point are the same positions in both runs...
    closed = [r for r in before_ranges if r.stop <= at and ends_chunk(docs[r.stop - 1])]
    assert after_ranges[: len(closed)] == closed
    # ... and so are, one place later, the chunks after the first boundary at or after it.
    resync = next((i for i in range(at, len(docs)) if ends_chunk(docs[i])), None)
    if resync is not None:
        tail = [range(r.start + 1, r.stop + 1) for r in before_ranges if r.start > resync]
        assert after_ranges[len(after_ranges) - len(tail) :] == tail
    assert [i for r in after_ranges for i in r] == list(range(len(after)))  # all, once, in order


@given(shas)
def test_chunks_cover_every_document_once_in_order_within_the_caps(docs):
    sizes = [len(d) * 10_000 for d in docs]  # 640 kB each: the byte cap ends some chunks
    ranges = plan_chunks(docs, sizes)
    assert [i for r in ranges for i in r] == list(range(len(docs)))
    for r in ranges:
        assert len(r) <= chunks.MAX_DOCUMENTS
        assert sum(sizes[i] for i in r[:-1]) < chunks.MAX_BYTES  # only its last document crosses the cap
        assert all(not ends_chunk(docs[i]) for i in r[:-1])


def test_an_unhashable_file_never_ends_a_chunk():
    assert not ends_chunk(None)
    assert ends_chunk("0" * 64) and not ends_chunk("0" * 7 + "1" + "0" * 56)


# --- The hash index -----------------------------------------------------------------------------------


def stat_of(path: Path) -> os.stat_result:
    return path.lstat()


def test_the_index_remembers_hashes_until_a_file_changes(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_bytes(b"Thu nhap 49,26 trieu dong")
    old = time.time_ns() - 10 * 10**9
    os.utime(doc, ns=(old, old))
    cache = tmp_path / "cache"
    cache.mkdir()
    first = HashIndex(cache)
    assert first.sha256(doc.name, doc, stat_of(doc)) == hashlib.sha256(doc.read_bytes()).hexdigest()
    first.save()

    again = HashIndex(cache)
    assert again.sha256(doc.name, doc, stat_of(doc)) == hashlib.sha256(doc.read_bytes()).hexdigest()
    assert again.hashed == 0  # from the index: the file was not read
    again.save()

    # Same size, mtime put back: only the ctime (which utime cannot set) shows the change.
    doc.write_bytes(b"Thu nhap 59,26 trieu dong")
    os.utime(doc, ns=(old, old))
    changed = HashIndex(cache)
    assert (
        changed.sha256(doc.name, doc, stat_of(doc))
        == hashlib.sha256(b"Thu nhap 59,26 trieu dong").hexdigest()
    )
    assert changed.hashed == 1


def test_a_file_written_just_before_the_index_was_saved_is_hashed_again(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_bytes(b"PCI 15/63")  # mtime: now, within the racy window of the save below
    cache = tmp_path / "cache"
    cache.mkdir()
    index = HashIndex(cache)
    index.sha256(doc.name, doc, stat_of(doc))
    index.save()
    later = HashIndex(cache)
    later.sha256(doc.name, doc, stat_of(doc))
    assert later.hashed == 1


def test_a_torn_index_is_only_a_miss(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_bytes(b"PGI 2")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "hash-index.pickle").write_bytes(b"\x80\x05garbage")
    index = HashIndex(cache)
    assert index.sha256(doc.name, doc, stat_of(doc)) == hashlib.sha256(b"PGI 2").hexdigest()


def test_the_code_fingerprint_covers_the_subpackages_modules(tmp_path, monkeypatch):
    """A change to a reader (etl/readers/) must make cached results stale, as a change to etl/*.py does."""
    from etl import cache

    (tmp_path / "readers").mkdir()
    (tmp_path / "extract.py").write_text("RULES = 1\n")
    reader = tmp_path / "readers" / "pdf.py"
    reader.write_text("MAX_PDF_PAGES = 2000\n")
    monkeypatch.setattr(cache, "__file__", str(tmp_path / "cache.py"))
    before = cache.code_fingerprint()
    reader.write_text("MAX_PDF_PAGES = 20\n")
    assert cache.code_fingerprint() != before


# --- Whole runs ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pool():
    return load_pool()


@pytest.fixture
def generated(tmp_path, pool):
    """About 190 generated articles (several chunks), none in the manifest, written a minute ago (a
    file the index sees written within its clock tick is hashed again, see test above)."""
    corpus = write_corpus(tmp_path / "raw", 1024 * 1024, seed=3, pool=pool)
    past = time.time_ns() - 60 * 10**9
    for path in corpus.directory.iterdir():
        os.utime(path, ns=(past, past))
    return corpus


def tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_a_rerun_after_adding_a_document_reuses_the_other_chunks_and_writes_the_same_bytes(
    tmp_path, generated, pool
):
    cached_out, cache = tmp_path / "cached" / "processed", tmp_path / "cached" / ".etl-cache"
    first = run(generated.directory, cached_out, progress=False, cache_dir=cache)
    assert first.reused == 0 and first.documents == generated.files
    n_chunks = len(list((cache / CHUNKS_DIR).iterdir()))
    assert n_chunks >= 2

    added = add_document(generated, seed=9, pool=pool)
    second = run(generated.directory, cached_out, progress=False, cache_dir=cache)
    assert second.documents == generated.files + 1
    # Only the new document's chunk was built again; every other document came with its chunk.
    assert second.documents - second.reused == chunk_holding(generated.directory, added.name)
    assert second.hashed == 1  # and only the new file was read to hash it

    fresh_out = tmp_path / "fresh" / "processed"
    run(generated.directory, fresh_out, progress=False, cache_dir=None)
    assert tables(cached_out) == tables(fresh_out)


def test_two_workers_from_the_cache_write_what_one_writes_from_scratch(tmp_path, generated, pool):
    out, cache = tmp_path / "two" / "processed", tmp_path / "two" / ".etl-cache"
    run(generated.directory, out, workers=2, progress=False, cache_dir=cache)
    add_document(generated, seed=11, pool=pool)
    (generated.directory / "gen_0000007.txt").unlink()  # and one removed
    report = run(generated.directory, out, workers=2, progress=False, cache_dir=cache)
    assert 0 < report.reused < report.documents
    fresh_out = tmp_path / "one" / "processed"
    run(generated.directory, fresh_out, workers=1, progress=False, cache_dir=None)
    assert tables(out) == tables(fresh_out)


def test_a_chunk_that_fails_its_checks_is_not_cached_and_fails_every_run(tmp_path, generated, monkeypatch):
    import etl.assemble as assemble

    original = assemble.check_table

    def one_document_breaks_a_rule(name, table, indicators=None):
        problems = original(name, table, indicators)
        if name == "documents" and "gen_0000003" in table["source_id"].to_pylist():
            problems.append("a rule broken on purpose by the test")
        return problems

    monkeypatch.setattr(assemble, "check_table", one_document_breaks_a_rule)
    out, cache = tmp_path / "processed", tmp_path / ".etl-cache"
    for _ in range(2):  # the second run must not take the broken chunk from the cache unchecked
        with pytest.raises(EtlError, match="a rule broken on purpose"):
            run(generated.directory, out, progress=False, cache_dir=cache)
    assert not out.exists()


def test_a_file_changed_while_the_run_reads_it_is_used_as_read_and_not_cached(
    tmp_path, generated, monkeypatch
):
    import etl.pipeline as pipeline

    target = generated.directory / "gen_0000004.txt"
    new_text = "Tin sửa\n\nNăm 2024, chỉ số PCI của tỉnh xếp thứ 12/63.\n"
    original = pipeline.plan_jobs

    def jobs_then_edit(*args):
        planned = original(*args)  # hashed now...
        target.write_text(new_text, encoding="utf-8")  # ... changed before the worker reads it
        return planned

    monkeypatch.setattr(pipeline, "plan_jobs", jobs_then_edit)
    out, cache = tmp_path / "processed", tmp_path / ".etl-cache"
    report = run(generated.directory, out, progress=False, cache_dir=cache)
    assert any("gen_0000004.txt: changed while this run read it" in w for w in report.warnings)
    sources = read_dataset(out).sources.set_index("file_name")
    assert sources.loc["gen_0000004.txt", "sha256"] == hashlib.sha256(new_text.encode()).hexdigest()

    monkeypatch.setattr(pipeline, "plan_jobs", original)
    again = run(generated.directory, out, progress=False, cache_dir=cache)
    assert not any("changed while" in w for w in again.warnings)
    fresh_out = tmp_path / "fresh" / "processed"
    run(generated.directory, fresh_out, progress=False, cache_dir=None)
    assert tables(out) == tables(fresh_out)


def test_a_cache_that_cannot_be_written_only_slows_the_run(tmp_path, generated, monkeypatch):
    import etl.cache

    class DiskFull:  # the cache module's view of `os`: every rename fails, as on a full disk
        def __getattr__(self, name):
            return getattr(os, name)

        @staticmethod
        def replace(src, dst):
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(etl.cache, "os", DiskFull())
    out, cache = tmp_path / "processed", tmp_path / ".etl-cache"
    first = run(generated.directory, out, progress=False, cache_dir=cache)
    second = run(generated.directory, out, progress=False, cache_dir=cache)
    assert first.documents == second.documents == generated.files and second.reused == 0
    assert not [p for p in cache.rglob("*") if p.is_file()]  # no temporary files left behind


def test_a_damaged_chunk_in_the_cache_is_rebuilt(tmp_path, generated):
    out, cache = tmp_path / "processed", tmp_path / ".etl-cache"
    run(generated.directory, out, progress=False, cache_dir=cache)
    before = tables(out)
    damaged = sorted((cache / CHUNKS_DIR).iterdir())[0]
    damaged.write_bytes(damaged.read_bytes()[:100])  # torn
    report = run(generated.directory, out, progress=False, cache_dir=cache)
    assert report.reused < report.documents
    assert tables(out) == before
    assert run(generated.directory, out, progress=False, cache_dir=cache).reused == report.documents


def test_a_chunk_with_an_unreadable_document_is_not_cached(tmp_path, generated):
    out, cache = tmp_path / "processed", tmp_path / ".etl-cache"
    broken = generated.directory / "gen_0000005.txt"
    broken.write_bytes(b"\x00\x01\x02binary\x03" * 50)
    first = run(generated.directory, out, keep_going=True, progress=False, cache_dir=cache)
    assert [name for name, _ in first.skipped] == [broken.name]
    second = run(generated.directory, out, keep_going=True, progress=False, cache_dir=cache)
    assert [name for name, _ in second.skipped] == [broken.name]  # reported again, not forgotten
    # Its readable neighbours in the chunk are rebuilt each run; every other chunk is reused.
    assert second.reused == second.documents - (chunk_holding(generated.directory, broken.name) - 1)


def chunk_holding(raw: Path, name: str) -> int:
    """How many documents share the chunk of document `name` (computed from the files themselves)."""
    names = document_names(raw)
    shas = [hashlib.sha256((raw / n).read_bytes()).hexdigest() for n in names]
    return next(
        len(r) for r in plan_chunks(shas, [(raw / n).stat().st_size for n in names]) if names.index(name) in r
    )


def test_the_cache_keeps_only_the_chunks_of_the_last_run(tmp_path, generated):
    out, cache = tmp_path / "processed", tmp_path / ".etl-cache"
    run(generated.directory, out, progress=False, cache_dir=cache)
    before = {p.name for p in (cache / CHUNKS_DIR).iterdir()}
    shutil.copy(generated.directory / "gen_0000001.txt", generated.directory / "gen_0000001b.txt")
    run(generated.directory, out, progress=False, cache_dir=cache)
    after = {p.name for p in (cache / CHUNKS_DIR).iterdir()}
    assert len(before - after) >= 1 and len(after - before) >= 1  # the changed chunk was replaced


# --- Row groups -----------------------------------------------------------------------------------------


@given(st.lists(st.integers(0, 50), max_size=60), st.lists(st.integers(1, 20), max_size=10), st.booleans())
@settings(max_examples=100)
def test_row_groups_do_not_depend_on_how_the_rows_are_handed_in(tmp_path_factory, lengths, pieces, by_weight):
    """The same rows, written whole or in any pieces, give the same row groups (and the same bytes)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from etl.assemble import _text_length
    from etl.publish import RowGroupWriter

    table = pa.table(
        {"source_id": [f"d{i}" for i in range(len(lengths))], "text": ["x" * n for n in lengths]}
    )
    folder = tmp_path_factory.mktemp("groups")

    def written(splits: list[int], name: str) -> bytes:
        path = folder / name
        writer = RowGroupWriter(pq.ParquetWriter(path, table.schema), 40, _text_length if by_weight else None)
        start = 0
        for size in [*splits, table.num_rows]:
            writer.write(table.slice(start, size))
            start += size
        writer.close()
        groups = pq.ParquetFile(path).metadata
        sizes = [groups.row_group(i).num_rows for i in range(groups.num_row_groups)]
        if not by_weight:
            assert all(n == 40 for n in sizes[:-1])
        return path.read_bytes()

    assert written(pieces, "pieces.parquet") == written([], "whole.parquet")
