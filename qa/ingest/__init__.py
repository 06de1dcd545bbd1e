"""Ingest: read a PDF or text file into a `Document` with normalised text.

The normalised text is the text of record: every offset, line and page in the
index refers to it. Normalisation keeps lines where they are (so a line
number in a .txt citation is the line a person sees in the file); joining
words hyphenated over a line end happens only in the search text (chunk.py).
Bad input raises `IngestError` with a reason a person can act on.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
import re
import stat
import unicodedata
from pathlib import Path

from ..meta import citation_title, parse_meta
from ..models import Document
from .errors import IngestError, short as _short
from .limits import ChildUnavailable, run_limited

SUPPORTED = {".pdf", ".txt", ".md"}
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
MAX_PDF_PAGES = 5000
# A line this long is not a document a person reads (a text export without
# line breaks, a data dump): it would cost hours of fact parsing and embedding.
MAX_LINE_CHARS = 1_000_000
# Per-file budget for parsing a PDF, enforced in a child process: one hostile
# PDF (a decompression bomb, a page tree that never ends) cannot hang or
# exhaust the indexing run. QA_PDF_TIMEOUT / QA_PDF_MEMORY_MB override them.
PDF_TIMEOUT_S = float(os.environ.get("QA_PDF_TIMEOUT", "180"))
PDF_MEMORY_MB = int(os.environ.get("QA_PDF_MEMORY_MB", "2048"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u200b\u200c\u200d\u2060\ufeff]")


# a footnote mark after a number or a word ('2023-2024¹', 'ICT²'); a unit of one or two letters keeps its power
_MARK_AFTER_DIGIT = re.compile(r"(?<=[\d€%])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"
                               r"|(?:(?<=[^\W\d_]{3})|(?<=\)))[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+(?![^\W\d_])")
_BROKEN_WORD = re.compile(r"(?<=\w) ?\u2010(?=\n)")


def normalise(text: str) -> str:
    """NFKC (ligatures, non-breaking spaces), no soft hyphens or control chars.

    Newlines and form feeds (page marks) are kept exactly, so line numbers
    survive normalisation.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _MARK_AFTER_DIGIT.sub("", text)  # '2023-2024¹', 'ICT²': a footnote mark, not a digit ('m²' keeps its)
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u00ad", "").replace("\u2028", "\n").replace("\u2029", "\n")
    # a word broken at the line's end with U+2010, which pypdf prints after a space ('Uitvoerings \u2010' /
    # 'graad'): the plain hyphen the readers join on
    text = _BROKEN_WORD.sub("-", text).replace("\u2010", "-")
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
        bom_less = _utf16_without_bom(data)
        if bom_less is not None:
            return bom_less, "decoded as UTF-16 (no byte order mark)"
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


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a byte order mark: every other byte of ASCII-range text is NUL."""
    sample = data[:65536]
    if len(sample) < 4 or len(data) % 2:
        return None
    for codec, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) / len(zeros) > 0.9:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                return None
    return None


def read_pdf(path: Path) -> tuple[list[str], list[str], list]:
    """Text of each page of a PDF, via pypdf, in this process. Returns (pages, warnings, word boxes)."""
    return read_pdf_bytes(Path(path).read_bytes())


def read_pdf_bytes(data: bytes) -> tuple[list[str], list[str], list]:
    """Text (pypdf) and word boxes (pdfium) of each page of the PDF in `data`.

    No time or memory limit: see `read_pdf_limited`.
    """
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    warnings: list[str] = []
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
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
        raise IngestError(f"corrupt or truncated PDF ({type(exc).__name__}: {_short(exc)})") from exc
    except MemoryError:
        raise
    except Exception as exc:
        raise IngestError(f"unreadable PDF ({type(exc).__name__}: {_short(exc)})") from exc
    if n == 0:
        raise IngestError("PDF has no pages")
    if n > MAX_PDF_PAGES:
        raise IngestError(f"PDF has {n} pages, more than the limit of {MAX_PDF_PAGES}")
    pages: list[str] = []
    bad = 0
    for i in range(n):
        try:
            pages.append(reader.pages[i].extract_text() or "")
        except MemoryError:
            raise
        except Exception:  # one broken page must not lose the others (RecursionError included)
            bad += 1
            pages.append("")
    if bad:
        warnings.append(f"{bad} page(s) could not be read")
    if sum(len(p.strip()) for p in pages) < 20:
        raise IngestError("no text layer — scanned? (PDF pages contain no extractable text)")
    try:
        from .pdfwords import pdf_words

        words = pdf_words(data, n)
    except MemoryError:
        raise
    except Exception as exc:  # tables are then read from the text alone
        words = []
        warnings.append(f"word positions unavailable, tables read from text only ({type(exc).__name__})")
    return pages, warnings, words


def load_document(path: Path, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one file into a Document, or raise IngestError naming the problem.

    The bytes are read once: the hash, the text and the pages all come from the
    same read, even if the file changes on disk meanwhile. PDFs are parsed in
    a child process under PDF_TIMEOUT_S and PDF_MEMORY_MB.
    """
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        raise IngestError(f"unsupported file type '{ext or 'none'}' (supported: .pdf, .txt, .md)")
    data = read_regular_file(path, max_bytes)
    if not data:
        raise IngestError("empty file (0 bytes)")
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    words: list = []
    if ext == ".pdf":
        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise IngestError("not a PDF (no %PDF header)")
        raw_pages, warnings, words = read_pdf_limited(data)
        pages = [normalise(p).replace("\f", "\n") for p in raw_pages]
    else:
        text, warning = decode_text(data)
        if warning:
            warnings.append(warning)
        pages = normalise(text).split("\f")
    text, page_starts = join_pages(pages)
    if not text.strip():
        raise IngestError("no text (file contains only whitespace)")
    longest = _longest_line(text)
    if longest > MAX_LINE_CHARS:
        raise IngestError(f"one line of {longest:,} characters, over the limit of {MAX_LINE_CHARS:,} "
                          "(a text without line breaks?); add line breaks to index it")
    if ext != ".pdf" and len(pages) == 1:
        page_starts = []
    meta = parse_meta(text)
    return Document(doc=rel, sha256=sha, text=text, page_starts=page_starts, meta=meta,
                    title=citation_title(meta, rel), warnings=warnings, words=words)


