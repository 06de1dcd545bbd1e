"""Idioms a question may use for a deed the documents name plainly ('kregen groen licht' for 'werden
goedgekeurd'): the question is read with the plain words, and the answer says so (read_as)."""

from __future__ import annotations

import re

# 'kregen in 2023 groen licht', 'hebben groen licht gekregen', 'got the green light', 'were given the go-ahead'
_GREEN_LIGHT_NL = re.compile(r"\b(?:kregen|krijgen|kreeg|krijgt|hebben|heeft|hadden|had)\s+((?:[\w.-]+\s+){0,4}?)"
                             r"(?:het\s+)?groen\s+licht(?:\s+gekregen)?\b", re.I)
_GREEN_LIGHT_EN = re.compile(r"\b(?:got|get|gets|received|were\s+given|was\s+given|have\s+been\s+given|has\s+been\s+given)"
                             r"\s+((?:[\w.-]+\s+){0,4}?)the\s+(?:green\s+light|go-ahead)\b", re.I)


# 'legden ... op tafel voor', 'put ... on the table': paid or contributed, which the amount's unit says
_ON_THE_TABLE = re.compile(r"\b((?:legden|legde|leggen|legt|leg|gelegd|put|puts|putting)\s+(?:[\w.-]+\s+){0,6}?)"
                           r"(?:op\s+(?:de\s+)?tafel|on\s+the\s+table)\b", re.I)


# 'vonden er ... plaats', 'plaatsvonden': there were ('plaats' is no word a document has to say)
_TOOK_PLACE = re.compile(r"\b(vond|vonden|vindt|vinden)\b((?:\s+[\w.-]+){0,8}?)\s+plaats\b|\bplaats(vond|vonden|vindt|vinden)\b",
                         re.I)
_BE = {"vond": "was", "vonden": "waren", "vindt": "is", "vinden": "zijn"}


# 'is gezakt tot 38 dagen': fell to (not 'zakten voor hun examen', failed)
_SANK = re.compile(r"\b(gezakt|zakte|zakten|zakt)(\s+(?:tot|naar|met)\s)", re.I)
_FELL = {"gezakt": "gedaald", "zakte": "daalde", "zakten": "daalden", "zakt": "daalt"}


def plain_words(text: str) -> str:
    """The question with its idioms in the documents' plain words; unchanged when it has none."""
    text = _SANK.sub(lambda m: _FELL[m.group(1).lower()] + m.group(2), text)
    text = _TOOK_PLACE.sub(lambda m: _BE[m.group(1).lower()] + m.group(2) if m.group(1) else _BE[m.group(3).lower()],
                           text)
    text = _ON_THE_TABLE.sub(lambda m: m.group(1).rstrip(), text)
    text = _GREEN_LIGHT_NL.sub(lambda m: f"werden {m.group(1)}goedgekeurd", text)
    return _GREEN_LIGHT_EN.sub(lambda m: f"were {m.group(1)}approved", text)
