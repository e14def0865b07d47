"""The case file: everything known about one child-support dispute, as plain data.

This is the one shape every part of supportcase reads: the ledger, the route planner,
the drafts, the store and the portable YAML form (`docs/casefile.md`). Amounts are
`Decimal` (written as strings in YAML); dates are ISO dates.

Every model forbids unknown fields so a typo in a case file is reported, not ignored.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationInfo,
    field_validator,
    model_validator,
)

from supportcase.law.countries import check_place
from supportcase.money import check_currency, to_decimal

SCHEMA_VERSION = 1

# What one text of a case file may hold. A NUL byte or an escape (tab and line breaks are
# fine) fits no PostgreSQL text column and no Word draft; a field of pages takes a PDF
# draft minutes to lay out. The web forms drop the first and refuse the second; the case
# file reader refuses both, where they are written.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_TEXT = 4000


def _decimal(value: object) -> Decimal:
    return to_decimal(value)


# A money amount: parsed exactly from a string or integer (never a float), written as a string.
Amount = Annotated[Decimal, BeforeValidator(_decimal), PlainSerializer(str, return_type=str)]
Currency = Annotated[str, BeforeValidator(lambda v: check_currency(str(v)))]


# The validation context the store reads a saved case with: what it holds is read as it was
# saved, so a case stored before a check was added (a reversal naming no payment, a state
# code that does not exist) still opens — the ledger notes what it cannot apply. Every other
# reading (a case file, a form, a new record) makes every check.
AS_STORED: dict[str, Any] = {"stored": True}


def _as_stored(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("stored"))


class EntryRefused(ValueError):
    """A check of a record that is about one of its fields: `where` is that field's path
    inside the record checked (the case file reader names it, with its line); `code` is the
    key of the words a web form says it in."""

    def __init__(self, message: str, *, where: tuple[str | int, ...], code: str) -> None:
        super().__init__(message)
        self.where = where
        self.code = code


def _place(value: str, info: ValidationInfo) -> str:
    return value if _as_stored(info) else check_place(value)


# A place: ISO 3166 alpha-2 (HK for Hong Kong, MO for Macau), or a state or region ISO 3166-2
# lists (US-CA for California). A region code that does not exist (US-XX) is refused.
Place = Annotated[str, AfterValidator(_place)]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Status = Literal["proven", "assumed", "disputed"]


class Provenance(Model):
    """Where a fact or record came from: a place in a document, or a person's entry."""

    document: str | None = None  # document id or sha256
    page: int | None = None  # 1-based
    span: tuple[int, int] | None = None  # character offsets within the page text
    quote: str | None = None
    entered_by: str | None = None
    entered_on: dt.date | None = None


class CaseInfo(Model):
    title: str
    # ISO 3166 alpha-2 (HK for Hong Kong, MO for Macau), or US-CA for California.
    order_jurisdiction: Place | None = None
    id: str | None = None
    language: Literal["en", "zh"] | None = None
    notes: str | None = None


class Party(Model):
    name: str
    name_en: str | None = None
    name_zh: str | None = None
    country: Place | None = None  # where the person lives now (ISO code or US-CA)
    address: str | None = None
    email: str | None = None
    phone: str | None = None
    id_number: str | None = None
    passport: str | None = None
    nationality: str | None = None
    # PRC filings name the party's sex and ethnic group (性别、民族) beside the ID number.
    sex: Literal["female", "male"] | None = None
    ethnicity: str | None = None  # e.g. 汉族
    employer: str | None = None
    birth_date: dt.date | None = None
    notes: str | None = None


class Relative(Party):
    relation: str  # e.g. "paternal grandmother"
    side: Literal["obligor", "obligee", "other"] = "obligor"


class Counsel(Party):
    firm: str | None = None
    represents: Literal["obligee", "obligor"] = "obligee"


class Authority(Model):
    """A court or agency involved in the case."""

    name: str
    kind: Literal["court", "agency", "central_authority", "notary", "other"] = "court"
    country: Place | None = None
    role: str | None = None  # e.g. "trial court", "enforcement court", "DCSS local office"
    case_number: str | None = None
    contact: str | None = None


class Parties(Model):
    obligee: Party | None = None
    obligor: Party | None = None
    relatives: list[Relative] = Field(default_factory=list)
    counsel: list[Counsel] = Field(default_factory=list)
    authorities: list[Authority] = Field(default_factory=list)


