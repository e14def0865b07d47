"""A refused case file says why in Chinese for a Chinese page: where (file, line, field) as
in English, and the reason itself in Chinese — never pydantic's or PyYAML's English alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from supportcase.casefile import parse_casefile
from supportcase.casefile.reasons_zh import UNKNOWN, error_zh, message_zh
from supportcase.errors import CaseFileError

HEAD = "version: 1\ncase: {title: t}\n"
PAID = HEAD + "payments:\n- {date: 2021-01-01, amount: '1', currency: CNY}\n"


def refusal(text: str) -> CaseFileError:
    with pytest.raises(CaseFileError) as caught:
        parse_casefile(text, source="case.yaml")
    return caught.value


# (the file, the English said today, the Chinese reason, the field)
KINDS = [
    (PAID.replace("2021-01-01", "15/09/2021"),
     "case.yaml:4: Input should be a valid date or datetime",
     "'15/09/2021' 不是有效日期；请写成 年-月-日", "payments[0].date"),
    (PAID.replace("2021-01-01", "2021-02-30"), "case.yaml:4: '2021-02-30' is not a valid date",
     "'2021-02-30' 不是存在的日期", None),
    (PAID.replace("currency: CNY}", "currency: CNY, colour: red}"),
     "case.yaml:4: unknown field (check the spelling", "未知字段", "payments[0].colour"),
    ("version: 1\ncase: {notes: x}\n", "case.yaml:2: required field is missing",
     "缺少必填字段", "case.title"),
    (PAID.replace("currency: CNY}", "currency: CNY, status: maybe}"),
     "case.yaml:4: Input should be 'proven', 'assumed' or 'disputed'",
     "'maybe' 不是可用的值；可选值：'proven'、'assumed'、'disputed'", "payments[0].status"),
    (PAID.replace("amount: '1'", "amount: .inf"), "case.yaml:4: '.inf' is not an amount",
     "'.inf' 不是金额", "payments[0].amount"),
    (PAID.replace("CNY", "RMB"), "'RMB' is not an ISO 4217 currency code; for that currency",
     "'RMB' 不是 ISO 4217 货币代码；该货币请写 CNY", "payments[0].currency"),
    (HEAD.replace("version: 1", "version: x"), "case.yaml:1: Input should be a valid integer",
     "'x' 不是整数", "version"),
    (HEAD.replace("version: 1", "version: 2"), "case.yaml:1: case file version 2 is not",
     "不支持案卷文件版本 2", "version"),
    (HEAD + "payments: 3\n", "case.yaml:3: Input should be a valid list", "应为列表",
     "payments"),
    (HEAD.replace("{title: t}", "{title: [1]}"), "case.yaml:2: Input should be a valid string",
     "应填写文字", "case.title"),
    (HEAD + "fx_rates:\n- {date: 2021-01-01, pair: USD/CNY, rate: '0', source: s}\n",
     "case.yaml:4: a rate must be a positive number, not '0'", "汇率须为正数，不能是 '0'",
     "fx_rates[0].rate"),
    ("version: 1\ncase: {title: [unclosed\n", "case.yaml:3: not valid YAML: expected ','",
     "不是有效的 YAML：此处应为 ',' 或 ']'，文件却已结束", None),
    (HEAD + "x: !!python/object:os.system 1\n", "case.yaml:3: not valid YAML: could not",
     "不是有效的 YAML：不认识的标签", None),
    ("version: 1\ncase:\n\t- t\n", "not valid YAML: found character '\\t'", "制表符", None),
    ("", "case.yaml: the file is empty", "文件是空的", None),
    ("- a\n", "case.yaml:1: a case file must be a mapping", "须为包含 'version' 和 'case' 的映射",
     None),
    ("case: {title: t}\n", "case.yaml:1: missing 'version'", "缺少 'version'", "version"),
]


@pytest.mark.parametrize(("text", "english", "reason", "field"), KINDS)
def test_each_kind_of_refusal_says_its_reason_in_chinese_where_it_is(text, english, reason,
                                                                     field):
    error = refusal(text)
    assert english in str(error) and error.say("en") == str(error)  # the English as before
    chinese = error.say("zh")
    where = "case.yaml" + (f" 第 {error.line} 行" if error.line else "")
    assert chinese.startswith(f"{where}：") and reason in chinese
    assert (f"（字段 {field}）" in chinese) == (field is not None)
    # What follows the file name is the Chinese reason, not English left in it.
    assert not re.search(r"Input should|not valid YAML|is not|required|unknown field", chinese)


def test_every_problem_of_a_file_is_listed_with_its_line_in_both_languages():
    """A parent fixing a file by hand sees all that is wrong at once: it said only the first
    problem and "(and 2 more problems)", one more try for each."""
    error = refusal(HEAD + "payments:\n- {date: 1/1/2021, amount: x, currency: RMB}\n")
    first, *also = str(error).split("\n")
    assert first.startswith("case.yaml:4: ") and "more problem" not in str(error)
    assert also == ["  also line 4, field 'payments[0].amount': 'x' is not an amount; write the "
                    "digits, e.g. 2500.00",
                    "  also line 4, field 'payments[0].currency': 'RMB' is not an ISO 4217 "
                    "currency code; for that currency write CNY"]
    first_zh, *also_zh = error.say("zh").split("\n")
    assert first_zh.startswith("case.yaml 第 4 行：")
    assert [line.split("：", 1)[0] for line in also_zh] == [
        "  另", "  另"] and "字段 payments[0].amount" in also_zh[0] and "CNY" in also_zh[1]


def test_past_ten_problems_the_rest_are_counted():
    payments = "".join(f"- {{date: 2021-01-0{n}, amount: x, currency: CNY}}\n"
                       for n in range(1, 10))
    error = refusal(HEAD + "payments:\n" + payments + "- {date: 2021-01-10, amount: y, "
                    "currency: CNY}\n- {date: 2021-01-11, amount: z, currency: CNY}\n")
    assert str(error).count("\n  also ") == 9
    assert str(error).endswith("\n  (and 1 more problem)")
    assert error.say("zh").endswith("\n  （另有 1 处问题）")


def test_a_reason_not_in_the_table_keeps_its_english_behind_a_chinese_lead_in():
    english = "Something pydantic says that no table lists"
    assert message_zh(english) == UNKNOWN.format(english=english)
    said = error_zh({"type": "uuid_parsing", "input": "x"}, english)
    assert said.startswith("内容有误") and english in said


def test_a_check_of_the_model_is_refused_in_chinese_at_its_line(demo_yaml: Path):
    """The demo file with a due day no month has: the model's own check, in Chinese, at the
    line and field the English names."""
    text = demo_yaml.read_text(encoding="utf-8").replace("due_day: 10", "due_day: 32")
    error = refusal(text)
    assert "due_day must be 1–31 or 'last'" in str(error)
    assert error.field == "obligations[0].due_day"
    assert f"case.yaml 第 {error.line} 行：due_day 须为 1–31 或 'last'" in error.say("zh")
    assert f"（字段 {error.field}）" in error.say("zh") and f"(field '{error.field}')" in str(error)
