"""What a parent types into the case page's forms, turned into case-file records.

Each reader checks the entry as the case file checks it and raises one `UserError` in the
parent's language (`words`: the page's `TEXT[lang]`), so a wrong entry is one message and
nothing is saved. Entries made here are the parent's own record (`assumed`) until a document
backs them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from itertools import count
from typing import Any

from pydantic import BaseModel, ValidationError

from supportcase.casefile.meant_as import mark_payment
from supportcase.casefile.model import (
    AS_STORED,
    CONTROL_CHARACTERS,
    MAX_TEXT,
    UNDOING,
    AssetClue,
    Basis,
    CaseFile,
    Child,
    Communication,
    EndAtChildAge,
    EntryRefused,
    Event,
    Expense,
    Obligation,
    Party,
    Payment,
    payment_ref,
)
from supportcase.casefile.words import ASSET_KINDS as ASSET_WORDS
from supportcase.casefile.words import CHANNELS as CHANNEL_WORDS
from supportcase.casefile.words import EXPENSE_CATEGORIES as EXPENSE_WORDS
from supportcase.casefile.words import MESSAGE_KINDS as MESSAGE_WORDS
from supportcase.dates import parse_date
from supportcase.errors import UserError
from supportcase.money import minor_unit, quantum

# The case file's lists a page may add to and remove from, and where the page shows each.
SECTIONS = {"payments": "payments", "communications": "history", "events": "history",
            "obligations": "terms", "asset_clues": "assets", "expenses": "expenses"}
CHANNELS = tuple(CHANNEL_WORDS)
MESSAGE_KINDS = tuple(MESSAGE_WORDS)
BASIS_TYPES = ("judgment", "mediation_statement", "ruling", "notarized_agreement",
               "divorce_agreement", "private_agreement", "us_order", "hk_order",
               "foreign_order")
FREQUENCIES = ("monthly", "quarterly", "yearly", "once")
EXPENSE_CATEGORIES = tuple(EXPENSE_WORDS)  # the order the form lists them
ASSET_KINDS = tuple(ASSET_WORDS)  # the order the form lists them
OBTAINED_HOW = ("own_knowledge", "documents_received", "public_record", "court_inquiry",
                "third_party", "bank_records", "unknown", "unlawful")
PRC_COURT_TITLES = ("judgment", "mediation_statement", "ruling")  # as intake proposes
EVENT_KINDS = ("enforcement_application", "judgment_served", "ruling_served",
               "registration_notice", "publication", "settlement", "hearing",
               "returned_notice", "other")


# Where each list keeps the document that backs an entry. Support terms are backed by the
# legal document that sets them: linking it says the terms were checked against it.
PROOF_FIELD = {"payments": "proof", "communications": "document", "events": "document",
               "asset_clues": "document", "expenses": "receipt", "obligations": "basis.document"}


def backed_by(entry: BaseModel, section: str, document_id: str) -> BaseModel:
    """The entry with its backing document linked; a payment, a message or support terms so
    backed are no longer only the parent's word."""
    field, _, inner = PROOF_FIELD[section].partition(".")
    value: Any = document_id
    if inner:
        value = getattr(entry, field).model_copy(update={inner: document_id})
    update: dict[str, Any] = {field: value}
    if "status" in type(entry).model_fields:
        update["status"] = "proven"
    return entry.model_copy(update=update)


class EntryChanged(UserError):
    """The entry a form names is no longer where it was (the case changed meanwhile)."""


def add(section: str, form: Mapping[str, str], words: Mapping[str, str],
        casefile: CaseFile) -> CaseFile:
    """The case file with the entry the form describes added to `section`."""
    readers = {"payments": payment, "communications": communication, "events": event,
               "asset_clues": asset_clue, "expenses": expense}
    if section not in readers:  # support terms are added whole (`obligation`)
        raise UserError(words["entry_changed"])
    entry = readers[section](form, words)
    return casefile.model_copy(update={section: [*getattr(casefile, section), entry]})


def _named(section: str, form: Mapping[str, str], words: Mapping[str, str],
           casefile: CaseFile) -> tuple[list[Any], int]:
    """The section's entries and the place of the one the form names by place and content."""
    listed = list(getattr(casefile, section))
    index = form.get("index", "")
    # `isdecimal`, not `isdigit`: '²' is a digit to Python that `int()` refuses.
    at = int(index) if index.isdecimal() else -1
    if not (0 <= at < len(listed) and fingerprint(listed[at]) == form.get("entry")):
        raise EntryChanged(words["entry_changed"])
    return listed, at


