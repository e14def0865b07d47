"""The case page's enforcement routes: each step with the law it rests on, in the page's
language, what to bring, the route's deadlines and risks, and the planner's warnings.

Before, the page listed only each route's title and where to go; the steps and their
citations were on the command line only (`supportcase route`)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from supportcase.config import settings
from supportcase.demo import DEMO_CASE_ID, demo_casefile
from supportcase.law import route
from tests.web.conftest import demo_owner

AS_OF = dt.date(2026, 11, 1)


@pytest.fixture
def client() -> Iterator[TestClient]:
    with demo_owner(settings()) as (signed_in, _):
        yield signed_in


def _page(client: TestClient, lang: str) -> str:
    return html.unescape(client.get(f"/cases/{DEMO_CASE_ID}?as_of={AS_OF}&lang={lang}").text)


def test_every_step_of_the_first_route_with_its_citation_in_chinese(client: TestClient) -> None:
    page = _page(client, "zh")
    first = route.plan(demo_casefile(), today=AS_OF).to_json("zh")["routes"][0]
    assert first["id"] == "cn-enforcement"
    for step in first["steps"]:
        assert step["zh"] in page
        for citation in step["citations"]:
            assert citation in page
    # CPL (2023) art. 247: an effective judgment is enforced as it is — cited by its
    # Chinese name on a Chinese page, not "Civil Procedure Law of the PRC art. 247".
    assert "《中华人民共和国民事诉讼法》第247条" in page
    assert "Civil Procedure Law of the PRC art. 247" not in page
    for document in first["documents"]:
        assert document["zh"] in page
    for risk in first["risks"]:
        assert risk["zh"] in page
    assert "法律规定明确" in page and "以上途径仅说明程序，均不保证能够执行到位。" in page


def test_the_same_card_in_english(client: TestClient) -> None:
    page = _page(client, "en")
    first = route.plan(demo_casefile(), today=AS_OF).to_json("en")["routes"][0]
    for step in first["steps"]:
        assert f"{step['en']} <small>[{'; '.join(step['citations'])}]</small>" in page
    assert "Civil Procedure Law of the PRC art. 247 (2023 amendment)" in page
    assert "What to bring" in page and "How, step by step" in page
    # The demo's salary clue is not proven: the plan says its routes rest on it.
    assert "Some facts used are assumed, not proven: salary in US-CA is assumed" in page


def test_the_assumed_facts_warning_reads_in_chinese(client: TestClient) -> None:
    page = _page(client, "zh")
    assert "部分所用事实尚待核实、未经证明：美国的工资线索待核实" in page
    assert "salary in US-CA" not in page


def test_labels_take_the_colon_of_the_page_s_language(client: TestClient) -> None:
    """A Chinese label ends with the full-width colon (向哪里申请：), an English one with ': '."""
    zh = _page(client, "zh")
    assert "向哪里申请：" in zh and "收款方（权利人）：" in zh
    assert "向哪里申请: " not in zh and "）: " not in zh
    assert "Where to go: " in _page(client, "en")
