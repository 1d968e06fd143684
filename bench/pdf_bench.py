"""PDF text libraries compared on reports set as PDFs (the measurements in docs/pdf.md).

Sets three corpus texts as PDFs the way the tests do (a CJK font, running header and
footer, page numbers; the newspaper page in two columns), then times, best of three:
pypdf's plain and layout text, pdfminer.six's `extract_text`, pdfplumber's
`extract_text`, and quiz's own reader (pypdf plus the layout repair). Libraries that
are not installed are skipped; only pypdf is a dependency of quiz.

    python bench/pdf_bench.py [--out DIR]
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "unit"))

SAMPLES = [("001_af2775b9a86472cc", 1), ("002_a0322750131d4922", 2), ("004_54d0cbe4cf41eb1c", 1)]


def _pypdf(mode: str) -> Callable[[bytes], str]:
    def run(data: bytes) -> str:
        import pypdf

        reader = pypdf.PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text(extraction_mode=mode) for page in reader.pages)
    return run


def _pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def _pdfplumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _quiz(data: bytes) -> str:
    from quiz.core.text.pdf_reader import pdf_to_text

    return pdf_to_text(data, "bench.pdf").text


READERS: dict[str, Callable[[bytes], str]] = {
    "pypdf plain": _pypdf("plain"),
    "pypdf layout": _pypdf("layout"),
    "pdfminer.six": _pdfminer,
    "pdfplumber": _pdfplumber,
    "quiz (pypdf + layout repair)": _quiz,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, help="also write each reader's text here")
    args = parser.parse_args()
    from pdf_samples import cjk_font, make_report_pdf

    font = cjk_font()
    if font is None:
        sys.exit("no CJK font installed (apt-get install fonts-noto-cjk)")
    for name, columns in SAMPLES:
        text = (ROOT / "corpus" / f"{name}.txt").read_text(encoding="utf-8")
        data = make_report_pdf(text, font, columns=columns)
        print(f"{name} ({columns} column{'s' if columns > 1 else ''}, {len(data) // 1024} KB)")
        for label, reader in READERS.items():
            best = float("inf")
            try:
                for _ in range(3):
                    start = time.perf_counter()
                    out = reader(data)
                    best = min(best, time.perf_counter() - start)
            except ImportError:
                print(f"  {label:30} not installed")
                continue
            print(f"  {label:30} {best * 1000:7.0f} ms  {len(out):6} chars")
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                slug = label.split()[0].strip("(")
                (args.out / f"{name}.{slug}.{label.split()[-1]}.txt").write_text(out, encoding="utf-8")


if __name__ == "__main__":
    main()
