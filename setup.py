"""Only what pyproject.toml cannot say: ship the top-level resources/ folder as chronoapp.resources."""
from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["chronoapp", "chronoapp.*"]) + ["chronoapp.resources"],
    package_dir={"chronoapp.resources": "resources"},
)
