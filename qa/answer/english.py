"""English questions over Dutch documents: each English word stands for itself and its Dutch translations,
and words the documents have in no form are checked by meaning (the multilingual embedder) instead of
being held against a fact."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from ..models import Fact
from ..english_words import LISTED
from ..text import EN_NL, EN_STOP, dutch_stop, is_english_word, is_known_word, lemma, lemma_pairs, stems, words
from .clauses import antecedent, counted_by
from .compounds import dutch_compound
from .docwords import DocumentWords, own_stems
from .frames import SOURCE_PHRASE, local_words
from .ambiguity import table_cells
from .asked import EN_FUNCTION, EN_QUESTION, MEASURES, subject_stems, without_ask_phrase
from .question import region_stems, unread_places
from .synonyms import head_synonyms, synonyms
from .verbs import names_deed, separable_forms
from .glosses import dutch_glosses
from .ordinals import ordinal_groups
from .verify import Check, description, same_sentence, terms_of
from .wordparts import compound_in

if TYPE_CHECKING:
    from .scored import Scored

# cosine (multilingual e5) a candidate's own row or sentence must reach when English words could not be checked
UNBRIDGED_MIN, UNBRIDGED_ALONE = 0.83, 0.85
ROW_TIE = 0.005  # closer than this in meaning, two rows of a table are not told apart by the words left to it
# ... nor two columns of a row: on the fresh rounds, columns told apart by meaning won by 0.004 or more
# ('retired': 'pensioen' over 'ontslag'; 'werkelijk': 'Realisatie' over 'Begroting'), a coin flip by 0.0003,
# but round 129's 'public square' took the playgrounds' column over the squares' by 0.0039: a wrong figure, so
# a margin below the rows' is no evidence either (round 120's farm animals, by less, now abstains)
COLUMN_TIE = 0.005
MEANING_SLACK = 0.02  # how much less than the closest candidate a vouched-for one may mean


# a number said in words is read as a number, not checked as a word ('one or more')
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand",
                 "million", "billion", "more", "less", "fewer"}
_MEASURE_WORD = re.compile("|".join(MEASURES.values()) + r"|metres?|meters?", re.I)
# 'how long did it take': a light verb (but 'take part' finds passages); 'aged 15 to 24' says an age band
_TAKE = {"take", "takes", "took", "taken", "aged"}
_TIME_POINT = re.compile(r"\b(?:the|its)\s+(?:start|beginning|end|middle)\s+(of)\b", re.I)


def _lexically_out(check: Check) -> bool:
    """A candidate that fails only on words of the question it does not say."""
    return bool(check.missing) and replace(check, missing=[], unbridged=[]).ok


def _only_period(check: Check) -> bool:
    """A candidate that fails on the quarter or month asked only (the total beside the K2 cell)."""
    return bool(check.periods) and replace(check, periods=[], unbridged=[]).ok


class EnglishTerms(DocumentWords):
    """The term groups of a question and the meaning check of words no document has (part of FactMatcher)."""

    def term_groups(self, text: str, lang: str) -> list[list[str]]:
        """The question's specific terms, each with its alternatives. An English word stands for itself
        and its Dutch translations; one the corpus has in no form is not held against any fact."""
        if lang != "en":
            pairs = lemma_pairs(text)
            joined = separable_forms(text)
            unread = unread_places(text)
            # a word is generic when its dictionary form is ('daalt' is 'dalen'); else it or that form must be said
            return without_echoes([list(dict.fromkeys(([t, pairs[t]] if t in pairs else [t]) + joined.get(t, []) + synonyms(t)
                                       + [h for h in head_synonyms(t) if self.known(h)]
                                       + synonyms(pairs.get(t, t)) + [s for j in joined.get(t, []) for s in synonyms(j)]))
                    for t in terms_of(subject_stems(text))
                    if (t not in region_stems() or t in unread) and (t not in pairs or terms_of([pairs[t]]))]) \
                + ordinal_groups(text)
        return without_echoes([group for group, _ in self._english_groups(text)]) + ordinal_groups(text)

    def soft_terms(self, text: str) -> set[str]:
        """The first terms of an English question's groups that only the general word list gives (not the
        hand-made list): a figure may say one of them in other words ('achieved': 'gerealiseerd', not 'bereikt')."""
        return {group[0] for group, soft in self._english_groups(text) if soft}

    def _english_groups(self, text: str) -> list[tuple[list[str], bool]]:
        """term_groups of an English question, each with whether only the general word list gives it (kept per
        text: term_groups and soft_terms ask for them on every ranking)."""
        if text not in self._groups_of:
            self._groups_of[text] = self._read_english_groups(text)
        return [(list(group), soft) for group, soft in self._groups_of[text]]

    def _read_english_groups(self, text: str) -> list[tuple[list[str], bool]]:
        groups = []
        # 'since the start of the year' names a time
        text = _TIME_POINT.sub(r"\1 of", dutch_glosses(without_ask_phrase(text)))
        joined_with_next = False
        tokens = words(text)
        for w, following in zip(tokens, tokens[1:] + [""]):
            if w in EN_STOP or w in EN_QUESTION or joined_with_next:
                joined_with_next = False
                continue
            compound = self.dutch_compound(w, following)
            if compound:  # 'subsidy call': one thing, 'subsidieoproep', not a subsidy and a call
                groups.append((compound, w in LISTED or following in LISTED))
                joined_with_next = True
                continue
            dutch = EN_NL.get(w, w)
            group = terms_of(list(dict.fromkeys(stems(dutch) + own_stems(w) + list(lemma_pairs(dutch).values()))))
            group += [s for t in group for s in synonyms(t) if s not in group]
            group = [t for t in group if t not in region_stems()]
            if group and self._vocab and not any(self.known(t) for t in group):
                # 'repatriate' is said by 'repatriëring'; a word the list lacks by its closest in meaning ('free': 'gratis')
                group = self.cognates(w) or ([] if w in EN_NL or w in unbridgeable(text) else self.bridge.translate(w))
            if group and (not self._vocab or any(self.known(t) for t in group)):
                groups.append((group, w in LISTED))
        return groups

    def compound_text(self, text: str) -> str:
        """An English question with each pair of words of the general word list that the documents write as one
        Dutch compound replaced by it ('animal welfare inspections': 'dierenwelzijn inspections'), for the fact
        table's BM25: the modifier alone ('dier') would match another row ('Exotische dieren'). The rest is kept
        as written (an acronym is expanded by its capitals)."""
        tokens = words(text)
        for w, following in zip(tokens, tokens[1:] + [""]):
            if w in EN_STOP or w in EN_QUESTION or not (w in LISTED or following in LISTED):
                continue
            joined = self.dutch_compound(w, following)
            if joined:
                text = re.sub(rf"\b{re.escape(w)}\s+{re.escape(following)}\b", joined[0], text, count=1, flags=re.I)
        return text

    def dutch_compound(self, modifier: str, head: str) -> list[str]:
        """Two English nouns that Dutch writes as one word the documents have (qa.answer.compounds); kept per pair,
        since groups, unread words and the fact table's query each ask for the same pairs."""
        if (modifier, head) not in self._compounds:
            self._compounds[modifier, head] = dutch_compound(modifier, head, self._vocab, self.bridge)
        return list(self._compounds[modifier, head])

    def names_something(self, text: str, q) -> bool:
        """Does a question or claim say what figure it is about: a specific term, a name, or English words that
        only the embedder can check? 'Hoeveel bedroeg het in 2016?' says a year and no more."""
        return bool(self.term_groups(text, q.lang) or q.proper or q.names or (q.lang == "en" and self.unbridged(text)))

    def untranslated(self, text: str) -> set[str]:
        """Stems of the English words the word list has no Dutch for (the first term of their groups);
        acronyms ('AMA', 'WSE') are the same in both languages and stay required, and so do words that are no
        English (a Dutch term typed in the question, 'in a sheltered workshop (maatwerkbedrijf)', or a name)."""
        acronyms = {w.lower() for w in re.findall(r"\b[A-Z][A-Z0-9]+\b", text)}
        return {g[0] for w in words(text) if w not in EN_NL and w not in EN_STOP and w not in acronyms
                and is_english_word(w) for g in [terms_of(stems(w))] if g}

    def unbridged(self, text: str) -> list[str]:
        """English content words the documents have in no form, through the word list or as a cognate
        ('learners' when no document says 'learner' and the list has no Dutch for it)."""
        if not self._vocab:
            return []
        out = []
        # 'at the end of 2021' names a time
        tokens = words(_TIME_POINT.sub(r"\1 of", dutch_glosses(without_ask_phrase(text))))
        for n, w in enumerate(tokens):
            if w in EN_STOP or w in EN_QUESTION or w in EN_FUNCTION or w.isdigit() or w in _NUMBER_WORDS \
                    or w in _TAKE or _MEASURE_WORD.fullmatch(w):
                continue  # (a unit, 'cubic metres', is checked as the figure's unit)
            if any(self.dutch_compound(tokens[m], w) for m in range(max(0, n - 2), n)) \
                    or any(self.dutch_compound(w, tokens[m]) for m in range(n + 1, min(len(tokens), n + 3))):
                continue  # a part of a compound the documents have ('rainwater tanks': 'hemelwaterput'; 'large-scale
                # kitchens': 'grootkeukens')
            dutch = EN_NL.get(w, w)
            if w in EN_NL and not terms_of(stems(dutch)):
                continue  # 'average' is 'gemiddelde': a kind of number, as generic in English as in Dutch
            group = terms_of(list(dict.fromkeys(stems(dutch) + own_stems(w))))
            if group and not any(self.known_any(t) for t in group) and not self.cognates(w) \
                    and (w in EN_NL or w in unbridgeable(text) or not self.bridge.translate(w)):
                out.append(w)
        return out

    def unsaid(self, text: str) -> list[str]:
        """Dutch words of a question that the documents have in no form (nor their dictionary form, a synonym or
        a compound they head): 'gedupeerden', 'branden'. No cell can be checked to say them; like English words
        with no Dutch form, they are left to meaning. Names, acronyms and codes are not: an unknown name is
        something the documents do not cover."""
        if not self._vocab:
            return []
        pairs = lemma_pairs(text)
        joined = separable_forms(text)  # 'brachten ... op': 'opbrengst'
        out = []
        for m in re.finditer(r"[^\W\d_][\w'-]*", without_ask_phrase(text)):
            w = m.group(0)
            if w.isupper() or (m.start() > 0 and w[0].isupper()) or "-" in w:  # 'WSE', 'Sint-Truiden', 'Genk'
                continue
            group = terms_of(stems(w))
            if not group or _narrows(w) or any(t in region_stems() for t in group) or self.index.expand(w) != w:
                continue  # 'onbezet': a negation narrows, whatever its wording; 'vastleggingskrediet': said as 'VAK'
            group += [pairs[t] for t in group if t in pairs] + stems(lemma(w)) + joined.get(group[0], [])
            group += [x for t in group for x in synonyms(t) + head_synonyms(t)]  # 'deelauto's': 'deelwagens'
            if not any(self.said_as_head(t) or compound_in(t, self._vocab) or _opens_compound(t, self._vocab)
                       for t in group):  # 'vastleggingskrediet'
                out.append(w.lower())
        return list(dict.fromkeys(out))

    def lost_qualifiers(self, text: str, unbridged: list[str], lang: str = "en") -> list[str]:
        """Unbridged words of a phrase that narrows what is counted ('inspections at fish farms', 'of dogs',
        'for heat pump renovation premiums'): a cell cannot be checked to say them, and the whole or the sibling
        it would fall back on ('in totaal 3.874 inspecties', 'Renovatiebegeleiding') does not answer for that
        part, so no figure answers. Words in the counted phrase itself ('animal welfare inspections') only
        describe it and are left to meaning."""
        lost = set(unbridged)
        out: list[str] = []
        dutch = lang != "en"
        for m in (_QUALIFIER_NL if dutch else _QUALIFIER).finditer(without_ask_phrase(text)):
            phrase = []
            for w in words(m.group(1)):
                if (dutch_stop(w) if dutch else w in EN_STOP) or w.isdigit():
                    break
                phrase.append(w)
            runs = [w for k, w in enumerate(phrase) if w in lost and (
                k and phrase[k - 1] in lost or k + 1 < len(phrase) and phrase[k + 1] in lost)]
            if phrase and (all(w in lost for w in phrase) or not dutch and len(phrase) == 2 and phrase[0] in lost):
                out += [w for w in phrase if w not in out]  # 'of parrots', 'at fish farms'
            elif m.group(0)[:2].lower() == "to" and len(phrase) == 2 and phrase[0] in lost and phrase[1] not in lost:
                out += [phrase[0]] if phrase[0] not in out else []  # 'went to cybersecurity projects': which ones
            elif runs and "(" not in m.group(1):  # 'heat pump' before 'renovation premiums'; a word of a
                out += [w for w in runs if w not in out]  # compound ('work-care') or glossed ('(arbeidszorg)') is not
        # 'because the company was awaiting a decision': which part
        cause = None if dutch else _CAUSE.search(without_ask_phrase(text))
        if cause:
            out += [w for w in words(cause.group(1)) if w in lost and w not in out]
        return out

    def _counts(self, fact: Fact) -> list[str]:
        """What a number counts in its sentence ('9 % van de vrouwen': vrouw)."""
        return counted_by(self.index.document(fact.doc).text, fact)

    def meaning(self, text: str, facts: list[Fact], around: int | None = None) -> np.ndarray:
        """Cosine of the question or claim with each fact's labels and own row or sentence (multilingual e5),
        with the sentence before when its own points back to it ('In 2016 waren dat er 10. 624.'); with
        `around`, the words that many characters either side of the number instead of the sentence."""
        texts = [" ".join((description(f), antecedent(self.index.document(f.doc).text, f),
                           f.quote if around is None else local_words(self.index, f, around, around)))
                 for f in facts]
        return self.index.embedder.embed_passages(texts) @ self.index._query_vector(text)[0]

    def _vouch(self, text: str, ranked: list[Scored], lost: list[str] | None, pool: int = 20,
               regions: list[str] | None = None, heads: list[str] | None = None, total: bool = False,
               periods: bool = True, fits: Callable[[Fact], bool] | None = None) -> None:
        """Words the documents lack in every form (English ones; Dutch ones with `lost` None, held only against
        the candidates that lack them) are checked by meaning: the multilingual embedder
        compares the question with the own row or sentence and labels of each leading candidate. The closest,
        when close (UNBRIDGED_MIN) and passing the other checks, is vouched for: it may answer on a weaker
        lexical score. When the lost words are what the question counts (`lost`), no other candidate may.
        A question that names no region is not vouched a province's row ('across all provinces' is as close
        in meaning to 'West-Vlaanderen 227' as to 'Totaal 715') while a candidate for the whole passes, nor
        a quarter's cell to a question that names no quarter while its table's total for the year passes; of
        numbers of one sentence, the one whose own noun is one the question asks for (`heads`) is taken; of
        candidates of which some are the kind of number asked (`fits`: 'hoeveel subsidie', an amount), only those."""
        if lost is not None:  # a Dutch question (None) has them per candidate, where its words did not say them
            for s in ranked:
                if s.check is not None:
                    s.check.unbridged = lost
        if not lost and (lost is not None or not any(s.check and s.check.unbridged for s in ranked[:pool])):
            return  # the words that could not be checked are held against no candidate: the ranking stands
        if lost is None and any(s.verified for s in ranked[:pool]):
            return  # a figure that says every word of the question outranks any that meaning vouches for
        lead = [s for s in ranked[:pool] if s.check is not None]
        if fits is not None and any(fits(s.fact) for s in lead):
            lead = [s for s in lead if fits(s.fact)]
        if not regions and any(not part_region(s.fact) and replace(s.check, unbridged=[]).ok for s in lead):
            lead = [s for s in lead if not part_region(s.fact)]
        alone = len(lead) == 1  # no rival: nothing shows that the question's words single it out
        if total and any(s.fact.is_total and s.fact.table_id and replace(s.check, unbridged=[]).ok for s in lead):
            lead = [s for s in lead if s.fact.is_total or not s.fact.table_id]  # 'in total': no part of a table
        quarters = [s for s in lead if s.fact.table_id and self._fact_periods(s.fact)]
        if not periods and quarters and any(s.fact.is_total and s.fact.table_id == quarters[0].fact.table_id
                                            and replace(s.check, unbridged=[]).ok for s in lead):
            # 'over the whole of 2023': the year's total row, not one of its quarters
            lead = [s for s in lead if s not in quarters]
        if not lead:
            return
        sims = self.meaning(text, [s.fact for s in lead])
        # the closest in meaning among those that pass every other check (the quarter, the year): a total
        # column means nearly the same as its K2 cell but fails the quarter asked
        passing = [k for k, s in enumerate(lead) if replace(s.check, unbridged=[]).ok]
        # one that lacks a word of the question that those passing say ('gemiddelde' beside 'Aantal leningen') is
        # out on the words themselves, whatever its meaning
        contenders = [k for k in range(len(lead)) if k in passing or not _lexically_out(lead[k].check)]
        top = max(contenders, key=lambda k: sims[k]) if passing else int(np.argmax(sims))
        if not passing or (top not in passing and not _only_period(lead[top].check)
                           and not any(_together(lead[top].fact, lead[j].fact) and sims[top] <= sims[j] + ROW_TIE
                                       for j in passing)):
            return  # the closest in meaning fails on what it is about, not on its period: no answer (two numbers
            # of one sentence or table mean the same to within a tie; their own words tell them apart)
        k = max(passing, key=lambda k: sims[k])
        best = lead[k]
        # with no rival, nothing shows that the question's words single this candidate out: ask for more
        # what fails on its period only ('In september 2023 ... 5.061' for December) is no rival in meaning
        closest = max(float(sims[j]) for j in contenders if j in passing or not _only_period(lead[j].check))
        if sims[k] < (UNBRIDGED_ALONE if alone else UNBRIDGED_MIN) or sims[k] < closest - MEANING_SLACK:
            return
        asked = set(stems(text))
        said = {j: len(asked & set(stems(" ".join(lead[j].fact.row_path + lead[j].fact.col_path)))) for j in passing}
        if any(j != k and said[j] >= said[k] and (
                _other_row(lead[j].fact, best.fact) and sims[j] >= sims[k] - ROW_TIE
                or _other_column(lead[j].fact, best.fact) and sims[j] >= sims[k] - COLUMN_TIE) for j in passing):
            return  # the words left to meaning do not tell this cell from another of its row or column ('fish farms'),
            # nor do the question's words its labels say ('laagste' of 'Categorie 1 (laagste inkomens)')
        rivals = [j for j in passing if j != k and same_sentence(lead[j].fact, best.fact)
                  and lead[j].fact.value != best.fact.value and sims[j] >= sims[k] - MEANING_SLACK]
        counting = [j for j in [k, *rivals] if heads and set(heads) & set(self._counts(lead[j].fact))]
        if rivals and len(counting) == 1:  # numbers of one sentence: the one that counts what the question asks
            best = lead[counting[0]]  # ('9 % van de vrouwen en 8 % van de mannen': women, 9 %)
        elif rivals:  # ... else compare their own clauses, and answer only when one stands out
            near = self.meaning(text, [best.fact] + [lead[j].fact for j in rivals], around=50)
            if float(near[0]) < float(near[1:].max()) + MEANING_SLACK / 2:
                return
        if lost and any(w.endswith("ed") for w in lost) and self._deeds_apart(best.fact):
            return  # 'passed the inspection': a deed left to meaning, and the row's columns differ by their deeds
            # ('Gecontroleerde kamers', 'Conform bevonden'): which one is not told by meaning
        held, best.check.unbridged = best.check.unbridged, []
        if best.verified:
            best.vouched = True
            ranked.remove(best)
            ranked.insert(0, best)
        else:
            best.check.unbridged = held

    def _deeds_apart(self, fact: Fact) -> bool:
        """The cells of the fact's row are labelled with two deeds or more (participles: 'Gecontroleerde kamers',
        'Conform bevonden')."""
        if not fact.table_id or fact.source != "table":
            return False
        labels = {" ".join(o.col_path) for o in table_cells(self.index, fact) if o.row_path == fact.row_path}
        return len({w.lower() for label in labels for w in re.findall(r"[^\W\d_]{5,}", label) if names_deed(w)}) >= 2


