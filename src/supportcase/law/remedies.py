"""The remedies catalogue: what each enforcement measure needs and where it works.

Every remedy is a rule of topic `remedies` (`law/rules/cn/remedies/...`,
`law/rules/us/ca/remedies/...`, `law/rules/us/federal/remedies/...`) whose parameters say
where it works (`where`: CN, US-CA or US) and which asset or location clue it needs
(`needs_clues`: bank_account, salary, real_estate, passport, ...). `for_place()` matches the
case's asset and location clues against them, so a route can say "withholding of income:
available (clue: salary at Example Semiconductor)" or "needs a clue: bank account".

>>> [r.id for r in catalogue()][:2]                       # doctest: +SKIP
['cn.remedies.consumption_restriction', 'cn.remedies.criminal_refusal']
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from supportcase.casefile.model import CaseFile
from supportcase.law.countries import normalize_code
from supportcase.law.rules import RuleBook, default_rulebook

# A clue of one kind can stand for another: an employer means there is a salary to withhold,
# and in the US earned income means tax refunds to intercept.
CLUE_EQUIVALENTS: dict[str, set[str]] = {
    "salary": {"employer", "salary", "pension"},
    "employer": {"employer", "salary"},
    "tax_refund": {"tax_refund", "salary", "employer"},
    "bank_account": {"bank_account"},
    "wechat_pay": {"wechat_pay"},
    "alipay": {"alipay"},
    "passport": {"passport"},
    "licence": {"licence", "license", "driver_license"},
    "travel_to_cn": {"travel_to_cn", "passport"},
}


@dataclass(frozen=True)
class Remedy:
    id: str
    title: str
    title_zh: str
    summary: str
    summary_zh: str
    where: str  # CN, US-CA, US
    needs_clues: tuple[str, ...]
    citation: str
    status: str


@dataclass(frozen=True)
class RemedyMatch:
    remedy: Remedy
    available: bool  # no clue needed, or a matching clue is recorded
    clues: tuple[str, ...] = field(default_factory=tuple)  # the matching clues, in words
    missing: str | None = None  # what clue to look for

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        data = asdict(self.remedy)
        data["title_local"] = self.remedy.title_zh if lang == "zh" else self.remedy.title
        data.update(available=self.available, clues=list(self.clues), missing=self.missing)
        return data


def catalogue(book: RuleBook | None = None, *, on: dt.date | None = None) -> list[Remedy]:
    """Every remedy rule in force on `on` (default: today)."""
    book = book or default_rulebook()
    day = on or dt.date.today()
    remedies: list[Remedy] = []
    for rule in book:
        if rule.topic != "remedies":
            continue
        version = rule.version_on(day)
        if version is None:
            continue
        params = version.parameters
        remedies.append(Remedy(
            id=rule.id, title=rule.title.en, title_zh=rule.title.zh, summary=rule.summary.en,
            summary_zh=rule.summary.zh, where=str(params.get("where", rule.jurisdiction)),
            needs_clues=tuple(params.get("needs_clues", [])),
            citation=rule.citation_on(day).label(), status=rule.status))
    return remedies


def _place_matches(clue_country: str | None, where: str) -> bool:
    if clue_country is None:
        return False
    raw = clue_country.upper()
    if where == "US-CA":
        return raw in ("US-CA", "US")  # a US clue without a state may be in California
    return normalize_code(raw) == normalize_code(where)


def _clues(case: CaseFile, where: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    obligor = case.parties.obligor
    for clue in case.asset_clues:
        if _place_matches(clue.country, where) and clue.obtained_how != "unlawful":
            found.append((clue.kind, f"{clue.kind}: {clue.details} ({clue.status})"))
    for loc in case.location_clues:
        if _place_matches(loc.country, where) and loc.obtained_how != "unlawful":
            found.append((loc.kind, f"{loc.kind}: {loc.details} ({loc.status})"))
    if obligor is not None:
        if obligor.employer and _place_matches(obligor.country, where):
            found.append(("employer", f"employer: {obligor.employer}"))
        # A passport counts where it was issued (its holder's nationality), when that is known.
        if obligor.passport and (obligor.nationality is None
                                 or _place_matches(obligor.nationality, where)):
            found.append(("passport", f"passport: {obligor.passport}"))
    return found


def for_place(case: CaseFile, where: str, *, book: RuleBook | None = None,
              on: dt.date | None = None) -> list[RemedyMatch]:
    """Remedies that work in `where` (CN, US-CA, US), matched against the case's clues.

    Clues obtained unlawfully are never used (they may not be put before a court).
    """
    clues = _clues(case, where)
    places = {where} | ({"US"} if where == "US-CA" else set())
    matches: list[RemedyMatch] = []
    for remedy in catalogue(book, on=on):
        if remedy.where not in places:
            continue
        if not remedy.needs_clues:
            matches.append(RemedyMatch(remedy, True))
            continue
        wanted: set[str] = set()
        for need in remedy.needs_clues:
            wanted |= CLUE_EQUIVALENTS.get(need, {need})
        hits = tuple(text for kind, text in clues if kind in wanted)
        matches.append(RemedyMatch(remedy, bool(hits), hits,
                                   None if hits else " or ".join(remedy.needs_clues)))
    matches.sort(key=lambda m: (not m.available, m.remedy.id))
    return matches
