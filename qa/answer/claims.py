"""Claim checking: supported, contradicted (with the right value) or not in the documents.

Numeric claims: each measured number of the claim is compared with the fact
that best matches the claim's words with that number taken out (so a number
borrowed from another sentence cannot vote for itself). Precision rule: the
claim is right when the fact rounds to the claim's last printed digit
("3,6 miljoen euro" holds for 3.646 k euro, "3,5 miljoen" does not); hedged
claims ("ongeveer", "roughly") may be off by 10%. A claim about a year,
region or measure the documents do not cover is not_in_documents, never
contradicted. Claims without numbers need a passage that states them.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from .. import render
from ..models import Fact, Verdict
from ..text import CODE, EN_NL, EN_STOP, stems
from .assistant import _CHANGE_LABEL, FACT_MIN, Assistant
from .english import UNBRIDGED_ALONE, UNBRIDGED_MIN
from .scored import Scored
from .verify import counted_noun, measure_head, measured_of, same_head
from .wordparts import term_in
from .agreement import agrees, distinctive, only_rounded, own_bound
from ..facts.clausekinds import is_change
from .claimnumbers import ClaimNumber, age_groups, claim_numbers
from .changeclaims import change_of, check_change
from .flows import stock_for_flow
from .idioms import plain_words
from .question import direction, parse
from .passageclaims import check_passage

AGREE_MARGIN = 0.15
CLAIM_FACT_MIN = FACT_MIN


_FROM_TO = re.compile(r"\bvan\b[^;!?]{0,60}?\bnaar\b|\bfrom\b[^;!?]{0,60}?\bto\b", re.I)


def check(assistant: Assistant, claim: str, docs: frozenset[str] | None = None) -> Verdict:
    text = plain_words(" ".join((claim or "").split())[:2000])  # 'is gezakt tot 38 dagen': 'gedaald tot'
    q = parse(text, docs)
    lang = q.lang
    if not stems(text):
        msg = "Geef een bewering om te controleren." if lang == "nl" else "Please give a claim to check."
        return Verdict(claim=claim or "", verdict="not_in_documents", answer=msg, lang=lang)
    numbers = claim_numbers(text, lang)
    if not numbers:
        return check_passage(assistant, claim, text, docs)
    said = change_of(text, numbers[0]) if len(numbers) == 1 else None
    if said:  # '2.899 ritten minder ... dan in 2022': the number is a difference, judged as one
        verdict = check_change(assistant, claim, text, numbers[0], said, lang)
        if verdict is not None:
            return verdict
        msg = ("Niet in de documenten: geen verschil gevonden dat deze bewering bevestigt of weerlegt."
               if lang == "nl" else "Not in the documents: no difference found that confirms or contradicts this claim.")
        return Verdict(claim=claim, verdict="not_in_documents", answer=msg, lang=lang)  # never a gap against a level
    results: list[tuple[ClaimNumber, Fact | None, bool]] = []
    doubts: list[str] = []  # audit findings about refuting figures the document itself contradicts

    def doc_text(f: Fact) -> str:
        return assistant.index.document(f.doc).text
    for num in numbers:
        stripped = (text[:num.said_from] + " " + text[num.end:]).strip()
        own_noun = _counted_noun(text[num.said_from + len(claim_phrase(text, num)):])
        for other in numbers:  # another number, and the noun it counts when this one has its own ('300 buurtjobs
            if other is not num:  # ..., verspreid over 41 organisaties'; '128 dossiers ...; in 83 daarvan' shares it)
                said = claim_phrase(text, other)
                counts = _counted_noun(text[other.said_from + len(said):]) if own_noun else ""
                stripped = stripped.replace(said + counts, " ")
        lo = max([o.end for o in numbers if o.end <= num.start] + [num.start - 40, 0])
        hi = min([o.start for o in numbers if o.start >= num.end] + [num.end + 40])
        near = text[lo:hi]  # the number's own words, not those of the claim's other numbers
        sub = parse(stripped, docs)
        # a change from one figure to another ('daalde van 3.104 in 2023 naar 3.052'): both figures have all its
        # words, as a question's; a sentence that names another row of the document's table lacks them
        sub.numeric = sub.numeric or bool(_FROM_TO.search(text))
        if not assistant.matcher.names_something(stripped, sub):
            results.append((num, None, False))  # 'In 2016 was het gezakt tot 69': it does not say what was
            continue
        if sub.unit_hint == "money" and "euro" not in (num.unit or ""):  # 'negen maanden' in a claim about a budget
            sub.unit_hint = None
        ranked = assistant.matcher.rank(sub, text=stripped, operand=near, operand_weight=0.6)
        unchecked = ranked[:5]
        ranked = [s for s in ranked if s.verified]  # only a fact that says what the claim says can judge it
        if is_change(text, 0, num.start, num.end):  # 'daalde ... met 17 clubs': only a change judges a change,
            way = direction(text[max(0, num.start - 80):num.start])  # one the same way ('steeg met 35' of
            ranked = [s for s in ranked if (s.fact.change or _CHANGE_LABEL.search(" ".join(s.fact.col_path + s.fact.row_path)))
                      and not (way and s.fact.source == "prose" and direction(_clause_before(doc_text(s.fact), s.fact))
                               not in (None, way))]  # the tennis clubs is no fall of the riding clubs)
            if way == "down" and ranked and ranked[0].fact.value < 0:
                num = replace(num, value=-num.value)  # a fall of 17 is the table's -17
        ages = age_groups(text)
        if ages:  # 'for tenants aged 65 and over': only a figure of that age group judges it
            ranked = [s for s in ranked if all(re.search(rf"(?<!\d){a}(?!\d)", _own_text(s.fact)) for a in ages)]
        if num.unit == "%" or (num.unit is None and re.match(r"\s*%", text[num.end:])):
            ranked = [s for s in ranked if s.fact.unit == "%"]
        elif num.unit == "euro":
            ranked = [s for s in ranked if render.base_value(1, s.fact.unit)[1] == "euro"]
        elif num.unit and num.unit.startswith("euro per"):  # '70 euro per maand'
            ranked = [s for s in ranked if s.fact.unit == num.unit]
        elif num.unit is None and not _UNIT_AFTER.match(text[num.end:]):  # '5,000 heat pump premiums': a count,
            ranked = [s for s in ranked if s.fact.unit is None]  # judged by counts: not by an amount, a share or VTE
        elif num.unit in ("jaar", "dagen", "uur", "minuten", "maanden", "weken", "VTE"):  # '41 years' is an age or a duration
            ranked = [s for s in ranked if s.fact.unit == num.unit or num.unit == "VTE" and s.fact.unit is None
                      and "VTE" in " ".join((s.fact.row, s.fact.column, s.fact.caption, s.fact.measure))]
        close = _closest_in_meaning(assistant, text, num, ranked) if lang == "en" else None
        if close is not None:  # English words rank weakly: the fact closest in meaning says the same number
            results.append((num, close.fact, True))
            continue
        if not ranked or ranked[0].score < CLAIM_FACT_MIN:
            results.append((num, None, False))
            continue
        # a verified figure close to the best that states the claimed number supports it; another document may
        # answer at another grain ('overeenkomsten' at one kind of organisation, and at all of them), while a
        # neighbouring sentence of the same passage is more often about something else
        top = ranked[0]
        agreeing = [s for i, s in enumerate(ranked) if agrees(num, s.fact, doc_text(s.fact)) and (
            i < 3 and s.score >= top.score - 0.05 or s.fact.doc != top.fact.doc and s.score >= top.score - AGREE_MARGIN
            or i < 3 and _same_sentence(s.fact, top.fact)  # 'X aanvragen ... bij Y bedrijven': both said there
            or distinctive(num) and s.fact.doc != top.fact.doc and s.score >= CLAIM_FACT_MIN)]
        # (last: '1.074' verified in another document is no coincidence; in the top fact's own document a
        # sibling cell or clause that happens to hold the number is about something else)
        if agreeing and lang == "en" and only_rounded(num, agreeing[0].fact) and assistant.matcher.unbridged(stripped) \
                and float(assistant.matcher.meaning(text, [agreeing[0].fact])[0]) < UNBRIDGED_ALONE:
            agreeing = []  # a round number ('2 million') and words no document has: the figure must mean the same
        if num.bound:  # any smaller figure is 'minder dan 1.000': only the figure the claim is about decides
            agreeing = agreeing[:1] if agreeing and agreeing[0] is top else []
        if agreeing and any(s.fact.doc == agreeing[0].fact.doc and not agrees(num, s.fact, doc_text(s.fact))
                            and assistant.matcher.own_terms(s.fact, stripped, sub.lang)
                            > assistant.matcher.own_terms(agreeing[0].fact, stripped, sub.lang) for s in ranked[:3]):
            agreeing = []  # '58 ... collectief maatwerk': the 58 is the LDE list's, the list that says it holds 57
        best = agreeing[0] if agreeing else next(  # the close figure about the same thing ('64 zorgboerderijen',
            # not the '318 organisaties' of the same sentence) may refute it
            (s for s in ranked[:3] if s.score >= top.score - AGREE_MARGIN
             and _can_contradict(assistant, text, num, s.fact, lang)), None)
        stated = [s.fact for s in ranked[:3] if agrees(num, s.fact, doc_text(s.fact))] if best is not None and not agreeing else []
        if best is None or stated and _says_as_much(assistant, stripped, sub.lang, stated, best.fact):
            # a verified figure near the top states the claimed number and its own sentence says as much of
            # the claim as the refuting one's: too close to call it refuted
            results.append((num, None, False))
            continue
        if not agreeing and any(s.score > best.score and agrees(num, s.fact, doc_text(s.fact)) and s.check is not None
                                and not s.check.conflicts and not s.check.head_missing for s in unchecked):
            results.append((num, None, False))  # a closer figure that states the claimed number ('In 2023 namen
            continue  # 187 gemeenten deel' for '187 gemeenten boden sportcheques aan'): no refutation by another
        other = None if agreeing else _doubted_for(assistant, best.fact, num, lang)
        if other is not None:  # the refuting figure is one its own document contradicts ('522.157' against the
            results.append((num, other, True))  # table's 552.157, a likely typo): the claim's figure stands there
            doubts.append(assistant.doubted(best.fact, lang))
            continue
        results.append((num, best.fact, bool(agreeing)))
    facts = [f for _, f, _ in results if f is not None]
    citations = assistant.cite_facts(facts)
    wrong = [(n, f) for n, f, ok in results if f is not None and not ok]
    if any(f is None for _, f, _ in results) and not wrong:  # one number found wrong is enough to contradict
        msg = ("Niet in de documenten: geen cijfer gevonden dat deze bewering bevestigt of weerlegt."
               if lang == "nl" else "Not in the documents: no figure confirms or contradicts this claim.")
        return Verdict(claim=claim, verdict="not_in_documents", answer=msg, lang=lang, citations=citations,
                       facts=facts)
    if not wrong:
        num, f = max(results, key=lambda r: (distinctive(r[0]), only_rounded(r[0], r[1])))[:2]  # '3,6 miljoen', not 'negen'
        said, rounded = claim_phrase(text, num), only_rounded(num, f) and not num.bound
        if lang == "nl":
            msg = f"Klopt: de documenten vermelden {_with_unit(f)} ({render.labels(f)})."
            msg += ("" if not rounded else f" De bewering noemt het bij benadering: {said}." if num.hedged
                    else f" De bewering rondt dat af tot {said}.")
        else:
            msg = f"Supported: the documents state {_with_unit(f)} ({render.labels(f)})."
            msg += ("" if not rounded else f" The claim gives it approximately: {said}." if num.hedged
                    else f" The claim rounds it to {said}.")
        doubts = doubts or [d for d in [assistant.doubted(f, lang)] if d]  # the supporting figure itself is doubted
        if doubts:
            msg += (" Let op: " if lang == "nl" else " Note: ") + doubts[0]
        return Verdict(claim=claim, verdict="supported", answer=msg, lang=lang, value=f.value, unit=f.unit,
                       citations=citations, facts=facts, confidence=0.5 if doubts else 1.0)
    num, f = wrong[0]
    title = assistant.index.titles.get(f.doc, f.doc)
    said = claim_phrase(text, num)
    msg = (f"Klopt niet: niet {said} maar {_with_unit(f)} ({render.labels(f)}), volgens {title}, r. {f.line}."
           if lang == "nl" else
           f"Contradicted: not {said} but {_with_unit(f)} ({render.labels(f)}), according to {title}, line {f.line}.")
    doubt = assistant.doubted(f, lang)  # the right value given is one its own document contradicts: say so
    if doubt:
        msg += (" Let op: " if lang == "nl" else " Note: ") + doubt
    return Verdict(claim=claim, verdict="contradicted", answer=msg, lang=lang, value=f.value, unit=f.unit,
                   citations=citations, facts=facts, confidence=0.4 if doubt else 0.8)


def _doubted_for(assistant, fact: Fact, num, lang: str) -> Fact | None:
    """The figure of the document's own audit finding about `fact` that agrees with the claimed number: the
    document states the claim's value elsewhere and the audit takes `fact` for the error."""
    finding = assistant.finding(fact, lang)
    if finding is None:
        return None
    by_id = {f.id: f for f in (assistant.index.facts[k] for k in assistant.index.facts.of_doc(fact.doc))}
    text = assistant.index.document(fact.doc).text
    return next((other for other in (by_id.get(v.fact_id) for v in finding.values)
                 if other is not None and other.id != fact.id and agrees(num, other, text)), None)


