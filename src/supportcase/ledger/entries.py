"""The ledger's records: small immutable entries, each carrying where it came from.

Like beancount's directives they are typed named tuples: immutable, cheap to build (a
statement of 18 years holds hundreds of rows), and compared by value. A `Row` is a small
slotted record whose explanation (applications, interest segments) is spelled out when first
read. `Records` is the sequence a statement hands them out in: each record is made from the
ledger's integer columns the first time it is read.

An `Installment` is one amount the legal document makes due; a `BookedPayment` is one payment
as the ledger counts it (converted if needed); an `Application` is part of a payment credited
to an installment's principal or interest; an `InterestSegment` is one stretch of days at one
rate on one unpaid amount. A `Note` is a sentence in English and Chinese (an exclusion, an
assumption, a problem) so every renderer can show it in either language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal, NamedTuple, TypeVar, overload

from supportcase.fx import Conversion, FxQuote

T = TypeVar("T")
InstallmentKind = Literal["installment", "expense_share"]
MILLIONTH = Decimal("0.000001")  # unrounded interest is shown to six places
Bucket = Literal["principal", "interest"]


@dataclass(frozen=True, slots=True)
class Note:
    """A sentence in both languages, with a stable code for programs."""

    code: str
    en: str
    zh: str
    amount: Decimal | None = None
    currency: str | None = None
    date: date | None = None
    ref: str | None = None  # payment id / installment id / expense id it is about

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def to_json(self) -> dict[str, str | None]:
        return {
            "code": self.code, "en": self.en, "zh": self.zh,
            "amount": None if self.amount is None else str(self.amount),
            "currency": self.currency,
            "date": None if self.date is None else self.date.isoformat(), "ref": self.ref,
        }


def first_ten(names: Sequence[str], count: int, sep: str) -> str:
    """A note's list of what it is about: the first ten of `count` names, "…" when more."""
    return sep.join(names[:10]) + ("…" if count > 10 else "")


class Records(Sequence[T]):
    """An immutable sequence of ledger records, each built when first read.

    The ledger computes on integer columns; the typed records (`Installment`,
    `BookedPayment`, `Row`) are views over them. A portfolio that reads only a statement's
    totals never builds its hundreds of rows; a renderer that reads them gets the same
    records every time. Compares equal to a tuple (or `Records`) of the same records.
    """

    __slots__ = ("_build", "_made", "_make", "_n")

    def __init__(self, n: int, make: Callable[[int], T] | None = None,
                 build: Callable[[], list[T]] | None = None) -> None:
        self._n = n
        self._make = make  # makes the record at an index
        self._build = build  # or makes them all at once
        self._made: list[T] | None = None

    @classmethod
    def of(cls, items: Sequence[T]) -> Records[T]:
        records: Records[T] = cls(len(items), items.__getitem__)
        records._made = list(items)
        return records

    def _all(self) -> list[T]:
        made = self._made
        if made is None:
            if self._build is not None:
                made = self._build()
            else:
                assert self._make is not None
                made = list(map(self._make, range(self._n)))
            self._made = made
        return made

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...
    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(self._all()[index])
        return self._all()[index]

    def __iter__(self) -> Iterator[T]:
        return iter(self._all())

    def __bool__(self) -> bool:
        return self._n > 0

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Records | tuple):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))


class Installment(NamedTuple):
    """One amount due under the legal document."""

    id: str  # e.g. "main:2024-03"
    obligation: str
    kind: InstallmentKind
    period_start: date
    period_end: date
    due_date: date
    amount: Decimal
    currency: str
    label: str  # e.g. "2024-03" or "medical 2024-09-15 × 0.5"
    source: str  # the clause or record it comes from
    assumed: bool = False  # rests on an assumed fact
    label_zh: str = ""  # the label in Chinese, where it has words ("" = as `label`)
    source_zh: str = ""

    def label_in(self, lang: str) -> str:
        return self.label_zh or self.label if lang == "zh" else self.label

    def source_in(self, lang: str) -> str:
        return self.source_zh or self.source if lang == "zh" else self.source


class BookedPayment(NamedTuple):
    """A payment as the ledger counts it, in the currency of the obligation it pays."""

    ref: str  # payment id, or "payment #n" (1-based position in the case file)
    date: date
    amount: Decimal  # in `currency`, after conversion
    currency: str
    original_amount: Decimal
    original_currency: str
    payer: str
    kind: str
    conversion: Conversion | None = None
    obligation: str | None = None
    assumed: bool = False
    proof: str | None = None


def booked_json(p: BookedPayment) -> dict[str, object]:
    """A counted payment as JSON: who paid, how much, converted how, with which proof."""
    return {"ref": p.ref, "date": p.date.isoformat(), "amount": str(p.amount),
            "currency": p.currency, "original_amount": str(p.original_amount),
            "original_currency": p.original_currency, "payer": p.payer, "kind": p.kind,
            "proof": p.proof, "assumed": p.assumed,
            "conversion": None if p.conversion is None else p.conversion.to_json()}


class Application(NamedTuple):
    """Part of a payment credited to one installment's principal or interest."""

    payment: str
    date: date
    amount: Decimal
    bucket: Bucket
    conversion: Conversion | None = None

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {"payment": self.payment, "date": self.date.isoformat(),
                                  "amount": str(self.amount), "applied_to": self.bucket}
        if self.conversion is not None:
            out["conversion"] = self.conversion.to_json()
        return out


