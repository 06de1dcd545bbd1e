"""Word boxes of a PDF page, from pdfium's character boxes.

pypdf gives the text of record; this gives where each word sits, so tables can
be read by geometry (`qa.facts.geometry`). Words are split at white space and
also at a wide gap between two characters: adjacent table cells printed
without a space ("58.165.410,0066.261.029,00€") become two words again, and a
footnote mark raised after a cell ('63,5' and a small '3') is a word of its own.
"""

from __future__ import annotations

import unicodedata

Word = tuple[str, float, float, float, float]  # text, x0, x1, top, bottom (points, y downwards)


def page_words(page) -> list[Word]:
    """The words of one pypdfium2 page."""
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        words: list[Word] = []
        chars: list[tuple[str, float, float, float, float]] = []
        prev_left = prev_right = prev_bottom = prev_size = 0.0

        def flush() -> None:
            if chars:
                word = unicodedata.normalize("NFKC", "".join(c[0] for c in chars)).replace("\ufffe", "-")
                words.append((word, round(min(c[1] for c in chars), 2), round(max(c[2] for c in chars), 2),
                              round(height - max(c[4] for c in chars), 2), round(height - min(c[3] for c in chars), 2)))
                chars.clear()

        for i, ch in enumerate(text[:n]):
            if chars and unicodedata.category(ch) == "No" and (chars[-1][0].isdigit() or chars[-1][0] in "€%)" or len(
                    chars) >= 3 and all(c[0].isalpha() for c in chars[-3:])):
                continue  # '2023-2024¹', '18.000.000,00 €²', 'Limburg²': a footnote mark, not a digit ('m²' keeps its)
            if ch.isspace() or ch == "\x00":
                flush()
                continue
            left, bottom, right, top = textpage.get_charbox(i)
            if right <= left and top <= bottom:
                flush()
                continue
            # loose boxes span each glyph's advance, so letters of one word abut whatever the font
            loose_left, loose_bottom, loose_right, loose_top = textpage.get_charbox(i, loose=True)
            if chars:
                size = max(loose_top - loose_bottom, 1.0)
                if loose_left - prev_right > 0.25 * size or loose_left < prev_left - 0.5 * size \
                        or _raised(ch, loose_top - loose_bottom, loose_bottom, prev_size, prev_bottom):
                    flush()
            prev_left, prev_right = loose_left, loose_right
            prev_bottom, prev_size = loose_bottom, max(loose_top - loose_bottom, 1.0)
            chars.append((ch, left, right, bottom, top))
        flush()
        return words
    finally:
        textpage.close()


def _raised(ch: str, size: float, bottom: float, prev_size: float, prev_bottom: float) -> bool:
    """A character set smaller and raised after the one before: a footnote mark glued to its word ('63,5' and a
    raised '3'), which must not make '63,53'. Superscript code points ('m²') belong to their word."""
    return unicodedata.category(ch) != "No" and size < 0.9 * prev_size and bottom - prev_bottom > 0.25 * prev_size


def pdf_words(data: bytes, max_pages: int) -> list[list[Word]]:
    """Words of every page of the PDF in `data` (empty lists where pdfium cannot read a page)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        out: list[list[Word]] = []
        for i in range(min(len(pdf), max_pages)):
            try:
                page = pdf[i]
                out.append(page_words(page))
                page.close()
            except Exception:  # one odd page must not cost the others their words
                out.append([])
        return out
    finally:
        pdf.close()
