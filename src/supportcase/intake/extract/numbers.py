"""Amounts and dates as written in Chinese and English legal documents.

- 人民币贰仟伍佰元整, 二千五百元, 2,500元, 2500.00元, ¥2,500, $1,250.00 → Decimal strings
  (cn2an reads the Chinese numerals, financial capitals included);
- 2021年6月15日, 二〇二一年六月十五日, June 15, 2021, 06/15/2021 → ISO dates. A numeric
  01/06/2023 is 6 January on a US paper but 1 June in Hong Kong, the UK or Australia: the
  caller says which order the paper writes (`DateOrder`), and with no order known a date
  that reads both ways is not read.

Everything returns None rather than a guess when the words do not make a number or date.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Literal

# how a paper writes 04/08/2024: month first (a US court or agency: April 8), day first
# (Hong Kong, the UK, Australia…: 4 August), or None when the paper does not show it
DateOrder = Literal["mdy", "dmy"] | None

CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖拾佰仟万萬亿十百千点角分整"
_YEAR_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "O": "0",
                                                                       "o": "0", "○": "0"}

MONEY_ZH = re.compile(
    r"(?P<cur>人民币|港币|港元|美元|美金|新台币|RMB|CNY|HKD|USD|TWD|NT\$|US\$|HK\$|\$|¥|￥)?\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?|[" + CN_DIGITS + r"]{1,16})"
    r"\s*(?P<unit>万元|万|元|圆|块钱|块|美元|港元|港币)(?P<zheng>整)?")
MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
# Taiwan documents count years of the Republic (民國112年 = 2023): the year plus 1911
ROC_YEAR = r"民[国國]\s*(?P<roc>\d{2,3}|[〇零一二三四五六七八九十百○]{2,5})"
DATE_ZH = re.compile(r"(?:(?P<y>(?:19|20)\d{2}|[〇零一二三四五六七八九○]{4})|" + ROC_YEAR + r")\s*年\s*"
                     r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*"
                     r"(?:(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?")
MONTH_NAMES = (r"January|February|March|April|May|June|July|August|September|October|"
                r"November|December")
# June 15, 2021 / June 15th, 2021 / 06/15/2021 / 2021-06-15 / 15 June 2021 /
# "this 20th day of June, 2019" (the dating clause of US decrees)
DATE_EN = re.compile(
    r"(?P<mname>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>(?:19|20)\d{2})"
    r"|(?P<m2>\d{1,2})/(?P<d2>\d{1,2})/(?P<y2>(?:19|20)\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    r"|(?P<d4>\d{1,2})\s+(?P<mname4>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+(?P<y4>(?:19|20)\d{2})"
    r"|(?P<d5>\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<mname5>" + MONTH_NAMES + r"),?\s+"
    r"(?P<y5>(?:19|20)\d{2})", re.IGNORECASE)


def cn_number(text: str) -> Decimal | None:
    """Chinese or Arabic numerals → Decimal (贰仟伍佰 → 2500, 1,200.50 → 1200.50)."""
    import cn2an

    text = text.replace(",", "").replace("，", "").strip()
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    text = text.replace("萬", "万").replace("〇", "零").rstrip("整")
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return Decimal(str(value))


def currency_of(prefix: str | None, unit: str | None) -> str | None:
    words = f"{prefix or ''}{unit or ''}"
    if any(k in words for k in ("美元", "美金", "USD", "US$")) or words.startswith("$"):
        return "USD"
    if any(k in words for k in ("新台币", "TWD", "NT$")):
        return "TWD"
    if any(k in words for k in ("港", "HK")):
        return "HKD"
    if any(k in words for k in ("人民币", "RMB", "CNY", "¥", "￥", "元", "圆", "块")):
        return "CNY"
    return None


def money_zh(match: re.Match[str]) -> tuple[Decimal, str | None] | None:
    amount = cn_number(match.group("num"))
    if amount is None:
        return None
    if match.group("unit").startswith("万"):
        amount *= 10000
    return amount, currency_of(match.group("cur"), match.group("unit"))


def decimal_text(amount: Decimal) -> str:
    """2500 → '2500', 2500.5 → '2500.50' (cents kept only when present)."""
    if amount == amount.to_integral_value():
        return str(amount.quantize(Decimal(1)))
    return str(amount.quantize(Decimal("0.01")))


def _cn_small(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    number = cn_number(text)
    return int(number) if number is not None else None


def date_zh(match: re.Match[str]) -> dt.date | tuple[int, int] | None:
    """A DATE_ZH match → date, or (year, month) when no day is written."""
    if match.group("roc"):
        roc = match.group("roc")
        digitwise = all(c in _YEAR_DIGITS for c in roc)  # 一一二 as well as 一百一十二
        number = int("".join(_YEAR_DIGITS[c] for c in roc)) if digitwise else _cn_small(roc)
        year_text = str(number + 1911) if number else "0"
    else:
        year_text = match.group("y")
    year = int(year_text) if year_text.isdigit() else int("".join(
        _YEAR_DIGITS.get(c, "x") for c in year_text) if all(c in _YEAR_DIGITS for c in year_text)
        else "0")
    month = _cn_small(match.group("m"))
    day = _cn_small(match.group("d")) if match.group("d") else None
    if not year or month is None:
        return None
    try:
        if day is None:
            dt.date(year, month, 1)
            return year, month
        return dt.date(year, month, day)
    except ValueError:
        return None


def reads_both_ways(match: re.Match[str]) -> bool:
    """01/06/2023 (6 January or 1 June); not 13/06/2023, 06/13/2023 or 06/06/2023."""
    if not match.group("m2"):
        return False
    first, second = int(match.group("m2")), int(match.group("d2"))
    return first != second and 1 <= first <= 12 and 1 <= second <= 12


def date_en(match: re.Match[str], *, order: DateOrder) -> dt.date | None:
    """A DATE_EN match → date; a numeric one in the paper's `order`, None when it reads both
    ways and the order is not known (13/06/2023 and 06/13/2023 read one way only)."""
    try:
        if match.group("mname"):
            name = match.group("mname").lower()
            month = next(v for k, v in MONTHS.items() if k.startswith(name[:3]))
            return dt.date(int(match.group("y")), month, int(match.group("d")))
        if match.group("mname4"):  # 3 March 2022 (UK, Hong Kong)
            name = match.group("mname4").lower()
            month = next(v for k, v in MONTHS.items() if k.startswith(name[:3]))
            return dt.date(int(match.group("y4")), month, int(match.group("d4")))
        if match.group("mname5"):  # the 20th day of June, 2019
            name = match.group("mname5").lower()
            month = next(v for k, v in MONTHS.items() if k.startswith(name[:3]))
            return dt.date(int(match.group("y5")), month, int(match.group("d5")))
        if match.group("m2"):
            first, second = int(match.group("m2")), int(match.group("d2"))
            if reads_both_ways(match) and order is None:
                return None
            if first > 12 or (order == "dmy" and second <= 12):
                first, second = second, first  # day first: 13/06/2023, or 01/06 in Hong Kong
            return dt.date(int(match.group("y2")), first, second)
        return dt.date(int(match.group("y3")), int(match.group("m3")), int(match.group("d3")))
    except (ValueError, StopIteration):
        return None


def iso(value: dt.date | tuple[int, int]) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return f"{value[0]:04d}-{value[1]:02d}"
