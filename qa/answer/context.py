"""Reading a turn or a clause in its context: a follow-up question ('En in Limburg?') stands for the earlier
question with what it names replaced, and a clause without its own subject ('en in Limburg 200') stands for
the clause before it with its place, period and figure replaced.

The method is general: what a fragment names (years, regions, figures) replaces the same kind of constraint
in the text it leans on; words that point back ('dat jaar', 'daarvan', 'that year') take the earlier text's
values. A fragment that says more than that is a question of its own that inherits only what it leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..facts.labels import _REGION, REGION_PATTERNS
from ..text import detect_lang, is_known_word, stemmed_contrasts, stems
from .asked import _YEAR
from ..facts.periods import MONTH_NAMES
from .question import _ADJ_MAP, _ADJECTIVES, places_in
from .topics import PREPS, add_named, append, named_place, same_preposition

# a turn that opens like this leans on the one before: 'En in Limburg?', 'And in 2021?', 'What about ...'
_LEANS = re.compile(r"^\s*(?:en|and|of|or|maar|but|what about|how about|wat met|wat dan met|en wat met|same|idem|"
                    r"ook|also|then|dan)\b", re.I)
# 'is there', 'are there', 'there is': 'there' that points to no place ('Since when is there a single framework?')
_NOT_EXISTENTIAL = r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?!there\s+(?:is|are|was|were|be|been)\b)"
# words that point back to the earlier turn
_BACK = re.compile(r"\b(?:dat jaar|datzelfde jaar|hetzelfde jaar|die periode|that year|the same year|that period|"
                   r"daarvan|daarvoor|ervan|van hen|onder hen|of those|of them|of these|of which|hetzelfde|dezelfde|"
                   r"the same|same|"
                   r"daar|deze|those|these)\b|" + _NOT_EXISTENTIAL + r"\bthere\b", re.I)
_FILLER = {"how", "many", "much", "hoeveel", "welke", "welk", "which", "those", "them", "these", "en", "and", "of", "or", "what", "about", "how", "wat", "met", "dan", "in", "voor", "for", "the", "de",
           "het", "een", "a", "an", "ook", "also", "then", "same", "idem", "maar", "but", "dat", "jaar", "year",
           "that", "er", "there", "daar", "in", "op", "bij", "at", "provincie", "province", "regio", "region",
           "is", "was", "waren", "were", "zit", "staat", "stand", "it", "het", "zo"}
_ASK_WORDS = re.compile(r"\b(?:hoeveel|welk|welke|wat|wie|waar|wanneer|waarom|hoe|how|what|which|who|where|when|"
                        r"why)\b", re.I)


def years_in(text: str) -> list[str]:
    return list(dict.fromkeys(_YEAR.findall(text)))


def own_words(fragment: str) -> list[str]:
    """What a fragment says besides years, places, figures and words that point back."""
    rest = fragment
    for start, end, _ in reversed(_place_spans(fragment)):
        rest = rest[:start] + " " + rest[end:]
    rest = _BACK.sub(" ", _YEAR.sub(" ", _MONTH.sub(" ", rest)))
    rest = re.sub(r"\d[\d.,]*\s*(?:%|procent|percent|k\s?euro|euro|miljoen|miljard|million|billion)?", " ", rest,
                  flags=re.I)
    return [w for w in re.findall(r"[^\W\d_][\w'’-]*", rest) if w.lower() not in _FILLER]


def _place_spans(text: str) -> list[tuple[int, int, str]]:
    """Where a text names a region other than Flanders as a whole: (start, end, canonical name)."""
    spans = [(m.start(), m.end(), REGION_PATTERNS[int(m.lastgroup[1:])][0]) for m in _REGION.finditer(text)]
    spans += [(m.start(), m.end(), _ADJ_MAP[m.group(0).lower()]) for m in _ADJECTIVES.finditer(text)]
    return sorted(s for s in spans if s[2] != "Vlaanderen")


def _replace_places(text: str, new: list[str]) -> str:
    spans = _place_spans(text)
    if not new or not spans:
        return text
    for (start, end, _), after in reversed(list(zip(spans, new))):
        if text[start:end].lower() in _ADJ_MAP:  # 'de Limburgse trajecten' -> 'de trajecten in Antwerpen'
            text = text[:start] + text[end:].lstrip()
            body = text.rstrip(" ?.!")
            text = f"{body} in {after}{text[len(body):]}"
        else:
            text = text[:start] + after + text[end:]
    return " ".join(text.split())


_MONTH = re.compile(rf"\b(?:{'|'.join(sorted(MONTH_NAMES))})\b", re.I)


def _replace_months(text: str, turn: str) -> str:
    """'En in december 2016?' after '... in januari 2015?': the month named takes the earlier one's place."""
    new, old = _MONTH.findall(turn), list(_MONTH.finditer(text))
    if len(new) != 1 or not old:
        return text
    return text[:old[-1].start()] + new[0] + text[old[-1].end():]


