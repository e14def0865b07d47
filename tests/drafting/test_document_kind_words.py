"""The checklist, the questions for counsel and every draft name the legal basis by its kind:
a civil mediation statement (民事调解书) is not a "judgment" (判决), nor is a ruling or a
notarized instrument, in English or in Chinese."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from supportcase.advice.checklist import build_checklist
from supportcase.advice.questions import questions_for_counsel, questions_to_text
from supportcase.casefile import CaseFile, parse_casefile
from supportcase.drafting.kinds import KINDS
from supportcase.drafting.render import render_draft
from supportcase.drafting.sources import gather
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)
# Names of things that are judgments whatever the basis: the crime of refusing to execute a
# judgment or ruling (CPL art. 114 / Criminal Law art. 313); the kinds CPL art. 247 lists
# together; the title of the draft for recognising a foreign court's judgment; rule ids.
NAMES = re.compile(r"拒不执行判决、裁定罪|refusing to execute a judgment|"
                   r"申请承认和执行外国法院判决申请书|"
                   r"recognition and enforcement of a foreign judgment|"
                   r"judgment, ruling or mediation statement|判决、裁定、调解书|"
                   r"\b[a-z_]+(?:\.[a-z0-9_]+)+(?:#\w+)?")
KIND_WORDS = {"mediation_statement": ("mediation statement", "调解书"),
              "ruling": ("ruling", "裁定书")}


def _demo_as(kind: str) -> CaseFile:
    """The demo case, its basis made a `kind` and its own wording (title, document, clue
    source) saying so, so that any 'judgment' left comes from the program."""
    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    data = demo.model_dump(mode="json", by_alias=True)
    zh = {"mediation_statement": "民事调解书", "ruling": "民事裁定书"}[kind]
    data["case"]["title"] = "Wang Li v. Zhang Wei — child support"
    data["obligations"][0]["basis"]["type"] = kind
    for d in data["documents"]:
        if d["id"] == "judgment":
            d["doc_type"] = kind
            d["title"] = f"北京市朝阳区人民法院{zh}（2019）京0105民初12345号"
    for clue in data["asset_clues"]:
        clue["obtained"] = clue["obtained"].replace("divorce judgment", "the court document")
    return CaseFile.model_validate(data)


def _leftover(text: str) -> list[str]:
    text = NAMES.sub("", text)
    return [line for line in text.splitlines()
            if re.search(r"judgment|判决", line, flags=re.IGNORECASE)]


@pytest.mark.parametrize("kind", sorted(KIND_WORDS))
def test_checklist_and_questions_name_the_document_by_its_kind(kind: str) -> None:
    case = _demo_as(kind)
    sources = gather(case, AS_OF)
    text = build_checklist(case, sources).to_text("both")
    questions = questions_to_text(questions_for_counsel(case, sources), "both")
    assert _leftover(text) == []
    assert _leftover(questions) == []
    en, zh = KIND_WORDS[kind]
    assert f"date the {en} took effect" in text
    assert f"These expenses are not in the {en}" in questions
    assert f"以下费用不在{zh}范围内" in questions


@pytest.mark.parametrize("kind", sorted(KIND_WORDS))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_draft_calls_the_basis_a_judgment(kind: str, lang: str) -> None:
    case = _demo_as(kind)
    sources = gather(case, AS_OF)
    for draft in KINDS:
        text = render_draft(draft, case, lang=lang, as_of=AS_OF, sources=sources).text()
        assert _leftover(text) == [], draft
    email = render_draft("counsel_email", case, lang=lang, as_of=AS_OF, sources=sources).text()
    en, zh = KIND_WORDS[kind]
    assert (f"附件：{zh}" if lang == "zh" else f"Attached: the {en}") in email


def test_a_judgment_is_still_called_a_judgment() -> None:
    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    sources = gather(demo, AS_OF)
    questions = questions_to_text(questions_for_counsel(demo, sources), "both")
    assert "These expenses are not in the judgment" in questions
    assert "以下费用不在判决书范围内" in questions
    email = render_draft("counsel_email", demo, lang="en", as_of=AS_OF, sources=sources).text()
    assert "Attached: the judgment" in email
