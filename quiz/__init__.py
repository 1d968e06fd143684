"""提法通 (quiz): learn the numbered key formulas of Chinese reports in the terminal."""

__version__ = "0.1.0"
