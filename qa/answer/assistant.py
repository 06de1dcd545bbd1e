"""The Assistant: a question in, an Answer with its sources out.

Numeric questions are answered from the fact table (one fact, or a sum or
difference of cited facts); other questions by quoting the sentences of the
best passages. When nothing is good enough the answer says so. No language
model writes anything: every word of evidence is the documents' own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from .. import render
from ..chunk import dehyphenate
from ..facts.numbers import decimals_of
from ..models import Answer, Citation, Closest, Fact, TextClaim
from ..search.retrieve import Index
from ..text import EN_NL, stems
from .context import resolve
from .matching import FactMatcher, Scored
from .passages import best_sentences
from .question import DIRECTION, SUM_WORDS, Query, direction, is_money_noun, parse

NO_FIGURE = {"/", "n.v.t.", "n.v.t", "nvt", "n.b.", "n.b", "n/a"}  # cells that say there is no figure (not zero)
FACT_MIN = 0.40  # calibrated on the dev set (see tests/test_answers.py)
PASSAGE_MIN = 0.15
CLOSEST_MIN = 0.25
MAX_QUESTION = 2000
_STOP_OPERAND = {"er", "werd", "werden", "is", "zijn", "was", "were", "de", "het", "een", "van", "the", "a", "of"}


class Assistant:
    """Answers questions and checks claims over one built index. Thread-safe."""

    def __init__(self, index_dir: Path | str = "index", embedder=None, index: Index | None = None) -> None:
        self.index = index or Index(Path(index_dir), embedder=embedder)
        self.matcher = FactMatcher(self.index)

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

    def check(self, claim: str):
        """A Verdict on a claim (see qa.answer.claims)."""
        from .claims import check

        return check(self, claim)

    # -- ask ---------------------------------------------------------------
    def ask(self, question: str, history: Sequence[Answer | str] = ()) -> Answer:
        """Answer a question; with the conversation's earlier turns (`history`, oldest first), a follow-up
        ('En in Limburg?') is read as the earlier question with what it names replaced (read_as)."""
        if history:
            last = history[-1]
            earlier = last if isinstance(last, str) else (last.read_as or last.question)
            resolved = resolve(" ".join((question or "").split())[:MAX_QUESTION], earlier)
            if resolved:
                answer = self._ask(resolved)
                return answer.model_copy(update={"question": question, "read_as": resolved})
        return self._ask(question)

    def check_text(self, text: str) -> list[TextClaim]:
        """Every claim of a pasted text with its verdict (see qa.answer.paragraph)."""
        from .paragraph import check_text

        return check_text(self, text)

    def _ask(self, question: str) -> Answer:
        text = " ".join((question or "").split())[:MAX_QUESTION]
        q = parse(text)
        if not stems(text):
            msg = "Stel een vraag over de documenten." if q.lang == "nl" else "Please ask a question about the documents."
            return Answer(question=question or "", kind="not_found", answer=msg, lang=q.lang)
        if q.numeric:
            return self._numeric(question, q)
        return self._passage(question, q)

    def _numeric(self, question: str, q: Query) -> Answer:
        compute = {"difference": self._difference, "sum": self._sum, "change": self._change}.get(q.operation or "")
        answer = compute(question, q) if compute else None
        if answer:
            return answer
        ranked = self.matcher.rank(q)
        if q.computed:  # a change or a gap asked, not computed from verified operands: only a stated change answers
            stated = self._stated_change(q, ranked) if q.changes and q.operation is None else None
            return self._fact_answer(question, q, stated) if stated else self._not_found(question, q)
        verified = [s for s in ranked if s.verified and (s.score >= FACT_MIN or s.vouched)]
        if verified and verified[0].fact.raw.lower() in NO_FIGURE:  # the cell says there is no figure
            return self._not_found(question, q, marked=verified[0].fact)
        if verified:
            return self._fact_answer(question, q, verified[0])
        share = self._share(question, q) if q.whole else None
        return share or self._not_found(question, q)

    def _stated_change(self, q: Query, ranked: list[Scored]) -> Scored | None:
        """'Met hoeveel daalde de enveloppe?' answered by 'een daling van 2 %': a verified change fact whose
        direction does not contradict the question's, and which names both years when the question does."""
        asked = direction(q.text)
        for s in ranked:
            f = s.fact
            if not (f.change and s.verified and s.score >= FACT_MIN):
                continue
            text = self.index.document(f.doc).text
            said = direction(text[max(f.quote_start, f.start - 120):f.end + 30])
            if asked and said and asked != said or len(q.years) > 1 and not all(y in f.quote for y in q.years):
                continue
            return s
        return None

    def _fact_answer(self, question: str, q: Query, best: Scored) -> Answer:
        f = best.fact
        shown = f.raw if q.lang == "nl" or f.raw in ("/", "-") else render.fmt(f.value, "en", decimals_of(f.raw))
        unit = f" {f.unit}" if f.unit and f.unit != "%" else ("%" if f.unit == "%" and not shown.endswith("%") else "")
        title = self.index.titles.get(f.doc, f.doc)
        if q.lang == "nl":
            sentence = f"{shown}{unit} ({render.labels(f)}) — volgens {title}."
        else:
            sentence = f"{shown}{unit} ({render.labels(f)}) — according to {title}."
        return Answer(question=question, kind="fact", answer=sentence, lang=q.lang, value=f.value, unit=f.unit,
                      citations=self.cite_fact(f), facts=[f], confidence=round(min(1.0, best.score), 3))

    def _difference(self, question: str, q: Query) -> Answer | None:
        a_text, b_text, context = split_operands(q)
        if not a_text or not b_text:
            return None
        first = [s for s in self.matcher.rank(q, text=context + " " + a_text, operand=a_text) if s.verified]
        second = [s for s in self.matcher.rank(q, text=context + " " + b_text, operand=b_text) if s.verified]
        if not first or not second:
            return None
        a = first[0]
        b = next((s for s in second if s.fact.start != a.fact.start or s.fact.doc != a.fact.doc), None)
        if b is None or min(a.score, b.score) < FACT_MIN or a.fact.unit != b.fact.unit:
            return None
        x, y = a.fact, b.fact
        value = x.value - y.value
        if value < 0 and re.search(r"\b(verschil|difference)\b", q.text, re.I):
            x, y, value = y, x, -value
        return self._computed(question, q, [x, y], "−", value, min(a.score, b.score))

    def _change(self, question: str, q: Query) -> Answer | None:
        """'Met hoeveel steeg X van 2022 naar 2023?': the same cell in both years (same table and headers but
        the year), later minus earlier."""
        early, late = sorted(q.years)
        firsts = [s for s in self.matcher.rank(q, years=[early]) if s.verified and s.score >= FACT_MIN][:3]
        seconds = [s for s in self.matcher.rank(q, years=[late]) if s.verified and s.score >= FACT_MIN]
        for a in firsts:
            for b in seconds:
                if same_cell_but_year(a.fact, b.fact, early, late):
                    x, y = b.fact, a.fact
                    if x.value < y.value and DIRECTION.search(q.text):  # 'daalde met': the size of the fall
                        x, y = y, x
                    return self._computed(question, q, [x, y], "−", x.value - y.value, min(a.score, b.score))
        return None

    def _operands(self, q: Query, phrase: str, context: str, operand: bool = True,
                  min_score: float = FACT_MIN) -> list[Scored]:
        """Verified counts or amounts of `phrase` ('stopplaatsen') in the question's `context`, best first;
        with `operand` False the phrase only says what is counted (a share's part: the whole question)."""
        last = phrase.split()[-1].lower()
        last = EN_NL.get(last, last).split()[0] if q.lang == "en" else last
        counted = stems(last)  # the head of the phrase: 'budget' of 'AMA WSE-budget'
        money = is_money_noun(last)  # an amount is said by its unit ('k euro'), not by the noun after it
        hint = None if q.unit_hint == "%" else q.unit_hint  # a share's operands are counts or amounts
        sub = replace(q, counted=counted[-1] if counted and not money else None, unit_hint=hint, operation=None,
                      computed=False, whole=None, heads=q.heads if operand else [])
        text = f"{context} {phrase}" if operand else context
        return [s for s in self.matcher.rank(sub, text=text, operand=phrase if operand else None)
                if s.verified and s.score >= min_score and s.fact.unit != "%"]

    def _noun_sum(self, question: str, q: Query) -> Answer | None:
        """'Hoeveel stations en stopplaatsen beheert de NMBS samen?': each noun's own verified count, added."""
        a_text, b_text = q.operands
        context = re.sub(rf"{re.escape(a_text)}\s+(?:en|and)\s+{re.escape(b_text)}", " ", q.text)
        context = SUM_WORDS.sub(" ", context)
        firsts, seconds = self._operands(q, a_text, context), self._operands(q, b_text, context)
        if not firsts or not seconds:
            return None
        a, b = firsts[0], seconds[0]
        if (a.fact.doc, a.fact.start) == (b.fact.doc, b.fact.start) or a.fact.unit != b.fact.unit:
            return None
        return self._computed(question, q, [a.fact, b.fact], "+", a.fact.value + b.fact.value, min(a.score, b.score))

    def _share(self, question: str, q: Query) -> Answer | None:
        """'Welk aandeel van de aanvragen werd goedgekeurd?' with no percentage printed: the verified count of
        the part over the verified count of its whole, printed next to it (one table, or within a few
        sentences); the whole is the larger figure."""
        wholes = sorted(self._operands(q, q.whole or "", " ".join([*q.years, *q.regions])), key=lambda s: -s.fact.value)
        # a part printed next to its verified whole ('Daarvan werd 1.900 k euro uitgegeven') needs less
        parts = self._operands(q, q.whole or "", q.text, operand=False, min_score=CLOSEST_MIN)
        for p in parts:
            for w in wholes:
                if near_each_other(p.fact, w.fact) and p.fact.unit == w.fact.unit and 0 < p.fact.value < w.fact.value:
                    value = round(100 * p.fact.value / w.fact.value, 1)
                    return self._computed(question, q, [p.fact, w.fact], "/", value, min(p.score, w.score), unit="%")
        return None

    def _sum(self, question: str, q: Query) -> Answer | None:
        if q.operands:
            return self._noun_sum(question, q)
        parts: list[Scored] = []
        splits = [([y], None) for y in q.years] if len(q.years) > 1 else [(None, [r]) for r in q.regions]
        for years, regions in splits:
            ranked = [s for s in self.matcher.rank(q, years=years, regions=regions) if s.verified]
            if not ranked or ranked[0].score < FACT_MIN:
                return None
            parts.append(ranked[0])
        units = {p.fact.unit for p in parts}
        if len(units) != 1 or len({(p.fact.doc, p.fact.start) for p in parts}) != len(parts):
            return None
        facts = [p.fact for p in parts]
        return self._computed(question, q, facts, "+", sum(f.value for f in facts), min(p.score for p in parts))

    def _computed(self, question: str, q: Query, facts: list[Fact], op: str, value: float, score: float,
                  unit: str | None = None) -> Answer:
        """An answer computed from cited facts; a ratio ('/', unit '%') is shown as a × 100 / b."""
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

    def _not_found(self, question: str, q: Query, marked: Fact | None = None) -> Answer:
        """Say what is missing and list the closest figures, clearly not as the answer; `marked` is the cell that
        answers with a no-figure mark ('/', 'n.v.t.')."""
        topic = " ".join(q.text.rstrip("?").split()[1:9])
        if q.lang == "nl":
            msg = f"Dat staat niet in de documenten: geen cijfer gevonden voor '{topic}…'."
        else:
            msg = f"That is not in the documents: no figure found for '{topic}…'."
        if marked is not None:
            title = self.index.titles.get(marked.doc, marked.doc)
            msg += (f" De tabel vermeldt '{marked.raw}' ({render.labels(marked)}) in {title}, r. {marked.line}."
                    if q.lang == "nl" else
                    f" The table gives '{marked.raw}' ({render.labels(marked)}) in {title}, line {marked.line}.")
        relaxed = self.matcher.rank(q, years=[], regions=[], limit=20)  # the figures near it, whatever the year
        closest = self.closest(q, relaxed)
        near = [s.fact for s in relaxed if s.score >= FACT_MIN - 0.1]
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
                lacks += [p.upper() for p in s.check.periods] + s.check.conflicts + s.check.missing
                if s.check.head_missing and q.counted:
                    lacks.append(q.counted)
            if not lacks and q.computed:
                lacks.append("berekening" if q.lang == "nl" else "computation")
            title = self.index.titles.get(f.doc, f.doc)
            doc = self.index.document(f.doc)
            cite = render.fact_citation(f, title, doc.page_of(f.quote_start), doc.line_of(f.quote_start),
                                        doc.line_of(f.quote_end - 1))
            out.append(Closest(raw=f.raw, value=f.value, unit=f.unit, labels=render.labels(f),
                               lacks=list(dict.fromkeys(lacks)), citation=cite))
            if len(out) >= limit:
                break
        return out

    # -- passages ----------------------------------------------------------

    def _passage(self, question: str, q: Query) -> Answer:
        hits = self.index.search(q.text, k=5)
        ranked = best_sentences(q.subject + q.years, hits, question=q.text)
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




