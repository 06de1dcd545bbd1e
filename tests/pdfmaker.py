"""A minimal PDF writer for tests: text placed at exact positions, Helvetica, one content stream a page.

Real table PDFs print each cell as its own positioned text; this makes such
files without a PDF library, so tests can lay out the table classes the
geometry reader must handle (two-level headers, transposed tables, wrapped
labels, empty-cell markers) with their real geometry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAGE_W, PAGE_H = 595, 842
_WIDTH = 0.52  # average Helvetica glyph width, in em


def text_width(text: str, size: float) -> float:
    return len(text) * size * _WIDTH


@dataclass
class Page:
    """Text items (x, y from the top, text, size); `right` items are right-aligned at x."""

    items: list[tuple[float, float, str, float]] = field(default_factory=list)
    y: float = 60.0

    def text(self, x: float, y: float, text: str, size: float = 9, right: bool = False, centre: bool = False) -> None:
        if right:
            x -= text_width(text, size)
        elif centre:
            x -= text_width(text, size) / 2
        self.items.append((x, y, text, size))

    def line(self, text: str, size: float = 10, gap: float = 14) -> None:
        """A line of running text at the left margin, below the previous one."""
        self.text(60, self.y, text, size)
        self.y += gap


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[Page]) -> bytes:
    """The bytes of a PDF with these pages."""
    objects: list[bytes] = []
    kids = []
    for i, page in enumerate(pages):
        stream = b"".join(
            b"BT /F1 %.1f Tf 1 0 0 1 %.2f %.2f Tm (" % (size, x, PAGE_H - y) + _escape(text) + b") Tj ET\n"
            for x, y, text, size in page.items)
        content_id = 4 + 2 * i + 1
        kids.append(4 + 2 * i)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % (PAGE_W, PAGE_H, content_id))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(head + objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(offsets) + 1, xref)
    return bytes(out)


def aligned_rows(page: Page, rights: list[float], rows: list[tuple[str, tuple[str, ...]]]) -> None:
    """Table lines 14 pt apart: the label at the margin, each cell right-aligned at its column's right edge."""
    for label, cells in rows:
        page.text(60, page.y, label)
        for x, cell in zip(rights, cells):
            page.text(x, page.y, cell, right=True)
        page.y += 14


def table(page: Page, caption: str, header_rows: list[list[tuple[str, int, int]]], rows: list[tuple[list[str], list[str]]],
          x_label: float = 60, x_first: float = 230, col_w: float = 60, size: float = 9, row_gap: float = 16,
          line_gap: float = 11) -> None:
    """Draw a table: header rows of (text, first column, last column) spans centred over their columns,
    then rows of (label lines, cells) with the cells right-aligned and on the label's last line."""
    page.line(caption, size=9, gap=16)
    for header in header_rows:
        for text, lo, hi in header:
            if lo < 0:
                page.text(x_label, page.y, text, size)
            else:
                centre = x_first + (lo + hi + 1) * col_w / 2
                page.text(centre, page.y, text, size, centre=True)
        page.y += line_gap + 3
    for labels, cells in rows:
        for k, label in enumerate(labels):
            page.text(x_label + (10 if label.startswith("  ") else 0), page.y + k * line_gap, label.strip(), size)
        y = page.y + (len(labels) - 1) * line_gap
        for j, cell in enumerate(cells):
            if cell:
                page.text(x_first + (j + 1) * col_w - 6, y, cell, size, right=True)
        page.y = y + row_gap
    page.y += 8
