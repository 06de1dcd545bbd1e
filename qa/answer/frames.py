"""What frames a fact: the words a question's terms may be found in for it.

A term of the question must be said by the fact's own labels, or by its frame: its document's title and
preamble, its heading path, the numbered item it is part of, the abbreviations explained there, and the
rest of its document less the topics that open other items. Table cells also answer to their table's
dimensions: a value that labels some cells must label this one.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..facts.labels import is_part_label
from ..facts.sections import MARKED_HEADING
from ..models import Fact
from ..search.retrieve import Index
from ..text import CODE, EN_NL, GLOSSARY_LINE, find_glossary, is_english_word, lemma, norm_stems, words
from .bounds import numbers_in_labels
from .clauses import list_group
from .doctitle import front_matter, header_line
from .question import Query
from .siblings import Sibling, sibling_sets
from .unreported import unreported_words
from .items import ITEM, item_marks, opening_end, previous_item
from .wordparts import plain_set, term_in


_PART_OPENER = re.compile(r"^\s*(?:waarvan|w\.v\.|of which|including)\s+(?:met|door|in|via|with|by)?\s*", re.I)


def _memo(cache: dict, key, make):
    """cache[key], made once; the oldest entry goes when 256 are held (per-document work is large)."""
    if key not in cache:
        if len(cache) >= 256:
            cache.pop(next(iter(cache)))
        cache[key] = make()
    return cache[key]


# the phrase that names where to look: a source, not a value a figure must carry
SOURCE_PHRASE = re.compile(r"\b(?:volgens|according to|in het overzicht|in de tabel|in the (?:overview|table))\b([^,?;]*)",
                     re.I)


@lru_cache(maxsize=256)
def source_terms(text: str) -> frozenset[str]:
    """Stems of the phrase that names where to look ('volgens de vergelijkingstabel met andere organisaties'):
    they name the source, not a value the figure must carry. Read once per question, not per candidate."""
    source = SOURCE_PHRASE.search(text)
    return frozenset(norm_stems(source.group(1))) if source else frozenset()


_ABOVE = 2500  # characters above a number that may still name what it is about
# a title: a line of words after a blank line that is not a sentence and that no lower-case line goes on from
# ('=== [84] 2023-02-10 | Proeftuinen ...: oproep', 'Loopbaanbegeleiding'): a section of a long document starts there
_TITLE_LINE = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*([^\n]{3,250}?[^.,;:?!\s])[ \t]*(?=\n[ \t]*(?:\n|[^\W\da-z]))")
_TITLE = "title"
_MARKED_LINE = re.compile(r"^[ \t]*" + MARKED_HEADING.pattern.lstrip("^"), re.M)  # '## ...', '=== ...'


# an enumeration of three or more words ('de bakkers, beenhouwers, kleinhandel en elektriciens'), no numbers
_ENUMERATION = re.compile(r"\b[^\W\d_][\w'’-]*(?:\s*,\s*[^\W\d_][\w'’-]*){2,}\s+(?:en|of|and|or)\s+[^\W\d_][\w'’-]*")


# a street: the number after its name is a house number ('Astridplein 7', 'Wetstraat 16')
_STREET = re.compile(r"(?:straat|plein|laan|lei|weg|dreef|kaai|markt|steenweg|singel|gracht|baan|square|street|avenue)$",
                     re.I)
_BACK = re.compile(r"\b(?:deze|dezelfde|these|those)\s+[^\W\d_]", re.I)  # 'deze begeleidingsovereenkomsten'


# a code a table heads a column or row with: 'BA', 'BU', 'BA-JR' (budget stages), 'VAK'
HEADER_CODE = re.compile(r"\b[A-Z]{1,4}(?:-[A-Z]{1,4})?\b")


def codes_in(texts: list[str]) -> set[str]:
    """Header codes said in `texts`, lower case (single letters are no code)."""
    return {c.lower() for t in texts for c in HEADER_CODE.findall(t) if len(c) >= 2}


def local_words(index: Index, fact: Fact, before: int = 45, after: int = 40) -> str:
    """The words right around a number, within its row or sentence."""
    text = index.document(fact.doc).text
    lo = max(fact.quote_start, fact.start - before)
    hi = min(fact.quote_end, fact.end + after)
    while lo > fact.quote_start and not text[lo - 1].isspace():  # whole words: not 'fede' of 'federale'
        lo -= 1
    while hi < fact.quote_end and not text[hi].isspace():
        hi += 1
    return text[lo:hi]


_LONG = 30_000  # characters: a document this long is a report of many topics, not one answer
_NEAR = 6_000  # and there the text this close to a number may still frame it
# the heading of a budget article: its code, a dash and its title ('JB0-1JEC2GB-PA – HET VERSTREKKEN VAN LENINGEN')
_ARTICLE_HEADING = re.compile(r"(?m)^[ \t]*[A-Z0-9]{2,4}-[A-Z0-9]{5,9}-[A-Z]{2}[ \t]+[–-][ \t]+[A-Z]")
_PREAMBLE = 2000  # characters: what comes before a document's first numbered item states its topic
_BELOW = 300  # and below it: the next sentence often goes on about it


_SHORT_FORM = re.compile(r"\b[A-Z][A-Za-z]{0,2}[A-Z]{1,5}\b")  # 'NMBS', 'VwV' (Vluchtelingenwerk Vlaanderen)
CAPITALS = re.compile(r"\b[A-Z]{2,6}\b")  # a code in capitals only ('VEK'), as a table header says it


class Frames:
    """Per-document and per-fact frames of an Index, each read once when first needed."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._table_words: dict[str, set[str]] = {}
        self._table_labels: dict[str, set[str]] = {}
        self._table_numbers: dict[str, set[float]] = {}
        self._doc_words: dict[str, set[str]] = {}
        self._unreported: dict[str, set[str]] = {}
        self._itemized: dict[str, set[str]] = {}
        self._label_lemmas: dict[str, set[str]] = {}
        self._rows: dict[str, dict[str, set[str]]] = {}
        self._parts: dict[str, set[str]] = {}
        self._siblings: dict[tuple[str, bool], list[list[Sibling]]] = {}
        self._groups: dict[str, set[str]] = {}
        self._title_words: dict[str, set[str]] = {}
        self._items: dict[tuple[str, str], bool] = {}
        self._context: dict[int, set[str]] = {}
        self._frames: dict[int, set[str]] = {}
        self._glossaries: dict[str, dict[str, list[str]]] = {}
        self._items_at: dict[str, list[tuple[int, str, set[str]]]] = {}
        self._marked: dict[str, list[int]] = {}
        self._articles: dict[str, list[int]] = {}
        self._marks: dict[str, list[tuple[int, int, str]]] = {}
        self._header_codes: dict[str, dict[str, set[str]]] = {}
        self._enums: dict[str, set[str]] = {}
        self._listed: dict[str, set[str]] = {}

    def table_words(self, table_id: str | None) -> set[str]:
        """Stems of every header path of a table (its dimensions), from the fact table."""
        if not table_id:
            return set()
        if table_id not in self._table_words:
            paths = self.index.table_paths(table_id)
            self._table_words[table_id] = plain_set(norm_stems(" ".join(" ".join(p) for p in paths)))
        return self._table_words[table_id]

    def table_labels(self, table_id: str | None) -> set[str]:
        """Stems of the table's one-word header labels ('Netwerkpleegzorg', 'Talen'): whole values of a dimension."""
        if not table_id:
            return set()
        return _memo(self._table_labels, table_id, lambda: plain_set(
            {next(iter(ws)) for p in self.index.table_paths(table_id) for ws in map(norm_stems, p) if len(ws) == 1}))

    def table_numbers(self, table_id: str) -> set[float]:
        """The numbers in a table's row and column labels, years aside: its size classes ('21 tot 50', '>50')."""
        return _memo(self._table_numbers, table_id, lambda: numbers_in_labels(
            " ".join(" ".join(p) for p in self.index.table_paths(table_id))))

    def spelled_out(self, doc: str, text: str, short_form: re.Pattern | None = None) -> str:
        """What the short forms in `text` stand for ('VEK': gesplitst vereffeningskrediet; 'VwV': Vluchtelingenwerk
        Vlaanderen), by the document's list of abbreviations and the '(VEK)' the corpus defines."""
        glossary = self.glossary(doc)
        return " ".join(long for short in set((short_form or _SHORT_FORM).findall(text))
                        for long in self.index.long_forms(short) + glossary.get(short, []))

    def itemized(self, doc: str) -> set[str]:
        """Stems of the labels of a document's table cells: a name among them is one item of a list."""
        return _memo(self._itemized, doc, lambda: plain_set(norm_stems(
            " ".join(" ".join(p) for p in self.index.doc_paths(doc)))))

    def label_lemmas(self, doc: str) -> set[str]:
        """Dictionary forms of the words (5+ letters) labelling a document's table cells ('Ingediende': indienen)."""
        return _memo(self._label_lemmas, doc, lambda: {lemma(w.lower()) for path in self.index.doc_paths(doc)
                                                       for label in path for w in re.findall(r"[^\W\d_]{5,}", label)})

    def siblings(self, doc: str, upper: bool = False) -> list[list[Sibling]]:
        """The labels of each dimension level of a document's tables, side by side (see qa.answer.siblings)."""
        return _memo(self._siblings, (doc, upper), lambda: sibling_sets(self.index.doc_tables(doc), upper))

    def rows_elsewhere(self, fact: Fact) -> set[str]:
        """Stems of the row labels of the other tables of a cell's document, less its own table's labels: an
        item one table lists ('OCMW') is not what a cell of another table ('bij maatwerkbedrijven') is about,
        however often the document names it."""
        if fact.source == "prose":
            return _memo(self._parts, fact.doc, lambda: self._part_words(fact.doc))
        if not fact.table_id:
            return set()

        def make() -> dict[str, set[str]]:
            rows: dict[str, set[str]] = {}
            for table, row, col in self.index.doc_tables(fact.doc):
                rows.setdefault(table, set()).update(plain_set(norm_stems(
                    (row[-1] if row else "") + " " + (col[-1] if col else ""))))
            return rows
        rows = _memo(self._rows, fact.doc, make)
        return {w for table, words in rows.items() if table != fact.table_id for w in words
                if not re.fullmatch(r"vte|fte|euro|keuro|eur|procent|%|uur|dag|jar|jaar|maand", w)} \
            - self.table_words(fact.table_id)  # a unit that heads a row ('VTE') is no item

    def _part_words(self, doc: str) -> set[str]:
        """What the 'waarvan' rows and columns of a document's tables single out ('waarvan met jetski'): a
        sentence that does not say it gives the whole, not that part."""
        out: set[str] = set()
        for _, row, col in self.index.doc_tables(doc):
            for path in (row, col):
                if path and is_part_label(path[-1]):
                    out |= plain_set(norm_stems(_PART_OPENER.sub("", path[-1])))
        return out

    def groups_elsewhere(self, i: int) -> set[str]:
        """Stems of what the document's other lists are about ('andere organisaties'), less what the list of
        fact i is about ('Maatwerkbedrijven'): the figures of another list, whatever the document says around."""
        fact = self.index.facts[i]
        text = self.index.document(fact.doc).text
        mine = list_group(text, fact)
        if not mine:  # no list item, or a list that opens with no label: nothing to read for the document
            return set()

        def make() -> set[str]:
            facts = self.index.facts
            return {list_group(text, facts[k]) for k in facts.of_doc(fact.doc)} - {""}
        groups = _memo(self._groups, fact.doc, make)
        return plain_set(norm_stems(" ".join(g for g in groups if g != mine))) - plain_set(norm_stems(mine))

    def is_item(self, name: str, doc: str) -> bool:
        """A name is one item of a list when a table cell's label says it, it is coordinated with another name
        ('De steden Aalst en Roeselare bereiden ... voor'), a number follows it in the text
        ('Haaglanden 77', 'Twente: 23', 'Bidibidi (272. 206)'; a year names an edition, 'Autosalon 2017') or a number is said of it
        ('-14,4 % in Duitsland, -14,5 % in Nederland'). Asked once per name and document, not per candidate fact."""
        def find() -> bool:
            text = self.index.document(doc).text
            name_re = rf"{re.escape(name)}\w*"
            if _STREET.search(name):  # 'Astridplein 7, Lebbeke': a house number, no figure of a list
                return term_in(name, self.itemized(doc))
            return term_in(name, self.itemized(doc)) or _coordinated(name, text) or \
                re.search(rf"(?<!\w){name_re}\s*[:–(-]?\s*(?!(?:19|20)\d\d(?!\d))(?!\d{{1,2}}[.)]\s)\d", text, re.I) is not None or \
                re.search(rf"(?<![\d.,])\d[\d.,]*\s*(?:%|procent|euro)?\s+(?:in|voor|bij|te)\s+{name_re}(?!\w)", text, re.I) \
                is not None
        return _memo(self._items, (name, doc), find)

    def loose_words(self, i: int) -> set[str]:
        """Where a question's loose terms (English words, a named source) may be said for fact i: anywhere in a
        document, but near the fact in a long run of marked sections ('the Flemish Climate Fund' is said in
        another of 120 decisions than the one whose 4,24 miljoen euro an English question got)."""
        fact = self.index.facts[i]
        text = self.index.document(fact.doc).text
        if len(text) > _LONG and _MARKED_LINE.search(text):
            return self.context_words(i)  # a long run of marked sections (decisions, news items): each its own
        return self.doc_words(fact.doc)

    def unreported(self, doc: str) -> set[str]:
        """Stems a document says only where it says it has no figures for them (qa.answer.unreported)."""
        return _memo(self._unreported, doc, lambda: unreported_words(self.index.document(doc).text))

    def doc_words(self, doc: str) -> set[str]:
        """Every stem of a document and its title."""
        return _memo(self._doc_words, doc, lambda: plain_set(norm_stems(
            self.index.document(doc).text + " " + self.index.titles.get(doc, ""))))

    @staticmethod
    def paths(fact: Fact) -> set[str] | None:
        """Stems of a table cell's row and column paths (None for a number in a sentence)."""
        if fact.source == "prose" or not fact.table_id:
            return None
        return plain_set(norm_stems(" ".join([*fact.row_path, *fact.col_path, fact.row, fact.column])))

    @staticmethod
    def loose(q: Query, groups: list[list[str]]) -> set[str]:
        """Terms checked against the whole document rather than a fact's context: those of a phrase that
        names the source ('volgens de overwegingen van de resolutie', 'in the overview of') and, in an
        English question, every word but codes and the word list's Dutch for a past participle (a cognate is a
        guess, the embedder vouches instead; what was done, 'granted' said as 'toegekend' only in another item
        of the answer, is that item's, while a topic word such as 'regular' may be said anywhere)."""
        said = source_terms(q.text)
        codes = {w.lower() for w in CODE.findall(q.text)}  # 'SIFO' is 'SIFO' in Dutch too
        listed = set(norm_stems(" ".join(EN_NL[w] for w in words(q.text) if w in EN_NL and w.endswith("ed")))) \
            if q.lang == "en" else set()
        typed = set(norm_stems(" ".join(w for w in words(q.text) if w not in EN_NL and not is_english_word(w)))) \
            if q.lang == "en" else set()  # 'sheltered workshop (maatwerkbedrijf)': a Dutch term is checked as in Dutch
        return {g[0] for g in groups if g[0] in said or (q.lang == "en" and g[0] not in codes and g[0] not in listed
                                                         and g[0] not in typed)}

    def _bounds(self, fact: Fact) -> tuple[int, int, str | None]:
        """The span of text around a fact that is its own (from the numbered item it is part of to the next
        item or a sentence below), and that item's number."""
        marks = self.items(fact.doc)
        items = [m for m in marks if max(0, fact.quote_start - _ABOVE) <= m[0] < fact.start]
        lo = items[-1][0] if items else max(0, fact.quote_start - _ABOVE)
        below = next((m for m in marks if fact.quote_end <= m[0] < fact.quote_end + _BELOW), None)
        hi = below[0] if below else fact.quote_end + _BELOW
        # '=== [3] 2022-06-10 | Circulaire hubs', 'JB0-1JEC2GB-PA – HET VERSTREKKEN VAN ...': another section above
        marked = self.marked_headings(fact.doc)
        lo = max([lo] + [h for h in marked if h <= fact.quote_start])
        hi = min([hi] + [h for h in marked if h > fact.quote_end])
        return lo, hi, items[-1][2] if items else None

    def items(self, doc: str) -> list[tuple[int, int, str]]:
        """The document's numbered items (item_marks), read once."""
        return _memo(self._marks, doc, lambda: item_marks(self.index.document(doc).text))

    def marked_headings(self, doc: str) -> list[int]:
        """Where the headings a plain-text document marks as such start ('## ...', '=== ...'), and a budget
        report's article headings."""
        return _memo(self._marked, doc, lambda: sorted(
            [m.start() for m in _MARKED_LINE.finditer(self.index.document(doc).text)] + self.article_headings(doc)))

    def article_headings(self, doc: str) -> list[int]:
        """Where a budget report's article headings start ('JB0-1JEC2GB-PA – HET VERSTREKKEN ...'), read once."""
        return _memo(self._articles, doc,
                     lambda: [m.start() for m in _ARTICLE_HEADING.finditer(self.index.document(doc).text)])

    def frame_words(self, i: int) -> set[str]:
        """Stems of fact i's own frame: its document's title and the text before its first numbered item, its
        heading path, the numbered item it is part of, and what its codes stand for (codes kept as said)."""
        fact = self.index.facts[i]

        def make() -> set[str]:
            text = self.index.document(fact.doc).text
            lo, hi, _ = self._bounds(fact)
            if fact.table_id:  # another table's rows above a table are that table's items, not this one's frame
                spans = self.index.table_spans(fact.doc)
                own = next((s for t, s, _ in spans if t == fact.table_id), fact.start)
                lo = max([lo] + [e for t, _, e in spans if t != fact.table_id and e <= own])
            first = next((m[0] for m in self.items(fact.doc) if m[0] < _PREAMBLE), 0)
            frame = " ".join([self.index.titles.get(fact.doc, ""), text[:first], self._without_glossary(fact.doc, text[lo:hi]),
                              fact.caption, self.index.heading_at(fact.doc, fact.start)])
            frame += " " + self.spelled_out(fact.doc, frame)
            return plain_set(norm_stems(frame)) | {c.lower() for c in CODE.findall(frame)}
        return _memo(self._frames, i, make)

    def context_words(self, i: int) -> set[str]:
        """Stems a term of the question may be found in for fact i: its frame (frame_words) and the rest of its
        document, less the words that open a few of its other numbered items. A topic that opens another item
        is that item's ('collectief maatwerk' in item 2 does not label the arbeidszorg table of item 3); a
        word said anywhere else (a definition, the minister's department) still counts."""
        fact = self.index.facts[i]

        def make() -> set[str]:
            lo, hi, mine = self._bounds(fact)  # question 4 and answer 4 share a topic: item 'mine' is not other
            own = {mine} | ({previous_item(mine)} if mine and self._refers_back(fact.doc, mine) else set())
            openings = self.item_openings(fact.doc)
            titled = [start for start, label, _ in openings if label == _TITLE and start <= fact.start]
            own_title = titled[-1] if titled else -1  # the title of the section the fact is in
            count = Counter(w for _, _, words in openings for w in words)
            others = {w for start, label, words in openings
                      if not lo <= start < hi and (label not in own or label == _TITLE) and start != own_title
                      for w in words
                      if count[w] * 3 <= len(openings)}  # a word opening most items is the whole document's topic
            text = self.index.document(fact.doc).text
            if len(text) > _LONG:  # a long report: what is said forty pages away is about something else
                articles = self.article_headings(fact.doc)  # a budget article's words are its own
                start = max([max(0, lo - _NEAR)] + [a for a in articles if a <= fact.quote_start])
                end = min([hi + _NEAR] + [a for a in articles if a > fact.quote_end])
                rest = plain_set(norm_stems(self._without_glossary(fact.doc, text[start:end])))
            else:
                rest = self.doc_words(fact.doc)
            # (a word of the title opens the introduction and is still the whole document's: 'DKO'; a topic the
            # document says it has no figures for frames none of them)
            return (self.frame_words(i) | (rest - (others - self.title_words(fact.doc)))) - self.unreported(fact.doc)
        return _memo(self._context, i, make)

    def _without_glossary(self, doc: str, text: str) -> str:
        """The text less the lines of the document's list of abbreviations (glossary: 'LDE Lokale
        Diensteneconomie'): the list after a report's last budget article defines words, it does not frame that
        article's figures."""
        glossary = self.glossary(doc)
        if not glossary:
            return text
        lines = text.split("\n")
        return "\n".join("" if (m := GLOSSARY_LINE.fullmatch(line)) and m.group(2) in glossary.get(m.group(1), ())
                         else line for line in lines)

    def _refers_back(self, doc: str, label: str) -> bool:
        """An item that opens on what the item before it said ('2. Heeft de minister zicht op het aantal van deze
        begeleidingsovereenkomsten'): its topic is that item's too."""
        text = self.index.document(doc).text
        return any(lab == label and _BACK.search(text[start:text.find("\n", end) if text.find("\n", end) >= 0 else None])
                   for start, end, lab in self.items(doc))

    def listed_elsewhere(self, fact: Fact) -> set[str]:
        """Stems said only as items of the document's enumerations ('vragen van de bakkers, beenhouwers,
        kleinhandel, elektriciens en taxibedrijven') that the fact's own sentence does not say: one item of a
        list is not what a figure said of something else is about ('25. 000 flexi-jobbers' in the horeca)."""
        text = self.index.document(fact.doc).text

        def make() -> set[str]:  # words said only in enumerations: a word said elsewhere too is a topic
            listed = plain_set(norm_stems(" ".join(m.group(0) for m in _ENUMERATION.finditer(text))))
            rest = _ENUMERATION.sub(" ", text) + " " + self.index.titles.get(fact.doc, "") + " " + header_line(text)
            return listed - plain_set(norm_stems(rest))
        items = _memo(self._enums, fact.doc, make)
        return _memo(self._listed, fact.id, lambda: items - plain_set(norm_stems(  # once per fact, not per question
            text[fact.quote_start:fact.quote_end] + " " + fact.measure)))

    def glossary(self, doc: str) -> dict[str, list[str]]:
        """A document's list of abbreviations ('VAK Gesplitst vastleggingskrediet'), read when first needed:
        it explains codes for verification only, and stays out of query expansion."""
        def make() -> dict[str, list[str]]:
            out: dict[str, list[str]] = {}
            for short, long in find_glossary(self.index.document(doc).text):
                out.setdefault(short, []).append(long)
            return out
        return _memo(self._glossaries, doc, make)

    def item_openings(self, doc: str) -> list[tuple[int, str, set[str]]]:
        """Where each numbered item of a document starts ('3. a. Hierbij een overzicht van ...'), its number
        and the stems of its opening line: the topic of that part of the document."""
        def make() -> list[tuple[int, str, set[str]]]:
            text = self.index.document(doc).text
            out = []
            marks = self.items(doc)
            for k, (start, marker_end, label) in enumerate(marks):
                end = opening_end(text, marker_end)
                end = min(end, marks[k + 1][0] if k + 1 < len(marks) else len(text))
                out.append((start, label, plain_set(norm_stems(text[start:end]))))
            for m in _TITLE_LINE.finditer(text):
                letters, digits = sum(c.isalpha() for c in m.group(1)), sum(c.isdigit() for c in m.group(1))
                if not ITEM.match(m.group(1)) and letters >= max(6, 2 * digits):  # words, not a table row
                    out.append((m.start(1), _TITLE, plain_set(norm_stems(m.group(1)))))
            return sorted(out, key=lambda o: o[0])
        return _memo(self._items_at, doc, make)

    def title_words(self, doc: str) -> set[str]:
        """Stems of a document's title and header line (a proper name there is the document's own), with the
        abbreviations of their long forms ('Deeltijds kunstonderwijs': DKO, as in 'DKO-leerlingen')."""
        return _memo(self._title_words, doc, lambda: plain_set(norm_stems(self.index.expand(
            " ".join([self.index.titles.get(doc, ""), header_line(self.index.document(doc).text),
                      front_matter(self.index.document(doc).text)])))))

    def header_codes(self, doc: str) -> dict[str, set[str]]:
        """Each code that heads a column or row of the document's tables ('bu'), with the codes that stand at
        the same level of a header path ('ba', 'ba-jr', 'bu'): the values of one dimension."""
        def make() -> dict[str, set[str]]:
            levels: dict[tuple[str, str | None, int], set[str]] = {}
            for table, row_path, col_path in self.index.doc_tables(doc):
                for side, path in (("row", row_path), ("col", col_path)):
                    for n, label in enumerate(path):
                        levels.setdefault((side, table, n), set()).update(codes_in([label]))
            out: dict[str, set[str]] = {}
            for codes in levels.values():
                if len(codes) > 1:
                    for c in codes:
                        out.setdefault(c, set()).update(codes)
            return out
        return _memo(self._header_codes, doc, make)


def _coordinated(name: str, text: str) -> bool:
    """The text names it beside another capitalised name, joined by 'en', 'of' or a comma ('Aalst en Roeselare'):
    one of several places or bodies, not what the whole document is about."""
    other = r"[A-ZÀ-Ý][\w'’-]+"
    own = rf"(?i:{re.escape(name)})"  # (the question's name may come lower-cased)
    joined = rf"(?<!\w)({own})\s*(?:,|\s(?:en|of|and|or))\s+{other}|{other}\s*(?:,|\s(?:en|of|and|or))\s+({own})(?!\w)"
    return any(said[0].isupper() and not said.isupper()  # a name, not a code ('LDE en CMW')
               for m in re.finditer(joined, text) for said in [m.group(1) or m.group(2)])
