"""Whether a fact says what a question asks (FactMatcher's check): the term groups verified on the fact's own
words and frame (qa.answer.verify), with the exceptions that need the index (sibling values, codes and their
initials, a share's whole, a measure said by the unit, a total's parts)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts.labels import is_part_label, is_total_label, region_of, regions_in
from ..facts.numbers import find_numbers
from ..facts.periods import OVER_YEARS
from ..models import Fact
from ..text import bridge_to_dutch, contradicts, lemma, stems
from .admit import fits_unit, unit_answers
from .ambiguity import table_cells
from .articles import article_unnamed
from .asked import MEASURES, is_money_noun, measure_words
from .asides import per_item, role_names
from .question import Query
from .clauses import (GROUP_SHARE, PART_AFTER, points_back, ratio_whole, sentence_before)
from .frames import codes_in, source_terms
from .ordinals import ordinal_groups, other_ordinals, said_as_number
from .phrasing import (PERSONS, counted_adjectives, counts_persons, described_names, glossed_codes, named_kinds,
                       named_so, nominalized, whole_noun)
from .bounds import BOUND, label_numbers, wrong_side
from .scored import question_codes
from .siblings import names_sibling, names_whole_table
from .synonyms import synonyms
from .members import member_unsaid, names_member, numbered_conflict, ordinal_conflict
from .verbs import asked_participle, is_participle, is_verb_form, says_deed
from .verify import (NEGATED, Check, amount_for, counted_alts, counted_by_sibling, counted_sibling, elided_head,
                     initials, measure_noun, same_head, terms_of, verify)
from .wordparts import plain, plain_set, said_apart, term_in


# the adjective of the government a Flemish document is about: said anywhere in it, it holds for the whole text
JURISDICTION = {"vlaams"}


def _stemset(text: str, lang: str = "nl") -> set[str]:
    return set(stems(bridge_to_dutch(text) if lang == "en" else text))


# a question about the value before a change ('Wat was het oude bedrag?', 'the previous fee')
_FORMER = re.compile(r"\b(?:oud\w*|vroeger\w*|voorheen|eerder\w*|vorig\w*|aanvankelijk\w*|oorspronkelijk\w*|"
                     r"van welk|old|older|previous\w*|former\w*|initial\w*|original\w*|before|from what)\b|"
                     r"\bvan\b.{0,60}\b(?:naar|tot)\b|\bfrom\b.{0,60}\bto\b", re.I)  # or states both ends


# how often something happened: a count of the deed, not of the things it was done to
_TIMES = re.compile(r"\b(?:hoeveel\s+(?:keer|maal)|hoe\s+vaak|how\s+many\s+times|how\s+often)\b", re.I)

# a label that says its figure is an average, a rate or a full-time equivalent: a fraction of a count is fine
_AVERAGE_LABEL = re.compile(r"gemiddeld|average|per\s|vte|fte|voltijds|equivalent|%|procent|graad|index|score", re.I)


# a table in thousands or millions ('(x 1.000)'), or in a unit of measure ('(in kilowattpiek)'), prints decimals
_SCALED = re.compile(r"\bx\s*1[.,]?000\b|duizend|miljoen|\bmln\b|thousand|million|\(in\s+[^)]+\)", re.I)


class Checking:
    """FactMatcher's check; needs self.index, self.frames, features(), counted_by() and _initials_of."""

    def check(self, i: int, q: Query, groups: list[list[str]], asked_periods: set[str] = frozenset(),
              counted: str | None = "", soft: set[str] = frozenset()) -> Check:
        """Does fact i say what the question asks? See qa.answer.verify. `counted` overrides q.counted;
        `soft` is FactMatcher.untranslated of an English question, worked out once by the caller."""
        fact = self.index.facts[i]
        counted = q.counted if counted == "" else counted
        after = self.counted_by(i) if fact.source == "prose" or not fact.table_id else []  # a dash item of a sentence too
        feat = self.features(i)
        fr = self.frames
        check = verify(groups, counted, fact, feat.own | feat.pointed, fr.context_words(i),
                      fr.table_words(fact.table_id), after, asked_periods, feat.periods,
                      negated=q.negated and not q.computed,
                      # a cell's codes are checked on its header paths as terms, but for two-letter ones ('GO!')
                      proper=[n for n in q.proper + [c for c in question_codes(q.text)
                                                     if fact.source != "table" or not terms_of([c])]
                              if feat.listed or fr.is_item(n, fact.doc)],
                      soft=soft, title_words=fr.title_words(fact.doc), loose=fr.loose(q, groups),
                      whole_doc=fr.loose_words(i), paths=fr.paths(fact),
                      # another table's rows unless the cell's section says them; what another list is about;
                      # what the document only names as items of an enumeration
                      caption=feat.caption,
                      # (a sentence's: the parts a table's 'waarvan' singles out, said nearby or not)
                      rows_elsewhere=(fr.rows_elsewhere(fact) - (fr.frame_words(i) if fact.source != "prose" else set()))
                      | fr.groups_elsewhere(i)
                      | fr.listed_elsewhere(fact),
                      table_labels=fr.table_labels(fact.table_id),
                      # (a word of the figure's own sentence names no sibling: '6,40 euro per kind')
                      siblings_said=(lambda g, own: names_sibling(g, fr.siblings(fact.doc),
                                                                  own | plain_set(set(stems(fact.quote))), q.numeric))
                      if fact.source == "prose" else
                      # a caption that names a sibling of the asked value of a group header of another table ('... in
                      # de standaardprocedure per provincie' asked about the 'Bijzondere procedure')
                      (lambda g, own: names_sibling(g, fr.siblings(fact.doc, upper=True),
                                                    plain_set(set(stems(fact.caption))), asked=False)),
                      # a claim with 'waarvan' and a computation's operands say both parts
                      part_words=set() if PART_AFTER.search(q.text) or q.operands else feat.parts)
        if check.missing:  # 'minister Brouns': who answers the whole document, said once where it is signed
            speakers = role_names(q.text)
            check.missing = [m for m in check.missing if m not in speakers or not term_in(m, fr.doc_words(fact.doc))]
        each = per_item(q.text) if check.conflicts or check.missing else set()
        if each:  # 'de doorlooptijd van een dossier': one of any kind, no column or row of them, and a word the
            check.conflicts = [c for c in check.conflicts if c not in each]  # document has, if not near the figure
            check.missing = [m for m in check.missing if m not in each or not term_in(m, fr.doc_words(fact.doc))]
        if check.conflicts and fact.table_id:
            paths = self.index.table_paths(fact.table_id)
            summed = _summed_over(q.text) if fact.is_total else set()  # 'in alle bekkens samen': the total row
            check.conflicts = [c for c in check.conflicts if not counted_sibling(c, groups, counted, fact, paths)
                               and not (q.unit_hint == "money" and amount_for(c, fact, paths)) and c not in summed
                               and not names_whole_table(c, groups, feat.caption, paths)
                               and not (not fact.is_total and _labels_only_total(c, paths))
                               and not self._labels_other_kind(c, groups, fact, q)]
        if counted and fact.source == "table" and fact.table_id and not check.head_missing and q.unit_hint == "count":
            check.head_missing = counted_by_sibling(counted_alts(groups, counted), groups, fact,
                                                    self.index.table_paths(fact.table_id))
        if counted and fact.source == "table" and not check.head_missing and q.unit_hint == "count" \
                and self._counted_elsewhere(fact, counted, groups):
            check.head_missing = True  # '7 kalveren' said in a sentence: the cell 'Gedode dieren' counts all animals
        if _flanders_only(q.text) and fact.table_id:
            self._flanders_whole(fact, check)
        if _asks_how_often(q.text) and not check.head_missing and _counts_the_object(fact, after, groups, q.text):
            # 'hoeveel keer werd een deelfiets ontleend': 'Aantal deelfietsen' counts the bikes, not the times
            check.head_missing = True  # one was borrowed
        if q.unit_hint in MEASURES and unit_answers(q, fact):  # 'hoeveel hectare': said by the cell's unit (ha)
            said = measure_words(q.text, q.unit_hint)
            check.missing = [m for m in check.missing if m not in said]
        if q.whole and fact.unit == "%" and fact.source == "table":  # a column 'Aandeel vrijwilligers' names the part:
            whole = _stemset(q.whole, q.lang)  # the whole ('operationeel personeel') is its denominator, another column
            own = self.frames.paths(fact)
            if any(term_in(t, own) for g in groups for t in g if g[0] not in whole) \
                    or q.regions and fact.region in q.regions and region_of(" ".join(fact.row_path)):  # 'Antwerpen'
                # unless the whole labels a share column of its own ('Personeel' beside 'Bewoners', both in %)
                shares = [o for o in table_cells(self.index, fact) if o.unit == "%"]
                check.conflicts = [c for c in check.conflicts if c not in whole or any(
                    term_in(t, fr.paths(o) or set()) for o in shares
                    for g in groups if g[0] == c for t in g)]
                check.missing = [m for m in check.missing if m not in whole]
        if q.part and fact.unit == "%" and not any(term_in(t, feat.own | feat.pointed)
                                                   for t in _stemset(q.part, q.lang)):
            check.missing.append(q.part)  # 'was een vrouw': a share of the carers who care for a partner is not it
        self._check_codes(fact, groups, check, q.text)
        article = article_unnamed(q.text, fact.caption,
                                  " ".join([fact.quote, *fact.row_path, *fact.col_path]), self.index.long_forms,
                                  set(self.frames.header_codes(fact.doc)))
        if article and article not in check.missing:
            check.missing.append(article)  # 'the VOP budget article': a figure under the IMW article's heading
        ratio = ratio_whole(self.index.document(fact.doc).text, fact) if fact.source == "prose" and groups else []
        if ratio and not any(same_head(t, ratio) or same_head(r, [t]) for g in groups for t in g for r in ratio):
            check.conflicts.append(ratio[0])  # '41.236 van de 83.650 medewerkers ..., of 49,3%': the staff's share
        if after and fact.source == "prose" and q.heads and self._group_share(i) \
                and not any(same_head(h, after[:1]) for h in q.heads) and self._another_counts(i, q.heads):
            check.conflicts.append(after[0])  # '11 % van de vrouwen en 6 % van de mannen': 6 % is the men's
        said = " ".join([*fact.row_path, *fact.col_path, fact.quote])
        other = numbered_conflict(q.text, said) or ordinal_conflict(q.text, said)
        if other:
            check.conflicts.append(other)
        elif fact.source == "table" and fact.table_id and names_member(q.text):
            # 'de derde graad TSO': the table's row '3de graad', not its 'Totaal TSO'
            member = member_unsaid(q.text, " ".join(fact.row_path + fact.col_path),
                                   " | ".join(" ".join(p) for p in self.index.table_paths(fact.table_id)))
            if member:
                check.missing.append(member)
        if counted and counted in check.missing and fact.source == "prose" and elided_head(counted, after) \
                and counted in fr.doc_words(fact.doc):  # 'verwarmingstoestellen' said once, then '122 toestellen
            check.missing.remove(counted)  # gecontroleerd': the document's short form of its own compound
        if check.missing or check.conflicts:  # 'het marineschip Godetia' where the sentence says 'de BNS Godetia':
            for noun, name in described_names(q.text):  # the noun describes a name the fact says, it does not narrow it
                if re.search(rf"\b{re.escape(name)}\b", " | ".join([fact.quote, *fact.row_path, *fact.col_path])):
                    check.missing = [m for m in check.missing if m != noun]  # (nor do other rows it labels:
                    check.conflicts = [c for c in check.conflicts if c != noun]  # 'Andere organisaties')
        for stem, adjective, noun in named_kinds(q.text) if check.missing else ():
            if stem in check.missing and not any(t in check.missing for t in stems(noun)) \
                    and named_so(self.index.document(fact.doc).text, adjective, noun):
                check.missing.remove(stem)  # 'via de Europese schoolregeling': what the document calls it
        if fact.source == "prose" and q.unit_hint == "count" and not check.head_missing:
            # 'hoeveel Franstalige organisaties' (a count; 'voltijdse equivalenten' is a unit): the sentence that
            # counts them says which, not a sentence elsewhere in the document
            for adjective in counted_adjectives(q.text):
                said = [adjective, *synonyms(adjective)]  # 'openbare zwembaden': '214 publieke zwembaden'
                if counted and not any(term_in(a, feat.own) for a in said) and adjective not in check.missing \
                        and not (adjective in JURISDICTION and term_in(adjective, fr.doc_words(fact.doc))) \
                        and not self._said_with(fact.doc, adjective, counted):
                    check.missing.append(adjective)
        if check.head_missing and counted and fact.source != "table" and same_head(counted, whole_noun(fact.measure)):
            check.head_missing = False  # 'Van de 21 gedetacheerden ..., zijn er: o 19 statutair': 19 of them
        if check.head_missing and after and counted in PERSONS and nominalized(
                self.index.document(fact.doc).text, fact, q.text):
            check.head_missing = False  # '38 Franstaligen' counts the 'Franstalige medewerkers' asked
        if check.head_missing and after and counts_persons(counted, set(after)):
            check.head_missing = False  # 'hoeveel mensen': '(1.086.450 pashouders.) Daarvan hadden er 214.380 ...'
        if fact.source == "table" and not q.part:  # 'waarvan overdekte herstelpunten': a part the question
            part = next((label for label in fact.row_path + fact.col_path if is_part_label(label)), None)
            if part is not None and not _asks_part(part, q.text, counted):  # does not name is no answer to it
                check.conflicts.append("waarvan")
        if fact.source == "prose" and contradicts(set(q.subject), feat.tight | feat.clause):
            check.conflicts.append("≠")  # '177 patiënten ... begonnen' is no answer to 'hoeveel ... gestopt'
        if q.unit_hint == "count" and counted and fact.source == "table" and fact.unit is None and fact.scale == 1 \
                and fact.value is not None and fact.value != int(fact.value) and not _AVERAGE_LABEL.search(
                    " ".join([fact.measure, *fact.row_path, *fact.col_path])) \
                and not _SCALED.search(f"{fact.caption} {fact.measure}"):
            check.conflicts.append("≠ aantal")  # things are counted whole: '89,7' under 'Woongelegenheden' is a
            # share or a rate read into the wrong column, not 89,7 rooms
        source = source_terms(q.text)
        check.conflicts = [c for c in check.conflicts if c not in source]  # 'volgens de tabel met andere organisaties'
        ordinals = [g[0] for g in ordinal_groups(q.text)]
        if fact.source == "table":  # a cell's series of ordinals ('2de graad', '3de graad') is qa.answer.members'
            check.missing = [m for m in check.missing if m not in ordinals]
            check.conflicts = [c for c in check.conflicts if c not in ordinals]
        else:
            for group in ordinal_groups(q.text):  # '1e aanpassing' says 'de eerste aanpassing'
                if group[0] in check.missing and said_as_number(group, f"{fact.measure} {fact.quote}"):
                    check.missing.remove(group[0])
            check.conflicts += other_ordinals(q.text, feat.tight)  # '7. 533 manschappen in tweede klasse' for 'eerste'
        if check.negation:  # '... gemeenten waarvan we niet kunnen bevestigen ... Voor Wallonie zijn dit 206'
            text = self.index.document(fact.doc).text
            check.negation = not (points_back(text, fact) and NEGATED.search(sentence_before(text, fact)))

        if fact.source == "prose" and len(q.years) == 1 and not q.operands and OVER_YEARS.search(fact.measure):
            check.conflicts.append(q.years[0])  # 'Over de drie jaren samen werd 10.350.000 euro ingezet': not one year
        check.superseded = feat.former and not _FORMER.search(q.text)
        if q.unit_hint == "money" and fact.source == "prose" and not fact.unit and after \
                and not any(is_money_noun(w) for w in after):
            check.head_missing = True  # 'How much subsidy ...?' is not answered by 'drie doelstellingen'
        if feat.without and not q.negated and not re.search(r"\b(?:zonder|without)\b", q.text, re.I):
            check.negation = True  # '170 gemeenten zonder LIVC' does not count the municipalities with one
        stated = {v for v in q.stated if not (1900 <= v <= 2100 and v == int(v))}
        labelled = label_numbers(fact)
        if stated and labelled and not stated <= labelled:  # 'between 100 and 500': the row '100-500', not '500-1000'
            check.conflicts.append(" – ".join(f"{v:g}" for v in sorted(stated)))
        elif stated and not labelled and fact.table_id and fact.source != "prose" \
                and stated & fr.table_numbers(fact.table_id):  # the 'Totaal' row of a table by size class
            check.conflicts.append(" – ".join(f"{v:g}" for v in sorted(stated)))
        elif stated and fact.source == "prose" and not q.operands \
                and not _said_values(q.text, measures=True, lang=q.lang) & stated <= _said_values(fact.quote):
            check.missing.append(" – ".join(f"{v:g}" for v in sorted(stated)))  # 'uit precies 10 vestigingen'
        elif stated and not labelled and fact.table_id and not q.operands \
                and not _said_values(q.text, measures=True, lang=q.lang) & stated <= _said_values(f"{fact.caption} {fact.heading}"):
            check.missing.append(" – ".join(f"{v:g}" for v in sorted(stated)))  # 'met 1.000 tot 5.000 dieren': a
            # size class no label of the table has

        bound = BOUND.search(q.text)
        if bound and fact.source != "prose" and wrong_side(bound, " ".join([*fact.row_path, *fact.col_path])):
            check.conflicts.append(bound.group(0))  # 'fewer than 5' is the row '<5', not '5 tot 10'
        if feat.qualifier and not PART_AFTER.search(q.text) and not any(
                term_in(t, plain_set(set(feat.qualifier))) for group in groups for t in group if len(t) >= 4):
            check.part = feat.qualifier[0]
        deed = _closing_deed(q.text) if q.lang == "nl" and fact.source != "table" and not q.operands else None
        if deed and not any(term_in(t, plain_set(feat.own)) for g in groups if deed in g for t in g) \
                and contradicts({deed}, set(stems(fact.quote)), _STAGES) and deed not in check.conflicts:
            check.conflicts.append(deed)  # 'Hoeveel van het budget werd als subsidie berekend?': the sentence that
        if deed is None and q.lang == "nl" and fact.source != "prose" and not q.operands:
            self._cell_deed(fact, q.text, check)
        if q.lang == "nl" and fact.source == "prose" and not q.operands:
            self._sentence_deed(fact, q.text, check)
        return check  # plans the budget ('is een bedrag voorzien') says the other stage

    def _flanders_whole(self, fact: Fact, check: Check) -> None:
        """'in Vlaanderen' asked of a table by province: the whole of Flanders is its total row, not a province
        whose name holds the word ('Oost-Vlaanderen')."""
        key = stems("Vlaanderen")[0]
        if fact.region and fact.region != "Vlaanderen":
            if key not in check.conflicts:
                check.conflicts.append(key)
        elif fact.is_total and any(region_of(" ".join(p)) for p in self.index.table_paths(fact.table_id)):
            check.missing = [m for m in check.missing if m != key]
            check.conflicts = [c for c in check.conflicts if c != key]

    def _cell_deed(self, fact: Fact, question: str, check: Check) -> None:
        """'Hoeveel aanvragen werden geweigerd?' is no question for a cell whose labels say another deed
        ('Ingediende aanvragen'): what was done to the things counted must be the cell's deed, or a synonym."""
        verb = _closing_verb(question)
        deed = _closing_deed(question)
        if verb is None or deed is None:
            return
        said = {deed, *synonyms(deed)}
        if not any(term_in(s, self.frames.doc_words(fact.doc)) for s in said):
            return  # a verb the document never uses ('vernield') is left to meaning, as other unsaid words are
        labels = re.findall(r"[^\W\d_]{5,}", " ".join([fact.caption, *fact.row_path, *fact.col_path]))
        if any(is_participle(w) for w in labels) and not any(lemma(w.lower()) == lemma(verb.lower()) for w in labels) \
                and not any(s in said for w in labels for s in stems(w)) and deed not in check.conflicts \
                and not _names_deed(labels, said | set(stems(lemma(verb.lower())))):
            check.conflicts.append(deed)  # ('Beschadigde bomen' says 'beschadigd': one verb, not one stem)

    def _sentence_deed(self, fact: Fact, question: str, check: Check) -> None:
        """'Hoeveel dossiers werden er in 2022 ingediend?' is no question for 'De 151 dossiers uit 2022 die eind dat
        jaar nog in behandeling waren' when a table of the document is labelled with that deed ('Ingediende
        aanvragen'): its figures differ by what was done, so the sentence must say the deed too."""
        done = asked_participle(question)
        deed = (stems(done) or [None])[0] if done else None
        if deed is None or deed in check.missing:
            return
        if lemma(done.lower()) in self.frames.label_lemmas(fact.doc) and not says_deed(fact.quote, done) \
                and not set(synonyms(deed)) & set(stems(fact.quote)):  # ('gestart' for 'opgestart')
            check.missing.append(deed)

    def _counted_elsewhere(self, fact: Fact, counted: str, groups: list[list[str]]) -> bool:
        """The document counts what is asked in a sentence of its own ('31 geiten, 9 alpaca's, 7 kalveren'), and
        this cell's labels neither say it (its head alone is not enough: 'Beschadigde bomen' counts more than
        fruitbomen) nor is it the document's subject: a cell of a wider count ('Gedode dieren') is no count of that
        kind."""
        alts = counted_alts(groups, counted)
        cell = plain_set(set(stems(" ".join([fact.caption, fact.measure, *fact.row_path, *fact.col_path]))))
        if any(term_in(c, cell) or said_apart(c, cell) or counts_persons(c, cell) for c in alts) \
                or any(term_in(c, self.frames.title_words(fact.doc)) for c in alts):
            return False  # (both parts of a compound said apart: 'opvangplaatsen', 'plaatsen in de kinderopvang')
        key = (fact.doc, tuple(alts))
        if key not in self._counted_in:  # once per document and question, not per candidate cell
            if len(self._counted_in) > 4096:
                self._counted_in.clear()
            prose = [j for j in self.index.facts.of_doc(fact.doc) if self.index.facts[j].source == "prose"]
            self._counted_in[key] = any(same_head(c, self.counted_by(j)) for j in prose for c in alts)
        return self._counted_in[key]

    def _group_share(self, i: int) -> bool:
        """Is fact i a share of a group it names ('11 % van de vrouwen')?"""
        fact = self.index.facts[i]
        return bool(GROUP_SHARE.match(self.index.document(fact.doc).text, fact.end, fact.quote_end))

    def _labels_other_kind(self, term: str, groups: list[list[str]], fact: Fact, q: Query) -> bool:
        """A term of the question that labels only cells of another kind of number than the one asked ('Opgevolgde
        patiënten', a count, beside 'Gemiddelde wachttijd (dagen)', asked 'hoe lang moest een patiënt wachten'):
        it says whose figure it is, not which column answers."""
        if not q.unit_hint or fact.source == "prose":
            return False
        group = next((g for g in groups if g[0] == term), [term])  # the term and its synonyms
        naming = [o for o in table_cells(self.index, fact)
                  if any(term_in(t, self.frames.paths(o) or set()) for t in group)]
        return bool(naming) and not any(fits_unit(self.index, o, q) for o in naming)

    def _another_counts(self, i: int, heads: list[str]) -> bool:
        """Is another number of fact i's sentence the share of the group the question asks ('11 % van de vrouwen')?"""
        fact = self.index.facts[i]
        return any(j != i and self.index.facts[j].quote_start == fact.quote_start and self._group_share(j)
                   and any(same_head(h, self.counted_by(j)[:1]) for h in heads)
                   for j in self.index.facts.in_span(fact.doc, fact.quote_start, fact.quote_start + len(fact.quote)))

    def _check_codes(self, fact: Fact, groups: list[list[str]], check: Check, question: str = "") -> None:
        """A term that a table header abbreviates ('begrotingsuitvoering' is the column 'BU 2024') must be
        that header of a cell, or said by a sentence: a cell or sentence at another value of the same
        dimension ('BA 2024') answers something else."""
        codes = self.frames.header_codes(fact.doc)
        if not codes:
            return
        said = codes_in([*fact.row_path, *fact.col_path, fact.row, fact.column]) if fact.source != "prose" \
            else codes_in([fact.quote])
        for group in groups:
            asked = {a for t in group for a in self._initials(t, fact.doc)} & codes.keys()
            if not asked or group[0] in check.conflicts:
                continue
            if said & asked:
                if group[0] in check.missing:
                    check.missing.remove(group[0])
            elif said & set().union(*(codes[a] for a in asked)):
                check.conflicts.append(group[0])
        for code, gloss in glossed_codes(question):  # 'na herverdelingen (BA-JR 2024)': the question's own
            if code in said:  # words for a code the cell carries are not asked of the cell again
                check.missing = [t for t in check.missing if t not in gloss]

    def _initials(self, term: str, doc: str) -> set[str]:
        key = (term, doc)
        found = self._initials_of.get(key)
        if found is None:
            words = self.frames.doc_words(doc)
            term = plain(term)
            found = initials(term, words) if len(term) >= 9 else set()
            if not found and len(term) >= 5:  # 'uitvoering' in a document that says 'begrotingsuitvoering'
                found = {a for w in words if len(w) >= len(term) + 4 and w.endswith(term) for a in initials(w, words)
                         if a[1] == term[0]}
            if len(self._initials_of) > 10_000:
                self._initials_of.clear()
            self._initials_of[key] = found
        return found


