"""What a question asks for: the noun it counts (Dutch: the first content words after 'hoeveel'; English:
the head that ends the noun phrase), the kind of number (a unit, an amount of money, a count), and the
words that only ask or link ('hoe groot', 'how much money', 'deden een beroep op'), which no fact must say."""

from __future__ import annotations

import re

from ..facts.clausekinds import CHANGE_WORD
from ..facts.labels import REGION_ADJECTIVES
from ..text import EN_NL, EN_STOP, HYPHENED, detect_lang, lemma, stems
from ..facts.periods import OF_YEAR
from .verbs import PARTICLE_END, is_finite_verb, separable_verb

_YEAR = re.compile(r"(?<![\d.,/])(?:19[5-9]\d|20[0-4]\d)(?![\d]|[.,]\d)")

_COMPARATIVES = ("langer korter hoger lager groter kleiner duurder goedkoper longer shorter higher lower larger bigger "
                 "smaller cheaper").split()


_QWORDS = {"wer", "zijn", "hoeveel", "welk", "welke", "wat", "wie", "waar", "wanneer", "waarom", "hoe", "how", "many", "much",
           "what", "which", "who", "where", "when", "why", "werd", "werden", "was", "were", "is", "zijn", "er",
           "in", "the", "van", "de", "het", "een", "did", "does", "according", "volgens"}


_SCALES = {"duizend", "duis", "miljoen", "miljard", "thousand", "million", "billion", "thousands", "millions"}
_ASKED = re.compile(r"\b(?:hoeveel|how many|how much|met hoeveel)\s+((?:[\w%'’-]+\s*){1,3})", re.I)
_UNIT_WORDS = [("%", r"procent|percent|%|procentpunt"), ("money", r"euro|keuro|eur|geld|money"),
               ("uur", r"uur|uren|hours?"), ("VTE", r"vte|fte|vte's|voltijdse|voltijds|(?:voltijds|voltijdse)?equivalenten|equivalents|full-time|fulltime"), ("dagen", r"dagen|days"),
               ("minuten", r"minuten|minutes?"), ("jaar", r"jaar|jaren|years")]
# measures a question may ask in and a cell be in: 'hoeveel hectare', '(in hectare)'
MEASURES = {"ha": r"hectares?|ha", "km": r"km|kilometers?|kilometres?", "ton": r"ton|tonnen|tons|tonnes?",
            "m2": r"m2|m²|vierkante|square",  # an area: the cell's unit is 'm2' ('Oppervlakte (m²)' reads so too)
            "m3": r"m3|m³|kubieke|cubic"}  # a volume ('in miljoen m3')
_UNIT_WORDS += list(MEASURES.items())


def measure_words(text: str, hint: str | None) -> set[str]:
    """Stems of the words of a question that name the measure asked ('hectare' of 'hoeveel hectare'): a cell's unit
    says them, no label must."""
    if hint not in MEASURES:
        return set()
    return {t for w in re.findall(r"\w+", text.lower()) if re.fullmatch(MEASURES[hint], w) for t in stems(w)}

_NAMED_UNIT = re.compile(r"\b(?:in|uitgedrukt in|expressed in|as)\s+(VTE|FTE|VTE's|FTEs|procent|percent|euro|uren|"
                         r"hours|dagen|days|jaren|years)\b", re.I)

_NAMED_MEASURE = re.compile(r"\b(?:in|uitgedrukt in|expressed in)\s+(?:(?:miljoen|million|duizend|thousand)\s+)?"
                            rf"({'|'.join(MEASURES.values())})\b", re.I)

_EN_MONEY = re.compile(r"\b(?:subsid(?:y|ies)|budget|funding|funds?|money|costs?|spending|grants?|euros?|"
                       r"appropriations?|payments?|pay|pays|paid|spent|budgeted|allocated|earmarked|invested|set aside|"
                       r"compensations?|allowances?|premiums?|fees?|reimbursements?|revenues?|fines?|salar(?:y|ies)|deficits?|"
                       r"surplus(?:es)?|debts?)\b", re.I)
