"""Question and claim understanding: language, intent, constraints, operands.

General Dutch/English patterns only — never a rule for one question. A year
or a region named in a question is a hard constraint on the facts that may
answer it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..facts import REGION_PATTERNS, region_of, regions_in
from ..facts.labels import REGION_ADJECTIVES
from ..facts.numbers import MEASURE, find_number_words, find_numbers
from ..facts.clausekinds import CHANGE_WORD, TARGET_WORD
from ..text import EN_NL, asks_number, detect_lang, is_english_word, lemma, stems, to_dutch, without_spelled_out
from ..facts.periods import MONTH_NAMES, year_spans
from .asked import _COMPARATIVES, _YEAR, GENERIC_HEADS, asked_noun, head_terms, subject_stems, unit_hint
from .asides import RESTATED, role_names
from .glosses import dutch_glosses
from .askedyears import SUM_WORDS, school_years, shifted, year_before, year_range
from .verbs import is_finite_verb

_UNIT_PAREN = re.compile(r"\((?:in|uitgedrukt in|in number of|in terms of) [^)]{1,20}\)", re.I)
_COMPARATIVE = rf"(?:{'|'.join(_COMPARATIVES)})\b[^.?]{{0,120}}?\b(?:dan|than)"
_DIFF = re.compile(_COMPARATIVE + r"|\b(min|minus|verschil|toename|afname|gestegen|gedaald|hoeveel (?:[\w-]+ ){0,2}(?:meer|minder)(?! dan \d)|"
                   r"how (?:many|much) (?:[\w-]+ ){0,2}(?:more|fewer|less)(?! than \d)|"
                   r"meer dan|(?:meer|minder) (?:[\w-]+ ){1,3}?dan|(?:more|fewer|less) (?:[\w-]+ ){1,3}?than|"
                   # a year compared with, however far ('meer voor de financiering van fietssnelwegen dan 2022')
                   r"(?:meer|minder) (?:[\w-]+ ){4,8}?dan (?:in )?(?:19|20)\d\d|"
                   r"(?:more|fewer|less) (?:[\w-]+ ){4,8}?than (?:in )?(?:19|20)\d\d|"
                   r"minder dan|difference|increase|decrease|more than|fewer than|less than|onbenut|niet als)\b", re.I)
_BETWEEN = re.compile(r"\b(?:verschil|difference)\s+(?:tussen|between)\s+(.+?)\s+(?:en|and)\s+(.+?)[?.]?$", re.I)
# 'Hoeveel bleef er over van het budget na aftrek van het subsidierecht?': the first minus the second
_DEDUCTED = re.compile(r"\b(?:van|of)\s+(.+?)\s+(?:na aftrek van|na aftrek|after deducting|after deduction of|"
                       r"minus)\s+(.+?)[?.]?$", re.I)
# what is left of one amount after another: 'hoeveel bleef er van het budget over na de subsidies', 'how much
# of the budget was left after the subsidies'
_LEFT_OVER = re.compile(r"\b(?:bleef|bleven|blijft|blijven)\b.*?\bvan\s+(.+?)\s+over\s+na\s+(.+?)[?.]?$|"
                        r"\bof\s+(.+?)\s+(?:was|is|remained)\s+(?:left|remaining)\s+(?:over\s+)?after\s+(.+?)[?.]?$",
                        re.I)
# one amount taken from another: 'als je het berekende subsidiebedrag aftrekt van het voorziene budget',
# 'if you subtract the subsidies from the budget': the second minus the first
_TAKEN_FROM = re.compile(r"\b(?:je|u|men|we|you|one)\s+(.+?)\s+(?:aftrekt|aftrekken|afhaalt|subtract|deduct)\s+(?:van|from)\s+"
                         r"(.+?)[?.]?$|\b(?:subtract|deduct)\s+(.+?)\s+from\s+(.+?)[?.]?$", re.I)
# shrinking, in both languages: a fall
_SHRINK = r"shr[iau]nk\w*|krimp\w*|kromp\w*|gekrompen|slink\w*|slonk\w*|geslonken"
# 'kwamen er ... bij', 'bijgekomen', 'were added': how many were added, a change (not 'kwamen bij de dienst')
_CAME_IN = r"(?:kwam|kwamen|komt|komen)\b[^.?]{0,120}\bbij(?=\s*(?:[?.,]|$|\s(?:in|sinds|tussen|van|tot|op)\b))|" \
         r"bijgekomen|were added|have been added"
# 'afnemen' in the passive is 'to take' ('er werden 1.215 donaties afgenomen'); only 'is/nam af' is 'to fall'
_TAKEN = re.compile(r"(\b(?:werd|werden|wordt|worden)\b(?:(?!\b(?:is|zijn|was|waren|en)\b)[^.?]){0,80}?\b)afgenomen\b",
                    re.I)
# a change over time or a gap: never answered by one figure
_CHANGE = re.compile(r"\b(hoeveel (?:[\w-]+ ){0,2}(?:meer|minder)(?! dan \d)|how (?:many|much) (?:[\w-]+ ){0,2}(?:more|fewer|less)(?! than \d)|procentpunt\w*|percentage points?|by how (?:much|many)|"
                     r"toename|afname|stijging|daling|gestegen|gedaald|steeg|stegen|daalde|daalden|stijgt|daalt|"
                     r"stijgen|dalen|toegenomen|afgenomen|increase[ds]?|decrease[ds]?|rise|rose|fell|fall|grew|grow|"
                     r"changed|change[s]?(?=\s+(?:in|of|between|from|since|compared)\b|\s*[?.]|$)|verschil|difference|"
                     r"niet (?:uitgevoerd|benut|gebruikt|toegekend|besteed|uitgegeven)|onbenut|onbesteed|onbezet|ongebruikt|"
                     r"unspent|unused|" + _SHRINK + r"|"
                     # what is left or by how much one exceeds the other: a difference of two figures
                     r"overtr[eo]f\w*|exceed\w*|surpass\w*|outnumber\w*|rester\w*|restant|remain(?:s|ed|ing)?|left over|"
                     r"overschot|surplus|(?:bleef|bleven|blijft|blijven)\b[^.?]{0,60}\bover\b|"
                     r"not (?:used|spent|executed|granted)|" + _COMPARATIVE + r"|(?:nam|namen|neemt|nemen)\b[^.?]{0,120}\b(?:toe|af)|groei\w*|gegroeid|grown|"
                     + _CAME_IN + r")\b", re.I)
# the direction of a change ('daalde met 300': the size of the fall)
DIRECTION = re.compile(r"\b(da(?:al|l)\w*|gedaald|afgenomen|afname|daling|minder|decrease[ds]?|fell|fall|dropped|"
                       + _SHRINK + r"|"
                       r"declined?|stijg\w*|steeg|stegen|gestegen|toegenomen|toename|groei\w*|gegroeid|meer|increase[ds]?|"
                       r"rose|grew|nam\b[^.?]{0,120}\b(?:toe|af)|" + _CAME_IN + r")\b", re.I)
_DOWN = re.compile(r"\b(?:da(?:al|l)\w*|gedaald|afgenomen|afname|afnam|daling|minder|decrease[ds]?|fell|fall|falls|"
                   + _SHRINK + r"|"
                   r"dropped|drop|declined?|verlaag\w*|verminder\w*|verkort\w*|reduc\w*|cut|lower\w*|bespaard?|"
                   r"shortened)\b", re.I)
_UP = re.compile(r"\b(?:stij\w*|steeg|stegen|gestegen|toegenomen|toename|toenam|groei\w*|gegroeid|meer|increase[ds]?|"
                 r"rose|risen|rise|grew|grown|verhoog\w*|verleng\w*|verdubbel\w*|raised?|extended|extension|more|"
                 r"higher|" + _CAME_IN + r")\b", re.I)


def direction(text: str) -> str | None:
    """'up' or 'down' when the text names a change in one direction only."""
    up, down = bool(_UP.search(text)), bool(_DOWN.search(text))
    return "up" if up and not down else "down" if down and not up else None


# 'tot hoeveel steeg ...', 'to what level did ... rise': the level reached, one figure, not the change
_LEVEL = re.compile(r"\b(?:tot|naar) (?:hoeveel|welk(?:e)? (?:bedrag|niveau|aantal|percentage))|\bto (?:how (?:many|much)|"
                    r"what (?:level|amount|number|percentage))\b", re.I)
# 'hoeveel stations en stopplaatsen ... samen': two counted nouns added up
# Dutch stresses a word with accents ('méér beëindigd dan', 'wél', 'níet'): the word is the same
_EMPHASIS = re.compile(r"\b(?:m[ée][ée]r|v[ée][ée]l|w[ée]l|n[íi][ée]t|d[áa]t|m[íi]nder|[ée][ée]n)\b", re.I)
_PLAIN_VOWELS = str.maketrans("éíáÉÍÁ", "eiaEIA")
_NOUN_PAIR = re.compile(r"\b(?:hoeveel|how many|how much)\s+((?:[\w'’-]+\s+)?[\w'’-]+)\s+(?:en|and)\s+([\w'’-]+)", re.I)
# '... voor LDE-doelgroepwerknemers en (voor) doelgroepwerknemers collectief maatwerk samen': two groups added up
_GROUP_PREP = r"(?:voor|bij|in|van|over|op|met|onder|binnen|for|at|of|about|on|with|under|within)"
_ADDED = r"(?:samen|samengeteld|opgeteld|together|combined)"  # words that add two named things up
_GROUP_PAIR = re.compile(rf"(?:\b{_GROUP_PREP}|,)\s+((?:(?!{_GROUP_PREP}\b)[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+(?:en|and)\s+"
                         rf"(?:{_GROUP_PREP}\s+)?((?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+{_ADDED}\b", re.I)
# 'de leeftijdsgroepen 25 tot 34 jaar en 35 tot 44 jaar samen': two bands (of age, size) added up
_BAND = r"\d+\s*(?:tot(?:\s+en\s+met)?|t/m|-|–|to)\s*\d+(?:\s+(?:jaar|years|werknemers|employees|ha|m²))?"
_BAND_PAIR = re.compile(rf"(?<![\d.,])({_BAND})\s+(?:en|and)\s+(?:(?:de|het|the|van|of)\s+)?({_BAND})(?![\d.,])", re.I)
# 'in totaal vanuit Griekenland en Italië', 'from Greece and Italy in total': two names after one preposition
_NAMED_PAIR = re.compile(r"\b(?:uit|vanuit|van|in|bij|voor|naar|from|at|for|to)\s+([A-ZÀ-Ý][\w'’-]+)\s+(?:en|and)\s+"
                         r"([A-ZÀ-Ý][\w'’-]+)")
# 'de federale en de lokale politie samen', 'the federal and the local police together': adjectives of one noun
_SHARED_NOUN = re.compile(rf"\b(?:de|het|the)\s+([\w'’-]+)\s+(?:en|and)\s+(?:(?:de|het|the)\s+)?([\w'’-]+)\s+([\w'’-]+)\s+"
                          rf"(?:{_ADDED})\b", re.I)
# 'in totaal de federale en de lokale politie': the sum word first, then two adjectives of one noun
_SUM_THEN_SHARED = re.compile(rf"\b(?:{_ADDED}|in totaal|in total|altogether)\b[^?.]{{0,80}}?\b(?:de|het|the)\s+([\w'’-]+e)\s+(?:en|and)\s+"
                              rf"(?:(?:de|het|the)\s+)?([\w'’-]+e)\s+([\w'’-]+)", re.I)
# two things named and added ('X en Y samen', 'taking X and Y together', 'in total ... from X and Y'): one figure
# alone never answers
_TOGETHER = re.compile(rf"\b(?:en|and)\b[^?.]{{1,80}}\b{_ADDED}\b"
                       r"|\b(?:samen|together|combined|in totaal|in total|altogether)\b[^?.]{1,80}\b(?:en|and)\b", re.I)
# 'In total, how many people from LDE and collective custom work moved on ...': the sum word first, then two
# groups after one preposition; the second ends where the clause goes on (a verb, a preposition, an article)
_LEAD_PREP = rf"(?:{_GROUP_PREP}|from|uit|vanuit)"
_LEAD_PAIR = re.compile(rf"\b{_LEAD_PREP}\s+((?:(?!{_GROUP_PREP}\b)[\w'’-]+\s+){{0,2}}?[\w'’-]+)\s+(?:en|and)\s+"
                        rf"(?:{_LEAD_PREP}\s+)?(?:(?:de|het|the)\s+)?((?:[\w'’-]+\s*){{1,3}})", re.I)
_CLAUSE_GOES_ON = re.compile(rf"^(?:{_LEAD_PREP}|naar|to|into|de|het|een|the|a|an|werden|waren|zijn|hebben|heeft|had|have|has|"
                             r"were|are|is|was|did|do|does|\w+ed)$", re.I)


_PAST_PLURAL = re.compile(r"[^\W\d_]{3,}(?:de|te)n$", re.I)  # 'stroomden', 'werkten': a verb, when a dictionary says so


def _lead_pair(text: str) -> tuple[str, str] | None:
    """Two groups after the sum word ('in total ... from X and Y moved'), the second cut where its clause goes on."""
    lead = SUM_WORDS.search(text)
    m = _LEAD_PAIR.search(text, lead.end()) if lead else None
    if not m:
        return None
    second = []
    for w in m.group(2).split():
        if _CLAUSE_GOES_ON.match(w) or is_finite_verb(w) or _PAST_PLURAL.search(w) and lemma(w.lower()) != w.lower():
            break
        second.append(w)
    return (m.group(1), " ".join(second)) if second else None
# 'welk aandeel van de aanvragen werd goedgekeurd?': a part over its whole
_SHARE = re.compile(r"\b(?:welk(?:e)?\s+(?:percentage|aandeel|deel|fractie)|hoeveel\s+procent|what\s+(?:share|percentage|"
                    r"proportion|fraction|part)|which\s+(?:share|percentage|proportion))\s+(?:van|of)\s+"
                    r"(?:de\s+|het\s+|the\s+|all\s+|alle\s+)?(.+)", re.I)
_YEAR_ATTRIBUTE = re.compile(r"^(?:voor|in|van|tijdens|for)\s+(?:19|20)\d\d\s+(?=[^\W\d_]+e\b)", re.I)
# 'de slaagkans van de aanvragen': a rate over its whole, like a share
_RATE_OF = re.compile(r"\b(?:slaag(?:kans|percentage)|succes(?:ratio|percentage)|(?:vereffenings|uitvoerings|bezettings|"
                      r"benuttings|realisatie|dekkings|vaccinatie)graad|success\s+rate|"
                      r"(?:approval|take-up|utili[sz]ation)\s+rate)\s+(?:van|of)\s+(?:de\s+|het\s+|the\s+)?(.+)", re.I)
_PHRASE_END = re.compile(r"^(?:was|waren|werd|werden|is|zijn|wordt|worden|were|are|had|hadden|heeft|hebben|kwam|kwamen|"
                         r"ging|gingen|in|met|bij|op|voor|door|that|die|dat|with|by|at|on|for|came|went|got|kreeg|kregen|"
                         r"received|has|have)$", re.I)
_SPLIT = re.compile(r"\s*\b(?:min|minus|dan|than|versus|vs\.?|tegenover)\b\s*", re.I)
_HEDGE = re.compile(r"\b(ongeveer|circa|ca\.|bijna|zowat|rond|nagenoeg|ruim|iets meer dan|iets minder dan|roughly|"
                    r"about|around|approximately|nearly|almost|some|over|under|more than|less than)\b", re.I)
MONEY_UNITS = {"euro", "k euro", "miljoen euro", "miljard euro"}


_ADJ_MAP = dict(REGION_ADJECTIVES)
# inhabitants, read in questions only ('Hoeveel Walen ...'): in a document, 'Vlamingen' labels no figure
_INHABITANTS = {"limburgers": "Limburg", "antwerpenaren": "Antwerpen", "west-vlamingen": "West-Vlaanderen",
                "oost-vlamingen": "Oost-Vlaanderen", "brusselaars": "Brussel", "walen": "Wallonië"}
_ADJ_MAP |= _INHABITANTS
_ADJECTIVES = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in _ADJ_MAP) + r")(?![\w-])", re.I)


@dataclass
class Query:
    """A parsed question or claim."""

    text: str
    lang: str
    years: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    numeric: bool = False
    operation: str | None = None  # "difference" | "sum" | "change" | None
    computed: bool = False  # asks for a sum, difference or change: one figure is never the answer
    operands: list[str] = field(default_factory=list)  # the two sides of a difference, the two nouns of a sum
    whole: str | None = None  # 'welk aandeel van de aanvragen ...': what the share is of
    part: str | None = None  # '... was een vrouw', 'were women': what the share is, said after its last verb
    unit_hint: str | None = None  # "money" | "%" | "VTE" | "uur" | "minuten" | "dagen" | "jaar" | "duur" | None
    total_hint: bool = False
    subject: list[str] = field(default_factory=list)  # stems of the content words
    heads: list[str] = field(default_factory=list)  # what is counted: any one must label the fact
    rate: bool = False  # asks for an amount per person / per month ...
    stated: set[float] = field(default_factory=set)  # numbers the question itself names ('Bouwsteen 3')
    names: list[str] = field(default_factory=list)  # 'Bouwsteen 3': must label the answering fact
    proper: list[str] = field(default_factory=list)  # stems of proper names in a Dutch question ('Haaglanden')
    counted: str | None = None  # what a 'hoeveel X' question counts (a stem), for counts only
    negated: bool = False  # 'werd niet berekend': only a figure that is itself negated answers
    changes: bool = False  # asks the size of a change ('met hoeveel steeg', 'by how much was it cut')
    targets: bool = False  # asks a goal ('welke werkzaamheidsgraad wil de regering halen', 'what is the target')
    docs: frozenset[str] | None = None  # only these documents may answer (a filter by type, date, author)


_OUTSIDE_FLANDERS = {"Brussels Hoofdstedelijk Gewest", "Wallonië", "Waals-Brabant", "Henegouwen", "Luik", "Luxemburg",
                     "Namen"}


def outside_asked(text: str, region: str | None) -> bool:
    """A question about Flanders as a whole ('in Vlaanderen') is not answered by the figure of Brussels or
    Wallonia beside it in a federal document; Flanders is otherwise the documents' default, not a filter."""
    return region in _OUTSIDE_FLANDERS and "Vlaanderen" in regions_in(text)


