"""Chunk a Document into citable passages that never cross a page.

Chunks are built from lines: a chunk ends where a paragraph or sentence ends
once it is long enough, and never runs past MAX_CHARS. Runs of table-like
lines (mostly numbers) are kept together when they fit. A chunk's text is
exactly `doc.text[start:end]`; the text that is embedded adds the title and
the nearest heading and joins words hyphenated over a line end.
"""

from __future__ import annotations

import hashlib
import re

from .models import Chunk, Document

TARGET_CHARS = 500
MAX_CHARS = 1200
MIN_CHARS = 200
_ENUM = re.compile(r"^\s*(?:\d{1,2}[.°)]|[a-z][.)]|[ivx]{1,4}[.)]|[-•–*]\s|\(\w{1,3}\)\s)", re.I)
_NUMERIC_TOKEN = re.compile(r"^[\d.,/%()-]+$")
_HEADING = re.compile(
    r"^\s*(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\.)\s+[A-ZÀ-Ý‘'].{2,100}$"  # 1.3. Budgettair kader
    r"|^\s*[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9 ,.'&()–/-]*[A-ZÀ-Ý]{3}[A-ZÀ-Ý0-9 ,.'&()–/-]*\s[A-ZÀ-Ý0-9 ,.'&()–/-]{3,100}$"
    r"|^\s*(?:Tabel|Table|Figuur|Grafiek|Bijlage|Annex)\s*[\dIVX]*\s*[:.–-]"
)