class Child(Model):
    name: str
    birth_date: dt.date | None = None
    name_en: str | None = None
    # When entered, an obligation ending at "end of full-time education" uses it.
    education_end: dt.date | None = None
    lives_with: Literal["obligee", "obligor", "other"] | None = None


class Document(Model):
    id: str
    title: str
    sha256: str | None = None
    filename: str | None = None
    media_type: str | None = None
    doc_type: str | None = None
    language: str | None = None
    date: dt.date | None = None
    pages: int | None = None
    notes: str | None = None


class Fact(Model):
    name: str
    value: str
    status: Status = "assumed"
    provenance: Provenance = Field(default_factory=Provenance)
    confidence: Amount | None = None
    id: str | None = None


BasisType = Literal[
    "judgment", "mediation_statement", "ruling", "notarized_agreement", "divorce_agreement",
    "private_agreement", "foreign_order", "us_order", "hk_order", "other",
]


class Basis(Model):
    """The legal document that makes the support due."""

    type: BasisType
    date: dt.date | None = None  # date made / signed
    effective_date: dt.date | None = None  # date it became legally effective (生效)
    document: str | None = None  # document id, sha256 or title
    court: str | None = None
    case_number: str | None = None
    jurisdiction: Place | None = None
    enforcement_certificate: bool | None = None  # notarial enforcement certificate obtained


class EndAtChildAge(Model):
    child_age: int = 18
    child: int = 0  # index into `children`


class EndAtEducation(Model):
    education_end: Literal[True] = True
    child: int = 0


End = dt.date | EndAtChildAge | EndAtEducation


class Step(Model):
    """A modification or court order changing the amount from a date."""

    from_date: dt.date = Field(alias="from")
    amount: Amount
    basis: str | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True,
                              serialize_by_alias=True)


class Adjustment(Model):
    """An adjustment clause: e.g. +5 % every January from 2022."""

    percent: Amount
    month: int = 1
    from_date: dt.date | None = Field(default=None, alias="from")
    rounding: Literal["unit", "none"] = "unit"

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True,
                              serialize_by_alias=True)


class Period(Model):
    start: dt.date
    end: dt.date
    reason: str | None = None


class ExpenseShare(Model):
    """The obligor pays `share` (0–1) of expenses of `category` within `within_days` of receipt."""

    category: str  # tuition | medical | childcare | other ...
    share: Amount
    within_days: int = 30


class Obligation(Model):
    id: str
    basis: Basis
    amount: Amount
    currency: Currency
    frequency: Literal["monthly", "quarterly", "yearly", "once"] = "monthly"
    due_day: int | Literal["last"] = 1
    due_rule: Literal["on", "by"] = "on"  # "on the 10th" or "by the 10th" (每月10日前)
    start: dt.date
    end: End | None = None
    children: list[int] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    adjustments: list[Adjustment] = Field(default_factory=list)
    suspensions: list[Period] = Field(default_factory=list)
    expense_shares: list[ExpenseShare] = Field(default_factory=list)
    general_interest_rate: Amount | None = None  # only if the document sets one
    notes: str | None = None
    status: Status | None = None  # unwritten: see `standing`

    @property
    def standing(self) -> Status:
        """Terms stand on their legal document: proven once `basis.document` names it, and
        until then terms someone typed in, still to check against it."""
        return standing(self.status, self.basis.document)

    @field_validator("due_day")
    @classmethod
    def _day_in_month(cls, v: int | str) -> int | str:
        if isinstance(v, int) and not 1 <= v <= 31:
            raise ValueError("due_day must be 1–31 or 'last'")
        return v


def standing(status: Status | None, evidence: str | None) -> Status:
    """How sure a payment, expense or message is: the status as written; unwritten, proven
    once a document showing it is linked, and the parent's own statement (assumed) until then."""
    if status is not None:
        return status
    return "proven" if evidence else "assumed"


PaymentKind = Literal["performance", "gift", "loan", "unknown", "refund", "reversal"]
# The kinds that undo (part of) another payment, which `reverses` names.
UNDOING = ("reversal", "refund")


