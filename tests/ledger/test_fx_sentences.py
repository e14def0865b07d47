"""Where a rate came from, pinned word for word in English and Chinese: both are written from
the quote's parts (`FxQuote.origin`), neither is derived from the other's text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from supportcase.fx import ECB_SOURCE, ECB_SOURCE_ZH, Derivation, Rates, RateTable, default_rates


def test_a_direct_ecb_rate() -> None:
    q = default_rates().quote("EUR", "USD", date(2024, 3, 8))
    assert q is not None and q.origin == ECB_SOURCE
    assert (q.source, q.source_in("zh")) == (ECB_SOURCE, ECB_SOURCE_ZH)


def test_an_inverse_ecb_rate() -> None:
    q = default_rates().quote("USD", "EUR", date(2024, 3, 8))
    assert q is not None and q.rate == Decimal("0.914746")
    assert q.origin == Derivation(ECB_SOURCE, "inverse", "EUR", ((Decimal("1.0932"), "USD"),), 6)
    assert q.source == f"{ECB_SOURCE}; inverse of 1 EUR = 1.0932 USD"
    assert q.source_in("zh") == f"{ECB_SOURCE_ZH}；由 1 EUR = 1.0932 USD 取倒数"


def test_a_cross_rate_through_the_euro_on_the_previous_day() -> None:
    # Sunday 2024-03-10 has no rate: Friday's cross rate is used, and the conversion says so.
    conv = default_rates().convert(Decimal("100"), "USD", "CNY", date(2024, 3, 10))
    legs = "1 EUR = 7.8594 CNY, 1 EUR = 1.0932 USD"
    assert conv.quote.source == f"{ECB_SOURCE}; cross rate via EUR ({legs}), 6 decimals"
    assert conv.quote.source_in("zh") == (f"{ECB_SOURCE_ZH}；经欧元套算（{legs.replace(', ', '，')}）"
                                          "，保留6位小数")
    assert conv.explain() == (f"100 USD → 718.94 CNY at USD/CNY 7.189352 of 2024-03-08 "
                              f"({conv.quote.source}); no rate for 2024-03-10, the previous "
                              "available day was used")
    assert conv.explain("zh") == (f"100 USD → 718.94 CNY，按 USD/CNY 7.189352（2024-03-08，"
                                  f"{conv.quote.source_in('zh')}）折算；2024-03-10 无汇率，"
                                  "采用前一可用日汇率")
    assert conv.to_json()["source"] == conv.quote.source
    assert conv.to_json()["source_zh"] == conv.quote.source_in("zh")


def test_a_user_table_rate_is_named_as_written_in_both_languages() -> None:
    table = RateTable.from_rows([("2024-03-08", "USD/CNY", "7.1036", "CFETS central parity")])
    q = Rates([table]).quote("USD", "CNY", date(2024, 3, 8))
    assert q is not None and q.source == q.source_in("zh") == "CFETS central parity"
