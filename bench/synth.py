"""A seeded synthetic corpus for the scale benchmark.

Each synthetic document takes the opening block (title line) of a seed
document, then runs of consecutive blocks (paragraphs, lists, tables — blocks
are separated by blank lines) drawn from any seed document, until it reaches
a length drawn from the seed documents' own lengths. Inside a document:

* every year is shifted by one offset per document, chosen so that all shifted
  years land in 1955–2000, outside the years the seed documents speak of
  (2000–2030 shifted by -30…-45). A question about "2021" in a seed document
  therefore keeps exactly one right answer in the big corpus; a question
  that names no year does not (a synthetic copy states a different number for
  the same thing), and the benchmark reports those separately.
* every other number keeps its format (digit count, separators) but gets new
  digits;
* the six Flemish provinces and Brussels are permuted.

The five seed documents themselves are copied unchanged next to the
synthetic ones, so the dev questions still have their gold documents.
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import time
from pathlib import Path

_BLOCK_SPLIT = re.compile(r"\n[ \t]*\n")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")
REGIONS = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "West-Vlaanderen", "Vlaams-Brabant",
           "Brussels Hoofdstedelijk Gewest"]
_REGION = re.compile(
    r"(?<![\w-])(?:(?P<b>Brussel(?:s|se)?[\s-]+Hoofdstedelijk(?:e)?[\s-]+Gewest)|(?P<w>West[\s-]*Vlaanderen)"
    r"|(?P<o>Oost[\s-]*Vlaanderen)|(?P<v>Vlaams[\s-]*Brabant)|(?P<a>Antwerpen)|(?P<l>Limburg))(?![\w-])")
_GROUP_REGION = {"a": 0, "l": 1, "o": 2, "w": 3, "v": 4, "b": 5}
YEAR_SHIFT = (30, 45)  # years move back by 30..45: 2000..2030 -> 1955..2000


def seed_blocks(seed_dir: Path) -> dict[str, list[str]]:
    """Blocks of each seed document (text files only, sorted by name)."""
    out = {}
    for path in sorted(seed_dir.iterdir()):
        if path.suffix.lower() == ".txt" and not path.name.startswith("."):
            blocks = [b for b in _BLOCK_SPLIT.split(path.read_text(encoding="utf-8")) if b.strip()]
            if blocks:
                out[path.name] = blocks
    return out


def mutate(text: str, rng: random.Random, year_shift: int, region_map: list[int]) -> str:
    """Shift years, re-draw the digits of other numbers, permute regions."""

    def number(m: re.Match) -> str:
        tok = m.group(0)
        if _YEAR.fullmatch(tok):
            return str(int(tok) - year_shift)
        out = []
        first = True
        for ch in tok:
            if ch.isdigit():
                out.append(str(rng.randint(1, 9) if first and len(tok) > 1 else rng.randint(0, 9)))
                first = False
            else:
                out.append(ch)
        return "".join(out)

    def region(m: re.Match) -> str:
        return REGIONS[region_map[_GROUP_REGION[m.lastgroup]]]

    return _REGION.sub(region, _NUMBER.sub(number, text))


def make_document(blocks: dict[str, list[str]], rng: random.Random) -> str:
    names = sorted(blocks)
    lengths = [sum(len(b) for b in blocks[n]) for n in names]
    base = rng.choice(names)
    target = int(rng.choice(lengths) * rng.uniform(0.7, 1.3))
    weights = [len(blocks[n]) for n in names]
    parts = [blocks[base][0]]
    size = len(parts[0])
    while size < target:
        src = blocks[rng.choices(names, weights)[0]]
        start = rng.randrange(len(src))
        run = src[start:start + rng.randint(2, 12)]
        parts.extend(run)
        size += sum(len(b) for b in run)
    shift = rng.randint(*YEAR_SHIFT)
    region_map = list(range(len(REGIONS)))
    rng.shuffle(region_map)
    return mutate("\n\n".join(parts) + "\n", rng, shift, region_map)


def generate(seed_dir: Path, out_dir: Path, n_docs: int, seed: int = 7, include_seed: bool = True) -> dict:
    """Write `n_docs` synthetic documents (plus the seed documents) into out_dir."""
    t0 = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    blocks = seed_blocks(seed_dir)
    rng = random.Random(seed)
    total = 0
    for i in range(n_docs):
        text = make_document(blocks, rng)
        (out_dir / f"syn_{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    seed_bytes = 0
    if include_seed:
        for name in blocks:
            shutil.copy(seed_dir / name, out_dir / name)
            seed_bytes += (seed_dir / name).stat().st_size
    return {"synthetic_docs": n_docs, "seed_docs": len(blocks) if include_seed else 0, "synthetic_bytes": total,
            "seed_bytes": seed_bytes, "seed": seed, "seconds": round(time.perf_counter() - t0, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "corpus")
    args = ap.parse_args()
    print(generate(args.corpus, args.out, args.n, args.seed))


if __name__ == "__main__":
    main()
