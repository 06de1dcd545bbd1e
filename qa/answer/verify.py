"""Verify that a fact answers a question before its number is given.

A number is an answer only when the question's specific terms are the
fact's own: each content word of the question must be said by the fact's
description (row and column paths, caption, heading, measure, the words of its
row or sentence) or at least by the passage around it, and a word that labels
*other* cells of the same table (a row "waarvan nieuw", a column "Hybride
warmtepomp") must label this one too. Prose numbers must carry the counted
noun themselves ("812 dossiers goedgekeurd voor 301 organisaties": 301 counts
organisations, not dossiers). What fails is reported, so the answer can say
why it abstains.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..facts.labels import is_part_label
from ..models import Fact
from ..text import stems
from ..facts.periods import MONTH_WORDS, period_keys
from .asked import LINKING_WORDS
from .question import NEGATION_WORDS
from .verbs import is_verb_form
from .measured import MEASURED, measured_of
from .wordparts import dimension_part, head_in, joined_with, kind_elsewhere, plain, plain_set, term_in

_POINTING = re.compile(r"\b(?:deze|these|those)\s+([^\W\d]{3,})", re.I)  # not 'die', mostly a relative pronoun


def pointed_back(sentence: str, before: str) -> set[str]:
    """Compounds of the sentence before that a demonstrative and their head point back at: in 'Samen bieden
    deze sites 9.870 percelen aan', 'deze sites' is the 'volkstuinsites' just named, which the sentence
    thereby says."""
    heads = {plain(h) for m in _POINTING.finditer(sentence) for h in stems(m.group(1))}
    heads = {h for h in heads if len(h) >= 3}
    # the stemmer may cut the compound one letter shorter than the word alone ('volkstuinsit', 'site')
    return {w for w in plain_set(set(stems(before))) for h in heads
            if len(w) > len(h) + 2 and (w.endswith(h) or len(h) >= 4 and w.endswith(h[:-1]))}


NEGATED = re.compile(rf"\b(?:{NEGATION_WORDS}|zonder|without)\b", re.I)  # what a fact may say it lacks with

# words that say what kind of number is asked or how to compute it, not which one: never a reason to refuse
_GENERIC_WORDS = """aantal totaal totale bedrag totaalbedrag getal cijfer hoeveel hoog groot bedroeg bedraagt bedragen
percentage procent procentpunt procentpunten aandeel deel gemiddeld gemiddelde waarde som euro keuro jaar jaren
document documenten volgens vermeld opgegeven verschil toename afname stijging daling gestegen gedaald steeg daalde
stijgen dalen geslonken slonk slonken toegenomen afgenomen gegroeid groeide groeiden groeien groeit groei
belgie belgië belgium belgian belgische belgisch nationaal nationale national
recorded logged noted
klimmen klimt klom klommen geklommen
grow grows grew grown growth increase increased increases rise rises rose risen decrease decreased decreases fall
falls fell fallen
meer minder samen samengeteld opgeteld ongeveer proportie fractie verhouding ratio
the of and what how many much proportion fraction combined together altogether total sum""".split()
# light verbs and linking words: questions paraphrase them freely, so they decide nothing
_LIGHT_WORDS = """gaan gaat ging gingen gegaan komen komt kwam kwamen gekomen krijgen krijgt kreeg kregen gekregen
liggen ligt lag lagen gelegen geven geeft gaf gaven gegeven willen wil wilde wilden tellen telt telde telden geteld
halen haalt haalde haalden behalen behaalt behaalde behaalden behaald boeken boekt boekte boekten geboekt
hebben heeft had hadden doen doet deed deden maken maakt maakte maakten staan staat stond
stonden blijven blijft bleef bleven kosten kost kostte kostten gekost worden wordt werd werden zijn was waren
ontvangen ontvangt ontving ontvingen voorzien voorziet voorzag beschikbaar beschikbare bedroegen
daarvan waarvan hiervan waaronder daaronder
tussen binnen buiten sinds vanaf tijdens een twee drie vier vijf zes zeven acht negen tien nog ook alleen enkel miljoen miljard duizend vaak keer
keren lang lange nam namen neemt toe presteren presteert presteerde presteerden gepresteerd duren duurt duurde duurden geduurd
langer korter hoger lager groter kleiner duurder goedkoper eind einde begin midden periode end beginning period overeen min
minister ministers vorige vorig vroegere voorheen previous former vanuit naartoe doorheen inzake omtrent betreffende aangaande middels gedurende jegens rond
trekken trekt trok trokken uitgetrokken uittrekken bestaan bestaat bestond bestonden rijden rijdt reed reden rondrijden tellen
heel hele mogen mag mocht mochten kunnen kan kon konden moeten moet moest moesten zullen zal zou zouden
zeggen zegt zei zeiden gezegd voorhand vooraf vallen valt viel vielen gevallen vrijmaken vrijgemaakt vrijgemaakte
uittrekken vastleggen vastgelegd ingeschreven""".split()
GENERIC = set(stems(" ".join(_GENERIC_WORDS + _LIGHT_WORDS + LINKING_WORDS))) | set(_GENERIC_WORDS + _LIGHT_WORDS + LINKING_WORDS)


_PERIOD_WORDS = MONTH_WORDS | {"eerste", "tweede", "derde", "vierde", "first", "second", "third", "fourth", "kwartaal",
                                "kwartalen", "quarter", "semester", "trimester", "maand", "maanden", "month", "helft", "half",
                                "jaarhelft"}
PERIOD_STEMS = set(stems(" ".join(_PERIOD_WORDS))) | _PERIOD_WORDS  # periods are checked as periods


def same_sentence(a: Fact, b: Fact) -> bool:
    """Two numbers of one sentence of running text."""
    return a.source == b.source == "prose" and (a.doc, a.quote_start) == (b.doc, b.quote_start)


def initials(term: str, vocab: set[str]) -> set[str]:
    """The abbreviations a Dutch compound stem may go by: 'begrotingsuitvoer' is 'bu' (begroting +
    uitvoering), when both parts are words of the corpus, and 'vereffeningskrediet' 'vek' (the first part's
    first two letters: VAK and VEK tell vastleggings- and vereffeningskredieten apart). Tables label columns
    so ('BA 2024', 'BU 2024', 'VEK 2024')."""
    out = set()
    for k in range(4, len(term) - 3):
        left, right = term[:k], term[k:]
        if right in vocab and any(left[:n] in vocab for n in range(max(4, len(left) - 4), len(left) + 1)):
            out |= {term[0] + right[0], term[:2] + right[0]}
    return out


@dataclass
class Check:
    """Why a fact may or may not answer: the question's terms the fact lacks."""

    missing: list[str] = field(default_factory=list)  # said nowhere near the number
    conflicts: list[str] = field(default_factory=list)  # label other cells of its table, not this one
    head_missing: bool = False  # a prose number that does not count what is asked
    periods: list[str] = field(default_factory=list)  # quarters or months asked that the fact does not carry
    negation: bool = False  # the question is negated ('niet berekend') and the fact is not
    superseded: bool = False  # 'van X naar Y': X is the former value, and the question does not ask for it
    part: str | None = None  # '121 personen, waarvan 67 het brevet hebben': 67 is only those with the brevet,
    # and the question does not say so
    unbridged: list[str] = field(default_factory=list)  # English words with no form in the documents that the
    # embedder did not find said by this fact's own row or sentence (FactMatcher._vouch)
    framed: list[str] = field(default_factory=list)  # terms only the fact's frame says (its section, its document),
    # while other words of the question are left to meaning: then the figure itself must say the rest

    @property
    def ok(self) -> bool:
        return not self.missing and not self.conflicts and not self.head_missing and not self.periods \
            and not self.negation and not self.unbridged and not self.superseded and not self.part and not self.framed


