"""What a number of running text is said of, read from its own clause: what it counts, the part after
'waarvan' that is not it, the item a respective list pairs it with, and whether it counts what lacks something.
Plain functions of a document's text and one of its prose facts (FactMatcher reads each once per fact)."""

from __future__ import annotations

import re

from ..facts.labels import without_regions
from ..facts.proseyears import without_relative_year
from ..facts.respective import respective_items
from ..facts.yearlists import named_list_lead, named_list_names
from ..models import Fact
from ..text import norm_stems, stems
from .verify import GENERIC, counted_noun
from .wordparts import plain_set

# what follows is a part of the number before
PART_WORDS = r"waarvan|daarvan|of which|waaronder|onder wie|van wie|of whom|among them|among whom|of them|of those"
# ... also with its verb or adverb between ('daarvan werd gemiddeld 2,92 euro ... gesubsidieerd'); not the
# relative 'waarvan de gemiddelde doorlooptijd 97 dagen bedroeg' (whose)
PART_OF = re.compile(rf"\b(?:{PART_WORDS}|including)(?:\s+(?!(?:de|het|een|the)\b)[^\W\d]+){{0,3}}?\s*$", re.I)
PART_AFTER = re.compile(rf"\b(?:{PART_WORDS}|including)\b", re.I)
# 'Van de 6. 307 klachten ..., hebben ...', 'Of the 52 inspectors, 31 ...': the number is the whole, what the
# sentence goes on to say after the comma (or the next number) is said of a part of it
_WHOLE_BEFORE = re.compile(r"^\s*(?:van|op|of|out of)\s+(?:de|het|die|the|all|alle)?\s*$", re.I)
_PART_BREAK = re.compile(r",|\d")
# right after a number, in its own clause: what it counts lacks something ('170 gemeenten zonder LIVC')
# ('€ 561 zonder btw' is a price before tax, nothing it lacks)
WITHOUT = re.compile(r"[^\S\n]*(?:[^\W\d_][\w'’-]*[^\S\n]+){0,3}?(?:zonder|without|geen|niet|not|no)\b"
                     r"(?!\s+(?:btw|vat|taksen|belastingen|taxes)\b)", re.I)


