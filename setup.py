"""Build glue: installs the top-level ``resources/`` folder as ``tracker.resources``
beside the packages found under ``tracker/``.  All other metadata is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["tracker", "tracker.*"]), "tracker.resources"],
    package_dir={"tracker.resources": "resources"},
)
