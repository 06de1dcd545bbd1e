"""Ablation of the answer stage's hand-written rule families (issue 13, item 5).

    python -m bench.ablation                          # dev questions over corpus/
    python -m bench.ablation --set NAME=GOLD:INDEX ... # more question sets, each with its built index

Each family is switched off in its own process (the rules are module-level
word lists and patterns; switching one off patches them before the first
question), every question set is answered, and the table shows what each
family is worth: accuracy and wrong-answer rate with the family on and off.
A family earns its place when it helps on questions it was not written for.
Search-side signals have their own ablation in `bench/archive.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
SHARED = Path(os.environ.get("QA_SHARED", ROOT.parent / "shared"))
MARK = "ABLATION_RESULT "


def _no_word_list() -> None:
    from qa import text
    text.EN_NL.clear()


def _no_contrasts() -> None:
    from qa import text
    text.CONTRASTS.clear()
    text.stemmed_contrasts.cache_clear()


def _no_synonyms() -> None:
    from qa.answer import synonyms
    synonyms._SYNONYMS.clear()
    synonyms._synonym_map.cache_clear()


def _no_provinces() -> None:
    from qa.answer import context, phrasing, question
    for module in (question, phrasing, context):
        module.places_in = lambda text: []


def _no_codes() -> None:
    from qa.answer import claims, frames, scored
    never = re.compile(r"(?!)")
    for module in (frames, claims, scored):
        module.CODE = never
    frames.HEADER_CODE = never  # the codes that head a table's rows or columns ('BA', 'VEK')


def _no_unit_hints() -> None:
    from qa.answer import question
    question.unit_hint = lambda text: None


def _no_asked_noun() -> None:
    from qa.answer import question
    question.asked_noun = lambda text: ""
    question.head_terms = lambda text, lang: []


FAMILIES: dict[str, tuple[str, Callable[[], None]]] = {
    "word_list": ("English→Dutch word list (qa.text.EN_NL)", _no_word_list),
    "contrasts": ("contrast vocabulary: started/ended, VAK/VEK, income/spending (qa.text.CONTRASTS)", _no_contrasts),
    "synonyms": ("Dutch synonym groups (qa.answer.synonyms)", _no_synonyms),
    "provinces": ("province names, adjectives and demonyms read from the question (question.places_in)", _no_provinces),
    "codes": ("acronym and code checks: a code the question names must label the figure (text.CODE)", _no_codes),
    "unit_hints": ("unit hints: 'in VTE', 'hoeveel euro', '%' (asked.unit_hint)", _no_unit_hints),
    "asked_noun": ("question-word patterns: the noun after 'hoeveel'/'how many' (asked.asked_noun, head_terms)",
                   _no_asked_noun),
}


def measure(family: str, sets: dict[str, tuple[Path, Path]]) -> dict:
    """Answer every set with `family` switched off ('none': everything on); summary per set."""
    if family != "none":
        FAMILIES[family][1]()
    from qa.answer.assistant import Assistant
    from qa.evaluate import load_gold, run_eval
    out = {}
    for name, (gold, index) in sets.items():
        _, rows, summary = run_eval(Assistant(index), load_gold(gold))
        out[name] = {"n": summary["n"], "accuracy": summary["overall"], "wrong_rate": summary["wrong_rate"],
                     "nl": summary.get("lang:nl"), "en": summary.get("lang:en"),
                     "ok": [bool(r["ok"]) for r in rows], "wrong": [bool(r["wrong"]) for r in rows]}
    return out


def _pooled(result: dict, names: list[str]) -> dict:
    ok = [x for n in names for x in result[n]["ok"]]
    wrong = [x for n in names for x in result[n]["wrong"]]
    return {"n": len(ok), "accuracy": round(sum(ok) / max(1, len(ok)), 3), "wrong": sum(wrong)}


def table(results: dict[str, dict], fresh: list[str]) -> str:
    """One line per family: dev and pooled fresh accuracy (and wrong answers), on and off."""
    lines = ["| family switched off | dev acc | dev wrong | fresh acc | fresh wrong | Δ dev | Δ fresh |",
             "|---|---|---|---|---|---|---|"]
    base_dev = results["none"].get("dev", {}).get("accuracy", 0.0)
    base_fresh = _pooled(results["none"], fresh)["accuracy"] if fresh else 0.0
    for family, result in results.items():
        dev = result.get("dev")
        pooled = _pooled(result, fresh) if fresh else None
        cells = [f"{dev['accuracy']:.3f}", str(sum(dev["wrong"]))] if dev else ["n/a", "n/a"]
        cells += [f"{pooled['accuracy']:.3f}", str(pooled["wrong"])] if pooled else ["n/a", "n/a"]
        cells += [f"{dev['accuracy'] - base_dev:+.3f}" if dev else "n/a",
                  f"{pooled['accuracy'] - base_fresh:+.3f}" if pooled else "n/a"]
        lines.append(f"| {family} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _parse_set(text: str) -> tuple[str, tuple[Path, Path]]:
    name, _, rest = text.partition("=")
    gold, _, index = rest.partition(":")
    return name, (Path(gold), Path(index))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", default=[], help="NAME=GOLD.jsonl:INDEX_DIR (repeatable)")
    ap.add_argument("--dev-index", type=Path, default=ROOT / "index", help="index built over corpus/")
    ap.add_argument("--family", help=argparse.SUPPRESS)  # internal: measure one family in this process
    ap.add_argument("--only", nargs="*", help="families to run (default: all)")
    ap.add_argument("--out", type=Path, help="write the results here (default: bench/results.json 'ablation')")
    args = ap.parse_args(argv)
    sets = dict(_parse_set(s) for s in args.set)
    dev_gold = SHARED / "eval" / "dev.jsonl"
    if dev_gold.is_file() and (args.dev_index / "CURRENT").exists():
        sets = {"dev": (dev_gold, args.dev_index), **sets}
    if not sets:
        print(f"ablation skipped: no question sets ({dev_gold} or {args.dev_index} missing, no --set)")
        return 0
    if args.family:
        print(MARK + json.dumps(measure(args.family, sets)))
        return 0
    results: dict[str, dict] = {}
    for family in ["none", *(args.only or FAMILIES)]:
        cmd = [sys.executable, "-P", "-m", "bench.ablation", "--family", family, "--dev-index", str(args.dev_index)]
        cmd += [f"--set={s}" for s in args.set]
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        line = next((x for x in proc.stdout.splitlines() if x.startswith(MARK)), None)
        if line is None:
            print(f"{family}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            return 1
        results[family] = json.loads(line[len(MARK):])
        print(f"{family}: " + ", ".join(f"{n} {r['accuracy']:.3f}" for n, r in results[family].items()), flush=True)
    fresh = [n for n in sets if n != "dev"]
    print(table(results, fresh))
    out = args.out or RESULTS
    data = json.loads(out.read_text()) if out.is_file() else {}
    data["ablation"] = {"families": {k: v[0] for k, v in FAMILIES.items()}, "sets": sorted(sets),
                        "results": {f: {n: {k: v for k, v in r.items() if k not in ("ok", "wrong")}
                                        for n, r in res.items()} for f, res in results.items()},
                        "pooled_fresh": {f: _pooled(res, fresh) for f, res in results.items()} if fresh else {}}
    out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