def counted_by(text: str, fact: Fact) -> list[str]:
    """What a prose number counts: the words after it in its clause; with no noun there ('410 klachten,
    het tweede kwartaal 380') the noun of the number before it in the sentence, plus the words before it."""
    listed = respective_items(fact.quote, fact.start - fact.quote_start)
    if listed:  # 'respectievelijk 466 en 19 klachten': both count complaints
        return counted_noun(without_regions(listed.after[:80]))
    lead = named_list_lead(text, fact.start)
    if lead:  # 'de meeste actieve clusters gerapporteerd: Amsterdam 106, Haaglanden 77': what the lead counts
        return stems(lead[0])
    whole = _OF_WHOLE_AFTER.match(text, fact.end, fact.quote_end)
    if whole:  # '2,2 miljoen van de 3,6 miljoen voorafbetaalde simkaarten': 2,2 million cards
        return counted_noun(without_regions(text[whole.end():min(fact.quote_end, whole.end() + 80)]))
    tail = without_relative_year(text[fact.end:min(fact.quote_end, fact.end + 80)])  # 'tegenover 172 een jaar eerder'
    if re.match(r"\s*\(", tail):  # 'Aantal computers met Windows XP: 16 (waarvan vijf van ...)': an aside
        tail = tail[tail.find(")") + 1:] if ")" in tail else ""
    after = counted_noun(without_regions(tail))  # not 'in Wallonie 932'
    if not _nouns(after):  # '19 in Vlaanderen gelegen zijn': light words count nothing, the noun is said before
        after = []
    before = text[fact.quote_start:fact.start]
    numbers = list(re.finditer(r"(?<![^\W\d_])\d[\d.,]*", before))
    carried = _nouns(counted_noun(without_regions(before[numbers[-1].end():]))) if numbers else []
    for n in reversed(numbers[:-1] if not after and not carried else []):  # '9. 870 erkende opvanglocaties,
        if re.fullmatch(r"(?:19|20)\d\d", n.group(0)):                     # waarvan 5. 210 in Vlaanderen, 1. 340 ...'
            continue  # '34 stations te renoveren in 2018, waarvan 15 ...': a year counts nothing
        carried = _nouns(counted_noun(without_regions(before[n.end():])))
        if carried:
            break
    if _PART_OF_BEFORE.match(text, fact.quote_start):
        # '58. 395 Belgische kinderen ... Daarvan hebben 2. 031 de naam van hun moeder': 2. 031 children, the
        # noun of the first number said before ('Eind 2024 telde de UiTPAS 1.086.450 pashouders'), not of a year
        before = antecedent(text, fact)
        wholes = [m for m in re.finditer(r"(?<![\w.,])\d[\d.,]*(?:\s\d{3})*(?=\s)", before)
                  if not re.fullmatch(r"(?:19|20)\d\d", m.group(0))]
        return after + (counted_noun(before[wholes[0].end():]) if wholes else [])
    if PART_OF.search(before):  # '5. 553 nummerplaten, waarvan 3. 611 voor privé gebruik': 3. 611 plates
        if numbers and not PART_OF.sub("", before[numbers[-1].end():]).strip(" (") \
                and re.search(r":\s*$", before[:numbers[-1].start()]):
            label = re.split(r"[.;!?]\s", before[:numbers[-1].start()])[-1]  # 'Aantal computers met Windows XP:
            carried = stems(label)  # 16 (waarvan vijf van ...)': the whole is counted by the label before it
        return after + carried
    if after:
        return after
    before = "" if carried else antecedent(text, fact)  # 'In 2016 waren dat er 10. 624.': what the sentence
    return stems(before) if before else carried + stems(fact.measure)  # before it counted


def elided(text: str, fact: Fact) -> bool:
    """A prose number with no words of its own after it ('waarvan 5. 210 in Vlaanderen, 1. 340 in Brussel'):
    what it counts is said once, before the list."""
    if fact.source != "prose":
        return False
    return not _nouns(counted_noun(without_regions(without_relative_year(text[fact.end:min(fact.quote_end,
                                                                                       fact.end + 80)]))))


def _nouns(words: list[str]) -> list[str]:
    """Stems that may name what a number counts: not light verbs and linking words ('gelegen zijn')."""
    return [w for w in words if w not in GENERIC]


def own_item(text: str, fact: Fact) -> set[str]:
    """What a respective list pairs a prose number with and what it counts ('respectievelijk 312 en 47
    klachten ... over telefonische verkoop en webwinkels': 312 is 'telefonische verkoop', 'klachten')."""
    listed = respective_items(fact.quote, fact.start - fact.quote_start) if fact.source == "prose" else None
    return set(stems(listed.own) + counted_noun(listed.after[:80])) if listed else set()


def part_words(text: str, fact: Fact) -> set[str]:
    """Stems said only of a part that follows a prose number ('..., waarvan 3. 611 voor privé gebruik'; '58. 395
    Belgische kinderen ... Daarvan hebben 2. 031 de naam van hun moeder'): they label that part, not this number."""
    if fact.source == "table":
        return set()
    found = _part_words_in_sentence(text, fact)
    mine = plain_set(norm_stems(fact.quote + " " + fact.measure))
    if re.search(r"[-•–]\s*$", text[max(0, fact.start - 200):fact.start].split(".")[-1]):  # a dash item
        sibling = _SIBLING_AFTER.match(text, fact.quote_end, fact.quote_end + 300)
        if sibling:  # '.- 1. 966 dierenartsen ... bij de Franstalige raad'
            found |= plain_set(norm_stems(sibling.group(1))) - mine
    if _OF_WHOLE_BEFORE.search(text, fact.quote_start, fact.start):  # '2,2 miljoen van de 3,6 miljoen simkaarten
        found |= plain_set(norm_stems(whole_predicate(text, fact))) - plain_set(  # de gebruikers geidentificeerd'
            norm_stems(counted_phrase_after(text, fact.end, fact.quote_end)))
    if _PART_OF_BEFORE.match(text, fact.quote_end) or _PART_OF_NEXT.match(text, fact.quote_end):
        following = re.split(r"(?<=[.!?])\s+(?=[A-Z\d])", text[fact.quote_end:fact.quote_end + 400].strip())[0]
        found |= plain_set(norm_stems(following)) - mine
    return found