class Payment(Model):
    date: dt.date
    amount: Amount
    currency: Currency
    payer: Literal["obligor", "relative", "other", "obligee"] = "obligor"
    payer_name: str | None = None
    kind: PaymentKind = "performance"
    id: str | None = None
    obligation: str | None = None  # obligation id, when the payer named it
    reverses: str | None = None  # for kind=reversal: the payment id it undoes
    method: str | None = None  # bank transfer, WeChat, Alipay, cash ...
    proof: str | None = None  # document id or sha256
    note: str | None = None
    status: Status | None = None  # unwritten: see `standing`

    @property
    def standing(self) -> Status:
        return standing(self.status, self.proof)

    @model_validator(mode="after")
    def _undoes_and_payer(self, info: ValidationInfo) -> Payment:
        """A reversal or refund names the payment it undoes (the ledger cannot apply one
        that does not); the obligee is the payer only of a refund (money given back), since
        the obligee pays no support to themselves. Whether the payment named is in the case
        is the case file's check (`CaseFile._undone_payments`)."""
        if _as_stored(info):
            return self
        if self.kind in UNDOING and not self.reverses:
            raise EntryRefused(
                f"a {self.kind} must name the payment it undoes: write that payment's id in "
                "'reverses'", where=("reverses",), code="needs_reverses")
        if self.reverses and self.kind not in UNDOING:
            # The ledger reads `reverses` only on a reversal or refund: on another payment it
            # would be silently ignored, the payment it names left standing.
            raise EntryRefused(
                f"'reverses' is only for a reversal or refund; this payment is a {self.kind}: "
                "write kind: reversal (or refund), or remove 'reverses'",
                where=("reverses",), code="reverses_not_undoing")
        if self.payer == "obligee" and self.kind != "refund":
            raise EntryRefused(
                "the obligee does not pay support to themselves: 'payer: obligee' is only for "
                "a refund the obligee gives back; for money the obligee received, write who "
                "paid it (obligor, relative or other)", where=("payer",), code="payer_obligee")
        return self


def payment_ref(payment: Payment, position: int) -> str:
    """How the ledger, and `reverses`, name a payment: its id, else "payment #n" (1-based)."""
    return payment.id or f"payment #{position}"


def undoing_problem(payments: list[Payment]) -> EntryRefused | None:
    """The first reversal or refund that does not name another payment of `payments` it can
    undo (one received: not itself, not a reversal or refund), as a refusal naming where it
    is; None when each names one."""
    refs = {payment_ref(p, n): (n, p) for n, p in enumerate(payments, start=1)}
    for n, p in enumerate(payments, start=1):
        if p.kind not in UNDOING or not p.reverses:
            continue
        where = ("payments", n - 1, "reverses")
        found = refs.get(p.reverses)
        if found is None:
            return EntryRefused(
                f"'{p.reverses}' is not a payment of this case file; 'reverses' names the "
                f"payment the {p.kind} undoes", where=where, code="reverses_unknown")
        at, target = found
        if at == n:
            return EntryRefused(
                f"'{p.reverses}' cannot undo itself; 'reverses' names the payment the "
                f"{p.kind} undoes", where=where, code="reverses_itself")
        if target.kind in UNDOING:
            return EntryRefused(
                f"'{p.reverses}' is a {target.kind}, not a payment received; a {p.kind} "
                "undoes a payment received", where=where, code="reverses_undoing")
    return None


class Expense(Model):
    date: dt.date
    category: str
    amount: Amount
    currency: Currency
    description: str | None = None
    id: str | None = None
    child: int | None = None
    receipt: str | None = None  # document id
    notified: dt.date | None = None  # date the obligor received the receipt
    status: Status | None = None  # unwritten: see `standing`

    @property
    def standing(self) -> Status:
        return standing(self.status, self.receipt)


class Communication(Model):
    date: dt.date
    direction: Literal["sent", "received"]
    channel: str  # wechat | email | letter | phone | sms | other
    kind: Literal[
        "reminder", "admission", "refusal", "address_update", "payment_proposal", "demand", "other"
    ] = "other"
    summary: str
    counterpart: str | None = None
    document: str | None = None
    status: Status | None = None  # unwritten: see `standing`

    @property
    def standing(self) -> Status:
        return standing(self.status, self.document)


class Event(Model):
    """A court or agency event: filing, receipt, ruling, returned notice, hearing ..."""

    date: dt.date
    kind: str
    description: str
    authority: str | None = None
    case_number: str | None = None
    document: str | None = None


ObtainedHow = Literal[
    "own_knowledge", "documents_received", "public_record", "court_inquiry", "third_party",
    "bank_records", "unlawful", "unknown",
]


class AssetClue(Model):
    kind: str  # bank_account | salary | real_estate | vehicle | company_share | wechat_pay | ...
    country: Place | None = None
    details: str
    obtained: str  # how the clue was obtained, in words
    obtained_how: ObtainedHow | None = None
    as_of: dt.date | None = None
    document: str | None = None
    status: Status = "assumed"


