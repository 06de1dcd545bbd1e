"""Words that mean the same in the documents' register: a question may use one, the document another."""

from __future__ import annotations

from functools import lru_cache

from ..text import stems


# Dutch words that say the same thing in the documents' register: a question may use one, the document another
_SYNONYMS = [
    "extra bijkomende aanvullende additionele",
    "mensen personen",
    "kosten uitgaven",
    "uitgegeven besteed bestede realisatie gerealiseerd uitvoering",  # 'De uitvoering ... bedroeg 4.483 keuro VEK'
    "gewond gewonde gewonden verwond verwonde verwonden",
    "doorlooptijd doorlooptijden behandeltijd behandeltermijn behandelingstermijn behandelingstijd",
    "raming schatting geraamd geschat",
    "aanvragen verzoeken",
    "medewerkers personeelsleden werknemers personeel",
    "beëindigd beëindigde beëindiging stopgezet stopgezette stopzetting",
    "opgestart opgestarte opstart gestart gestarte begonnen",
    "overtreding overtredingen inbreuk inbreuken",
    "uitgeschreven opgesteld",
    "overleden overleed stierven stierf gestorven omgekomen",
    "rechtstreeks rechtstreekse direct directe",
    "onrechtstreeks onrechtstreekse indirect indirecte",
    "aangenomen aangeworven aanwerving aanwervingen aangeworvenen",
    "opgericht oprichting opgezet opzetten",
    "getraind training opgeleid opleiding",
    "geraadpleegd raadpleging raadplegingen opzoeking opzoekingen bevraging bevragingen consultatie",
    "geweigerd geweigerde weigering weigeringen afgewezen afgewezene afwijzing afwijzingen",
    "enquête enquêtes bevraging bevragingen",
    "openbare publieke publiek",  # not "openbaar": its stem is "open"
    "maximum maximale maximaal plafond bovengrens",
    "budget budgetten begroot begrote gereserveerd uitgetrokken voorzien opzijgezet opzijgelegd",  # 'een bedrag voorzien van 5.512 k euro'
    "locatie locaties vestigingsplaats vestigingsplaatsen",  # not 'vestiging': its stem is 'vest'
    "probleem problemen knelpunt knelpunten moeilijkheden",
    "woning woningen woongelegenheid woongelegenheden wooneenheid wooneenheden",
    "museum musea", "centrum centra", "criterium criteria",  # Latin plurals the stemmer keeps apart
    "opgevangen ontvangen",  # 'mensen per jaar ontvangen' in an arbeidszorginitiatief: taken in
]
# heads of compounds that mean the same there, though not alone ('fietsparkeerplekken' / 'fietsparkeerplaatsen';
# 'plaats' alone is also the place where something 'vond plaats')
_HEADS = ["plek plekken plaats plaatsen", "auto autos auto's wagen wagens",  # 'deelauto's' / 'deelwagens'
          "stijging stijgingen verhoging verhogingen"]  # 'prijsverhoging' / 'prijsstijging'


@lru_cache(maxsize=2)
def _synonym_map(heads: bool = False) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in _SYNONYMS + (_HEADS if heads else []):
        group = list(dict.fromkeys(s for w in line.split() for s in stems(w)))
        for s in group:  # a word of two groups ('bevraging') means what either says
            out[s] = list(dict.fromkeys(out.get(s, []) + [t for t in group if t != s]))
    return out


def synonyms(stem: str) -> list[str]:
    """Stems of words that mean the same as `stem` (see _SYNONYMS)."""
    return _synonym_map().get(stem, [])


def head_synonyms(stem: str) -> list[str]:
    """The compound `stem` with its head said by a synonym ('personeelskost': 'personeelsuitgav'): the documents
    may write the compound a question uses with another head that means the same."""
    table = _synonym_map(True)
    return list(dict.fromkeys(stem[:i] + t for i in range(3, len(stem) - 2) for t in table.get(stem[i:], [])))
