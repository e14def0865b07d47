"""Why a case file was refused, in Simplified Chinese, for a parent reading a Chinese page.

The translations are data: `BY_TYPE` keyed by pydantic's error `type` code, `BY_MESSAGE` by
the project's own English sentences (the model's checks, money, the reader and PyYAML's
syntax messages). Anything not listed keeps its English detail behind a short Chinese lead-in,
so a reader is never told less than the English says.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_DATE = "'{input}' 不是有效日期；请写成 年-月-日，例如 2021-09-15"

# pydantic v2 error types (https://docs.pydantic.dev/latest/errors/validation_errors/);
# `{input}` is the value written, the other names come from the error's `ctx`.
BY_TYPE: dict[str, str] = {
    "missing": "缺少必填字段",
    "extra_forbidden": "未知字段（请对照 docs/casefile.md 检查拼写）",
    "date_from_datetime_parsing": _DATE,
    "date_parsing": _DATE,
    "date_type": _DATE,
    "date_from_datetime_inexact": "日期不应带时间；请只写 年-月-日，例如 2021-09-15",
    "decimal_parsing": "'{input}' 不是数字",
    "decimal_type": "'{input}' 不是数字",
    "int_parsing": "'{input}' 不是整数",
    "int_type": "'{input}' 不是整数",
    "int_from_float": "'{input}' 不是整数",
    "string_type": "应填写文字（字符串），而不是 '{input}'",
    "bool_parsing": "应填写 true 或 false",
    "bool_type": "应填写 true 或 false",
    "literal_error": "'{input}' 不是可用的值；可选值：{expected}",
    "list_type": "应为列表（每项另起一行，以 - 开头）",
    "dict_type": "应为映射（每行写 键: 值）",
    "model_type": "应为映射（每行写 键: 值）",
    "tuple_type": "应为列表",
    "greater_than": "应大于 {gt}",
    "greater_than_equal": "应不小于 {ge}",
    "less_than": "应小于 {lt}",
    "less_than_equal": "应不大于 {le}",
    "too_short": "项数太少（至少 {min_length} 项）",
    "too_long": "项数太多（最多 {max_length} 项）",
}

# The project's own English sentences (full match); groups are reused in the Chinese.
BY_MESSAGE: tuple[tuple[str, str], ...] = (
    # the reader (casefile/yaml_io.py)
    (r"the file is empty", "文件是空的"),
    (r"the file is nested too deeply to be a case file", "文件嵌套过深，不是案卷文件"),
    (r"a case file must be a mapping with 'version' and 'case'",
     "案卷文件须为包含 'version' 和 'case' 的映射"),
    (r"missing 'version' \(this supportcase writes version (\d+)\)",
     r"缺少 'version'（本程序写入的是版本 \1）"),
    (r"'(.*)' is not a valid date \(.*\)", r"'\1' 不是存在的日期；请检查年、月、日"),
    (r"the text holds the control character (U\+[0-9A-F]+), which a case file cannot keep; "
     r"remove it", r"文字中含有控制字符 \1，案卷无法保存；请删除它"),
    (r"the text is (\d+) characters long; a text holds at most (\d+)",
     r"文字过长：共 \1 个字符；每一栏最多 \2 个字符"),
    (r"unknown field \(check the spelling against docs/casefile\.md\)",
     "未知字段（请对照 docs/casefile.md 检查拼写）"),
    (r"required field is missing", "缺少必填字段"),
    # PyYAML's syntax messages, behind "not valid YAML: "
    (r"not valid YAML: expected (.*) or (.*), but (?:got|found) '<stream end>'",
     r"不是有效的 YAML：此处应为 \1 或 \2，文件却已结束（括号或引号可能没有配对）"),
    (r"not valid YAML: expected (.*), but (?:got|found) (.*)",
     r"不是有效的 YAML：此处应为 \1，却是 \2（括号、引号或缩进可能有误）"),
    (r"not valid YAML: mapping values are not allowed here",
     "不是有效的 YAML：此处不能出现冒号分隔的键值（冒号后要有空格，或给含冒号的文字加引号）"),
    (r"not valid YAML: found character '\\t' that cannot start any token",
     "不是有效的 YAML：含有制表符（Tab）；请改用空格缩进"),
    (r"not valid YAML: could not determine a constructor for the tag '(.*)'",
     r"不是有效的 YAML：不认识的标签 '\1'（出于安全不予读取）"),
    (r"not valid YAML: found undefined alias '(.*)'", r"不是有效的 YAML：引用了未定义的别名 '\1'"),
    (r"not valid YAML: found unexpected end of stream",
     "不是有效的 YAML：文件意外结束（引号或括号可能没有闭合）"),
    (r"not valid YAML: could not find expected '(.*)'",
     r"不是有效的 YAML：找不到应有的 '\1'（缩进或引号可能有误）"),
    (r"not valid YAML: (.*)", r"不是有效的 YAML：\1"),
    # the model's checks (casefile/model.py)
    (r"due_day must be 1–31 or 'last'", "due_day 须为 1–31 或 'last'"),
    (r"'(.*)' is not a currency pair; write it like USD/CNY", r"'\1' 不是货币对；请写成 USD/CNY"),
    (r"a rate must be a positive number, not '(.*)'", r"汇率须为正数，不能是 '\1'"),
    (r"case file version (.*) is not supported; this supportcase reads version (\d+)",
     r"不支持案卷文件版本 \1；本程序读取的是版本 \2"),
    (r"the obligee does not pay support to themselves: 'payer: obligee' is only for a refund "
     r"the obligee gives back; for money the obligee received, write who paid it \(obligor, "
     r"relative or other\)",
     "权利人不会向自己支付抚养费：payer: obligee 只用于权利人退回的退款；权利人收到的款项，"
     "请写明付款人（obligor、relative 或 other）"),
    (r"'reverses' is only for a reversal or refund; this payment is a (\w+): write kind: "
     r"reversal \(or refund\), or remove 'reverses'",
     r"reverses 只用于冲回或退款；本笔付款的性质为 \1：请写 kind: reversal（或 refund），或删除 reverses"),
    (r"the id '(.*)' is used twice in (\w+); give each entry its own id",
     r"编号“\1”在 \2 中用了两次；请为每一项使用不同的编号"),
    # places (law/countries.py `check_place`)
    (r"'(.*)' is not a state or region ISO 3166-2 lists; write one that exists \(US-CA, "
     r"US-NY, CN-GD\) or the country's two letters \(US, CN\)",
     r"“\1”不是 ISO 3166-2 中存在的州或地区代码；请填写存在的代码（US-CA、US-NY、CN-GD），"
     r"或只写国家的两个字母（US、CN）"),
    (r"'(.*)' is not a country ISO 3166 lists; write its two letters \(DE, US, CN, HK\) or "
     r"a state or region code \(US-CA\)",
     r"“\1”不是 ISO 3166 中的国家或地区；请填写其两个字母代码（DE、US、CN、HK），"
     r"或州、地区代码（US-CA）"),
    # money (money.py), the checks behind every amount and currency
    (r"amount (.*) must be given as a string or integer, not a float",
     r"金额 \1 须写成文字或整数，不能是浮点数"),
    (r"'(.*)' is not an amount; write the digits, e\.g\. 2500\.00",
     r"'\1' 不是金额；请写数字，例如 2500.00"),
    (r"'(.*)' is not a finite amount", r"'\1' 不是有限的金额"),
    (r"'(.*)' is too large to be an amount", r"'\1' 太大，不能作为金额"),
    (r"'?(.*?)'? is not an amount", r"'\1' 不是金额"),
    (r"'(.*)' is not an ISO 4217 currency code; for that currency write (\w+)",
     r"'\1' 不是 ISO 4217 货币代码；该货币请写 \2"),
    (r"'(.*)' is not an ISO 4217 currency code \(e\.g\. CNY, USD, HKD\)",
     r"'\1' 不是 ISO 4217 货币代码（例如 CNY、USD、HKD）"),
)

# A reversal or refund that names no payment it can undo (casefile/model.py `undoing_problem`).
_UNDOING_ZH = {"reversal": "冲回", "refund": "退款"}
BY_MESSAGE += tuple(
    entry for kind, zh in _UNDOING_ZH.items() for entry in (
        (rf"a {kind} must name the payment it undoes: write that payment's id in 'reverses'",
         f"{zh}须注明所撤销的付款：请在 reverses 中填写该付款的编号"),
        (rf"'(.*)' is not a payment of this case file; 'reverses' names the payment the "
         rf"{kind} undoes", rf"“\1”不是本案卷中的付款；reverses 应填写{zh}所撤销的付款"),
        (rf"'(.*)' cannot undo itself; 'reverses' names the payment the {kind} undoes",
         rf"“\1”不能撤销其自身；reverses 应填写{zh}所撤销的付款"),
        *((rf"'(.*)' is a {target}, not a payment received; a {kind} undoes a payment "
           rf"received", rf"“\1”是{target_zh}，不是收到的付款；{zh}只能撤销收到的付款")
          for target, target_zh in _UNDOING_ZH.items()),
    ))

UNKNOWN = "内容有误（英文说明：{english}）"


def message_zh(english: str) -> str:
    """The Chinese for one of the project's own English sentences, else the English behind
    a Chinese lead-in."""
    for pattern, zh in BY_MESSAGE:
        found = re.fullmatch(pattern, english)
        if found:
            return found.expand(zh)
    return UNKNOWN.format(english=english)


def error_zh(error: Mapping[str, Any], english: str) -> str:
    """The Chinese for one pydantic error (`ValidationError.errors()` item), whose English
    detail is `english`; a custom check (value_error) by its own sentence."""
    template = BY_TYPE.get(error["type"])
    if template is None:
        return message_zh(english)
    ctx = dict(error.get("ctx") or {})
    if "expected" in ctx:  # "'en' or 'zh'" → "'en'、'zh'"
        ctx["expected"] = re.sub(r",? or |, ", "、", str(ctx["expected"]))
    try:
        return template.format_map({"input": error.get("input"), **ctx})
    except KeyError:  # a pydantic version without that context: the English, led in
        return UNKNOWN.format(english=english)


def more_zh(more: int) -> str:
    """Said after the first problem when the file has more."""
    return f"（另有 {more} 处问题）"