def _replace_years(text: str, new: list[str]) -> str:
    old = years_in(text)
    if not new or not old:
        return text
    if len(new) == 1 and len(old) > 1:  # 'En in 2022?' after a comparison of two years: the later one
        return re.sub(rf"\b{old[-1]}\b", new[0], text)
    for before, after in zip(old, new):
        text = re.sub(rf"\b{before}\b", after, text)
    return text


def _add_missing(text: str, base: str) -> str:
    """`text` with the years and places of `base` it does not name itself."""
    extra = [f"in {y}" for y in years_in(base) if not years_in(text)] + \
            [f"in {p}" for p in places_in(base) if not places_in(text)]
    return append(text, " ".join(extra)) if extra else text


def _point_back(fragment: str, base: str) -> str:
    """'dat jaar' / 'that year' becomes the earlier text's year ('of that year' -> 'of 2021')."""
    year = years_in(base)
    if year:
        back = r"(?:dat jaar|datzelfde jaar|hetzelfde jaar|that year|the same year)"
        fragment = re.sub(rf"\b(van|of)\s+{back}\b", rf"\1 {year[-1]}", fragment, flags=re.I)
        fragment = re.sub(rf"\b(?:in\s+)?{back}\b", f"in {year[-1]}", fragment, flags=re.I)
    return fragment


def counted_phrase(question: str) -> str:
    """The noun phrase a 'hoeveel' question counts ('AMA WSE-begeleidingsovereenkomsten'), or '': the words
    after the question word up to a verb or a preposition."""
    m = re.search(r"\b(?:hoeveel|how many|how much)\s+(.+)", question, re.I)
    if not m:
        return ""
    words = []
    for w in m.group(1).split()[:5]:
        bare = w.strip("?,.")
        if is_verb(bare) or re.fullmatch(PREPS, bare, re.I) or bare.lower() in ("er", "there") or \
                detect_lang(question) == "en" and bare.lower().endswith("ed"):
            break
        words.append(bare)
        if bare != w:
            break
    return " ".join(words) if len(words) < 5 else ""


def _without_other_side(noun: str, turn: str) -> str:
    """The earlier turn's counted phrase less the words that name the other side of a contrast the turn
    names: 'nieuwe begeleidingsovereenkomsten' asked again with 'stopgezet' are the agreements, not new ones."""
    said = set(stems(turn))
    keep = [w for w in noun.split() if not any(set(stems(w)) & mine and said & other and not said & mine
                                                for a, b in stemmed_contrasts() for mine, other in ((a, b), (b, a)))]
    return " ".join(keep)


def is_follow_up(turn: str) -> bool:
    """Does a turn lean on the one before? It opens like a follow-up, points back, or names only constraints."""
    if _LEANS.match(turn) or _BACK.search(turn):
        return True
    return not own_words(turn) and bool(years_in(turn) or places_in(turn))


# 'het jaar daarop', 'the year before': a year counted from the earlier turn's
_NEXT_YEAR = re.compile(r"\b(?:(?:in\s+)?het jaar (?:daarop|daarna|erna|nadien)|een jaar later|(?:in\s+)?the (?:year after|"
                        r"following year|next year)|a year later)\b", re.I)
