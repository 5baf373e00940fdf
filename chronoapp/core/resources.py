"""Access to the data files in the top-level resources/ folder (installed as chronoapp.resources)."""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. resource_path("vocab", "actors.json")."""
    try:
        root = Path(str(resources.files("chronoapp.resources")))
    except ModuleNotFoundError:  # running from a source tree that was never installed
        root = Path(__file__).resolve().parents[2] / "resources"
    return root.joinpath(*parts)
