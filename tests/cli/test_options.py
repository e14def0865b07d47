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


@pytest.mark.parametrize("far", ["9999-12-31", "1899-12-31", "2200-01-01"])
def test_a_year_no_case_can_have_is_refused_as_a_typo(far: str):
    with pytest.raises(UserError) as caught:
        parse_date(far, "--as-of")
    assert str(caught.value) == f"--as-of '{far}' is outside 1900–2199; check the year"
    assert parse_date("2199-12-31", "--as-of") == dt.date(2199, 12, 31)


@pytest.mark.parametrize(("command", "option"), [
    ("arrears", "--as-of"), ("deadlines", "--today"), ("checklist", "--as-of"),
    ("route", "--today"), ("deadlines", "--as-of"), ("route", "--as-of")])
def test_every_dated_command_refuses_a_far_year_in_one_line(command: str, option: str,
                                                              tmp_path, demo_yaml):
    """Before, `checklist --as-of 9999-12-31` ended in a traceback: a period of years
    counted from that day runs past the calendar's last date."""
    from tests.cli.test_case_commands import run

    result = run(command, str(demo_yaml), option, "9999-12-31", home=tmp_path / "h",
                 check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "'9999-12-31' is outside 1900–2199" in result.stderr


def test_the_same_error_reads_in_chinese_for_a_chinese_reader():
    with pytest.raises(UserError) as caught:
        parse_date("2026-02-30", "as_of")
    assert caught.value.say("zh") == "as_of“2026-02-30”不是日期，请按“年-月-日”填写，如2026-11-01"
    assert caught.value.say("en") == str(caught.value)
    # An error with no Chinese text still says something, in English.
    assert UserError("plain", hint="why").say("zh") == "plain (why)"
    assert UserError("x", zh="中", hint="h", hint_zh="提示").say("zh") == "中（提示）"


def test_route_and_deadlines_take_as_of_like_every_other_dated_command(tmp_path, demo_yaml):
    """`route --as-of D` was refused ("No such option"): only they said --today."""
    from tests.cli.test_case_commands import run

    for command in ("route", "deadlines"):
        both = [run(command, str(demo_yaml), option, "2026-11-22", "--json",
                    home=tmp_path / "h").stdout for option in ("--as-of", "--today")]
        assert both[0] == both[1] and "2026" in both[0]