def _with_unit(f: Fact) -> str:
    """The fact as printed, with its unit where the printed form lacks it ('5.512 k euro', '73,9%')."""
    if not f.unit or f.raw.endswith("%") or f.unit in f.raw:
        return f.raw
    return f"{f.raw}%" if f.unit == "%" else f"{f.raw} {f.unit}"


def _says_as_much(assistant: Assistant, text: str, lang: str, facts: list[Fact], other: Fact) -> bool:
    """Does the own row or sentence of one of `facts` say at least as many of the claim's terms as `other`'s?
    (What the document around a figure says lets both pass the check; their own words tell them apart.)"""
    least = assistant.matcher.own_terms(other, text, lang)
    return any(assistant.matcher.own_terms(f, text, lang) >= least for f in facts)


def _closest_in_meaning(assistant: Assistant, text: str, num: ClaimNumber, ranked: list[Scored]) -> Scored | None:
    """The verified candidate closest to the claim in meaning, when it is close and states the claimed number."""
    lead = [s for s in ranked[:10] if s.score >= CLAIM_FACT_MIN / 2]
    if not lead:
        return None
    sims = assistant.matcher.meaning(text, [s.fact for s in lead])
    top = lead[int(np.argmax(sims))]
    if only_rounded(num, top.fact):
        return None  # meaning alone and a round number ('2 million' for 2.318 k euro) say too little together
    return top if sims.max() >= UNBRIDGED_MIN and agrees(num, top.fact, assistant.index.document(top.fact.doc).text) \
        else None


