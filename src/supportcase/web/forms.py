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
from typing import Any

from pydantic import BaseModel, ValidationError

from supportcase.casefile.model import Communication, Event, Payment
from supportcase.dates import parse_date
from supportcase.errors import UserError
from supportcase.money import minor_unit, quantum

# The case file's lists a page may add to and remove from, and the section id on the page.
SECTIONS = {"payments": "payments", "communications": "history", "events": "history"}
CHANNELS = ("wechat", "email", "letter", "phone", "sms", "other")
MESSAGE_KINDS = ("demand", "reminder", "admission", "payment_proposal", "refusal",
                 "address_update", "other")
EVENT_KINDS = ("enforcement_application", "judgment_served", "ruling_served",
               "registration_notice", "publication", "settlement", "hearing",
               "returned_notice", "other")


# Where each list keeps the document that backs an entry.
PROOF_FIELD = {"payments": "proof", "communications": "document", "events": "document"}


def backed_by(entry: BaseModel, section: str, document_id: str) -> BaseModel:
    """The entry with its backing document linked; a payment or a message so backed is no
    longer only the parent's word."""
    update: dict[str, Any] = {PROOF_FIELD[section]: document_id}
    if "status" in type(entry).model_fields:
        update["status"] = "proven"
    return entry.model_copy(update=update)


def fingerprint(record: BaseModel) -> str:
    """Names one entry exactly, so a form removing it removes nothing else."""
    return hashlib.sha256(record.model_dump_json().encode("utf-8")).hexdigest()[:16]


def _day(text: str, words: Mapping[str, str]) -> dt.date:
    try:
        day = parse_date(text, "date")
    except UserError:
        raise UserError(words["bad_date"].format(value=text)) from None
    if day is None:
        raise UserError(words["needs_date"])
    if day > dt.date.today():
        raise UserError(words["date_in_future"])
    return day


def _build(model: type[BaseModel], typed: Mapping[str, str], words: Mapping[str, str],
           **fields: Any) -> Any:
    try:
        return model(**fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        name = str(first["loc"][0])
        if f"bad_{name}" in words and name in typed:
            raise UserError(words[f"bad_{name}"].format(value=typed[name])) from None
        raise UserError(str(first["msg"])) from None


def payment(form: Mapping[str, str], words: Mapping[str, str]) -> Payment:
    """A payment received (or a gift, a loan…) as the parent records it."""
    entry: Payment = _build(
        Payment, form, words, date=_day(form.get("date", ""), words),
        amount=form.get("amount", ""), currency=form.get("currency", ""),
        payer=form.get("payer", "obligor"), kind=form.get("kind", "performance"),
        method=form.get("method", "").strip() or None,
        note=form.get("note", "").strip() or None, status="assumed")
    if entry.amount <= 0:
        raise UserError(words["payment_positive"])
    unit = quantum(entry.currency)
    if entry.amount != entry.amount.quantize(unit):  # money arrives in whole fen or cents
        raise UserError(words["payment_places"].format(
            value=form.get("amount", ""), currency=entry.currency,
            places=minor_unit(entry.currency)))
    return entry.model_copy(update={"amount": entry.amount.quantize(unit)})


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
    entry: Event = _build(
        Event, form, words, date=_day(form.get("date", ""), words), kind=kind,
        description=description or words[f"event_{kind}"],
        authority=form.get("authority", "").strip() or None,
        case_number=form.get("case_number", "").strip() or None)
    return entry


def _one_of(form: Mapping[str, str], name: str, allowed: tuple[str, ...]) -> str:
    value = form.get(name, "other")
    return value if value in allowed else "other"
