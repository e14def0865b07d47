"""From a reviewed document to case-file additions: proposed as assumed, never overwriting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from supportcase.casefile.model import CaseFile, CaseInfo, EndAtChildAge, Parties, Party
from supportcase.intake.propose import propose
from supportcase.intake.review import review_file
from supportcase.ledger import build_statement

JUDGMENT = """北京市朝阳区人民法院
民事判决书
（2021）京0105民初12345号
原告：李梅，女，1988年5月3日出生，汉族。
被告：王强，男，1986年2月1日出生，汉族。
原告李梅与被告王强离婚纠纷一案，本院依法审理。
婚生子王小明，2015年3月1日出生。
判决如下：
一、准予原告李梅与被告王强离婚；
二、婚生子王小明由原告李梅抚养，被告王强自2021年7月起每月10日前支付抚养费人民币贰仟伍佰元，至王小明年满十八周岁止。
二〇二一年六月十五日
"""


def summary_of(text: str, name: str = "judgment.txt") -> dict:
    (extraction,) = review_file(name, text.encode("utf-8"))
    return extraction.summary()


def empty_case(**update) -> CaseFile:
    return CaseFile(case=CaseInfo(title="t"), **update)


def test_judgment_becomes_an_assumed_obligation_the_ledger_can_use():
    proposal = propose(summary_of(JUDGMENT), empty_case(), document_id="abc123")
    ob = proposal.obligation
    assert ob is not None and ob.status == "assumed"
    assert (ob.amount, ob.currency, ob.frequency, ob.due_day, ob.due_rule) == \
        (Decimal("2500"), "CNY", "monthly", 10, "by")  # 每月10日前: due BY the 10th
    assert ob.start == dt.date(2021, 7, 1)
    assert ob.end == EndAtChildAge(child_age=18, child=0)
    assert ob.basis.type == "judgment" and ob.basis.jurisdiction == "CN"
    assert ob.basis.case_number == "（2021）京0105民初12345号" and ob.basis.document == "abc123"
    assert [c.name for c in proposal.children] == ["王小明"]
    assert proposal.obligor == Party(name="王强") and proposal.obligee == Party(name="李梅")
    # CPL 2023 art. 264: an effective PRC judgment carries double-portion delay interest.
    assert proposal.interest_regime == "cn-delayed-performance"
    case = proposal.apply(empty_case())
    statement = build_statement(case, dt.date(2021, 9, 30)).to_json()
    # 2021-07, -08, -09 due, nothing paid: 3 × 2,500.00
    assert statement["principal_outstanding"] == "7500.00"
    assert any("assumed" in a["en"] for a in statement["assumptions"])


def test_existing_values_are_never_overwritten_and_differences_are_reported():
    case = empty_case(parties=Parties(obligor=Party(name="张伟")))
    proposal = propose(summary_of(JUDGMENT), case, document_id="abc123")
    assert proposal.obligor is None
    assert [c.en for c in proposal.conflicts] == [
        "obligor: the document names 王强, the case file 张伟"]
    assert [c.zh for c in proposal.conflicts] == ["付款方（义务人）：文件中为王强，案卷中为张伟"]
    assert proposal.apply(case).parties.obligor == Party(name="张伟")


def test_the_same_judgment_twice_proposes_no_second_obligation():
    once = propose(summary_of(JUDGMENT), empty_case(), document_id="a").apply(empty_case())
    again = propose(summary_of(JUDGMENT), once, document_id="a")
    assert again.obligation is None and not again.children
    assert "already has an obligation" in again.skipped[0].en
    assert again.skipped[0].zh == "案卷中已有依据（2021）京0105民初12345号的给付义务"


def test_a_taiwan_judgment_is_not_given_prc_interest():
    taiwan = JUDGMENT.replace("北京市朝阳区人民法院", "臺灣臺北地方法院")
    proposal = propose(summary_of(taiwan), empty_case(), document_id="tw")
    assert proposal.obligation is not None and proposal.obligation.basis.jurisdiction is None
    assert proposal.interest_regime is None


def test_a_letter_is_not_a_legal_basis():
    letter = ("Dear Li Mei,\nI will pay $500 per month from January 2024.\nWang Qiang\n")
    proposal = propose(summary_of(letter, "letter.txt"), empty_case(), document_id="l")
    assert proposal.obligation is None
    assert proposal.skipped and "no obligation proposed" in proposal.skipped[0].en
    assert proposal.skipped[0].zh == "信函不能作为给付抚养费的法律依据，未提出给付义务"


def test_a_california_order_to_18_or_19_in_high_school_ends_at_18_and_says_why():
    # Cal. Fam. Code § 3901: support continues for a full-time high-school student until 19.
    order = ("SUPERIOR COURT OF CALIFORNIA, COUNTY OF SANTA CLARA\n"
             "FINDINGS AND ORDER AFTER HEARING\nCase Number: 21FL000123\n"
             "Petitioner: LI MEI\nRespondent: WANG QIANG\n"
             "Respondent shall pay to Petitioner child support of $1,200.00 per month, "
             "payable on the first day of each month, commencing on July 1, 2021, until the "
             "child reaches age 18 or, if still a full-time high school student, age 19.\n"
             "Minor child: Xiaoming WANG, born March 1, 2015.\n")
    summary = summary_of(order, "order.txt")
    assert summary["support"]["end_condition"] == "age:18/hs:19"
    proposal = propose(summary, empty_case(), document_id="ca")
    assert proposal.obligation is not None
    assert proposal.obligation.end == EndAtChildAge(child_age=18, child=0)
    assert any("high school" in note.en and "高中" in note.zh for note in proposal.notes)


def test_every_document_of_the_evaluation_corpus_gets_a_proposal_without_error():
    # The proposal step must be total over whatever intake extracts (bench/intake/corpus).
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "bench" / "intake" / "corpus"
    reviewed = 0
    for path in sorted(corpus.iterdir()):
        if path.suffix in {".json", ".md"}:
            continue
        for extraction in review_file(path.name, path.read_bytes()):
            proposal = propose(extraction.summary(), empty_case(), document_id="x")
            assert proposal.obligation is None or proposal.obligation.status == "assumed"
            reviewed += 1
    assert reviewed >= 60


def test_a_total_of_per_child_sums_is_proposed_with_a_note_saying_so():
    order = """SUPERIOR COURT OF CALIFORNIA, COUNTY OF ORANGE
