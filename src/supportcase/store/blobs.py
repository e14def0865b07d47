"""Content-addressed blob store for original documents.

A document's bytes are stored once under their SHA-256 (`ab/abcdef…`), written atomically
(temporary file + rename) and made read-only: an original is never modified.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from supportcase.errors import NotFound


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise NotFound(f"'{sha256}' is not a SHA-256 digest")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        digest = sha256_of(data)
        target = self.path_for(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, sha256: str) -> bytes:
        path = self.path_for(sha256)
        if not path.exists():
            raise NotFound(f"document {sha256[:12]}… is not in the blob store")
        return path.read_bytes()

    def has(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    def discard(self, sha256: str) -> None:
        """Remove an original (nothing happens if it is not there)."""
        self.path_for(sha256).unlink(missing_ok=True)
