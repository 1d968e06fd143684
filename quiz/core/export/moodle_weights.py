"""The answer weights Moodle accepts, for multiple choice with several right answers."""

from __future__ import annotations

# Moodle's grade list: other percentages are rejected on import.
MOODLE_FRACTIONS = (100.0, 90.0, 83.33333, 80.0, 75.0, 70.0, 66.66667, 60.0, 50.0, 40.0,
                    33.33333, 30.0, 25.0, 20.0, 16.66667, 14.28571, 12.5, 11.11111, 10.0, 5.0)


def share_of(right_answers: int) -> str:
    """The weight of each right answer (they add up to about 100), as Moodle writes it."""
    exact = 100.0 / max(1, right_answers)
    nearest = min(MOODLE_FRACTIONS, key=lambda f: abs(f - exact))
    return f"{nearest:.5f}".rstrip("0").rstrip(".")
