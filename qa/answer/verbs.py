"""Dutch verbs in questions: finite forms that count nothing, and separable verbs split from their particle.

'Met hoeveel euro namen de vorderingen toe?' asks about 'toenemen', not about 'namen'; 'Hoeveel reizigers
stappen op?' is said by a document's 'opstappende reizigers'. simplemma's dictionary tells which joins are verbs.
"""

from __future__ import annotations

import re

from ..text import is_known_word, lemma, stems


def is_finite_verb(word: str) -> bool:
    """'stijgt', 'daalde', 'kreeg': a word whose dictionary form is an infinitive it is not, and which is not a
    plural noun ('-en', '-s'); 'tot hoeveel stijgt ...' counts nothing."""
    word = word.lower()
    base = lemma(word)
    if word.endswith(("ten", "den")) and base != word and _single(word[:-3] + "en") == _single(base):
        return True  # a weak past plural, stem + 'ten': 'werkten' is 'werken', 'daalden' 'dalen' ('leden' is no verb)
    return base != word and base.endswith("n") and not word.endswith(("en", "s"))  # gaan: ging


def _single(word: str) -> str:
    """Long vowels written once: 'daalen' and 'dalen' are one form."""
    return re.sub(r"([aeou])\1", r"\1", word)


# a separable verb's particle closing the clause: 'namen ... toe (van 2014 op 2015)', 'bleef ... over', 'trok ... uit'
PARTICLE_END = re.compile(r"\b(toe|af|op|uit|over|terug|mee|bij|in|aan)\b(?=\s*[?.!]?\s*$|\s+(?:van|in|tussen|sinds|vanaf|"
                          r"tot|naar|met|tegenover|ten opzichte|tegen|aan|voor|door|bij|op|per|om|na)\b)", re.I)


def separable_forms(text: str) -> dict[str, list[str]]:
    """Stem of a verb split from its particle -> stems of the joined verb: 'stappen ... op' is said by
    'opstappende', 'dienden ... in' by 'ingediend' (the documents are stemmed with their dictionary forms too)."""
    particle = PARTICLE_END.search(text)
    if not particle:
        return {}
    out: dict[str, list[str]] = {}
    for w in re.findall(r"[^\W\d_]{3,}", text[:particle.start()]):
        if _joins(particle.group(1), w) and stems(w):
            joined = (particle.group(1) + w).lower()
            out[stems(w)[0]] = list(dict.fromkeys(stems(joined) + stems(lemma(joined))))
    return out


def deed_stems(text: str) -> set[str]:
    """Stems of the nouns that name what a question's participles did ('toegewezen': 'toewijzingen',
    'aangevraagd': 'aanvragen'): a column counting those deeds counts what the question asks."""
    out: set[str] = set()
    for w in re.findall(r"\b[^\W\d_]{6,}\b", text):
        base = lemma(w.lower())
        if base != w.lower() and base.endswith("en") and re.match(r"(?:ge|\w{2,4}ge)\w", w.lower()):
            out.update(stems(base[:-2] + "ing"))
    return out


def separable_verb(word: str, particle: str, following: str) -> bool:
    """The finite verb of a separable verb whose particle closes the clause: particle and word make a verb
    ('toe' + 'nam' is 'toenemen'), or the word is followed by the subject's article ('namen de vorderingen')."""
    return _joins(particle, word) or (
        following.lower() in ("de", "het", "er", "die", "deze") and word.islower() and len(word) >= 3)


def _joins(particle: str, word: str) -> bool:
    """Particle and word make one Dutch verb: 'in' + 'dienden' ('indienen'), 'op' + 'stappen'."""
    joined = (particle + word).lower()
    base = lemma(joined)
    return base != joined and base.endswith("en") or is_known_word(joined)


def is_verb_form(word: str) -> bool:
    """'begroot', 'gepland', 'beëindigd': a form of a verb, not a noun."""
    base = lemma(word.lower())
    return base != word.lower() and base.endswith("en") and not word.lower().endswith(("s", "en")) \
        or is_participle(word)


def is_participle(word: str) -> bool:
    """'uitgegeven', 'besteed', 'gerealiseerd': a past participle (ge-, a particle and -ge-, or an unstressed prefix
    that takes no ge-: 'besteed', 'betaald', 'verwacht', 'ontvangen')."""
    low = word.lower()
    base = lemma(low)
    return base != low and base.endswith("en") and bool(re.match(r"(?:ge|\w{2,4}ge|be|ver|ont|her)\w{3,}", low))


# 'Hoeveel dossiers werden', 'Hoeveel van die aanvragen zijn': the main clause's auxiliary, right after what is counted
_AUXILIARY = re.compile(r"^\s*hoeveel\s+(?:[^\W\d_]+\s+){0,4}?(?:werd|werden|wordt|worden|is|zijn|waren|was)\b", re.I)


def asked_participle(text: str) -> str | None:
    """The participle of a Dutch passive question, wherever it stands ('Hoeveel dossiers werden er in 2022
    ingediend voor de premie?'): what was done with the things counted; not a relative clause's ('de projecten
    die in 2023 werden goedgekeurd')."""
    aux = _AUXILIARY.search(text)
    if not aux:
        return None
    return next((w for w in re.findall(r"[^\W\d_]{6,}", text[aux.end():]) if w.islower() and is_participle(w)), None)


def says_deed(text: str, participle: str) -> bool:
    """Does a sentence say the deed of a participle: the participle, another form of its verb, the verb split from
    its particle ('dienden ... in' for 'ingediend') or its noun ('indiening')?"""
    base = lemma(participle.lower())
    root = base[:-2] if base.endswith("en") else base
    own = stems(participle)
    for w in re.findall(r"[^\W\d_]+", text.lower()):
        if lemma(w) == base or set(stems(w)) & set(own) or len(root) >= 5 and w.startswith(root):
            return True
        for particle in ("in", "uit", "op", "af", "toe", "aan", "door", "mee", "over", "terug", "goed", "vast", "bij"):
            if base.startswith(particle) and lemma(w) == base[len(particle):] and re.search(rf"\b{particle}\b", text):
                return True
    return False


def names_deed(word: str) -> bool:
    """A participle, or one of a verb in -eren the dictionary may lack ('gecontroleerde', 'geregistreerd')."""
    return is_participle(word) or bool(re.fullmatch(r"(?:\w{2,4})?ge\w{3,}eerde?", word.lower()))

