"""Whether a word of a question is said by a set of stems: spelling variants, compounds and their parts.

Dutch writes compounds closed ('netwerkpleegzorgsituaties', 'taalopleidingen'), so a question's word may be
said by a label in parts, by its head alone, or not at all when its first part names another cell. Kept apart
from the verification (verify.py) that applies it to a fact's labels.
"""

from __future__ import annotations

import re
import unicodedata


def plain(word: str) -> str:
    """A stem without accents and with its final consonant unvoiced: 'handhygiëne' is 'handhygiene'."""
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    # Dutch spells one stem several ways: a final voiced consonant unvoiced and a long vowel doubled
    # ('verlof' / 'verloven', stemmed 'verloof'; 'dag' / 'dagen', stemmed 'daag')
    word = re.sub(r"([aeou])\1", r"\1", word)
    return word[:-1] + {"v": "f", "z": "s"}[word[-1]] if word[-1:] in ("v", "z") else word


def plain_set(words: set[str]) -> set[str]:
    return {plain(w) for w in words}


COMPOUND_VOCAB = 2500  # distinct stems: about ten pages of text


# the particle of a separable verb, alone in a question ('keurde ... goed') and in front in a participle ('goedgekeurd')
_PARTICLES = frozenset({"goed", "vast", "terug", "toe", "mee", "uit", "door", "over", "samen", "weg", "bij"})


def term_in(term: str, words: set[str], agents: bool = True) -> bool:
    """A stem is said by a set of stems, compounds included ('warmtepomp' in 'warmtepompen', 'fiets' in
    'fietspad' only when the part is long enough to mean something). With `agents` False, the one who does a
    thing is not the thing done: 'aanvragers' file 'aanvragen', which a label that names other items must keep
    apart; as words a text says around a figure they are one topic."""
    term = plain(term)
    if term in words:
        return True
    if not agents:
        agent_forms = ({term + "er"} | ({term[:-2]} if term.endswith("er") else set())) & words
        # nor the thing a deed is done with: 'gevaccineerd' is no item 'vaccins' (the participle holds the noun)
        agent_forms |= {w for w in words if term.startswith("ge") and len(w) >= 4 and term[2:].startswith(w)}
        words = words - agent_forms if agent_forms else words
    if term in _PARTICLES and any(w.startswith(term) and len(w) >= len(term) + 3 and w[len(term)] not in "aeiouy"
                                  for w in words):  # 'goedkeur', not 'goederen'
        return True  # 'keurde ... goed' is said by 'goedgekeurde' (stem 'goedkeur'), 'stelden ... vast' by 'vastgesteld'
    core = term[:-1] if len(term) >= 8 else term  # the stemmer trims some compounds one letter shorter
    for w in words:
        if _negated(term, w) or _negated(w, term):
            continue  # 'onvolledig' is the opposite of 'volledig', not a compound of it
        if (len(term) >= 5 and core in w) or (len(w) >= 5 and w in term and len(w) >= len(term) - 4):
            return True
        if len(term) >= 3 and len(w) >= len(term) + 4 and (w.endswith(term) or len(term) >= 5 and term[-1] == "e"
                                                             and w.endswith(term[:-1])):
            return True  # a short word as the head of a compound: 'dagen' in 'werkloosheidsdagen', 'boete' in
            # 'verkeersboet' (the stemmer drops a compound's final e, not a word's)
    if term.endswith("isch") and len(term) >= 8 and any(w.startswith(term[:-4]) and len(w) <= len(term) - 1 for w in words):
        return True  # the adjective of a name: 'belgisch' by 'belgie', 'economisch' by 'economie'
    # a compound split by two words said anywhere proves little in a long text: 'werkervaringsstage' is not said
    # by 'werkervaring' on page 20 and 'stage' on page 90
    return len(words) <= COMPOUND_VOCAB and compound_in(term, words, strict=len(words) > _NEAR_WORDS)


def head_in(term: str, paths: set[str], caption: set[str]) -> bool:
    """A compound one part of which labels the cell and the other the table's caption: 'begrotingsaanpassing'
    is the column '1e aanpassing' of a table captioned 'begroting 2024'; 'taalopleidingen' the column 'Talen'
    of a table of vouchers 'per opleidingsdomein'."""
    term = plain(term)
    if len(term) < 9:
        return False
    for k in range(3, len(term) - 3):
        left, right = term[:k], term[k:]
        right = right[1:] if right.startswith("s") and not any(w.startswith(right) for w in paths) else right
        if len(right) < 4:
            continue
        if k >= 4 and any(w.startswith(right) for w in paths) \
                and any(w.startswith(left) or len(w) >= 5 and left.startswith(w) for w in caption):
            return True
        if left in paths and any(w.startswith(right) or len(w) >= 6 and right.startswith(w) for w in caption):
            return True
    return False