WORD_MIN = 0.87  # e5 cosine of an English word and its Dutch translation: 0.885 on average over the word list's
# pairs, 99 % of unrelated pairs below 0.871 ('places'-'plaatsen' 0.889, 'organisations'-'overeenkomsten' 0.857)


def _same_noun(assistant: Assistant, noun: str, fact: Fact) -> bool:
    """An English noun the word list lacks means what the figure counts: a Dutch noun the fact counts by is
    that close in the multilingual embedder."""
    head, _ = measure_head(fact.measure) if fact.source != "prose" else (None, [])
    if head:
        words = [head]
    else:
        doc = assistant.index.document(fact.doc).text
        words = re.findall(r"[^\W\d_]{4,}", doc[fact.end:min(fact.quote_end, fact.end + 40)])[:2] or \
            re.findall(r"[^\W\d_]{4,}", fact.measure)[-2:]
    if not words:
        return False
    embedder = assistant.index.embedder
    sims = embedder.embed_passages(words) @ embedder.embed_queries([noun])[0]
    return float(sims.max()) >= WORD_MIN


_UNIT_AFTER = re.compile(r"\s*(?:%|procent|percent|euro|eur\b|€|k\s?euro|keuro|miljoen|miljard|million|billion|mln)",
                         re.I)


_AVERAGED = re.compile(r"\b(?:gemiddeld\w*|average|mean|mediaan|median|per\s+(?:maand|month|jaar|year|persoon|person))\b",
                       re.I)


