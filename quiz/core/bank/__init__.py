"""Question banks: load once, check, build from formulas, merge hand edits, open a checked bank."""
