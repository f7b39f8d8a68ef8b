"""Ships the asset folders (ui/, resources/, db/, exports/) inside the wheel as wic_desk/_assets/.

They live beside the package in the source tree (DESIGN.md's layout); setuptools only ships
files that sit inside a package, so the build copies them in. wic_desk.paths finds them in
either place.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ASSET_DIRS = ("ui", "resources", "db", "exports")


class BuildPyWithAssets(build_py):
    def run(self) -> None:
        super().run()
        here = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "wic_desk" / "_assets"
        for name in ASSET_DIRS:
            src = here / name
            if src.is_dir():
                shutil.copytree(
                    src, target / name, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
                )


setup(cmdclass={"build_py": BuildPyWithAssets})
