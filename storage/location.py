"""Where the database lives: ``--data-dir``, else ``PACTWRIGHT_DATA_DIR``, else the
platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "Pactwright"
DATA_DIR_ENV = "PACTWRIGHT_DATA_DIR"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use; not created here (opening the database does that)."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser()
    return user_data_path(APP_NAME, appauthor=False)
