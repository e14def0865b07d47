"""The index is built once, cached under SUPPORTCASE_HOME/cache, rebuilt when data changes."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from supportcase.advice.ask.index import (
    default_cache_dir,
    fingerprint,
    read_index,
    save_index,
)


def test_index_holds_every_rule_and_the_statutes(index):
    from supportcase.law.rules import default_rulebook

    kinds = [p.kind for p in index.passages]
    assert kinds.count("rule") == len(default_rulebook())
    assert kinds.count("statute") > 20000
    # The article the time-limit rule rests on is there with its text (CPL 2023 art. 250).
    cpl250 = index.passages[index.by_id["中华人民共和国民事诉讼法#250"]]
    assert cpl250.text.startswith("申请执行的期间为二年")


def test_the_cache_lives_under_supportcase_home(tmp_path, monkeypatch):
    monkeypatch.setenv("SUPPORTCASE_HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / "cache" / "ask"


def test_saved_index_reads_back_the_same_and_stale_ones_are_removed(index, tmp_path):
    root = tmp_path / "ask"
    (root / "0ldfingerprint").mkdir(parents=True)
    target = save_index(index, root, "current")
    assert sorted(p.name for p in root.iterdir()) == ["current"]
    again = read_index(target)
    assert again.passages == index.passages
    weights = {"抚养费": 1.0, "申请执行": 0.5}
    assert (again.scores(weights) == index.scores(weights)).all()


def test_a_new_rule_file_changes_the_fingerprint(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(Path(str(resources.files("supportcase.law") / "rules")), rules)
    before = fingerprint(rules)
    assert fingerprint(rules) == before  # stable while nothing changes
    new = rules / "cn" / "new_topic.yaml"
    new.write_text("title: {en: x, zh: x}\n", encoding="utf-8")
    assert fingerprint(rules) != before
    new.unlink()
    assert fingerprint(rules) == before
    first = next(rules.rglob("*.yaml"))
    first.write_text(first.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert fingerprint(rules) != before