_MONEY_NOUNS = (r"krediet|budget|bedrag|subsidie|middelen|uitgaven|kost|geld|premie|euro|financiering|ontvangst|steun|"
                r"dotatie|toelage|vergoeding|opbrengst|inkomst|investering|tegemoetkoming|heffing|schuld|salaris|fonds|boete")


# grants people receive one by one: 'hoeveel premies', 'how many loans' asks how many, not how much
_COUNTED_GRANTS = re.compile(r"\w*(?:premies|leningen|beurzen|toelagen|dotaties|vergoedingen|boetes)|grants|loans|"
                             r"premiums|subsidies|fines", re.I)  # 'asbestpremies' are counted as 'premies' are


def is_money_noun(word: str) -> bool:
    """'budget', 'subsidies', 'kosten', 'werkingsmiddelen': a noun that names an amount of money, as a compound's
    head ('subsidiedossiers' are files, not money)."""
    return bool(re.search(rf"(?:{_MONEY_NOUNS})(?:s|en|ten|n|e|prijs|prijzen)?$", word.lower()))


# 'how much money', 'hoeveel geld': any amount (the unit says it), not the word list's 'geld middelen'
ANY_MONEY = {"money", "geld", "funds", "fund"}
_NOT_HEAD = {"van", "of", "de", "het", "een", "the", "a", "an", "er", "in", "op", "aan", "per", "voor", "bij", "to"}


_EN_NP = re.compile(r"\b(?:how many|how much|which|what (?:was|is|were|are) the)\s+(?:of the\s+|the\s+)?(.*)", re.I)
# the words an English question asks with, not about
EN_QUESTION = {"how", "many", "much", "what", "which", "who", "where", "when", "why", "did", "does", "do", "was",
               "were", "is", "are", "according", "in", "total", "number", "amount"}
EN_FUNCTION = {"with", "in", "of", "at", "on", "for", "by", "from", "to", "about", "over", "under", "between", "during",
              "per", "than", "were", "was", "are", "is", "did", "does", "do", "have", "has", "had", "will", "would",
              "could", "can", "that", "which", "who", "whose", "and", "or", "since", "after", "before", "as", "got",
              "went", "came", "made", "took", "against", "into", "through", "within", "without", "among", "across",
              "towards", "toward", "via", "around", "near", "beyond",
              "not"}  # (a preposition ends the phrase; 'not' is checked as the negation it is)


def english_noun_phrase(text: str, codes: bool = False) -> list[str]:
    """The words of what an English question asks for, up to a preposition or verb, brackets left out: an
    English noun phrase ends in its head ('how many work-like activity (AMA) agreements with OCMWs' ->
    ['work-like', 'activity', 'agreements']); with `codes`, a bracketed code in it too ('(ama)')."""
    m = _EN_NP.search(text)
    if not m:
        return []
    out: list[str] = []
    for tok in re.sub(r"\((?![A-Z][A-Z0-9]+\))[^)]*\)", " ", m.group(1)).split():
        if tok.startswith("("):
            out += [tok.lower().rstrip("?,.;:")] if codes else []
            continue
        word = tok.lower().strip("?,.;:'’\"")
        if out and re.fullmatch(r"(?:19|20)\d\d", word):
            continue  # 'the initial 2024 budget': a year inside the phrase, not its end
        if word == "of" and out and all(w in GENERIC_HEADS or w in _UNIT_HEADS or w[0] == "(" for w in out):
            out = []  # 'the average amount of outstanding debt': what the generic words are of
            continue
        if not word or word in EN_FUNCTION or (out and word.endswith("ed")) or not re.match(r"[a-z]", word):
            break
        out.append(word)
    return out[:5]