def description(fact: Fact) -> str:
    """Everything that labels a fact: its header paths, caption, heading, measure and unit."""
    return " ".join([*fact.row_path, *fact.col_path, fact.row, fact.column, fact.caption, fact.heading,
                     fact.measure, fact.unit or ""])


def terms_of(subject: list[str]) -> list[str]:
    """The specific terms of a question: its content stems without generic count words and bare codes."""
    return [t for t in subject if t not in GENERIC and len(t) >= 3 and not re.fullmatch(r"[\d.,%]+", t)
            and not _generic_compound(t) and not period_keys(t) and t not in PERIOD_STEMS]


def _generic_compound(term: str) -> bool:
    """'totaalbedrag', 'procentpunt': a compound of generic words is generic."""
    return any(term[:k] in GENERIC and term[k:] in GENERIC for k in range(3, len(term) - 2))


def counted_noun(after: str) -> list[str]:
    """The words after a number up to the next number or the end of its clause: what a prose number
    counts ('812 dossiers goedgekeurd voor 301 organisaties'; '34 medewerkers zijn vrouwen')."""
    words = re.split(r"(?<![^\W\d_])\d|[.;:?!]\s", after, maxsplit=1)[0]  # a number, not the 2 of 'B2C'
    return stems(words)


def same_head(counted: str, after: list[str]) -> bool:
    """The counted noun names what the number counts: the same word, or a compound with that word as its head
    ('inspectiebezoek' counts 'bezoek': Dutch compounds are right-headed)."""
    counted = plain(counted)
    words = {plain(w) for w in after}
    return any(w == counted or w.startswith(counted) and len(w) - len(counted) <= 4  # 'vergoed', 'vergoeding'
               and not MEASURED.fullmatch(w[len(counted):])  # 'tolkuur' (hours) does not count tolken
               or len(w) >= 4 and (counted.endswith(w) or w.endswith(counted))  # not 'vergoedingsvorm'
               or len(w) == 3 and len(counted) >= 8 and counted.endswith(w) for w in words)  # 'deelsteprit': 'rit'


