"""The calculators' law as data: dated versions split where the law changed, and the
encoded figures equal the statute's (Fam. Code §§ 4055, 4061; Interp. (I) art. 49)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supportcase.law.rules import RuleNotInForce, default_rulebook

SB_343 = dt.date(2024, 9, 1)
DAY_BEFORE = dt.date(2024, 8, 31)
book = default_rulebook()


def bands(on: dt.date) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(b["up_to"], b["base"], b.get("plus_tn_over"), b.get("plus_over_tn"))
            for b in book.value("us.ca.guideline.k_factor.bands", on=on)]


def test_k_table_is_two_dated_versions_of_one_rule() -> None:
    rule = book.get("us.ca.guideline.k_factor")
    assert [v.from_date for v in rule.versions] == [dt.date(1994, 1, 1), SB_343]
    assert rule.version_on(DAY_BEFORE) is rule.versions[0]
    assert rule.version_on(SB_343) is rule.versions[1]


def test_sb_343_table_as_in_the_statute() -> None:
    # § 4055(b)(3) operative 2024-09-01: 0–2,900 0.165 + TN/82,857; 2,901–5,000 0.131 + TN/42,149;
    # 5,001–10,000 0.250; 10,001–15,000 0.10 + 1,499/TN; over 15,000 0.12 + 1,200/TN.
    assert bands(SB_343) == [
        ("2900", "0.165", "82857", None), ("5000", "0.131", "42149", None),
        ("10000", "0.250", None, None), ("15000", "0.10", None, "1499"),
        (None, "0.12", None, "1200")]


def test_pre_2024_table_as_in_the_statute() -> None:
    # § 4055(b)(3) before SB 343: 0–800 0.20 + TN/16,000; 801–6,666 0.25;
    # 6,667–10,000 0.10 + 1,000/TN; over 10,000 0.12 + 800/TN.
    assert bands(DAY_BEFORE) == [
        ("800", "0.20", "16000", None), ("6666", "0.25", None, None),
        ("10000", "0.10", None, "1000"), (None, "0.12", None, "800")]


def test_child_multipliers_as_in_the_statute() -> None:
    # § 4055(b)(4): 1, 1.6, 2, 2.3, 2.5, 2.625, 2.75, 2.813, 2.844, 2.86 (not 2.65 for six).
    multipliers = book.value("us.ca.guideline.child_multipliers.multipliers", on=SB_343)
    assert [multipliers[str(n)] for n in range(1, 11)] == [
        "1", "1.6", "2", "2.3", "2.5", "2.625", "2.75", "2.813", "2.844", "2.86"]


def test_minimum_wage_only_where_sourced() -> None:
    hourly = "us.ca.guideline.minimum_wage.hourly"
    with pytest.raises(RuleNotInForce):
        book.value(hourly, on=dt.date(2023, 12, 31))
    # DIR News Release 2023-66: "$16 per hour for all employers on January 1, 2024".
    assert book.decimal(hourly, on=dt.date(2024, 1, 1)) == Decimal("16.00")
    assert book.decimal(hourly, on=dt.date(2024, 10, 1)) == Decimal("16.00")
    assert book.decimal(hourly, on=dt.date(2025, 12, 31)) == Decimal("16.50")
    assert book.decimal(hourly, on=dt.date(2026, 1, 1)) == Decimal("16.90")
    with pytest.raises(RuleNotInForce):
        book.value(hourly, on=dt.date(2027, 1, 1))


def test_low_income_rule_and_add_on_split_change_on_2024_09_01() -> None:
    lia = "us.ca.guideline.low_income_adjustment.method"
    assert book.value(lia, on=DAY_BEFORE) == "published_threshold"
    assert book.value(lia, on=SB_343) == "full_time_minimum_wage"
    assert book.value("us.ca.guideline.low_income_adjustment.threshold", on=DAY_BEFORE) is None
    split = "us.ca.guideline.add_on_apportionment.default"
    assert book.value(split, on=DAY_BEFORE) == "equal_halves"
    assert book.value(split, on=SB_343) == "net_income_proportional"


def test_prc_ratio_cites_interpretation_one_article_49() -> None:
    rule = book.get("cn.support_standard.amount_ratio")
    assert rule.citation.article == "49" and "婚姻家庭编的解释（一）" in rule.citation.law
    assert any("百分之二十至三十" in (s.quote or "") for s in rule.sources)
    on = dt.date(2021, 1, 1)
    assert [book.decimal(f"cn.support_standard.amount_ratio.{p}", on=on) for p in
            ("one_child_low", "one_child_high", "several_children_ceiling")] == [
        Decimal("0.20"), Decimal("0.30"), Decimal("0.50")]
    with pytest.raises(RuleNotInForce):
        book.parameters("cn.support_standard.amount_ratio", on=dt.date(2020, 12, 31))


def test_every_calculator_rule_that_is_not_settled_says_why() -> None:
    ours = [r for r in book if r.id.startswith(("us.ca.guideline.", "cn.support_standard."))]
    assert len(ours) >= 13
    for rule in ours:
        if rule.status != "settled":
            assert rule.caveats or rule.readings, rule.id


def test_a_date_the_data_does_not_cover_says_what_it_does_cover() -> None:
    """Before, the refusal named only the internal rule id ("rule 'us.ca.guideline.k_factor'
    was not in force on 1990-01-01"); a parent could not tell what to change."""
    with pytest.raises(RuleNotInForce) as caught:
        book.parameters("us.ca.guideline.k_factor", on=dt.date(1990, 1, 1))
    rule = book.get("us.ca.guideline.k_factor")
    start = rule.effective_from.isoformat()
    assert str(caught.value) == (f"{rule.title.en} (us.ca.guideline.k_factor) is encoded only "
                                 f"from {start}, not for 1990-01-01; choose a date in that range")
    assert caught.value.say("zh") == (f"“{rule.title.zh}”（us.ca.guideline.k_factor）只收录{start} "
                                      "起的规定，不适用于 1990-01-01；请选择该期间内的日期")