# '... 95 lokalen ingericht ... . 35 lokalen daarvan werden federaal gesubsidieerd, 60 lokalen zijn lokale
# initiatieven': a sentence that says 'daarvan' after its first number or two words is about parts of the one before
_PART_OF_NEXT = re.compile(r"\s*(?:[\w'’.,%-]+\s+){1,3}?(?:daarvan|hiervan)\b", re.I)
# the next item of a dash list right after a number's own item: what another item says is not this number's
_SIBLING_AFTER = re.compile(r"\s*[-•–]\s*([^\n]{3,200}?[.;])(?=\s|$)")


# 'N van de M X ...': M is the whole, N the part the rest of the clause is said of
_SCALE = r"(?:\s+(?:miljoen|miljard|duizend|million|billion|procent|percent|euro)|\s?%)*"
_OF_WHOLE_BEFORE = re.compile(rf"(?<![\w.,])\d[\d.,]*{_SCALE}\s+(?:van|op|uit|of|out of)\s+(?:de|het|alle|the|all\s+)?\s*$",
                              re.I)
_OF_WHOLE_AFTER = re.compile(rf"{_SCALE}\s+(?:van|op|uit|of|out of)\s+(?:de|het|alle|the|all\s+)?\s*"
                             rf"(?!(?:19|20)\d\d\b)\d[\d.,]*{_SCALE}", re.I)
# where a counted noun phrase ends: an article or pronoun, a preposition that opens a clause, punctuation
_PHRASE_END = re.compile(r"\s(?:de|het|een|die|dat|deze|dit|er|zij|ze|the|a|an|which|that|who|they|door|in|op|"
                         r"bij|aan|met|by|in|at|with|are|were|is|was|zijn|waren|is|was|werden|werd|hebben|heeft|"
                         r"have|has)\s|[,;:.()]", re.I)


def counted_phrase_after(text: str, start: int, end: int) -> str:
    """The noun phrase right after a number ('voorafbetaalde simkaarten'), up to an article, a verb, a
    preposition or punctuation, at most four words."""
    return " ".join(text[start:_phrase_end(text, start, end)].split())


def _phrase_end(text: str, start: int, end: int) -> int:
    """Where counted_phrase_after's phrase ends in the text (its words may be split over lines)."""
    rest = text[start:end]
    stop = _PHRASE_END.search(" " + rest)
    found = list(re.finditer(r"\S+", rest[:max(0, stop.start() - 1) if stop else len(rest)]))[:4]
    return start + found[-1].end() if found else start


def of_whole(text: str, fact: Fact) -> bool:
    """Is a prose number the part N of 'N van de M X' ('1,8 miljoen van de 2,9 miljoen parkeerkaarten')?"""
    return fact.source == "prose" and _OF_WHOLE_AFTER.match(text, fact.end, fact.quote_end) is not None


def whole_start(text: str, fact: Fact) -> int | None:
    """Where M starts when a prose number is the N of 'N van de M X' ('63.412 van de 72.810 bewoners'), else None."""
    m = _OF_WHOLE_AFTER.match(text, fact.end, fact.quote_end) if fact.source == "prose" else None
    return None if m is None else m.start() + re.search(r"\d", m.group(0)).start()