def elided_head(counted: str, after: list[str]) -> bool:
    """The number counts the head of the asked compound, its modifier left out ('verwarmingstoestel' asked,
    '122 toestellen' said)."""
    counted = plain(counted)
    return any(len(w) >= 4 and w != counted and counted.endswith(w) for w in map(plain, after))


def verify(groups: list[list[str]], counted: str | None, fact: Fact, own: set[str], doc_words: set[str],
           table_words: set[str], after: list[str], asked_periods: set[str] = frozenset(),
           fact_periods: set[str] = frozenset(), negated: bool = False, proper: list[str] = (),
           title_words: set[str] = frozenset(), soft: set[str] = frozenset(),
           loose: set[str] = frozenset(), whole_doc: set[str] = frozenset(),
           paths: set[str] | None = None, caption: set[str] = frozenset(),
           part_words: set[str] = frozenset(), rows_elsewhere: set[str] = frozenset(),
           siblings_said: Callable[[list[str], set[str]], bool] | None = None,
           table_labels: set[str] = frozenset()) -> Check:
    """Check a fact against the question's terms.

    groups: the question's specific terms, each with its alternatives (an English word and its Dutch
    translations); own: stems of the fact's description and row or sentence; doc_words: stems of what
    frames it (its document's title and opening, the text above it); table_words: stems of every header path of the fact's table; counted: what a
    'hoeveel X' question counts; after: the content words right after a prose number; asked_periods and
    fact_periods: the quarters, semesters and months of the question and of the fact's labels and sentence;
    negated: the question asks what did not happen ('werd niet berekend'), so the fact must say 'niet' too;
    proper: the question's proper names that label rows or columns of the document's tables ('Haaglanden'):
    such a name must label the fact or title its document, for elsewhere it is another item of a list
    ('Momenteel 564 clusters' is not Haaglanden's 77); a name no table itemizes is the document's topic;
    part_words: stems said only of a part after a prose number ('waarvan 3. 611 voor privé gebruik');
    rows_elsewhere: what other parts of the document itemize and this fact is not about, whatever the rest of
    the document says: the row labels of its other tables ('OCMW') that the cell's frame (its section, item,
    title) does not say, what the document's other lists open with ('andere organisaties') and what it names only
    as items of an enumeration ('de bakkers, beenhouwers en kleinhandel');
    siblings_said: for a sentence, whether it names another value of a table dimension whose value a term
    group names (qa.answer.siblings.names_sibling, bound to the document's tables);
    table_labels: stems of the table's one-word labels, which a compound of the question may open with;
    paths: stems of a table cell's own row and column paths: a term that labels some cells of the table
    ('Ontbossing' over two of four columns) must label this one, unless the table's caption (stems in
    `caption`) names it as what the whole table is about;
    loose: terms that need only be said somewhere in `whole_doc`, the document's stems: those that name the
    source ('volgens de overwegingen') and English words said through a translation;
    soft: English words with no Dutch translation that some document happens to contain ('state'): their
    absence from this document says nothing, but a table whose other cells they label still conflicts.
    """
    check = Check(periods=sorted(set(asked_periods) - set(fact_periods)),
                  negation=negated and not NEGATED.search(description(fact) + " " + fact.quote))
    for name in proper:
        if not term_in(name, own) and not term_in(name, title_words):
            check.missing.append(name)
    for group in groups:
        dims = paths is not None and any(term_in(t, table_words) for t in group)
        part = None if dims or paths is None else next(
            (p for t in group for p in [dimension_part(t, table_labels, table_words)] if p), None)
        if part and part not in paths and not _names_table([part], caption, table_words, fact.caption):
            check.conflicts.append(group[0])  # 'netwerkpleegzorgsituaties': a column group ('Netwerkpleegzorg')
            continue  # that this cell is not under
        joint = False  # said by the cell and its caption together ('taalopleidingen': 'Talen', 'per opleidingsdomein')
        if dims and not any(term_in(t, paths) for t in group):
            joint = any(head_in(t, paths, caption) for t in group)
            if not joint and not _names_table(group, caption, table_words, fact.caption) \
                    and not any(term_in(t, title_words) for t in group):  # the document's title: its whole subject
                check.conflicts.append(group[0])  # a value of one of its table's dimensions that this cell lacks
                continue
        if paths is not None and not any(t in paths for t in plain_set(set(group))) \
                and any(kind_elsewhere(t, paths, table_words) for t in group):
            check.conflicts.append(group[0])  # its head labels this cell, its first part another one
            continue
        if part_words and any(term_in(t, part_words) for t in group) and not any(term_in(t, own - part_words)
                                                                                for t in group):
            check.conflicts.append(group[0])  # said of the part after 'waarvan', not of this number
            continue
        if joint or any(term_in(t, own) for t in group) \
                or any(joined_with(t, [o for g in groups if g is not group for o in g], own) for t in group):
            continue
        if group[0] in check.missing:
            continue
        if fact.source != "prose" and fact.table_id and any(term_in(t, table_words) for t in group) \
                and not any(term_in(t, title_words) for t in group):  # what the whole document is about
            check.conflicts.append(group[0])
        elif any(term_in(t, rows_elsewhere, agents=False) for t in group) \
                and not any(term_in(t, title_words) for t in group):
            check.conflicts.append(group[0])  # an item of another table of the document
        elif siblings_said is not None and siblings_said(group, own) \
                and not any(term_in(t, title_words) for t in group):  # (not what the whole document is about)
            check.conflicts.append(group[0])  # '... premies voor dakisolatie' asked about warmtepompen
        elif not any(term_in(t, whole_doc if group[0] in loose else doc_words) for t in group) \
                and group[0] not in soft:
            check.missing.append(group[0])
    alts = counted_alts(groups, counted)
    if (fact.source == "prose" or not fact.table_id) and counted and after and not any(same_head(c, after) for c in alts) \
            and not (fact.unit == "VTE" and any(re.match(r"equival|voltijd|vte|fte", c) for c in alts)):
        check.head_missing = True
    if fact.source != "prose" and counted and measured_of(counted, fact) and not any(
            same_head(c, stems(" ".join([fact.caption, *fact.row_path, *fact.col_path]))) for c in alts):
        check.head_missing = True  # '165 erkende tolken' is not a cell of 'Gepresteerde tolkuren'
    if fact.source != "prose" and counted:
        head, rest = measure_head(fact.measure)
        # a dimension value may name it ('Maatwerkbedrijven' as a row); a measure label ('Aantal ...') does not
        paths = set(stems(" ".join(p for p in fact.row_path + fact.col_path if not re.match(r"\s*aantal\b", p, re.I))))
        if head and not any(same_head(c, [head]) for c in alts) and term_in(counted, plain_set(set(rest))) \
                and not term_in(counted, plain_set(paths)) \
                and not any(same_head(t, [head]) for g in groups for t in g):  # 'woningen die een renovatie kregen'
            check.head_missing = True  # 'hoeveel maatwerkbedrijven' is not 'aantal overeenkomsten bij maatwerkbedrijven'
    return check


