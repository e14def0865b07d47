"""The portable case file: YAML round trip and clear errors (docs/casefile.md)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from supportcase.casefile import dump_casefile, parse_casefile
from supportcase.errors import CaseFileError
from tests.casefile.strategies import case_files


@given(case_files)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_yaml_round_trip_is_lossless(casefile):
    assert parse_casefile(dump_casefile(casefile)) == casefile


def test_demo_case_parses_with_exact_amounts(demo_yaml: Path):
    case = parse_casefile(demo_yaml.read_text(encoding="utf-8"), source="demo")
    assert case.obligations[0].amount == Decimal("2000.00")
    assert isinstance(case.payments[0].amount, Decimal)
    assert case.children[0].birth_date.isoformat() == "2015-03-01"


def test_amount_keeps_its_written_precision(demo_yaml: Path):
    text = dump_casefile(parse_casefile(demo_yaml.read_text(encoding="utf-8")))
    assert "amount: '2000.00'" in text


BAD = [
    ("amount: \"2000.00\"\n    currency: CNY", "amount: \"two thousand\"\n    currency: CNY",
     "'two thousand' is not an amount", "obligations[0].amount"),
    ("amount: \"2000.00\"\n    currency: CNY", "amount: \"2e3\"\n    currency: CNY",
     "'2e3' is not an amount; write the digits", "obligations[0].amount"),
    ("amount: \"2000.00\"\n    currency: CNY",
     "amount: \"2000000000000000\"\n    currency: CNY", "too large to be an amount",
     "obligations[0].amount"),
    ("due_day: 10", "due_dy: 10", "unknown field", "obligations[0].due_dy"),
    ("due_day: 10", "due_day: 32", "due_day must be 1–31", "obligations[0].due_day"),
    ("version: 1", "version: 2", "version 2 is not supported", "version"),
    ("start: 2020-01-01", "start: 2020-02-30", "'2020-02-30' is not a valid date", None),
    ("currency: CNY\n    frequency", "currency: yuan\n    frequency", "not an ISO 4217",
     "obligations[0].currency"),
    ("currency: CNY\n    frequency", "currency: RMB\n    frequency",
     "'RMB' is not an ISO 4217 currency code; for that currency write CNY",
     "obligations[0].currency"),
    # YAML's own floats that are no number: the amount's check says so, where it is written.
    ("amount: \"2000.00\"\n    currency: CNY", "amount: .inf\n    currency: CNY",
     "'.inf' is not an amount", "obligations[0].amount"),
    ("amount: \"2000.00\"\n    currency: CNY", "amount: .NaN\n    currency: CNY",
     "'.NaN' is not an amount", "obligations[0].amount"),
]


@pytest.mark.parametrize(("old", "new", "message", "field"), BAD)
def test_bad_case_file_names_line_and_field(demo_yaml: Path, old, new, message, field):
    original = demo_yaml.read_text(encoding="utf-8")
    assert old in original
    broken = original.replace(old, new, 1)
    line = next(i for i, text in enumerate(broken.splitlines(), 1) if new.split("\n")[0] in text)
    with pytest.raises(CaseFileError) as caught:
        parse_casefile(broken, source="case.yaml")
    error = caught.value
    assert message in str(error)
    assert error.file == "case.yaml"
    assert error.line == line
    if field:
        assert error.field == field


def test_unquoted_amount_is_read_exactly_never_as_float():
    # A YAML float (unquoted 0.1) is read as an exact Decimal, never through binary float.
    text = "version: 1\ncase: {title: t}\npayments:\n- {date: 2024-01-01, amount: 0.10, currency: CNY}\n"
    case = parse_casefile(text)
    assert case.payments[0].amount == Decimal("0.10")


def test_broken_yaml_reports_line():
    with pytest.raises(CaseFileError) as caught:
        parse_casefile("version: 1\ncase: {title: [unclosed\n", source="x.yaml")
    assert caught.value.line is not None
    assert "not valid YAML" in str(caught.value)


def test_a_tag_the_safe_reader_does_not_know_is_refused_with_its_line():
    """A tag such as !!python/object is never constructed: refused as any broken YAML is."""
    with pytest.raises(CaseFileError) as caught:
        parse_casefile("version: 1\ncase: {title: t}\nx: !!python/object:os.system 1\n",
                       source="t.yaml")
    assert "not valid YAML" in str(caught.value) and caught.value.line == 3


def test_empty_and_wrong_shape():
    with pytest.raises(CaseFileError, match="empty"):
        parse_casefile("", source="e.yaml")
    with pytest.raises(CaseFileError, match="mapping"):
        parse_casefile("- a\n- b\n", source="l.yaml")
    with pytest.raises(CaseFileError, match="missing 'version'"):
        parse_casefile("case: {title: t}\n", source="v.yaml")


@pytest.mark.parametrize(("pair", "rate", "message", "bad_line"), [
    ("USD/CNY", '"0"', "a rate must be a positive number, not '0'", "rate"),
    ("USD/CNY", '"-6.9"', "a rate must be a positive number, not '-6.9'", "rate"),
    ("USDCNY", '"6.9"', "'USDCNY' is not a currency pair; write it like USD/CNY", "pair"),
    ("USD/RMB", '"6.9"', "'RMB' is not an ISO 4217 currency code; for that currency write "
                         "CNY", "pair"),
    ("USD/ABC", '"6.9"', "'ABC' is not an ISO 4217 currency code (e.g. CNY, USD, HKD)",
     "pair"),
])
def test_a_bad_rate_is_refused_where_it_is_written(demo_yaml: Path, pair, rate, message,
                                                    bad_line):
    """A rate table entry the ledger could never convert with is refused on reading the case
    file (line and field named), not on every later statement."""
    text = demo_yaml.read_text(encoding="utf-8").rstrip("\n") + (
        "\nfx_rates:\n  - date: 2021-01-20\n"
        f"    pair: {pair}\n    rate: {rate}\n    source: CFETS central parity\n")
    with pytest.raises(CaseFileError) as caught:
        parse_casefile(text, source="case.yaml")
    error = caught.value
    assert message in str(error) and error.field == f"fx_rates[0].{bad_line}"
    assert text.splitlines()[error.line - 1].strip().startswith(f"{bad_line}:")


def _laughs(levels: int) -> str:
    """A few hundred bytes whose aliases name 10^levels values ("billion laughs")."""
    lines = ["version: 1", "case: {title: x}", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]"
              for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_a_file_of_aliases_naming_a_billion_values_is_refused_at_once():
    # Each value an alias names is read once: the reader's line map walked every path
    # (10^8 of them here) and never ended.
    with pytest.raises(CaseFileError) as caught:
        parse_casefile(_laughs(8), source="laughs.yaml")
    assert caught.value.field == "a0" and "unknown field" in str(caught.value)


def test_an_alias_inside_what_it_names_is_read_once_and_refused_where_it_is():
    with pytest.raises(CaseFileError) as caught:
        parse_casefile("version: 1\ncase: &c {title: x, more: *c}\n", source="loop.yaml")
    assert caught.value.field == "case.more" and caught.value.line == 2
    assert "未知字段" in caught.value.say("zh")


def test_a_file_nested_past_what_the_reader_follows_is_refused_in_both_languages():
    with pytest.raises(CaseFileError) as caught:
        parse_casefile("version: 1\ncase: " + "[" * 5000 + "\n", source="deep.yaml")
    assert "nested too deeply" in str(caught.value)
    assert "嵌套过深" in caught.value.say("zh")


@pytest.mark.parametrize(("text", "field", "line", "english", "chinese"), [
    # YAML's "\0" escape writes a NUL byte: PostgreSQL's text columns hold none (an imported
    # case titled with one was a server error there) and no Word draft can either.
    ('version: 1\ncase:\n  title: "李梅\\0诉王强"\n', "case.title", 3,
     "control character U+0000", "控制字符 U+0000"),
    ('version: 1\ncase: {title: x}\ncommunications:\n- {date: 2025-01-05, direction: sent,\n'
     '   channel: wechat, summary: "say \\e"}\n', "communications[0].summary", 5,
     "control character U+001B", "控制字符 U+001B"),
    # A field of pages took a PDF draft of the case minutes to lay out: the same limit as
    # a field typed into the web forms.
    ("version: 1\ncase: {title: x}\nasset_clues:\n- kind: salary\n  obtained: a friend\n"
     "  details: " + "很长" * 2001 + "\n", "asset_clues[0].details", 6,
     "4002 characters long; a text holds at most 4000", "共 4002 个字符；每一栏最多 4000 个字符"),
])
def test_text_a_case_file_cannot_keep_is_refused_where_it_is_written(text, field, line,
                                                                     english, chinese):
    with pytest.raises(CaseFileError) as caught:
        parse_casefile(text, source="case.yaml")
    assert caught.value.field == field and caught.value.line == line
    assert english in str(caught.value) and chinese in caught.value.say("zh")


def test_tabs_and_line_breaks_in_text_are_kept():
    read = parse_casefile('version: 1\ncase: {title: "a\\tb", notes: "one\\ntwo\\r\\n"}\n')
    assert (read.case.title, read.case.notes) == ("a\tb", "one\ntwo\r\n")


@pytest.mark.parametrize("written", ["NO", "No"])
def test_norway_written_bare_is_norway_not_false(demo_yaml: Path, written: str):
    # YAML 1.1 reads a bare NO (and yes/on/off) as a boolean; a place code is text, so the
    # reader takes only true/false as booleans, as YAML 1.2 does.
    text = demo_yaml.read_text(encoding="utf-8").replace("country: US-CA", f"country: {written}", 1)
    case = parse_casefile(text)
    assert case.parties.obligor is not None and case.parties.obligor.country == written
    again = parse_casefile(dump_casefile(case))
    assert again == case


def test_true_and_false_are_still_booleans(demo_yaml: Path):
    text = demo_yaml.read_text(encoding="utf-8")
    assert "enforcement_certificate" not in text
    text = text.replace("      type: judgment\n", "      type: judgment\n"
                        "      enforcement_certificate: false\n", 1)
    case = parse_casefile(text)
    assert case.obligations[0].basis.enforcement_certificate is False