def stated_numbers(text: str, lang: str, years: list[str] | None = None) -> set[float]:
    """The numbers a text names itself ('Bouwsteen 3', '25 tot 34 jaar'), its years aside."""
    return {t.value for t in find_numbers(text, lang) + find_number_words(text, lang)
            if t.value is not None and t.raw not in (years or []) and t.kind != "date"}  # not '1' of '1 januari'


def places_in(text: str) -> list[str]:
    """Canonical regions a text names other than Flanders as a whole, adjectives included ('Limburgse'); not a
    place that opens the name of something else ('Brussels Airport', 'Antwerp Port Authority')."""
    text = _PLACE_IN_NAME.sub(" ", text)
    return [r for r in regions_in(_ADJECTIVES.sub(lambda m: _ADJ_MAP[m.group(0).lower()], text)) if r != "Vlaanderen"]


# a city or region that opens a name: 'Brussels Airport', 'Brussels Airlines', 'Port of Antwerp-Bruges' is not
_PLACE_IN_NAME = re.compile(r"\b(?:Brussels?|Antwerp(?:en)?|Gent|Ghent|Leuven|Brugge|Bruges|Hasselt|Mechelen|Kortrijk|"
                            r"Oostende|Ostend|Limburg|Liège|Luik|Charleroi|Namur|Namen)[ \t]+(?=(?:Airport|Airlines|"
                            r"Airways|Expo|Zoo|Port|Haven|Arena|University|Universiteit|Hogeschool|Net|Centraal|"
                            r"Central|Zuid|Noord|Midi)\b)")


