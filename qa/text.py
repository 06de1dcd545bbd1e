"""Word-level text handling shared by indexing and search: tokens, stems, terms.

Dutch stemming comes from PyStemmer (Snowball); stopwords from bm25s. English
questions are bridged to Dutch with a small general vocabulary so that BM25
can match them against Dutch documents.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .english_words import EN_NL, EN_STOP, HYPHENED  # the word list's home; the rest imports them from here

_WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("dutch")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_DUTCH

    # the list has some forms of the modal verbs ('kan', 'moet') and pronouns, not the others ('kun je ... volgen')
    modal = {"kun", "kunt", "konden", "mag", "mogen", "mocht", "mochten", "moeten", "moest", "moesten", "wilt",
             "willen", "wilde", "wilden", "zouden", "zullen", "zult", "hoeft", "hoeven", "jullie", "hen", "wij", "we",
             "onze"}
    # nor all forms of 'zitten' used as 'zijn' ('zaten eind 2023 in de fase van ...': were in that phase)
    copula = {"zit", "zitten", "zat", "zaten"}
    return frozenset(STOPWORDS_DUTCH) | {"graag", "hieronder", "welk", "welke", "hoeveel", "ooit", "zoals"} | modal | copula


def dutch_stop(word: str) -> bool:
    """A Dutch function word ('de', 'voor', 'werd')."""
    return word in _stopwords()


# 'VTE's', 'OCMW's', 'LDE'ers': an acronym with a plural or person suffix says the acronym
_ACRONYM_SUFFIX = re.compile(r"\b([A-Z]{2,})['’](?:s|ers?|en)\b")


_HYPHENED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")


def words(text: str) -> list[str]:
    """Lower-cased word and number tokens, words hyphenated over a line end joined."""
    text = re.sub(r"(\w)-\s*\n\s*([a-zà-ÿ])", r"\1\2", text)
    text = text.replace("’", "'").replace("‘", "'")  # 'Alpaca’s' as typeset is the 'alpaca's' a user types
    text = _ACRONYM_SUFFIX.sub(r"\1", text)
    if "-" in text:  # 'out-of-hours', 'part-time': one English word the word list translates as one
        text = _HYPHENED.sub(lambda m: m.group(0).replace("-", "") if m.group(0).lower() in HYPHENED else m.group(0), text)
    return [w.lower() for w in _WORD.findall(text)]


def stems(text: str, extra_stop: frozenset[str] = frozenset()) -> list[str]:
    """BM25 tokens: words without Dutch stopwords, Snowball-stemmed."""
    stop = _stopwords() | extra_stop
    toks = [w for w in words(text) if w not in stop]
    return stem_words(toks)


def stem_words(toks: list[str]) -> list[str]:
    """Snowball Dutch stems, keeping a 'ge' that belongs to the word itself. The stemmer drops 'ge' as a
    participle prefix ('gedaald' -> 'daal', right), but also from words whose dictionary form has it, which
    merges words that mean different things: 'begeleid' / 'beleid', 'gemiddeld' / 'middel', 'gezin' / 'zin',
    'gerecht' / 'recht'. Where simplemma's dictionary form keeps the 'ge', the stem keeps it too.
    Accents are folded first: answers extracted from PDFs often lost them ('reele', 'Wallonie') where a
    question has them ('reële')."""
    toks = [w if w.isascii() else fold_accents(w) for w in toks]
    out = _stemmer().stemWords(toks)
    for n, (w, k) in enumerate(zip(toks, out)):
        if "ge" not in w[:len(w) - 3]:  # most words: no 'ge' the stemmer could have dropped
            continue
        at = next((i for i in range(len(w) - 4) if w[i:i + 2] == "ge" and k.startswith(w[:i])
                   and not k[i:].startswith("ge")), None)  # where the stemmer dropped a 'ge'
        if at is not None and (lemma(w)[:at + 2] == w[:at + 2] or lemma(w[at:]).startswith("ge")):
            out[n] = k[:at] + "ge" + k[at:]  # 'begeleid' (begeleiden), 'privégebruik' (gebruik) keep their 'ge'
    for n, (w, k) in enumerate(zip(toks, out)):
        if w.endswith("ieven") and k.endswith("ief"):  # the stemmer reads 'initiatief' as 'initieer' but keeps the
            out[n] = _stemmer().stemWord(w[:-3] + "f")  # plural 'initiatieven': one word, one stem
    return out


@lru_cache(maxsize=50_000)
def fold_accents(word: str) -> str:
    """'reële' -> 'reele', 'privé' -> 'prive': the letters without their diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """A Dutch word's dictionary form (simplemma): 'daalt', 'daalde', 'gedaald' -> 'dalen'; 'steeg' -> 'stijgen';
    separable verbs joined ('goedgekeurd' -> 'goedkeuren'). Unknown words are returned as they are."""
    import simplemma

    return simplemma.lemmatize(word, lang="nl").replace("_", "").lower()


