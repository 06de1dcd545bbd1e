"""Files the UI handles: uploads into the corpus and the PDF page a citation comes from."""

from __future__ import annotations

import io
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .strings import t

UPLOAD_TYPES = (".pdf", ".txt")
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # same as the indexer's default limit


# -- uploads ---------------------------------------------------------------
class UploadError(Exception):
    """An upload that was not added; str(error) is the reason shown to the user."""


@dataclass
class Saved:
    name: str  # file name inside the corpus
    status: str  # "saved", "same_file" or "same_content"
    other: str = ""  # for same_content: the document that already holds these bytes


def safe_filename(name: str, lang: str = "nl") -> str:
    """A file name that is safe to create inside the corpus: no folders, no dots in front, ASCII, .pdf/.txt."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    stem, dot, ext = base.rpartition(".")
    ext = (dot + ext).lower() if dot else ""
    if ext not in UPLOAD_TYPES:
        raise UploadError(t("bad_type", lang))
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem)
    stem = re.sub(r"[._-]{2,}", "_", stem).strip("._-")[:100] or "document"
    return stem + ext


def save_upload(name: str, data: bytes, corpus: Path, known: dict[str, str] | None = None,
                max_bytes: int = MAX_UPLOAD_BYTES, lang: str = "nl") -> Saved:
    """Check an uploaded file and store it in `corpus`, or raise UploadError saying why not.

    The file must be readable by the indexer (qa.ingest.load_document) before it
    is stored; an existing document with the same name is never overwritten.
    `known` maps documents already indexed to their sha256, to spot duplicates.
    """
    from ..ingest import IngestError, load_document

    safe = safe_filename(name, lang)
    if len(data) > max_bytes:
        raise UploadError(t("too_big", lang, mb=len(data) / 1e6, limit=round(max_bytes / 1e6)))
    corpus.mkdir(parents=True, exist_ok=True)
    target = corpus / safe
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / safe
        probe.write_bytes(data)
        try:
            doc = load_document(probe, Path(tmp), max_bytes=max_bytes)
        except IngestError as exc:
            raise UploadError(str(exc)) from exc
    if target.exists():
        from ..ingest import file_sha256

        if file_sha256(target) == doc.sha256:
            return Saved(safe, "same_file")
        raise UploadError(t("exists_different", lang, name=safe))
    other = next((d for d, sha in (known or {}).items() if sha == doc.sha256), None)
    if other:
        return Saved(safe, "same_content", other)
    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", dir=corpus)  # dot file: the indexer ignores it
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.link(tmp_name, target)  # fails instead of overwriting a file that appeared meanwhile
        except FileExistsError as exc:
            raise UploadError(t("exists_different", lang, name=safe)) from exc
    finally:
        os.unlink(tmp_name)
    return Saved(safe, "saved")


# -- PDF page view ---------------------------------------------------------
def source_pdf(corpus: str | Path | None, doc: str) -> Path | None:
    """The PDF a citation comes from, when it is a PDF that still exists inside the corpus folder."""
    if not corpus or not doc.lower().endswith(".pdf"):
        return None
    root = Path(corpus).resolve()
    path = (root / doc).resolve()
    return path if path.is_file() and path.is_relative_to(root) else None


def page_png(pdf: Path, page: int, quote: str, scale: float = 1.6) -> bytes | None:
    """PNG of one PDF page with the quote's lines boxed in yellow; None when the page cannot be rendered."""
    import pypdfium2 as pdfium
    from PIL import ImageDraw

    try:
        document = pdfium.PdfDocument(str(pdf))
    except Exception:
        return None
    try:
        if not 1 <= page <= len(document):
            return None
        pdf_page = document[page - 1]
        image = pdf_page.render(scale=scale).to_pil().convert("RGB")
        height = pdf_page.get_height()
        overlay = image.copy()
        draw = ImageDraw.Draw(overlay)
        boxes = [(left * scale - 2, (height - top) * scale - 2, right * scale + 2, (height - bottom) * scale + 2)
                 for left, bottom, right, top in quote_rects(pdf_page, quote)]
        for box in boxes:
            draw.rectangle(box, fill=(255, 212, 59))
        from PIL import Image

        image = Image.blend(image, overlay, 0.6)
        if boxes:  # the marked band with some context, not a whole page to scroll through
            margin = 40 * scale
            top = max(0, min(b[1] for b in boxes) - 4 * margin)
            bottom = min(image.height, max(b[3] for b in boxes) + 4 * margin)
            image = image.crop((0, int(top), image.width, int(bottom)))
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        return buf.getvalue()
    except Exception:  # a page that does not render is not worth an error in the answer
        return None
    finally:
        document.close()


def quote_rects(pdf_page, quote: str) -> list[tuple[float, float, float, float]]:
    """PDF rectangles of the quote's lines on a page, found line by line in reading order."""
    textpage = pdf_page.get_textpage()
    rects = []
    after = 0
    for line in quote.splitlines():
        needle = " ".join(line.split())
        if len(needle) < 3:
            continue
        searcher = textpage.search(needle[:80], index=after, match_case=False)
        found = searcher.get_next()
        if not found:
            continue
        start, count = found
        after = start + count
        for i in range(textpage.count_rects(start, count)):
            rects.append(textpage.get_rect(i))
    return rects
