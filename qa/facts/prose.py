"""Facts from running text: the number, its unit, and the sentence around it.

A sentence is bounded by a terminator followed by a capital, by a list item
or enumerator line, or by a table; blank lines do not end a sentence because
PDF text puts them inside wrapped sentences. Year and region come from the
sentence, else from the nearest heading above.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from qa.facts.clausekinds import CHANGE_WORD, is_change, is_target
from qa.facts.labels import describe, own_region, regions_in, without_regions, year_of
from qa.facts.sections import heading_before
from qa.models import Document, Fact
from qa.facts.numbers import SCALE_WORDS, NumberToken
from qa.facts.tables import FUNCTION_END, Line
from qa.facts.proseyears import (compared_year, outside_brackets, own_relative_year, paragraph_year, parallel_year, range_point,
                                 range_start, relative_year, section_year, year_after)
from qa.facts.yearlists import item_list_lead, named_list_lead, year_list_lead

_ABBREV = {"nr", "nrs", "art", "o.a", "i.h.k.v", "excl", "incl", "bv", "p", "blz", "st", "vl", "parl", "ca",
           "resp", "enz", "cf", "cfr", "zgn", "m.b.t", "t.e.m", "e.a", "vs", "dhr", "mevr", "o.m", "t.o.v",
           "i.v.m", "n.a.v", "kw", "min", "max", "e.g", "i.e", "approx", "no", "jaargem", "voorz"}
_ITEM_START = re.compile(r"^[\s\f]*(?:[-•–*]\s|\(\*+\)|\d{1,2}°|\d{1,2}[.)]\s|(?:[a-z]|[ivx]{2,4})[.)]\s)")  # not "kind. Gezinnen"
_UNIT = re.compile(
    r"\s*(?P<u>%|procentpunt(?:en)?|procent|percent|k\s?euro|keuro|kEUR|duizend\s+euro|"
    r"(?:miljoen|mln|miljard|million|billion|bn)\s*(?:euro|EUR|€)?|euro|EUR|€|VTE(?:[’']s)?|"
    r"u/week|uur\s+per\s+week|uur|minuten|(?:kalender|werk)?dagen|dag|maanden|jaar|weken|m2|m²|m3|m³|km/h|km/u|km|ha|hectare|kg|ton|"
    r"[kMG]Wh|[kMG]W|W)"
    r"(?:(?!\w)|(?=\d{1,2}\.\s))"  # 'euro2. De lijst': a unit glued to the next item's number is still the unit
    r"(?P<per>\s+per\s+(?:maand|jaar|week|dag|"
    r"deelnemer|persoon))?",
    re.I,
)
_OF_THOSE = re.compile(r"\s*(?:daarvan|hiervan|van hen|of these|of them|of those)\b", re.I)  # a part of the sentence before
_SET_AGAINST = {"tegenover", "versus", "vs", "vs.", "against"}  # a number set against the one before it
_SET_AGAINST_BETWEEN = re.compile(r"\b(?:tegenover|versus|vs\.?|against|compared (?:with|to)|vergeleken met|"
                                  r"in vergelijking met|ten opzichte van)\b", re.I)
_CURRENCY_BEFORE = re.compile(r"(?:EUR|€|euro)\s*$", re.I)
_CURRENCY_WORD = re.compile(r"euro|eur\b|€", re.I)
# a sentence about money: a bare 'miljoen' there is euro ('Voor 2023 is 5,5 miljoen voorzien in de begroting')
_MONEY_WORDS = re.compile(r"euro|€|\beur\b|budget|begrot|krediet|middelen|kost|bedrag|uitgave|subsidie|investe|financ|"
                          r"\bbetaal|\bgeld|loon|lonen|premie|belasting|omzet|inkomst|ontvangst|dotatie|toelage|"
                          r"vergoed|steun|waarde|prijs|schuld|spaar|bijdrage|fonds|dollar|\$", re.I)
_SCALE_AFTER = re.compile(r"\s*(miljoen|mln|miljard|million|billion|bn)\b", re.I)
_STOP_BEFORE = {"van", "met", "op", "tot", "bedroeg", "bedraagt", "is", "was", "werd", "werden", "voor", "naar", "de",
                "het", "een", "en", "of", "in", "aan", "dan", "meer", "ongeveer", "circa", "bij", "om", "er", "te"}


def _normal_unit(word: str, per: str | None) -> tuple[str | None, float]:
    w = " ".join(word.lower().split())
    if w in ("%", "procent", "percent"):
        return "%", 1.0
    if w.startswith("procentpunt"):
        return "procentpunt", 1.0
    if w in ("k euro", "keuro", "keur", "duizend euro", "k€"):
        return "k euro", 1000.0
    scale = next((v for k, v in SCALE_WORDS.items() if w.startswith(k)), None)
    if scale and scale >= 1e6:
        return ("miljoen euro", 1e6) if scale == 1e6 else ("miljard euro", 1e9)
    if w in ("euro", "eur", "€"):
        return (f"euro {per.strip()}" if per else "euro"), 1.0
    if w.startswith("vte"):
        return "VTE", 1.0
    if w in ("u/week", "uur per week"):
        return "uur per week", 1.0
    if w in ("dag", "dagen", "kalenderdagen", "werkdagen"):
        return "dagen", 1.0
    if w in ("m2", "m²", "m3", "m³"):
        return w.replace("²", "2").replace("³", "3"), 1.0
    if w == "hectare":
        return "ha", 1.0
    if w in ("km/h", "km/u"):
        return "km/h", 1.0
    if re.fullmatch(r"[kmg]?wh?", w):  # '4 kW', '250 W': as written
        return word.strip(), 1.0
    return w, 1.0


def _is_boundary(text: str, i: int) -> bool:
    """Does the character at `i` end a sentence?"""
    c = text[i]
    if c == ":":
        return bool(re.match(r"[ \t]*\n", text[i + 1:i + 4]))
    if c not in ".!?;":
        return False
    if re.match(r"(?:[a-z]|\d{1,2})\)\s", text[i + 1:i + 5]):
        return True  # 'euro.b) De bedragen': a list item glued to the sentence before it by the PDF's text
    if c == "." and re.match(r"[-•–]\s", text[i + 1:i + 3]):
        return True  # 'erkend.- 2. 469 dierenartsen': the next dash item, glued to this one
    after = re.match(r"\s+([\S])", text[i + 1:i + 8])
    paragraph = bool(re.match(r"[ \t]*\n[ \t]*\n\s*[^\s\w]", text[i + 1:i + 12]))  # '... periode.' / '' / '=== [4]'
    if not after or not (after.group(1).isupper() or after.group(1) in "-•(‘'\"0123456789" or paragraph):
        return False
    if c == "." and re.search(r"(?<![\d.,])\d{1,3}$", text[max(0, i - 4):i]) and re.match(r" \d{3}(?!\d)", text[i + 1:i + 6]):
        return False  # '136. 839 euro': a thousands point with a stray space (see qa.facts.numbers)
    word = re.search(r"([\w.]+)$", text[max(0, i - 12):i])
    if c == "." and word and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1):
        return False
    return True


def sentence_span(text: str, pos: int, end: int, starts: list[int], stop: set[int]) -> tuple[int, int]:
    """The sentence holding text[pos:end], not crossing lines in `stop` (tables)."""
    line = bisect_right(starts, pos) - 1
    lo, hi = starts[line], end
    i = pos - 1
    cur = line
    while i >= max(0, pos - 600):
        if text[i] == "\n":
            if (_ITEM_START.match(text[i + 1:i + 12]) and i + 1 <= starts[cur]) or _blank_before(text, i):
                lo = i + 1  # a numbered item or a paragraph starts here
                break
            cur -= 1
            if cur in stop:
                break
        elif _is_boundary(text, i) and not (text[i] == ":" and not text[i + 1:pos].strip()):
            lo = i + 1
            break
        lo = i
        i -= 1
    if _ITEM_START.match(text[starts[line]:starts[line] + 12]) and lo < starts[line]:
        lo = starts[line]
    i, cur = end, line
    while i < min(len(text), end + 600):
        if text[i] == "\n":
            cur += 1
            if cur in stop or (cur < len(starts) and _ITEM_START.match(text[starts[cur]:starts[cur] + 12])) \
                    or _blank_before(text, i) or _LEAD_LINE.match(text, i + 1):
                break
        elif _is_boundary(text, i):
            hi = i + 1
            break
        hi = i + 1
        i += 1
    while lo < hi and text[lo] in " \t\n\f":
        lo += 1
    while hi > lo and text[hi - 1] in " \t\n\f":
        hi -= 1
    return lo, hi


# a line that opens the next list ('Spoedaanvragen:', 'Het geheel van andere organisaties ...:'): no sentence
# of the line before runs on into it
_LEAD_LINE = re.compile(r"[ \t]*[A-ZÀ-Ý][^\n\d:]{0,120}:[ \t]*(?:\n|$)")


def _blank_before(text: str, i: int) -> bool:
    """text[i] is a newline that ends a blank line between paragraphs: the next line starts with a capitalised
    word (not a code) and the line before does not stop mid-phrase. PDF text also puts blank lines inside sentences
    ('op dit begrotingsartikel' / '' / 'verminderd met 1.315 keuro'): those lead on in lower case."""
    j = i - 1
    while j >= 0 and text[j] in " \t\f\r":
        j -= 1
    if j < 0 or text[j] != "\n" or not re.match(r"[A-Z][a-z]", text[i + 1:i + 3]):
        return False  # 'VEK-krediet.' after a blank line still ends the sentence before it
    before = text[max(0, j - 80):j].rstrip()
    last = before.split()[-1].lower() if before.split() else ""
    return not before.endswith((",", "-")) and last not in FUNCTION_END


# '1,8 miljoen van de 2,9 miljoen parkeerkaarten': the part counts what the whole after it counts
_OF_WHOLE = re.compile(r"\s*(?:van|op|uit|of|out of)\s+(?:de|het|alle|the|all)?\s*(?!(?:19|20)\d\d\b)\d[\d.,]*"
                       r"(?:\s+(?:miljoen|miljard|duizend|million|billion))?\s+((?:[a-zà-ÿA-Z’'\-]+\s?){1,3})", re.I)


# a unit and the phrase that says what the amount is of: "VTE's voor de beleidscel", 'euro voor de opvang'
_UNIT_PHRASE = re.compile(r"\s*[^\s\d]+(?:['’]s)?\s+((?:voor|bij|in|op|aan|for|at)\s+(?:(?!en\b|and\b)[^\W\d_][\w'’-]*\s*){1,4})",
                          re.I)


def _measure(text: str, lo: int, start: int, end: int, hi: int, unit: str | None) -> str:
    """Words naming what the number counts: the clause before it and the noun or share after it."""
    listed = _listed_label(text[lo:start])
    if listed:
        return listed
    head = re.sub(r"^(?:\d{1,2}|[a-z])[.)]\s+", "", " ".join(text[lo:start].split()))  # an enumerator names nothing
    aside = re.match(r"[^()]*\)", text[end:hi])
    subject: list[str] = []
    if head.endswith("(") and aside and len(_content(aside.group(0))) >= 2:
        before = []  # '(tien weken in geval van een meerling)': an aside with its own words is labelled by them
    else:  # '... middelen gevraagd (4,5 miljoen euro)': a bare amount in brackets restates the clause before
        clauses = re.split(r"(?:(?<!\d),|,(?!\d)|[;:()\n])\s*(?=\S)|\s–\s", head.rstrip(" ("))  # not '11,6'
        before = clauses.pop().split()
        joined = next((k for k, w in enumerate(before) if re.fullmatch(r"\d[\d.,]*", w)
                       and not re.fullmatch(r"(?:19|20)\d\d", w)), None)
        said = re.match(r"\s*([^\W\d_][\w'’-]*)", text[end:hi])  # the number has words of its own after it
        if joined is not None and before[-1].lower() in ("en", "and", "naar", "tot", "to") and said \
                and said.group(1).lower() not in _STOP_BEFORE:  # '... op mijn kabinet 11,6 VTE's voor het secretariaat
            before = before[:joined]  # en 24,6 VTE's ...', 'van 140,25 euro per uur naar 150,07 euro': the item
            # before is not this number's ('en 4. 769 in 2015' shares its noun)
        # 'zijn fors gestegen, namelijk van': a clause of connectives only is labelled by the one before it
        while clauses and (not _content(" ".join(before)) or all(w.lower() in _STOP_BEFORE for w in before)):
            before = clauses.pop().split()  # (and one of a verb only: 'het aandeel bomen dat ... leeft, bedroeg')
        first = clauses[0].split() if clauses else []  # 'De reële dagprijs, exclusief ..., in 2016 ... is 37,50':
        if first and first[0] in ("De", "Het") and len(first) <= 6 and not re.search(r"\d", clauses[0]):
            subject = first  # the sentence's subject, before an aside, says what the number is
    before = [w for w in before if not _FILE_NAME.search(w)]  # a footnote's link names nothing
    after = " ".join(text[end:hi].split())
    if before and before[-1].lower() in _SET_AGAINST:  # '6 % in de groep met ... tegenover 17 % in de groep van
        own = re.match(r"\s*(?:%|procent)?\s*([^,;:()]+)", after)  # de afgestudeerden': the words before are 6 %'s
        words = " ".join(own.group(1).split()[:12]).rstrip(" .") if own else ""
        if _content(words):  # '(16,49 tegenover 1,64 ‰)' says nothing after it: the clause before stands
            return words
    while before and before[-1].lower() in _STOP_BEFORE:
        before.pop()
    if unit == "%":
        share = re.match(r"\s*(?:%|procent)?\s*(van\s+[^,;:()]+)", after)
        tail = share.group(1) if share else ""
        tail = " ".join(tail.split()[:9])
        if tail:
            return " ".join(["aandeel", tail, "|", *subject, *before[-8:]]).strip(" |")
        return " ".join(subject + before[-8:])
    own = _UNIT_PHRASE.match(after) if unit and unit != "%" else None
    if own:  # '24,6 VTE's voor de beleidscel': what the amount is of
        return " ".join([*subject, *before[-10:], *own.group(1).split()[:4]]).strip()
    noun = _OF_WHOLE.match(after) or re.match(r"\s*(?:[^\s\w]*\s*)?((?:[a-zà-ÿA-Z’'\-]+\s?){1,3})", after)
    tail = ""
    if unit is None and noun:
        words = [w for w in noun.group(1).split() if w.lower() not in _STOP_BEFORE][:2]
        tail = " ".join(words)
    return " ".join([*subject, *before[-10:], tail]).strip()


# a sentence's group, phase or category named by its number ('in prioriteitengroep 3', 'tijdens fase 2')
_NAMED_NUMBER = re.compile(r"\b(?:[^\W\d_]*groep|fase|categorie|zone|niveau|klasse|ronde|module|versie|"
                           r"[^\W\d_]*lijn|leerjaar)\s*$", re.I)


# a line of a block of 'label: amount' lines ('Totaal beschikbaar: € 17.500.000')
_VALUE_LINE = re.compile(r"\s*[^\W\d][^:\n]{0,60}:\s*(?:€|EUR)?\s*-?[\d.,]+\s*(?:€|EUR|euro|%)?\s*$")
_LABEL_LINE = re.compile(r"\s*([^\W\d][^:\n]{0,60}):\s*(?:€|EUR)?\s*$")


def _listed_label(before: str) -> str:
    """A number of a block of 'label: amount' lines under a heading line ('Bouwsteen 3, LLO Professionalisering
    opleiders' / 'Totaal beschikbaar: € 16.000.000' / 'Aangevraagd: € 40.780.788'): its own label and the block's
    heading, not the amount of the line above ('€ 16.000.000 Aangevraagd'). '' when it is no such line."""
    lines = before.split("\n")
    own = _LABEL_LINE.match(lines[-1])
    if not own or len(lines) < 2:
        return ""
    k = len(lines) - 2
    while k >= 0 and (_VALUE_LINE.match(lines[k]) or not lines[k].strip()):
        k -= 1
    heading = lines[k].strip() if k >= 0 else ""
    if not heading or k == len(lines) - 2 and (len(heading.split()) > 10 or heading.endswith((".", ":", ","))):
        return ""  # a sentence above, not a block's heading line
    while k > 0 and _GOES_ON.search(lines[k - 1]) and not _VALUE_LINE.match(lines[k - 1]):
        k -= 1  # 'Bouwsteen 2, LLO Oplossingen voor de energie- en' / 'grondstoffentransitie': one heading
        heading = f"{lines[k].strip()} {heading}"
    return " ".join(" ".join([heading, own.group(1)]).split())


# a line that breaks off a heading: it ends in a linking word or a hyphen ('energie- en', 'Subsidie voor de')
_GOES_ON = re.compile(r"(?:\s(?:en|of|van|de|het|voor|met|and|for|the|of|to)|-)\s*$", re.I)


def _content(text: str) -> list[str]:
    """Words of four letters or more that are not connectives: what can name a measure."""
    return [w for w in re.findall(r"[^\W\d_]{4,}", text) if w.lower() not in _CONNECTIVES and not CHANGE_WORD.fullmatch(w)]


_CONNECTIVES = {"namelijk", "zijnde", "ofwel", "oftewel", "dus", "onder", "meer", "name", "bijvoorbeeld", "zoals",
                "hetzij", "goed", "voor", "maar", "want", "daarvan", "waarvan", "euro", "miljoen", "miljard", "zijn",
                "werd", "werden", "wordt", "worden", "fors", "sterk", "licht", "flink", "bijna", "ruim", "naar"}


def prose_facts(doc: Document, numbers: list[NumberToken], table_lines: set[int], lines: list[Line],
                headings: list[tuple[int, str]]) -> list[Fact]:
    """One fact per measure number outside tables (`lines` and `headings` of the document's text)."""
    text = doc.text
    starts = [ln.start for ln in lines]
    year_tokens = [n for n in numbers if n.kind in ("year", "date") and re.fullmatch(r"(?:19|20)\d\d\d?", n.raw)
                   and not _in_file_name(text, n) and not _second_of_pair(text, n)]
    out: list[Fact] = []
    starts_of = [n.start for n in numbers]
    measure_ends = [n.end for n in numbers if n.is_measure]
    for num in numbers:
        line_idx = bisect_right(starts, num.start) - 1
        if not num.is_measure or num.value is None or line_idx in table_lines:
            continue
        if _PER.search(text[max(0, num.start - 5):num.start]):
            continue  # 'plaatsen per 1.000 kinderen': the rate's base, no quantity of its own
        if _NAMED_NUMBER.search(text[max(0, num.start - 25):num.start]) and len(num.raw) <= 2:
            continue  # 'in prioriteitengroep 3', 'fase 2': the number of a named group, no quantity
        m = _UNIT.match(text, num.end)
        unit, scale = _normal_unit(m.group("u"), m.group("per")) if m else (None, 1.0)
        raw_end = num.end + 1 if text[num.end:num.end + 1] == "%" else num.end
        if unit is None and _CURRENCY_BEFORE.search(text[max(0, num.start - 5):num.start]):
            sm = _SCALE_AFTER.match(text, num.end)
            unit, scale = _normal_unit(sm.group(1), None) if sm else ("euro", 1.0)
        lo, hi = sentence_span(text, num.start, raw_end, starts, table_lines)
        sentence = text[lo:hi]
        value = num.value
        if m and scale >= 1e6 and not _CURRENCY_WORD.search(m.group("u")) and not _MONEY_WORDS.search(sentence):
            unit, value, scale = None, num.value * scale, 1.0  # '2,2 miljoen simkaarten': a count, not money
            raw_end = m.end("u")  # the figure is '2,2 miljoen'
        heading = heading_before(headings, line_idx)
        years = [t for t in year_tokens if lo <= t.start < hi
                 and not compared_year(text, t.start, lo)]
        before = [t for t in years if t.start < num.start]
        respective = _respective_year(text, years, numbers, starts_of, num, lo, hi)
        # 'in 2014 130. 000 en in 2015 141. 000': a year right before the number is its own, before one after it
        right_before = next((t for t in before if re.fullmatch(r"[\s,:]*", text[t.end:num.start])), None)
        unit_end = m.end() if m else raw_end
        after = year_after(text, unit_end, years)
        # '(4 in 2012, 10 in 2013, ...)': a year before the comma is the number before's, the one after is its own
        own = after if after and right_before and "," in text[right_before.end:num.start] else right_before or after
        point = range_point(text, lo, hi, num.start)  # 'van 31 % tot 47 % tussen januari 2015 en december 2016'
        at_point = next((t for t in years if point and point[0] <= t.start < point[1]), None)
        # '34 kalenderdagen, tegenover 51 dagen in 2022': a year after a figure set against this one is not its own
        ahead = [t for t in years if t.start > num.start and not any(
            n.is_measure and raw_end <= n.start < t.start and _SET_AGAINST_BETWEEN.search(text, raw_end, n.start)
            for n in numbers)]
        ahead = outside_brackets(text, raw_end, ahead)
        parallel = parallel_year(text, num.start, before, ahead,
                                 [n for n in numbers if n.is_measure and lo <= n.start < hi])
        year_tok = at_point or respective or own or parallel or (before[-1] if before else (ahead[0] if ahead else None))
        year = year_tok.raw[:4] if year_tok else year_of(heading, single=True) or paragraph_year(
            text, year_tokens, lo) or section_year(year_tokens, headings, line_idx, num.start, starts, text)
        shift = own_relative_year(text, unit_end)
        if shift and year and not own:  # '187 tolken eind 2023, tegenover 172 een jaar eerder': 172 is 2022's
            year = str(int(year) + shift)
        step = relative_year(sentence) if not years else 0
        earlier = next((f for f in reversed(out) if f.quote_end <= lo and f.year), None)
        if step and earlier is not None and lo - earlier.quote_end < 300:  # 'In het daaropvolgende jaar werden er
            year = str(int(earlier.year) + step)  # 21. 620 tests besteld': the year after the sentence before's
        source = "list" if _ITEM_START.match(text[lo:lo + 6]) and text[lo:lo + 2].strip()[:1] in "-•–" else "prose"
        fact = Fact(
            id=f"{doc.doc}:{num.start}", doc=doc.doc, page=doc.page_of(num.start), line=doc.line_of(num.start),
            start=num.start, end=raw_end, raw=text[num.start:raw_end], value=value, unit=unit, scale=scale,
            quote_start=lo, quote_end=hi, quote=sentence, caption=heading, year=year,
            region=_respective_region(text, numbers, starts_of, num, lo, hi)
            or own_region(text, lo, num.start, measure_ends, sentence, heading),
            measure=_measure(text, lo, _RESPECTIVELY.search(text, lo, hi).start() if respective else num.start,
                             raw_end, hi, unit), source=source, change=is_change(text, lo, num.start, raw_end),
            target=is_target(text, lo, num.start, raw_end, hi),
        )
        prev = out[-1] if out and out[-1].quote_start == lo and out[-1].unit == unit else None
        between = text[prev.end:num.start] if prev is not None else ""
        if fact.region is None and prev is not None and prev.region and ";" not in between \
                and re.search(r"\b(?:tegenover|versus|en|and)\b", between) and not regions_in(between):
            fact.region = prev.region  # '2. 456 faillissementen in 2016 tegenover 2. 851 in 2015': the same place
        if fact.region is None and out and out[-1].quote_end <= lo and _OF_THOSE.match(text, lo):
            fact.region = out[-1].region  # '58. 395 ... in het Vlaams Gewest. Daarvan hebben 53. 693 ...'
        if prev is not None and (_ELIDED.match(text, raw_end) or _ELIDED_PLACE.match(text, raw_end)) and fact.region \
                and prev.region != fact.region:
            fact.measure = without_regions(prev.measure)  # '..., in Brussel 611 en in Wallonie 2. 596': said once
        lead = year_list_lead(text, lo, num.start, raw_end,
                              lambda: sentence_span(text, lo - 2, lo - 1, starts, table_lines)[0] if lo > 1 else lo)
        item = None if lead else item_list_lead(text, num.start) or named_list_lead(text, num.start)
        if item:  # '- Samu Social: 51,19 euro': the list's lead says what, the label whose; no other cell's place
            lead, fact.region = " ".join(item), next(iter(regions_in(item[1])), None)
        if lead:
            fact.measure = lead
        first = range_start(text, lo, hi, num.start)  # '... gestegen van 22 % tot 58 % tussen ...': one measure
        if first is not None and prev is not None and prev.start == first:
            fact.measure = prev.measure
        fact.description = describe(fact, "")
        out.append(fact)
    return out


_PER = re.compile(r"(?:^|\W)per\s+$", re.I)
_FILE_NAME = re.compile(r"/|\.(?:pdf|docx?|xlsx?|html?|php|aspx?)\b", re.I)


def _in_file_name(text: str, token: NumberToken) -> bool:
    """A year in a link or file name ('...-in-beeld-2018-2020-DEF.pdf') dates the file, not the figures."""
    lo = max(text.rfind(" ", 0, token.start), text.rfind("\n", 0, token.start)) + 1
    hi = min([i for i in (text.find(" ", token.end), text.find("\n", token.end)) if i >= 0] or [len(text)])
    return bool(_FILE_NAME.search(text, lo, hi))


# a number that ends its clause ('in Brussel 611 en in Wallonie 2. 596.'): it counts what the clause before said
_ELIDED = re.compile(r"\s*(?:[,;.)]|\ben\b|\band\b|$)")
# '..., waarvan 15 in Wallonie en 19 in Vlaanderen gelegen zijn': a place and no noun after the number
_ELIDED_PLACE = re.compile(r"\s+(?:in|te|for|at)\s+[A-Z][\w-]*(?:\s+(?:gelegen|zijn|is|liggen|ligt|gevestigd|located))*"
                           r"\s*(?:[,;.)]|\ben\b|\band\b|$)")


# ('steeg in 2013 en 2014 tot achtereenvolgens 4,9 miljard euro en 6,5 miljard euro')
_RESPECTIVELY = re.compile(r"\b(?:respectievelijk|achtereenvolgens|respectively)\b", re.I)
def _respective_list(text: str, numbers: list[NumberToken], starts_of: list[int], lo: int,
                     hi: int) -> tuple[int, list[NumberToken]] | None:
    """Where 'respectievelijk' stands in a sentence and the amounts listed right after it."""
    m = _RESPECTIVELY.search(text, lo, hi)
    if not m:
        return None
    amounts: list[NumberToken] = []  # the list right after 'respectievelijk': '136. 839 euro, 130. 859 euro en ...'
    prev_end = m.end()
    for n in numbers[bisect_right(starts_of, m.end() - 1):bisect_right(starts_of, hi - 1)]:
        gap = text[prev_end:n.start]
        if not n.is_measure or n.value is None:
            break
        if amounts and not _LIST_GAP.fullmatch(gap) or not amounts and len(gap) > 15:
            break
        amounts.append(n)
        prev_end = n.end
    return m.start(), amounts


def _respective_year(text: str, years: list[NumberToken], numbers: list[NumberToken], starts_of: list[int],
                     num: NumberToken, lo: int, hi: int) -> NumberToken | None:
    """'Voor 2014, 2015 en 2016 bedroeg dit budget respectievelijk 136. 839, 130. 859 en 129. 821 euro':
    the n-th amount after 'respectievelijk' belongs to the n-th year before it."""
    found = _respective_list(text, numbers, starts_of, lo, hi)
    if not found or num.start < found[0]:
        return None
    at, amounts = found
    listed = [t for t in years if t.start < at]
    if len(listed) > len(amounts) >= 2:  # 'dat 3,1 miljard bedroeg in 2012, steeg in 2013 en 2014 tot ...': the
        run = listed[-len(amounts):]  # years listed together right before, not an earlier one of the sentence
        if all(re.fullmatch(r"\s*(?:,|en|and|&)\s*", text[a.end:b.start]) for a, b in zip(run, run[1:])):
            listed = run
    if len(listed) < 2 or len(listed) != len(amounts) or num not in amounts:
        return None
    return listed[amounts.index(num)]


def _respective_region(text: str, numbers: list[NumberToken], starts_of: list[int], num: NumberToken, lo: int,
                       hi: int) -> str | None:
    """'voor het Vlaamse Gewest en het Waalse Gewest respectievelijk 10. 228 en 5. 171': the n-th amount
    belongs to the n-th region named before 'respectievelijk'."""
    found = _respective_list(text, numbers, starts_of, lo, hi)
    if not found or num.start < found[0]:
        return None
    at, amounts = found
    listed = list(dict.fromkeys(regions_in(text[lo:at])))
    if len(listed) < 2 or len(listed) != len(amounts) or num not in amounts:
        return None
    return listed[amounts.index(num)]


_LIST_GAP = re.compile(r"\s*(?:%|€|[a-zA-Z]{1,12}(?:\s[a-zA-Z]{1,8})?)?\s*(?:,|\ben\b|\band\b|;)\s*(?:€\s*)?")


_PAIR_START = re.compile(r"((?:19|20)\d\d)\s?[-/–]\s?$")


def _second_of_pair(text: str, tok: NumberToken) -> bool:
    """'schooljaar 2023-2024', '2015/2016': one period, named by its first year as a table's column and a question
    are; its second year is no year of the figures after it."""
    m = _PAIR_START.search(text, max(0, tok.start - 7), tok.start)
    return bool(m) and int(tok.raw[:4]) == int(m.group(1)) + 1