def _clause_before(text: str, fact: Fact) -> str:
    """The words of a figure's sentence before it: where its own verb of change stands ('steeg met 35')."""
    return text[max(fact.quote_start, fact.start - 60):fact.start]


def _own_text(fact: Fact) -> str:
    """What a figure's own labels and sentence say."""
    return " ".join([fact.quote, fact.measure, fact.row, fact.column, *fact.row_path, *fact.col_path])


def _can_contradict(assistant: Assistant, text: str, num: ClaimNumber, fact: Fact, lang: str) -> bool:
    """Only a number about the same thing can say the claim's number is wrong: same kind of unit (an amount
    of money is not refuted by a count), not a number the claim itself names elsewhere ('de noodcentrale
    112'), and in Dutch counting the same noun ('400 ondernemers' is not refuted by '120.000 Vlamingen',
    '62 overeenkomsten' not by a table's 'TOTAAL 59' of companies)."""
    fact_unit = render.base_value(1, fact.unit)[1] if fact.unit else None
    money, percent = fact_unit == "euro", fact.unit == "%"
    own = own_bound(assistant.index.document(fact.doc).text, fact)
    fact_value = render.base_value(fact.value, fact.unit)[0]
    if own == ">" and num.value >= fact_value or own == "<" and num.value <= fact_value:
        return False  # 'meer dan 20 %' does not say a third is wrong: an estimate's bound, not the figure (a
        # rule's 'minstens drie weken' does refute 'minstens vier weken')
    if (num.unit or "").startswith("euro per") or (fact_unit or "").startswith("euro per"):
        return num.unit == fact_unit and _said_near(assistant, text[:num.start] + " " + text[num.end:], lang, fact)
    claimed_percent = num.unit == "%" or bool(re.match(r"\s*(%|procent|percent)", text[num.end:], re.I))
    if (num.unit == "euro") != money or claimed_percent != percent:
        return False
    own = " ".join([*fact.row_path, *fact.col_path] if fact.source == "table" and fact.col_path
                   else [fact.measure, fact.quote])  # (a table's caption may name both kinds of column)
    if _AVERAGED.search(text) and not _AVERAGED.search(own):
        return False  # 'the average monthly allowance was 225 euro' is not refuted by the year's total spending
    rest = text[:num.start] + " " + text[num.end:]
    if re.search(rf"(?<![\d.,]){re.escape(fact.raw)}(?![\d.,]*\d)", rest):
        return False
    if not _codes_near(assistant, text, fact):
        return False
    if not _said_near(assistant, rest, lang, fact):
        return False
    if stock_for_flow(rest, set(stems(" ".join((fact.quote, fact.measure, fact.row, fact.column, *fact.row_path,
                                                  *fact.col_path))))):
        return False  # 'er kwamen 119 fonteinen bij' is not refuted by the 1.342 there were
    if fact.unit in _DURATIONS and not _subject_own(assistant, rest, lang, fact, text[:num.start]):
        return False
    if num.unit or claimed_percent:
        return True
    if lang == "nl":
        claimed = [w for w in counted_noun(_noun_phrase(text[num.end:num.end + 80])) if len(w) >= 4][:3]
    else:  # '255 organisations were recognised': the noun right after the number, in its Dutch words
        after = [w for w in re.findall(r"[a-z][a-z'-]+", text[num.end:num.end + 40].lower())[:3] if w not in EN_STOP]
        noun = next((w for w in after if len(w) >= 4), "")
        # '720 school streets': the Dutch compound of the two ('schoolstraat'), or the word the documents have
        joined = assistant.matcher.dutch_compound(after[0], after[1]) if len(after) > 1 else []
        translated = joined[:1] or ([] if noun in EN_NL else assistant.matcher.bridge.translate(noun) if noun else [])
        if noun and noun not in EN_NL and not translated:  # a count of things no word list translates: the
            return _same_noun(assistant, noun, fact)  # multilingual embedder says whether the figure counts them too
        claimed = translated or [w for w in stems(EN_NL.get(noun, "")) if len(w) >= 4][:3]
    if not claimed:
        return True
    if fact.source == "prose":
        doc = assistant.index.document(fact.doc).text
        said = counted_noun(doc[fact.end:min(fact.quote_end, fact.end + 80)])[:4] or stems(fact.measure)
    else:  # a cell counts what its labels say: 'TOTAAL 59' under a list of companies is no count of agreements
        if any(measured_of(w, fact) for w in claimed):
            return False  # '180 erkende gidsen' is not refuted by a cell of 'Gepresteerde gidsuren'
        head, _ = measure_head(fact.measure)
        if head:  # 'Aantal ondernemingen' counts companies, whatever its caption says about their staff
            return any(same_head(w, [head]) for w in claimed)
        said = stems(" ".join((fact.measure, fact.row, fact.column, fact.caption, *fact.row_path, *fact.col_path)))
    return any(same_head(w, said) for w in claimed)


