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


def test_every_setting_of_the_interest_and_allocation_rules_reads_as_words() -> None:
    # The ledger's statement shows these rules' parameters to a court: no bare code such as
    # `first_day_counted: False` or `principal_oldest_first` may reach it.
    words = parameter_words()
    unread = []
    for rule in default_rulebook():
        if rule.topic not in ("interest", "allocation"):
            continue
        for version in rule.versions:
            for key, value in version.parameters.items():
                word = words.get(key)
                if word is None:
                    unread.append((rule.id, key))
                elif word.unit == "code":
                    codes = value if isinstance(value, list) else [value]
                    unread += [(rule.id, f"{key}={c}") for c in codes
                               if str(c).lower() not in word.values]
    assert unread == []


def test_counting_conventions_read_as_words() -> None:
    # Fa Shi [2014] No. 8 art. 3: the delay runs from the day the performance period ends;
    # the due day itself is not counted, the payment day is.
    assert parameter_phrase("first_day_counted", False, "zh") == "首日（起算当日）：不计入"
    assert parameter_phrase("last_day_counted", "True", "en") == \
        "last day (the payment or as-of day): counted"
    assert parameter_phrase("compounding", "none", "en") == "compounding: none (simple interest)"
    # A code the words file does not know is shown as written, not guessed at.
    assert parameter_phrase("compounding", "monthly", "en") == "compounding: monthly"


def test_an_allocation_order_reads_in_sequence() -> None:
    # CCP § 695.221 (from 2009-01-01): current support, then arrears principal oldest first,
    # then interest.
    order = ["current", "principal_oldest_first", "interest_oldest_first"]
    assert parameter_phrase("order", order, "en") == (
        "a payment goes to: current month's support → principal (oldest installment first)"
        " → interest (oldest installment first)")
    assert parameter_phrase("order", order, "zh") == \
        "冲抵顺序：当月抚养费 → 本金（先到期者先抵） → 利息（先到期者先抵）"
    # Alternatives are a list, not a sequence.
    assert parameter_phrase("choices", ["original", "cny_at_effective_date"], "zh") == \
        "可选：原债务币种、按利息起算日中间价折算的人民币"
    assert parameter_phrase("annual_rate", ["0.05", "0.06"], "en") == \
        "yearly interest rate: 5 %, 6 %"
