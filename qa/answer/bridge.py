"""English words the word list has no Dutch for, translated by meaning: the multilingual embedder compares the
English word with every word of the documents, and the closest is its Dutch form when it stands out ('free':
'gratis', 'summer': 'zomer'). A translation only adds a word that a figure must then say; it never vouches for
a figure by itself."""

from __future__ import annotations

import re

import numpy as np

from ..facts.clausekinds import CHANGE_WORD
from ..search.words import load_words
from ..text import stems
from .asked import is_money_noun
from .verify import terms_of

# cosine (e5, both sides embedded as queries) the closest document word must reach, and its lead over the
# closest word of another family (not sharing its first letters): measured on words of four fresh rounds,
# 'free' / 'gratis' 0.97 (next 0.89), 'summer' / 'zomer' 0.94 (0.90), while 'trees' has no clear winner
BRIDGE_MIN, BRIDGE_LEAD = 0.90, 0.02
# a past form ('destroyed') must stand out more: a verb's forms differ between the languages, and of 25 past forms
# of the kept rounds' English questions the closest word was another verb's ('obtained': 'toegekend',
# 'removed': 'geplaatst' 0.89) or a look-alike noun ('activated': 'activa' 0.963, lead 0.017) for all but
# 'destroyed': 'vernietigd' (0.956, lead 0.057)
PAST_MIN, PAST_LEAD = 0.94, 0.04
_FAMILY = 4
_VERB_FORM = re.compile(r"ed$")  # a past form; an -ing form is often a noun ('swimming': 'zwem')


class WordBridge:
    """The documents' words and their vectors (stored by the index, read on first use), and the translations
    asked for. An index built before the words were stored translates nothing."""

    def __init__(self, index) -> None:
        self.index = index
        self._words: list[str] | None = None
        self._vectors: np.ndarray | None = None
        self._found: dict[str, list[str]] = {}

    def _load(self) -> None:
        with self.index._lock:
            self._words, self._vectors = load_words(self.index.conn, self.index.embedder.dim)

    def translate(self, word: str) -> list[str]:
        """Stems of the document word that means `word`, or [] when none stands out."""
        if len(word) < 3 or not word.replace(" ", "").isalpha():
            return []
        if word not in self._found:
            self._found[word] = self._translate(word)
        return self._found[word]

    def _translate(self, word: str) -> list[str]:
        if self._words is None:
            self._load()
        if self._vectors is None:
            return []
        sims = self._vectors @ self.index.embedder.embed_queries([word])[0]
        order = np.argsort(-sims)[:50]
        best = self._words[order[0]]
        least, lead = (PAST_MIN, PAST_LEAD) if _VERB_FORM.search(word) else (BRIDGE_MIN, BRIDGE_LEAD)
        if sims[order[0]] < least or best == word.lower():
            return []
        other = next((float(sims[k]) for k in order[1:] if self._words[k][:_FAMILY] != best[:_FAMILY]), 0.0)
        if sims[order[0]] - other < lead:
            return []
        own = (stems(best) or [best])[0]
        if " " not in word and best[:_FAMILY] == word.lower()[:_FAMILY] and not (word.lower().startswith(own)
                                                                     and len(word) - len(own) <= 2):
            return []  # spelled alike, not meant alike ('centres': 'centraal', 'operating': 'operatie'); the same
            # word is ('posts': 'post')
        if CHANGE_WORD.search(best) or is_money_noun(best):
            return []  # 'grow', 'funding': what a change or an amount is, said by the question's form and unit
        return terms_of(stems(best))  # not a generic word ('money': 'euro'), which every figure's unit says
