"""Proposed facts (e.g. from an LLM) are kept only when the document's own words say them."""

from __future__ import annotations

from supportcase.intake.extract.facts import ExtractedFact
from supportcase.intake.extract.proposals import Proposal, Rejection, verify
from supportcase.intake.readers import read_bytes
from tests.intake import builders


def _judgment() -> object:
    return read_bytes("judgment.pdf", builders.pdf([builders.JUDGMENT[:6], builders.JUDGMENT[6:]]))[0]


def test_a_proposal_backed_by_the_text_is_kept_as_assumed_with_its_place() -> None:
    document = _judgment()
    fact = verify(document, Proposal("support.amount", "2500", "人民币贰仟伍佰元整"))  # type: ignore[arg-type]
    assert isinstance(fact, ExtractedFact)
    assert fact.status == "assumed" and fact.page == 2
    assert document.pages[1].text[fact.span[0]:fact.span[1]] == "人民币贰仟伍佰元整"  # type: ignore[attr-defined]


def test_a_quote_across_a_line_break_is_found() -> None:
    fact = verify(_judgment(), Proposal("obligor", "王强", "被告王强自2021年7月起于每月10日前支付原告李梅抚养费"))  # type: ignore[arg-type]
    assert isinstance(fact, ExtractedFact)


def test_a_wrong_amount_or_invented_words_are_rejected() -> None:
    wrong = verify(_judgment(), Proposal("support.amount", "3000", "人民币贰仟伍佰元整"))  # type: ignore[arg-type]
    assert isinstance(wrong, Rejection) and "do not say" in wrong.reason
    invented = verify(_judgment(), Proposal("support.amount", "3000", "每月支付抚养费3000元"))  # type: ignore[arg-type]
    assert isinstance(invented, Rejection) and "not in the document" in invented.reason


def test_a_numeric_date_that_reads_both_ways_backs_either_reading() -> None:
    text = "ORDER\nThe Respondent shall pay child support of $800 per month commencing 01/06/2023.\n"
    document = read_bytes("order.txt", text.encode("utf-8"))[0]
    for value in ("2023-06-01", "2023-01-06"):  # 1 June (day first) or January 6
        fact = verify(document, Proposal("support.start_date", value, "commencing 01/06/2023"))  # type: ignore[arg-type]
        assert isinstance(fact, ExtractedFact) and fact.status == "assumed"
    wrong = verify(document, Proposal("support.start_date", "2023-06-02", "01/06/2023"))  # type: ignore[arg-type]
    assert isinstance(wrong, Rejection)
