"""Money: an exact amount in an ISO 4217 currency.

Amounts are `Decimal`, never `float`. Rounding happens only where a rule says so, to the
currency's minor unit, half-up (the way courts and agencies round a figure to the cent/fen).

>>> Money.of("2000", "CNY") + Money.of("0.5", "CNY")
Money(amount=Decimal('2000.5'), currency='CNY')
>>> Money.of("2000.505", "CNY").rounded()
Money(amount=Decimal('2000.51'), currency='CNY')
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

# ISO 4217 minor units for the currencies this product meets; others default to 2.
MINOR_UNITS: dict[str, int] = {"JPY": 0, "KRW": 0, "TWD": 2, "KWD": 3, "BHD": 3}


class MoneyError(ValueError):
    """An amount or currency that is not valid money."""


def minor_unit(currency: str) -> int:
    return MINOR_UNITS.get(currency, 2)


def quantum(currency: str) -> Decimal:
    """The smallest amount of `currency`: Decimal('0.01') for CNY/USD."""
    return Decimal(1).scaleb(-minor_unit(currency))


# Larger than any support figure, and small enough that every sum, fen and day-rate of
# interest stays exact within Decimal's 28 digits.
LARGEST = Decimal(10) ** 15


# A Chinese keyboard in full-width mode types digits, point, comma and signs as full-width
# forms (１，２００．５０): read as the ASCII they stand for, so the amount kept is 1200.50.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，－＋　", "0123456789.,-+ ")


def to_decimal(value: object) -> Decimal:
    """Parse an amount from str/int/Decimal; refuse floats (they are not exact), exponents
    ("1e400" is not how an amount is written) and amounts of 10^15 or more. Full-width
    digits and punctuation read as their ASCII forms."""
    if isinstance(value, (bool, float)):
        raise MoneyError(f"amount {value!r} must be given as a string or integer, not a float")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.translate(_FULL_WIDTH).replace(",", "").strip()
        if "e" in text.lower():
            raise MoneyError(f"'{value}' is not an amount; write the digits, e.g. 2500.00")
        try:
            result = Decimal(text)
        except InvalidOperation as exc:
            raise MoneyError(f"'{value}' is not an amount; write the digits, e.g. 2500.00") from exc
    else:
        raise MoneyError(f"{value!r} is not an amount")
    if not result.is_finite():
        raise MoneyError(f"'{value}' is not a finite amount")
    if abs(result) >= LARGEST:
        raise MoneyError(f"'{value}' is too large to be an amount")
    return result


def round_to_unit(amount: Decimal, currency: str) -> Decimal:
    """Round once, half-up, to the currency's minor unit."""
    return amount.quantize(quantum(currency), rounding=ROUND_HALF_UP)


# What people write for a currency instead of its ISO 4217 code.
_NOT_CODES = {"RMB": "CNY", "YUAN": "CNY", "元": "CNY", "人民币": "CNY", "NTD": "TWD",
              "US$": "USD", "HK$": "HKD", "美元": "USD", "港币": "HKD"}


@cache
def _iso_4217() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def check_currency(code: str) -> str:
    code = code.strip().upper()
    if code not in _iso_4217() or code == "XXX":
        meant = _NOT_CODES.get(code)
        hint = f"; for that currency write {meant}" if meant else " (e.g. CNY, USD, HKD)"
        raise MoneyError(f"'{code}' is not an ISO 4217 currency code{hint}")
    return code


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    @classmethod
    def of(cls, amount: object, currency: str) -> Money:
        return cls(to_decimal(amount), check_currency(currency))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), check_currency(currency))

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"cannot combine {self.currency} and {other.currency} without a rate")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def times(self, factor: Decimal) -> Money:
        return Money(self.amount * factor, self.currency)

    def rounded(self) -> Money:
        return Money(round_to_unit(self.amount, self.currency), self.currency)

    def __str__(self) -> str:
        return f"{round_to_unit(self.amount, self.currency):,} {self.currency}"


def percent(ratio: Decimal) -> str:
    """A share (0.5) as people write it (50 %), exactly: no rounding, no trailing zeros."""
    return f"{(ratio * 100).normalize():f} %"