def asked_noun(text: str) -> str:
    """The noun a 'hoeveel' question counts, past an inflected adjective: 'hoeveel federale kredieten' ->
    'kredieten', 'how many new applications' -> 'applications' (a Dutch attributive adjective ends in -e,
    an English noun phrase ends in its head)."""
    m = _ASKED.search(text)
    if not m:
        return ""
    if detect_lang(text) == "en":
        phrase = english_noun_phrase(text[m.start():])
        if phrase:
            return phrase[-1]
    words = [w.lower().strip("?,.()") for w in m.group(1).split()]
    words = [w for w in words if w not in _SCALES] or words  # 'hoeveel duizend ton': the scale of the answer
    words = [w.rsplit("-", 1)[-1] if re.search(r"\d", w.split("-")[0]) else w for w in words]  # 'B2C-vestigingen'
    first = words[0]
    if len(words) > 1 and words[1].replace("-", "").isalpha() and len(words[1]) >= 4 and words[1] not in _NOT_HEAD \
            and not is_finite_verb(words[1]) and first.replace("-", "").isalpha() and not is_money_noun(first) and (
            (first.endswith("e") and not first.endswith(("ie", "ee")) and len(first) > 3 or first == "extra")
            or (detect_lang(text) == "en" and not first.endswith("s") and words[1].endswith("s"))):
        return words[1]
    return first


# 'bedroegen de administratieve boetes (die ...)': the thing whose amount is asked, up to its first linking word
_AMOUNTED = re.compile(r"(?:bedroeg|bedroegen|bedraagt|bedragen)\s+(?:de|het)\s+((?:(?!aantal\b|die\b|dat\b|in\b|van\b|"
                       r"voor\b|aan\b)[^\W\d_]+\s*){1,3})", re.I)


def unit_hint(text: str) -> str | None:
    """The kind of number asked for: a unit the question names ('in FTE') first, then the word after
    'hoeveel', else keywords."""
    measured = _NAMED_MEASURE.search(text)  # 'in million cubic metres': the unit the answer is in
    if measured:
        return next(hint for hint, pattern in MEASURES.items() if re.fullmatch(pattern, measured.group(1).lower()))
    named = _NAMED_UNIT.search(text)
    if named:
        word = named.group(1).lower().replace("fte", "vte").removesuffix("s")
        return next((hint for hint, pattern in _UNIT_WORDS if re.fullmatch(pattern, word)), None)
    if re.search(r"\b(?:hoe lang|how long)\b|\b(?:wat|what)\s+(?:is|was|were|waren|bedraagt|bedroeg)\s+(?:de|the)\s+"
                 r"(?:gemiddelde\s+|average\s+|mean\s+|totale\s+|total\s+)?(?:duur|looptijd|doorlooptijd|duration|"
                 r"length)\b", text, re.I):
        return "duur"  # a length of time: never a share or an amount of money
    if re.search(r"\b(?:hoeveel|how much|how many)\s+(?:k\s*euro|keuro|k€|euro|€|(?:duizend|miljoen|miljard)\s+euro)\b",
                 text, re.I):
        return "money"  # 'hoeveel k euro': an amount, whatever follows
    if re.search(r"\b(?:hoe vaak|how often)\b", text, re.I):
        return "count"  # a number of times, whatever it was paid with ('het kansentarief')
    m = _ASKED.search(text)
    if m:
        word = next((w for w in (x.lower().strip("?,.()") for x in m.group(1).split()) if w not in _SCALES), "")
        unit = next((hint for hint, pattern in MEASURES.items() if re.fullmatch(pattern, word)), None)
        if unit:  # 'hoeveel hectare meer': a measure named right after 'hoeveel' is what is asked
            return unit
        first = asked_noun(text)
        for hint, pattern in _UNIT_WORDS:
            if re.fullmatch(pattern, first):
                return hint
        if is_money_noun(first) and not (_COUNTED_GRANTS.fullmatch(first) and (
                first != "subsidies" or m.group(0).lower().startswith("how many"))):
            return "money"  # 'hoeveel kredieten'; but 'hoeveel premies werden toegekend' counts the premiums
        if m.group(0).lower().startswith("how much"):  # an amount of something, not a count
            return "money" if _EN_MONEY.search(text) else None
        amounted = _AMOUNTED.match(text, m.start(1))
        if amounted and any(is_money_noun(w) for w in amounted.group(1).split()):
            return "money"  # 'hoeveel bedroegen de administratieve boetes': what they came to, not how many
        if CHANGE_WORD.fullmatch(first):
            return None  # 'met hoeveel stegen de kredieten': the size of a change, in the unit of what changed
        if first not in _COMPARATIVES and not is_finite_verb(first) and first not in {"van", "of", "is", "was", "werd", "werden", "bedroeg", "more", "meer", "minder", "less",
                         "fewer", "bedraagt", "the", "het", "de", "worden", "wordt", "zijn", "waren", "bedragen",
                         "bedroegen", "kost", "kostte", "kostten", "kosten", "heeft", "hebben", "had", "hadden",
                         "are", "were", "does", "did", "do", "has", "have", "will", "would", "is", "cost", "costs"}:
            return "count"
    low = re.sub(r"\b(?:per|a|an|each)\s+(?:uur|dag|week|maand|jaar|hour|day|week|month|year)\b", " ", text.lower())
    if re.search(r"\b(percentage|procent|aandeel|share|percent|rate|graad)\b|%", low):
        return "%"
    if re.search(r"\b(bedrag(?:en)?|budget(?:ten)?|krediet(?:en)?|euro|keuro|amounts?|subsidies?|subsidy|uitgaven|kosten|middelen|"
                 r"vergoedingen|vergoeding|tarieven|tarief|prijs|prijzen|fees?|prices?|appropriations|begrotingsuitvoering|"
                 r"execution|betaald\w*|betaalde\w*|uitbetaal\w*|uitgegeven|besteed\w*|spent|paid|gekost|kostte|kostten|"
                 r"begroot|uitgetrokken|geïnvesteerd|budgeted)\b"
                 r"|\b(?:kost|cost)\b(?![^?]*\bper\b)"
                 r"|\b(?:gaf|gaven|geeft|geven)\b[^?.]{0,60}\buit\b"  # 'hoeveel gaf het AWV ... uit': spent
                 r"|\b[a-z]{4,}(?:bedrag|budget|prijs|kosten|vergoeding|tarief)(?:en|s)?\b", low):  # 'pakketprijs'
        return "money"  # 'hoeveel minder betaalde ... uit aan schadevergoedingen': an amount paid
    if re.search(r"\b(grant|funding|spending|salar(?:y|ies)|debt|allowance|revenue|dotatie|toelage|opbrengst|schuld)\b",
                 low) and not re.search(r"\b(?:aantal|number|how many)\b", low):
        return "money"  # 'What was the average project grant?'; but 'het aantal gezinnen met schulden' counts
    if re.search(r"\b(vte|fte|voltijds)\b", low):
        return "VTE"
    if re.search(r"(?<![\w-])(uur|uren|hours?)\b", low):  # not 'out-of-hours'
        return "uur"
    if re.search(r"(?<![\w-])(dagen|days)\b", low):
        return "dagen"
    if re.search(r"(?<![\w-])(minuten|minutes?)\b", low):
        return "minuten"
    if re.search(r"\bjaar\b.*\b(jubileum|bestaan)|\b(jubileum|anniversary|in jaren|in years)\b", low):
        return "jaar"
    return None


