"""What a re-run reuses: file hashes remembered by stat, per-document results, and whole chunks.

Everything lives under one cache directory (`<out>/../.etl-cache` from the command line) and is keyed
by content: a document's results by the sha256 of its bytes, its manifest entry, its file name and the
code's fingerprint; a chunk's tables by the keys of its documents. A stale or torn cache file is only
a miss. The hash index is the one shortcut: like git's index, it trusts a file's remembered sha256
while its size, mtime, ctime and inode are all unchanged, so an unchanged archive is not read again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import stat
import time
from pathlib import Path

from etl.catalog import catalog_path
from etl.manifest import sha256_file

INDEX_FILE = "hash-index.pickle"
INDEX_VERSION = 2
CHUNKS_DIR = "chunks"
DOCUMENT_PREFIX = "doc-"
# A file modified less than this long before the run that hashed it began may be modified again within
# the same clock tick without changing its stamp ("racy git"): its hash is not trusted next time.
RACY_NS = 2_000_000_000
_UNREADABLE = (
    pickle.UnpicklingError,
    EOFError,
    AttributeError,
    ValueError,
    TypeError,
    IndexError,
    ImportError,
)


def code_fingerprint() -> str:
    """Changes whenever the extraction code or the catalog does: cached results are then stale."""
    digest = hashlib.sha256()
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):  # the subpackages' modules too (etl/readers/)
        digest.update(path.relative_to(package).as_posix().encode() + path.read_bytes())
    path = catalog_path()
    digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def document_key(sha: str, name: str, entry: dict | None, fingerprint: str) -> str:
    """A document's results are reused when its bytes, name, manifest entry and the code are unchanged."""
    key = hashlib.sha256(bytes.fromhex(sha))
    key.update(b"null" if entry is None else json.dumps(entry, sort_keys=True, default=str).encode())
    key.update(fingerprint.encode() + name.encode())
    return key.hexdigest()


def chunk_key(document_keys: list[str]) -> str:
    """A chunk is reused when it holds the same documents, each with the same key, in the same order."""
    return hashlib.sha256("\n".join(document_keys).encode()).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    """Write-then-rename, best effort: a cache that cannot be written (disk full, read-only) only
    makes the next run slower, so the run goes on without it."""
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def _load(path: Path):
    try:
        return pickle.loads(path.read_bytes())
    except OSError:
        return None
    except _UNREADABLE:
        path.unlink(missing_ok=True)  # torn or from another version of the code: a miss
        return None


class ResultCache:
    """Pickled results under a directory, one file per key; `put` is atomic (write, then rename)."""

    def __init__(self, directory: Path, prefix: str = ""):
        self.directory = Path(directory)
        self.prefix = prefix

    def path(self, key: str) -> Path:
        return self.directory / f"{self.prefix}{key}.pickle"

    def get(self, key: str):
        return _load(self.path(key))

    def put(self, key: str, value) -> None:
        _atomic_write(self.path(key), pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def keep_only(self, keys: set[str]) -> None:
        """Remove every entry but `keys`, and any temporary file a killed run left (best effort)."""
        with contextlib.suppress(OSError), os.scandir(self.directory) as entries:
            for entry in entries:
                name = entry.name
                stale_tmp = name.startswith(f".{self.prefix}") and ".tmp" in name
                entry_key = name.removeprefix(self.prefix).removesuffix(".pickle")
                if stale_tmp or (
                    name.startswith(self.prefix) and name.endswith(".pickle") and entry_key not in keys
                ):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)


def _stamp(info: os.stat_result) -> tuple[int, int, int, int]:
    return info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino


class HashIndex:
    """sha256 of the raw files by name, remembered with the stat stamp they had when hashed.

    An entry is trusted next time only if the file's mtime was RACY_NS older than the start of the run
    that hashed it: a file written in the same clock tick as it was hashed could change again without
    changing its stamp. Its ctime (which no program can set back) is part of the stamp too."""

    def __init__(self, cache_dir: Path):
        self.path = Path(cache_dir) / INDEX_FILE
        self._started_ns = time.time_ns()  # before any file is looked at
        saved = _load(self.path)
        valid = isinstance(saved, dict) and saved.get("version") == INDEX_VERSION
        self._old: dict = saved["entries"] if valid and isinstance(saved.get("entries"), dict) else {}
        self._new: dict[str, tuple] = {}
        self.hashed = 0  # files read and hashed by this run (the rest came from the index)

    def sha256(self, name: str, path: str | Path, info: os.stat_result) -> str:
        """The sha256 of file `name` at `path`: remembered if its stamp is unchanged and the entry was
        safe, else computed."""
        stamp = _stamp(info)
        known = self._old.get(name)
        if isinstance(known, tuple) and len(known) == 3 and known[0] == stamp and known[2] is True:
            sha, safe = known[1], True
        else:
            sha = sha256_file(path)
            safe = stamp[1] < self._started_ns - RACY_NS
            self.hashed += 1
        self._new[name] = (stamp, sha, safe)
        return sha

    def save(self) -> None:
        """Keep the files seen by this run only (a removed file's entry goes); best effort."""
        data = {"version": INDEX_VERSION, "entries": self._new}
        _atomic_write(self.path, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def regular_file(path: str | Path, limit: int) -> os.stat_result | None:
    """The stat of a regular file within `limit` bytes; None for anything else, which the reader then
    refuses with its reason (symlink, directory, too large, gone)."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    return info if stat.S_ISREG(info.st_mode) and info.st_size <= limit else None