def whole_predicate(text: str, fact: Fact, at: int | None = None) -> str:
    """What the clause of 'N van de M X' says of its part N: the words after M's noun phrase to the end of
    the clause (`at`: where M ends; by default M is the fact itself)."""
    at = fact.end if at is None else at
    return re.split(r"[,;:.()]|\s(?:en|and|maar|but)\s|\d", text[_phrase_end(text, at, fact.quote_end):fact.quote_end])[0]


def _part_words_in_sentence(text: str, fact: Fact) -> set[str]:
    rest = text[fact.end:fact.quote_end]
    listed = respective_items(fact.quote, fact.start - fact.quote_start)
    if listed:  # 'respectievelijk 466 en 19 klachten betreffende bedrijvengidsen en domeinnamen'
        return plain_set(norm_stems(" ".join(listed.others))) - plain_set(norm_stems(listed.own))
    named = _BRACKETED.findall(fact.quote)
    own = re.search(r"([^\W\d_][\w'’-]*)\s*\(\s*$", text[fact.quote_start:fact.start])
    if own and len(named) > 1:  # 'alprazolam (2. 300. 700 verpakkingen), lorazepam (1. 780. 700 ...)': each its own
        return plain_set(norm_stems(" ".join(named))) - plain_set(norm_stems(own.group(1)))
    listed = named_list_names(text, fact.start)
    mine = re.search(r"([^\W\d_][\w'’-]*)\s+$", text[fact.quote_start:fact.start])
    if len(listed) > 1 and mine:  # ': Amsterdam 106, Haaglanden 77, Utrecht 52': each name its own figure
        return plain_set(norm_stems(" ".join(listed))) - plain_set(norm_stems(mine.group(1)))
    before = text[fact.quote_start:fact.start]
    also = _ALSO_BEFORE.search(before)
    first = _NUMBER.search(before)
    if also and first and first.start() < also.start():  # '... 101 bemiddelingsdossiers ... inzake direct marketing
        return plain_set(norm_stems(before[first.start():also.start()])) - plain_set(  # alsook 9 bemiddelingsdossiers
            norm_stems(text[fact.start:fact.quote_end]))  # die ...': what the items before it say is theirs
    m = PART_AFTER.search(rest)
    if not m and _WHOLE_BEFORE.search(before):
        m = _PART_BREAK.search(rest)  # 'Van de 6. 307 klachten ..., hebben slechts enkele betrekking op ...'
    parallel = set()
    if not m:
        m = _next_clause_number(rest)
        parallel = _parallel_before(text, fact, rest[:m.start()] if m else rest)
    if not m:
        return parallel
    before = before[before.rfind(":") + 1:] if m.re is _CLAUSE_NUMBER else before  # its own list, not what led to it
    mine = plain_set(norm_stems(before + " " + text[fact.start:fact.end] + " " + rest[:m.start()] + " " + fact.measure))
    other = rest[m.end():]
    if m.re is _CLAUSE_NUMBER:  # '... werd er voor 21,3 procent ..., en voor 73,3 procent ... geregistreerd.':
        other = _SHARED_PARTICIPLE.sub("", other)  # the participle that closes the sentence is every clause's
    if m.re is _CLAUSE_NUMBER and _NOUN_ONLY.fullmatch(rest[:m.start()]) and _JOINED.match(rest, m.start()):
        # '101 bemiddelingsdossiers en 1 controledossier behandeld inzake direct marketing': two nouns joined by
        # 'en' share what follows the second; only the second's noun is not this number's, and the items after
        # them ('... alsook 9 bemiddelingsdossiers die ...')
        later = _LATER_ITEM.search(other)
        shared = (other[:later.start()] if later else other).split(None, 1)
        mine |= plain_set(norm_stems(shared[1])) if len(shared) > 1 else set()
        other = (shared[0] if shared else "") + " " + (other[later.start():] if later else "")
    if m.re is _CLAUSE_NUMBER and GROUP_SHARE.fullmatch(rest[:m.start()]) and _JOINED.match(rest, m.start()):
        second = GROUP_SHARE.match(other)  # '11 % van de vrouwen en 6 % van de mannen geen voltijdse baan willen':
        if second:  # two shares of two groups say the same of each; only the second's group is not this one's
            mine |= plain_set(norm_stems(other[second.end():]))
            other = other[:second.end()]
    return (plain_set(norm_stems(other)) - mine) | parallel