# the nouns of Dutch compound prepositions ('in verband met', 'te wijten aan', 'met betrekking tot'), hedges
# ('normaal gezien', 'in principe') and adverbs of time ('voortaan', 'inmiddels'): they link, soften or
# situate, and say nothing about which number is meant (years and periods are checked as such)
LINKING_WORDS = """verband betrekking kader vlak aanzien gevolge wijten vergelijking opzichte naast behalve normaal normaliter gezien principe doorgaans
gewoonlijk meestal eigenlijk ondermeer voortaan thans inmiddels intussen reeds momenteel uiteindelijk uiteindelijke
finaal concreet effectief werkelijk daadwerkelijk feitelijk echt actually precies exact huidig huidige current currently slag zijde side ruim bijna circa nagenoeg amper krap zowat roughly approximately nearly almost per wegens omwille vanwege dankzij ondanks nadat voordat zodat omdat terwijl wanneer indien hoewel zodra totdat doordat via mee""".split()
_ASK_START = re.compile(r"\b(?:hoeveel|welk|welke|how many|how much|what (?:was|is|were) the|which|naar welke|met hoeveel|"
                        r"what)\s+(.*)", re.I)
GENERIC_HEADS = {"bedrag", "totaalbedrag", "aantal", "getal", "percentage", "procent", "deel", "aandeel", "totaal",
                 "cijfer", "cijfers", "number", "amount", "share", "total", "meer", "minder", "more", "fewer", "less",
                 "van", "het", "de", "een", "of", "the", "er", "is", "was", "werd", "werden", "in", "voor", "bij",
                 "graad", "per", "tussen", "between", "lag", "lagen", "ligt", "liggen", "vorige", "vorig", "vroegere", "previous",
                 "former", "keer", "keren", "maal", "times"} | set(_COMPARATIVES) | {  # modifiers of what is counted, not what is counted
    "minimum", "maximum", "minimale", "maximale", "minimaal", "maximaal", "gemiddelde", "gemiddeld", "average", "mean",
    "totale", "overall", "yearly", "annual", "monthly", "weekly", "daily", "jaarlijks", "jaarlijkse", "maandelijks",
    "maandelijkse", "wekelijks", "wekelijkse", "dagelijks", "dagelijkse"}