def is_known_word(word: str) -> bool:
    """A word of simplemma's Dutch dictionary ('opstappen' is; 'opreizigers' is not)."""
    import simplemma

    return simplemma.is_known(word, lang="nl")


def is_english_word(word: str) -> bool:
    """A word of simplemma's English dictionary: 'state' is, 'maatwerkbedrijf' (a Dutch term typed in an English
    question) is not."""
    import simplemma

    return simplemma.is_known(word, lang="en")


_SPELLED_OUT = re.compile(r"\b([A-Z][A-Z0-9]+s?)\s*\(([^()\d]{3,80})\)")


def without_spelled_out(text: str) -> str:
    """'NEET (not in education, employment or training)': an English question's code with the English words it
    stands for dropped; the documents say the code, and the words would each be asked for."""
    return _SPELLED_OUT.sub(lambda m: m.group(1) if all(is_english_word(w) for w in words(m.group(2)))
                            else m.group(0), text)


def lemma_pairs(text: str) -> dict[str, str]:
    """Stem -> stem of the dictionary form, for each content word whose two differ ('daalt' -> 'dal')."""
    stop = _stopwords()
    toks = [w for w in words(text) if w not in stop and not w[0].isdigit()]
    plain_stems = stem_words(toks)
    lemma_stems = stem_words([lemma(w) for w in toks])
    return {s: ls for s, ls in zip(plain_stems, lemma_stems) if s != ls}


def norm_stems(text: str) -> set[str]:
    """Stems of the words and of their dictionary forms: what verification compares, so an inflection the
    Snowball stemmer leaves apart ('daalt' / 'dalen', 'kregen' / 'krijgt') still says the same word."""
    text = text.replace("’", "'")  # 'VTE’s' is 'VTE's'
    pairs = lemma_pairs(text)
    return set(stems(text)) | set(pairs.values())


def detect_lang(text: str) -> str:
    """'en' when the text reads as English, else 'nl' (the documents' language)."""
    ws = words(text)
    if not ws:
        return "nl"
    en = sum(1 for w in ws if w in EN_STOP or w in {"how", "what", "which", "who", "many", "much", "did", "does"})
    nl = sum(1 for w in ws if w in _stopwords() or w in {"hoeveel", "welk", "werd", "werden", "wat", "hoe"})
    if abs(en - nl) < 2:  # few function words, or words of both ('in', 'had'): the character n-grams decide
        guess, prob = _language_model().classify(text)
        if prob >= LANG_MIN:
            return guess
    return "en" if en > nl else "nl"


LANG_MIN = 0.9  # below this the n-gram model is unsure and the function words keep their say


@lru_cache(maxsize=1)
def _language_model():
    """py3langid's character n-gram model (numpy arrays shipped in the wheel), limited to Dutch and English."""
    import py3langid
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    path = Path(py3langid.__file__).parent / "data" / Path(str(MODEL_FILE)).name
    model = LanguageIdentifier.from_modelpath(path, norm_probs=True)
    model.set_languages(["nl", "en"])
    return model