def _said_near(assistant: Assistant, text: str, lang: str, fact: Fact) -> bool:
    """A refuting figure must have most of the claim's terms (all but at most half) in its own row or
    sentence or in its frame (title, section, numbered item). Verification lets a term be said anywhere in the
    figure's document; a number that equals the claim's is evidence of its own, a different one is not:
    '4.200 euro subsidie per deelnemer' is not refuted by a credit of 56.427 k euro in a long report that
    says 'subsidie' and 'deelnemer' elsewhere."""
    i = assistant.index.facts.position(fact.doc, fact.start)
    if i is None:
        return False
    near = assistant.matcher.features(i).own | assistant.matcher.frames.frame_words(i)
    soft = assistant.matcher.untranslated(text) if lang == "en" else set()
    groups = [g for g in assistant.matcher.term_groups(text, lang) if g[0] not in soft]
    # a word a compound of the claim already says is no term of its own ('custom work': maatwerk, not also werk)
    groups = [g for g in groups if not (len(g[0]) >= 4 and any(h[0] != g[0] and h[0].endswith(g[0]) for h in groups))]
    if not groups:  # 'and by now about 6,700': a claim that names nothing is refuted by nothing
        return False
    elsewhere = sum(not any(term_in(t, near) for t in group) for group in groups)
    if 2 * elsewhere > len(groups):
        return False
    # English nouns no document has in any form ('women'): only a figure close in meaning may refute the claim
    # (verbs, adverbs and hedges -- 'achieved', 'reportedly', 'around' -- say what of it, not who)
    lost = [w for w in assistant.matcher.unbridged(text) if not w.endswith(("ed", "ly", "ing")) and w not in _FILLERS] \
        if lang == "en" else []
    return not lost or float(assistant.matcher.meaning(text, [fact])[0]) >= UNBRIDGED_MIN


