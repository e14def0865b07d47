"""Dates on the command line are read one way everywhere, with one clear error."""

from __future__ import annotations

import datetime as dt

import pytest

from supportcase.cli.options import date_or_today, parse_date
from supportcase.errors import UserError


@pytest.mark.parametrize("text", ["2026-11-01", "2026/11/1", "2026.11.01", "2026年11月1日"])
def test_year_first_dates_in_the_forms_parents_type(text: str):
    assert parse_date(text, "--as-of") == dt.date(2026, 11, 1)


def test_defaults():
    assert parse_date(None, "--as-of") is None
    assert date_or_today(None, "--on") == dt.date.today()


@pytest.mark.parametrize("bad", ["2026-13-01", "01/11/2026", "11/01/2026", "2026-02-30",
                                 "yesterday"])
def test_wrong_format_names_the_option_and_the_expected_form(bad: str):
    with pytest.raises(UserError) as caught:
        parse_date(bad, "--as-of")
    assert str(caught.value) == (f"--as-of '{bad}' is not a date; write it as YYYY-MM-DD, "
                                 "e.g. 2026-11-01")
