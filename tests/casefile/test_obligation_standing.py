"""Support terms stand on their legal document, as payments stand on their proof: terms with
no `status` written are proven once `basis.document` names the document and, until then, terms
someone typed in, to check against it. Before, every such obligation was `proven`, so a
statement built on hand-typed terms said nothing about resting on them."""

from __future__ import annotations

from datetime import date

from supportcase.casefile import parse_casefile
from supportcase.casefile.yaml_io import dump_casefile
from supportcase.ledger import build_statement

CASE = """version: 1
case: {{title: t, order_jurisdiction: CN}}
obligations:
  - id: main
    basis: {{type: judgment{document}}}
    amount: "1000.00"
    currency: CNY
    due_day: 1
    start: 2024-01-01
{status}"""


def _case(document: str = "", status: str = ""):  # type: ignore[no-untyped-def]
    return parse_casefile(CASE.format(document=document, status=status))


def test_terms_with_no_document_linked_rest_on_an_assumption() -> None:
    case = _case()
    assert case.obligations[0].standing == "assumed"
    st = build_statement(case, date(2024, 3, 1))
    note = next(n for n in st.assumptions if n.code == "obligation_assumed")
    assert note.en == ("Obligation main is recorded as assumed, not proven by a document: every "
                       "installment under it rests on that.")
    assert all(r.installment.assumed for r in st.rows) and len(st.rows) == 3


def test_terms_with_their_document_linked_are_proven() -> None:
    case = _case(document=", document: judgment")
    assert case.obligations[0].standing == "proven"
    st = build_statement(case, date(2024, 3, 1))
    assert not any(n.code == "obligation_assumed" for n in st.assumptions)


def test_a_status_written_is_kept_and_survives_export() -> None:
    for document, status, kept in (("", "    status: proven\n", "proven"),
                                   (", document: judgment", "    status: disputed\n", "disputed"),
                                   (", document: judgment", "", "proven"), ("", "", "assumed")):
        case = _case(document, status)
        assert case.obligations[0].standing == kept
        again = parse_casefile(dump_casefile(case))
        assert again == case and again.obligations[0].standing == kept