_ADJECTIVE_END = re.compile(r"(?:lijk|aal|eel|isch|ief)$")


def without_echoes(groups: list[list[str]]) -> list[list[str]]:
    """The term groups less an adjective made from another term's noun ('municipal' / 'gemeentelijk' beside
    'municipalities' / 'gemeenten'): 'gemeenten met een gemeentelijk plan' asks no second thing."""
    firsts = [g[0] for g in groups]
    return [g for g in groups if not (_ADJECTIVE_END.search(g[0]) and any(
        len(f) >= 5 and f != g[0] and g[0].startswith(f) and len(g[0]) - len(f) <= 6 for f in firsts))]


@lru_cache(maxsize=256)
def unbridgeable(text: str) -> frozenset[str]:
    """Words of a question not read through the document word closest in meaning: the parts of a hyphenated word
    ('full-time' is 'voltijds', not 'volledig' and 'tijd'), prepositions and other function words, and the words
    that name the source ('according to the pay gap report'), which no figure need say."""
    parts = {p for w in re.findall(r"\w+(?:-\w+)+", text.lower()) for p in w.split("-")}
    source = SOURCE_PHRASE.search(text)
    function = {w for w in words(text) if w in EN_FUNCTION}  # 'after', 'before': no word a figure says
    return frozenset(parts | function | (set(words(source.group(1))) if source else set()))


