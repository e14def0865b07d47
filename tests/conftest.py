"""Shared fixtures: a throwaway data directory, and stores on SQLite and PostgreSQL.

The PostgreSQL store runs against the server at 127.0.0.1:5432 (trust auth) in a database
created and dropped for this run. When that server is unreachable its tests are skipped
with the reason — except under CI (CI=true), where they must run and so fail instead.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportcase.config import Settings

PG_ADMIN_URL = os.environ.get("SUPPORTCASE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
REPO = Path(__file__).resolve().parents[1]
DEMO_CASE = REPO / "src" / "supportcase" / "demo" / "demo_case.yaml"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own SUPPORTCASE_HOME; nothing touches the user's real data."""
    home = tmp_path / "home"
    monkeypatch.setenv("SUPPORTCASE_HOME", str(home))
    monkeypatch.delenv("SUPPORTCASE_DATABASE_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """URL of a fresh PostgreSQL database for this test session (dropped afterwards)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    name = f"supportcase_test_{secrets.token_hex(4)}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        admin.dispose()
        reason = f"PostgreSQL at {PG_ADMIN_URL} is not reachable: {exc.orig}"
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(f"{reason} (CI=true requires it)")
        pytest.skip(reason)
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name})
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


def _clean_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_settings(request: pytest.FixtureRequest, tmp_path: Path) -> Settings:
    """Store settings for each backend: a SQLite file, and a clean PostgreSQL schema."""
    home = tmp_path / "store-home"
    if request.param == "sqlite":
        url = f"sqlite:///{home / 'supportcase.db'}"
    else:
        url = request.getfixturevalue("pg_database")
        _clean_pg(url)
    return Settings(home=home, database_url=url, max_upload_bytes=5 * 1024 * 1024)


@pytest.fixture
def store(store_settings: Settings) -> Iterator[object]:
    from supportcase.store import Store

    s = Store(store_settings)
    s.init()
    yield s
    s.close()


@pytest.fixture
def demo_yaml() -> Path:
    return DEMO_CASE