def _segments(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(start, end) of each line in text[lo:hi], end excluding the newline.

    Over-long lines are cut at spaces so that no segment exceeds MAX_CHARS.
    """
    out: list[tuple[int, int]] = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl == -1 else nl
        while end - pos > MAX_CHARS:
            cut = text.rfind(" ", pos + MAX_CHARS // 2, pos + MAX_CHARS)
            cut = cut + 1 if cut != -1 else pos + MAX_CHARS
            out.append((pos, cut))
            pos = cut
        out.append((pos, end))
        pos = end + 1
    return out


def is_tableish(line: str) -> bool:
    """A line that is mostly numbers: a table row."""
    tokens = line.split()
    if not tokens:
        return False
    numeric = sum(1 for t in tokens if _NUMERIC_TOKEN.match(t) and any(c.isdigit() or c == "/" for c in t))
    return numeric >= 1 and numeric / len(tokens) >= 0.4


def _table_flags(text: str, segs: list[tuple[int, int]]) -> list[bool]:
    """Which segments belong to a table: numeric rows and the short label lines between them."""
    lines = [text[a:b].strip() for a, b in segs]
    numeric = [is_tableish(ln) for ln in lines]
    flags = list(numeric)
    idx = [i for i, f in enumerate(numeric) if f]
    for a, b in zip(idx, idx[1:]):
        gap = lines[a + 1:b]
        labels = [ln for ln in gap if ln]
        if len(labels) <= 5 and all(len(ln) < 45 and not ln.endswith((".", "?", "!")) and not _HEADING.match(ln)
                                    for ln in labels):
            for i in range(a + 1, b):
                flags[i] = True
    return flags


def _break_score(text: str, segs: list[tuple[int, int]], j: int, table: list[bool]) -> int:
    """How good a place the end of segment j is to end a chunk (0 = bad, 3 = paragraph end)."""
    line = text[segs[j][0]:segs[j][1]].strip()
    k = j + 1
    while k < len(segs) and not text[segs[k][0]:segs[k][1]].strip():
        k += 1
    if k >= len(segs):
        return 3
    if table[j] and table[k]:
        return 0
    nxt_line = text[segs[k][0]:segs[k][1]]
    if _HEADING.match(nxt_line) and not nxt_line.rstrip().endswith((".", "?", ",")):
        return 4
    if not line or k > j + 1:
        return 3
    score = 1
    if line.endswith((".", ":", "?", "!", ";")):
        score = 2
    if _ENUM.match(nxt_line) or _HEADING.match(nxt_line):
        score = max(score, 2)
    return score


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def chunk_document(doc: Document) -> list[Chunk]:
    """Split a document into chunks with exact provenance."""
    text = doc.text
    bounds = doc.page_starts + [len(text)] if doc.page_starts else [0, len(text)]
    spans: list[tuple[int, int]] = []
    for lo, hi in zip(bounds, bounds[1:]):
        spans.extend(_page_spans(text, lo, hi))
    chunks: list[Chunk] = []
    heading = ""
    heading_pos = 0
    for i, (start, end) in enumerate(spans):
        heading, heading_pos = _heading_before(text, start, heading, heading_pos)
        lead = "" if is_heading(text[start:text.find("\n", start) if "\n" in text[start:] else len(text)]) \
            else lead_in(text, start, bounds)
        digest = hashlib.sha1(f"{doc.sha256}:{start}:{end}".encode()).hexdigest()[:16]
        chunks.append(Chunk(
            id=f"{digest}-{i}", doc=doc.doc, title=doc.title, page=doc.page_of(start),
            line_start=doc.line_of(start), line_end=doc.line_of(end - 1),
            start=start, end=end, text=text[start:end], heading=" | ".join(p for p in (heading, lead) if p),
        ))
    return chunks


def _page_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    segs = _segments(text, lo, hi)
    table = _table_flags(text, segs)
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(segs)
    while i < n:
        while i < n and not text[segs[i][0]:segs[i][1]].strip():
            i += 1
        if i >= n:
            break
        first = i
        best_j, best_score = None, -1
        j = i
        while j < n:
            size = segs[j][1] - segs[first][0]
            if size > MAX_CHARS and j > first:
                break
            score = _break_score(text, segs, j, table)
            if (size >= TARGET_CHARS and score >= 2) or (score == 4 and size >= MIN_CHARS):
                best_j, best_score = j, score
                break
            if score >= best_score or size < TARGET_CHARS // 2:
                best_j, best_score = j, score
            j += 1
        if j >= n:
            best_j, best_score = n - 1, 3
        start, end = _trim(text, segs[first][0], segs[best_j][1])
        if end > start:
            spans.append((start, end))
        # a cut inside a paragraph repeats its last line in the next chunk
        overlap = best_score < 2 and best_j > first and best_j + 1 < n
        i = best_j if overlap else best_j + 1
    return spans


def lead_in(text: str, start: int, bounds: list[int], limit: int = 240) -> str:
    """The text just before a chunk on the same page (a table's caption or intro sentence)."""
    page_start = max((b for b in bounds if b <= start), default=0)
    before = re.sub(r"\s+", " ", text[max(page_start, start - limit):start]).strip()
    ends = [m.end() for m in re.finditer(r"[.?!:] ", before) if len(before) - m.end() >= 40]
    if is_tableish(before):
        return ""  # the tail of a table above says nothing about the prose below it
    if ends:
        return before[ends[-1]:]
    space = before.find(" ")
    return before[space + 1:] if start - limit > page_start and space != -1 else before


_QUESTION_START = re.compile(r"^\s*(?:\d{1,2}\.\s*)?(?:hoeveel|welk|welke|wat|wie|hoe|heeft|hebben|is|zijn|kan|kunnen|"
                             r"wanneer|waarom|waar|graag|wordt|worden|klopt)\b", re.I)


def is_heading(line: str) -> bool:
    """A section or table title: not a table row, not a question."""
    line = line.strip()
    return (6 <= len(line) <= 100 and bool(_HEADING.match(line)) and not is_tableish(line)
            and not line.endswith("?") and not _QUESTION_START.match(line))


def _heading_before(text: str, start: int, heading: str, pos: int) -> tuple[str, int]:
    """The last heading-like line up to and including the first line at `start`."""
    first_end = text.find("\n", start)
    first_end = len(text) if first_end == -1 else first_end
    for m in re.finditer(r"[^\n]+", text[pos:first_end]):
        if is_heading(m.group(0)):
            heading = m.group(0).strip()
    return heading, max(pos, first_end)


def search_text(chunk: Chunk) -> str:
    """What is embedded and word-indexed: title, heading, de-hyphenated text."""
    body = dehyphenate(chunk.text)
    parts = [p for p in (chunk.title, chunk.heading) if p]
    return " | ".join(parts) + "\n" + body if parts else body


def dehyphenate(text: str) -> str:
    """Join words split over a line end ('Onderwijs-\\ninstellingen'), collapse space."""
    text = re.sub(r"(\w)-\s*\n\s*([a-zà-ÿ])", r"\1\2", text)
    return re.sub(r"\s+", " ", text).strip()
