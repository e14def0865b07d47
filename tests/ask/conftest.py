"""The rules + statutes index, built once per test process (jieba over ~24,000 articles)."""

from __future__ import annotations

from pathlib import Path

import pytest

from supportcase.advice.ask.index import SearchIndex, load_index


@pytest.fixture(scope="session")
def index(tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    return load_index(cache_dir=tmp_path_factory.mktemp("ask-cache"))


@pytest.fixture()
def demo_case() -> object:
    from supportcase.casefile import parse_casefile

    path = Path(__file__).resolve().parents[2] / "src/supportcase/demo/demo_case.yaml"
    return parse_casefile(path.read_text(encoding="utf-8"), source=str(path))
