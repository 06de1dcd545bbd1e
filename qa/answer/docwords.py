"""The words the documents have, in any form: a stem said alone or in a compound, through a synonym, or as the
Dutch spelling of an English word (part of FactMatcher, through EnglishTerms)."""

from __future__ import annotations

import re

from ..search.cognates import spellings
from ..text import EN_NL, stems
from .synonyms import head_synonyms, synonyms
from .wordparts import plain


def own_stems(word: str) -> list[str]:
    """The stems an English word stands for itself: none when the word list translates it, since a Dutch word
    spelled alike means something else ('centres': 'centraal'); a spelling the documents share is found as a
    cognate ('academies': 'academie')."""
    return [] if word in EN_NL else stems(word)


# the English spellings Dutch writes otherwise in words the two share ('archaeology' / 'archeologie',
# 'photography' / 'fotografie')
_DUTCH_SPELLING_OF = {"ae": "e", "ph": "f", "ial": "iel"}  # 'initial' / 'initieel', 'financial' / 'financieel'
_DUTCH_SPELLING = re.compile("|".join(_DUTCH_SPELLING_OF))


class DocumentWords:
    """Look-ups in the documents' vocabulary; needs self._vocab, self._known, self._headed, self._cognate_keys."""

    def known(self, stem: str) -> bool:
        """A stem the documents say, alone or as a part of a compound ('vakantie' in 'vakantiewoningen')."""
        if stem not in self._known:
            self._known[stem] = self.said_as_head(stem) or len(stem) >= 4 and any(
                len(v) >= len(stem) + 3 and v.startswith(stem) for v in self._vocab)
        return self._known[stem]

    def known_any(self, stem: str) -> bool:
        """Known itself, through a synonym ('uitgegeven': 'Realisatie') or as an English cognate ('renovation')."""
        return bool(self.known_forms(stem))

    def known_forms(self, stem: str, cognate: bool = True) -> list[str]:
        """The forms of a stem the documents say: itself, its synonyms, or the corpus words it is a cognate of."""
        if self.known(stem):
            return [stem]
        return [s for s in synonyms(stem) + head_synonyms(stem) if self.known(s)] or (
            self.cognates(stem)[:8] if cognate else [])

    def own_forms(self, word: str) -> list[str]:
        """The stems of an English word the list does not translate that the documents say, itself or its singular
        ('nests': 'nest', which Dutch spells alike)."""
        singular = re.sub(r"(?<!s)s$", "", word) if word not in EN_NL else word
        return [s for s in dict.fromkeys(own_stems(word) + own_stems(singular)) if s != word and self.known(s)]

    def said_as_head(self, stem: str) -> bool:
        """A stem the documents say alone or as the head of a compound ('brand' in 'bosbrand', not in
        'brandveiligheid': Dutch compounds are right-headed, and the first part names another thing)."""
        if stem not in self._headed:
            self._headed[stem] = stem in self._vocab or len(stem) >= 4 and any(
                len(v) >= len(stem) + 3 and v.endswith(stem) for v in self._vocab)
        return self._headed[stem]

    def cognates(self, word: str) -> list[str]:
        """Corpus words that share an English word's first seven letters (accents aside): Dutch spells many
        policy words the English way ('repatriate' / 'repatriëring', 'terrorism' / 'terrorisme'), or the Dutch
        forms of the shared spelling rules (qa.search.cognates: 'adopted' / 'geadopteerd', 'cats' / 'katten')."""
        found: list[str] = []
        if len(word) >= 7:
            if self._cognate_keys is None:
                self._cognate_keys = {}
                for v in self._vocab:
                    self._cognate_keys.setdefault(plain(v)[:7], []).append(v)
            found = self._cognate_keys.get(plain(word.lower())[:7], [])
            dutch = _DUTCH_SPELLING.sub(lambda m: _DUTCH_SPELLING_OF[m.group(0)], plain(word.lower()))
            found = found or (self._cognate_keys.get(dutch[:7], []) if len(dutch) >= 7 else [])
        return found or list(dict.fromkeys(t for form in spellings(word) for t in stems(form) if t in self._vocab))
