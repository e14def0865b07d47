"""The service sheet does not say the United States' official language is English: our
research (us-hague.md § 5) knows only that the HCCH status table lists US declarations or
reservations, among them on the 2007 Convention's languages article, their content
unverified — so the sheet says what is known and asks, in both languages, without inventing a
language rule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from supportcase.casefile import CaseFile, parse_casefile
from supportcase.drafting.render import render_draft
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)
TESTS = Path(__file__).parents[1]


def _translation_section(text: str, lang: str) -> str:
    head, tail = ("## 3. Translation", ">> Applicant") if lang == "en" else ("## 三、翻译", ">> 申请执行人")
    return text.split(head.removeprefix("## "), 1)[1].split(tail.removeprefix(">> "), 1)[0]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_us_service_language_is_not_said_to_be_an_official_english(lang: str) -> None:
    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    doc = render_draft("service_sheet", demo, lang=lang, as_of=AS_OF)
    section = _translation_section(doc.text(), lang)
    if lang == "en":
        assert "official language" not in section.lower()
        assert "is English" not in section
        assert "not been verified" in section and "HCCH status table" in section
        assert "China is not a party" in section
        assert "into which language" in section
    else:
        assert "官方语言" not in section and "英语" not in section
        assert "未经核实" in section and "现状表" in section
        assert "中国并非该公约缔约国" in section
        assert "译成何种语言" in section
    assert [c["text"] for c in doc.citations if not c["ok"]] == []


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_elsewhere_the_language_is_asked_for(lang: str) -> None:
    data = yaml.safe_load((TESTS / "law/scenarios/cn_judgment_obligor_in_hong_kong.yaml")
                          .read_text(encoding="utf-8"))
    case = CaseFile.model_validate(data["case"])
    section = _translation_section(
        render_draft("service_sheet", case, lang=lang, as_of=AS_OF).text(), lang)
    assert "official language" not in section.lower() and "官方语言" not in section
    assert "language for service" in section  # the placeholder asks for it
    assert "HCCH" not in section and "现状表" not in section
