"""Case file ⇄ table rows.

`rows_for(casefile)` turns each list of the case file into rows of its table, each row
holding the item's full record as JSON plus the typed columns derived from it;
`casefile_from(case_row, rows)` puts the case file back together from those records.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from supportcase.casefile import model as cf
from supportcase.store import tables as t


def _record(item: BaseModel) -> dict[str, Any]:
    return item.model_dump(mode="json", exclude_defaults=True, by_alias=True)


def _party_rows(parties: cf.Parties, children: list[cf.Child]) -> Iterator[tuple[str, Any]]:
    if parties.obligee:
        yield "obligee", parties.obligee
    if parties.obligor:
        yield "obligor", parties.obligor
    for child in children:
        yield "child", child
    for relative in parties.relatives:
        yield "relative", relative
    for counsel in parties.counsel:
        yield "counsel", counsel
    for authority in parties.authorities:
        yield "authority", authority


def rows_for(case_id: str, casefile: cf.CaseFile) -> list[t.Base]:
    rows: list[t.Base] = []

    def add(table: type[t.Base], position: int, item: BaseModel, **columns: Any) -> None:
        rows.append(table(case_id=case_id, position=position, data=_record(item), **columns))

    for i, (role, p) in enumerate(_party_rows(casefile.parties, casefile.children)):
        add(t.Party, i, p, role=role, name=p.name, country=getattr(p, "country", None),
            birth_date=getattr(p, "birth_date", None))
    for i, d in enumerate(casefile.documents):
        add(t.Document, i, d, key=d.id, title=d.title, sha256=d.sha256, doc_type=d.doc_type)
    for i, f in enumerate(casefile.facts):
        pv = f.provenance
        add(t.Fact, i, f, name=f.name, value=f.value, status=f.status, document=pv.document,
            page=pv.page, span_start=pv.span[0] if pv.span else None,
            span_end=pv.span[1] if pv.span else None, entered_by=pv.entered_by,
            entered_on=pv.entered_on)
    for i, o in enumerate(casefile.obligations):
        add(t.Obligation, i, o, key=o.id, basis_type=o.basis.type, amount=o.amount,
            currency=o.currency, frequency=o.frequency, start=o.start)
    for i, p in enumerate(casefile.payments):
        add(t.Payment, i, p, date=p.date, amount=p.amount, currency=p.currency, payer=p.payer,
            kind=p.kind)
    for i, e in enumerate(casefile.expenses):
        add(t.Expense, i, e, date=e.date, amount=e.amount, currency=e.currency,
            category=e.category)
    for i, a in enumerate(casefile.assertions):
        add(t.Assertion, i, a, date=a.date, amount=a.amount, currency=a.currency, source=a.source)
    for i, r in enumerate(casefile.fx_rates):
        add(t.FxRate, i, r, date=r.date, pair=r.pair, rate=r.rate, source=r.source)
    for i, c in enumerate(casefile.communications):
        add(t.Communication, i, c, date=c.date, direction=c.direction, kind=c.kind)
    for i, ev in enumerate(casefile.events):
        add(t.Event, i, ev, date=ev.date, kind=ev.kind)
    for i, ac in enumerate(casefile.asset_clues):
        add(t.AssetClue, i, ac, kind=ac.kind, country=ac.country, obtained=ac.obtained,
            obtained_how=ac.obtained_how)
    for i, lc in enumerate(casefile.location_clues):
        add(t.LocationClue, i, lc, kind=lc.kind, country=lc.country, obtained=lc.obtained,
            obtained_how=lc.obtained_how)
    for i, dl in enumerate(casefile.deadlines):
        add(t.Deadline, i, dl, title=dl.title, due=dl.due, status=dl.status)
    for i, dr in enumerate(casefile.drafts):
        add(t.Draft, i, dr, kind=dr.kind, created=dr.created, language=dr.language)
    return rows


ITEM_TABLES: tuple[type[t.Base], ...] = (
    t.Party, t.Document, t.Fact, t.Obligation, t.Payment, t.Expense, t.Assertion, t.FxRate,
    t.Communication, t.Event, t.AssetClue, t.LocationClue, t.Deadline, t.Draft,
)

_LISTS: dict[type[t.Base], str] = {
    t.Document: "documents", t.Fact: "facts", t.Obligation: "obligations",
    t.Payment: "payments", t.Expense: "expenses", t.Assertion: "assertions",
    t.FxRate: "fx_rates", t.Communication: "communications", t.Event: "events",
    t.AssetClue: "asset_clues", t.LocationClue: "location_clues", t.Deadline: "deadlines",
    t.Draft: "drafts",
}


def case_data(casefile: cf.CaseFile) -> dict[str, Any]:
    """The single-valued sections kept on the case row."""
    return {
        "case": _record(casefile.case),
        "interest": _record(casefile.interest),
        "settings": _record(casefile.settings),
    }


def casefile_from(case_row: t.Case, rows_by_table: dict[type[t.Base], list[Any]]) -> cf.CaseFile:
    data: dict[str, Any] = {"version": case_row.schema_version, **case_row.data}
    parties: dict[str, Any] = {"relatives": [], "counsel": [], "authorities": []}
    children: list[Any] = []
    for row in sorted(rows_by_table.get(t.Party, []), key=lambda r: r.position):
        if row.role in ("obligee", "obligor"):
            parties[row.role] = row.data
        elif row.role == "child":
            children.append(row.data)
        else:
            parties[{"relative": "relatives", "counsel": "counsel",
                     "authority": "authorities"}[row.role]].append(row.data)
    data["parties"] = parties
    data["children"] = children
    for table, key in _LISTS.items():
        data[key] = [r.data for r in sorted(rows_by_table.get(table, []), key=lambda r: r.position)]
    # Read as it was saved: a case stored before a check of the case file was added opens.
    return cf.CaseFile.model_validate(data, context=cf.AS_STORED)
