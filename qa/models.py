"""Pydantic models at the pipeline's boundaries.

Every offset (`start`, `end`) refers to `Document.text`, the normalised text of
record; `doc_text[start:end]` is always the quoted or raw text. Lines are
1-based lines of that text; pages are 1-based physical pages (None when the
source has no page marks, e.g. a .txt file without form feeds).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Literal

from pydantic import BaseModel, Field


class DocMeta(BaseModel):
    """Header metadata parsed from the document; missing fields stay None."""

    doc_type: str | None = None
    number: str | None = None
    date: str | None = None
    questioner: str | None = None
    minister: str | None = None
    title: str | None = None


class DocFilter(BaseModel):
    """Which documents to answer from: a type, a date range, an author (questioner or minister). Fields left
    None do not filter."""

    doc_type: str | None = None  # 'schriftelijke vraag', matched as a part of the document's type
    since: date | None = None
    until: date | None = None
    author: str | None = None  # a part of the questioner's or the minister's name

    def active(self) -> bool:
        return any(v not in (None, "") for v in (self.doc_type, self.since, self.until, self.author))

    def describe(self, lang: str = "en") -> str:
        words = {"nl": ("type", "vanaf", "tot en met", "auteur"), "en": ("type", "from", "until", "author")}[lang]
        parts = [f"{words[0]} '{self.doc_type}'" if self.doc_type else "", f"{words[1]} {self.since}" if self.since
                 else "", f"{words[2]} {self.until}" if self.until else "",
                 f"{words[3]} '{self.author}'" if self.author else ""]
        return ", ".join(p for p in parts if p)


class Document(BaseModel):
    """One ingested file: the normalised text plus where its pages start."""

    doc: str  # path relative to the corpus root, with forward slashes
    sha256: str  # hash of the file's bytes
    text: str
    page_starts: list[int] = Field(default_factory=list)  # offsets; empty = no pages
    meta: DocMeta = Field(default_factory=DocMeta)
    title: str = ""  # human-readable citation title
    warnings: list[str] = Field(default_factory=list)
    # PDF word boxes per page (text, x0, x1, top, bottom) for reading tables by geometry; stored apart
    words: list[list[tuple[str, float, float, float, float]]] = Field(default_factory=list, exclude=True, repr=False)

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return line_of(self.text, offset, self._line_starts())

    def page_of(self, offset: int) -> int | None:
        """1-based page of a character offset, or None without page marks."""
        if not self.page_starts:
            return None
        return bisect_right(self.page_starts, offset)

    def _line_starts(self) -> list[int]:
        cached = self.__dict__.get("_ls")
        if cached is None:
            cached = line_starts(self.text)
            self.__dict__["_ls"] = cached
        return cached


def line_starts(text: str) -> list[int]:
    """Offsets at which each line begins."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def line_of(text: str, offset: int, starts: list[int] | None = None) -> int:
    """1-based line of `offset` in `text`."""
    starts = starts if starts is not None else line_starts(text)
    return bisect_right(starts, offset)


class Skipped(BaseModel):
    """A file that could not be indexed, with a reason a person can act on."""

    doc: str
    reason: str


class Chunk(BaseModel):
    id: str
    doc: str
    title: str
    page: int | None
    line_start: int
    line_end: int
    start: int
    end: int
    text: str  # == document text[start:end]
    heading: str = ""  # nearest section heading, used for embedding context only


class Hit(BaseModel):
    """A retrieved chunk with its fused score."""

    doc: str
    title: str
    page: int | None
    line_start: int
    line_end: int
    start: int
    end: int
    text: str
    score: float
    chunk_id: str = ""


class DocHit(BaseModel):
    """A document ranked for a question: its best passage's score, and its best passages."""

    doc: str
    title: str
    score: float
    passages: list[Hit]