def dimension_part(term: str, labels: set[str], table_words: set[str]) -> str | None:
    """A label of the table (six letters or more) that a compound of the question opens with, the rest a word of
    its own: 'netwerkpleegzorgsituaties' holds the column group 'Netwerkpleegzorg'. Its head ('terreinen' of
    'bedrijventerreinen') is what is counted, and names no value of a dimension."""
    term = plain(term)
    for w in sorted(labels, key=len, reverse=True):  # a whole label, not a word of one ('schuld' of 'gemiddelde schuld')
        if len(w) >= 6 and len(term) >= len(w) + 4 and term.startswith(w):
            rest = term[len(w):]
            rest = rest[1:] if rest.startswith("s") else rest
            if any(v.startswith(rest[:5]) or rest.startswith(v) and len(v) >= 4 for v in table_words):
                return None  # 'subsidiedossiers' over 'Subsidie' and 'Dossiers' columns: its other part is one too
            return w
    return None


def kind_elsewhere(term: str, paths: set[str], table_words: set[str]) -> bool:
    """A compound of the question whose head alone labels the cell, while its first part labels another cell
    of the table: 'taalopleidingen' is the column 'Talen', not 'Technische opleidingen'."""
    term = plain(term)
    for w in paths:
        if 5 <= len(w) < len(term) and term.endswith(w):
            part = term[:-len(w)]
            part = part[:-1] if part.endswith("s") and len(part) > 4 else part  # the linking s ('bedrijfs')
            if len(part) >= 3 and part in table_words and part not in paths:
                return True
    return False


def _negated(word: str, other: str) -> bool:
    """`other` is `word` with the negating prefix 'on-' ('volledig', 'onvolledig'; 'bekend', 'onbekend')."""
    return len(word) >= 4 and other.endswith("on" + word) and (len(other) == len(word) + 2 or other[:-len(word) - 2]
                                                               .endswith(("s", "e")))


_NEAR_WORDS = 60  # stems: a label and its sentence; more is a frame of several passages


def compound_in(term: str, words: set[str], strict: bool = False) -> bool:
    """'arbeidszorgcontingent' is said by 'arbeidszorg' and 'contingent': both parts (4+ letters) are words, or
    stems of them ('verlengingsperiode' by 'verlengt' and 'periode'); the first part may open a compound of the
    words ('rolstoel' of 'rolstoeltoegankelijk'), unless `strict` (words of a wide frame, where such a compound is
    as likely about something else)."""
    if len(term) < 9:  # plain form: 'staatsveiligheid' is 'statsveil'
        return False
    for k in range(4, len(term) - 2):
        left, right = term[:k], term[k:]
        bare = right[1:] if right.startswith("s") else right  # the linking s of 'verlengingsperiode'
        if len(right) == 3 and (k < 6 or right not in words):
            continue  # a three-letter head only as a word of its own, after a long first part ('deelstep|rit')
        # the first part as a word (or its stem); in a wide frame not as the first part of another compound
        # ('dienstencontract' two sections away does not say 'diensten' of 'diensteneconomie')
        if any(w.startswith(left) and (not strict or len(w) - len(left) <= 3)
               or (len(w) >= 5 and (left.startswith(w) or plain(left[:len(w)]) == w)) for w in words) and any(
                w.startswith(right) or w == bare or (len(w) >= 5 and bare.startswith(w)) for w in words):
            return True
    return False


def said_apart(term: str, words: set[str]) -> bool:
    """A compound whose head and first part the labels say as words of their own ('opvangplaatsen': 'plaatsen
    in de kinderopvang'; the first part may head a compound of its own there). Plain forms, parts of 4+ letters."""
    term = plain(term)
    for k in range(4, len(term) - 3):
        first, head = term[:k], term[k:]
        first = first[:-1] if first.endswith("s") and len(first) > 4 else first  # the linking s
        if head in words and any(w == first or len(w) > len(first) and w.endswith(first) for w in words):
            return True
    return False


def joined_with(term: str, others: list[str], words: set[str]) -> bool:
    """A compound of the question whose first part a label joins to another word of the question: 'toegankelijk
    voor rolstoelgebruikers' is the column 'rolstoeltoegankelijk'. Plain forms, a first part of 4+ letters."""
    term = plain(term)
    for other in {plain(o) for o in others if len(o) >= 5}:
        for w in words:
            first = w[:-len(other)] if w.endswith(other) else ""
            first = first[:-1] if first.endswith("s") and len(first) > 5 else first  # the linking s
            if len(first) >= 4 and term.startswith(first) and len(term) >= len(first) + 4:
                return True
    return False

