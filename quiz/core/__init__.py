"""Pure domain code: reading reports, extracting formulas, banks, grading, scheduling.

Nothing under this package imports Textual or Rich (a test and an import-linter
contract check it), so every part can run headless and be tested without a terminal.
"""
