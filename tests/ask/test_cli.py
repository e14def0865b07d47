"""`supportcase ask` and `supportcase ask-index` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from supportcase.cli import app

DEMO = str(Path(__file__).resolve().parents[2] / "src/supportcase/demo/demo_case.yaml")


def test_ask_json(index, monkeypatch):
    monkeypatch.delenv("SUPPORTCASE_LLM_URL", raising=False)
    result = CliRunner().invoke(app, ["ask", "他名下有套房子，法院可以查封拍卖吗？", "--case", DEMO,
                                      "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["language"] == "zh"
    # CPL 2023 art. 255: 查封、扣押、冻结、拍卖、变卖
    assert {"law": "中华人民共和国民事诉讼法", "article": "255"}.items() <= next(
        c for c in data["citations"] if c["article"] == "255").items()


def test_ask_prints_the_answer(index, monkeypatch):
    monkeypatch.delenv("SUPPORTCASE_LLM_URL", raising=False)
    result = CliRunner().invoke(app, ["ask", "Can the court take it out of his wages?"])
    assert result.exit_code == 0, result.output
    assert "not legal advice" in result.stdout
    assert "What the statutes say" in result.stdout


def test_ask_index_reports_what_it_holds(index):
    result = CliRunner().invoke(app, ["ask-index", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["passages"]["statute"] > 20000 and data["passages"]["rule"] > 0


def test_ask_uses_the_configured_model_and_reports_removed_citations(index, monkeypatch):
    from tests.ask.test_llm import StandIn

    with StandIn() as server:
        monkeypatch.setenv("SUPPORTCASE_LLM_URL", server.url)
        monkeypatch.setenv("SUPPORTCASE_LLM_MODEL", "stand-in")
        result = CliRunner().invoke(app, ["ask", "判决好几年了还能申请强制执行吗？", "--json"])
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["llm"]["used"] is True
        assert [c["article"] for c in data["removed_citations"]] == ["999"]
        offline = CliRunner().invoke(app, ["ask", "判决好几年了还能申请强制执行吗？", "--json",
                                           "--no-llm"])
        assert json.loads(offline.stdout)["llm"] is None
        assert len(server.requests) == 1


def test_a_question_nothing_matches_says_so(index, monkeypatch):
    monkeypatch.delenv("SUPPORTCASE_LLM_URL", raising=False)
    result = CliRunner().invoke(app, ["ask", "xyzzy plugh"])
    assert result.exit_code == 0, result.output
    assert "Nothing in our rules or the statutes matched" in result.stdout