def _names_table(group: list[str], caption: set[str], values: set[str], caption_text: str = "") -> bool:
    """The caption says the term of the whole table ('Opengestelde kilometer fietspad' over rows such as
    'Gemeentelijke fietspaden', 'sportfederaties' over 'Unisportfederaties'), and not as one of a list of its
    values ('Bebossing en ontbossing' over the columns 'Bebossing' and 'Ontbossing'). Given the caption's text,
    only a word listed with the term ('en', 'of', a comma) is another value: 'Loden aftakkingen' over a column
    'Loden aftakkingen op 1 januari 2022' names the whole table."""
    if not any(term_in(t, caption) for t in group):
        return False
    if any(head_in(t, values, caption) and not any(plain(t) in w for w in values) for t in group):
        return False  # 'begrotingsaanpassing' under 'begroting 2024' is the column '1e aanpassing', not every cell
    if not any(plain(t) in values or t in values for t in group):
        return True  # the rows say it only inside their compounds
    others = _listed_with(group, caption_text) if caption_text else caption
    return not any(w in values for w in others if len(w) >= 3 and not w.isdigit()
                   and not any(term_in(t, {w}) for t in group))


def _listed_with(group: list[str], text: str) -> set[str]:
    """Plain stems of the words a caption lists with the term ('ontbossing' in 'Bebossing en ontbossing'): only
    those are other values beside it; the rest of the caption ('Loden aftakkingen', 'Beroepen tegen
    vergunningen') says what the whole table is about."""
    tokens = re.findall(r"[^\W_]+|,", text)
    words = [plain(found[0]) if found else tok for tok in tokens for found in [stems(tok)]]
    out: set[str] = set()
    for i, w in enumerate(words):
        if not any(term_in(t, {w}) for t in group):
            continue
        for step in (-1, 1):
            joint = i + step
            if 0 <= joint + step < len(words) and tokens[joint].lower() in ("en", "of", ",", "and", "or"):
                out.add(words[joint + step])
    return out