def parse(text: str, docs: frozenset[str] | None = None) -> Query:
    """Parse a question or claim into constraints and intent; `docs` limits the documents that may answer."""
    clean = _EMPHASIS.sub(lambda m: m.group(0).translate(_PLAIN_VOWELS), " ".join(text.split()))
    clean = _LEFT_OUT.sub("", clean)  # 'op de gewestwegen, de autosnelwegen niet meegerekend': not about motorways
    clean = RESTATED.sub(" ", clean)  # 'left over, i.e. the budget minus ...': what follows says it again
    clean = year_before(clean)
    written = clean
    if detect_lang(clean) == "en":  # 'NEET (not in education, ...)': the code, not a negation; 'interpreting
        written = without_spelled_out(clean)  # services (tolkprestaties)': the Dutch term is what is asked,
        clean = dutch_glosses(clean)  # while the text keeps the English words a passage is found by
    q = Query(text=clean, lang=detect_lang(clean), docs=docs)
    spans_not_years = [(t.start, t.end) for t in find_numbers(clean, q.lang) if t.kind != MEASURE]
    years = []
    school_ends = {m.end(1) for m in school_years(clean)}
    for m in _YEAR.finditer(clean):
        inside_date = any(a <= m.start() < b and b - a > 4 for a, b in spans_not_years)
        if any(m.start() > end and m.start() - end <= 2 for end in school_ends):
            continue  # '2019-2020' is one school year, named by the year it starts
        if not inside_date and m.group(0) not in years:
            years.append(m.group(0))
    q.years = shifted(clean, year_range(clean, years))
    q.stated = stated_numbers(clean, q.lang, years)
    q.names = [m.group(0) for m in re.finditer(r"\b[A-ZÀ-Ý][\w-]{2,}\s+\d{1,3}\b", clean)
               if is_name_number(clean, m.end() - len(m.group(0).split()[-1]), m.end())]
    if q.lang == "nl":  # Dutch capitalises names only: a capital inside a sentence marks a place, body or person
        regional = " ".join(m.group(0) for m in re.finditer(
            r"\b(?:Brussels?e?|Vlaamse?|Waalse?)\s+(?:Hoofdstedelijke?\s+)?Gewest\b", clean))  # one region's name
        q.proper = [stems(m.group(0))[0] for m in _PROPER.finditer(clean) if stems(m.group(0))
                    and m.group(0) not in regional.split()
                    and region_of(m.group(0)) is None and m.group(0).lower() not in _MONTH_WORDS
                    and not m.group(0).endswith(("se", "sche"))]  # 'Limburgse', 'Vlaamse': adjectives, not names
    elif q.lang == "en":  # a Dutch name given in brackets in an English question ('sheltered housing (Beschut Wonen)')
        bracketed = " ".join(re.findall(r"\(([^()]*)\)", written))
        q.proper = [stems(w)[0] for w in (m.group(0) for m in _PROPER.finditer(f" {bracketed}"))
                    if stems(w) and not is_english_word(w.lower()) and EN_NL.get(w.lower()) is None
                    and region_of(w) is None and w.lower() not in _MONTH_WORDS]
    # '(bouwsteen 3)', '(fase 2)': a word and a number alone in brackets name a part, whatever their case
    q.names += [m.group(1) for m in re.finditer(r"\(([a-zà-ÿ][\w-]{3,}\s+\d{1,3})\)", clean)]
    q.regions = places_in(clean)
    q.numeric = asks_number(clean) or bool(_UNIT_PAREN.search(clean))
    q.unit_hint = unit_hint(clean)
    q.total_hint = bool(re.search(r"\b(totaal|in totaal|total|as a whole|in het geheel|globaal|alle|combined|altogether|samen(?! met))\b", clean, re.I)
                        or re.search(r"(?<!werken )(?<!werkten )\b(?:samen|together)\b(?!\s+(?:met|te|with)\b)", clean, re.I))
    between = _BETWEEN.search(clean) or _DEDUCTED.search(clean) or _LEFT_OVER.search(clean)
    taken = None if between else _TAKEN_FROM.search(clean)
    if between or taken:
        q.numeric = True
        q.operation = "difference"
        q.operands = [g for g in between.groups() if g][:2] if between else [taken.group(2), taken.group(1)]
    elif has_difference_cue(clean) and q.numeric:
        parts = _SPLIT.split(clean, maxsplit=1)
        if len(parts) == 2 and parts[1].strip():
            q.operation = "difference"
            q.operands = [parts[0], parts[1]]
    span = year_spans(clean)  # 'tussen 2012 en 2016', 'de periode 2021-2023': one period, not two years to add
    if q.operation is None and q.numeric and SUM_WORDS.search(clean) and (len(q.years) > 1 and not span
                                                                           or len(q.regions) > 1):
        q.operation = "sum"
    if q.operation is None and q.numeric and SUM_WORDS.search(clean):
        pair = _NOUN_PAIR.search(clean) or _BAND_PAIR.search(clean) or _GROUP_PAIR.search(clean)
        shared = _SHARED_NOUN.search(clean) or _SUM_THEN_SHARED.search(clean)
        if shared:  # 'de federale en de lokale politie samen': two groups of one noun
            noun = shared.group(3)
            q.operation, q.operands = "sum", [f"{shared.group(1)} {noun}", f"{shared.group(2)} {noun}"]
        elif pair:
            q.operation, q.operands = "sum", [pair.group(1), pair.group(2)]
        elif named := _NAMED_PAIR.search(clean):  # 'in totaal vanuit Griekenland en Italië': two named places
            q.operation, q.operands = "sum", [named.group(1), named.group(2)]
        elif lead := _lead_pair(clean):
            q.operation, q.operands = "sum", list(lead)
    share = _SHARE.search(clean) or _RATE_OF.search(clean)
    if q.operation is None and share:
        q.numeric, q.unit_hint = True, "%"
        whole = []
        of = _YEAR_ATTRIBUTE.sub("", share.group(1))  # 'de voor 2023 begrote middelen': the means budgeted for 2023
        for w in of.rstrip("?.! ").split():
            if _PHRASE_END.match(w) or len(whole) == 3 or whole and w.lower() in ("van", "of"):  # 'personeel van de
                # woonzorgcentra': a phrase after the head names whose, the head says what
                break
            whole.append(w)
        if whole:
            q.whole = " ".join(whole)
        q.part = _share_part(share.group(1))
    said = _TAKEN.sub(r"\1genomen", clean)  # 'werden ... afgenomen' (taken, as blood): a level, not a fall
    q.computed = q.numeric and (q.operation is not None or (bool(_CHANGE.search(said)) and not _LEVEL.search(clean))
                                or bool(_TOGETHER.search(clean)))
    q.targets = bool(TARGET_WORD.search(clean) or re.search(r"\b(?:behalen|bereiken|halen|reach|achieve|wil|wilt|"
                                                             r"willen|want|wants)\b", clean, re.I))
    q.changes = q.numeric and not _LEVEL.search(clean) and bool(
        _CHANGE.search(said) or any(said[m.end():m.end() + 1] != "-" for m in CHANGE_WORD.finditer(said))
        or re.search(r"\bby how\b|\bmet hoeveel\s+(?!(?!procent|euro|eenheden)[^\W\d_]{4,}\b(?<!werd)(?<!werden))",
                     clean, re.I))  # (not 'reduced-rate status': a modifier; 'met hoeveel nieuwe medewerkers werd
    # een overeenkomst gestart' counts them, 'met hoeveel is ... gestegen' and 'met hoeveel procent' ask a change)
    if q.computed and len(q.years) == 2 and q.operation != "sum" and (q.changes or not span):
        q.operation = "change"  # not 'in totaal tussen 2012 en 2016': one period
    unread = unread_places(clean)
    speakers = role_names(clean)  # 'minister Brouns': who answers the document, not what a figure is about
    q.subject = [s for s in subject_stems(to_dutch(clean) if q.lang == "en" else clean)
                 if (s not in region_stems() or s in unread) and s not in speakers]
    # 'Hoeveel Walen ...': inhabitants are counted by the region they live in, not by a noun of their own
    demonyms = {s for w in re.findall(r"[\w-]+", clean) if w.lower() in _INHABITANTS for s in stems(w)}
    heads = head_terms(clean, q.lang)
    q.heads = [] if heads and heads[0] in demonyms else heads
    q.rate = bool(_RATE.search(clean))
    q.negated = bool(NEGATION.search(_EXCLUDED.sub(" ", clean)))
    if q.unit_hint == "count" and q.heads:
        first = asked_noun(clean)
        if q.lang == "en" and first:  # 'e-books': a hyphenated word the list lacks counts its last part ('boeken')
            first = EN_NL.get(first, EN_NL.get(first.split("-")[-1], first)).split()[0]
        counted = stems(first)
        # 'CD-nummerplaten', 'AMA-overeenkomsten': a hyphenated compound counts its last part, like any Dutch compound
        q.counted = counted[-1] if counted and counted[-1] not in GENERIC_HEADS and not is_finite_verb(first) \
            and counted[-1] not in demonyms else None
    q.text = written
    return q