_PREV_YEAR = re.compile(r"\b(?:(?:in\s+)?het jaar (?:daarvoor|ervoor|voordien)|een jaar eerder|(?:in\s+)?the (?:year before|"
                        r"previous year|preceding year)|a year earlier)\b", re.I)
_THERE = re.compile(r"\b(?:in die provincie|in dat gewest|in die regio|in that province|in that region|daar)\b|"
                    + _NOT_EXISTENTIAL + r"\bthere\b", re.I)
# 'En in Henegouwen?', 'And for Namur?': a place the region list does not know is still a place
_NAMED_PLACE = re.compile(r"^\s*(?i:en|and|what about|how about|wat met)\s+(?i:in|voor|for|at|te)\s+"
                          r"([A-ZÀ-Ý][\w'-]+(?:[\s-][A-ZÀ-Ý][\w'-]+)?)\s*\??\s*$")
# 'En voor collectief maatwerk?', 'And on the wage premiums?': a phrase that takes the place of the earlier one
_PHRASE = re.compile(r"^\s*(?:en|and|what about|how about|wat met)\s+((?:voor|met|bij|op|van|aan|for|on|with|at|of|to)\s+.+?)"
                     r"\s*\??\s*$", re.I)


_SAME_PREP = {p: group for group in (["voor", "for"], ["op", "on"], ["met", "with"], ["bij", "at"], ["van", "of"],
                                      ["aan", "to"]) for p in group}


def _relative_years(turn: str, years: list[str]) -> str:
    if years:
        last = int(years[-1])
        turn = _NEXT_YEAR.sub(f"in {last + 1}", turn)
        turn = _PREV_YEAR.sub(f"in {last - 1}", turn)
    return turn


def _swap_phrase(earlier: str, phrase: str) -> str:
    """`earlier` with the phrase that opens with the same preposition as `phrase` replaced by it (up to the next
    year, place, bracket or question mark), or with `phrase` added."""
    prep = phrase.split()[0].lower()
    prep = "|".join(_SAME_PREP.get(prep, [prep]))  # 'And for X?' after a Dutch question with 'voor Y'
    m = None
    for m in re.finditer(rf"\b(?:{prep})\s+(.+?)(?=\s+(?:in\s+(?:19|20)\d\d|{PREPS}\s)|\s*[?.]?\s*$)", earlier, re.I):
        pass
    if m is None:  # 'met een advies X' after 'een advies Y': the phrase from its first content word
        rest = phrase.split(maxsplit=1)[1] if len(phrase.split()) > 1 else ""
        key = next((w for w in rest.split() if len(w) >= 4), "")
        k = re.search(rf"\b(?:(?:een|de|het|the|a|an)\s+)?{re.escape(key)}\b.*?(?=\s+(?:in\s+(?:19|20)\d\d|{PREPS}\s)|"
                      rf"\s*[?.]?\s*$)", earlier, re.I) if key else None
        if k:
            return earlier[:k.start()] + rest + earlier[k.end():]
        named = _named_item(earlier, rest)
        if named:  # 'En van lorazepam?' after 'Hoeveel verpakkingen zolpidem ...': the other item, same count
            return earlier[:named.start()] + rest + earlier[named.end():]
        return append(earlier, phrase)
    end = m.end()
    bracket = re.match(r"\s*\([^)]*\)", earlier[end:])  # '(collectief maatwerk)' belongs to the phrase replaced
    end += bracket.end() if bracket else 0
    # 'voor doelgroepwerknemers in collectief maatwerk' replaces as many phrases of the earlier question:
    # 'voor doelgroepwerknemers in de lokale diensteneconomie', not only its first
    for _ in re.findall(rf"\s{PREPS}\s", " ".join(phrase.split()[1:]), re.I):
        more = re.match(rf"\s+(?!in\s+(?:19|20)\d\d){PREPS}\s+.+?(?=\s+(?:in\s+(?:19|20)\d\d|{PREPS}\s)|\s*[?.]?\s*$)",
                        earlier[end:], re.I)
        if not more:
            break
        end += more.end()
    own_prep = earlier[m.start():].split()[0]  # the earlier question's language keeps its own preposition
    return earlier[:m.start()] + " ".join([own_prep, *phrase.split()[1:]]) + earlier[end:]