# a share of a group and no more: '% van de vrouwen', ' procent van alle aanvragers'
GROUP_SHARE = re.compile(r"\s*(?:%|procent|percent)\s+(?:van|of)\s+(?:de|het|alle|the|all)?\s*[^\W\d_][\w'’-]*\s*", re.I)


# a past participle closing a sentence ('opgestart', 'geregistreerd', 'uitgegeven') after its clauses' own words
_SHARED_PARTICIPLE = re.compile(r"(?<=[\s)])[^\W\d_]{0,6}ge[^\W\d_]{3,}(?:d|t|en)\s*[.!?]?\s*$", re.I)


# a number added to the items before it as one more of another kind: 'alsook 9 ...', 'as well as 12 ...'
_ALSO = r"\b(?:alsook|evenals|en ook|as well as|and also)\s+"
_ALSO_BEFORE = re.compile(_ALSO + "$", re.I)
# the next item after a shared predicate: one added with 'alsook', or one after a comma or semicolon
_LATER_ITEM = re.compile(_ALSO + r"\d|[,;]\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?\d")
# a number's own clause that is a noun and no more, and the 'en' / 'and' that joins the next number to it
_NOUN_ONLY = re.compile(r"\s*[^\W\d_][\w'’-]*\s*")
_JOINED = re.compile(r"\s+(?:en|and)\s+\d", re.I)


# a list of names, each with its figure in brackets: 'alprazolam (2. 300. 700 verpakkingen), lorazepam (...)'
_BRACKETED = re.compile(r"([^\W\d_][\w'’-]*)\s*\(\s*\d")


# a number that opens the next clause of a list ('80% ... rendabiliteit, 88% hadden ... liquiditeit, en 77% ...',
# '6 % in de groep met ... tegenover 17 % in de groep van ...'):
# after a word, a comma, semicolon or conjunction and at most three words ('en in Limburg 159'); not a year,
# not the other end of a range ('tussen 15 en 64 jaar') nor the same amount said again ('580.000, oftewel 13,6%')
_CLAUSE_NUMBER = re.compile(r"(?<=[^\W\d_]|\))(?:[,;]|\s+(?:en|and|maar|but|terwijl|whereas|tegenover|versus|against)\b)\s+"
                            r"(?!(?:oftewel|ofwel|of|dat is|i\.e\.|namelijk|or|that is|goed voor)\b)"
                            r"(?:[^\W\d_][\w'’-]*\s+){0,3}?(?!(?:19|20)\d\d\b)\d[\d.,]*", re.I)


def clause_after(text: str, fact: Fact, cap: int = 160) -> str:
    """The rest of a prose number's own clause: up to the number that opens the next clause of its list or the
    end of its sentence ('9 % van de vrouwen in Belgie verklaren dat ze ... slachtoffer zijn geweest van
    seksueel geweld'), at most `cap` characters. What a number is said of often comes after a short window."""
    if fact.source != "prose":
        return ""
    hi = min(fact.quote_end, fact.end + cap)
    nxt = _CLAUSE_NUMBER.search(text, fact.end, hi)
    return text[fact.end:nxt.start() if nxt else hi]


def _next_clause_number(rest: str) -> re.Match | None:
    """The number that opens the next clause of a list, when this number's own clause says what it is about:
    the words from there on are that number's ('80% ... rendabiliteit, 88% hadden een voldoende liquiditeit').
    A number with no words of its own ('12 en 15 dossiers', 'in 2021 120, in 2022 140 aanvragen') shares them."""
    m = _CLAUSE_NUMBER.search(rest)
    if not m:
        return None
    own = [w for w in stems(without_regions(rest[:m.start()])) if w not in GENERIC and not w.isdigit()]
    return m if own else None