_RATE = re.compile(r"\bper\s+(?:week|maand|dag|uur|deelnemer|persoon|werknemer|kalenderjaar|begeleide|vte|inwoner|"
                   r"participant|month|day|hour|person)"
                   # 'the maximum grant a single project can receive', 'per dossier': an amount for each one
                   r"|\bper\s+(?:project|dossier|application|aanvraag|applicant|aanvrager|ride|rit|trip)\b"
                   r"|\b(?:each|every|a single|[eé][eé]n enkele?|elk|elke)\s+(?:(?!(?:aan|naar|in|voor|van|to|for|of|at|on)\b)"
                   r"[\w-]+\s+){0,3}?(?:project|dossier|application|aanvraag|applicant|aanvrager|ride|rit|trip)\b", re.I)
NEGATION_WORDS = "niet|geen|not|no|non"
NEGATION = re.compile(r"\b(?:niet|geen|not|no)\b|\bnon\b(?!-)", re.I)  # 'non-profit', 'non-maatwerk' name a kind
# ', de autosnelwegen niet meegerekend', ', not counting motorways': what the figure leaves out, said apart
_LEFT_OUT = re.compile(r",\s*(?:(?:de|het|the)\s+)?(?:[\w-]+\s+){1,3}?(?:niet\s+(?:meegerekend|meegeteld|inbegrepen)|"
                       r"not\s+(?:counted|included))\b|,\s*(?:not counting|excluding)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?", re.I)
