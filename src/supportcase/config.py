"""Where supportcase keeps its data, from the environment.

- `SUPPORTCASE_HOME`: the data directory (default `~/.supportcase`): the SQLite store,
  the blob store of original documents, caches.
- `SUPPORTCASE_DATABASE_URL`: a SQLAlchemy URL; a PostgreSQL server for teams
  (`postgresql+psycopg://user@host/db`). Default: SQLite file in the data directory.
- `SUPPORTCASE_MAX_UPLOAD_MB`: size limit for one uploaded file (default 50).
- `SUPPORTCASE_WORKERS`: worker threads the web process runs for slow work such as reading
  uploads (default 1; 0 when separate `supportcase worker` processes do it).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from supportcase.errors import UserError


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str
    max_upload_bytes: int
    workers: int = 1

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
    max_mb = _whole("SUPPORTCASE_MAX_UPLOAD_MB", 50)
    return Settings(home=home, database_url=url, max_upload_bytes=max_mb * 1024 * 1024,
                    workers=_whole("SUPPORTCASE_WORKERS", 1))


def _whole(name: str, default: int) -> int:
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    if not text.isdigit():
        raise UserError(f"{name} must be a whole number, not '{text}'")
    return int(text)
