"""Where a document says what it is about: its first line when that is a header, and the title lines a report
prints under its letterhead, above its first numbered section."""

from __future__ import annotations

import re


def header_line(text: str) -> str:
    """A document's first line when it is a header ('Schriftelijke vraag nr. 190024 ... — antwoord van de Minister
    van Middenstand, Zelfstandigen, KMO's en Landbouw'): it names the answering minister, no list of items."""
    end = text.find("\n")
    return text[:end] if 0 < end <= 500 else ""


def front_matter(text: str) -> str:
    """The few short lines above a report's first numbered section ('Vlaamse overheid / Departement ... / Jaarverslag
    en evaluatie van de subsidieregeling / voor speelpleinwerking - werkjaar 2023 / 1. Inleiding'): its title,
    whatever line the letterhead puts first. The letterhead's own lines (the body, the place and date, 'ingediend
    bij het Vlaams Parlement') are no title. Empty when no numbered section or paragraph of prose opens within them."""
    lines = text[:900].split("\n")[:10]  # (a written question's letterhead names its date, member and minister)
    for n, line in enumerate(lines):
        wrapped = len(line) >= 70 and n + 1 < len(lines) and re.match(r"\s*[a-zà-ÿ]", lines[n + 1])
        # a whole sentence under a letterhead set as one block ('Wie een stadscentrum bezoekt, zoekt ... een openbaar
        # toilet.'); not one under a blank line, where a list of items may open ('=== [1] ... | Proefprojecten')
        sentence = len(line) >= 60 and line.rstrip().endswith(".") and all(x.strip() for x in lines[:n])
        if re.match(r"\s*1[.)]?\s+[A-ZÀ-Ý]", line) or (wrapped or sentence) and n:  # or the first paragraph of
            # prose (a written question's 'Repaircafés zijn ...' under its title 'Repaircafés – Stand van zaken')
            return _title_lines(lines[:n])
    return ""


def _title_lines(front: list[str]) -> str:
    """The front matter's lines less the letterhead's; empty when one is too long for a title."""
    if not all(len(x) <= 90 for x in front):
        return ""
    return " ".join(x for x in front if not _LETTERHEAD.search(x))


# a letterhead's line: the body that sends the report, or its place and date ('Brussel, 15 mei 2024')
_LETTERHEAD = re.compile(r"^\s*(?:van|from)\s|\b(?:zitting|departement|afdeling|agentschap|overheid|ministerie|kabinet|dienst|minister|"
                         r"parlement|directie|entiteit)\b|\b\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|"
                         r"augustus|september|oktober|november|december)\s+(?:19|20)\d\d\b", re.I)