_UNIT_HEADS = {"vte", "vte's", "fte", "euro", "keuro", "uur", "uren", "dagen", "jaar", "jaren", "procent", "hours", "days",
               "minuten", "minutes", "years", "%"}


# 'how much was (actually) paid out', 'how many were started': a passive with no noun before it
_EN_AUX_FIRST = re.compile(r"\s*(?:was|were|is|are|(?:has|have|had) been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|id|nt|ught)\b",
                           re.I)


def head_terms(text: str, lang: str) -> list[str]:
    """Stems of what a question counts ('Hoeveel LDE-ondernemingen ...' -> ['ondernem', 'LDE'-less]).

    The first two content words after the question word, hyphenated compounds split, units and
    generic words ('bedrag', 'aantal') skipped; an acronym in brackets right after a head word
    ('vastleggingskrediet (VAK)') is an alternative name for it. In English, the last two words of the
    noun phrase asked about, which ends in its head.
    """
    m = _ASK_START.search(text)
    if not m:
        return []
    phrase = english_noun_phrase(text, codes=True) if lang == "en" else []
    if lang == "en" and not phrase and _EN_AUX_FIRST.match(m.group(1)):
        return []  # 'how much was actually paid out': no noun; the amount of the verb is asked
    if any(w[0] != "(" for w in phrase):  # head-final: the last two words, the head first ('activity agreements')
        named = {w.strip("()") for w in phrase if w[0] == "("}  # 'activity (AMA) agreements': AMA names them
        content = [w for w in phrase if w[0] != "(" for w in ([w] if w in HYPHENED else w.split("-"))
                   if w not in GENERIC_HEADS
                   and w not in _UNIT_HEADS and w not in EN_STOP_HEAD and w not in _QWORDS]
        heads = [h for word in reversed(content[-2:]) for h in stems(word if word in ANY_MONEY else EN_NL.get(word, word))
                 ] + sorted(named)
    else:
        heads, named = _first_words(text, m, lang)
    heads = _closed_compounds(m.group(1), heads, lang) + heads
    return list(dict.fromkeys(h for h in heads if len(h) >= 3 or h in named))


def _closed_compounds(asked: str, heads: list[str], lang: str) -> list[str]:
    """A compound the question hyphenates ('kind-dagen', 'child-days') written closed, as a label may have it
    ('Kinddagen'), when one of its parts is a head: split, neither part names the compound."""
    out = []
    for a, b in re.findall(r"\b([a-zà-ÿ]{3,})-([a-zà-ÿ]{3,})\b", " ".join(asked.split()[:8])):
        if lang == "en":
            a, b = EN_NL.get(a, a), EN_NL.get(b, b)
            if " " in a + b:
                continue
        joined = stems(a + b)
        if joined and (set(stems(a)) | set(stems(b))) & set(heads):
            out.append(joined[0])
    return out


_PLACE_ADJECTIVE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, REGION_ADJECTIVES)) + r")(?![\w-])", re.I)


