"""The search index over what `ask` answers from: our rules and the PRC statute text.

Built once (jieba over ~24,000 articles takes about ten seconds) and cached under
`SUPPORTCASE_HOME/cache/ask/<fingerprint>/`. The fingerprint covers everything the index is
made of — the statute database file, every rule file (rules are added by several areas, so a
new YAML file must appear in answers without anyone remembering to rebuild), the glossary
(through the jieba user dictionary it makes), and this module's format version — so a change to any of
them builds a new index on next use and the stale one is removed.

Engine: bm25s (sparse BM25 over our own jieba tokens). `bench/ask/run.py` measured it
against SQLite FTS5 over the same tokens (see `bench/results/ask.md`); bm25s won on query
latency at equal ranking quality and is already a dependency.

The case's own documents are not in this index: they are few, private to one case, and
change with every upload, so `retrieve` indexes them per question in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from supportcase.advice.ask.tokenize import dictionary_fingerprint, legal_tokens

INDEX_FORMAT = "ask-index-3"
PassageKind = Literal["rule", "statute", "document"]


@dataclass(frozen=True)
class Passage:
    """One retrievable unit: a rule, a statute article, or a chunk of a case document."""

    kind: PassageKind
    id: str  # rule id; "<law name>#<article number>"; "<document id>#p<page>#<chunk>"
    title: str  # what a reader sees as the source: rule title, 《法》第N条, document title
    text: str
    law: str | None = None  # statutes: the law's full name
    article: int | None = None  # statutes: the article number
    document: str | None = None  # documents: the document id
    page: int | None = None  # documents: 1-based page


def statute_passage_id(law: str, article: int) -> str:
    return f"{law}#{article}"


# ---- what goes into the index -------------------------------------------------------------


def statute_passages() -> Iterator[Passage]:
    """Every article in force, through the statute read layer (supportcase.law.statutes)."""
    from supportcase.law import statutes

    for art in statutes.iter_articles():
        yield Passage(kind="statute", id=statute_passage_id(art.law.name, art.number),
                      title=art.citation("zh"), text=art.text, law=art.law.name,
                      article=art.number)


def _statute_search_text(passage: Passage) -> str:
    # The law's short name and the chapter help a question that names the field of law
    # (婚姻家庭, 执行程序) without naming an article.
    short = (passage.law or "").removeprefix("中华人民共和国")
    return f"{short} {passage.text}"


def rule_passages() -> Iterator[Passage]:
    """Every rule of the rulebook: bilingual title, summary, caveats and readings."""
    from supportcase.law.rules import default_rulebook

    for rule in default_rulebook():
        parts = [rule.title.en, rule.title.zh, rule.summary.en, rule.summary.zh]
        for note in (*rule.caveats, *rule.readings):
            parts += [note.en, note.zh]
        yield Passage(kind="rule", id=rule.id, title=rule.title.en, text="\n".join(parts),
                      law=rule.citation.law, article=None)


def _rule_files(root: Any = None) -> Iterator[tuple[str, bytes]]:
    root = root if root is not None else resources.files("supportcase.law") / "rules"

    def walk(node: Any, prefix: str) -> Iterator[tuple[str, bytes]]:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.is_dir():
                yield from walk(child, f"{prefix}{child.name}/")
            elif child.name.endswith((".yaml", ".yml")):
                yield f"{prefix}{child.name}", child.read_bytes()

    yield from walk(root, "")


def fingerprint(rules_root: Any = None) -> str:
    """A short hash of everything the index is built from.

    `rules_root` (a folder of rule files) replaces the packaged rules, for checking that a
    new or changed rule file changes the fingerprint.
    """
    from supportcase.law import statutes

    digest = hashlib.sha256(INDEX_FORMAT.encode())
    db = statutes.database_path()
    stat = db.stat()
    digest.update(f"{db}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    for name, data in _rule_files(rules_root):
        digest.update(name.encode())
        digest.update(hashlib.sha256(data).digest())
    digest.update(dictionary_fingerprint().encode())
    return digest.hexdigest()[:20]


# ---- the index ---------------------------------------------------------------------------


class SearchIndex:
    """BM25 over passages; `scores(tokens)` gives one weighted score per passage."""

    def __init__(self, passages: list[Passage], engine: Any) -> None:
        self.passages = passages
        self.engine = engine
        self.by_id = {p.id: i for i, p in enumerate(passages)}
        self.rule_rows = [i for i, p in enumerate(passages) if p.kind == "rule"]

    def token_scores(self, token: str) -> Any:
        """numpy array: BM25 contribution of one query token to every passage."""
        return self.engine.get_scores([token])

    def scores(self, weighted_tokens: dict[str, float]) -> Any:
        import numpy as np

        total = np.zeros(len(self.passages), dtype="float32")
        for token, weight in weighted_tokens.items():
            total += weight * self.engine.get_scores([token])
        return total


def bm25_engine(token_lists: Iterable[list[str]]) -> Any:
    import bm25s

    vocab: dict[str, int] = {}
    ids: list[list[int]] = []
    for tokens in token_lists:
        ids.append([vocab.setdefault(t, len(vocab)) for t in tokens] or [])
    engine = bm25s.BM25(k1=1.2, b=0.75)
    engine.index(bm25s.tokenization.Tokenized(ids=ids, vocab=vocab), show_progress=False)
    return engine


def passage_tokens(passage: Passage) -> list[str]:
    """The tokens a passage is indexed under."""
    if passage.kind == "statute":
        return legal_tokens(_statute_search_text(passage))
    return legal_tokens(f"{passage.title}\n{passage.text}")


def build_index(passages: list[Passage]) -> SearchIndex:
    """Tokenise and index passages in memory."""
    return SearchIndex(passages, bm25_engine(passage_tokens(p) for p in passages))


def write_index(index: SearchIndex, directory: Path) -> None:
    index.engine.save(str(directory / "bm25s"), show_progress=False)
    with (directory / "passages.jsonl").open("w", encoding="utf-8") as out:
        for passage in index.passages:
            out.write(json.dumps(asdict(passage), ensure_ascii=False) + "\n")


def read_index(directory: Path) -> SearchIndex:
    import bm25s

    engine = bm25s.BM25.load(str(directory / "bm25s"), show_progress=False)
    with (directory / "passages.jsonl").open(encoding="utf-8") as lines:
        passages = [Passage(**json.loads(line)) for line in lines]
    return SearchIndex(passages, engine)


def default_cache_dir() -> Path:
    from supportcase.config import settings

    return settings().cache_dir / "ask"


def is_cached(cache_dir: Path | None = None) -> bool:
    """True when the current index is already built (in this process or on disk)."""
    key = fingerprint()
    root = cache_dir or default_cache_dir()
    return key in _loaded or (root / key / "passages.jsonl").exists()


_loaded: dict[str, SearchIndex] = {}
_load_lock = threading.Lock()


def load_index(cache_dir: Path | None = None, *, rebuild: bool = False) -> SearchIndex:
    """The rules + statutes index: from this process, from the cache, or built now."""
    key = fingerprint()
    root = cache_dir or default_cache_dir()
    with _load_lock:
        if not rebuild and key in _loaded:
            return _loaded[key]
        target = root / key
        if rebuild or not (target / "passages.jsonl").exists():
            index = build_index([*rule_passages(), *statute_passages()])
            save_index(index, root, key)
        else:
            index = read_index(target)
        _loaded.clear()
        _loaded[key] = index
        return index


def save_index(index: SearchIndex, root: Path, key: str) -> Path:
    """Write the index to `root/key` atomically and remove indexes of older fingerprints."""
    root.mkdir(parents=True, exist_ok=True)
    target = root / key
    staging = Path(tempfile.mkdtemp(prefix=".building-", dir=root))
    write_index(index, staging)
    if target.exists():
        shutil.rmtree(target, ignore_errors=True)
    try:
        os.replace(staging, target)
    except OSError:  # another process finished first: its index is the same
        shutil.rmtree(staging, ignore_errors=True)
    _remove_stale(root, keep=key)
    return target


def _remove_stale(root: Path, *, keep: str) -> None:
    for child in root.iterdir():
        if child.is_dir() and child.name != keep and not child.name.startswith(".building-"):
            shutil.rmtree(child, ignore_errors=True)