def _labels_only_total(term: str, paths: list[list[str]]) -> bool:
    """Does the term label only the table's total ('Totaal gemeld')? What the total says, its parts say too
    ('gemeld': the lost or stolen devices are among those reported)."""
    labels = [label for path in paths for label in path if term_in(term, plain_set(set(stems(label))))]
    return bool(labels) and all(is_total_label(label) for label in labels)


def _counts_the_object(fact: Fact, after: list[str], groups: list[list[str]], question: str) -> bool:
    """A question of how often ('hoeveel keer werd een deelfiets ontleend') and a figure that counts a thing the
    question names ('Aantal deelfietsen', '1.274 foutief geparkeerde deelfietsen'), not the times ('2,6 keer')."""
    if fact.source == "prose" or not fact.table_id:
        said = [] if not after or after[0] in _TIMES_WORDS or _EVENT.search(after[0]) else after
    else:
        noun = measure_noun(" ".join([fact.measure, *fact.col_path, *fact.row_path]))[0]
        said = [] if noun is None or _EVENT.search(noun) else stems(noun)[:1]
    acts = {t for m in _FOR_AN_ACT.finditer(question) for t in stems(m.group(1))}  # 'langs voor een controle'
    return bool(said) and any(same_head(t, said) for g in groups for t in g
                              if len(t) >= 4 and t not in _TIMES_WORDS and t not in acts)