_ITEM_LINE = re.compile(r"\s*[-•–]\s")
_GROUP_LEAD = re.compile(r"^(?:(?:het|de)\s+(?:geheel|totaal|groep)\s+(?:van|der)\s+|(?:de|het|alle|bij|voor|in)\s+)+", re.I)
_GROUP_END = re.compile(r"\s(?:met|als|van|voor|bij|in|op|uit|die|dat|waar|zonder|with|of|for|at)\s|:", re.I)


def list_group(text: str, fact: Fact) -> str:
    """What the line that opens a list says its items are about ('Maatwerkbedrijven:' over '- Gemiddelde duur
    ...: 572,78 dagen'; 'Het geheel van andere organisaties met erkenning als ...:' gives 'andere organisaties'),
    as a group row does in a table. '' when the number is no list item or its list opens with no such line."""
    start = text.rfind("\n", 0, fact.start) + 1
    if fact.source == "table":
        return ""
    if not _ITEM_LINE.match(text, start):  # '334,20 dagen': the wrapped end of the item above it
        above = [ln for ln in text[max(0, start - 400):start].split("\n")[:-1] if ln.strip()]
        if not above or not _ITEM_LINE.match(above[-1]) or len(text[start:text.find("\n", start)].split()) > 3:
            return ""
    for line in reversed(text[max(0, start - 1500):start].split("\n")[:-1]):
        if not line.strip() or _ITEM_LINE.match(line) or len(line.split()) <= 3 and not line.rstrip().endswith(":"):
            continue  # blank lines, the list's other items and their wrapped ends
        if not line.rstrip().endswith(":") or len(line.split()) > 12:
            return ""
        return _GROUP_END.split(_GROUP_LEAD.sub("", line.strip()), maxsplit=1)[0].strip()
    return ""


# a sentence whose subject points back ('In 2016 waren dat er 10. 624.', 'Een jaar later ging het om 412.')
_PART_OF_BEFORE = re.compile(r"\s*(?:daarvan|hiervan|van hen|van deze|of these|of them|of those)\b", re.I)
_POINTS_BACK = re.compile(r"\b(?:waren|was|zijn|is|werden|bedroeg|bedroegen)\s+(?:dat|dit)\b|\b(?:dat|dit)\s+(?:waren|was|"
                          r"zijn|is|werden|bedroeg|bedroegen)\b|\bging het (?:nog |toen )?om\b|\b(?:that|this) "
                          r"(?:was|were|figure was|number was)\b|\bthere were\b", re.I)


def antecedent(text: str, fact: Fact) -> str:
    """The sentence before a prose number's own when its own says nothing of what it counts and points back
    to it ('... werden in 2015 10. 360 nieuwe dossiers geopend. In 2016 waren dat er 10. 624.'): that sentence
    says what the number counts. '' for other numbers."""
    if fact.source != "prose":
        return ""
    part = _PART_OF_BEFORE.match(text, fact.quote_start)  # 'Daarvan hebben 2. 031 de naam van hun moeder': of those
    derived = _DERIVED.search(text, fact.quote_start, fact.start)  # 'De uitvoeringsgraad bedroeg daarmee 94,6%'
    if not part and not derived and (not points_back(text, fact) or not elided(text, fact)):
        return ""
    return sentence_before(text, fact)


# a figure worked out from the sentence before ('Daarvan werd 7.968.735 euro uitgegeven. De uitvoeringsgraad
# bedroeg daarmee 94,6%'): that sentence says what it is a rate or a result of
_DERIVED = re.compile(r"\b(?:daarmee|hiermee|zodoende|thereby|thus)\b", re.I)