# 'de autosnelwegen niet meegerekend', 'not counting motorways': what the figure leaves out, not a figure negated
_EXCLUDED = re.compile(r"\b(?:niet|not)\s+(?:meegerekend|meegeteld|inbegrepen|included|counted|counting)\b", re.I)


_COPULA = re.compile(r"\b(?:was|waren|is|zijn|were|are)\s+(?:een\s+|a\s+|an\s+)?([^\W\d][\w-]*)\s*[?.!]?\s*$", re.I)


def _share_part(rest: str) -> str | None:
    """The noun a share question ends on after its verb ('... die een premie kregen, was een vrouw'): the part the
    share is of the whole. Only a noun that closes the question; a participle ('werd goedgekeurd') is a deed."""
    rest = _IN_YEAR.sub("", rest)  # 'was in 2023 een vrouw', 'were women in 2023'
    m = _COPULA.search(rest)
    return m.group(1) if m and not re.search(r"\d", rest[m.end(1):]) else None


_IN_YEAR = re.compile(r"\s+(?:in|during|tijdens)\s+(?:het\s+(?:school)?jaar\s+|the\s+year\s+)?(?:19|20)\d\d(?:-(?:19|20)?\d\d)?\b",
                      re.I)


_YEAR_AFTER = re.compile(r"\s*(?:19|20)\d\d\s*(?:[?.!]|$)")


