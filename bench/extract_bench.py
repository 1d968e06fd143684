"""Extraction speed against a full jieba segmentation of the same text.

Builds a corpus of at least 5 MB from corpus/*.txt, then, each in a fresh process so that
peak memory is its own: (1) cleaning plus formula extraction, (2) a plain `jieba.lcut`
over the same text (the baseline). The two sides alternate for `--rounds` rounds and are
timed in CPU seconds of their own process, so that a busy machine slows both alike; the
ratio is the median of the per-round ratios. Prints chars/s, peak RSS and the ratio.

    python bench/extract_bench.py [--mb 5] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_text(megabytes: float) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    block = "\n\n".join(texts)
    target = int(megabytes * 1_000_000)
    copies = target // len(block.encode("utf-8")) + 1
    return "\n\n".join([block] * copies)


def run_phase(phase: str, megabytes: float) -> dict[str, float]:
    text = build_text(megabytes)
    if phase == "extract":
        from quiz.core.extract import extract_formulas
        from quiz.core.text.corpus import Document, clean_text
        from quiz.core.text.segmentation import is_word

        is_word("中国")  # load the segmenter's dictionary outside the timing, as for jieba
        start = time.process_time()
        cleaned, chain, applied = clean_text(text, "bench.txt")
        doc = Document("bench.txt", Path("bench.txt"), cleaned, "bench", offsets=chain)
        count = len(extract_formulas(doc))
        elapsed = time.process_time() - start
    else:
        import jieba

        jieba.initialize()
        start = time.process_time()
        count = len(jieba.lcut(text))
        elapsed = time.process_time() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"chars": len(text), "bytes": len(text.encode("utf-8")), "seconds": elapsed,
            "results": count, "peak_rss_mb": peak_kb / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=5.0, help="corpus size in MB (default 5)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--phase", choices=["extract", "jieba"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(run_phase(args.phase, args.mb)))
        return
    runs: dict[str, list[dict[str, float]]] = {"extract": [], "jieba": []}
    for round_no in range(args.rounds):
        order = ("extract", "jieba") if round_no % 2 == 0 else ("jieba", "extract")
        for phase in order:
            out = subprocess.run([sys.executable, __file__, "--phase", phase, "--mb", str(args.mb)],
                                 check=True, capture_output=True, text=True).stdout
            runs[phase].append(json.loads(out.strip().splitlines()[-1]))
    ratios = sorted(b["seconds"] / e["seconds"] for e, b in zip(runs["extract"], runs["jieba"], strict=True))
    ext = sorted(runs["extract"], key=lambda r: r["seconds"])[len(ratios) // 2]
    base = sorted(runs["jieba"], key=lambda r: r["seconds"])[len(ratios) // 2]
    print(f"corpus: {ext['bytes'] / 1e6:.1f} MB, {ext['chars']:,} characters")
    for name, r in (("extract (clean + extract)", ext), ("jieba.lcut (baseline)", base)):
        print(f"{name:28s} {r['seconds']:7.2f} CPU s  {r['chars'] / r['seconds']:12,.0f} chars/s"
              f"  peak RSS {r['peak_rss_mb']:6.0f} MB  ({r['results']:,} results)")
    ratio = ratios[len(ratios) // 2]
    print(f"per-round ratios: {', '.join(f'{r:.1f}x' for r in ratios)}")
    print(f"ratio: extraction is {ratio:.1f}x faster than full segmentation (target >= 3x); "
          f"peak RSS {ext['peak_rss_mb']:.0f} MB (target < 300 MB)")


if __name__ == "__main__":
    main()