_PRONOUN = re.compile(r"\b(voor|met|bij|van|aan|for|with|at|of|to)\s+(?:hen|hun|hem|haar|them|him|her)\b", re.I)


def _pronoun_back(turn: str, earlier: str) -> str:
    """'bij hen' / 'for them' is what the earlier question named after the same preposition ('bij de OCMW's')."""
    m = _PRONOUN.search(turn)
    if not m:
        return turn
    prep = "|".join(_SAME_PREP.get(m.group(1).lower(), [m.group(1).lower()]))
    said = None
    aux = "|".join(sorted(_AUX))
    for said in re.finditer(rf"\b(?:{prep})\s+(.+?)(?=\s+(?:in\s+(?:19|20)\d\d|{PREPS}\s|(?:{aux})\b)|\s*[?.,]?\s*$)",
                            earlier, re.I):
        pass
    if said is None:
        return turn
    return turn[:m.start()] + m.group(1) + " " + said.group(1) + turn[m.end():]


def _named_item(earlier: str, new: str) -> re.Match | None:
    """In the earlier counted phrase, the one word no dictionary knows that follows a noun it knows
    ('verpakkingen zolpidem'), when the turn names another such word ('lorazepam'): a list's item."""
    if len(new.split()) != 1 or is_known_word(new):
        return None
    words = counted_phrase(earlier).split()
    names = [w for k, w in enumerate(words) if k and not is_known_word(w) and is_known_word(words[k - 1])]
    return re.search(rf"\b{re.escape(names[0])}\b", earlier) if len(names) == 1 else None


def _head(word: str) -> str:
    """The stem of a word's last part: Dutch compounds are right-headed ('VAK-begrotingsuitvoering')."""
    found = stems(word.split("-")[-1])
    return found[0] if found else word.split("-")[-1].lower()


def _swap_head(earlier: str, phrase: list[str]) -> str | None:
    """`earlier` with the words that end in the same noun as `phrase` replaced by it ('de VAK-
    begrotingsuitvoering' and 'VEK-uitvoering'; 'commitment credits' and 'payment credits'), or None when no
    earlier word has that head."""
    if not phrase or len(phrase) > 4:
        return None
    head = _head(phrase[-1])
    tokens = list(re.finditer(r"[\w'’-]+", earlier))
    for n in range(len(tokens) - 1, -1, -1):
        other = _head(tokens[n].group(0))
        if len(head) >= 4 and (other == head or len(other) > len(head) and other.endswith(head)):
            first = n
            while first > n - (len(phrase) - 1) and first > 0 and tokens[first - 1].group(0).lower() not in _FILLER \
                    and not _YEAR.fullmatch(tokens[first - 1].group(0)):
                first -= 1
            return earlier[:tokens[first].start()] + " ".join(phrase) + earlier[tokens[n].end():]
    return None


