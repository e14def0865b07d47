"""A rule parameter in a reader's words: `daily_rate = 0.000175` reads "daily interest rate:
0.0175 %" / "日利率为0.0175%", `days = 30` reads "period: 30 days" / "期间为30日", and a coded
value reads as words: `first_day_counted = false` reads "first day (the day interest starts):
not counted" / "首日（起算当日）：不计入".

The names and units are data (`law/parameter_words.yaml`), kept beside the rules they name.
A parameter not listed there is shown by its key and its value as written, never guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cache
from importlib import resources
from typing import Any

import yaml

Unit = str  # fraction | percent | days | weeks | months | years | hours | age | usd | cny
#             | usd_per_hour | date | count | code | text


@dataclass(frozen=True)
class ParameterWord:
    en: str
    zh: str
    unit: Unit
    values: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (en, zh)
    ordered: bool = False  # a list that is a sequence (an allocation order) reads a → b → c


# How a value in each unit reads: (English, Chinese); {v} is the value.
_UNIT_FORMS: dict[str, tuple[str, str]] = {
    "fraction": ("{v} %", "{v}%"),
    "percent": ("{v} %", "{v}%"),
    "days": ("{v} days", "{v}日"),
    "weeks": ("{v} weeks", "{v}周"),
    "months": ("{v} months", "{v}个月"),
    "years": ("{v} years", "{v}年"),
    "hours": ("{v} hours", "{v}小时"),
    "age": ("{v}", "{v}周岁"),
    "usd": ("USD {v}", "{v}美元"),
    "cny": ("CNY {v}", "人民币{v}元"),
    "usd_per_hour": ("USD {v} an hour", "每小时{v}美元"),
    "date": ("{v}", "{v}"),
    "count": ("{v}", "{v}"),
    "code": ("{v}", "{v}"),
    "text": ("{v}", "{v}"),
}
# Words, not figures, follow a colon in Chinese: 首日：不计入, not 首日为不计入.
_WORD_UNITS = frozenset({"code", "text"})


@cache
def parameter_words() -> dict[str, ParameterWord]:
    text = (resources.files("supportcase.law") / "parameter_words.yaml").read_text("utf-8")
    raw = yaml.safe_load(text) or {}
    words = {key: ParameterWord(str(v["en"]), str(v["zh"]), str(v["unit"]),
                                {str(code): (str(w["en"]), str(w["zh"]))
                                 for code, w in (v.get("values") or {}).items()},
                                bool(v.get("ordered", False)))
             for key, v in raw.items()}
    unknown = {w.unit for w in words.values()} - set(_UNIT_FORMS)
    if unknown:
        raise ValueError(f"parameter_words.yaml uses unknown units: {sorted(unknown)}")
    return words


def _code(value: Any) -> str:
    # YAML reads `false` as a bool (str() gives "False"); the words file keys it as "false".
    text = str(value).strip()
    return text.lower() if text in ("True", "False") else text


def _value_text(value: Any, word: ParameterWord, lang: str) -> str:
    unit = word.unit
    if unit == "code":
        code = _code(value)
        return word.values.get(code, (code, code))[lang == "zh"]
    text = str(value).strip()
    if unit != "fraction":
        return text
    try:
        # A fraction reads as per cent, exactly: 0.000175 -> 0.0175, 0.20 -> 20.
        percent = Decimal(text) * 100
    except InvalidOperation:
        return text
    return format(percent.normalize(), "f")


def reads_as_words(key: str, value: Any) -> bool:
    """Whether `key = value` has words in both languages: a coded value every code of which
    is listed (a free text such as a rate source is written in one language only)."""
    word = parameter_words().get(key)
    if word is None or word.unit != "code":
        return False
    codes = value if isinstance(value, (list, tuple)) else [value]
    return all(_code(c) in word.values for c in codes)


def parameter_phrase(key: str, value: Any, lang: str) -> str:
    """`key = value` in the reader's words and language."""
    word = parameter_words().get(key)
    if word is None:
        return f"{key} = {value}"
    form = _UNIT_FORMS[word.unit][lang == "zh"]
    if isinstance(value, (list, tuple)):
        joiner = " → " if word.ordered else ("、" if lang == "zh" else ", ")
        shown = joiner.join(
            form.format(v=_value_text(v, word, lang)) for v in value)
    else:
        shown = form.format(v=_value_text(value, word, lang))
    if lang != "zh":
        return f"{word.en}: {shown}"
    return f"{word.zh}{'：' if word.unit in _WORD_UNITS else '为'}{shown}"