# a word that negates or compares: what it says of a figure is not left to meaning
def _narrows(word: str) -> bool:
    """A word that negates ('onbezet': 'on' and a word) or compares ('hoger', 'grootste': not its dictionary form)."""
    w = word.lower()
    return (w.startswith("on") and len(w) >= 6 and is_known_word(w[2:])) \
        or (w.endswith(("er", "ste")) and lemma(w) != w)
_CAUSE = re.compile(r"\b(?:because|due to|owing to|as a result of)\b(.*)", re.I)


# a preposition that narrows a count to a part, and the words after it ('at fish farms', 'among people over 65');
# 'the number of', 'the share of' introduce what is counted and narrow nothing
_QUALIFIER = re.compile(r"(?<!number )(?<!amount )(?<!share )(?<!percentage )(?<!proportion )(?<!total )"
                        r"\b(?:at|of|for|among|from|by|on|with|(?:(?<=went )|(?<=goes )|(?<=allocated )|(?<=awarded )|"
                        r"(?<=granted )|(?<=given )|(?<=paid ))to)\s+((?:[\w'()-]+\s+){0,3}[\w'()-]+)", re.I)


# the same in Dutch, past an article: 'voor de overstromingen', 'bij viskwekerijen'
_QUALIFIER_NL = re.compile(r"(?<!aantal )(?<!bedrag )(?<!aandeel )(?<!percentage )(?<!deel )(?<!totaal )"
                           r"\b(?:van|voor|bij|onder|uit|met|aan|op|door)\s+(?:(?:de|het|een)\s+)?"
                           r"((?:[\w'()-]+\s+){0,3}[\w'()-]+)", re.I)