class InterestSegment(NamedTuple):
    """`principal` unpaid from `start` (not counted) to `end` (counted): days × rate."""

    component: str  # "double_portion" | "general" | "legal" | "custom"
    start: date
    end: date
    days: int
    principal: Decimal
    rate: Decimal
    per: int  # rate per `per` days: 1 for a daily rate, 365 for an annual rate
    rule: str
    computed: bool = True  # False: no rule in force for these days (flagged, not computed)

    @property
    def exact(self) -> Decimal:
        if not self.computed:
            return Decimal(0)
        exact = self.principal * self.rate * self.days
        return exact if self.per == 1 else exact / self.per  # ÷ 1 is exact: skip it

    def to_json(self) -> dict[str, object]:
        return {
            "component": self.component, "from": self.start.isoformat(),
            "to": self.end.isoformat(), "days": self.days, "principal": str(self.principal),
            "rate": str(self.rate), "rate_per": "day" if self.per == 1 else f"{self.per} days",
            "interest_unrounded": str(self.exact.quantize(MILLIONTH)),
            "computed": self.computed, "rule": self.rule,
        }


class Row:
    """One installment on the statement: what was due, what paid it, what is left.

    The figures are set when the row is made. Its explanation — the payments applied and the
    interest segments — may be given as a function that produces it: the booking engine
    passes one, so a statement whose totals are all that is read does not spell out hundreds
    of applications; `to_json()` and the renderers ask for them and get the same records.
    """

    __slots__ = ("_applications", "_segments", "days_late", "days_not_computed",
                 "installment", "interest", "interest_currency", "interest_fx",
                 "interest_paid", "paid_off", "principal_paid", "shortfall")

    def __init__(self, installment: Installment,
                 applications: tuple[Application, ...] | Callable[[], tuple[Application, ...]],
                 principal_paid: Decimal, shortfall: Decimal, paid_off: date | None,
                 days_late: int, interest: Decimal, interest_paid: Decimal,
                 interest_currency: str,
                 segments: tuple[InterestSegment, ...] | Callable[
                     [], tuple[InterestSegment, ...]] = (),
                 days_not_computed: int = 0, interest_fx: FxQuote | None = None) -> None:
        self.installment = installment
        self._applications = applications
        self.principal_paid = principal_paid
        self.shortfall = shortfall
        self.paid_off = paid_off
        self.days_late = days_late
        self.interest = interest  # rounded once, to the minor unit of `interest_currency`
        self.interest_paid = interest_paid
        self.interest_currency = interest_currency
        self._segments = segments
        self.days_not_computed = days_not_computed
        # SPC 2014 art. 5: the rate that turned this foreign-currency installment into RMB for
        # its double-portion interest (the rate of the day the interest starts).
        self.interest_fx = interest_fx

    @property
    def applications(self) -> tuple[Application, ...]:
        found = self._applications
        if not isinstance(found, tuple):
            found = self._applications = found()
        return found

    @property
    def segments(self) -> tuple[InterestSegment, ...]:
        found = self._segments
        if not isinstance(found, tuple):
            found = self._segments = found()
        return found

    def _key(self) -> tuple[object, ...]:
        return (self.installment, self.applications, self.principal_paid, self.shortfall,
                self.paid_off, self.days_late, self.interest, self.interest_paid,
                self.interest_currency, self.segments, self.days_not_computed,
                self.interest_fx)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Row({self.installment.id!r}, paid={self.principal_paid}, "
                f"shortfall={self.shortfall}, interest={self.interest} "
                f"{self.interest_currency}, days_late={self.days_late})")

    @property
    def interest_outstanding(self) -> Decimal:
        return self.interest - self.interest_paid

    @property
    def status(self) -> str:
        if self.shortfall == 0:
            return "paid" if self.days_late == 0 else "paid_late"
        return "unpaid" if self.principal_paid == 0 else "partly_paid"

    def to_json(self) -> dict[str, object]:
        inst = self.installment
        return {
            "id": inst.id, "obligation": inst.obligation, "kind": inst.kind,
            "period": {"start": inst.period_start.isoformat(),
                       "end": inst.period_end.isoformat()},
            "label": inst.label, "label_zh": inst.label_in("zh"),
            "due_date": inst.due_date.isoformat(), "amount_due": str(inst.amount),
            "currency": inst.currency, "source": inst.source,
            "source_zh": inst.source_in("zh"),
            "payments": [a.to_json() for a in self.applications],
            "paid": str(self.principal_paid), "shortfall": str(self.shortfall),
            "paid_off": None if self.paid_off is None else self.paid_off.isoformat(),
            "days_late": self.days_late, "status": self.status,
            "interest": str(self.interest), "interest_paid": str(self.interest_paid),
            "interest_outstanding": str(self.interest_outstanding),
            "interest_currency": self.interest_currency,
            "interest_segments": [s.to_json() for s in self.segments],
            "days_not_computed": self.days_not_computed,
            "interest_conversion": None if self.interest_fx is None else {
                "pair": self.interest_fx.pair, "rate": str(self.interest_fx.rate),
                "rate_date": self.interest_fx.rate_date.isoformat(),
                "source": self.interest_fx.source},
            "assumed": inst.assumed,
        }