_MEASURE_HEAD = re.compile(r"\baantal\s+([\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:bij|van|in|per|voor|met|door|op|uit|naar|"
                           r"dat|die|werd|werden|zijn|en|of)\b|\s*$|\s*[,(:;|])", re.I)


def counts_other(fact: Fact, groups: list[list[str]], asked: list[str]) -> bool:
    """A cell's measure counts what another term of the question than the counted noun (`asked`) names ('Aantal
    actieve repaircafés' for 'how many volunteers ... in repair cafés'): asked for a count the documents have no
    word for, it is no answer."""
    head, _ = measure_head(fact.measure)
    return bool(head) and any(same_head(t, [head]) for g in groups if not set(g) & set(asked) for t in g if len(t) >= 4)


def measure_head(measure: str) -> tuple[str | None, list[str]]:
    """What a table counts, from its measure: the first word after 'aantal' that is not an inflected
    adjective, and the stems of the words after it ('aantal beëindigde overeenkomsten bij
    maatwerkbedrijven': 'overeenkomst' and ['maatwerkbedrijf']); (None, []) when the measure does not say."""
    noun, rest = measure_noun(measure)
    head = stems(noun or "")
    return (head[0] if head else None), stems(rest)


def measure_noun(measure: str) -> tuple[str | None, str]:
    """The word a measure counts as written ('dierenwelzijnsinspecties' of 'Aantal dierenwelzijnsinspecties bij
    veehouders'), and the words after it; (None, '') when it does not say."""
    m = _MEASURE_HEAD.search(measure or "")
    if not m:
        return None, ""
    words = m.group(1).split()
    return next((w for w in words if not w.lower().endswith("e")), words[-1]), measure[m.end():]


def counted_sibling(term: str, groups: list[list[str]], counted: str | None, fact: Fact,
                    table_paths: list[list[str]]) -> bool:
    """'Hoeveel aanvragen werden toegekend': the counted noun names one column ('Aanvragen') and another term of
    the question names its sibling on the same header level ('Toegekend'), which this cell is under. The counted
    noun is then what every column counts, not the column asked, and no conflict of this cell."""
    if not counted or not any(counted in g and g[0] == term for g in groups):
        return False
    others = [t for g in groups if counted not in g for t in g]
    for axis, own in ((0, fact.row_path), (1, fact.col_path)):
        for level, label in enumerate(own):
            values = {p[level] for p in table_paths[axis::2] if len(p) > level and p[level] != label}
            if any(term_in(term, plain_set(stems(v))) for v in values) \
                    and any(term_in(t, plain_set(stems(label))) for t in others):
                return True
    return False


def counted_alts(groups: list[list[str]], counted: str | None) -> list[str]:
    """The counted noun and the words that stand for it: an English one's Dutch words ('claims': verzoeken,
    aanvragen), a Dutch one's synonyms (its term group)."""
    return next((g for g in groups if counted in g), [counted]) if counted else []


