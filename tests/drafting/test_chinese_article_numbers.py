"""One style of article number in a Chinese text: 第二百四十七条, as PRC legal documents write
them — never 第247条 beside it, whether the number comes from our own citations, a treaty
(《海牙儿童抚养费公约》第十条第一款(a)项), or a note of the law's deadline calculator
(民诉法解释第四百八十一条)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from supportcase.advice.checklist import build_checklist
from supportcase.advice.questions import questions_for_counsel, questions_to_text
from supportcase.casefile import CaseFile, parse_casefile
from supportcase.drafting.kinds import KINDS
from supportcase.drafting.render import render_draft
from supportcase.drafting.sources import gather
from supportcase.law.citations import chinese_article_numbers
from tests.conftest import DEMO_CASE

TESTS = Path(__file__).parents[1]
ARABIC = re.compile(r"第\s*[0-9０-９]+(?:\s*[、，,]\s*[0-9]+)*\s*[条款]")
CASES = [DEMO_CASE, *sorted(TESTS.glob("law/scenarios/*.yaml")),
         TESTS / "ledger/examples/prc_before_2014_08_01.yaml"]


def _load(path: Path) -> tuple[CaseFile, dt.date]:
    if path == DEMO_CASE:
        return parse_casefile(path.read_text(encoding="utf-8"), source=str(path)), \
            dt.date(2026, 11, 1)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    as_of = data.get("today") or data.get("as_of") or dt.date(2026, 11, 1)
    return CaseFile.model_validate(data["case"]), (
        dt.date.fromisoformat(as_of) if isinstance(as_of, str) else as_of)


@pytest.mark.parametrize(("text", "expected"), [
    ("民诉法解释第481条", "民诉法解释第四百八十一条"),
    ("民诉法第247、249条", "民诉法第二百四十七条、第二百四十九条"),
    ("第1条至第3条", "第一条至第三条"),
    ("《海牙儿童抚养费公约》第10条第1款(a)项", "《海牙儿童抚养费公约》第十条第一款(a)项"),
    ("民法典第196条第（三）项", "民法典第一百九十六条第（三）项"),
    # Not article numbers: pages, expense items, case numbers stay as written.
    ("第3页，第2项费用，（2019）京0105民初12345号，第9笔付款", None),
    ("《民事诉讼法》第二百五十条", None),
])
def test_chinese_article_numbers(text: str, expected: str | None) -> None:
    assert chinese_article_numbers(text) == (expected or text)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_chinese_outputs_write_article_numbers_in_one_style(path: Path) -> None:
    case, as_of = _load(path)
    sources = gather(case, as_of)
    texts = {"checklist": build_checklist(case, sources).to_text("zh"),
             "questions": questions_to_text(questions_for_counsel(case, sources), "zh")}
    for kind in KINDS:
        doc = render_draft(kind, case, lang="zh", as_of=as_of, sources=sources)
        texts[kind] = doc.text()
        assert [c["text"] for c in doc.citations if not c["ok"]] == [], kind
    for where, text in texts.items():
        assert ARABIC.findall(text) == [], where


def test_the_deadline_note_and_the_treaty_read_in_chinese_numerals() -> None:
    case, as_of = _load(TESTS / "ledger/examples/prc_before_2014_08_01.yaml")
    sources = gather(case, as_of)
    assert "民诉法解释第四百八十一条" in build_checklist(case, sources).to_text("zh")
    sheet = render_draft("hague_sheet", case, lang="zh", as_of=as_of, sources=sources).text()
    assert "《海牙儿童抚养费公约》第十条第一款(a)项" in sheet
    assert "《海牙儿童抚养费公约》第二十五条" in sheet


@pytest.mark.parametrize(("text", "kept"), [
    ("家庭法典第4055条", "家庭法典第4055条"),  # California's § 4055, numbered its own way
    ("经UIFSA第706条对照的第25条清单", "经UIFSA第706条对照的第二十五条清单"),
    ("加利福尼亚州民事诉讼法典第695条", "加利福尼亚州民事诉讼法典第695条"),
    ("民事诉讼法（2023年）第264条", "民事诉讼法（2023年）第二百六十四条"),
])
def test_a_us_code_keeps_its_section_numbers(text: str, kept: str) -> None:
    from supportcase.law.citations import chinese_article_numbers

    assert chinese_article_numbers(text) == kept