PETITIONER: SARA LANE
RESPONDENT: TOM LANE
CASE NUMBER: 22FL001234
FINDINGS AND ORDER AFTER HEARING
Respondent shall pay to Petitioner child support of $600 for Mia and $400 for Leo, total
$1,000 per month, payable on the first day of each month, beginning March 1, 2022.
"""
    proposal = propose(summary_of(order, "order.txt"), empty_case(), document_id="o1")
    assert proposal.obligation is not None and proposal.obligation.amount == Decimal("1000")
    (note,) = [n for n in proposal.notes if "per child" in n.en]
    assert "$600 for Mia and $400 for Leo, total $1,000" in note.en
    assert "合计" in note.zh
    single = propose(summary_of(JUDGMENT), empty_case(), document_id="abc123")
    assert not any("per child" in n.en for n in single.notes)


def test_a_date_that_reads_both_ways_is_not_proposed_and_the_proposal_says_why():
    order = """ONTARIO SUPERIOR COURT OF JUSTICE
Court File No. FC-23-1234
Applicant: ANNA SMITH
Respondent: BEN SMITH
ORDER
The Respondent shall pay to the Applicant child support of $800 per month for the child
commencing 01/06/2023.
"""
    proposal = propose(summary_of(order, "order.txt"), empty_case(), document_id="o2")
    assert proposal.obligation is None  # no start: Canada writes dates both ways
    (why,) = [s for s in proposal.skipped if "01/06/2023" in s.en]
    assert "2023-01-06" in why.en and "2023-06-01" in why.en and "by hand" in why.en
    assert "2023-06-01" in why.zh and "手动填写" in why.zh
    single = propose(summary_of(JUDGMENT), empty_case(), document_id="abc123")
    assert not any("written first" in s.en for s in [*single.skipped, *single.notes])


def test_a_sum_per_child_is_proposed_as_the_total_with_a_note_quoting_it():
    order = """SUPERIOR COURT OF CALIFORNIA, COUNTY OF ORANGE
PETITIONER: SARA LANE
RESPONDENT: TOM LANE
CASE NUMBER: 22FL001234
FINDINGS AND ORDER AFTER HEARING
The parties have two minor children: Mia Lane, born March 1, 2015, and Leo Lane, born
June 9, 2017.
Respondent shall pay to Petitioner child support of $500 per month for each child,
payable on the first day of each month, beginning March 1, 2022.
"""
    proposal = propose(summary_of(order, "order.txt"), empty_case(), document_id="o3")
    assert proposal.obligation is not None and proposal.obligation.amount == Decimal("1000")
    (note,) = [n for n in proposal.notes if "per child" in n.en]
    assert "500 per child (“$500 per month for each child”)" in note.en and "2 children" in note.en
    assert "每名子女500" in note.zh
    unclear = propose(summary_of(order.replace("two minor children: Mia Lane, born March 1, 2015, "
                                               "and Leo Lane, born\nJune 9, 2017", "children"),
                                 "order.txt"), empty_case(), document_id="o4")
    assert unclear.obligation is None
    assert any("500 per child" in s.en and "how many" in s.en for s in unclear.skipped)


def test_a_written_total_of_a_sum_per_child_is_noted_once_as_a_total():
    order = """SUPERIOR COURT OF CALIFORNIA, COUNTY OF ORANGE
PETITIONER: SARA LANE
RESPONDENT: TOM LANE
CASE NUMBER: 22FL001234
ORDER
Respondent shall pay to Petitioner child support of $500 per month for each child, for a
total of $1,000 per month, payable on the first day of each month, beginning March 1, 2022.
"""
    proposal = propose(summary_of(order, "order.txt"), empty_case(), document_id="o5")
    assert proposal.obligation is not None and proposal.obligation.amount == Decimal("1000")
    (note,) = [n for n in proposal.notes if "per child" in n.en]
    assert "total of $1,000" in note.en