def counted_by_sibling(alts: list[str], groups: list[list[str]], fact: Fact, table_paths: list[list[str]]) -> bool:
    """'How many museums took part': the counted noun is a sibling column ('Deelnemende musea') and this cell's
    own label ('Gratis bezoeken') neither says it nor has a head the question says: the cell counts something
    else. ('Hoeveel aanvragen werden toegekend' keeps 'Toegekend': the question says its head.)"""
    own_words = plain_set(stems(" ".join(fact.row_path + fact.col_path)))
    if not alts or any(term_in(c, own_words) for c in alts):
        return False
    asked = {t for g in groups for t in g}
    for axis, own in ((0, fact.row_path), (1, fact.col_path)):
        for level, label in enumerate(own):
            if not re.search(r"[^\W\d_]{3}", label) or "(" not in label and not re.search(r"[^\W\d_]", label.split()[-1]):
                continue  # a year or a code names no counted thing, nor a period ('Eind 2023')
            if re.match(r"\s*(?:met|zonder|with|without)\b", label, re.I):
                continue  # 'met waterbesparende kranen' beside 'Vestigingsplaatsen': the same things, those with it
            # a total's label ('Totaal bezoeken') says what every column counts, not a sibling's own count; a part's
            # ('waarvan snellaadpunten') counts some of this cell's things
            values = {p[level] for p in table_paths[axis::2] if len(p) > level and p[level] != label
                      and not re.match(r"\s*(?:totaal|total|som)\b", p[level], re.I) and not is_part_label(p[level])}
            if not any(term_in(c, plain_set(stems(v))) for v in values for c in alts):
                continue
            head = stems(label.split()[-1])
            if not is_part_label(label) and not set(head) & asked \
                    and any(plain_set(stems(v)) == {plain(c)} for v in values for c in alts):
                return True  # a sibling is labelled with the counted noun itself ('Bezoekers' beside 'Voorstellingen'
                # for 'hoeveel bezoekers trokken de dansvoorstellingen'): this cell counts something else; not one
                # the question names itself ('Toegekend' for '... aanvragen ... werden toegekend') nor a 'waarvan'
                # cell, which counts some of the sibling's
            # ('Aantal stations' counts stations, however much the question says them: 'how many bike parking
            # spaces ... at railway stations')
            if head and (not any(term_in(h, plain_set(asked)) for h in head) or _names_other_things(label)
                         or measure_noun(label)[0]):
                return True
    return False


def _names_other_things(label: str) -> bool:
    """'Deelnemende gemeenten' beside 'Aangeplante bomen' when trees are counted: the label ends on a plural
    noun of its own, so it counts those things, even when the question names them elsewhere ('plantten de
    gemeenten'). A deed ('Toegekend') or a total names no things of its own."""
    plain_label = re.sub(r"\([^)]*\)", " ", label).split()
    if len(plain_label) < 2 or re.match(r"\s*(?:totaal|total|som|aantal|number)\b", label, re.I):
        return False
    last = plain_label[-1]
    return bool(re.fullmatch(r"[a-zà-ÿ]{4,}(?:en|s)", last, re.I)) and not is_verb_form(last)


def amount_for(term: str, fact: Fact, table_paths: list[list[str]]) -> bool:
    """'Welk bedrag werd vastgelegd voor projecten': the term names the count beside this amount ('aantal projecten'
    beside 'bedrag' under one year): what the amount is for, not another column asked."""
    for axis, own in ((0, fact.row_path), (1, fact.col_path)):
        for level, label in enumerate(own):
            if not (_MONEY_LABEL.search(label) or fact.unit and "euro" in fact.unit and len(own) > 1):
                continue
            values = {p[level] for p in table_paths[axis::2] if len(p) > level and p[level] != label}
            if any(_counts(v) and (term_in(term, plain_set(stems(v))) or _headed_by(term, stems(v))) for v in values):
                return True
    return False


def _counts(label: str) -> bool:
    """A label of counted things: 'Aantal projecten', or a plural noun that names no money, share or unit
    ('Goedgekeurde projecten' beside 'Toegekende subsidie (euro)')."""
    return bool(re.match(r"\s*aantal\b", label, re.I)) or not (_MONEY_LABEL.search(label) or re.search(
        r"%|\(|procent|aandeel|gemiddeld|krediet|budget|bedrag|subsidie|premie|steun|uitgave|kost|middelen|"
        r"vergoeding", label, re.I))  # (inside compounds too: 'Initieel begrotingskrediet')


def _headed_by(term: str, words: list[str]) -> bool:
    """A compound of the question whose head is a label's word: 'zonnepaneelprojecten' by 'projecten'."""
    term = plain(term)
    return any(len(w) >= 5 and len(term) > len(w) + 3 and term.endswith(plain(w)) for w in words)


_MONEY_LABEL = re.compile(r"\b(?:bedrag|bedragen|euro|krediet|budget|kostprijs)\b|€", re.I)
