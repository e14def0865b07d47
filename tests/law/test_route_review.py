"""Route plans read as their users read them: no route, step or deadline that contradicts the
case's own facts (where the obligor lives, when the order was made)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from supportcase.casefile import CaseFile, parse_casefile
from supportcase.law.route import plan
from tests.conftest import DEMO_CASE

TODAY = dt.date(2026, 11, 1)


def _demo(**obligor: Any) -> CaseFile:
    case = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    data = case.model_dump(mode="json", by_alias=True)
    data["parties"]["obligor"].update(obligor)
    country = obligor.get("country")
    for clue in [*data["asset_clues"], *data["location_clues"]]:
        if clue.get("country") == "US-CA":
            clue["country"] = country
    return CaseFile.model_validate(data)


def _texts(route: dict[str, Any], key: str, lang: str = "en") -> list[str]:
    return [x[lang] for x in route[key]]


def test_a_prc_judgment_against_an_obligor_in_germany_does_not_speak_of_the_us() -> None:
    # cn.international.hague_2007_not_party: no Convention route between the PRC and any
    # state; the US is not part of this case, so "between the PRC and the US" misleads.
    result = plan(_demo(country="DE", address="Berlin"), today=TODAY).to_json()
    route = next(r for r in result["routes"] if r["id"] == "foreign-court-direct")
    words = " ".join(_texts(route, "steps") + _texts(route, "risks"))
    words_zh = " ".join(_texts(route, "steps", "zh") + _texts(route, "risks", "zh"))
    assert " US" not in words and "中美" not in words_zh
    assert any("Germany" in r and "Hague 2007" in r for r in _texts(route, "risks"))
    assert any("德国" in r for r in _texts(route, "risks", "zh"))
    cited = {c["rule"] for c in route["citations"]}
    assert "cn.international.hague_2007_not_party" in cited


def test_a_2019_judgment_is_not_sent_to_register_under_the_2022_hong_kong_arrangement() -> None:
    # cn_hk.family_judgments.arrangement covers judgments made on or after 2022-02-15; the
    # demo judgment is of 2019 (effective 2019-12-24), so no step may tell the parent to register it there.
    result = plan(_demo(country="HK", address="Kowloon"), today=TODAY).to_json()
    ids = [r["id"] for r in result["routes"]]
    assert "hk-register-mainland-judgment" not in ids
    route = next(r for r in result["routes"] if r["place"] == "HK")
    assert route["certainty"] == "uncertain"
    assert "does not cover" in route["title_en"] and "不适用" in route["title_zh"]
    steps = _texts(route, "steps")
    assert not any(s.startswith("Apply to register") for s in steps)
    assert any("2019-12-24" in s and "Hong Kong lawyer" in s for s in steps)
    assert all(step["citations"] for step in route["steps"])


def test_the_recognition_period_is_listed_once_with_the_date_deadlines_computes() -> None:
    # cn.recognition.application_period: the computed period (with its date) and the bare
    # "apply within 2 years" line were both shown — the same deadline twice.
    from supportcase.law.deadlines import compute

    case = parse_casefile("""
version: 1
case: {title: F, order_jurisdiction: US-CA}
parties:
  obligee: {name: Emily Chen, country: US-CA}
  obligor: {name: 陈明, country: CN}
children: [{name: Sophie Chen, birth_date: 2016-07-07}]
obligations:
  - id: main
    basis: {type: us_order, date: 2021-01-15, jurisdiction: US-CA}
    amount: "1200.00"
    currency: USD
    due_day: 1
    start: 2021-02-01
    end: {child_age: 18, child: 0}
asset_clues:
  - {kind: salary, country: CN, details: 深圳某公司, obtained: LinkedIn, obtained_how: public_record}
""", source="f.yaml")
    route = next(r for r in plan(case, today=TODAY).to_json()["routes"]
                 if r["id"] == "cn-recognition")
    period = [d for d in route["deadlines"] if d["rule"] == "cn.recognition.application_period"]
    assert len(period) == 1
    computed = [d for d in compute(case, TODAY) if d.rule == "cn.recognition.application_period"]
    assert computed and period[0]["due"] == computed[0].due.isoformat()
