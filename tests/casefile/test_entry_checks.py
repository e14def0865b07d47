"""Checks a case file makes when it is read or an entry is made: a reversal or refund names a
payment of the case, a payment by the obligee is only a refund, a place code exists, an
amount typed in full-width digits is kept in ASCII — each refused as one message, in English
and Chinese, at the line and field where it is written."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic import ValidationError

from supportcase.casefile import dump_casefile, parse_casefile
from supportcase.casefile.model import AS_STORED, CaseFile, Payment
from supportcase.errors import CaseFileError

HEAD = """version: 1
case: {title: t, order_jurisdiction: CN}
obligations:
  - {id: main, basis: {type: judgment}, amount: "1000.00", currency: CNY, start: 2024-01-01}
payments:
  - {id: p1, date: 2024-01-05, amount: "1000.00", currency: CNY}
"""


def refusal(text: str) -> CaseFileError:
    with pytest.raises(CaseFileError) as caught:
        parse_casefile(text, source="case.yaml")
    return caught.value


@pytest.mark.parametrize(("entry", "english", "chinese", "field"), [
    # No `reverses`: the ledger would leave the reversal out with a note, the arrears too
    # low by the bounced transfer; now it is refused where it is written.
    ("{id: r1, date: 2024-01-09, amount: \"1000.00\", currency: CNY, kind: reversal}",
     "a reversal must name the payment it undoes: write that payment's id in 'reverses'",
     "冲回须注明所撤销的付款：请在 reverses 中填写该付款的编号", "payments[1].reverses"),
    ("{id: r1, date: 2024-01-09, amount: \"300.00\", currency: CNY, payer: obligee, "
     "kind: refund}",
     "a refund must name the payment it undoes: write that payment's id in 'reverses'",
     "退款须注明所撤销的付款：请在 reverses 中填写该付款的编号", "payments[1].reverses"),
    ("{id: r1, date: 2024-01-09, amount: \"1000.00\", currency: CNY, kind: reversal, "
     "reverses: p9}",
     "'p9' is not a payment of this case file; 'reverses' names the payment the reversal "
     "undoes", "“p9”不是本案卷中的付款；reverses 应填写冲回所撤销的付款", "payments[1].reverses"),
    ("{id: r1, date: 2024-01-09, amount: \"1000.00\", currency: CNY, kind: reversal, "
     "reverses: r1}",
     "'r1' cannot undo itself; 'reverses' names the payment the reversal undoes",
     "“r1”不能撤销其自身；reverses 应填写冲回所撤销的付款", "payments[1].reverses"),
    # By place ("payment #2" is how the ledger names a payment with no id): itself too.
    ("{date: 2024-01-09, amount: \"1000.00\", currency: CNY, kind: reversal, "
     "reverses: 'payment #2'}",
     "'payment #2' cannot undo itself; 'reverses' names the payment the reversal undoes",
     "“payment #2”不能撤销其自身；reverses 应填写冲回所撤销的付款", "payments[1].reverses"),
])
def test_a_reversal_or_refund_names_a_payment_of_the_case(entry, english, chinese, field):
    text = HEAD + f"  - {entry}\n"
    error = refusal(text)
    assert str(error) == f"case.yaml:7: {english} (field '{field}')"
    assert error.say("zh") == f"case.yaml 第 7 行：{chinese}（字段 {field}）"


def test_a_reversal_undoes_a_payment_received_not_another_reversal():
    text = HEAD + (
        "  - {id: r1, date: 2024-01-09, amount: \"1000.00\", currency: CNY, kind: reversal, "
        "reverses: p1}\n"
        "  - {id: r2, date: 2024-01-10, amount: \"1000.00\", currency: CNY, kind: reversal, "
        "reverses: r1}\n")
    error = refusal(text)
    assert error.line == 8 and error.field == "payments[2].reverses"
    assert "'r1' is a reversal, not a payment received; a reversal undoes a payment " \
           "received" in str(error)
    assert "“r1”是冲回，不是收到的付款；冲回只能撤销收到的付款" in error.say("zh")


def test_a_reversal_naming_a_payment_by_id_or_by_place_is_kept():
    text = HEAD + (
        "  - {date: 2024-01-06, amount: \"50.00\", currency: CNY}\n"
        "  - {id: r1, date: 2024-01-09, amount: \"1000.00\", currency: CNY, kind: reversal, "
        "reverses: p1}\n"
        "  - {date: 2024-01-09, amount: \"20.00\", currency: CNY, payer: obligee, kind: refund, "
        "reverses: 'payment #2'}\n")
    case = parse_casefile(text)
    assert [p.reverses for p in case.payments] == [None, None, "p1", "payment #2"]
    assert parse_casefile(dump_casefile(case)) == case


def test_a_payment_by_the_obligee_is_only_a_refund():
    """The obligee does not pay support to themselves; `payer: obligee` is kept for money
    the obligee gives back (a refund) — the ledger takes it off the payment it names."""
    error = refusal(HEAD + "  - {date: 2024-01-09, amount: \"100.00\", currency: CNY, "
                    "payer: obligee}\n")
    assert error.line == 7 and error.field == "payments[1].payer"
    assert "the obligee does not pay support to themselves: 'payer: obligee' is only for a " \
           "refund the obligee gives back; for money the obligee received, write who paid it " \
           "(obligor, relative or other)" in str(error)
    assert "权利人不会向自己支付抚养费：payer: obligee 只用于权利人退回的退款；权利人收到的款项，" \
           "请写明付款人（obligor、relative 或 other）" in error.say("zh")
    for kind in ("gift", "loan", "unknown", "reversal"):
        with pytest.raises(ValidationError):
            Payment(date="2024-01-09", amount="1", currency="CNY", payer="obligee", kind=kind,
                    reverses="p1" if kind == "reversal" else None)
    refund = Payment(date="2024-01-09", amount="1", currency="CNY", payer="obligee",
                     kind="refund", reverses="p1")
    assert refund.payer == "obligee"


def test_a_case_stored_before_these_checks_still_opens():
    """What the store already holds is read as it was saved (the ledger notes what it cannot
    apply): a case saved with a reversal naming nothing is not lost."""
    data = {"case": {"title": "t", "order_jurisdiction": "US-XX"},
            "parties": {"obligor": {"name": "W", "country": "CN-ZZ"}},
            "payments": [{"date": "2024-01-09", "amount": "5", "currency": "CNY",
                          "kind": "reversal"},
                         {"date": "2024-01-09", "amount": "5", "currency": "CNY",
                          "payer": "obligee"},
                         {"date": "2024-01-09", "amount": "5", "currency": "CNY",
                          "kind": "refund", "reverses": "p9"}]}
    case = CaseFile.model_validate(data, context=AS_STORED)
    assert case.payments[0].reverses is None and case.case.order_jurisdiction == "US-XX"
    with pytest.raises(ValidationError):
        CaseFile.model_validate(data)


@pytest.mark.parametrize(("where", "line", "field"), [
    ("case: {title: t, order_jurisdiction: US-XX}", 2, "case.order_jurisdiction"),
    ("parties: {obligor: {name: W, country: CN-ZZ}}", 3, "parties.obligor.country"),
    ("parties: {relatives: [{name: W, relation: aunt, country: us-xx}]}", 3,
     "parties.relatives[0].country"),
    ("asset_clues: [{kind: salary, country: US-XX, details: d, obtained: o}]", 3,
     "asset_clues[0].country"),
])
def test_a_region_code_that_does_not_exist_is_refused(where, line, field):
    text = "version: 1\ncase: {title: t}\n" + where + "\n"
    if where.startswith("case:"):
        text = "version: 1\n" + where + "\n"
    error = refusal(text)
    code = "US-XX" if "US-XX" in where else ("CN-ZZ" if "CN-ZZ" in where else "us-xx")
    assert (error.line, error.field) == (line, field)
    assert f"'{code}' is not a state or region ISO 3166-2 lists; write one that exists " \
           "(US-CA, US-NY, CN-GD) or the country's two letters (US, CN)" in str(error)
    assert f"“{code}”不是 ISO 3166-2 中存在的州或地区代码；请填写存在的代码（US-CA、US-NY、CN-GD），" \
           "或只写国家的两个字母（US、CN）" in error.say("zh")


@pytest.mark.parametrize(("where", "line", "field", "code"), [
    ("case: {title: t, order_jurisdiction: ZZ}", 2, "case.order_jurisdiction", "ZZ"),
    ("parties: {obligor: {name: W, country: Narnia}}", 3, "parties.obligor.country",
     "Narnia"),
    ("asset_clues: [{kind: salary, country: XQ, details: d, obtained: o}]", 3,
     "asset_clues[0].country", "XQ"),
])
def test_a_country_code_that_does_not_exist_is_refused(where, line, field, code):
    """'ZZ' was accepted and then stopped the route planner and the checklist ("not a
    country code we know") long after the file was saved; it is refused where it is."""
    text = "version: 1\ncase: {title: t}\n" + where + "\n"
    if where.startswith("case:"):
        text = "version: 1\n" + where + "\n"
    error = refusal(text)
    assert (error.line, error.field) == (line, field)
    assert f"'{code}' is not a country ISO 3166 lists; write its two letters (DE, US, CN, " \
           "HK) or a state or region code (US-CA)" in str(error)
    assert f"“{code}”不是 ISO 3166 中的国家或地区；请填写其两个字母代码（DE、US、CN、HK），" \
           "或州、地区代码（US-CA）" in error.say("zh")


def test_region_codes_that_exist_are_kept_as_written():
    for code in ("US-CA", "US-NY", "us-ca", "CN-GD", "CN-BJ", "CN-HK", "CN", "HK", "DE", "NO",
                 "DEU", "Germany", "TW", "MO", "JP"):
        case = parse_casefile(f"version: 1\ncase: {{title: t, order_jurisdiction: {code}}}\n"
                              f"parties: {{obligor: {{name: W, country: {code}}}}}\n")
        assert case.case.order_jurisdiction == code
        assert case.parties.obligor is not None and case.parties.obligor.country == code


@pytest.mark.parametrize(("typed", "kept"), [
    ("１２００", "1200"), ("１２００．５０", "1200.50"), ("１，２００．００", "1200.00"),
    ("１２００.5", "1200.5"),
])
def test_an_amount_in_full_width_digits_is_kept_in_ascii(typed, kept):
    """A Chinese keyboard in full-width mode types １２００．５０: read as the amount it is,
    and written back in ASCII digits."""
    case = parse_casefile(HEAD.replace('amount: "1000.00", currency: CNY}\n',
                                       f'amount: "{typed}", currency: CNY}}\n', 2))
    amount = case.payments[0].amount
    assert amount == Decimal(kept) and str(amount) == kept
    assert f"amount: '{kept}'" in dump_casefile(case)


def test_the_demo_and_docs_examples_still_read(demo_yaml: Path):
    parse_casefile(demo_yaml.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("extra", "section", "line"), [
    # Two obligations "main": installments main:2024-02-01 of both would share their ids and
    # a payment naming `obligation: main` could go to either.
    ("  - {id: main, basis: {type: judgment}, amount: \"500.00\", currency: CNY, "
     "start: 2024-06-01}\n", "obligations", 5),
    ("  - {id: p1, date: 2024-02-05, amount: \"1000.00\", currency: CNY}\n", "payments", 7),
])
def test_an_id_used_twice_in_a_list_is_refused_where_the_second_is(extra, section, line):
    at = HEAD.index("payments:") if section == "obligations" else len(HEAD)
    text = HEAD[:at] + extra + HEAD[at:]
    error = refusal(text)
    field = f"{section}[1].id"
    name = "main" if section == "obligations" else "p1"
    assert str(error) == (f"case.yaml:{line}: the id '{name}' is used twice in {section}; give "
                          f"each entry its own id (field '{field}')")
    assert error.say("zh") == (f"case.yaml 第 {line} 行：编号“{name}”在 {section} 中用了两次；"
                               f"请为每一项使用不同的编号（字段 {field}）")
    # A case stored with such a list before the check still opens.
    data = CaseFile.model_validate(
        {"case": {"title": "t"}, "payments": [{"id": "p1", "date": "2024-01-05",
                                               "amount": "1", "currency": "CNY"}] * 2},
        context=AS_STORED)
    assert len(data.payments) == 2


def test_reverses_on_a_payment_that_undoes_nothing_is_refused():
    # The ledger reads `reverses` only on a reversal or refund: written on a performance it
    # was ignored, and the payment it named stood as paid.
    error = refusal(HEAD + "  - {date: 2024-01-09, amount: \"1000.00\", currency: CNY, "
                    "reverses: p1}\n")
    assert error.line == 7 and error.field == "payments[1].reverses"
    assert ("'reverses' is only for a reversal or refund; this payment is a performance: "
            "write kind: reversal (or refund), or remove 'reverses'") in str(error)
    assert ("reverses 只用于冲回或退款；本笔付款的性质为 performance：请写 kind: reversal（或 "
            "refund），或删除 reverses") in error.say("zh")
