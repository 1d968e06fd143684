"""The trainer: a Textual TUI for study sessions, mock exams and progress."""