_NUMERIC_ASK = re.compile(
    r"\b(hoeveel|welk(?:e)? (?:(?:maximale|maximaal|minimale|minimaal|gemiddelde|gemiddeld|totale|jaarlijkse|huidige)\s+)?(?:bedrag|budget|percentage|aandeel|contingent|krediet|werkzaamheidsgraad|graad|deel|prijs|"
    r"kostprijs|tarief|premie|vergoeding|bijdrage|subsidie|som)"
    r"|welk(?:e)? (?!soort|type|vorm|andere\b)(?:[a-zà-ÿ]+(?:e|s)\s+)?[a-z]*(?:omzet|bedrag|prijs|budget|"
    r"tarief|premie|vergoeding|subsidie|krediet|drempel)|hoe (?:groot|hoog|veel|lang|vaak)|how (?:long|large|big|high|often)|wat (?:was|is|bedroeg|bedraagt) (?:het|de) (?:[a-zà-ÿ]+e )?"
    r"(?:bedrag|totaal|aantal|budget|percentage|uitvoering|begrotingsuitvoering|contingent)"
    r"|met hoeveel|naar welke \w*graad"
    r"|what (?:did|does|do|will|would) [^?.]{1,80}(?<!the )\bcost\b|wat kost(?:te|ten)?\b"  # 'What did X cost'; not
    # 'What does the cost cover'
    r"|how (?:many|much)|what (?:was|is|were) the (?:\w+ ){0,3}(?:total|number|amount|budget|share|percentage|rate|"
    r"execution|appropriations?)|what (?:was|is|were) the (?:\w+ ){1,3}(?:subsidy|grant|fee|price|cost|premium|"
    r"allowance|contribution)(?=\s*\?|\s+(?:a|an|the|for|of|per|in|to|did|does|do|is|was|were|can|could|will|would|"
    r"has|had)\b)"
    # 'what daily fee did ...': a measure noun that heads its phrase (not 'which subsidy scheme', 'what cost
    # categories'), after at most two modifiers (not 'kinds of')
    r"|what (?:(?:maximum|minimum|average|total|annual|yearly|monthly|current|overall)\s+)?(?:share|percentage|amount|"
    r"number|budget|total|price|fee|sum)|which (?:amount|percentage|budget|price|fee)"
    r"|(?:what|which) (?!kinds?\b|types?\b|sorts?\b|forms?\b)(?:(?!(?:is|are|was|were|does|did|do|has|have|had|the|a|an|of)\b)"
    r"[a-z-]+\s+){0,2}?(?:share|percentage|amount|number|budget|total|price|fee|"
    r"sum|subsidy|grant|premium|allowance|contribution|cost|rate|tariff)(?=\s*\?|\s+(?:did|does|do|is|was|were|are|"
    r"can|could|will|would|has|have|had|for|of|per|in|to)\b))\b",
    re.I,
)
_NUMERIC_NOUN = re.compile(r"^\s*(?:wat|what)\b.{0,40}\b(?:gemiddelde|gemiddeld|average|totale|aantal|number|percentage|bedrag|"
                           r"amount|som|sum|duur|duration|graad|rate|waarde|value)\b"
                           # a measure noun, alone or ending a compound: 'afhandelingstermijn', 'maximale budget'
                           r"|^\s*(?:wat|what)\s+(?:was|is|were|bedroeg|bedraagt|waren|zijn|wordt|worden|werd|werden|will be)\b"
                           r"(?!\s+(?:een|a|an)\s|\s+(?:de|het|the)\s+(?:reden|oorzaak|doel|betekenis|definitie|verklaring|reason|cause|purpose|meaning"
                           r"|minister|regering|overheid|government)\b).{0,80}?"  # 'Wat is de minister van plan met de premie
                           r"\w*(?:termijn|wachttijd|doorlooptijd|bedrag|budget|krediet|kredieten|credits?|prijs|kosten|graad|kans|percentage|aandeel|premie|"
                           r"vergoeding|subsidie|tarief|bijdrage|contingent|quota|quotum|price|cost|fee|premium|subsidy|"
                           r"allowance|contribution|verbruik|consumptie|consumption|uitstoot|emissions?|omzet|winst|verlies|"
                           r"schuld|opbrengst|inkomsten|uitgaven|ontvangsten|kostprijs|turnover|revenue|profit|loss|debt|"
                           r"income|spending|expenditure)(?=\s+(?:van|voor|zonder|per|in|op|bij|na|met|exclusief|inclusief|of|for|"
                           r"without|excluding|including|on|at|in)\b|\s*[,?(]|\s*$)"
                           # 'Wat heeft de inzet van het schip gekost?', 'What did the trip cost?': the amount it cost
                           r"|^\s*(?:wat|what)\b.{0,150}\b(?:gekost|kostte|kostten|cost)\s*\??\s*$|^\s*wat\s+(?:kost|kostte|kostten)\b"
                           # 'Wat werd er in 2023 werkelijk besteed aan ...?', 'What was spent on ...?': an amount of money
                           r"|^\s*(?:wat|what)\s+(?:werd|werden|is|was|were|zijn|waren|heeft|hebben|had)\b.{0,120}?"
                           r"\b(?:besteed|uitgegeven|betaald|uitbetaald|geïnvesteerd|geinvesteerd|spent|paid|invested)"
                           r"\s*(?:\?|$|(?:aan|voor|in|op|on|for)\b)"  # the verb of the question, not 'betaald verlof'
                           # a unit the answer is to be given in: 'in FTE', 'in euro'
                           r"|\bin (?:FTE|VTE|euro|EUR|keuro|k euro|procent|percent)\b|\b(?:uitgedrukt|expressed|gemeten|measured) in\b",
                           re.I)


def asks_number(text: str) -> bool:
    """The question asks for a number ('hoeveel', 'welk bedrag', 'how many', 'what was the total'): the cue
    for using the fact table, in search as in answering."""
    if _WHY.match(text):  # 'Waarom kan het FAGG niet zeggen hoeveel ...?' asks a reason, not the figure
        return False
    return bool(_NUMERIC_ASK.search(text) or _NUMERIC_NOUN.search(text))