_DURATIONS = {"dagen", "dag", "weken", "week", "maanden", "maand", "jaar", "jaren", "uur", "minuten"}


def _subject_own(assistant: Assistant, text: str, lang: str, fact: Fact, before: str = "") -> bool:
    """A duration refutes a claim only when its own row or sentence names what the claim says lasted ('the
    waiting time ... dropped to three months' is not refuted by 'het eerste werkingsjaar (6 maanden)' in the
    same section): the claim's first term is its subject, or the word right before the number says what
    lasted ('patients waited 45 minutes': 'wachttijd')."""
    i = assistant.index.facts.position(fact.doc, fact.start)
    groups = assistant.matcher.term_groups(text, lang)
    if i is None or not groups:
        return False
    own = assistant.matcher.features(i).own
    last = re.findall(r"[^\W\d_]+", before)[-1:]
    verb = assistant.matcher.term_groups(last[0], lang)[:1] if last else []
    return any(term_in(t, own) for g in groups[:1] + verb for t in g)


_FILLERS = {"set", "put", "within", "around", "about", "every", "each", "now", "some", "all", "over", "under", "nearly", "almost",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "hundred",
            "thousand", "million", "billion"}  # a number's own words; the verb of 'set aside', 'put aside'


_UNIT_CODES = {"EUR", "VTE", "FTE", "BTW", "VAT"}


