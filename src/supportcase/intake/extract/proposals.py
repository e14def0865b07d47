"""Facts proposed from outside the rules (an LLM, a helper reading over a parent's
shoulder) are only kept when the document bears them out.

A proposal names a fact, its value and the words it rests on. It is accepted when those
words are on a page of the document (compared in the matching form, so full-width digits
or Traditional characters do not matter) and, for amounts and dates, when the words
themselves say that value. An accepted proposal is still only `assumed` — a person
confirms it — and carries the page and span where its words were found.

Example:
    >>> verify(document, Proposal("support.amount", "2500", "人民币贰仟伍佰元整"))
    ExtractedFact(name='support.amount', value='2500', page=2, ..., status='assumed')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from supportcase.intake.document import SourceDocument
from supportcase.intake.extract.facts import ExtractedFact, PageView
from supportcase.intake.extract.numbers import (
    DATE_EN,
    DATE_ZH,
    MONEY_ZH,
    DateOrder,
    date_en,
    date_zh,
    decimal_text,
    iso,
    money_zh,
)
from supportcase.intake.normalize import match_text

PROPOSED_CONFIDENCE = 0.5
BOTH_ORDERS: tuple[DateOrder, ...] = ("mdy", "dmy")
_DOLLARS = re.compile(r"\$\s?(\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d+(?:\.\d{2})?)")


@dataclass(frozen=True)
class Proposal:
    name: str
    value: str
    quote: str


@dataclass(frozen=True)
class Rejection:
    proposal: Proposal
    reason: str


def verify(document: SourceDocument, proposal: Proposal) -> ExtractedFact | Rejection:
    needle = "".join(match_text(proposal.quote).text.split())
    if not needle:
        return Rejection(proposal, "no quoted words")
    for page in document.pages:
        view = PageView.of(page)
        compact, positions = _without_spaces(view.text)
        at = compact.find(needle)
        if at < 0:
            continue
        start, end = positions[at], positions[at + len(needle) - 1] + 1
        if not _says(proposal, view.text[start:end]):
            return Rejection(proposal, f"the quoted words do not say {proposal.value!r}")
        return view.fact(proposal.name, proposal.value, start, end,
                         confidence=PROPOSED_CONFIDENCE, inferred=True)
    return Rejection(proposal, "the quoted words are not in the document")


def _without_spaces(text: str) -> tuple[str, list[int]]:
    kept = [(i, c) for i, c in enumerate(text) if not c.isspace()]
    return "".join(c for _, c in kept), [i for i, _ in kept]


def _says(proposal: Proposal, words: str) -> bool:
    """Amounts and dates must be what the quoted words say; other values must appear."""
    name, value = proposal.name, proposal.value
    if name.endswith(("amount", "arrears_claimed")):
        amounts = {decimal_text(parsed[0]) for m in MONEY_ZH.finditer(words)
                   if (parsed := money_zh(m))}
        amounts |= {decimal_text(_dollars(m)) for m in _DOLLARS.finditer(words)}
        return value in amounts
    if name.endswith("date"):
        dates = {iso(d) for m in DATE_ZH.finditer(words) if (d := date_zh(m))}
        # 01/06/2023 says 6 January or 1 June: either is what the words say
        dates |= {d.isoformat() for m in DATE_EN.finditer(words)
                  for order in BOTH_ORDERS if (d := date_en(m, order=order))}
        return value in dates
    if name in ("obligor", "obligee", "court", "case_number") or name.startswith(
            ("party.", "child.name")):
        return "".join(value.split()) in "".join(words.split())
    return True  # categorical values (period, currency...) rest on the person who checks


def _dollars(match: re.Match[str]) -> Decimal:
    return Decimal(match.group(1).replace(",", ""))
