"""Formula extraction: numbered labels and the items a report gives for them.

Three stages (docs/extraction.md): label candidates (`labels`), item candidates from one
finder per pattern of the genre (`find_*`), and scoring (`scoring`), which keeps the best
candidate of each label above a threshold and records its confidence.
"""

from quiz.core.extract.pipeline import extract_formulas, extract_paths

__all__ = ["extract_formulas", "extract_paths"]
