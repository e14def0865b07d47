"""Edge cases of the statement: nothing due, bad settings, custom rules, report currency."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from supportcase.casefile.model import AS_STORED, CaseFile
from supportcase.ledger import build_statement


def _case(*, stored: bool = False, **extra: Any) -> CaseFile:
    """`stored`: read as the store reads a saved case, without the checks a case file or a
    form makes now (a case stored before them)."""
    data: dict[str, Any] = {
        "case": {"title": "edge", "order_jurisdiction": "CN"},
        "obligations": [{"id": "main", "basis": {"type": "judgment"}, "amount": "1000.00",
                         "currency": "CNY", "due_day": 1, "start": "2024-01-01",
                         "end": "2024-03-31"}],
    }
    data.update(extra)
    return CaseFile.model_validate(data, context=AS_STORED if stored else None)


def test_no_obligation_is_a_problem_not_an_exception() -> None:
    st = build_statement(CaseFile.model_validate({"case": {"title": "empty"}}), date(2024, 1, 1))
    assert [p.code for p in st.problems] == ["no_obligation"]
    assert st.to_json()["rows"] == []


def test_as_of_before_the_start_has_nothing_due() -> None:
    data = build_statement(_case(), date(2023, 12, 31)).to_json()
    assert data["rows"] == [] and data["total_due"] == "0.00"


def test_as_of_before_the_first_installment_says_why_nothing_is_due() -> None:
    # An as-of date typed too early gave zeros and no word on why: the statement now says
    # when the first installment falls due, in both languages, as a problem to fix.
    st = build_statement(_case(), date(2023, 12, 31))
    assert [p.code for p in st.problems] == ["as_of_before_first_due"]
    note = st.problems[0]
    assert note.en == ("Nothing was due by 2023-12-31: the first installment (obligation main) "
                       "falls due on 2024-01-01. Choose an as-of date on or after it.")
    assert note.zh == ("截至2023-12-31，没有到期应付的款项：第一期（给付义务 main）于2024-01-01到期。"
                       "请选择该日或之后的日期作为计算截止日。")
    assert (note.date, note.ref) == (date(2024, 1, 1), "main")
    # On the first due day itself the installment is due, and nothing is said.
    on_the_day = build_statement(_case(), date(2024, 1, 1))
    assert len(on_the_day.rows) == 1 and on_the_day.problems == ()


def test_the_first_installment_named_is_the_first_that_falls_due() -> None:
    # Due on the 15th of a month that starts on the 1st; the January one suspended: the first
    # installment that falls due is February's. Of two obligations, the earlier one is named.
    later = {"id": "later", "basis": {"type": "judgment"}, "amount": "500.00",
             "currency": "CNY", "due_day": 15, "start": "2024-01-01",
             "suspensions": [{"start": "2024-01-01", "end": "2024-01-31"}]}
    lump = {"id": "lump", "basis": {"type": "judgment"}, "amount": "3000.00",
            "currency": "CNY", "frequency": "once", "start": "2024-03-01"}
    st = build_statement(_case(obligations=[lump, later]), date(2023, 6, 30))
    note = next(p for p in st.problems if p.code == "as_of_before_first_due")
    assert (note.date, note.ref) == (date(2024, 2, 15), "later")
    assert "the first installment (obligation later) falls due on 2024-02-15" in note.en
    assert "第一期（给付义务 later）于2024-02-15到期" in note.zh
    # As of a day in the suspension nothing is due either, yet the suspended installment is
    # listed as excluded and the note still points to February.
    st = build_statement(_case(obligations=[later]), date(2024, 1, 20))
    assert [p.date for p in st.problems if p.code == "as_of_before_first_due"] == [
        date(2024, 2, 15)]


def test_an_obligation_not_started_beside_one_that_is_needs_no_note() -> None:
    # A second order starting later (a step-up, a second child) is simply not due yet: the
    # statement lists what fell due by the as-of date, as before, with no problem raised.
    started = {"id": "a", "basis": {"type": "judgment"}, "amount": "1000.00",
               "currency": "CNY", "due_day": 1, "start": "2024-01-01"}
    not_yet = {"id": "b", "basis": {"type": "judgment"}, "amount": "800.00",
               "currency": "CNY", "due_day": 1, "start": "2025-01-01"}
    st = build_statement(_case(obligations=[started, not_yet]), date(2024, 3, 1))
    assert len(st.rows) == 3 and st.problems == ()


def test_an_obligation_that_ends_before_it_starts_is_a_problem_to_fix() -> None:
    # Issue #3 (schedule): only what the legal document makes due counts; an end typed before
    # the start (a wrong year, most often) makes nothing due and used to say nothing.
    backwards = {"id": "main", "basis": {"type": "judgment"}, "amount": "1000.00",
                 "currency": "CNY", "due_day": 1, "start": "2024-01-01", "end": "2023-12-31"}
    st = build_statement(_case(obligations=[backwards]), date(2024, 6, 30))
    assert st.rows == ()
    [note] = [p for p in st.problems if p.code == "end_before_start"]
    assert note.en == ("Obligation main ends on 2023-12-31, before it starts on 2024-01-01: "
                       "nothing falls due under it. Check both dates against the legal "
                       "document.")
    assert note.zh == ("给付义务 main 的终止日（2023-12-31）早于起始日（2024-01-01），"
                       "据此没有任何一期到期；请对照生效法律文书核对这两个日期。")
    assert note.ref == "main" and "as_of_before_first_due" not in {p.code for p in st.problems}
    # A child already 18 when the support starts: said the same way, with the birthday.
    grown = {**backwards, "end": {"child_age": 18, "child": 0}}
    st = build_statement(_case(obligations=[grown], children=[
        {"name": "Ming", "birth_date": "2005-06-01"}]), date(2024, 6, 30))
    [note] = [p for p in st.problems if p.code == "end_before_start"]
    assert note.en.startswith("Obligation main ends on 2023-06-01 (Ming turns 18 on "
                              "2023-06-01), before it starts on 2024-01-01")
    # Ending on the day it starts is no problem: that day's installment is due.
    same_day = {**backwards, "end": "2024-01-01"}
    st = build_statement(_case(obligations=[same_day]), date(2024, 6, 30))
    assert len(st.rows) == 1 and st.problems == ()


def test_unknown_allocation_policy_is_reported_and_the_default_used() -> None:
    st = build_statement(_case(settings={"allocation": "custom:cheapest_first"}),
                         date(2024, 4, 1))
    assert "bad_policy" in {p.code for p in st.problems}
    assert st.allocation_policy == "cn.allocation.delayed_performance"


def test_custom_interest_and_custom_allocation() -> None:
    # 5 % a year simple. January: 1,000 × 0.05 × 91 days (01-01 → 04-01) / 365 = 12.4658 →
    # 12.47; February: 1,000 × 0.05 × 60 / 365 = 8.2192 → 8.22. Interest first (the custom
    # policy): the 20.00 paid on 2024-04-01 goes 12.47 to January's interest, 7.53 to
    # February's, nothing to principal.
    st = build_statement(_case(
        interest={"regime": "custom", "rate": "0.05"},
        settings={"allocation": "custom:interest_oldest_first,principal_oldest_first"},
        payments=[{"date": "2024-04-01", "amount": "20.00", "currency": "CNY"}],
    ), date(2024, 4, 1))
    jan, feb = st.rows[0], st.rows[1]
    assert jan.interest == Decimal("12.47") and jan.interest_paid == Decimal("12.47")
    assert feb.interest == Decimal("8.22") and feb.interest_paid == Decimal("7.53")
    assert jan.principal_paid == feb.principal_paid == 0
    assert {r.id for r in st.rules} == {"case.interest.custom",
                                        "custom:interest_oldest_first,principal_oldest_first"}


def test_general_interest_set_by_the_document_is_added() -> None:
    # Double portion: 1,000 × 0.0175 % × 31 days (2024-01-01 → 02-01) = 5.425
    # General 3.65 % a year: 1,000 × 0.0365 × 31 / 365 = 3.10; row total 8.525 → 8.53.
    case = _case(interest={"regime": "cn-delayed-performance"})
    ob = case.obligations[0].model_copy(update={"general_interest_rate": Decimal("0.0365"),
                                                "end": date(2024, 1, 31)})
    case = case.model_copy(update={"obligations": [ob]})
    st = build_statement(case, date(2024, 2, 1))
    assert st.rows[0].interest == Decimal("8.53")
    assert {s.component for s in st.rows[0].segments} == {"double_portion", "general"}


def test_report_currency_converts_totals_with_the_rate_shown() -> None:
    case = _case(fx_rates=[{"date": "2024-04-01", "pair": "USD/CNY", "rate": "8",
                            "source": "table"}])
    st = build_statement(case, date(2024, 4, 1), report_currency="USD")
    data = st.to_json()
    assert data["currency"] == "USD" and data["total_due"] == "375.00"  # 3,000 ÷ 8
    assert data["total_conversions"][0]["rate"] == "8"
    assert data["totals_by_currency"][0]["total_due"] == "3000.00"


def test_missing_rate_for_a_payment_is_a_problem() -> None:
    case = _case(payments=[{"date": "2024-02-01", "amount": "10.00", "currency": "XAU"}])
    st = build_statement(case, date(2024, 4, 1))
    assert "missing_rate" in {p.code for p in st.problems}
    assert st.total is not None and st.total.principal_paid == 0


def test_reversal_without_target_is_a_problem() -> None:
    # A case file or a form now refuses it (tests/casefile/test_entry_checks.py); a case
    # stored before that check still gets the note.
    case = _case(stored=True, payments=[{"date": "2024-02-01", "amount": "10.00",
                                         "currency": "CNY", "kind": "reversal"}])
    st = build_statement(case, date(2024, 4, 1))
    assert "reversal_without_payment" in {p.code for p in st.problems}


def test_assertion_that_matches() -> None:
    case = _case(assertions=[{"date": "2024-04-01", "amount": "3000.00", "currency": "CNY",
                              "source": "court finding"}])
    rc = build_statement(case, date(2024, 6, 1)).reconciliation[0]
    assert rc.matches and rc.ledger == Decimal("3000.00") and rc.explanations == ()


def test_assertion_off_by_whole_months_is_explained() -> None:
    case = _case(assertions=[{"date": "2024-04-01", "amount": "1000.00", "currency": "CNY",
                              "source": "agency"}])
    rc = build_statement(case, date(2024, 6, 1)).reconciliation[0]
    assert rc.difference == Decimal("-2000.00")
    assert "explained_by_periods" in {e.code for e in rc.explanations}


def test_assertion_explained_by_two_uncounted_payments() -> None:
    # Ledger 3,000; agency 2,300: it counted the 500 gift and the 200 of unknown kind.
    case = _case(
        payments=[
            {"date": "2024-02-05", "amount": "500.00", "currency": "CNY", "kind": "gift",
             "payer": "relative"},
            {"date": "2024-03-05", "amount": "200.00", "currency": "CNY", "kind": "unknown"},
        ],
        assertions=[{"date": "2024-04-01", "amount": "2300.00", "currency": "CNY",
                     "source": "agency"}])
    rc = build_statement(case, date(2024, 6, 1)).reconciliation[0]
    assert rc.difference == Decimal("-700.00")
    (combo,) = [e for e in rc.explanations if e.code == "explained_by_combination"]
    assert combo.en == "It equals payment #1 (500.00) + payment #2 (200.00) together."
    # The Chinese names the payments as a Chinese letter does, not "payment #1".
    assert combo.zh == "差额等于第1笔付款（500.00） + 第2笔付款（200.00）之和。"


def _undo(kind: str, amount: str, day: str, names: str | None) -> dict[str, Any]:
    return {"id": "r1", "date": day, "amount": amount, "currency": "CNY", "kind": kind,
            "reverses": names, "payer": "obligee" if kind == "refund" else "obligor"}


def _undone(*undo: dict[str, Any], stored: bool = False) -> tuple[set[str], str]:
    pays = [{"id": "p1", "date": "2024-01-01", "amount": "1000.00", "currency": "CNY"},
            *undo]
    st = build_statement(_case(payments=pays, stored=stored), date(2024, 1, 31))
    return {n.code for n in st.problems}, st.to_json()["rows"][0]["paid"]


def test_reversal_or_refund_that_cannot_apply_is_a_problem_and_changes_nothing() -> None:
    # Only performance reduces arrears; a reversal or refund can only take back a payment
    # that exists, in its currency, on or after its day.
    # (One naming no payment of the case is refused when read now; stored before, noted.)
    assert _undone(_undo("reversal", "1000.00", "2024-01-05", "p9"), stored=True) == (
        {"reversal_unknown_payment"}, "1000.00")
    assert _undone(_undo("refund", "300.00", "2023-12-20", "p1")) == (
        {"undo_before_payment"}, "1000.00")


def test_refund_cannot_take_back_more_than_was_paid() -> None:
    # A refund of 1,500 on a 1,000 payment: 1,000 treated as never paid, the rest flagged.
    assert _undone(_undo("refund", "1500.00", "2024-01-05", "p1")) == (
        {"undo_exceeds_payment"}, "0.00")
    # Two refunds of 600 each: the second can take back only the 400 left.
    second = {**_undo("refund", "600.00", "2024-01-06", "p1"), "id": "r2"}
    assert _undone(_undo("refund", "600.00", "2024-01-05", "p1"), second) == (
        {"undo_exceeds_payment"}, "0.00")


def test_reversal_stating_another_amount_undoes_the_whole_payment_and_says_so() -> None:
    # A reversal undoes the payment it names (a bounced transfer), whatever sum it states.
    for stated in ("5000.00", "900.00"):
        assert _undone(_undo("reversal", stated, "2024-01-05", "p1")) == (
            {"reversal_amount_differs"}, "0.00")
    # Reversing what a refund already gave back in part takes back only the rest.
    refund = {**_undo("refund", "400.00", "2024-01-03", "p1"), "id": "r0"}
    assert _undone(refund, _undo("reversal", "1000.00", "2024-01-05", "p1")) == (
        {"undo_exceeds_payment"}, "0.00")


def test_an_amount_due_finer_than_the_currency_is_rounded_and_flagged() -> None:
    # Rounding happens once, half-up, to the minor unit (fen) — and the statement says so.
    case = _case(obligations=[{"id": "main", "basis": {"type": "judgment"},
                               "amount": "1000.555", "currency": "CNY", "due_day": 1,
                               "start": "2024-01-01", "end": "2024-01-31"}])
    st = build_statement(case, date(2024, 1, 31))
    assert [p.code for p in st.problems] == ["sub_unit_amount"]
    assert st.rows[0].installment.amount == Decimal("1000.56")


def test_every_converted_figure_is_listed_with_its_rate() -> None:
    # SPC 2014 art. 5: a USD judgment's interest kept in RMB; the totals shown in USD list the
    # conversion of the 14.91 CNY interest, not only of the (zero) RMB amount due.
    case = CaseFile.model_validate({
        "case": {"title": "art 5", "order_jurisdiction": "CN"},
        "obligations": [{"id": "main", "basis": {"type": "judgment"}, "amount": "300.00",
                         "currency": "USD", "due_day": 10, "start": "2024-03-01",
                         "end": "2024-03-31"}],
        "payments": [{"date": "2024-04-19", "amount": "300.00", "currency": "USD"}],
        "fx_rates": [{"date": d, "pair": "USD/CNY", "rate": "7.1000", "source": "CFETS"}
                     for d in ("2024-03-08", "2024-04-19", "2024-05-01")],
        "interest": {"regime": "cn-delayed-performance",
                     "foreign_currency": "cny_at_effective_date"},
    })
    st = build_statement(case, date(2024, 5, 1), report_currency="USD")
    shown = [(str(c.original), c.from_currency) for c in st.total_conversions]
    assert shown == [("14.91", "CNY")]
    assert st.total is not None and st.total.interest == Decimal("2.10")  # 14.91 ÷ 7.1


def test_support_until_18_is_cited_with_nested_title_marks() -> None:
    # SPC Interpretation (I) art. 53: support runs generally until the child turns 18; the
    # Chinese citation quotes the Civil Code's title inside the interpretation's with 〈〉.
    case = _case(children=[{"name": "child", "birth_date": "2006-02-15"}],
                 obligations=[{"id": "main", "basis": {"type": "judgment"},
                               "amount": "1000.00", "currency": "CNY", "due_day": 1,
                               "start": "2024-01-01", "end": {"child_age": 18}}])
    st = build_statement(case, date(2024, 6, 1))
    assert [r.installment.label for r in st.rows] == ["2024-01", "2024-02"]
    rule = next(r for r in st.rules if r.id == "cn.support_standard.duration")
    assert rule.cited("zh")[0] == "《最高人民法院关于适用〈中华人民共和国民法典〉婚姻家庭编的解释（一）》第53条"


def test_a_receipt_notified_before_the_expense_counts_from_the_expense() -> None:
    # Expense-sharing clause: 50 % within 30 days of receipt. A receipt dated before the
    # expense is impossible: flagged, and the 30 days run from the expense date.
    obligation = {"id": "main", "basis": {"type": "judgment"}, "amount": "1000.00",
                  "currency": "CNY", "due_day": 1, "start": "2024-01-01",
                  "expense_shares": [{"category": "medical", "share": "0.5"}]}
    case = _case(obligations=[obligation], expenses=[
        {"date": "2024-03-01", "category": "medical", "amount": "800.00", "currency": "CNY",
         "notified": "2024-02-01"}])
    st = build_statement(case, date(2024, 6, 1))
    assert "receipt_before_expense" in {p.code for p in st.problems}
    share = next(r for r in st.rows if r.installment.kind == "expense_share")
    assert share.installment.due_date == date(2024, 3, 31)  # 2024-03-01 + 30 days


def test_a_row_resting_on_a_document_named_only_by_its_type_names_it_in_chinese() -> None:
    # An obligation whose basis has no case number or document title is named by its type:
    # in Chinese "判决书", as the case file's words give it, not the key "judgment".
    row = build_statement(_case(), date(2024, 4, 1)).rows[0]
    assert row.installment.source_in("zh").startswith("判决书：给付金额")
    assert row.installment.source_in("en").startswith("judgment: obligation amount")


def test_totals_that_cannot_be_converted_say_why_in_chinese() -> None:
    # No XAU rate anywhere: the totals cannot be shown in gold; the Chinese note names the
    # pair and the day in Chinese, without the English error sentence.
    st = build_statement(_case(), date(2024, 4, 1), report_currency="XAU")
    note = next(p for p in st.problems if p.code == "missing_rate")
    assert note.zh == ("无法以 XAU 列示合计：缺少 CNY/XAU 2024-04-01 及此前10日内的汇率"
                       "（请在案卷的 fx_rates 或 --rates CSV 汇率表中补充）")
    assert "Totals cannot be shown in XAU: no CNY/XAU rate for 2024-04-01" in note.en


def test_an_unknown_allocation_policy_says_why_in_chinese() -> None:
    # "custom:cheapest_first" names no bucket the ledger knows: the Chinese note says so in
    # Chinese (the setting as typed, the buckets by their keys), not in the English error.
    st = build_statement(_case(settings={"allocation": "custom:cheapest_first"}),
                         date(2024, 4, 1))
    note = next(p for p in st.problems if p.code == "bad_policy")
    assert note.zh.startswith("冲抵顺序设置有误：冲抵顺序 'custom:cheapest_first' 含未知项目 "
                              "cheapest_first（请使用 custom:")
    assert "unknown bucket" not in note.zh and "use custom" not in note.zh
    assert "unknown bucket(s) cheapest_first" in note.en


def test_the_order_s_place_is_read_as_the_route_planner_reads_it() -> None:
    """SPC Interpretation (I) art. 53 is cited for a PRC order ending at 18 even when the
    place is written as a Mainland province (ISO 3166-2 CN-GD); a California order recorded
    only on its basis (no case-level place) books payments by CCP §695.221, not by the SPC
    2014 interpretation art. 4. Before, both read only `case.order_jurisdiction` as written."""
    ends_at_18 = [{"id": "main", "basis": {"type": "judgment"}, "amount": "1000.00",
                   "currency": "CNY", "due_day": 1, "start": "2024-01-01",
                   "end": {"child_age": 18}}]
    case = _case(case={"title": "gd", "order_jurisdiction": "CN-GD"},
                 children=[{"name": "child", "birth_date": "2006-02-15"}],
                 obligations=ends_at_18)
    assert "cn.support_standard.duration" in {r.id for r in build_statement(
        case, date(2024, 6, 1)).rules}
    california = _case(case={"title": "ca"}, obligations=[{
        "id": "main", "basis": {"type": "us_order", "jurisdiction": "US-CA"},
        "amount": "1000.00", "currency": "USD", "due_day": 1, "start": "2024-01-01",
        "end": "2024-03-31"}])
    assert build_statement(california, date(2024, 4, 1)).allocation_policy == \
        "us.ca.allocation.support_payments"
