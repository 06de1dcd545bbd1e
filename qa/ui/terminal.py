"""What the command line prints: documents found, sources under an answer, the closest figures when there
is no answer, and each claim of a checked text with its verdict (plain text, styled with click)."""

from __future__ import annotations

import click

from ..render import CLOSEST_HEADING, closest_line, where

def print_docs(docs) -> None:
    """One block per document: its title and score, then its best passage, shortened."""
    if not docs:
        click.echo("No documents found.")
    for n, d in enumerate(docs, 1):
        click.echo(click.style(f"[{n}] {d.title} ({d.doc})", bold=True) + f"  score {d.score:.3f}")
        h = d.passages[0]
        text = " ".join(h.text.split())
        where = f"p. {h.page}, " if h.page else ""
        click.echo(f"    {where}lines {h.line_start}-{h.line_end}: " + (text[:300] + " …" if len(text) > 300 else text))
        click.echo()


QUOTE_LINES = 8  # a passage cited around a table row is read in the document; its first lines place it


def print_sources(citations, lang: str) -> None:
    if not citations:
        return
    click.echo("Bronnen:" if lang == "nl" else "Sources:")
    for n, c in enumerate(citations, 1):
        click.echo(click.style(f"  [{n}] {c.title} ({c.doc}, {where(c, lang)})", bold=True))
        if c.caption:
            click.echo(f"      {c.caption[:160]}")
        click.echo("      " + "\n      ".join(quote_lines(c.quote)))


def quote_lines(quote: str, limit: int = QUOTE_LINES) -> list[str]:
    """A quote as it is printed: blank lines dropped, at most `limit` lines (its citation gives the range)."""
    lines = [x.rstrip() for x in quote.strip().splitlines() if x.strip()]
    if len(lines) > limit:
        lines = lines[:limit - 1] + [f"… (+{len(lines) - limit + 1})"]
    return lines


def print_closest(closest, lang: str) -> None:
    if not closest:
        return
    click.echo(click.style(CLOSEST_HEADING[lang] + ":", bold=True))
    for c in closest:
        click.echo("  - " + closest_line(c, lang))


VERDICT_LABEL = {"supported": "SUPPORTED", "contradicted": "CONTRADICTED", "not_in_documents": "NOT IN THE DOCUMENTS"}


def print_claims(claims, lang: str) -> None:
    """Each claim of a text with its verdict, how it was read and its first sources."""
    for n, c in enumerate(claims, 1):
        head = click.style(f"[{n}] {VERDICT_LABEL[c.verdict]}", bold=True)
        click.echo(f"{head}  «{c.claim}» (chars {c.start}-{c.end})")
        if c.read_as:
            click.echo(("    gelezen als: " if lang == "nl" else "    read as: ") + c.read_as)
        click.echo("    " + c.message)
        print_sources(c.citations[:2], c.lang)