def points_back(text: str, fact: Fact) -> bool:
    """Does a prose number's sentence point back to the one before ('Voor Wallonie zijn dit 206 gemeenten')?"""
    return fact.source != "table" and _POINTS_BACK.search(text, fact.quote_start, fact.start) is not None


def sentence_before(text: str, fact: Fact) -> str:
    """The sentence before a prose number's own, within its paragraph."""
    before = text[max(0, fact.quote_start - 400):fact.quote_start]
    before = re.split(r"\n\s*\n", before)[-1]  # within its paragraph
    # not '10. 360', a number's spaced thousands; but '... na 1 juni 2014. 58. 395 Belgische kinderen ...'
    parts = re.split(r"(?:(?<=[.!?])\s+(?=[A-Z])|(?:(?<=[^\W\d][.!?])|(?<=[^\d](?:19|20)\d\d[.!?]))\s+(?=\d))", before.strip())
    return parts[-1] if parts else ""


_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*%?")


def _parallel_before(text: str, fact: Fact, own: str) -> set[str]:
    """Words of the earlier clauses of a list that say the same thing of another number: a clause that opens
    with this number's first word ('86% hadden een voldoende liquiditeit, en 69% hadden een voldoende
    solvabiliteit': 'liquiditeit' is 86%'s). The first clause, which names the subject, is shared."""
    first = re.match(r"\s*([^\W\d_][\w'’-]*)", own)
    if not first:
        return set()
    before = text[fact.quote_start:fact.start]
    before = before[before.rfind(":") + 1:]
    numbers = list(_NUMBER.finditer(before))
    said = [re.split(r";|(?<![^\W\d_])-\s", before[n.end():(numbers[k + 1].start() if k + 1 < len(numbers) else len(before))])[0]
            for k, n in enumerate(numbers)]  # up to the end of its own item: '5. 409 m2;- Brussel - ...' is 5. 409's m2
    # (a word broken over two lines, 'arbeidszorgme-\ndewerkers', is no item dash)
    parallel = [span for span in said if re.match(rf"\s*{re.escape(first.group(1))}\b", span, re.I)]
    if not parallel:
        return set()
    parallel = [_without_whole(span) for span in parallel]  # the whole of 'N procent van alle medewerkers' is shared
    return plain_set(norm_stems(" ".join(parallel))) - plain_set(norm_stems(own))


_SHARE_OF = re.compile(r"\s*(?:procent|percent|%)?\s*(?:van|of)\s+(?:de|het|alle|all|the)\s+", re.I)


def _without_whole(span: str) -> str:
    """A clause without the whole its number is a share of ('procent van alle medewerkers'): every share of
    the list is of that whole, so those words are no other clause's own."""
    m = _SHARE_OF.match(span)
    if not m:
        return span
    phrase = counted_phrase_after(span, m.end(), len(span))
    k = span.find(phrase.split()[-1], m.end()) + len(phrase.split()[-1]) if phrase else m.end()
    return span[k:]


# 'de werkzaamheidsgraad van deze doelgroep bedroeg 47,3% in vergelijking met die van de algemene bevolking
# die 76,8% bedroeg': the number after the comparison is the reference group's
_COMPARED = re.compile(r"\b(?:in vergelijking met|vergeleken met|tegenover|ten opzichte van|compared (?:with|to)|"
                       r"as against)\s", re.I)


