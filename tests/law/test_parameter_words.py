"""Rule parameters in a reader's words: every figure a rule holds has a name in both
languages, and a fraction reads as an exact per cent."""

from __future__ import annotations

import re
from decimal import Decimal

from supportcase.advice.ask.answer import _is_figure
from supportcase.law.parameter_words import parameter_phrase, parameter_words
from supportcase.law.rules import default_rulebook

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_figure_in_the_rules_has_a_name_in_both_languages() -> None:
    words = parameter_words()
    missing = sorted({key for rule in default_rulebook()
                      for version in rule.versions
                      for key, value in version.parameters.items()
                      if _is_figure(value) and key not in words})
    assert missing == []
    for key, word in words.items():
        assert "_" not in word.en and CJK.search(word.zh), key


def test_rates_read_as_exact_per_cent() -> None:
    # Fa Shi [2014] No. 8 art. 1: 日万分之一点七五 (0.000175 a day) is 0.0175 % a day.
    assert parameter_phrase("daily_rate", "0.000175", "zh") == "日利率为0.0175%"
    assert parameter_phrase("daily_rate", "0.000175", "en") == "daily interest rate: 0.0175 %"
    # CCP § 685.010: 10 % a year.
    assert parameter_phrase("annual_rate", "0.10", "en") == "yearly interest rate: 10 %"
    assert Decimal("0.000175") * 100 == Decimal("0.0175")


def test_periods_and_amounts_carry_their_unit() -> None:
    # CPL (2023) art. 171: 15 days to appeal a judgment.
    assert parameter_phrase("judgment_days", 15, "zh") == "判决上诉期为15日"
    assert parameter_phrase("judgment_days", 15, "en") == "time to appeal a judgment: 15 days"
    assert parameter_phrase("max_fine_individual_cny", "100000", "zh") == \
        "对个人的最高罚款为人民币100000元"
    assert parameter_phrase("hourly", "16.90", "en") == "minimum wage: USD 16.90 an hour"


def test_an_unlisted_parameter_is_shown_by_its_key() -> None:
    assert parameter_phrase("some_new_figure", "7", "zh") == "some_new_figure = 7"