def remove(section: str, form: Mapping[str, str], words: Mapping[str, str],
           casefile: CaseFile) -> CaseFile:
    """The case file without the entry the form names (one made by mistake)."""
    listed, at = _named(section, form, words, casefile)
    kept = listed[:at] + listed[at + 1:]
    if section == "payments":
        before = [pair for pair in _undone(listed) if pair[0] != id(listed[at])]
        if _undone(kept) != before:
            # A reversal or refund would lose the payment it undoes (or, naming payments by
            # their place in the list, "payment #3", come to name another one).
            raise UserError(words["undone_payment"])
    return casefile.model_copy(update={section: kept})


def _undone(payments: list[Payment]) -> list[tuple[int, int | None]]:
    """Each reversal or refund and the payment it names, by identity (so a list with one
    payment taken out compares with the whole list); None where it names none."""
    refs = {payment_ref(p, n): p for n, p in enumerate(payments, start=1)}
    named = [(p, refs.get(p.reverses or "")) for p in payments if p.kind in UNDOING]
    return [(id(p), None if target is None else id(target)) for p, target in named]


def back(section: str, form: Mapping[str, str], words: Mapping[str, str],
         casefile: CaseFile) -> CaseFile:
    """The case file with a document of the case linked as proof of the entry named."""
    listed, at = _named(section, form, words, casefile)
    document = form.get("document", "")
    if not document:  # the select starts on no document: the first is not linked unasked
        raise UserError(words["needs_document"])
    if document not in {d.id for d in casefile.documents}:
        raise UserError(words["no_such_document"])
    listed[at] = backed_by(listed[at], section, document)
    return casefile.model_copy(update={section: listed})


def payment_kind(form: Mapping[str, str], words: Mapping[str, str],
                 casefile: CaseFile) -> CaseFile:
    """The case file with the payment the form names marked as what it was meant as: the
    answer to the statement's question about a payment of unknown kind (only performance
    reduces the arrears)."""
    _, at = _named("payments", form, words, casefile)
    return mark_payment(casefile, at, form.get("kind", ""))


def within_limit(form: Mapping[str, str], words: Mapping[str, str]) -> None:
    """Refuse a form with a field longer than a case file's text may be (`MAX_TEXT`): the
    form is given back instead, what was typed still in it."""
    if any(len(value) > MAX_TEXT for value in form.values()):
        raise UserError(words["too_long"].format(n=MAX_TEXT))


def as_typed(value: str) -> str:
    """What a field holds, without the control characters that came with it (no one means
    to type a NUL byte or an escape)."""
    return CONTROL_CHARACTERS.sub("", value)


def fingerprint(record: BaseModel) -> str:
    """Names one entry exactly, so a form removing it removes nothing else."""
    return hashlib.sha256(record.model_dump_json().encode("utf-8")).hexdigest()[:16]


def _day(text: str, words: Mapping[str, str], *, future: bool = False) -> dt.date:
    """A typed date; one that has not come yet only where the form allows it (what a
    document sets — when support starts or ends — may lie ahead; what happened may not)."""
    try:
        day = parse_date(text, "date")
    except UserError:
        raise UserError(words["bad_date"].format(value=text)) from None
    if day is None:
        raise UserError(words["needs_date"])
    if day > dt.date.today() and not future:
        raise UserError(words["date_in_future"])
    return day


