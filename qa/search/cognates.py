"""English words bridged to the Dutch words the corpus has, by the spelling rules the two languages share.

An English question says 'climate', 'study', 'evaluation', 'structural'; the Dutch answer says 'klimaat',
'studie', 'evaluatie', 'structurele'. No word list keeps up with every such word, but most Latin and Greek
loans follow a handful of regular spelling changes (-tion/-tie, -ity/-iteit, -y/-ie, -ive/-ief, -al/-ale,
-ic/-isch, -ure/-uur, -ate/-aat, a first c before a, o, u, l or r as k). Each rewrite is kept only when its stem is a word of the
corpus, so a rule can add a Dutch word the documents use, never an invented one.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable

# (English ending, Dutch endings): the word's ending rewritten, longest endings first
_ENDINGS: list[tuple[str, tuple[str, ...]]] = [
    ("ations", ("aties",)), ("ation", ("atie",)), ("tions", ("ties",)), ("tion", ("tie",)),
    ("ities", ("iteiten",)), ("ity", ("iteit",)),
    ("ically", ("isch",)), ("ical", ("isch", "ische")), ("ics", ("iek",)), ("ic", ("isch", "ische", "iek")),
    ("ives", ("ieven",)), ("ive", ("ief", "ieve")),
    ("ures", ("uren",)), ("ure", ("uur",)),
    ("ates", ("aten",)), ("ate", ("aat",)),
    ("ences", ("enties",)), ("ence", ("entie",)), ("ances", ("anties",)), ("ance", ("antie",)),
    ("isms", ("ismen",)), ("ism", ("isme",)),
    ("ies", ("ies",)), ("y", ("ie",)),
    ("als", ("alen",)), ("al", ("ale", "eel", "ele")),
    ("ised", ("iseerd", "iseerde")), ("ized", ("iseerd", "iseerde")),
    ("ise", ("iseren",)), ("ize", ("iseren",)),
]
_HARD_C = re.compile(r"^c(?=[aoulr])")
# English participles of verbs Dutch borrowed with '-eren': 'adopted' / 'geadopteerd', 'renovated' / 'gerenoveerd'
_PARTICIPLES: list[tuple[str, str]] = [("ated", "eerd"), ("ted", "teerd"), ("lled", "lleerd")]
MIN_LEN = 5


def spellings(word: str) -> list[str]:
    """Dutch spellings an English word may have (not checked against any corpus)."""
    word = word.lower()
    if len(word) == MIN_LEN - 1 and _HARD_C.match(word) and word.isalpha():
        return [_HARD_C.sub("k", word)]  # 'cats' / 'katten': a short word only by its first letter
    if len(word) < MIN_LEN or not word.isalpha():
        return []
    bases = [word]
    if _HARD_C.match(word):
        bases.append(_HARD_C.sub("k", word))
    out: list[str] = []
    for base in bases:
        if base != word:
            out.append(base)
        for ending, dutch in _ENDINGS:
            if base.endswith(ending) and len(base) - len(ending) >= 3:
                out.extend(base[: len(base) - len(ending)] + d for d in dutch)
                break
        for ending, dutch_end in _PARTICIPLES:
            if base.endswith(ending) and len(base) - len(ending) >= 3:
                done = base[: len(base) - len(ending)] + dutch_end
                umlaut = {"i": "geï", "e": "geë"}.get(done[0])  # 'geïnstalleerd', 'geëvalueerd'
                starts = ["ge" + done] + ([umlaut + done[1:]] if umlaut else [])
                out.extend(start + e for start in starts for e in ("", "e"))
                break
    return list(dict.fromkeys(w for w in out if w != word))


def cognate_stems(words: Iterable[str], vocab: Container[str], stem) -> list[str]:
    """Stems of the Dutch spellings of `words` that the corpus has (`stem`: the corpus's own stemmer)."""
    out: list[str] = []
    for w in words:
        own = stem(w)
        for s in spellings(w):
            st = stem(s)
            if st and st != own and st in vocab and st not in out:
                out.append(st)
    return out
