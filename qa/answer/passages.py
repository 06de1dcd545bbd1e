"""Pick the sentences of the best passages that answer a question.

Sentences are found inside the retrieved chunks with their exact offsets, so a
quote is always `doc_text[start:end]`. A sentence is scored by how many of the
question's content words it holds (weighted by rarity) and how well its chunk
ranked; the answer quotes a short window around the best sentence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..models import Hit
from ..text import stems

_SENT_END = re.compile(r"(?<=[.?!;:])\s+(?=[A-Z0-9ÀÉÈ“‘'(•–-])|\n\s*\n|\n(?=\s*(?:[-•–]|\d{1,2}[°.)]|[a-z][.)])\s)|"
                       r"(?<=\d)[ \t]*\n(?=[A-ZÀÉÈ][a-zà-ÿ]+\s[a-zà-ÿ])")  # a table row's figures, then a sentence


@dataclass
class Sentence:
    doc: str
    start: int
    end: int
    text: str
    chunk_rank: int


# the minister's signature under an answer ('Lydia PEETERS Vlaams minister van Mobiliteit en Openbare Werken'):
# who answered, never what
_SIGNATURE = re.compile(r"^(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý]{2,}[A-ZÀ-Ý'’ -]*\s+(?:Vlaams(?:e)?\s+|federaal\s+)?"
                        r"(?:vice-?minister-president|minister-president|minister|staatssecretaris)\b[^.!?]{0,120}$")


def sentences_of(hit: Hit, rank: int) -> list[Sentence]:
    """Sentences of a hit with document offsets (hit.start + position in hit.text)."""
    out = []
    pos = 0
    for m in list(_SENT_END.finditer(hit.text)) + [None]:
        end = m.start() if m else len(hit.text)
        piece = hit.text[pos:end]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if len(body) > 2 and not _SIGNATURE.match(body):
            s = hit.start + pos + lead
            out.append(Sentence(hit.doc, s, s + len(body), body, rank))
        pos = m.end() if m else len(hit.text)
    return out


def idf_weights(terms: set[str], hits: list[Hit]) -> dict[str, float]:
    """Rarer question words count more (document frequency over the hits)."""
    chunk_sets = [set(stems(h.text)) for h in hits]
    n = max(1, len(chunk_sets))
    return {t: math.log(1 + n / (1 + sum(t in s for s in chunk_sets))) + 0.5 for t in terms}


def hit_bonus(hit: Hit, hits: list[Hit]) -> float:
    """How far ahead of the other hits the passage search put this one (0..1)."""
    top, low = hits[0].score, hits[-1].score
    return (hit.score - low) / (top - low) if top > low else 1.0


# What an answer to a question word tends to contain: a condition, a reason, a place, a time.
ANSWER_MARKERS = [
    (re.compile(r"^\s*(wanneer|when|onder welke voorwaarde)", re.I),
     re.compile(r"\b(indien|als|wanneer|zodra|vanaf|tot|if|when|once)\b|\d{4}", re.I)),
    (re.compile(r"^\s*(waarom|why|waaraan wijt|hoe komt)", re.I),
     re.compile(r"\b(omdat|doordat|want|gezien|te wijten|door de|vanwege|oorzaak|because|due to|owing)\b", re.I)),
    (re.compile(r"^\s*(waar|where)\b", re.I), re.compile(r"\b(op|in|bij|te|at|on)\s+(een|de|het|a|the)\b", re.I)),
]


def marker_for(question: str) -> re.Pattern[str] | None:
    for asks, marks in ANSWER_MARKERS:
        if asks.search(question):
            return marks
    return None


def said(term: str, sentence: set[str]) -> float:
    """1 when the sentence has the term; half when one of them is a compound the other heads ('aangroei' for
    'groei', 'aanplant' for 'boomaanplant'): the same thing, more or less narrowly named."""
    if term in sentence:
        return 1.0
    if len(term) >= 5 and any(len(w) >= 5 and (w.endswith(term) or term.endswith(w)) for w in sentence):
        return 0.5
    return 0.0


def _said_weight(weights: dict[str, float], sentence: set[str]) -> float:
    return sum(w * said(t, sentence) for t, w in weights.items())


def is_table_block(text: str) -> bool:
    """A table's lines read as one 'sentence' (labels and figures): no context to quote with a sentence."""
    tokens = text.split()
    figures = sum(1 for t in tokens if re.fullmatch(r"[-+(]?\d[\d.,%)]*", t))
    return figures >= 6 and figures >= 0.3 * len(tokens)


def _windows(sents: list[Sentence], sent_stems: list[set[str]], weights: dict[str, float], total: float,
             marker: re.Pattern[str] | None, window: int) -> list[tuple[float, int, int]]:
    """(score, last, first) for each sentence of a hit: alone or with the sentence before it."""
    scored = []
    for i, s in enumerate(sents):
        score = _said_weight(weights, sent_stems[i]) / total
        first = i
        if window and i > 0 and not is_table_block(sents[i - 1].text):
            pair = sent_stems[i] | sent_stems[i - 1]
            pair_score = 0.9 * _said_weight(weights, pair) / total
            if pair_score > score:
                score, first = pair_score, i - 1
        if marker is not None and marker.search(s.text):
            score += 0.1
        if s.text.rstrip().endswith("?") or is_table_block(s.text):
            score *= 0.5  # a question is rarely its own answer, nor a table's figures a passage that explains
        scored.append((score, i, first))
    return sorted(scored, reverse=True)


