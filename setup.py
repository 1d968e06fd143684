"""Build hook: the default bank and its corpus ship inside the package, in `quiz/data/`.

The checkout keeps them at the top level (`corpus/`, `question_banks/default.yaml`),
where organizers edit and regenerate them; building a wheel copies them into the
package, where `quiz.paths.packaged_data_dir()` finds them with importlib.resources.
Everything else about the build is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {ROOT / "corpus": "corpus", ROOT / "question_banks" / "default.yaml": "default.yaml"}


class BuildWithData(build_py):
    """build_py, then the bank and the corpus copied into build/…/quiz/data/."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "quiz" / "data"
        target.mkdir(parents=True, exist_ok=True)
        for source, name in SHIPPED.items():
            if source.is_dir():
                shutil.copytree(source, target / name, dirs_exist_ok=True)
            else:
                shutil.copy2(source, target / name)


setup(cmdclass={"build_py": BuildWithData})
