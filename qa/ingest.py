"""Ingest: read a PDF or text file into a `Document` with normalised text.

The normalised text is the text of record: every offset, line and page in the
index refers to it. Normalisation keeps lines where they are (so a line
number in a .txt citation is the line a person sees in the file); joining
words hyphenated over a line end happens only in the search text (chunk.py).
Bad input raises `IngestError` with a reason a person can act on.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from pathlib import Path

from .meta import citation_title, parse_meta
from .models import Document

SUPPORTED = {".pdf", ".txt", ".md"}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_PDF_PAGES = 5000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff]")


class IngestError(Exception):
    """A file that cannot be indexed; str(error) is the reason shown to users."""


def normalise(text: str) -> str:
    """NFKC (ligatures, non-breaking spaces), no soft hyphens or control chars.

    Newlines and form feeds (page marks) are kept exactly, so line numbers
    survive normalisation.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _CONTROL.sub("", text)
    return text.replace("\t", " ")


def decode_text(data: bytes) -> tuple[str, str | None]:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 by BOM, else cp1252.

    Returns (text, warning). Binary data raises IngestError rather than being
    indexed as garbage.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "decoded as UTF-16 (byte order mark)"
        except UnicodeDecodeError as exc:
            raise IngestError(f"invalid UTF-16 text: {exc.reason}") from exc
    if b"\x00" in data[:65536]:
        raise IngestError("binary data, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
        warning = None
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        warning = "not valid UTF-8; decoded as Windows-1252 (cp1252)"
    sample = text[:65536]
    if sample:
        odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
        if odd / len(sample) > 0.05:
            raise IngestError("binary data, not text (too many control or undecodable bytes)")
    return text, warning


def read_pdf(path: Path) -> tuple[list[str], list[str]]:
    """Text of each page of a PDF, via pypdf. Returns (pages, warnings)."""
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    warnings: list[str] = []
    try:
        reader = pypdf.PdfReader(str(path), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # pypdf raises several types for bad crypto
                raise IngestError(f"encrypted PDF that cannot be opened ({exc})") from exc
            if not ok:
                raise IngestError("encrypted PDF: a password is required")
            warnings.append("encrypted PDF opened with the empty password")
        n = len(reader.pages)
    except IngestError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise IngestError(f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:
        raise IngestError(f"unreadable PDF ({type(exc).__name__}: {exc})") from exc
    if n == 0:
        raise IngestError("PDF has no pages")
    if n > MAX_PDF_PAGES:
        raise IngestError(f"PDF has {n} pages, more than the limit of {MAX_PDF_PAGES}")
    pages: list[str] = []
    bad = 0
    for i in range(n):
        try:
            pages.append(reader.pages[i].extract_text() or "")
        except Exception:  # one broken page must not lose the others
            bad += 1
            pages.append("")
    if bad:
        warnings.append(f"{bad} page(s) could not be read")
    if sum(len(p.strip()) for p in pages) < 20:
        raise IngestError("no text layer — scanned? (PDF pages contain no extractable text)")
    return pages, warnings


def load_document(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document, or raise IngestError naming the problem."""
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        raise IngestError(f"unsupported file type '{ext or 'none'}' (supported: .pdf, .txt, .md)")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"file is {size / 1e6:.1f} MB, over the size limit of {max_bytes / 1e6:.0f} MB")
        if size == 0:
            raise IngestError("empty file (0 bytes)")
        data = path.read_bytes()
    except IngestError:
        raise
    except OSError as exc:
        raise IngestError(f"cannot read file ({exc.strerror or exc})") from exc
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    if ext == ".pdf":
        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise IngestError("not a PDF (no %PDF header)")
        raw_pages, warnings = read_pdf(path)
        pages = [normalise(p).replace("\f", "\n") for p in raw_pages]
    else:
        text, warning = decode_text(data)
        if warning:
            warnings.append(warning)
        pages = normalise(text).split("\f")
    text, page_starts = join_pages(pages)
    if not text.strip():
        raise IngestError("no text (file contains only whitespace)")
    if ext != ".pdf" and len(pages) == 1:
        page_starts = []
    meta = parse_meta(text)
    return Document(doc=rel, sha256=sha, text=text, page_starts=page_starts, meta=meta,
                    title=citation_title(meta, rel), warnings=warnings)


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """Join page texts with form feeds; each page ends with a newline."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for i, page in enumerate(pages):
        if i:
            parts.append("\f")
            pos += 1
        if page and not page.endswith("\n"):
            page += "\n"
        starts.append(pos)
        parts.append(page)
        pos += len(page)
    return "".join(parts), starts


def file_sha256(path: Path) -> str:
    """Content hash used for incremental indexing (file times are not trusted)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
