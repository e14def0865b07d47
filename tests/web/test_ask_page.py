"""Asking from the web: the answer `supportcase ask` gives for the case, with its checked
citations, in the question's language."""

from __future__ import annotations

import datetime as dt
import html

import pytest

from supportcase.advice.ask import ask
from supportcase.advice.ask.index import load_index
from supportcase.demo import DEMO_CASE_ID, demo_casefile


@pytest.fixture(scope="module")
def _index(tmp_path_factory: pytest.TempPathFactory) -> None:
    load_index(cache_dir=tmp_path_factory.mktemp("ask-cache"))  # built once, kept in memory


@pytest.fixture
def client(_index, demo_client, monkeypatch):
    monkeypatch.delenv("SUPPORTCASE_LLM_URL", raising=False)  # the offline answer
    return demo_client


def test_a_question_is_answered_for_the_case_with_checked_citations(client):
    question = "他拖欠的抚养费能不能要利息？"
    as_of = dt.date(2026, 11, 1)
    expected = ask(question, case=demo_casefile(), today=as_of).to_dict()
    page = client.get(f"/cases/{DEMO_CASE_ID}/ask", params={"q": question,
                                                             "as_of": str(as_of),
                                                             "lang": "zh"})
    assert page.status_code == 200
    assert html.escape(expected["answer"]) in page.text
    assert expected["citations"] and all(html.escape(c["label"]) in page.text
                                         for c in expected["citations"])
    assert "所引条文（已核对）" in page.text


def test_the_question_box_alone_and_an_empty_question(client):
    page = client.get(f"/cases/{DEMO_CASE_ID}/ask?lang=en")
    assert page.status_code == 200 and 'name="q"' in page.text
    assert "<h2>Answer</h2>" not in page.text
    blank = client.get(f"/cases/{DEMO_CASE_ID}/ask", params={"q": "   "})
    assert blank.status_code == 200 and "<h2>Answer</h2>" not in blank.text
