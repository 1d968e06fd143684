"""Reading source files: encodings, cleaning, offsets back to the source, segmentation, the one YAML parser.

Imports nothing above it in the core (only `quiz.core.errors`).
"""