def _build(model: type[BaseModel], typed: Mapping[str, str], words: Mapping[str, str],
           **fields: Any) -> Any:
    try:
        return model(**fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        # A check of the whole entry (a reversal naming no payment, a payment by the
        # obligee) has its own words.
        refused = (first.get("ctx") or {}).get("error")
        if isinstance(refused, EntryRefused) and refused.code in words:
            raise UserError(words[refused.code]) from None
        where = refused.where if isinstance(refused, EntryRefused) else ()
        name = str((first["loc"] or where or ("",))[0])
        if f"bad_{name}" in words and name in typed:
            raise UserError(words[f"bad_{name}"].format(value=typed[name])) from None
        # Any other field (a choice, a length) is named in the reader's words; pydantic's
        # own message is English and names internal types.
        raise UserError(words["bad_field"].format(field=words.get(name, name))) from None


def payment(form: Mapping[str, str], words: Mapping[str, str]) -> Payment:
    """A payment received (or a gift, a loan…) as the parent records it."""
    entry: Payment = _money(
        form, words, Payment, date=_day(form.get("date", ""), words),
        payer=form.get("payer", "obligor"), kind=form.get("kind", "performance"),
        method=form.get("method", "").strip() or None,
        note=form.get("note", "").strip() or None, status="assumed")
    return entry


def _money(form: Mapping[str, str], words: Mapping[str, str], model: type[BaseModel], *,
           places: str = "payment_places", **fields: Any) -> Any:
    """An entry with an amount: more than zero, in whole minor units of its currency
    (`places`: the words saying it is not)."""
    entry = _build(model, form, words, amount=form.get("amount", ""),
                   currency=form.get("currency", ""), **fields)
    if entry.amount <= 0:
        raise UserError(words["payment_positive"])
    unit = quantum(entry.currency)
    if entry.amount != entry.amount.quantize(unit):  # money moves in whole fen or cents
        raise UserError(words[places].format(
            value=form.get("amount", ""), currency=entry.currency,
            places=minor_unit(entry.currency)))
    return entry.model_copy(update={"amount": entry.amount.quantize(unit)})


def expense(form: Mapping[str, str], words: Mapping[str, str]) -> Expense:
    """A cost for the child the parent paid (tuition, a hospital bill…). The ledger makes it
    due only where the legal document shares such costs; otherwise it is listed apart, as a
    question for a modification, never mixed into the arrears."""
    category = _one_of(form, "category", EXPENSE_CATEGORIES)
    notified = form.get("notified", "")
    entry: Expense = _money(
        form, words, Expense, date=_day(form.get("date", ""), words), category=category,
        description=" ".join(form.get("description", "").split()) or None,
        notified=_optional_day(notified, words), status="assumed")
    return entry


def communication(form: Mapping[str, str], words: Mapping[str, str]) -> Communication:
    """A message sent to or received from the other parent (a demand, an admission…)."""
    summary = " ".join(form.get("summary", "").split())
    if not summary:
        raise UserError(words["needs_summary"])
    entry: Communication = _build(
        Communication, form, words, date=_day(form.get("date", ""), words),
        direction=form.get("direction", "sent"), channel=_one_of(form, "channel", CHANNELS),
        kind=form.get("kind", "other"), summary=summary,
        counterpart=form.get("counterpart", "").strip() or None, status="assumed")
    return entry


def event(form: Mapping[str, str], words: Mapping[str, str]) -> Event:
    """A court or agency event (an application filed, a judgment served, a hearing…)."""
    description = " ".join(form.get("description", "").split())
    kind = _one_of(form, "kind", EVENT_KINDS)
    # A hearing is often recorded before it is held; the other steps have happened.
    day = _day(form.get("date", ""), words, future=kind == "hearing")
    entry: Event = _build(
        Event, form, words, date=day, kind=kind,
        description=description or words[f"event_{kind}"],
        authority=form.get("authority", "").strip() or None,
        case_number=form.get("case_number", "").strip() or None)
    return entry


def _one_of(form: Mapping[str, str], name: str, allowed: tuple[str, ...],
            otherwise: str = "other") -> str:
    value = form.get(name, otherwise)
    return value if value in allowed else otherwise


def _optional_day(text: str, words: Mapping[str, str], *,
                  future: bool = False) -> dt.date | None:
    return _day(text, words, future=future) if text.strip() else None


def obligation(form: Mapping[str, str], words: Mapping[str, str],
               casefile: CaseFile) -> CaseFile:
    """The support terms typed from the document by hand (when reading it found them
    incomplete): the case file with the obligation added — and the child it runs to, when
    new — assumed until checked against the document, as a proposal from intake is."""
    basis_type = _one_of(form, "basis", BASIS_TYPES)  # "other" when it is none of them
    start = _optional_day(form.get("start", ""), words, future=True)
    if start is None:
        raise UserError(words["needs_start"])
    due = form.get("due_day", "1").strip().lower()
    if due != "last" and not (due.isdecimal() and 1 <= int(due) <= 31):
        raise UserError(words["bad_due_day"].format(value=due))
    children = list(casefile.children)
    end: dt.date | EndAtChildAge | None = None
    ends = form.get("ends", "open")
    if ends == "date":
        end = _optional_day(form.get("end_date", ""), words, future=True)
        if end is None:
            raise UserError(words["needs_end_date"])
    elif ends == "child_18":
        name = " ".join(form.get("child_name", "").split())
        born = _optional_day(form.get("child_birth", ""), words)
        if not name or born is None:
            raise UserError(words["needs_child"])
        index = next((i for i, c in enumerate(children) if c.name == name), None)
        if index is None:
            children.append(Child(name=name, birth_date=born))
            index = len(children) - 1
        elif children[index].birth_date not in (None, born):
            raise UserError(words["child_birth_differs"].format(
                name=name, known=children[index].birth_date))
        else:
            children[index] = children[index].model_copy(update={"birth_date": born})
        end = EndAtChildAge(child=index)
    # A foreign order's place is not the case's: leave it for the route planner to ask.
    foreign = basis_type in ("us_order", "hk_order", "foreign_order")
    jurisdiction = None if foreign else casefile.case.order_jurisdiction
    # The jurisdiction is the stored case's own, taken as it was saved.
    basis = Basis.model_validate(
        {"type": basis_type, "document": form.get("document", "").strip() or None,
         "court": form.get("court", "").strip() or None,
         "case_number": form.get("case_number", "").strip() or None,
         "effective_date": _optional_day(form.get("effective_date", ""), words),
         "jurisdiction": jurisdiction}, context=AS_STORED)
    taken = {o.id for o in casefile.obligations}
    entry: Obligation = _money(
        form, words, Obligation, places="terms_places", id=_free_id(taken), basis=basis,
        frequency=_one_of(form, "frequency", FREQUENCIES),
        due_day="last" if due == "last" else int(due),
        due_rule="by" if form.get("due_rule") == "by" else "on", start=start, end=end,
        children=[end.child] if isinstance(end, EndAtChildAge) else [], status="assumed",
        notes="Entered by hand from the document; check every term against it.")
    if isinstance(end, dt.date) and end < start:
        raise UserError(words["end_before_start"])
    if any(_same_terms(entry, o) for o in casefile.obligations):
        # A second click or a form sent again would double every installment.
        raise UserError(words["terms_twice"])
    interest = casefile.interest
    if basis_type in PRC_COURT_TITLES and jurisdiction == "CN" and interest.regime == "none":
        # CPL 2023 art. 264: delay in performing a PRC court's money judgment doubles the
        # interest — the regime intake proposes for the same documents.
        interest = interest.model_copy(update={"regime": "cn-delayed-performance"})
    return casefile.model_copy(update={"obligations": [*casefile.obligations, entry],
                                       "children": children, "interest": interest})


def _free_id(taken: set[str]) -> str:
    """The first obligation id not in use: "main", then "by-hand-2", "by-hand-3"…"""
    if "main" not in taken:
        return "main"
    return next(f"by-hand-{n}" for n in count(2) if f"by-hand-{n}" not in taken)


def _same_terms(a: Obligation, b: Obligation) -> bool:
    """The same support set twice: every term alike, whatever the id, notes or status."""
    ignore = {"id", "notes", "status"}
    return a.model_dump(exclude=ignore) == b.model_dump(exclude=ignore)


def parties(form: Mapping[str, str], words: Mapping[str, str],
            casefile: CaseFile) -> CaseFile:
    """The two parents' names, where each lives now and the paying parent's address, as
    typed: what is left blank stays as it was (a name is never erased from here)."""
    updated = {}
    for role in ("obligee", "obligor"):
        known = getattr(casefile.parties, role)
        fields = {"name": " ".join(form.get(f"{role}_name", "").split()),
                  "country": form.get(f"{role}_country", "").strip().upper(),
                  "address": " ".join(form.get(f"{role}_address", "").split())}
        typed = {k: v for k, v in fields.items() if v}
        if not typed:
            continue
        if known is None and "name" not in typed:
            raise UserError(words["needs_name"])
        if typed.get("country"):
            _check_place(typed["country"], words)
        updated[role] = known.model_copy(update=typed) if known else Party(**typed)
    if not updated:
        raise UserError(words["nothing_typed"])
    return casefile.model_copy(update={"parties": casefile.parties.model_copy(update=updated)})


def _check_place(code: str, words: Mapping[str, str]) -> None:
    """Refuse a place the country data does not know. Known: an ISO 3166 code (HK and MO
    included) or a US state that exists (US-CA; not US-XX, which would be taken for the
    US)."""
    from supportcase.errors import NotFound
    from supportcase.law.countries import country, is_subdivision

    if code.startswith("US-") and not is_subdivision(code):
        raise UserError(words["bad_state"].format(value=code))
    if len(code) != 2 and not code.startswith("US-"):
        raise UserError(words["bad_country"].format(value=code))
    try:
        country(code)
    except NotFound:
        raise UserError(words["bad_country"].format(value=code)) from None


def asset_clue(form: Mapping[str, str], words: Mapping[str, str]) -> AssetClue:
    """Something the paying parent owns or earns, and how the parent knows it. A clue
    obtained unlawfully is kept on file but left out of every filing (the checklist says
    so), so how it was obtained is asked every time."""
    details = " ".join(form.get("details", "").split())
    if not details:
        raise UserError(words["needs_details"])
    country = form.get("country", "").strip().upper() or None
    if country:
        _check_place(country, words)
    how = _one_of(form, "obtained_how", OBTAINED_HOW, otherwise="unknown")
    note = " ".join(form.get("obtained", "").split())
    entry: AssetClue = _build(
        AssetClue, form, words, kind=_one_of(form, "kind", ASSET_KINDS), country=country,
        details=details, obtained_how=how,
        obtained=f"{words['how_' + how]}: {note}" if note else words["how_" + how],
        as_of=dt.date.today(), status="assumed")
    return entry