def has_difference_cue(text: str) -> bool:
    """A word that asks for a difference; 'meer dan 10 medewerkers' and 'meer dan hoeveel voertuigen' ask a
    threshold, not a difference, but 'meer aan dan 2022?' compares with a year."""
    return any(not re.match(r"\s*(?:\d|hoeveel\b|how many\b|how much\b|welk)", text[m.end():], re.I)
               or _YEAR_AFTER.match(text[m.end():]) for m in _DIFF.finditer(text))


_REGION_NAME_STEMS = set(stems(" ".join(name for name, _ in REGION_PATTERNS) + " Wallonie Waals Waalse"))


def unread_places(text: str) -> set[str]:
    """Stems of names that only look like a region of ours ('veiligheidsregio Brabant-Noord', 'Limburg-Zuid'):
    they are checked as terms, since no region filter reads them."""
    return {stems(m.group(0))[0] for m in _PROPER.finditer(text)
            if "-" in m.group(0) and region_of(m.group(0)) is None and stems(m.group(0))}


def region_stems() -> set[str]:
    return {"west", "vlaandeer", "oost", "limburg", "antwerp", "brabant", "vlaam", "brus", "brussel", "gewest",
            "hoofdstedelijk", "limburg", "provincie"} | set(stems(" ".join(_ADJ_MAP))) | _REGION_NAME_STEMS