_FOR_AN_ACT = re.compile(r"\b(?:voor|for)\s+(?:een|an?)\s+([^\W\d_]+)", re.I)  # what one came for: an act
# a noun of an act ('inspecties', 'ontleningen', 'interventies'): counting them counts the times it happened
_EVENT = re.compile(r"(?:ing|tie|sie)(?:en|s)?$", re.I)


# a figure summed over several years ('over de drie jaren samen', 'in de voorbije vijf jaar'): no one year's
_TIMES_WORDS = {"keer", "maal", "time", "times", "vaak", "often"}


@lru_cache(maxsize=256)
def _asks_how_often(question: str) -> bool:
    """Read once per question, not once per candidate figure."""
    return _TIMES.search(question) is not None


@lru_cache(maxsize=256)
def _flanders_only(question: str) -> bool:
    """The question names Flanders as a whole and no province or other region (read once per question)."""
    return regions_in(question) == ["Vlaanderen"]


@lru_cache(maxsize=256)
def _summed_over(question: str) -> set[str]:
    """Stems of what a question sums over ('in alle bekkens samen', 'over all provinces'): the dimension whose
    total row answers, not one of its values."""
    return {s for m in _ALL_OF.finditer(question) for s in stems(m.group(1))}


_ALL_OF = re.compile(r"\b(?:alle|all|every|each)\s+(?:de\s+|the\s+)?([^\W\d_]{3,})", re.I)