_WHY = re.compile(r"\s*(?:waarom|om welke reden|hoe komt het|why|for what reason)\b", re.I)


def bridge_to_dutch(text: str) -> str:
    """Add Dutch equivalents of English words so Dutch documents can match."""
    out = []
    for w in words(text):
        if w in EN_STOP:
            continue
        out.append(w)
        if w in EN_NL:
            out.append(EN_NL[w])
    return " ".join(out)


# Opposite sides of the same table or sentence: a fact labelled with the other side is not the answer.
CONTRASTS = [
    ({"opstar", "opgestart", "opgestarte", "in", "instroom", "start", "gestart", "nieuwe", "begonnen", "begon"},
     {"beëindigd", "beëind", "uit", "uitstroom", "stopgezet", "afgerond", "gestopt", "stopt", "stopten"}),
    ({"vastlegging", "vastleggingskrediet", "vak"}, {"vereffening", "vereffeningskrediet", "vek"}),
    ({"ontvangst", "ontvangsten"}, {"uitgaaf", "uitgaven"}),
    ({"goedgekeurd", "goedgekeurde", "goedkeuring", "goedkeuringen", "aanvaard", "aanvaarde", "approved"},
     {"afgewezen", "geweigerd", "geweigerde", "afgekeurd", "afgekeurde", "weigering", "weigeringen", "afwijzing",
      "afwijzingen", "rejected", "refused", "denied"}),
]


@lru_cache(maxsize=1)
def stemmed_contrasts() -> list[tuple[frozenset[str], frozenset[str]]]:
    """CONTRASTS as the stems callers compare with ('vastlegging' is stemmed before it is matched)."""
    return [(frozenset(a | set(stems(" ".join(a)))), frozenset(b | set(stems(" ".join(b))))) for a, b in CONTRASTS]


def contradicts(question: set[str], fact: set[str],
                pairs: list[tuple[frozenset[str], frozenset[str]]] | None = None) -> bool:
    """The question names one side of a contrast and the fact only the other (both given as stems); `pairs`:
    other contrasts than CONTRASTS."""
    for a, b in stemmed_contrasts() if pairs is None else pairs:
        for mine, other in ((a, b), (b, a)):
            if question & mine and not question & other and fact & other and not fact & mine:
                return True
    return False


def to_dutch(text: str) -> str:
    """English words replaced by their Dutch equivalents (others kept): the content of a question."""
    out = []
    for w in words(text):
        if w in EN_STOP:
            continue
        out.append(EN_NL.get(w, w))
    return " ".join(out)


CODE = re.compile(r"\b[A-Z][A-Z0-9]{1,7}(?=s?\b)")  # 'SIFO', 'VAK', 'AMA', 'OCMWs': a code reads the same in both languages
_ABBR = re.compile(r"\(([A-Z][A-Za-z]{0,2}[A-Z]{1,6}(?:\s[A-Z]{2,4})?)\)")


def find_abbreviations(text: str) -> list[tuple[str, str]]:
    """(short, long) pairs such as ('LDE', 'lokale diensteneconomie'), found in the text itself."""
    pairs: list[tuple[str, str]] = []
    for m in _ABBR.finditer(text):
        short = m.group(1)
        before = re.findall(r"[^\W\d_][\w'’-]*", text[max(0, m.start() - 160):m.start()])
        if not before:
            continue
        first = short[0].lower()
        limit = min(len(before), len(short.replace(" ", "")) + 3)
        for n in range(1, limit + 1):
            cand = before[-n:]
            if cand[0][0].lower() == first and (n >= len(short.split()[0]) - 1 or n == limit):
                pairs.append((short, " ".join(cand)))
                break
    return pairs


GLOSSARY_LINE = re.compile(r"[ \t]*([A-Z][A-Z0-9&]{1,7}(?:-[A-Z]{2,4})?)[ \t]+([A-Z][\w'’&,() -]{2,90}?)[ \t]*")


def find_glossary(text: str) -> list[tuple[str, str]]:
    """(short, long) pairs of a list of abbreviations: four or more lines in a row, blank lines aside,
    that each give a code and its meaning ('VAK Gesplitst vastleggingskrediet')."""
    pairs: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for line in text.splitlines() + ["."]:
        if not line.strip():
            continue
        m = GLOSSARY_LINE.fullmatch(line)
        if m and any(c.islower() for c in m.group(2)) and not re.search(r"\d", m.group(2)):
            run.append((m.group(1), m.group(2)))
            continue
        if len(run) >= 4:
            pairs += run
        run = []
    return pairs