def _first_words(text: str, m: re.Match, lang: str) -> tuple[list[str], set[str]]:
    """The first two content words after the question word (and a code in brackets after one of them)."""
    heads: list[str] = []
    named: set[str] = set()
    # 'Hoeveel Oost-Vlaamse gemeenten': a place adjective says where (the question's region), not what is counted
    asked = _PLACE_ADJECTIVE.sub(" ", m.group(1))
    tokens = re.findall(r"\(?[\w'’]+\)?", asked.replace("-", " "))
    particle = PARTICLE_END.search(text)
    for k, tok in enumerate(tokens[:8]):
        bare = tok.strip("()")
        if particle and separable_verb(bare, particle.group(1), tokens[k + 1] if k + 1 < len(tokens) else ""):
            break  # 'met hoeveel euro namen de vorderingen toe': the verb, and what follows is its subject
        if tok.startswith("(") and bare.isupper() and heads:
            heads.append(bare.lower())
            named.add(bare.lower())
            continue
        if len(heads) >= 2 or heads and lang != "en" and is_finite_verb(bare):
            break  # 'Hoeveel premiegeld ging er ...': the noun phrase ends at the verb
        if not heads and k and lang != "en" and is_finite_verb(bare) and (
                tokens[k - 1].lower() in GENERIC_HEADS or not bare.lower().endswith("e")):
            break  # 'voor welk bedrag deed BuZa ...', 'hoeveel is er in 2023 werkelijk besteed': a verb before any
            # noun; the amount is asked, and what follows is the clause's verb and its object
        subject = _subject_after(tokens[1:]) if k == 0 and lang != "en" and lemma(bare) in _AMOUNT_VERBS else []
        if subject:  # 'Hoeveel bedroeg in 2015 de reële gemiddelde kostprijs voor ...': the subject's head
            return [h for w in reversed(subject[-2:]) for h in stems(w)], named
        if k == 0 and lang != "en" and is_finite_verb(bare) and lemma(bare) not in _AMOUNT_VERBS \
                and not _attributive(bare, tokens[1] if len(tokens) > 1 else ""):
            return [], named  # 'Hoeveel ging er naar de tweede oproep': a verb, no noun names what is counted
        if bare.isupper() and len(bare) > 1 or bare.isdigit() or len(bare) < 3 or bare.lower() in GENERIC_HEADS \
                or bare.lower() in _SCALES \
                or bare.lower() in _UNIT_HEADS or bare.lower() in _QWORDS or bare.lower() in LINKING_WORDS:
            continue
        if tok.startswith("("):
            continue
        word = bare.lower()
        if lang == "en":
            if word in EN_STOP_HEAD or word in EN_STOP:  # 'how much was actually spent': spent
                continue
            heads.extend(stems(EN_NL.get(word, word)))
        else:
            heads.extend(stems(word))
    return heads, named


_ARTICLES = {"de", "het", "een"}
_NOT_NOUN = {"er", "hij", "zij", "ze", "men", "je", "u", "we", "wij", "dit", "dat", "deze", "die", "zich", "nog", "al",
             "ook", "in", "op", "aan", "uit", "voor", "van", "met", "bij", "naar", "tot", "dan", "daar", "hier", "toen"}


def _attributive(word: str, after: str) -> bool:
    """'Hoeveel erkende tolken ...': a past-tense form before a lower-case noun is an adjective ('erkende tolken'),
    not the verb of 'Hoeveel betaalde de minister' or 'Hoeveel investeerde Vlaanderen'."""
    return word.lower().endswith(("de", "te")) and after.isalpha() and after.islower() and len(after) >= 4 \
        and after not in _ARTICLES and after not in _NOT_NOUN and not is_finite_verb(after)
_AMOUNT_VERBS = {"bedragen", "kosten", "zijn", "wegen", "duren"}  # their subject is what the amount measures
_NP_END = {"voor", "van", "in", "bij", "met", "op", "aan", "tijdens", "naar", "per", "door", "uit", "over", "tot",
           "sinds", "binnen", "onder", "en", "of", "die", "dat", "er"}