class Fact(BaseModel):
    """One number found in a document, with its meaning and exact source."""

    id: str = ""
    doc: str
    page: int | None = None
    line: int
    start: int  # span of `raw` in the document text
    end: int
    raw: str  # exactly as printed: "19.407,5", "3.646", "73,9%", "/"
    value: float
    unit: str | None = None  # "k euro", "euro", "%", "VTE", "dagen", ...
    scale: float = 1.0  # multiplier read from a caption such as "(duizend euro)"
    quote_start: int  # span of the row or sentence that holds the number
    quote_end: int
    quote: str
    caption: str = ""  # table caption / title or the sentence's context
    row: str = ""
    column: str = ""  # multi-level headers joined with " · "
    year: str | None = None
    region: str | None = None
    measure: str = ""  # what is counted
    is_total: bool = False
    total_ok: bool | None = None  # for totals: does the sum of the parts hold?
    source: Literal["table", "prose", "list"] = "table"
    description: str = ""  # text built from the fields, indexed for search
    # the cell's place in its table: header paths top level first, e.g. ["VEK", "BU 2024"]
    row_path: list[str] = Field(default_factory=list)
    col_path: list[str] = Field(default_factory=list)
    table_id: str = ""  # "<doc>#t<n>", the key of the table's row in the `tables` table
    cell: tuple[int, int] | None = None  # (row, column) index in that table
    heading: str = ""  # the section heading above the table or sentence
    empty: bool = False  # "-", "/", "n.v.t.": a known-empty cell, value 0, raw text kept
    confidence: float = 1.0  # how sure the reader is of the labels (low: cells off every header)
    reader: Literal["text", "geometry"] = "text"  # tables: read from flattened lines or from PDF word boxes
    change: bool = False  # prose: the size of a change ('steeg met 300', 'een daling van 2 %'), not a level
    target: bool = False  # prose: a goal ('om een werkzaamheidsgraad van 80 procent te behalen'), not a level


class TableInfo(BaseModel):
    """One table as read: its caption, header paths and the dimensions they span."""

    id: str
    doc: str
    reader: Literal["geometry", "text"]
    page: int | None = None
    line_start: int = 0
    line_end: int = 0
    number: str | None = None  # "3" of "Tabel 3: ..."
    caption: str = ""
    heading: str = ""
    stub: str = ""  # the corner header over the row labels
    columns: list[list[str]] = Field(default_factory=list)
    rows: list[list[str]] = Field(default_factory=list)
    dimensions: list[dict] = Field(default_factory=list)  # {"axis", "level", "name", "values"}
    confidence: float = 1.0


class Citation(BaseModel):
    doc: str
    title: str = ""
    page: int | None = None
    line: int | None = None
    line_end: int | None = None
    start: int
    end: int
    quote: str  # == document text[start:end]
    caption: str = ""


class Closest(BaseModel):
    """A figure near the question that does not answer it, and what it lacks (shown, never as the answer)."""

    raw: str
    value: float
    unit: str | None = None
    labels: str
    lacks: list[str] = Field(default_factory=list)
    citation: Citation


class SeriesPoint(BaseModel):
    """One point of a series answer: a cited fact for one year or region."""

    label: str  # "2021", "Limburg"
    value: float
    unit: str | None = None
    raw: str = ""
    citation: Citation


class Answer(BaseModel):
    question: str
    kind: Literal["fact", "computed", "passage", "not_found", "series"]
    answer: str
    lang: Literal["nl", "en"] = "nl"
    value: float | None = None
    unit: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    computation: str | None = None
    confidence: float = 0.0
    closest: list[Closest] = Field(default_factory=list)  # with not_found: near figures that are not the answer
    read_as: str | None = None  # a follow-up read in its conversation: the full question that was answered
    series: list[SeriesPoint] = Field(default_factory=list)  # kind "series": every point a cited fact


class _Judged(BaseModel):
    """What a verdict on a claim carries: the verdict, the value it rests on and its sources."""

    verdict: Literal["supported", "contradicted", "not_in_documents"]
    lang: Literal["nl", "en"] = "nl"
    value: float | None = None
    unit: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)


class TextClaim(_Judged):
    """One claim found in a pasted text, with its place in that text and its verdict."""

    claim: str  # the clause as found: text[start:end]
    start: int
    end: int
    read_as: str | None = None  # what was checked, when the clause leans on the one before it
    message: str


class Verdict(_Judged):
    claim: str
    answer: str
    confidence: float = 0.0
    parts: list[TextClaim] = Field(default_factory=list)  # a claim of several clauses: the verdict of each