def near_each_other(a: Fact, b: Fact, chars: int = 400) -> bool:
    """Two different facts printed together: one table, or close in the same document's prose."""
    if a.doc != b.doc or a.start == b.start:
        return False
    if a.table_id or b.table_id:
        return a.table_id == b.table_id
    return abs(a.start - b.start) <= chars


def same_cell_but_year(a: Fact, b: Fact, early: str, late: str) -> bool:
    """Two facts that are one measure in two years: the same table and headers with the year swapped,
    or, in prose, the same document, unit and measure words."""
    if a.unit != b.unit or a.doc != b.doc or (a.doc, a.start) == (b.doc, b.start):
        return False
    if a.table_id or b.table_id:
        swap = lambda path, year: [p.replace(year, "#") for p in path]  # noqa: E731
        same_paths = swap(a.row_path, early) == swap(b.row_path, late) and swap(a.col_path, early) == swap(b.col_path, late)
        # one table, or one table a year with the same caption and headers
        same_table = a.table_id == b.table_id or (bool(a.table_id and b.table_id) and a.year == early and b.year == late
                                                  and a.caption.replace(early, "#") == b.caption.replace(late, "#"))
        return same_paths and same_table
    return a.source == b.source == "prose"


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


def extend_list(text: str, end: int, limit: int = 900) -> int:
    """A quote that ends with ':' (or is followed by a short lead-in ending with ':') continues with
    the list items after it, so 'gebaseerd op de volgende principes:' quotes the principles too."""
    if not text[:end].rstrip().endswith(":"):
        lead = re.match(r"\s*[^.:?!\f]{0,300}:", text[end:end + 400])
        if not lead:
            return end
        end += lead.end()
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


def split_operands(q: Query) -> tuple[str, str, str]:
    """The two sides of a difference and the shared context.

    '(voorzien budget min berekende subsidies)' gives both sides directly;
    '... opgestart dan er werden beëindigd' contrasts the last content word
    before 'dan' with the words after it.
    """
    text = q.text
    m = re.search(r"\(([^()]*?)\s+\b(?:min|minus|versus|vs\.?)\s+([^()]*)\)", text, re.I)
    if m:
        context = (text[:m.start()] + text[m.end():]).strip()
        return m.group(1), m.group(2), context
    if len(q.operands) != 2:
        return "", "", text
    left, right = q.operands
    right_words = [w for w in re.findall(r"[\w'’-]+", right) if w.lower() not in _STOP_OPERAND]
    left_words = re.findall(r"[\w'’-]+", left)
    content = [i for i, w in enumerate(left_words) if w.lower() not in _STOP_OPERAND and not w.isdigit()]
    if not right_words or not content:
        return "", "", text
    a_word = left_words[content[-1]]
    context = " ".join(left_words[:content[-1]])
    return a_word, " ".join(right_words), context
