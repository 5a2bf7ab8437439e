"""The manifest beside the raw documents: what each document is, and proof its bytes have not changed."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.datelines import date_line, month_line
from etl.yaml_text import YAMLError, safe_load

MANIFEST_NAME = "manifest.yaml"
_REQUIRED = ("id", "file", "title", "sha256")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ManifestError(ValueError):
    """The manifest itself is unreadable or breaks its schema."""


@dataclass(frozen=True)
class SourceInfo:
    source_id: str
    file_name: str
    kind: str
    title: str
    title_inferred: bool
    publisher: str | None
    publisher_note: str | None
    published: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    date_inferred: bool
    note: str | None
    link: str | None
    related_links: tuple[str, ...]
    sha256: str
    in_manifest: bool

    def doc_date(self) -> tuple[date | None, bool]:
        """The date relative periods are measured from, and whether it is less than certain."""
        if not self.published:
            return None, False
        y, m, d = _DATE.match(self.published).groups()
        precise = d is not None
        return date(int(y), int(m or 1), int(d or 1)), self.date_inferred or not precise


def is_valid_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists ("2023-02-30" does not)."""
    m = _DATE.match(text)
    if not m:
        return False
    y, mo, d = m.groups()
    try:
        date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return False
    return True


UPLOAD_PREFIX = "upload-"  # the Add documents page names the files it stores upload-<hash>.<suffix>


def upload_file_name(sha256: str, suffix: str) -> str:
    """The name a document added through the dashboard is stored under: from its content, never the upload."""
    return f"{UPLOAD_PREFIX}{sha256[:16]}{suffix.lower()}"


def is_orphan_upload(name: str, manifest: dict) -> bool:
    """A file (by name) the Add documents page stored but never listed: an add that was interrupted."""
    return name.startswith(UPLOAD_PREFIX) and name not in manifest


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path) -> str:
    """The sha256 of a file, read in chunks: never more than a buffer of it in memory."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _http_or_none(value, where: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not re.match(r"^https?://\S+$", value):
        raise ManifestError(f"{where}: link must be an http(s) URL, got {value!r}")
    return value


def load_manifest(raw_dir: Path) -> dict[str, dict]:
    """Manifest entries keyed by file name ({} when there is no manifest)."""
    path = Path(raw_dir) / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        raw = safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, YAMLError) as exc:
        raise ManifestError(f"{path}: cannot be read as YAML ({exc})") from exc
    entries: dict[str, dict] = {}
    ids = set()
    for i, entry in enumerate(raw.get("documents") or []):
        where = f"{MANIFEST_NAME}: entry {i + 1}"
        if not isinstance(entry, dict):
            raise ManifestError(f"{where}: must be a mapping")
        missing = [k for k in _REQUIRED if not entry.get(k)]
        if missing:
            raise ManifestError(f"{where}: missing {', '.join(missing)}")
        if not re.fullmatch(r"[0-9a-f]{64}", str(entry["sha256"])):
            raise ManifestError(f"{where}: sha256 must be 64 lower-case hex digits")
        if entry.get("published") is not None and not is_valid_date(str(entry["published"])):
            raise ManifestError(
                f"{where}: published must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, "
                f"got {entry['published']!r}"
            )
        if entry["id"] in ids or entry["file"] in entries:
            raise ManifestError(f"{where}: duplicate id or file")
        if "/" in entry["file"] or "\\" in entry["file"] or entry["file"].startswith("."):
            raise ManifestError(f"{where}: file must be a plain file name inside the raw directory")
        _http_or_none(entry.get("link"), where)
        for link in entry.get("related_links") or []:
            _http_or_none(link, where)
        ids.add(entry["id"])
        entries[entry["file"]] = entry
    return entries


def source_from_entry(entry: dict, sha256: str) -> SourceInfo:
    published = entry.get("published")
    return SourceInfo(
        source_id=str(entry["id"]),
        file_name=entry["file"],
        kind=entry.get("kind") or "document",
        title=str(entry["title"]).strip(),
        title_inferred=bool(entry.get("title_inferred", False)),
        publisher=entry.get("publisher"),
        publisher_note=entry.get("publisher_note"),
        published=str(published) if published is not None else None,
        date_inferred=bool(entry.get("date_inferred", False)),
        note=entry.get("note"),
        link=entry.get("link") or None,
        related_links=tuple(entry.get("related_links") or ()),
        sha256=sha256,
        in_manifest=True,
    )


_CREDIT = re.compile(r"^(?:Theo|Nguồn:?)\s+(?P<who>[^\n]{2,60}?)\s*$", re.MULTILINE)


def infer_source(file_name: str, text: str, title_hint: str | None, sha256: str) -> SourceInfo:
    """Metadata for a document the manifest does not list, read off its text and marked inferred."""
    stem = re.sub(r"[^0-9A-Za-z_-]+", "_", Path(file_name).stem).strip("_") or "document"
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), stem)
    title = (title_hint or first_line)[:200]
    credit = _CREDIT.search(text[-400:]) if text else None
    printed = date_line(text)
    published = printed.isoformat() if printed else month_line(text)
    return SourceInfo(
        source_id=stem,
        file_name=file_name,
        kind="document",
        title=title,
        title_inferred=True,
        publisher=credit["who"] if credit else None,
        publisher_note="Inferred from the credit line at the end of the text." if credit else None,
        published=published,
        date_inferred=False,  # printed by the document itself (its date line), or not known
        note="Not listed in manifest.yaml: metadata inferred from the text.",
        link=None,
        related_links=(),
        sha256=sha256,
        in_manifest=False,
    )
