"""Properties over arbitrary case files: the checklist and drafts never break, never use an
unlawfully obtained clue, and a value typed by a person cannot change a draft's structure."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from supportcase.advice.checklist import build_checklist
from supportcase.casefile import CaseFile
from supportcase.drafting.render import render_draft
from supportcase.drafting.sources import gather
from tests.casefile.strategies import case_files

AS_OF = dt.date(2026, 11, 1)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case_files)
def test_checklist_and_asset_memo_on_any_case(casefile: CaseFile) -> None:
    sources = gather(casefile, AS_OF)
    checklist = build_checklist(casefile, sources)
    assert all(i.status in {"done", "missing", "to_check"} for i in checklist.items)
    unlawful = [c.details for c in casefile.asset_clues if c.obtained_how == "unlawful"]
    assert [r.details for r in checklist.refused] == unlawful
    doc = render_draft("asset_memo", casefile, lang="zh", as_of=AS_OF, sources=sources)
    cells = [cell for table in doc.tables() for row in table for cell in row]
    for details in unlawful:
        assert not any(details.translate({10: 32}) == cell for cell in cells)
    # One title only: no typed value can start a heading or a new title.
    assert sum(1 for b in doc.blocks if b.kind == "title") == 1