def qualifier(text: str, fact: Fact) -> list[str]:
    """What makes a part after 'waarvan' a part ('waarvan 67 het brevet hebben': 'brevet'), or the reference
    group of a comparison ('... 47,3% in vergelijking met de algemene bevolking die 76,8%': 'algemene
    bevolking', what the clause compared with does not say); [] for others."""
    if fact.source != "prose":
        return []
    before = text[fact.quote_start:fact.start]
    compared = list(_COMPARED.finditer(before))
    if compared and not re.search(r"\d|;|,\s*(?:en|maar|and|but)\s", before[compared[-1].end():], re.I):
        # (a comparison in a clause of its own, '..., en wordt het product aan 65 % vergoed', compares nothing here)
        main = re.split(r"[:;]", before[:compared[-1].start()])[-1]
        said = set(stems(main))
        return [w for w in stems(without_regions(before[compared[-1].end():]))
                if w not in said and w not in GENERIC and not w.isdigit()]
    whole = _OF_WHOLE_AFTER.match(text, fact.end, fact.quote_end)
    if whole:  # '2,2 miljoen van de 3,6 miljoen simkaarten de gebruikers geidentificeerd': only those identified
        return [w for w in stems(without_regions(whole_predicate(text, fact, whole.end())))
                if w not in GENERIC and not w.isdigit()]
    if not PART_OF.search(text[fact.quote_start:fact.start]):
        return []
    clause = re.split(r"[,;:()]|\s(?:en|and|maar|but)\s", text[fact.end:min(fact.quote_end, fact.end + 80)])[0]
    return [w for w in stems(without_regions(clause)) if w not in GENERIC and not w.isdigit()]


# a name in capitals ('PANGEA-acties', 'het FAGG'): the body or operation a clause is about
_NAME = re.compile(r"\b(?![IVXLCDM]+\b)[A-Z][A-Z0-9]{3,}\b")  # four letters or more: not VAK, VTE; not Boek VIII


def clause_names(text: str, fact: Fact) -> set[str]:
    """The names in capitals in a prose number's own clause, up to the numbers next to it ('Bij vorige
    PANGEA-acties nam het FAGG 99 zendingen in beslag'; '35.043 keuro VAK of 64,2%'): a figure of a named
    operation is narrower than the same count said plainly."""
    if fact.source != "prose":
        return set()
    before = text[fact.quote_start:fact.start]
    lo = max([0] + [m.end() for m in re.finditer(r"[,;:]\s", before)] + [m.end() for m in _NUMBER.finditer(before)])
    after = text[fact.end:fact.quote_end]
    hi = min([len(after)] + [m.start() for m in re.finditer(r"[,;:]\s", after)]
             + [m.start() for m in _NUMBER.finditer(after)])
    return {m.group(0).lower() for m in _NAME.finditer(before[lo:] + " " + after[:hi])}


# 'N van de M <noun> ..., of P%': a share that says again the ratio printed before it in its sentence
_RATIO = re.compile(r"(\d[\d.]*)\s+(?:van\s+de|van\s+het|op|of\s+the|out\s+of)\s+(\d[\d.]*)\s+([^\W\d_][\w'’-]*)", re.I)


# 'Van de M <noun> ... N ..., P%': the whole named first
_WHOLE_FIRST = re.compile(r"\b(?:van\s+de|van\s+het|of\s+the)\s+(\d[\d.]*)\s+([^\W\d_][\w'’-]*)", re.I)


def ratio_whole(text: str, fact: Fact) -> list[str]:
    """The stems of the whole of the ratio a percentage restates ('41.236 van de 83.650 medewerkers werden
    gevaccineerd, of 49,3%': medewerker; 'Van de 214.380 kansenpashouders gebruikten er 124.950 hun pas, wat
    neerkomt op 58,3%': kansenpashouder): the share is that group's, whatever group the paragraph names."""
    if fact.unit != "%":
        return []
    for m in reversed(list(_RATIO.finditer(text, fact.quote_start, fact.start))):
        part, whole = (float(g.replace(".", "")) for g in m.group(1, 2))
        if whole and abs(100 * part / whole - fact.value) <= 0.1:
            return stems(m.group(3))
    for m in _WHOLE_FIRST.finditer(text, fact.quote_start, fact.start):
        whole = float(m.group(1).replace(".", ""))
        for n in re.finditer(r"(?<![\w.,])\d[\d.]*(?![\d,])", text[m.end():fact.start]):
            if whole and abs(100 * float(n.group(0).replace(".", "")) / whole - fact.value) <= 0.1:
                return stems(m.group(2))
    return []