# how a question asks, not what: 'hoe groot was', '(uitgedrukt in VTE)', '(rond af op één decimaal)'
_PROPER = re.compile(r"(?<![.!?:]\s)(?<!^)(?<![\w-])[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:-[A-Za-zà-ÿ]+)*(?![\w-])")
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÀ-Ý][\w-]{2,})\s+$")


def is_name_number(text: str, start: int, end: int) -> bool:
    """'Bouwsteen 3', 'Artikel 5': a number that names something, not an amount.

    A capitalised word (not the first of a sentence) right before the number, and
    no unit, scale word or percent sign after it.
    """
    before = text[max(0, start - 40):start]
    m = _NAME_BEFORE.search(before)
    if not m or start - len(before) + m.start() == 0:
        return False
    if re.fullmatch(r"\d{1,3}(?:[.,]\s?\d{3})+", text[start:end]) or re.search(r"\b(?:in|uit|te|naar)\s+$",
                                                                                before[:m.start()], re.I):
        return False  # '9.170' is an amount; 'in België 9.170 faillissementen': a place, then the number
    if re.match(r"\s*(%|procent|euro|keuro|k\s?euro|EUR|€|miljoen|miljard|duizend|VTE|dagen|uur|jaar|personen|mensen)",
                text[end:], re.I):
        return False
    return not m.group(1).isupper() and region_of(m.group(1)) is None and m.group(1).lower() not in _MONTH_WORDS


_MONTH_WORDS = MONTH_NAMES - {"may"}  # an English 'May' opening a clause is more often the verb
