"""Dutch compounds split into words the documents use.

A question says 'taxibedrijven' or 'verhoorlokalen' where the answer says 'bedrijven ... per taxi' or
'lokalen ingericht voor het verhoor': the compound is one token, so BM25 and word overlap miss it. Split into
two stems the corpus has, it meets the answer's words. The split is tried only on stems the corpus does not
have itself, and both parts must be words of four letters or more that the corpus has (a linking 's' or 'e'
between them is dropped: 'werkervaringsstage', 'dierenarts').
"""

from __future__ import annotations

from collections.abc import Container

MIN_PART = 4


def decompound(stem: str, vocab: Container[str]) -> tuple[str, str] | None:
    """The two corpus stems a compound stem is made of, the longest head first; None when it is a word of
    the corpus itself or no split gives two of its words."""
    if stem in vocab or len(stem) < 2 * MIN_PART:
        return None
    for k in range(MIN_PART, len(stem) - MIN_PART + 1):  # the longest right part (the head) first
        left, right = stem[:k], stem[k:]
        if right not in vocab:
            continue
        for head in (left, left[:-1] if left[-1:] in ("s", "e") else None, left[:-2] if left.endswith("en") else None):
            if head and len(head) >= MIN_PART and head in vocab:
                return head, right
    return None


def with_parts(stems: list[str], vocab: Container[str]) -> list[str]:
    """The stems with the parts of each compound the corpus lacks added after it."""
    out: list[str] = []
    for s in stems:
        out.append(s)
        parts = decompound(s, vocab)
        if parts:
            out.extend(p for p in parts if p not in out)
    return out