def _grow(sents: list[Sentence], first: int, i: int, window: int) -> list[Sentence]:
    """A window plus the list its last sentence announces, or a short follow-up sentence."""
    chosen = sents[first:i + 1]
    if window and sents[i].text.rstrip().endswith(":"):
        j = i + 1
        while j < len(sents) and sum(len(c.text) for c in chosen) < 700:
            chosen.append(sents[j])
            j += 1
    elif window and i + 1 < len(sents) and len(sents[i].text) < 160:
        chosen.append(sents[i + 1])
    if window and first == i and i > 0 and sents[i - 1].text.rstrip().endswith(":") and len(sents[i - 1].text) < 200:
        chosen.insert(0, sents[i - 1])
    return chosen


def best_sentences(subject: list[str], hits: list[Hit], window: int = 1, question: str = "",
                   answered_from: dict[str, int] | None = None) -> list[tuple[float, list[Sentence]]]:
    """The best window of sentences of each hit, best first, found by the question's
    rarity-weighted words and the kind of answer its question word asks for. `answered_from`: per document,
    where the minister's answer starts (qa.answer.passages.answer_start); what comes before it asks."""
    terms = set(subject)
    if not terms or not hits:
        return []
    weights = idf_weights(terms, hits)
    total = sum(weights.values())
    marker = marker_for(question)
    candidates: list[tuple[float, int, list[Sentence]]] = []
    asked = {id(h): (answered_from or {}).get(h.doc, 0) for h in hits}  # where each hit's document starts answering
    # a chunk of the member's question and its preamble ranks after those of answers: it says what is asked
    for rank, hit in enumerate(sorted(hits, key=lambda h: h.end <= asked[id(h)])):
        sents = sentences_of(hit, rank)
        if not sents:
            continue
        sent_stems = [set(stems(s.text)) for s in sents]
        windows = sorted(((score * (0.5 if sents[i].start < asked[id(hit)] else 1.0), i, first)  # (like a sentence
                          for score, i, first in _windows(sents, sent_stems, weights, total, marker, window)),
                         reverse=True)  # that ends with '?')
        for score, i, first in windows[:1]:
            bonus = 0.1 * hit_bonus(hit, hits) - 0.05 * rank
            candidates.append((score + bonus, rank, _grow(sents, first, i, window)))
    return sorted(((score, chosen) for score, _rank, chosen in candidates), key=lambda r: -r[0])


# the line that opens the minister's answer to a written question ('ANTWOORD', 'Antwoord:')
_ANSWER_LINE = re.compile(r"^[ \t]*(?:ANTWOORD|Antwoord)[ \t]*:?[ \t]*$", re.M)


def answer_start(text: str) -> int:
    """Where the answer of a written question starts (0 when the document has no answer line)."""
    m = _ANSWER_LINE.search(text)
    return m.end() if m else 0


_ITEM = re.compile(r"\s*(?:[a-z]\)|\d{1,2}°|[-•–]\s|\(?[ivx]{1,4}\)|\d{1,2}[.)]\s)")


def item_kind(line: str) -> str:
    """The family of a list marker: 'a)', '1°', '-', 'ii)', '1.'."""
    for name, pattern in (("letter", r"[a-z]\)"), ("degree", r"\d{1,2}°"), ("dash", r"[-•–]\s"),
                          ("roman", r"\(?[ivx]{1,4}\)"), ("number", r"\d{1,2}[.)]\s")):
        if re.match(pattern, line):
            return name
    return "other"


def sentence_end(text: str, end: int, limit: int = 400) -> int:
    """Finish a sentence that a chunk boundary cut off."""
    if text[:end].rstrip().endswith((".", "?", "!", ":", ";")):
        return end
    m = re.search(r"[.?!:;](?=\s)|\f", text[end:end + limit])
    return end + m.end() if m and text[end + m.start()] in ".?!:;" else end


def _run_on_end(text: str, end: int, limit: int) -> int:
    m = re.search(r"[.?!](?=\s|$)|\f", text[end:end + limit])
    return end + m.end() if m and text[end + m.start()] != "\f" else end


def extend_list(text: str, end: int, limit: int = 900) -> int:
    """A quote that ends with ':' (or is followed by a short lead-in ending with ':') continues with
    the list items after it, so 'gebaseerd op de volgende principes:' quotes the principles too."""
    if not text[:end].rstrip().endswith(":"):
        lead = re.match(r"\s*[^.:?!\f]{0,300}:", text[end:end + 400])
        if not lead:
            return end
        end += lead.end()
    if re.match(r"\s*[a-zà-ÿ]", text[end:end + 20]) and not _ITEM.match(text, end):  # 'drie doelen bereiken: de
        # sociale inclusie ..., en ...' (not the items 'a) een passend ...')
        return _run_on_end(text, end, limit)  # the list runs on in the sentence, to its full stop
    pos, stop = end, min(len(text), end + limit)
    prev = ""
    kind = None
    while pos < stop:
        nl = text.find("\n", pos + 1)
        line_end = stop if nl == -1 or nl > stop else nl
        line = text[pos:line_end].strip()
        if "\f" in text[pos:line_end]:
            break
        if line:
            is_item = bool(_ITEM.match(line))
            open_item = bool(prev) and not prev.endswith((";", ".", ":"))
            if (not is_item and not open_item) or (line.endswith(":") and prev):
                break
            if is_item:
                marker = item_kind(line)
                kind = kind or marker
                if marker != kind:
                    break
            prev = line
        pos = line_end
    return len(text[:pos].rstrip())