def _same_sentence(a: Fact, b: Fact) -> bool:
    return a.doc == b.doc and a.source != "table" and b.source != "table" and a.quote_start == b.quote_start


def _codes_near(assistant: Assistant, text: str, fact: Fact) -> bool:
    """A claim about 'SIFO' is not refuted by a figure outside every part of the document about SIFO: each
    code the claim names must be in the figure's frame (its labels, its item or section, the document's
    title and preamble; see qa.answer.frames). Codes read the same in both languages."""
    codes = {c.lower() for c in CODE.findall(text) if c not in _UNIT_CODES  # not an English abbreviation the
             and EN_NL.get(c.lower(), c.lower()).split()[0] == c.lower()}  # word list translates ('GP': huisarts)
    if not codes:
        return True
    i = assistant.index.facts.position(fact.doc, fact.start)
    frame = assistant.matcher.frames.frame_words(i) if i is not None else set()
    return codes <= frame


_NP_END = re.compile(r"\b(bij|voor|in|van|door|met|op|aan|uit|naar|over|per|via|die|dat|werd|werden|zijn|waren|"
                     r"is|was|heeft|hebben|kregen|kreeg)\b", re.I)


def _noun_phrase(after: str) -> str:
    """The words right after a claim's number up to a preposition or verb: what the number counts
    ('62 AMA WVG-overeenkomsten opgestart bij maatwerkbedrijven' counts 'AMA WVG-overeenkomsten opgestart')."""
    return _NP_END.split(after, maxsplit=1)[0]


def _counted_noun(after: str) -> str:
    """The word right after a claim's number, when it can be what the number counts ('64 maatwerkbedrijven',
    not '83 daarvan' or '12 een')."""
    m = re.match(r"\s+[^\W\d_][\w'’-]*", after)
    if not m or _NP_END.fullmatch(m.group(0).strip()) or re.fullmatch(
            r"een|de|het|the|an?|daarvan|hiervan|waarvan|of|en|and|or", m.group(0).strip(), re.I):
        return ""
    return m.group(0)


def claim_phrase(text: str, num: ClaimNumber) -> str:
    """The claim's number with its unit words, as the claim wrote it ('3,5 miljoen euro')."""
    m = re.match(r"\s*(?:%|(?:procent|percent|(?:miljoen|miljard|million|billion|thousand|duizend)(?:\s*(?:euro|EUR))?|k ?euro|keuro|euro|EUR|"
                 r"VTE)(?!\w)(?:\s+per\s+\w+)?)", text[num.end:], re.I)  # not the 'Euro' of '300 European licences'
    return (text[num.said_from:num.end] + (m.group(0) if m else "")).strip()
