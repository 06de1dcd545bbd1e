"""What a compound measures of the noun it opens with: 'tolkuren' are hours and 'projectkosten' money, so a cell
labelled so is no count of tolken or projecten."""

from __future__ import annotations

import re

from ..models import Fact
from .wordparts import plain

_WORDS = (r"uren|uur|ur|dagen|kosten|budget|budgetten|bedrag|bedragen|premies?|subsidies?|vergoedingen|vergoeding|prijs|"
          r"prijzen|tijd|duur|aandeel|percentage|graad")  # ('ur': 'uur' with its vowel written once, as plain() does)
MEASURED = re.compile(rf"(?:s|en|e)?(?:{_WORDS})")  # the rest of a compound after the noun it measures
# at a label word's end, hours only as 'uren': 'cultuur', 'natuur' and 'structuur' end in 'uur' too
_MEASURED_END = re.compile(rf"(?<=[a-z])(?:{_WORDS.replace('|uur|ur|', '|')})$")


def measured_of(counted: str, fact: Fact) -> bool:
    """A table cell's caption or headers name a measure of what is counted ('Gepresteerde tolkuren' for 'tolken'):
    the cell is that measure, not a count of them."""
    counted = plain(counted)
    if len(counted) < 4:
        return False
    words = re.findall(r"[^\W\d_]+", " ".join([fact.caption, *fact.row_path, *fact.col_path]).lower())
    for w in words:
        m = _MEASURED_END.search(w)
        whole = w[:m.start()] if m else ""  # 'gids' of 'gidsuren', 'project' of 'projectenkosten'
        for of in {whole, re.sub(r"(?:s|en|e)$", "", whole)}:  # what the compound measures
            if len(of) >= 4 and (counted.startswith(of) or counted.endswith(of) or of.endswith(counted)):
                return True  # 'erfgoedgidsen' counted, 'gidsuren' labelled
    return False
