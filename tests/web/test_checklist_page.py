"""The next-step checklist and the questions for a lawyer, on the web, in the reader's
language — the same items `supportcase checklist` prints."""

from __future__ import annotations

import datetime as dt

import pytest

from supportcase.advice.checklist import build_checklist
from supportcase.advice.questions import questions_for_counsel
from supportcase.demo import DEMO_CASE_ID, demo_casefile
from supportcase.drafting.sources import gather


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_checklist_page_shows_every_item_and_question(demo_client, lang):
    client = demo_client
    as_of = dt.date(2026, 11, 1)
    casefile = demo_casefile()
    sources = gather(casefile, as_of)
    expected = build_checklist(casefile, sources)
    questions = questions_for_counsel(casefile, sources)
    page = client.get(f"/cases/{DEMO_CASE_ID}/checklist?as_of={as_of}&lang={lang}")
    assert page.status_code == 200
    text = page.text
    for item in expected.items:
        assert f'id="{item.id}"' in text and _html(item.title.in_(lang)) in text
    for question in questions:
        assert _html(question.text.in_(lang)) in text
    for item in expected.items:  # a step a draft helps with links to that draft
        if item.draft:
            assert f"/cases/{DEMO_CASE_ID}/drafts/{item.draft}.docx" in text
    counts = expected.counts()
    case_page = client.get(f"/cases/{DEMO_CASE_ID}?as_of={as_of}&lang={lang}").text
    words = {"zh": f"缺失 {counts['missing']} 项", "en": f"{counts['missing']} missing"}
    assert words[lang] in case_page and f"/cases/{DEMO_CASE_ID}/checklist" in case_page


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(
        '"', "&#34;").replace("'", "&#39;")
