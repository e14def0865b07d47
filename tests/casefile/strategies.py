"""Hypothesis strategies for whole case files (used by the round-trip property tests)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from supportcase.casefile import model as m

# Text a person could type: any script, no lone surrogates or control characters.
text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from("\n\t"),
    min_size=1, max_size=30,
)
opt_text = st.none() | text
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("999999.99"), places=2,
                      allow_nan=False, allow_infinity=False)
currencies = st.sampled_from(["CNY", "USD", "HKD", "EUR", "AUD"])
countries = st.none() | st.sampled_from(["CN", "US-CA", "HK", "DE", "AU", "MO", "TW"])
statuses = st.sampled_from(["proven", "assumed", "disputed"])

parties = st.builds(m.Party, name=text, name_en=opt_text, country=countries, address=opt_text,
                    email=opt_text, phone=opt_text, employer=opt_text,
                    birth_date=st.none() | dates)
children = st.builds(m.Child, name=text, birth_date=st.none() | dates,
                     education_end=st.none() | dates)
provenance = st.builds(m.Provenance, document=opt_text, page=st.none() | st.integers(1, 500),
                       span=st.none() | st.tuples(st.integers(0, 1000), st.integers(0, 1000)),
                       quote=opt_text, entered_by=opt_text, entered_on=st.none() | dates)
facts = st.builds(m.Fact, name=text, value=text, status=statuses, provenance=provenance)
basis = st.builds(m.Basis, type=st.sampled_from(["judgment", "mediation_statement",
                                                 "divorce_agreement", "foreign_order"]),
                  date=st.none() | dates, court=opt_text, case_number=opt_text)
ends = st.none() | dates | st.builds(m.EndAtChildAge, child_age=st.integers(16, 22),
                                     child=st.integers(0, 3))
obligations = st.builds(
    m.Obligation, id=text, basis=basis, amount=amounts, currency=currencies,
    frequency=st.sampled_from(["monthly", "quarterly", "yearly", "once"]),
    due_day=st.integers(1, 31) | st.just("last"), start=dates, end=ends,
    steps=st.lists(st.builds(m.Step, from_date=dates, amount=amounts), max_size=2),
    suspensions=st.lists(st.builds(m.Period, start=dates, end=dates, reason=opt_text), max_size=1),
)
payments = st.builds(
    m.Payment, date=dates, amount=amounts, currency=currencies,
    payer=st.sampled_from(["obligor", "relative", "other"]), payer_name=opt_text,
    kind=st.sampled_from(["performance", "gift", "loan", "unknown"]), note=opt_text,
)
expenses = st.builds(m.Expense, date=dates, category=st.sampled_from(["tuition", "medical"]),
                     amount=amounts, currency=currencies, description=opt_text)
clues = st.builds(m.AssetClue, kind=st.sampled_from(["bank_account", "salary", "real_estate"]),
                  country=countries, details=text, obtained=text,
                  obtained_how=st.none() | st.sampled_from(["bank_records", "unlawful"]))
case_files = st.builds(
    m.CaseFile,
    case=st.builds(m.CaseInfo, title=text, order_jurisdiction=countries, notes=opt_text),
    parties=st.builds(m.Parties, obligee=st.none() | parties, obligor=st.none() | parties,
                      relatives=st.lists(st.builds(m.Relative, name=text, relation=text),
                                         max_size=2)),
    children=st.lists(children, max_size=3),
    facts=st.lists(facts, max_size=3),
    # An id names one entry of its list (CaseFile._ids_once).
    obligations=st.lists(obligations, max_size=2, unique_by=lambda o: o.id),
    payments=st.lists(payments, max_size=5),
    expenses=st.lists(expenses, max_size=2),
    asset_clues=st.lists(clues, max_size=2),
    assertions=st.lists(st.builds(m.Assertion, date=dates, amount=amounts, currency=currencies,
                                  source=text), max_size=1),
    interest=st.builds(m.Interest, regime=st.sampled_from(["none", "cn-delayed-performance",
                                                           "us-ca-legal"])),
)