def breakdown(lead: list[Scored]) -> bool:
    """Rows of one table and column, or columns of one row, among the leading candidates: a count broken
    down into parts."""
    seen: dict[tuple, set[tuple[str, ...]]] = {}
    for s in lead:
        f = s.fact
        if f.table_id and f.row_path and f.col_path and not f.is_total:
            seen.setdefault((f.table_id, "col", tuple(f.col_path)), set()).add(tuple(f.row_path))
            seen.setdefault((f.table_id, "row", tuple(f.row_path)), set()).add(tuple(f.col_path))
    return any(len(parts) >= 2 for parts in seen.values())


def _together(a: Fact, b: Fact) -> bool:
    """Two numbers of one sentence or of one table."""
    return same_sentence(a, b) or bool(a.table_id) and a.table_id == b.table_id


def _other_row(a: Fact, b: Fact) -> bool:
    """Another row of the same table and column, with another value."""
    return bool(a.table_id) and a.table_id == b.table_id and a.col_path == b.col_path \
        and a.row_path != b.row_path and a.value != b.value


def _other_column(a: Fact, b: Fact) -> bool:
    """Another column of the same table and row, with another value."""
    return bool(a.table_id) and a.table_id == b.table_id and a.row_path == b.row_path \
        and a.col_path != b.col_path and a.value != b.value


def part_region(fact: Fact) -> bool:
    """A fact of one province or city, not of Flanders as a whole."""
    return bool(fact.region) and fact.region != "Vlaanderen"


def _opens_compound(stem: str, vocab: set[str]) -> bool:
    """A long word the documents say as the first part of a compound ('fluoridelak' in
    'Fluoridelakbehandelingen'): long enough to name one thing wherever it stands, unlike 'brand' in
    'brandveiligheid', so a cell can be checked to say it."""
    return len(stem) >= 9 and any(len(v) >= len(stem) + 4 and v.startswith(stem) for v in vocab)
