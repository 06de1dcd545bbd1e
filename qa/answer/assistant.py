"""The Assistant: a question in, an Answer with its sources out.

Numeric questions are answered from the fact table (one fact, or a sum or
difference of cited facts); other questions by quoting the sentences of the
best passages. When nothing is good enough the answer says so. No language
model writes anything: every word of evidence is the documents' own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from .. import render
from ..chunk import dehyphenate
from ..facts.numbers import decimals_of
from ..models import Answer, Citation, Closest, DocFilter, Fact, TextClaim, Verdict
from ..search.retrieve import Index
from ..text import detect_lang, lemma_pairs, stems
from . import compute, remainder, shares
from .compute import CLOSEST_MIN, FACT_MIN, FACT_MIN_EN
from .context import resolve
from .idioms import plain_words
from .matching import FactMatcher
from ..audit import audit_index
from .ambiguity import indistinct, part_for_total, prose_neighbours, sibling_rows, tied
from .scored import LABEL_MIN, Scored
from .passages import answer_start, best_sentences, extend_list, sentence_end
from .series import asks_series, series
from .synonyms import synonyms
from .question import MONEY_UNITS, Query, direction, parse

NO_FIGURE = {"/", "n.v.t.", "n.v.t", "nvt", "n.b.", "n.b", "n/a"}  # cells that say there is no figure (not zero)
DASHES = {"-", "–", "—"}  # nil in a count, but no figure for a share, a rate or an amount ('-' for costs not yet known)
PASSAGE_MIN = 0.15
PASSAGE_HITS = 5  # passages searched for a quote
_ASKING = re.compile(r"^\s*(?:hoeveel|welk(?:e)?|wat|hoe\s+(?:groot|hoog|lang|veel)|how\s+(?:many|much|long|large|high)|"
                     r"what|which)\b\s*", re.I)
MAX_QUESTION = 2000
# a column or row of changes ('Verschil t.o.v. 2022', 'Evolutie 2022-2023', 'Toename (%)')
_CHANGE_LABEL = re.compile(r"verschil|evolutie|wijziging|toename|afname|stijging|daling|groei|change|difference|"
                           r"increase|decrease|\+\s?/\s?-|Δ", re.I)
_NOT_DONE = re.compile(r"\bniet\s+(?:\w+\s+)?((?:ge|be|ver|uit|toe)\w{3,})", re.I)  # 'niet gebruikt', 'niet uitbetaald'


class Assistant:
    """Answers questions and checks claims over one built index. Thread-safe."""

    def __init__(self, index_dir: Path | str = "index", embedder=None, index: Index | None = None) -> None:
        self.index = index or Index(Path(index_dir), embedder=embedder)
        self.matcher = FactMatcher(self.index)
        self._scopes: dict[str, frozenset[str]] = {}  # a filter's documents (an index version never changes)
        self._findings: dict[tuple[str, str], list] = {}  # the audit of a document, once per language

    # -- citations -------------------------------------------------------
    def cite_fact(self, fact: Fact) -> list[Citation]:
        """The fact's row or sentence, then the passage around it (table header included)."""
        doc = self.index.document(fact.doc)
        title = self.index.titles.get(fact.doc, fact.doc)
        cites = [render.fact_citation(fact, title, doc.page_of(fact.quote_start), doc.line_of(fact.quote_start),
                                      doc.line_of(fact.quote_end - 1))]
        chunk = self.index.chunk_of(fact.doc, fact.start)
        if chunk is not None and (chunk.start, chunk.end) != (fact.quote_start, fact.quote_end):
            cites.append(Citation(doc=chunk.doc, title=title, page=chunk.page, line=chunk.line_start,
                                  line_end=chunk.line_end, start=chunk.start, end=chunk.end, quote=chunk.text,
                                  caption=fact.caption))
        return cites

    def cite_facts(self, facts: list[Fact]) -> list[Citation]:
        """Citations of several facts: every fact's own row first, then the passages around them."""
        per_fact = [self.cite_fact(f) for f in facts]
        ordered = [c[0] for c in per_fact] + [x for c in per_fact for x in c[1:]]
        seen: set[tuple[str, int, int]] = set()
        out = []
        for c in ordered:  # two facts of one row or passage are cited once
            if (c.doc, c.start, c.end) not in seen:
                seen.add((c.doc, c.start, c.end))
                out.append(c)
        return out

    def scope(self, scope: DocFilter | None) -> frozenset[str] | None:
        """The documents a filter leaves (None: no filter); read once per filter, not once per claim of a text."""
        if scope is None or not scope.active():
            return None
        key = scope.model_dump_json()
        if key not in self._scopes:
            if len(self._scopes) > 64:
                self._scopes.clear()
            self._scopes[key] = frozenset(self.index.docs_matching(scope))
        return self._scopes[key]

    def check(self, claim: str, scope: DocFilter | None = None) -> Verdict:
        """A Verdict on a claim (see qa.answer.claims), from the documents `scope` leaves."""
        from .claims import check
        from .paragraph import check_parts, combine, find_claims

        docs = self.scope(scope)
        if docs is not None and not docs:
            return Verdict(claim=claim or "", verdict="not_in_documents", answer=_no_docs(scope, detect_lang(claim)),
                           lang=detect_lang(claim))
        text = " ".join((claim or "").split())[:2000]
        found = find_claims(text)
        if len(found) > 1:  # 'in Antwerpen 129 en in Limburg 120': each clause its own verdict
            return combine(claim, check_parts(self, text, docs, found), detect_lang(text))
        return check(self, claim, docs)

    # -- ask ---------------------------------------------------------------
    def ask(self, question: str, history: Sequence[Answer | str] = (), scope: DocFilter | None = None) -> Answer:
        """Answer a question from the documents `scope` leaves; with the conversation's earlier turns
        (`history`, oldest first), a follow-up ('En in Limburg?') is read as the earlier question with what it
        names replaced (read_as)."""
        docs = self.scope(scope)
        if docs is not None and not docs:  # a filter that leaves nothing says so instead of answering
            lang = detect_lang(question or "")
            return Answer(question=question or "", kind="not_found", answer=_no_docs(scope, lang), lang=lang)
        if history:  # a follow-up leans on the last turn that found something ('purple elephant' found nothing)
            last = next((h for h in reversed(history) if isinstance(h, str) or h.kind != "not_found"), history[-1])
            earlier = last if isinstance(last, str) else (last.read_as or last.question)
            said = [] if isinstance(last, str) else [f.year for f in last.facts if f.year] or \
                re.findall(r"\b(?:19|20)\d\d\b", last.answer)[:1]  # 'dat jaar' after 'Wanneer startte ...?'
            resolved = resolve(" ".join((question or "").split())[:MAX_QUESTION], earlier, said)
            if resolved:
                answer = self._ask(resolved, docs)
                if not isinstance(last, str) and _same_figure(answer, last):
                    answer = _unchanged(answer, resolved)
                return answer.model_copy(update={"question": question, "read_as": resolved})
        spaced = " ".join((question or "").split())
        plain = plain_words(spaced)
        if plain != spaced:  # 'kregen groen licht': read as 'werden goedgekeurd'
            return self._ask(plain, docs).model_copy(update={"question": question, "read_as": plain})
        return self._ask(question, docs)

    def check_text(self, text: str, scope: DocFilter | None = None) -> list[TextClaim]:
        """Every claim of a pasted text with its verdict (see qa.answer.paragraph)."""
        from .paragraph import check_parts, find_claims

        docs = self.scope(scope)
        if docs is not None and not docs:  # every claim hears that the filter left no document
            lang = detect_lang(text or "")
            return [TextClaim(claim=text[a:b], start=a, end=b, verdict="not_in_documents", message=_no_docs(scope, lang),
                              lang=lang) for a, b, _ in find_claims(text or "", lang)]
        return check_parts(self, text, docs)

    def _ask(self, question: str, docs: frozenset[str] | None = None) -> Answer:
        text = " ".join((question or "").split())[:MAX_QUESTION]
        q = parse(text, docs)
        if not stems(text):
            msg = "Stel een vraag over de documenten." if q.lang == "nl" else "Please ask a question about the documents."
            return Answer(question=question or "", kind="not_found", answer=msg, lang=q.lang)
        dim = asks_series(text)
        trend = series(self, question, q, dim) if dim else None
        if trend:
            return trend
        if q.numeric:
            return self._numeric(question, q)
        return self._passage(question, q)

    def _numeric(self, question: str, q: Query) -> Answer:
        how = {"difference": compute.difference, "sum": compute.sum_of, "change": compute.change}.get(q.operation or "")
        answer = how(self, question, q) if how else compute.half_year(self, question, q)
        if answer:
            return answer
        if not self.matcher.names_something(q.text, q):
            msg = ("Dat staat niet in de documenten: de vraag zegt niet over welk cijfer ze gaat." if q.lang == "nl" else
                   "That is not in the documents: the question does not say which figure it is about.")
            return Answer(question=question, kind="not_found", answer=msg, lang=q.lang, confidence=0.0)
        rest = shares.complement(self, question, q) if q.negated else None
        rest = rest or remainder.unused(self, question, q, FACT_MIN if q.lang == "nl" else FACT_MIN_EN)
        if rest:
            return rest
        ranked = self.matcher.rank(q)
        if q.computed:  # a change or a gap asked, not computed from verified operands: only a stated change answers
            # (a change between two years that was not worked out from both: the one the document states)
            stated = self._stated_change(q, ranked) if q.changes and q.operation in (None, "change") else None
            stated = stated or (self._stated_unused(q, ranked) if q.operation is None else None)
            if stated:
                return self._fact_answer(question, q, stated)
            both_ends = compute.from_to(self, question, q, ranked) if q.operation is None else None
            return both_ends or self._not_found(question, q)
        floor = FACT_MIN if q.lang == "nl" else FACT_MIN_EN  # English words match Dutch labels only in part
        verified = [s for s in ranked if s.verified and (s.score >= floor or s.vouched)
                    and not (q.whole and s.fact.unit == "%" and s.fact.value > 100)]  # a share of a whole is at most 100 %
        top = verified[0].fact if verified else None
        if top is not None and (top.raw.lower() in NO_FIGURE or top.raw in DASHES and (top.unit == "%" or top.unit
                                                                                        in MONEY_UNITS)
                                or top.empty and top.raw not in DASHES):  # '<5', 'geheim': withheld, not zero
            return self._not_found(question, q, marked=verified[0].fact)
        if verified and tied(verified, q.counted):
            return self._not_found(question, q, either=[verified[0].fact, verified[1].fact])
        others = (sibling_rows(verified, q) or prose_neighbours(verified, self.matcher.term_groups(q.text, q.lang))
                  ) if verified else []
        if others:  # rows of a breakdown, none named: show them all, the question picks none
            return self._not_found(question, q, either=[verified[0].fact] + [s.fact for s in others[:4]])
        if verified and (indistinct(self.index, top) or part_for_total(self.index, top, q)):
            return self._not_found(question, q)
        if verified and q.changes and q.operation is None and not _CHANGE_LABEL.search(" ".join(top.row_path + top.col_path)) \
                and top.source != "prose" and not top.change:
            return self._not_found(question, q)  # 'met hoeveel verhoogd': a level in a table is not the change
        if verified:
            return self._fact_answer(question, q, verified[0])
        share = shares.share(self, question, q) if q.whole else None
        return share or self._not_found(question, q)

    def _stated_change(self, q: Query, ranked: list[Scored]) -> Scored | None:
        """'Met hoeveel daalde de enveloppe?' answered by 'een daling van 2 %': a verified change fact whose
        direction does not contradict the question's, and which names both years when the question does."""
        asked = direction(q.text)
        # a sentence that names both years asked and says every word of the question needs less of a score: its
        # words are often those of the figures it compares ('Het aantal bezoeken steeg van ... naar ..., een
        # toename met 36,4%')
        floor = FACT_MIN_EN if len(q.years) > 1 else FACT_MIN
        stated = []
        for s in ranked:
            f = s.fact
            if not (f.change and s.verified and s.score >= floor):
                continue
            text = self.index.document(f.doc).text
            said = direction(text[max(f.quote_start, f.start - 120):f.end + 30])
            if asked and said and asked != said or len(q.years) > 1 and not all(y in f.quote for y in q.years):
                continue
            stated.append(s)
        # of two changes of one paragraph, the one whose own sentence says more of the question ('Het aantal
        # concerten ... steeg ..., een toename met 25,0%', not '... erkende verenigingen, 64 meer (+4,7%)')
        return max(stated, key=lambda s: self.matcher.own_terms(s.fact, q.text, q.lang), default=None)

    def _stated_unused(self, q: Query, ranked: list[Scored]) -> Scored | None:
        """'Welk percentage ... was niet gebruikt?' answered by 'Het percentage niet-gebruikte ... bedroeg 2,2 %': a
        verified figure whose own sentence says the question's 'niet <verb>' needs no difference worked out."""
        asked = _NOT_DONE.search(q.text)
        if not asked:
            return None
        said = re.compile(rf"\bniet[\s-]+(?:\w+\s+)?{re.escape(asked.group(1)[:5])}", re.I)
        floor = FACT_MIN if q.lang == "nl" else FACT_MIN_EN
        top = next((s for s in ranked if s.verified and s.score >= floor), None)
        return top if top is not None and said.search(top.fact.quote) else None

    def _fact_answer(self, question: str, q: Query, best: Scored) -> Answer:
        f = best.fact
        shown = f.raw if q.lang == "nl" or f.raw in ("/", "-") else render.fmt(f.value, "en", decimals_of(f.raw))
        unit = f" {f.unit}" if f.unit and f.unit != "%" else ("%" if f.unit == "%" and not shown.endswith("%") else "")
        title = self.index.titles.get(f.doc, f.doc)
        if q.lang == "nl":
            sentence = f"{shown}{unit} ({render.labels(f)}) — volgens {title}."
        else:
            sentence = f"{shown}{unit} ({render.labels(f)}) — according to {title}."
        doubt = self.doubted(f, q.lang)
        if doubt:  # the document contradicts this very figure elsewhere: say so, never pass it off as settled
            sentence += (" Let op: " if q.lang == "nl" else " Note: ") + doubt
        return Answer(question=question, kind="fact", answer=sentence, lang=q.lang, value=f.value, unit=f.unit,
                      citations=self.cite_fact(f), facts=[f],
                      confidence=round(min(1.0, best.score) * (0.5 if doubt else 1.0), 3))

    def doubted(self, fact: Fact, lang: str) -> str:
        """The audit's finding about this figure, when its own document contradicts it ('522.157 ... In de tabel
        staat 552.157'): a fact-checker must see it with the answer."""
        finding = self.finding(fact, lang)
        return finding.message if finding else ""

    def finding(self, fact: Fact, lang: str):
        """The audit finding (of its document, audited once per language) that puts this figure in doubt."""
        key = (fact.doc, lang)
        if key not in self._findings:
            self._findings[key] = audit_index(self.index, doc=fact.doc, lang=lang)
        return next((finding for finding in self._findings[key] if finding.kind != "rounding"
                     and any(v.fact_id == fact.id and v.role in ("amount", "stated", "total") for v in finding.values)),
                    None)

    def _computed(self, question: str, q: Query, facts: list[Fact], op: str, value: float, score: float,
                  unit: str | None = None) -> Answer:
        """An answer computed from cited facts; a ratio ('/', unit '%') is shown as a × 100 / b. A cell that
        holds a no-figure mark ('/', '-') is no operand: '0 − 0 = 0' from two empty cells answers nothing."""
        blank = next((f for f in facts if f.empty), None)
        if blank is not None:
            return self._not_found(question, q, marked=blank)
        operand_decimals = max(decimals_of(f.raw) for f in facts)
        decimals = 1 if op == "/" else operand_decimals
        value = round(value, decimals)
        operand_unit = facts[0].unit
        unit = unit or operand_unit
        terms = []
        for f in facts:
            doc = self.index.document(f.doc)
            page = doc.page_of(f.start)
            loc = (f"p. {page}, " if page else "") + (f"r. {f.line}" if q.lang == "nl" else f"line {f.line}")
            terms.append(f"{render.amount(f.value, operand_unit, q.lang, operand_decimals)} [{f.doc}, {loc}]")
        lhs = f" {op} ".join(terms) + (" × 100" if op == "/" else "")
        expression = f"{lhs} = {render.amount(value, unit, q.lang, decimals)}"
        shown = render.amount(value, unit, q.lang, decimals)
        what = "; ".join(render.labels(f) for f in facts)
        sentence = (f"{shown}, berekend uit de documenten: {expression} ({what})." if q.lang == "nl"
                    else f"{shown}, computed from the documents: {expression} ({what}).")
        citations = self.cite_facts(facts)
        return Answer(question=question, kind="computed", answer=sentence, lang=q.lang, value=value, unit=unit,
                      citations=citations, facts=facts, computation=expression, confidence=round(min(1.0, score), 3))

    def _not_found(self, question: str, q: Query, marked: Fact | None = None, either: list[Fact] | None = None) -> Answer:
        """Say what is missing and list the closest figures, clearly not as the answer; `marked` is the cell that
        answers with a no-figure mark ('/', 'n.v.t.'); `either` two cells the question describes equally well."""
        last = re.split(r"(?<=[.!?:;])\s+", q.text.strip().rstrip("?"))[-1]  # the sentence that asks, to its end
        asked = _ASKING.sub("", last).split()  # (its year or place included), not 'Hoeveel' / 'How many'
        topic = " ".join(asked) if len(asked) <= 24 else " ".join(asked[:24]) + "…"
        if either:
            rows = either[0].col_path == either[1].col_path  # the two differ in their row, not their column
            shown = [f"{f.raw}{' ' + f.unit if f.unit and f.unit != '%' else ''} "
                     f"({' · '.join(f.row_path if rows else f.col_path) or render.labels(f)})" for f in either]
            listed = ", ".join(shown[:-1])
            msg = (f"De vraag past op meer dan één cijfer: {listed} of {shown[-1]}. Zeg welk u bedoelt." if q.lang == "nl"
                   else f"The question fits more than one figure: {listed} or {shown[-1]}. Say which one you mean.")
        elif q.lang == "nl":
            msg = f"Dat staat niet in de documenten: geen cijfer gevonden voor '{topic}'."
        else:
            msg = f"That is not in the documents: no figure found for '{topic}'."
        if marked is not None:
            title = self.index.titles.get(marked.doc, marked.doc)
            msg += (f" De tabel vermeldt '{marked.raw}' ({render.labels(marked)}) in {title}, r. {marked.line}."
                    if q.lang == "nl" else
                    f" The table gives '{marked.raw}' ({render.labels(marked)}) in {title}, line {marked.line}.")
        relaxed = self.matcher.rank(q, years=[], regions=[], limit=20)  # the figures near it, whatever the year
        closest = self.closest(q, relaxed)
        # the years of figures that fit the question in all but the year (not of any figure near it in words:
        # 'There are figures for 2020, 2021' over a list of other things counted in 2021 only puzzled a reader)
        near = [s.fact for s in relaxed if s.score >= FACT_MIN - 0.1 and s.check is not None and s.check.ok
                and (not q.regions or s.fact.region in q.regions)]
        years = sorted({f.year for f in near if f.year})
        if near and (q.years or q.regions) and years and not set(q.years) & set(years):
            have = ", ".join(years[:8])
            msg += f" Wel cijfers voor {have}." if q.lang == "nl" else f" There are figures for {have}."
        return Answer(question=question, kind="not_found", answer=msg, lang=q.lang, confidence=0.0, closest=closest,
                      citations=self.cite_fact(marked) if marked is not None else [])

    def closest(self, q: Query, ranked: list[Scored], limit: int = 5) -> list[Closest]:
        """The best-matching figures (`ranked` without the year and region constraints) with what each lacks:
        an asked year, region or term it does not carry."""
        out: list[Closest] = []
        for s in ranked:
            if s.score < CLOSEST_MIN or s.fact.raw in ("/", "-"):
                continue
            f = s.fact
            lacks = [y for y in q.years if f.year != y and y not in " ".join(f.row_path + f.col_path + [f.quote])]
            lacks += [r for r in q.regions if f.region != r]
            if s.check is not None:
                lacks += [p.upper() for p in s.check.periods] + s.check.conflicts + s.check.missing \
                    + s.check.framed + s.check.unbridged
                if s.check.head_missing and q.counted:
                    lacks.append(q.counted)
                if s.check.part:
                    lacks.append(("alleen deel: " if q.lang == "nl" else "only part: ") + s.check.part)
            if f.confidence < LABEL_MIN:
                lacks.append("labels onzeker" if q.lang == "nl" else "labels uncertain")
            if not lacks and q.computed:
                lacks.append("berekening" if q.lang == "nl" else "computation")
            title = self.index.titles.get(f.doc, f.doc)
            doc = self.index.document(f.doc)
            cite = render.fact_citation(f, title, doc.page_of(f.quote_start), doc.line_of(f.quote_start),
                                        doc.line_of(f.quote_end - 1))
            out.append(Closest(raw=f.raw, value=f.value, unit=f.unit, labels=render.labels(f),
                               lacks=list(dict.fromkeys(said_as(t, q.text) for t in lacks)), citation=cite))
            if len(out) >= 3 * limit:
                break
        # those that lack least first ('mist: 2019' before 'mist: 2019, Limburg'), else in the ranking's order
        return sorted(out, key=lambda c: len(c.lacks))[:limit]

    # -- passages ----------------------------------------------------------

    def _passage(self, question: str, q: Query) -> Answer:
        hits = self.index.search(q.text, k=PASSAGE_HITS, docs=q.docs)
        said_by = set(stems(" ".join(m.group(0) for m in _SAID_BY.finditer(q.text))))  # 'volgens de minister': who
        own = [t for t in q.subject if t not in said_by]  # says it, not what; and what it says in other words
        terms = own + [s for t in own for s in synonyms(t)] + [t for t in lemma_pairs(q.text).values()  # ('knelpunten')
                                                                if t not in q.subject and t not in said_by] \
            + (stems(" ".join(q.regions)) if q.subject else []) + q.years  # 'groeide' is said by 'groei', a
        # province by its name (a region alone, 'En in Limburg?', asks nothing a passage could answer)
        answered = {h.doc: answer_start(self.index.document(h.doc).text) for h in hits}
        ranked = best_sentences(list(dict.fromkeys(terms)), hits, question=q.text, answered_from=answered)
        if q.years:  # a passage about 2014 and 2015 does not answer a question about 2016
            ranked = [r for r in ranked if self._says_year(r[1], q.years)]
        if not ranked or ranked[0][0] < PASSAGE_MIN:
            msg = ("Dat staat niet in de documenten: geen passage gevonden die deze vraag beantwoordt."
                   if q.lang == "nl" else "That is not in the documents: no passage answers this question.")
            return Answer(question=question, kind="not_found", answer=msg, lang=q.lang,
                          confidence=round(ranked[0][0], 3) if ranked else 0.0)
        citations = []
        for score, sents in ranked[:3]:
            doc = self.index.document(sents[0].doc)
            start, end = sents[0].start, extend_list(doc.text, sentence_end(doc.text, sents[-1].end))
            citations.append(Citation(doc=doc.doc, title=doc.title, page=doc.page_of(start), line=doc.line_of(start),
                                      line_end=doc.line_of(end - 1), start=start, end=end, quote=doc.text[start:end]))
        best = citations[0]
        quote = dehyphenate(best.quote)
        lead = "Volgens" if q.lang == "nl" else "According to"
        sentence = f"{lead} {best.title} ({render.where(best, q.lang)}): “{quote}”"
        return Answer(question=question, kind="passage", answer=sentence, lang=q.lang, citations=citations,
                      confidence=round(min(1.0, ranked[0][0]), 3))

    def _says_year(self, sents: list, years: list[str]) -> bool:
        """An asked year is said by the passage, or by its document's title and opening (a dated answer)."""
        doc = self.index.document(sents[0].doc)
        text = doc.text[sents[0].start:sents[-1].end] + " " + doc.title + " " + doc.text[:400]
        return any(y in text for y in years)


