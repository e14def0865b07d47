"""Defects a family-law practitioner reviewing the drafts would otherwise have to edit by hand:
numbering, citations that must match the rule data, words left in English in a Chinese filing,
and documents a court requires that the rule data list."""

from __future__ import annotations

import pytest

from supportcase.casefile import CaseFile
from supportcase.drafting.render import render_draft
from tests.drafting.conftest import AS_OF


def _table_rows(case: CaseFile, kind: str, lang: str) -> list[tuple[str, ...]]:
    doc = render_draft(kind, case, lang=lang, as_of=AS_OF)
    return [tuple(r) for b in doc.blocks for r in b.rows]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_evidence_list_without_documents_numbers_each_row_once(demo_case: CaseFile,
                                                               lang: str) -> None:
    # With no document on file the list shows a placeholder row 1; the arrears statement
    # that follows is item 2, not a second item 1.
    case = demo_case.model_copy(update={"documents": []})
    rows = [r for r in _table_rows(case, "evidence_list", lang) if r and r[0].isdigit()]
    assert [r[0] for r in rows] == ["1", "2"]
