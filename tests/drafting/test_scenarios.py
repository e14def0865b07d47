"""Every draft, in both languages, for every case in the law scenarios and ledger examples:
nothing breaks, every citation passes, and the figures stay the ledger's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from supportcase.advice.checklist import build_checklist
from supportcase.advice.questions import questions_for_counsel
from supportcase.casefile import CaseFile
from supportcase.drafting.context import money
from supportcase.drafting.kinds import KINDS
from supportcase.drafting.render import render_draft
from supportcase.drafting.sources import gather

TESTS = Path(__file__).parents[1]
CASES = sorted([*TESTS.glob("law/scenarios/*.yaml"), *TESTS.glob("ledger/examples/*.yaml")])


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_all_drafts_for_case(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    case = CaseFile.model_validate(data["case"])
    as_of = data.get("today") or data.get("as_of") or dt.date(2026, 11, 1)
    if isinstance(as_of, str):
        as_of = dt.date.fromisoformat(as_of)
    sources = gather(case, as_of)
    checklist = build_checklist(case, sources)
    assert checklist.items and questions_for_counsel(case, sources)
    for kind in KINDS:
        for lang in ("zh", "en"):
            doc = render_draft(kind, case, lang=lang, as_of=as_of, sources=sources)
            assert [c["text"] for c in doc.citations if not c["ok"]] == [], (kind, lang)
            if sources.statement is not None:
                assert doc.figures["total_outstanding"] == money(
                    sources.statement["total_outstanding"])


def test_hague_sheet_follows_the_route_planner() -> None:
    # hcch.2007.us_in_force: Germany is bound through the EU since 2017-01-01.
    data = yaml.safe_load((TESTS / "law/scenarios/ca_order_obligor_in_germany.yaml").read_text())
    case = CaseFile.model_validate(data["case"])
    text = render_draft("hague_sheet", case, as_of=dt.date(2026, 11, 1)).text()
    assert "is in force between the United States" in text
    assert "China is not a Contracting State" not in text