@lru_cache(maxsize=4096)
def _said_values(text: str, measures: bool = False, lang: str = "nl") -> frozenset[float]:
    """The values of the numbers a text says (with `measures`, only those that are amounts, not dates or years):
    read once per question or sentence, not once per candidate."""
    return frozenset(t.value for t in find_numbers(text, lang)
                     if t.value is not None and (not measures or t.kind in ("measure", "range")))  # "12- to 15-year-olds"


@lru_cache(maxsize=256)
def _closing_verb(text: str) -> str | None:
    """The participle that closes a Dutch question ('... werd als subsidie berekend?'): what was done with the
    thing asked about."""
    m = re.search(r"\b(?:werd|werden|wordt|worden|is|zijn)\b[^?]*?\b([^\W\d_]+)\s*\?\s*$", text)
    return m.group(1) if m and is_verb_form(m.group(1)) else None


@lru_cache(maxsize=256)
def _closing_deed(text: str) -> str | None:
    """The stem of the question's closing participle, which a sentence must say itself, not only its paragraph."""
    found = stems(_closing_verb(text) or "")
    return found[0] if found else None


# a budget's stages: what was planned, and what was worked out or paid ('een bedrag voorzien van' is not 'berekend'),
# a contrast for the deed that closes a question only (not among CONTRASTS, which weigh every figure's score)
_STAGES = [(frozenset(stems("voorzien voorziene begroot begrote gereserveerd")),
            frozenset(stems("berekend berekende uitbetaald uitbetaalde uitgegeven besteed bestede gerealiseerd")))]


def _names_deed(labels: list[str], deeds: set[str]) -> bool:
    """A label with a compound headed by the deed's noun ('met georganiseerd leerlingenvervoer' for 'vervoerd'):
    the cell counts what was done, whatever other participle its label has."""
    return any(len(d) >= 5 and s.endswith(d) for w in labels for s in stems(w) for d in deeds)


def _asks_part(label: str, question: str, counted: str | None) -> bool:
    """Does the question name what sets a part ('waarvan overdekte herstelpunten eind 2023') apart from its
    whole: a word of the label other than its opener, a year, the counted noun or a unit?"""
    own = {s for s in stems(re.sub(r"^\s*(?:waarvan|w\.v\.|of which|including)\b", "", label, flags=re.I))
           if not re.fullmatch(r"[\d.,%()≥≤]+", s) and not (counted and same_head(counted, [s]))}
    own -= set(stems("eind begin einde totaal aantal euro procent"))
    asked = set(stems(question))
    return not own or bool(own & asked) or any(  # or a compound of one ('energiekosten' for 'energie')
        a.endswith(s) or s.endswith(a) or a.startswith(s) or s.startswith(a) for s in own for a in asked
        if len(s) >= 4 and len(a) >= 4)