def _subject_after(tokens: list[str]) -> list[str]:
    """The noun phrase a finite verb right after 'hoeveel' has as subject ('bedroeg in 2015 de reële
    gemiddelde kostprijs voor ...' -> reële gemiddelde kostprijs): from its article up to the next preposition
    or auxiliary. Dutch noun phrases end in their head."""
    start = next((k for k, t in enumerate(tokens[:6]) if t.lower() in _ARTICLES), None)
    if start is None:
        return []
    words: list[str] = []
    for tok in tokens[start + 1:start + 10]:
        bare = tok.strip("()")
        if bare.lower() == "van" and all(CHANGE_WORD.fullmatch(w) or w in GENERIC_HEADS or w in _ARTICLES
                                         for w in words):
            words = []  # 'de toename van het aantal biologische bedrijven': the change of what
            continue
        if bare.lower() in _NP_END or bare.isdigit() or lemma(bare) in _AMOUNT_VERBS | {"worden", "hebben"}:
            break
        words.append(bare.lower())
    return [w for w in words if w not in GENERIC_HEADS and w not in _UNIT_HEADS]


EN_STOP_HEAD = {"did", "does", "do", "have", "has", "had", "at", "on", "with", "to", "by", "for"}


_ASK_PHRASE = re.compile(r"\bhoe (?:groot|hoog|veel|lang)\b|\bhow (?:large|big|high|long)\b|\buitgedrukt in\b|"
                         r"\b(?:hoeveel|how much|how many)\s+(?:geld|money|euros?)\b|"
                         r"\b(?:rond af|afgerond) (?:op|tot) "
                         r"(?:één|een|1|twee|2) (?:decimaal|decimalen|cijfer\w*)(?: na de komma)?|\bop (?:één|een|1) "
                         r"decimaal(?: na(?:uwkeurig)?)?|\bin (?:één|een) decimaal", re.I)


# 'deden (in 2016) (een) beroep op X': made use of X; not 'in beroep gaan' (to appeal) nor 'bijberoep'
_APPEAL_TO = re.compile(r"\b(?:(een)\s+)?beroep\s+(?=(?:\w+\s+){0,4}?op\b)", re.I)
_DO = re.compile(r"\b(?:doen|doet|deed|deden|gedaan)\b", re.I)
# 'werken bij het kabinet', 'work in the policy staff': the verb says where people are, not which figure
_WORK_AT = re.compile(r"\b(?:werken|werkt|werkte|werkten|gewerkt|work|works|worked|working)\b(?=\s+(?:er\s+)?(?:bij|in|voor|op|at|in|for|on)\b)",
                      re.I)


def without_ask_phrase(text: str) -> str:
    """The question without the words that only ask ('hoe groot', 'how much money': the unit hint says money)
    or only link ('deden een beroep op': made use of; 'werken bij': are employed at)."""
    text = _WORK_AT.sub(" ", _ASK_PHRASE.sub(" ", text))
    m = _APPEAL_TO.search(text)
    if m and (m.group(1) or _DO.search(text[:m.start()])):
        text = text[:m.start()] + " " + text[m.end():]
    return text


_LAST_PERIOD = re.compile(r"\b(?:laatste|last|final)\s+(?=(?:kwartaal|quarter|semester|trimester|helft|half|"
                          r"jaarhelft)\b" + OF_YEAR.pattern + ")", re.I)  # only 'het laatste kwartaal van 2023' (Q4)

# 'om hun wachtposten te ondersteunen': the verb of a purpose clause says why money was given, which the figure's
# sentence need not repeat; the clause's nouns still say what it was for
_PURPOSE_VERB = re.compile(r"(\bom(?:\s+[\w'-]+){0,6}?\s+te)\s+[^\W\d_]+", re.I)


def subject_stems(text: str) -> list[str]:
    """Content-word stems of a question: no question words, years, regions or bare numbers."""
    out = []
    text = _LAST_PERIOD.sub("", without_ask_phrase(text))  # 'het laatste kwartaal' is a period, checked as one
    text = _PURPOSE_VERB.sub(r"\1", text)
    for s in stems(text):
        if s in _QWORDS or s in _SCALES or _YEAR.fullmatch(s) or re.fullmatch(r"[\d.,%]+", s):
            continue  # ('hoeveel duizend ton': the scale the answer is given in, which a caption's '(in 1.000 ton)' says)
        out.append(s)
    return list(dict.fromkeys(out))
