"""The wheel carries the knowledge base: the repository's ``resources/`` is installed as the
package data of ``app.resources`` (found by app/core/knowledge/resources.py). Everything else
is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*"]), "app.resources"],
    package_dir={"app.resources": "resources"},
    package_data={"app.resources": ["**/*"]},
)
