"""Number tokens in Dutch (and English) policy text.

`find_numbers` returns every digit run with its span and a `kind`: only
`kind == "measure"` is an amount worth a fact; the other kinds (dates, years
used as labels, question numbers, budget-line codes, page references,
footnote markers, list enumerators, ranges, phone numbers) look like numbers
but answer no "how many / how much" question. Classification is by local
context only, so it works on documents never seen before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, parse_decimal

from qa.models import Fact

MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
    "|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
    "|january|february|march|may|june|july|august|october"
)
SCALE_WORDS = {
    "duizend": 1e3, "thousand": 1e3,
    "miljoen": 1e6, "mln": 1e6, "million": 1e6, "mio": 1e6,
    "miljard": 1e9, "mld": 1e9, "billion": 1e9, "bn": 1e9,
}
MEASURE = "measure"

# A number literal: optional sign, digits with . , or space-free grouping.
_NUM = re.compile(r"(?<![\d/~])(?<!\d[.,])[-−]?\d+(?:[.,]~?\d+|~\d{3})*")
# "4. 719 euro", "16. 040. 000": a thousands point followed by a stray space, common in text extracted from PDFs
_SPACED_CENTS = re.compile(r"(?<=~\d{3}), (?=\d{2}\s*(?:euro|EUR|€))")
# '15 000 euro', 'in 2016 126 000 mensen': thousands grouped by a plain space, after a word or a year and before a
# lower-case word (a flattened table row is numbers cell after cell: '87 140 166' stays three numbers)
_PLAIN_GROUPS = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_]\()|(?<=\b(?:19|20)\d\d ))(?<![\d.,~])\d{1,3}(?: \d{3})+"
                           r"(?=[ ]?(?:[a-zà-ÿ]|€))")  # a lower-case word: a noun or unit, not the next row's label
_SPACED_GROUP = re.compile(r"(?<![\d.,~])(\d{1,3}|(?<=~)\d{3})\. (?=\d{3}(?!\d))")
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:pdf|html?|docx?|xlsx?)\b", re.I)
_CODE = re.compile(r"\b[A-Z0-9]*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\b|\b[A-Z]{1,4}\d+[A-Z]*\b")
_NUMERIC_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2,4}(?![\d/])|(?<![\d/])\d{1,2}/(?:19|20)\d{2}(?![\d/])"
                           r"|(?<![\d-])\d{1,2}-\d{1,2}-(?:19|20)\d{2}(?![\d-])"  # 15-09-2020
                           r"|(?<![\d-])(?:19|20)\d{2}-[01]\d-[0-3]\d(?![\d-])"  # 2017-06-13
                           # clock times are dates too, never counts: 12:00, 14u00, 9.30 uur
                           r"|(?<![\d.,:])(?:[01]?\d|2[0-3])(?::[0-5]\d(?![\d.,])|u[0-5]\d\b|\.[0-5]\d(?=\s*(?:uur|u)\b))")
_WORD_DATE = re.compile(
    rf"\b(\d{{1,2}})(?:\s*(?:en|tot|-|–)\s*\d{{1,2}})?\s+(?:{MONTHS})\.?(?:\s+(\d{{4}}))?\b", re.I
)
_MONTH_YEAR = re.compile(rf"\b(?:{MONTHS})\.?\s+(\d{{4}})\b", re.I)
_REF_PREFIX = re.compile(
    r"(?:(?<![\w-])(?:nr|nrs|no|art|artikel|p|pp|blz|vraag|vragen|OD|SD|VIA|PC|BS|bijlage|hoofdstuk|punt|"
    r"paragraaf|fig|figuur|tabel|table|page|doelstelling|decreet|besluit)\.?\s*(?:nr\.?\s*)?|§\s*)(?:[\d/.-]+,?[ \t]*(?:en\s+)?)*$",
    re.I,
)
_PHONE = re.compile(r"(?<![\d.,])(?:\+32\s?|\b0)\d{1,3}(?:([ ./])\d{2,3})(?:\1\d{2,3}){1,2}(?![\d]|[.,]\d)")
_RANGE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?-\d+(?:[.,]\d+)?(?!\w|[.,]\d)"
                    r"|(?<![\w.,])\d{1,3}-\s*(?:tot|en|à|to|and)\s+\d{1,3}-?(?=jarig|jaar|year)")  # '20- tot 64-jarigen'
_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")
_ENUM_LINE = re.compile(r"^[\s\f•\-–]*(?:\(?[a-z]{1,4}[.)]\s+)?\(?(\d{1,2})(?:[.)°]|\s*°)(?=\s|$)")
_ORDINAL = re.compile(r"^(?:e|ste|de|ste|st|nd|rd|th)\b")


@dataclass(frozen=True)
class NumberToken:
    """A digit run in a text: `text[start:end] == raw`; `value` None if unparsable."""

    start: int
    end: int
    raw: str
    value: float | None
    kind: str  # "measure", "date", "year", "code", "ref", "page", "phone", ...

    @property
    def is_measure(self) -> bool:
        return self.kind == MEASURE


def parse_number(raw: str, lang: str = "nl") -> float | None:
    """Value of a printed number such as "19.407,5", "73,9%", "EUR 1.2 million".

    Surrounding currency signs, units and "%" are ignored; magnitude words
    (miljoen, million, miljard, ...) multiply. Grouping that does not fit the
    language (Dutch "1.2") falls back to the only sensible reading (1.2).
    """
    text = raw.strip().replace("\u2212", "-").replace("\u00a0", " ")
    match = re.search(r"[-]?\s?\d[\d.,' ]*", text)
    if not match:
        return None
    literal = match.group().replace(" ", "").replace("'", "").rstrip(".,")
    value = _parse_literal(literal, lang)
    if value is None:
        return None
    tail = text[match.end():].lower()
    word = re.match(r"\s*([a-z]+)", tail)
    if word and word.group(1) in SCALE_WORDS and word.group(1) != "duizend":
        value *= SCALE_WORDS[word.group(1)]
    return value


def _parse_literal(literal: str, lang: str) -> float | None:
    """Parse digits with separators; babel first, then a grouping heuristic."""
    locale = "nl_BE" if lang == "nl" else "en"
    try:
        return float(parse_decimal(literal, locale=locale, strict=True))
    except (NumberFormatError, InvalidOperation, ValueError):
        pass
    negative = literal.startswith("-")
    body = literal.lstrip("-")
    decimal_sep, group_sep = (",", ".") if lang == "nl" else (".", ",")
    if group_sep in body and decimal_sep not in body and not re.fullmatch(
        rf"\d{{1,3}}(?:\{group_sep}\d{{3}})+", body
    ):
        decimal_sep, group_sep = group_sep, decimal_sep  # "1.2" in Dutch text
    body = body.replace(group_sep, "").replace(decimal_sep, ".")
    try:
        value = float(Decimal(body))
    except InvalidOperation:
        return None
    return -value if negative else value


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end == -1 else end


def _is_page_number(text: str, start: int, end: int) -> bool:
    """A bare number alone on its line after 2+ blank lines or beside a form feed."""
    line_start, line_end = _line_bounds(text, start)
    if text[line_start:line_end].strip(" \f\t") != text[start:end] or end - start > 4 or re.fullmatch(
        r"(?:19|20)\d\d", text[start:end]
    ):
        return False
    before = text[max(0, line_start - 4):line_start]
    after = text[line_end:line_end + 3]
    next_heading = re.match(r"\n[ \f]*(?:[IVX]+\.|\d+(?:\.\d+)*\.)\s+[A-Z]", text[line_end:line_end + 20])
    return before.endswith("\n\n\n") or "\f" in before + after or bool(next_heading)


def find_numbers(text: str, lang: str = "nl") -> list[NumberToken]:
    """Every number token in `text`, classified; spans index into `text`."""
    urls = _spans(_URL, text)
    codes = _spans(_CODE, text)
    dates = _spans(_NUMERIC_DATE, text)
    ranges = _spans(_RANGE, text)
    phones = _spans(_PHONE, text)
    word_dates: list[tuple[int, int]] = []
    for m in _WORD_DATE.finditer(text):
        word_dates.append(m.span())
    for m in _MONTH_YEAR.finditer(text):
        word_dates.append(m.span(1))
    tokens = []
    scan = text
    items: set[int] = set()  # where an item number opens a sentence ('. 3. 121 personen')

    def mark(m: re.Match) -> str:
        if _item_marker(scan, m):
            items.add(m.start())
            return m.group(0)
        return m.group(1) + ".~"
    while True:  # mark the spaces of spaced thousands groups; same length, so spans still index `text`
        marked = _SPACED_GROUP.sub(mark, scan)
        if marked == scan:
            break
        scan = marked
    scan = _PLAIN_GROUPS.sub(lambda m: m.group(0).replace(" ", "~"), scan)
    scan = _SPACED_CENTS.sub(",~", scan)  # '139. 349, 92 euro': the cents of a spaced amount, not a number of its own
    for m in _NUM.finditer(scan):
        start, end = m.span()
        raw = text[start:end]
        while raw and raw[-1] in ".,":
            raw, end = raw[:-1], end - 1
        kind = "enum" if start in items else _classify(text, start, end, raw, urls, codes, dates, word_dates, ranges,
                                                        phones)
        tokens.append(NumberToken(start, end, raw, parse_number(raw, lang), kind))
    return _unglued(text, tokens, lang)


def _unglued(text: str, tokens: list[NumberToken], lang: str) -> list[NumberToken]:
    """A list of years whose cells lost their spaces in extraction ('per jaar:2012: 652013: 932014: 97...')
    glues each count to the next year. A digit run that follows 'Y: ' and ends in Y+1 right before ':' is the
    count and the next year; the run's last count may carry the next item's number ('2016: 1392. Hieronder'
    after item 1 is 139 and item 2)."""
    out: list[NumberToken] = []
    glued = False
    for t in tokens:
        prev = out[-1] if out else None
        after_year = (prev is not None and prev.kind == "year" and prev.value is not None
                      and re.fullmatch(r":\s*", text[prev.end:t.start]) is not None)
        if after_year and t.raw.isdigit() and len(t.raw) > 4 and text.startswith(":", t.end) \
                and int(t.raw[-4:]) == int(prev.value) + 1:
            out += _split(t, 4, "year", lang)
            glued = True
            continue
        if glued and after_year and t.raw.isdigit() and re.match(r"\.\s+[A-Z]", text[t.end:]):
            item = next((o for o in reversed(out) if o.kind == "enum"), None)
            nxt = str(int(item.value) + 1) if item is not None and item.value is not None else ""
            if nxt and t.raw.endswith(nxt) and len(t.raw) > len(nxt):
                out += _split(t, len(nxt), "enum", lang)
                glued = False
                continue
        if t.kind == "enum":
            glued = False
        out.append(t)
    return out


def _split(t: NumberToken, tail: int, kind: str, lang: str) -> list[NumberToken]:
    """A glued digit run as the count it starts with and the `tail` digits after it (a year or an item number)."""
    cut = t.end - tail
    return [NumberToken(t.start, cut, t.raw[:-tail], parse_number(t.raw[:-tail], lang), MEASURE),
            NumberToken(cut, t.end, t.raw[-tail:], float(t.raw[-tail:]), kind)]


# abbreviations that stand before an amount ('ca. 2. 000'): their period ends no sentence
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:ca|ong|resp|bijv|bv|vb|gem|max|min|plm|pl\.m|approx|i\.e|o\.a|nl|vs|cf)\.$",
                               re.I)
_INLINE_ITEM = re.compile(r"\.\s+(?:[a-z]\)\s|[A-ZÀ-Ý][a-zà-ÿ])")


def _item_marker(text: str, m: re.Match) -> bool:
    """'... (inclusief btw). 3. 121 personen': the next numbered item (3 after an item 2) opening a sentence,
    not the number 3.121."""
    if not m.group(1).isdigit() or not 2 <= int(m.group(1)) <= 30:
        return False
    before = text[:m.start()].rstrip(" \t")
    if before and before[-1] not in ".!?:;)\n" or _ABBREVIATION_END.search(before):
        return False
    if re.match(r"\d{3}\. \d{3}(?!\d)", text[m.end():]):
        return False  # '2013: 4. 000. 000 euro': two spaced groups make an amount, not item 4
    if before.endswith(":"):  # 'een daling van 14 %: 2. 456 faillissementen': after a colon, only a list just begun
        before = before[-200:]
    # the item before it opens a sentence too, not an amount ('2012: 3. 770. 000 euro' is no item 3)
    return re.search(rf"(?:^|[.!?:;)]\s+|\n\s*){int(m.group(1)) - 1}\.\s(?!\d{{3}}(?!\d))", before) is not None


def _classify(
    text: str, start: int, end: int, raw: str,
    urls: list[tuple[int, int]], codes: list[tuple[int, int]], dates: list[tuple[int, int]],
    word_dates: list[tuple[int, int]], ranges: list[tuple[int, int]], phones: list[tuple[int, int]],
) -> str:
    """Decide what a digit run is from the characters around it."""
    prev = text[start - 1] if start else " "
    nxt = text[end] if end < len(text) else " "
    after = text[end:end + 12]
    before = text[max(0, start - 25):start]
    if _inside(urls, start, end):
        return "url"
    if re.fullmatch(r"\d{5,}", raw) and (prev == "(" and nxt == ")" or re.match(r"\s*-\s*\d{5,}(?!\d)", after)
                                        or re.search(r"(?<![\d.,])\d{5,}\s*-\s*$", before)):
        return "code"  # 'Regentschapsstraat 61 (221981)', 'verstrekking 775294 - 775305': an identifier, not an amount
    if prev == "[" and nxt == "]":  # '=== [111] 2023-11-17', 'zie [3]': a numbered reference, not a quantity
        return "ref"
    if re.search(r"\(\s*x\s*$", text[max(0, start - 5):start], re.I) and re.match(r"\s*(?:\w+\s*)?\)", after):
        return "ref"  # '(x 1.000)', '(x 1000 euro)': the scale of a column, not a quantity
    if _INLINE_ITEM.match(text, end) and len(raw) <= 2 and re.search(r"(?:^|[.!?:;)]\s+)$", text[max(0, start - 3):start]):
        return "enum"  # '... verwacht. 4. a) In 2015 ...': an answer's item number, mid-line
    if _inside(codes, start, end) or (prev.isalpha() and prev.isupper()):
        return "code"
    ref = _REF_PREFIX.search(before)
    if ref and (ref.start() > 0 or start - len(before) == 0 or not text[start - len(before) - 1].isalnum()):
        return "ref"  # not 'punt' cut out of 'meldpunt' by the window's edge
    if prev.isalpha() or prev in ")’'\"" or (prev == "." and start >= 2 and text[start - 2].isalpha()):
        return "footnote"
    if _inside(dates, start, end) or _inside(word_dates, start, end):
        return "date"
    if _inside(phones, start, end):
        return "phone"
    if _SECTION.match(raw) and not re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw) and (
        raw.count(".") > 1 or not text[_line_bounds(text, start)[0]:start].strip(" \f\t")
    ):
        return "section"
    if _inside(ranges, start, end) and not raw.startswith("-"):
        if re.fullmatch(r"(?:19|20)\d\d", raw):
            return "year"
        return "range"
    if prev in "<>≤≥" or before.rstrip().endswith(("<", ">", "≤", "≥")) and before.endswith(" "):
        return "bound"
    if re.match(r"\s*\((?:19|20)\d\d-(?:19|20)?\d\d\)", after) or re.match(r"/\d", after):
        return "ref"
    if _ORDINAL.match(after):
        return "ordinal"
    if _is_page_number(text, start, end):
        return "page"
    line_start, _ = _line_bounds(text, start)
    head = text[line_start:end + 2]
    enum = _ENUM_LINE.match(head)
    if enum and line_start + enum.end(1) == end and nxt in ".)°" and not re.match(r"\.\d", text[end:end + 2]):
        return "enum"
    if nxt == ")" and len(raw) <= 2 and re.search(r"(?:^|[\s;,(])$", before) and not re.match(r"\)\s*(?:%|procent)", text[end:]):
        return "enum"
    if nxt == "°" or text[end:end + 2] == " °":
        return "enum"
    if len(raw) <= 2 and re.search(r"[.!?:]\s+$", before) and re.match(r"\.\s+[A-Z]", text[end:end + 4]):
        return "enum"  # 'gecommuniceerd. 2. Op datum van ...': an answer's second point, run into the text
    if len(raw) <= 2 and (re.search(r"\b\d{1,2}[.)]\s*(?:en|and|tot|,|&)\s*$", before) and re.match(r"[.)]\s+[A-Z(]", after)
                          or re.search(r"(?:^|[.!?:]\s+)$", before) and re.match(r"[.)]\s*(?:en|and|tot|,|&)\s*\d{1,2}[.)]\s", after)):
        return "enum"  # '3. en 4. De kosten ...': the answer to questions 3 and 4
    token = text[max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1:end + len(after.split(None, 1)[0] if after.strip() else "")]
    if "-" in token and re.search(r"\d{9,}", token):
        return "code"  # '2016201714241-13-2059-bil-1': a document's reference number, run together
    if re.fullmatch(r"(?:19[5-9]\d|20[0-4]\d)", raw) and not re.match(
        r"\s*(?:%|procent|euro|keuro|k\s?euro|EUR|VTE|personen|mensen|dagen)\b", after
    ):
        return "year"
    if re.fullmatch(r"(?:19[9]\d|20[0-3]\d)[1-9]", raw) and re.search(r"\b(?:in|sinds|van|tot|jaar)\s$", before):
        return "year"  # "in 20202" = year 2020 followed by a footnote marker
    if _line_footnote(text, start, end, raw):
        return "footnote"
    return MEASURE


_UNIT_AFTER = re.compile(r"\s*(?:%|procent|euro|keuro|k\s?euro|EUR|VTE|jaar|dagen|uur|maanden)\b", re.I)


def _line_footnote(text: str, start: int, end: int, raw: str) -> bool:
    """A small number opening a footnote line ("3  Zie ...") or after a sentence end."""
    if not re.fullmatch(r"\d{1,2}", raw) or _UNIT_AFTER.match(text, end):
        return False
    line_start, line_end = _line_bounds(text, start)
    rest = text[end:line_end]
    if text[line_start:start].strip(" \f\t") == "" and re.match(r"\s+[A-Z’'\"“(]|\s+https?:|\s+\d{6,}", rest):
        return True
    return bool(re.search(r"[.!?]\s$", text[max(0, start - 3):start]) and re.match(r"\s{2,}[A-Z]", rest))


def decimals_of(raw: str) -> int:
    """Digits after the decimal comma of a Dutch number as printed ('19.407,5' -> 1)."""
    m = re.search(r",(\d+)", raw)
    return len(m.group(1)) if m else 0


def exact(f: Fact) -> bool:
    """Counts printed without decimals or scale are exact; money, shares and decimals are rounded."""
    if not re.search(r"\d", f.raw):
        return True  # "/", "-", "Geen": nothing
    unit = f.unit or ""
    return decimals_of(f.raw) == 0 and f.scale == 1.0 and unit != "%" and "euro" not in unit


def half_step(f: Fact) -> float:
    """Half the last printed digit: how far the true value may lie from the printed one."""
    return 0.0 if exact(f) else 0.5 * 10 ** -decimals_of(f.raw)


def tolerance(facts: list[Fact]) -> float:
    """Largest discrepancy that rounding of these printed values can explain."""
    return sum(half_step(f) for f in facts) + 1e-9


_NL_UNITS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_NL_WORDS = {**_NL_UNITS, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
             "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, "twintig": 20, "dertig": 30,
             "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70, "tachtig": 80, "negentig": 90,
             "honderd": 100}
_EN_UNITS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_EN_WORDS = {**_EN_UNITS, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
             "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
             "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100}
_TENS_NL = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_TENS_EN = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD_NL = re.compile(rf"(?<![\w-])(?:(een|{'|'.join(_NL_UNITS)})[eë]n({_TENS_NL})|({'|'.join(_NL_WORDS)}))(?![\w-])", re.I)
_WORD_EN = re.compile(rf"(?<![\w-])(?:({_TENS_EN})-({'|'.join(_EN_UNITS)}|one)|({'|'.join(_EN_WORDS)}))(?![\w-])", re.I)
# not amounts: 'twee derde' (a fraction), 'twee à drie' (a vague range)
_NOT_AMOUNT_AFTER = re.compile(r"\s+(?:slaan|sloeg|geslagen|derde|vierde|vijfde|"
                               r"zesde|thirds?|quarters?|fifths?|à|a|of|tot|to|or)\b", re.I)
_TAKE_INTO_ACCOUNT = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:genomen|nemen|neemt|nam|namen)\b", re.I)
_SMALL = {**_NL_UNITS, "een": 1, "one": 1, **_EN_UNITS}


# 'de laatste vijf jaar', 'the past three years': a stretch of time named, no amount the text reports
_SPAN_BEFORE = re.compile(r"\b(?:laatste|afgelopen|voorbije|komende|volgende|eerste|last|past|next|first)\s+$", re.I)
_SPAN_UNIT = re.compile(r"\s+(?:jaar|jaren|maanden|maand|weken|week|dagen|years?|months?|weeks?|days?)\b", re.I)


def find_number_words(text: str, lang: str = "nl") -> list[NumberToken]:
    """Amounts written as words: 'zes miljoen euro', 'drie weken', 'vijfentwintig', 'twelve members'.

    For prose and claims only: tables print digits. Dutch words are always read; English ones only in
    English text, where Dutch 'ten' ('ten minste') cannot occur.
    """
    patterns = [(_WORD_NL, _NL_WORDS)] + ([(_WORD_EN, _EN_WORDS)] if lang == "en" else [])
    tokens = []
    for pattern, words in patterns:
        for m in pattern.finditer(text):
            if m.group(3):
                value = words[m.group(3).lower()]
            else:
                a, b = m.group(1).lower(), m.group(2).lower()
                tens, small = (b, a) if b in words and words[b] >= 20 else (a, b)
                value = words[tens] + _SMALL[small]
            before = text[max(0, m.start() - 12):m.start()]
            digits = re.search(r"(\d+)\s*$", before)  # '3 zes' is no amount; 'in 2016 zes jobstudenten' is
            if _NOT_AMOUNT_AFTER.match(text, m.end()) or _SPAN_BEFORE.search(before) and _SPAN_UNIT.match(text, m.end()) \
                    or digits and not re.fullmatch(r"(?:19|20)\d\d", digits.group(1)) \
                    or (value == 8 and _TAKE_INTO_ACCOUNT.match(text, m.end())):
                continue
            tokens.append(NumberToken(m.start(), m.end(), m.group(0), float(value), MEASURE))
    return sorted(tokens, key=lambda t: t.start)
