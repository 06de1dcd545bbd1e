"""Match a parsed question to the facts that can answer it.

A fact's score mixes what its labels say (BM25 over the fact descriptions,
overlap with measure/row/column/caption), how well its passage matches the
question (the hybrid chunk score) and the words right next to the number.
Years, regions and the asked unit are hard constraints: a fact that
breaks one is never an answer, however well it matches otherwise.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..facts.clausekinds import CHANGE_WORD, is_start_value
from ..facts.proseyears import range_point
from ..facts.yearlists import item_list_lead
from ..models import Fact
from ..search.compounds import decompound
from ..search.retrieve import Index
from ..search.scope import chunk_mask
from ..search.store import label_stems
from ..text import EN_NL, bridge_to_dutch, contradicts, norm_stems, stems
from ..facts.periods import dated_months, last_period, period_keys
from .question import MONEY_UNITS, Query
from .clauses import (WITHOUT, antecedent, clause_after, clause_names, counted_by, elided, list_group, of_whole, own_item,
                      part_words, qualifier, ratio_whole, sentence_before)
from .bridge import WordBridge
from .english import EnglishTerms, breakdown, part_region, unbridgeable
from .admission import Admission
from .checking import Checking, _stemset
from .admit import ANY_MONEY, fits_unit, is_rate, money_head, unit_answers
from .asked import measure_words
from .frames import CAPITALS, Frames, local_words
from .meaning import settle_by_meaning
from .bounds import label_numbers
from .phrasing import counted_adjectives, counts_persons, described_by
from .synonyms import synonyms
from .scored import Scored, counts_other_caption, head_match
from .verbs import deed_stems, is_verb_form, separable_forms
from .verify import counts_other, description, pointed_back, terms_of
from .wordparts import plain, plain_set, term_in

LEX_W, DENSE_W, LABEL_W, LOCAL_W = 0.3, 0.3, 0.25, 0.15
_AVERAGE = re.compile(r"\b(?:gemiddeld\w*|gem\.|average|mean)(?!\w)", re.I)  # asked: only a figure said to be one answers
_PER_PERIOD = re.compile(r"\b(?:dagelijks|wekelijks|maandelijks|jaarlijks|daily|weekly|monthly|yearly|annually|"
                         r"(?:per|a|each)\s+(?:dag|week|maand|jaar|day|month|year|weekdag))\b", re.I)
_BESIDE_AVERAGE = re.compile(r"\b(?:boven|onder|above|below)\s+(?:het\s+|the\s+)?(?:\w+\s+)?(?:gemiddelde|average)\b", re.I)
_ISO_DATE = re.compile(r"\b(?:19|20)\d\d-(\d\d)-\d\d\b")  # a dated section heading
REGION_PENALTY = 0.25
NAME_PENALTY = 0.25  # a prose figure whose clause names a body or operation the question does not
AVERAGE_PENALTY = 0.25  # an average when the question asks none: a whole figure beside it is meant
PERIOD_W = 0.1  # a cell that carries the quarter, semester or month the question names, over one that lacks it
CONTRAST_PENALTY = 0.5
# a question that asks 'ongeveer hoeveel' may take the rounded figure
_ASKS_ROUGHLY = re.compile(r"\b(?:ongeveer|circa|bijna|zowat|ruim|about|roughly|approximately|nearly|almost)\b", re.I)
_HEDGED = re.compile(r"\b(?:bijna|ongeveer|circa|ca\.|zowat|nagenoeg|ruim|om en bij|(?:iets )?(?:meer|minder) dan|"
                     r"rond de|nearly|almost|about|approximately|roughly|(?:more|less) than)\s+$", re.I)


@dataclass
class _Features:
    label: set[str]  # measure, row, column, caption
    local: set[str]  # the words around the number
    clause: set[str]  # the rest of its clause (clauses.clause_after): what it is said of, for ranking only
    near: set[str]  # ... closer in
    tight: set[str]  # what labels this very number
    frame: set[str]  # caption, row, column
    own: set[str]  # description and quote, accents folded
    periods: set[str]  # quarters and months it is about
    caption: set[str]  # its caption, accents folded
    parts: set[str]  # what a part after 'waarvan' says, not this number (part_words)
    former: bool  # the start value of 'van X naar Y' (qa.facts.prose.is_start_value)
    qualifier: list[str]  # a part after 'waarvan': the stems that say which part it is ('brevet')
    without: bool  # a prose number whose own clause says it counts what lacks something ('zonder LIVC')
    names: set[str]  # names in capitals in a prose number's own clause ('PANGEA', 'FAGG')
    listed: bool  # a cell of an inline labelled list ('- Samu Social: 51,19 euro'): its label says whose it is
    pointed: set[str]  # a prose number's 'deze sites': the compound of the sentence before it points back at


class FactMatcher(EnglishTerms, Admission, Checking):
    """Ranks facts for questions; built once per Index."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._features: dict[int, _Features] = {}  # per fact, computed when it is first a candidate
        self.frames = Frames(index)
        self._counted: dict[int, list[str]] = {}
        self._said: dict[tuple[str, str, str], bool] = {}
        self._counted_in: dict[tuple[str, tuple[str, ...]], bool] = {}
        self._codes: list[tuple[str, set[str]]] | None = None
        bm25 = getattr(index, "bm25", None)
        self._vocab = set(getattr(bm25, "vocab_dict", {}) or {})
        self._cognate_keys: dict[str, list[str]] | None = None
        self.bridge = WordBridge(index)
        self._known: dict[str, bool] = {}  # EnglishTerms.known, per stem
        self._headed: dict[str, bool] = {}  # EnglishTerms.said_as_head, per stem
        self._groups_of: dict[str, list[tuple[list[str], bool]]] = {}  # EnglishTerms._english_groups, per text
        self._compounds: dict[tuple[str, str], list[str]] = {}  # EnglishTerms.dutch_compound, per word pair
        self._initials_of: dict[tuple[str, str], set[str]] = {}
        self._label_df: dict[str, int] | None = None
        self._regions_of: dict[str, dict[tuple[int, str | None], set[str | None]]] = {}
        self._idf_default = math.log(1 + max(1, len(index.facts)))

    def features(self, i: int) -> _Features:
        """The stems that label fact i, read from its document once (a query touches only its candidates)."""
        found = self._features.get(i)
        if found is None:
            f = self.index.facts[i]
            text = self.index.document(f.doc).text
            before = antecedent(text, f)  # 'In 2016 waren dat er 10. 624.' counts what the sentence before did
            before += " " + list_group(text, f)  # 'Maatwerkbedrijven:' over its list of '- ...: 572,78 dagen'
            found = _Features(
                label=label_stems(f) | self._spelled_out(f),
                local=set(stems(local_words(self.index, f) + " " + before)) | own_item(text, f)
                | (set(counted_by(text, f)) if elided(text, f) or of_whole(text, f) else set())  # '19 in Vlaanderen'
                | set(ratio_whole(text, f)),  # '..., wat neerkomt op 58,3%': the share of the whole the sentence names

                clause=set(stems(clause_after(text, f))),
                near=set(stems(local_words(self.index, f, 30, 60))),
                tight=self._tight(f),
                frame=set(stems(" ".join((f.caption, f.row, f.column)))),
                own=self._with_codes(plain_set(norm_stems(description(f) + " " + f.quote + " " + before))),
                periods=self._fact_periods(f),
                caption=plain_set(norm_stems(f.caption)),
                parts=part_words(text, f),
                former=f.source == "prose" and is_start_value(text, f.start, f.end),
                qualifier=qualifier(text, f),
                without=f.source == "prose" and bool(WITHOUT.match(text, f.end)),
                names=clause_names(text, f),
                listed=f.source == "prose" and item_list_lead(text, f.start) is not None,
                pointed=pointed_back(f.quote, sentence_before(text, f)) if f.source == "prose" else set())
            if len(self._features) > 100_000:
                self._features.clear()
            self._features[i] = found
        return found

    @staticmethod
    def _says(term: str, parts: tuple[str, str] | None, words: set[str]) -> bool:
        """A question stem is among a fact's words, or a synonym of it ('opzijgezet': 'voorzien'), or both its parts
        (decompound) are ('taxibedrijf': 'taxi', 'bedrijf')."""
        return term in words or parts is not None and parts[0] in words and parts[1] in words \
            or any(t in words for t in synonyms(term))

    def idf(self, stem: str) -> float:
        """How rare a word is among the facts' labels (df stored at index time)."""
        if self._label_df is None:
            self._label_df = self.index.label_df()
        df = self._label_df.get(stem)
        return math.log(1 + max(1, len(self.index.facts)) / df) if df else self._idf_default

    def _tight(self, fact: Fact) -> set[str]:
        """What labels this very number: its row, column, measure and the words right after it."""
        after = self.index.document(fact.doc).text[fact.end:min(fact.quote_end, fact.end + 40)]
        after = re.split(r"\d", after, maxsplit=1)[0]  # up to the next number: its words are that number's
        after = after.rsplit(" ", 1)[0] if len(after) == 40 else after  # whole words only
        return set(stems(" ".join((fact.row, fact.column, fact.measure if fact.source == "table" else "", after))))

    def _near(self, fact: Fact) -> str:
        """A prose figure's own clause: from the comma before it to the one after ('De gemiddelde doorlooptijd ...
        bedroeg 143 dagen', 'gemiddeld 2.951 euro per gemeente'), not the sentence's other clauses."""
        text = self.index.document(fact.doc).text
        # not cut at a colon: 'Gemiddelde duur (in dagen) lopende dossiers: 212,5 dagen' labels the value after it
        return re.split(r"[,.;]\s", text[max(0, fact.start - 300):fact.start])[-1] + " " + \
            re.split(r"[,.;:]\s", text[fact.end:min(fact.quote_end, fact.end + 30)])[0]

    def _fact_periods(self, fact: Fact) -> set[str]:
        """The quarters and months a fact is about: its labels' for a cell; in prose the period named closest
        before the number in its sentence ('Het eerste kwartaal kende 148.000 dagen, het tweede ...' is Q1)."""
        if fact.source != "prose":
            # each label apart: 'Prioriteitengroep 2' beside 'apr' is no date '2 apr'
            own = set().union(*(period_keys(p) for p in fact.row_path + fact.col_path))
            if own:  # 'jan 2024' under a caption 'eerste jaarhelft 2024': January
                return own
            return period_keys(description(fact) + " " + local_words(self.index, fact))
        text = self.index.document(fact.doc).text
        point = range_point(text, fact.quote_start, fact.quote_end, fact.start)
        if point:  # 'van 31 % tot 47 % tussen januari 2015 en december 2016': 31 % is January's
            return period_keys(text[point[0]:point[1]])
        before = text[max(fact.quote_start, fact.start - 150):fact.start]
        dated = dated_months(fact.quote)
        nearest = last_period(before)
        if nearest:
            return {nearest} | dated
        after = re.split(r"\d", text[fact.end:min(fact.quote_end, fact.end + 80)], maxsplit=1)[0]
        said = period_keys(after) | dated
        dated_section = _ISO_DATE.search(fact.caption)  # '=== [119] 2023-12-22 | ...': a decision of December
        return said or ({f"m{int(dated_section.group(1))}"} if dated_section else set())

    def own_terms(self, fact: Fact, text: str, lang: str) -> int:
        """How many of a question's or claim's term groups a figure's own row, sentence and labels say."""
        i = self.index.facts.position(fact.doc, fact.start)
        own = self.features(i).own if i is not None else set()
        return sum(any(term_in(t, own) for t in group) for group in self.term_groups(text, lang))

    def counted_by(self, i: int) -> list[str]:
        """What prose fact i counts (read once per fact, see qa.answer.clauses.counted_by)."""
        if i not in self._counted:
            fact = self.index.facts[i]
            self._counted[i] = counted_by(self.index.document(fact.doc).text, fact)
        return self._counted[i]

    def _said_with(self, doc: str, adjective: str, counted: str) -> bool:
        """Does a sentence or line of the document say the adjective with the counted noun ('Diplomatieke
        nummerplaten' as a heading; not '9 Franstaligen' for 'Franstalige organisaties')?"""
        key = (doc, adjective, counted)
        if key not in self._said:
            if len(self._said) > 4096:  # per question a few keys; a long-running server stays small
                self._said.clear()
            pieces = re.split(r"[.?!;]\s|\n", self.index.document(doc).text)
            self._said[key] = any(term_in(adjective, words) and term_in(counted, words)
                                  for words in (plain_set(set(stems(p))) for p in pieces if len(p) > 3))
        return self._said[key]

    def _spelled_out(self, f: Fact) -> set[str]:
        """Stems of what the codes heading a cell stand for ('VEK 2024': gesplitst vereffeningskrediet), by the
        document's list of abbreviations or its own '(VEK)': a question says the long form."""
        if f.source == "prose":
            return set()
        return set(stems(self.frames.spelled_out(f.doc, " ".join([*f.row_path, *f.col_path]), CAPITALS)))

    def _with_codes(self, own: set[str]) -> set[str]:
        """A fact's stems plus the codes whose long form they say in full ('Lokale diensteneconomie' says LDE)."""
        if self._codes is None:
            self._codes = [(short.lower(), plain_set(set(stems(long)))) for short, long in dict.fromkeys(self.index.terms)
                           if len(stems(long)) >= 2]  # (once each: an archive repeats its codes in every document)
        return own | {short for short, long in self._codes if long <= own}

    def _exact_first(self, out: list[Scored], lead: int = 6) -> None:
        """'bijna 700 duizend deelnemersdagen' in a sentence and 688,3 (x 1.000) in the table: a rounded figure
        is not the number asked when a verified candidate close below it gives the exact one."""
        top = out[0] if out else None
        if top is None or top.fact.source != "prose" or not top.verified or not _HEDGED.search(
                self.index.document(top.fact.doc).text[max(0, top.fact.start - 30):top.fact.start]):
            return
        for s in out[1:lead]:
            same = s.fact.doc == top.fact.doc and (s.fact.unit == "%") == (top.fact.unit == "%") \
                and (s.fact.year is None or top.fact.year is None or s.fact.year == top.fact.year)
            if same and s.verified and s.fact.value and any(
                    abs(s.fact.value * k - top.fact.value) <= 0.15 * abs(top.fact.value) for k in (1, 1e3, 1e6)):
                out.remove(s)
                out.insert(0, s)
                return

    def rank(self, q: Query, text: str | None = None, years: list[str] | None = None,
             regions: list[str] | None = None, operand: str | None = None, limit: int = 10,
             operand_weight: float = 0.3) -> list[Scored]:
        """Facts that may answer `text` (default: the question), best first."""
        text = text or q.text
        facts = self.index.facts
        if not facts:
            return []
        lex = self.index.fact_scores(self.compound_text(text) if q.lang == "en" else text)
        chunk = self.index.chunk_scores(text)
        chunk = (chunk - chunk.min()) / (chunk.max() - chunk.min() + 1e-9)
        if q.docs is not None:  # a filter: the other documents' facts and passages do not compete
            lex = np.where(chunk_mask(self.index.facts.docs, q.docs), lex, 0.0)
            chunk = np.where(chunk_mask(self.index._chunk_docs, q.docs), chunk, 0.0)
        op_stems = _stemset(operand, q.lang) if operand else set()
        subject = set(q.subject) | op_stems
        # an operand that is a deed ('uitgegeven' against 'begroot') names a column, not what is counted
        heads = ([] if q.lang == "nl" and all(is_verb_form(w) for w in operand.split()) else
                 [h for h in op_stems if len(h) >= 4]) if operand else q.heads
        whole = _stemset(q.whole, q.lang) if q.whole and not operand else set()  # 'welk aandeel van het
        parts = [t for t in subject if t not in whole and len(t) >= 4]  # personeel bestond uit vrijwilligers'
        years = q.years if years is None else years
        regions = q.regions if regions is None else regions
        # consider the lexical and passage leaders only: scoring every fact is wasted work
        pool = set(np.argsort(-lex)[:200].tolist())
        top_chunks = set(np.argsort(-chunk)[:15].tolist())
        pool |= set(np.nonzero(np.isin(self.index._fact_chunk, list(top_chunks)))[0].tolist())
        asked_periods = period_keys(text)
        split = {t: decompound(t, self._vocab) for t in subject}  # once per question, not per candidate
        verbs = separable_forms(text)
        deeds = deed_stems(text) if q.lang == "nl" else set()  # 'werden toegewezen': a column 'Nieuwe toewijzingen'
        # 'bodem-water' written closed in a label ('bodemwaterwarmtepomp') says both its parts
        hyphened = [(whole, set(stems(f"{a} {b}")) & subject)
                    for a, b in re.findall(r"\b(\w{3,})-(\w{3,})\b", text) if len(a) + len(b) >= 8
                    for whole in {f"{a}{b}".lower(), *stems(f"{a}{b}")}]  # labels are stems: 'kinddagen' is 'kinddaag'
        groups = self.term_groups(text, q.lang)
        if q.lang == "en":  # a compound's modifier ('animal' of 'dierenwelzijn') labels no cell of its own ('Exotische
            firsts = [g[0] for g in groups]  # dieren'): the compound is the term
            subject = {t for t in subject if t in firsts or not any(c.startswith(t) and len(c) > len(t) + 3 for c in firsts)}
        # words the documents have in no form (English ones without a Dutch form, Dutch ones no document uses)
        # cannot be checked on a cell: they are not held against it, and the embedder checks their meaning
        # instead (_vouch). Claims and operands: as before
        unbridged = [] if operand else self.unbridged(text) if q.lang == "en" else self.unsaid(text)
        unsaid = {t for w in unbridged for t in terms_of(stems(w))} if q.lang != "en" else set()
        described = described_by(unbridged, text) if q.lang != "en" else set()  # 'energiebesparende werken'
        # an adjective of what is counted that no document says ('hoeveel vrouwelijke vrijwilligers') narrows the
        # count to a group no cell names: it stays a missing word, not one left to meaning
        narrowing = set(counted_adjectives(text)) if q.lang == "nl" and q.unit_hint == "count" else set()
        heads = [h for h in heads if h not in unsaid]  # 'welk bedrag ontvingen getroffen telers': no cell names them
        counted = q.counted
        if q.lang == "nl":  # a head the documents say only through a synonym ('locaties': 'Vestigingsplaatsen')
            heads = list(dict.fromkeys(k for h in heads for k in self.known_forms(h, cognate=False) or [h]))
            counted = (self.known_forms(counted, cognate=False) or [counted])[0] if counted else counted
        if operand and counted and counted not in op_stems and any(counted in _stemset(o, q.lang) for o in q.operands):
            # 'meer mannen dan vrouwen ...': the question counts one side's noun, and the other side its own
            own_nouns = terms_of([t for t in stems(bridge_to_dutch(operand) if q.lang == "en" else operand)
                                  if t in op_stems])  # its own first noun
            counted = own_nouns[0] if own_nouns else counted
        soft = self.untranslated(q.text) if q.lang == "en" else frozenset()
        lost = []  # what the question counts, when the documents have it in no form: only meaning can check it
        if unbridged and q.lang == "en":
            lost = [h for h in heads if not self.known_any(h) and not self.own_forms(h) and h not in ANY_MONEY] + \
                [c for c in [counted] if c and not self.known_any(c) and not self.own_forms(c) and c not in ANY_MONEY]
            # ('money': any amount) a head said through a synonym or its own stem ('nests': 'nest') is checked in
            # that form; one the documents only have as a cognate ('vaccine': 'vaccineren') is no filter, since the
            # cognate may name the head of another compound
            heads = [] if heads and heads[0] in lost else list(dict.fromkeys(  # (the phrase's head is lost: its
                k for h in heads for k in self.known_forms(h, cognate=False) or self.own_forms(h)))  # modifier
            counted = next(iter(self.known_forms(counted, cognate=False) or self.own_forms(counted)), None) \
                if counted else None  # alone names no cell)
        if q.lang == "en":  # the compound a head opens ('operating subsidies': 'werkingssubsidie') names the head
            heads = heads + [g[0] for g in groups if g[0] not in heads and any(
                g[0].startswith(h) and len(g[0]) > len(h) + 3 for h in heads if len(h) >= 4)]
        # English words the word list gives a Dutch form of that no document has ('women': vrouwen): content
        # words, like Dutch ones no document has, held against each figure and left to meaning; so is any such
        # word of a question that asks a share ('what share of the trees ... was still alive'), where the
        # predicate is what tells one percentage of a document from another
        listed = [w for w in unbridged if w in EN_NL or q.unit_hint == "%" and w not in unbridgeable(text)
                  ] if q.lang == "en" and not lost else []  # (not a word of 'according to the pay gap report')
        # the general word list's Dutch forms: a figure may say one of them otherwise ('gerealiseerd' for 'achieved')
        sayable = self.soft_terms(text) if q.lang == "en" else set()

        # the names the question says, also as the abbreviation of a long form it says ('vastleggingskrediet': VAK)
        asked_names = {part.lower() for w in re.findall(r"[\w-]+", self.index.expand(f"{q.text} {text}"))
                       for part in w.split("-")}
        claimed_change = bool(operand and CHANGE_WORD.search(operand))  # a claim's 'met 7 procent verminderen'
        hedged = bool(_ASKS_ROUGHLY.search(text))
        # ('onder het gemiddelde' still speaks of one, and so does a rate: 'dagelijks', 'per jaar')
        says_average = bool(_AVERAGE.search(q.text) or _PER_PERIOD.search(q.text))
        averaged = bool(_AVERAGE.search(_BESIDE_AVERAGE.sub("", q.text))) and not operand
        measured = measure_words(q.text, q.unit_hint)  # 'hectare' of 'hoeveel hectare'
        out: list[Scored] = []
        labelled: dict[int, set[str]] = {}  # each candidate's label stems
        for i in pool:
            fact = facts[i]
            if not self.allowed(fact, q, years, regions) or (fact.value in q.stated and fact.raw not in ("/", "-")
                                                              and fact.value not in label_numbers(fact)):
                # a number the question states is not its answer, unless the cell's own row says it too ('21 tot 50')
                continue
            if fact.change and not (q.changes and q.operation in (None, "change") and not operand) and not claimed_change:
                continue  # the size of a change answers only a question or claim about that change, never a level
            if fact.target and not q.targets:
                continue  # a goal answers only a question about goals, never one about the level reached
            feat = self.features(i)
            local_set = feat.local
            own = feat.label | local_set
            if heads and not head_match(heads, own) and fact.year not in heads and not unit_answers(q, fact) \
                    and not (len(heads) == 1 and counts_persons(heads[0], own)) \
                    and not money_head(q, heads, fact, feat.own) and not deeds & feat.label \
                    and not (elided(self.index.document(fact.doc).text, fact) and head_match(heads, set(self.counted_by(i)))) \
                    and not (fact.source == "table" and fact.unit is None and head_match(heads, self.frames.title_words(fact.doc))
                             and not counts_other_caption(self.index.expand(fact.caption), heads)) \
                    and not (whole and fact.unit == "%" and set(heads) <= whole and head_match(parts, feat.label)):
                continue  # (a table of a report on 'inburgering' counts inburgeraars in a column 'Geslaagd'; a column
                # 'Aandeel vrijwilligers' is the share asked of the whole staff; '26.358 vrouwen (69,0%)' the share
                # of the carers who are women)
            if q.rate and not is_rate(self.index, fact):
                continue
            # 'the average project grant' is no total, however well the rest fits (it stays a rival in meaning)
            no_average = averaged and not (_AVERAGE.search(" ".join([fact.measure, *fact.row_path, *fact.col_path]))
                                           or fact.source != "table" and _AVERAGE.search(self._near(fact))
                                           or is_rate(self.index, fact))
            # 'het gemiddelde boetebedrag' is no answer to what the fines came to together, nor to a count
            an_average = not says_average and fact.unit != "%" and bool(
                _AVERAGE.search(" ".join([fact.measure, *fact.row_path, *fact.col_path])))
            weight = {t: self.idf(t) for t in subject}
            total = sum(weight.values()) or 1.0
            joined = {t for whole, parts in hyphened for t in parts if any(whole in w for w in feat.label)}
            label = sum(w for t, w in weight.items() if self._says(t, split[t], feat.label) or t in joined
                        or any(v in feat.label for v in verbs.get(t, ()))) / total  # 'vroegen ... aan': 'Aanvragen'
            around = local_set | feat.clause
            local = sum(w for t, w in weight.items() if self._says(t, split[t], around)) / total
            at = self.index._fact_chunk[i]
            dense = float(chunk[at]) if at >= 0 else 0.0
            score = LEX_W * float(lex[i]) + DENSE_W * dense + LABEL_W * label + LOCAL_W * local
            if op_stems:
                near = len(op_stems & feat.near) / len(op_stems)
                frame = len(op_stems & feat.frame) / len(op_stems)
                score += operand_weight * (0.7 * near + 0.3 * frame)
            if contradicts(set(subject), feat.tight):
                score -= CONTRAST_PENALTY
            if not regions and part_region(fact):
                score -= REGION_PENALTY
            if feat.names - asked_names:  # 'bij vorige PANGEA-acties ... 99 zendingen' for all seized shipments
                score -= NAME_PENALTY
            if fact.is_total and (q.total_hint or not regions):
                score += 0.05
            if q.unit_hint == "money" and fact.unit in MONEY_UNITS:
                score += 0.05
            if fact.raw in ("/", "-") and not fact.is_total:
                score -= 0.05
            check = self.check(i, q, groups, asked_periods, counted, soft)
            if lost and fact.source == "table" and counts_other(fact, groups, heads + [counted or ""]):
                check.head_missing = True  # 'how many volunteers ... in repair cafés': 'Aantal repaircafés' counts cafés
            if no_average:
                check.missing.append("gemiddeld" if q.lang == "nl" else "average")
            if an_average and (q.total_hint or q.unit_hint == "count"):
                check.conflicts.append("gemiddeld" if q.lang == "nl" else "average")
            elif an_average:
                score -= AVERAGE_PENALTY
            absent = [m for m in check.missing if m in sayable]
            if len(absent) == 1:  # one word the figure says otherwise; not several: a figure that lacks them is
                check.missing.remove(absent[0])  # about something else
            meant = [m for m in check.missing if m in unsaid and m not in narrowing] or listed[:]
            if meant:  # a word no document has is left to meaning (_vouch); the figure itself must say the rest
                check.missing = [m for m in check.missing if m not in unsaid]
                check.unbridged = meant
                # its labels, its sentence and the one before it ('Met het programma "Zorgzame Buurten" ... In 2023
                # liep het programma in 52 gemeenten'), its document's title
                near = sentence_before(self.index.document(fact.doc).text, fact) if fact.source == "prose" else ""
                near = "" if len(re.findall(r"\d+", near)) > 3 else near  # a sentence, not a table's lines
                titled = plain_set(own | self.frames.title_words(fact.doc) | set(stems(near)))
                check.framed = [g[0] for g in groups if g[0] not in unsaid | described | measured
                                and not any(term_in(t, titled) for t in g)]  # ('in hectare': the cell's unit ha)
            if asked_periods:  # 'in het derde kwartaal': the cell under 'K3 2023' before the year's total
                score += PERIOD_W if not check.periods else -PERIOD_W
            out.append(Scored(fact, score, label, local, check))
            labelled[id(out[-1])] = feat.label
        if q.lang == "nl":
            _deed_of_sibling({f for forms in verbs.values() for f in forms}, out, labelled)
        out.sort(key=lambda s: -s.score)
        if not hedged:
            self._exact_first(out)
        if counted and counted in unsaid:  # what is counted is said by no document ('hoeveel telers'): no figure
            for s in out:  # counts it, however close its meaning ('318 dossiers')
                if s.check is not None and counted not in s.check.unbridged:
                    s.check.unbridged.append(counted)
            return out[:limit]

        def fits(f: Fact) -> bool:  # the kind of number asked ('hoeveel geld': an amount)
            return fits_unit(self.index, f, q) and (q.unit_hint != "money" or f.unit in MONEY_UNITS)

        narrowed = self.lost_qualifiers(text, unbridged, q.lang) if unbridged else []
        # a table of parts among the leaders: the lost words may name one part, when the parts are the kind of
        # number asked or a lost word holds a part's label ('fruittelers' over the column 'Fruit' of hectares)
        if narrowed and (breakdown([s for s in out[:20] if fits(s.fact)])
                         or breakdown(out[:20]) and _holds_part(narrowed, out[:20])):
            for s in out:
                if s.check is not None:
                    s.check.unbridged = narrowed
        elif unbridged:
            # lost words that only describe a counted noun the documents have ('animal welfare inspections') narrow
            # to no part: a breakdown's whole answers
            described = bool(lost) and bool(counted) and counted not in lost and breakdown(out[:20])
            # a Dutch word no document has is said by no cell: only the closest in meaning may answer for it
            self._vouch(text, out, None if q.lang != "en" or listed else unbridged if lost else [],
                        regions=regions, heads=heads, total=q.total_hint or described, periods=bool(asked_periods),
                        fits=fits)
        elif not operand:
            settle_by_meaning(text, out, self.meaning)
        return out[:limit]


def _deed_of_sibling(asked: set[str], out: list[Scored], labelled: dict[int, set[str]]) -> None:
    """'Hoeveel geld vroegen ... aan': of the lines 'Totaal beschikbaar: € 16.000.000' / 'Aangevraagd: € 40.780.788'
    of one block, the one whose label says the deed asked answers; a line a few lines from it that does not say
    it is about another stage of the same thing."""
    if not asked:
        return
    saying = [s for s in out if s.fact.source != "table" and asked & labelled[id(s)]]
    for s in out:
        if s.check is None or s.fact.source == "table" or asked & labelled[id(s)] or s.fact.line is None:
            continue
        if any(o.fact.doc == s.fact.doc and o.fact.line is not None and abs(o.fact.line - s.fact.line) <= 8
               for o in saying):
            s.check.conflicts.append(sorted(asked)[0])


def _holds_part(lost: list[str], lead: list[Scored]) -> bool:
    """A lost word holds the label of a part of a leading table ('fruittelers': 'Fruit')."""
    labels = {w for s in lead if s.fact.table_id and not s.fact.is_total
              for w in plain_set(set(stems(" ".join(s.fact.row_path + s.fact.col_path)))) if len(w) >= 4}
    return any(w in plain(word) for word in lost for w in labels)