_SAID_BY = re.compile(r"\b(?:volgens|according to)\s+(?:de|het|the)\s+(minister|regering|rapport|verslag|nota|"
                      r"government|report)\b", re.I)


def said_as(term: str, question: str) -> str:
    """A stem the question lacks shown as the question's own word ('henegouw' as 'Henegouwen')."""
    for word in re.findall(r"[^\W\d_][\w'’-]*", question):
        stem = stems(word)
        if stem and stem[0] == term and word.lower() != term:
            return word
    return term


def _same_figure(answer: Answer, before: Answer) -> bool:
    """A follow-up answered by the very figure that answered the turn before: what the turn named changed
    nothing, so it was not found ('En voor collectief maatwerk?' given the LDE figure again)."""
    if answer.kind not in ("fact", "computed") or before.kind != answer.kind:
        return False
    return {(f.doc, f.start) for f in answer.facts} == {(f.doc, f.start) for f in before.facts} and bool(answer.facts)


def _unchanged(answer: Answer, resolved: str) -> Answer:
    """'Not in the documents' for a follow-up that found only the earlier turn's figure, which is listed as
    the closest figure, not as the answer."""
    f = answer.facts[0]
    nl = answer.lang == "nl"
    msg = (f"Dat staat niet in de documenten: voor '{resolved}' werd alleen hetzelfde cijfer gevonden als bij de "
           f"vorige vraag ({f.raw})." if nl else
           f"That is not in the documents: for '{resolved}' only the figure of the previous question was found "
           f"({f.raw}).")
    closest = [Closest(raw=f.raw, value=f.value, unit=f.unit, labels=render.labels(f),
                       lacks=["vorige vraag" if nl else "previous question"], citation=answer.citations[0])] \
        if answer.citations else []
    return Answer(question=answer.question, kind="not_found", answer=msg, lang=answer.lang, closest=closest)


def _no_docs(scope: DocFilter | None, lang: str) -> str:
    what = scope.describe(lang) if scope else ""
    return (f"Geen enkel document voldoet aan de filter ({what}): er is niets om uit te antwoorden." if lang == "nl"
            else f"No document passes the filter ({what}): there is nothing to answer from.")