def resolve(turn: str, earlier: str, years: Sequence[str] = ()) -> str | None:
    """The full question a follow-up stands for, read against the earlier (resolved) question; None when the
    turn stands on its own. `years`: the years of the earlier answer, for 'dat jaar' when the earlier question
    named none ('Wanneer startte de maatregel?' ... 'Welk budget was er dat jaar?')."""
    turn = " ".join(turn.split())
    if not earlier or not is_follow_up(turn) and not _NEXT_YEAR.search(turn) and not _PREV_YEAR.search(turn):
        return None
    known = years_in(earlier) or list(years)
    turn = _relative_years(turn, known)
    place = _NAMED_PLACE.match(turn)
    spans = _place_spans(earlier)
    # a place the region list does not know; 'En voor Individueel Maatwerk?' after a question with no place
    # names another topic, not a place
    if place and not places_in(turn) and (spans or re.match(r"\s*\S+\s+(?:in|te|at)\b", turn, re.I)):
        if spans:
            return earlier[:spans[0][0]] + place.group(1) + earlier[spans[0][1]:]
        return append(earlier, f"in {place.group(1)}")
    mine = own_words(turn)
    if not mine:  # only constraints: the earlier question with them replaced
        text = _replace_places(_replace_years(_replace_months(earlier, turn), years_in(turn)), places_in(turn))
        if years_in(turn) and not years_in(earlier):
            text = _add_missing(text, turn)
        if places_in(turn) and not places_in(earlier):
            text = _add_missing(text, turn)
        return text if text != earlier else None
    swapped = same_preposition(turn, earlier)
    if swapped:  # 'En boven Syrië?' after '... boven Irak uit ...'
        return swapped
    phrase = _PHRASE.match(turn)
    if phrase and not _ASK_WORDS.search(turn):  # 'En voor collectief maatwerk?': the earlier question, other topic
        return _swap_phrase(earlier, phrase.group(1))
    if not _ASK_WORDS.search(turn) and not any(is_verb(w) for w in mine):
        text = _replace_places(_replace_years(earlier, years_in(turn)), places_in(turn))
        swapped = _swap_head(text, mine) or _swap_modifier(text, mine)  # 'En de VEK-uitvoering?' after '... de
        if swapped:  # VAK-begrotingsuitvoering ...'; 'En gerechtelijke?' after 'Hoeveel bestuurlijke aanhoudingen'
            return swapped
    # a question of its own ('Hoeveel werden er dat jaar beëindigd?'): it keeps what it says and inherits the rest;
    # 'hoeveel van hen' counts the earlier turn's noun, like 'hoeveel daarvan' (not 'van' + the earlier 'van X')
    turn = re.sub(r"(?i)^(\s*(?:en\s+|and\s+)?(?:hoeveel|how many|how much))\s+(?:van hen|onder hen)\b", r"\1 daarvan", turn)
    text = _pronoun_back(_point_back(turn, earlier if years_in(earlier) else " ".join(known)), earlier)
    places = places_in(earlier)
    if places:
        text = _THERE.sub(f"in {places[0]}", text)
    elif (where := named_place(earlier)) is not None:  # 'there' after '... at Beschut Wonen': that body
        text = _THERE.sub(where, text)
    text = re.sub(r"^\s*(?:en|and|maar|but)\s+", "", text, flags=re.I)
    text = text[:1].upper() + text[1:]
    noun = _without_other_side(counted_phrase(earlier), text)
    ask = re.match(r"(?i)(hoeveel|how many|how much)\s+(?:(?:daarvan|ervan|er|van hen|onder hen|"
                   r"of (?:those|them|these))\s+)?(\w+)", text)
    verb = ask and (is_verb(ask.group(2)) or detect_lang(text) == "en" and ask.group(2).lower().endswith("ed"))
    if noun and verb:  # 'hoeveel werden er ...', 'how many ended': counts what the earlier turn counted
        text = f"{text[:ask.end(1)]} {noun} {text[ask.start(2):]}"
    return add_named(_add_missing(text, earlier if years_in(earlier) else f"{earlier} {' '.join(known)}"), earlier)


def _swap_modifier(earlier: str, words: list[str]) -> str | None:
    """'En gerechtelijke?' after 'Hoeveel bestuurlijke aanhoudingen ...': an inflected Dutch adjective alone
    takes the place of the earlier counted noun's adjective ('gerechtelijke aanhoudingen'); None otherwise."""
    phrase = counted_phrase(earlier).split()
    if len(words) != 1 or not words[0].lower().endswith("e") or len(phrase) < 2:
        return None
    modifiers = [w for w in phrase[:-1] if w.lower().endswith("e") and w[:1].islower()]
    if len(modifiers) != 1:
        return None
    return re.sub(rf"\b{re.escape(modifiers[0])}\b", words[0].lower(), earlier, count=1)


_AUX = {"werden", "werd", "zijn", "waren", "is", "was", "were", "are", "hebben", "heeft", "had", "have", "has",
        "did", "do", "does", "wordt", "worden", "zal", "zullen", "will", "kwamen", "kwam", "gingen", "ging"}


def is_verb(word: str) -> bool:
    """An auxiliary or a finite verb right after 'hoeveel': the question names no counted noun."""
    from .verbs import is_finite_verb

    return word.lower() in _AUX or is_finite_verb(word)
