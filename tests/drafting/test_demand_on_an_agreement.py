"""A demand letter on a divorce agreement (not a court document: it must first be sued on,
cn.instruments.divorce_agreement) threatens the claim, not an application for enforcement, and
claims no doubled interest for delayed performance under CPL art. 264, which runs from the time
a judgment, ruling or other legal document sets (cn.interest.delayed_performance)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from supportcase.casefile import CaseFile, parse_casefile
from supportcase.drafting.render import render_draft
from tests.conftest import DEMO_CASE

AS_OF = dt.date(2026, 11, 1)
SCENARIO = Path(__file__).parents[1] / "law/scenarios/divorce_agreement_only.yaml"


def _demo(kind: str | None = None) -> CaseFile:
    demo = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    if kind is None:
        return demo
    data = demo.model_dump(mode="json", by_alias=True)
    data["obligations"][0]["basis"]["type"] = kind
    return CaseFile.model_validate(data)


def _scenario() -> CaseFile:
    return CaseFile.model_validate(yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))["case"])


@pytest.mark.parametrize("make", [_scenario, lambda: _demo("divorce_agreement")],
                         ids=["scenario", "demo_divorce"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_demand_on_an_agreement_threatens_the_claim(make: object, lang: str) -> None:
    case = make()  # type: ignore[operator]
    doc = render_draft("demand_letter", case, lang=lang, as_of=AS_OF)
    text = doc.text()
    if lang == "zh":
        assert "第二百六十四条" not in text and "加倍部分债务利息" not in text
        assert "本人将依法向人民法院申请强制执行" not in text
        assert "本人将依法向人民法院起诉" in text and "判决生效后" in text
        assert "该法律文书已于" not in text
    else:
        assert "art. 264" not in text and "doubled interest" not in text
        assert "I will apply to the People's Court for enforcement" not in text
        assert "I will sue you in the People's Court" in text
        assert "The document took effect" not in text
    assert [c["text"] for c in doc.citations if not c["ok"]] == []
    assert "\n" in text and ".As of" not in text and "。截至" not in text


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_demand_on_a_judgment_still_threatens_enforcement(lang: str) -> None:
    text = render_draft("demand_letter", _demo(), lang=lang, as_of=AS_OF).text()
    if lang == "zh":
        assert "本人将依法向人民法院申请强制执行" in text and "第二百六十四条" in text
        assert "该法律文书已于2019年12月24日发生法律效力。\n" in text
    else:
        assert "I will apply to the People's Court for enforcement" in text
        assert "art. 264" in text and "The document took effect on 24 December 2019.\n" in text