def _longest_line(text: str) -> int:
    longest, pos = 0, 0
    while True:
        nxt = text.find("\n", pos)
        end = len(text) if nxt == -1 else nxt
        longest = max(longest, end - pos)
        if nxt == -1:
            return longest
        pos = nxt + 1


_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def _open_regular(path: Path) -> tuple[int, os.stat_result]:
    """Open a file for reading without blocking; only regular files are accepted.

    O_NONBLOCK keeps a FIFO from hanging the open; fstat on the opened
    descriptor checks the file that was actually opened (no race with a swap).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise IngestError(f"cannot read file ({exc.strerror or exc})") from exc
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
        raise IngestError(f"not a regular file ({kind})")
    return fd, st


def read_regular_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a regular file up to max_bytes, or IngestError naming the problem."""
    fd, st = _open_regular(path)
    try:
        if st.st_size > max_bytes:
            raise IngestError(f"file is {st.st_size / 1e6:.1f} MB, over the size limit of {max_bytes / 1e6:.0f} MB")
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise IngestError(f"cannot read file ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # grew while we read it
        raise IngestError(f"file is over the size limit of {max_bytes / 1e6:.0f} MB")
    return data


def read_pdf_limited(data: bytes) -> tuple[list[str], list[str], list]:
    """read_pdf_bytes in a child process under PDF_TIMEOUT_S and PDF_MEMORY_MB."""
    try:
        return run_limited(read_pdf_bytes, data, timeout_s=PDF_TIMEOUT_S, memory_mb=PDF_MEMORY_MB,
                           what="reading the PDF")
    except ChildUnavailable:
        logging.getLogger(__name__).warning("no child process for PDF parsing; parsing in-process without limits")
        return read_pdf_bytes(data)


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
    """Content hash used for incremental indexing (file times are not trusted).

    Only regular files are read (a FIFO would block forever); other entries
    raise IngestError.
    """
    fd, _ = _open_regular(path)
    h = hashlib.sha256()
    try:
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    finally:
        os.close(fd)
    return h.hexdigest()
