"""Review: the SQLite store, fsrs scheduling, study sessions with undo, grading, exams, stats, settings."""