class LocationClue(Model):
    kind: Literal["address", "email", "phone", "employer", "passport", "social", "other"]
    details: str
    country: Place | None = None
    obtained: str
    obtained_how: ObtainedHow | None = None
    as_of: dt.date | None = None
    status: Status = "assumed"


class Deadline(Model):
    title: str
    due: dt.date
    rule: str | None = None
    status: Literal["open", "met", "missed", "arguable"] = "open"
    note: str | None = None


class Draft(Model):
    kind: str
    created: dt.date
    language: str
    document: str | None = None  # sha256 of the rendered file
    title: str | None = None


class Assertion(Model):
    """An agency's or court's statement that on `date` the arrears were `amount`."""

    date: dt.date
    amount: Amount
    currency: Currency
    source: str
    obligation: str | None = None
    includes_interest: bool = False
    document: str | None = None


class Interest(Model):
    regime: Literal["none", "cn-delayed-performance", "us-ca-legal", "custom"] = "none"
    rate: Amount | None = None  # annual, for custom (e.g. "0.05")
    basis: Literal["simple"] = "simple"
    # PRC, foreign-currency debt: accrue the double-portion interest in the debt's currency,
    # or in CNY. SPC 2014 interpretation art. 5 converts at the central parity of the day the
    # doubled interest starts (for support: each installment's own start), not the day the
    # document took effect — the value's name is older than that check; the ledger follows
    # the verified text.
    foreign_currency: Literal["original", "cny_at_effective_date"] = "original"


class FxRate(Model):
    date: dt.date
    pair: str  # "USD/CNY": 1 USD = rate CNY
    rate: Amount
    source: str

    # Checked here, where the table is entered, so a bad rate is refused at once rather
    # than stopping every later statement that converts with it.
    @field_validator("pair")
    @classmethod
    def _currency_pair(cls, v: str) -> str:
        base, sep, quote = v.replace("-", "/").partition("/")
        if not sep:
            raise ValueError(f"'{v}' is not a currency pair; write it like USD/CNY")
        check_currency(base)
        check_currency(quote)
        return v

    @field_validator("rate")
    @classmethod
    def _positive(cls, v: Decimal) -> Decimal:
        if v <= 0:
            raise ValueError(f"a rate must be a positive number, not '{v}'")
        return v


class Settings(Model):
    allocation: str | None = None  # allocation policy rule id; default by jurisdiction
    report_currency: Currency | None = None


class CaseFile(Model):
    version: int = SCHEMA_VERSION
    case: CaseInfo
    parties: Parties = Field(default_factory=Parties)
    children: list[Child] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)
    payments: list[Payment] = Field(default_factory=list)
    expenses: list[Expense] = Field(default_factory=list)
    communications: list[Communication] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    asset_clues: list[AssetClue] = Field(default_factory=list)
    location_clues: list[LocationClue] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    drafts: list[Draft] = Field(default_factory=list)
    assertions: list[Assertion] = Field(default_factory=list)
    interest: Interest = Field(default_factory=Interest)
    fx_rates: list[FxRate] = Field(default_factory=list)
    settings: Settings = Field(default_factory=Settings)

    @field_validator("version")
    @classmethod
    def _known_version(cls, v: int) -> int:
        if v != SCHEMA_VERSION:
            raise ValueError(
                f"case file version {v} is not supported; this supportcase reads version "
                f"{SCHEMA_VERSION}"
            )
        return v

    @model_validator(mode="after")
    def _ids_once(self, info: ValidationInfo) -> CaseFile:
        """An id names one entry of its list: a payment's `obligation` or `reverses`, an
        installment ("main:2024-03-10") and a document link would otherwise be ambiguous."""
        if _as_stored(info):
            return self
        for section in ("documents", "facts", "obligations", "payments", "expenses"):
            seen: set[str] = set()
            for n, entry in enumerate(getattr(self, section)):
                if entry.id is None:
                    continue
                if entry.id in seen:
                    raise EntryRefused(
                        f"the id '{entry.id}' is used twice in {section}; give each entry its "
                        "own id", where=(section, n, "id"), code="duplicate_id")
                seen.add(entry.id)
        return self

    @model_validator(mode="after")
    def _undone_payments(self, info: ValidationInfo) -> CaseFile:
        """Each reversal or refund names a payment of this case it can undo."""
        if not _as_stored(info) and any(p.kind in UNDOING for p in self.payments):
            problem = undoing_problem(self.payments)
            if problem is not None:
                raise problem
        return self
