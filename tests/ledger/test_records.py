"""`Records`: a statement's rows, installments and payments are made when first read.

A portfolio reads only totals; a renderer reads every row. Either way the records are the
same, are made once, and compare like the tuple they stand for.
"""

from __future__ import annotations

from supportcase.ledger.entries import Records


def test_records_are_made_once_when_first_read() -> None:
    made: list[int] = []

    def make(k: int) -> str:
        made.append(k)
        return f"row {k}"

    rows = Records(3, make)
    assert len(rows) == 3 and bool(rows) and made == []  # length without making anything
    assert rows[1] == "row 1"
    assert list(rows) == ["row 0", "row 1", "row 2"] and made == [0, 1, 2]
    assert rows[1:] == ("row 1", "row 2") and made == [0, 1, 2]


def test_records_compare_like_the_tuple_they_stand_for() -> None:
    rows = Records(2, lambda k: k * 10)
    assert rows == (0, 10) and rows == Records.of([0, 10]) and rows != (0, 11)
    assert hash(rows) == hash((0, 10)) and repr(rows) == "(0, 10)"
    assert not Records(0, lambda k: k)
    assert Records(2, build=lambda: ["a", "b"]) == ("a", "b")
