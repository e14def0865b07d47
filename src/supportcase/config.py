"""Where supportcase keeps its data, from the environment.

- `SUPPORTCASE_HOME`: the data directory (default `~/.supportcase`): the SQLite store,
  the blob store of original documents, caches.
- `SUPPORTCASE_DATABASE_URL`: a SQLAlchemy URL; a PostgreSQL server for teams
  (`postgresql+psycopg://user@host/db`). Default: SQLite file in the data directory.
- `SUPPORTCASE_MAX_UPLOAD_MB`: size limit for one uploaded file (default 50).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    max_upload_bytes: int

    @property
    def blob_dir(self) -> Path:
        return self.home / "blobs"

    @property
    def cache_dir(self) -> Path:
        return self.home / "cache"


def settings() -> Settings:
    home = Path(os.environ.get("SUPPORTCASE_HOME") or Path.home() / ".supportcase").expanduser()
    url = os.environ.get("SUPPORTCASE_DATABASE_URL") or f"sqlite:///{home / 'supportcase.db'}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    max_mb = int(os.environ.get("SUPPORTCASE_MAX_UPLOAD_MB", "50"))
    return Settings(home=home, database_url=url, max_upload_bytes=max_mb * 1024 * 1024)
