"""Citation check: is every article a text cites real, in force, or renumbered since?

Every draft and every answer the product writes is passed through `check_text()`, and so
can any uploaded judgment (`supportcase law check FILE|TEXT`). It finds each citation —

* Chinese: 《中华人民共和国民事诉讼法》第二百五十条, 《民法典》第1085条第二款, shorthand such as
  民诉法第250条 / 民法典第1085条 / 婚姻法第三十七条, lists (第二百五十条、第二百五十一条; 第250、251条),
  an explicit text version (《民事诉讼法》（2017年修正）第二百三十九条);
* English: "CPL art. 250", "Civil Code Art. 1085", "Article 239 of the Civil Procedure Law",
  "Fam. Code § 4055", "CCP § 685.010", "42 U.S.C. § 659a", a bare "§ 4055" or "Art. 20";

— and classifies it:

``valid``
    the article exists in the text in force on the citation's date (PRC law: the statute
    database; US/California and treaty law: the citations of our own rules data, since the
    statute database holds only PRC law);
``valid_as_of_its_date``
    the article existed in the text in force on the citation's date but has since been
    renumbered or repealed; `replaced_by` says what replaced it (dated concordance,
    `law/concordance.yaml`: CPL 2012/2017 → 2021 → 2023, Marriage Law → Civil Code);
``outdated``
    the cited text was no longer in force on the citation's date (a 2024 draft citing the
    Marriage Law); `replaced_by` says what to cite instead;
``not_found``
    no such article in the text it must refer to;
``unverifiable``
    the instrument is recognised (or no law is named) but our sources cannot confirm the
    article: shown so a person checks it by hand, never passed as valid.

`on` is the date of the document that contains the citation (a judgment's date); without
it, current law is assumed except for repealed laws, which are then read as of their time.

>>> [c.status for c in check_text("依据《民事诉讼法》第二百五十条、民法典第9999条")]  # doctest: +SKIP
['valid', 'not_found']
>>> check_text("《民事诉讼法》第二百三十九条", on=date(2018, 5, 2))[0].replaced_by  # doctest: +SKIP
'《中华人民共和国民事诉讼法》（2023 amendment）第二百五十条'

Public API (stable): `check_text(text, *, on=None) -> list[CitationCheck]`,
`CitationCheck` (frozen dataclass with `.ok`, `.to_dict()`), `STATUSES`,
`concordance() -> Concordance`, `current_number(law, version, number)`,
`chinese_article_numbers(text)` (第247条 → 第二百四十七条, one style in a Chinese text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from supportcase.bilingual import has_han
from supportcase.law import statutes

Status = Literal["valid", "valid_as_of_its_date", "outdated", "not_found", "unverifiable"]
STATUSES: tuple[Status, ...] = ("valid", "valid_as_of_its_date", "outdated", "not_found",
                                "unverifiable")


@dataclass(frozen=True)
class CitationCheck:
    """One citation found in a text, and what we know about it."""

    text: str  # the citation as written
    start: int  # character offsets in the checked text
    end: int
    law: str | None  # canonical law name (PRC: full Chinese name; US: e.g. "Cal. Fam. Code")
    article: str  # "250", "1085", "4055(b)(3)", "685.010"
    status: Status
    system: Literal["cn", "us", "treaty", "unknown"]
    version: str | None = None  # the text the citation was read against, e.g. "2017 amendment"
    replaced_by: str | None = None  # today's citation when renumbered / repealed
    note: str = ""  # plain-English explanation
    note_zh: str = ""
    source: str | None = None  # statute database / rules data / concordance
    current_text: str | None = None  # the current article text, when we have it

    @property
    def ok(self) -> bool:
        """True when the citation may stand as written (valid, or valid for its date)."""
        return self.status in ("valid", "valid_as_of_its_date")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ok"] = self.ok
        return data


# ---------------------------------------------------------------- concordance data


@dataclass(frozen=True)
class TextVersion:
    law: str
    version: str
    label: str
    from_date: dt.date
    until: dt.date | None

    def in_force_on(self, on: dt.date) -> bool:
        return self.from_date <= on and (self.until is None or on < self.until)


@dataclass(frozen=True)
class Repealed:
    law: str
    law_en: str | None
    aliases: tuple[str, ...]
    repealed_on: dt.date
    replaced_by: str
    articles: int | None
    source: str


@dataclass(frozen=True)
class Instrument:
    name: str
    aliases: tuple[str, ...]
    in_force_from: dt.date | None
    repealed_on: dt.date | None
    replaced_by: str | None


@dataclass(frozen=True)
class ConcordanceEntry:
    subject: str
    law: str
    numbers: dict[str, str]
    status: str
    source: str
    verified_versions: tuple[str, ...] | None = None
    current: dict[str, str] | None = None

    def verified_for(self, version: str) -> bool:
        if self.status != "verified":
            return False
        return self.verified_versions is None or version in self.verified_versions


@dataclass(frozen=True)
class Concordance:
    texts: dict[str, list[TextVersion]]
    repealed: dict[str, Repealed]
    instruments: list[Instrument]
    entries: list[ConcordanceEntry] = field(default_factory=list)

    def version_on(self, law: str, on: dt.date) -> TextVersion | None:
        for version in self.texts.get(law, []):
            if version.in_force_on(on):
                return version
        return None

    def version_named(self, law: str, year: str) -> TextVersion | None:
        for version in self.texts.get(law, []):
            if version.version == year:
                return version
        return None

    def current_version(self, law: str) -> TextVersion | None:
        versions = self.texts.get(law, [])
        return versions[-1] if versions and versions[-1].until is None else None

    def entry(self, law: str, version: str, number: str) -> ConcordanceEntry | None:
        for entry in self.entries:
            if entry.law == law and entry.numbers.get(version) == number:
                return entry
        return None

    def entries_with_number(self, law: str, number: str) -> list[tuple[str, ConcordanceEntry]]:
        return [(v, e) for e in self.entries if e.law == law
                for v, n in e.numbers.items() if n == number]


def _d(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@cache
def concordance() -> Concordance:
    """The dated concordance of renumbered and repealed articles (law/concordance.yaml)."""
    text = (resources.files("supportcase.law") / "concordance.yaml").read_text("utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    texts = {law: [TextVersion(law=law, version=str(v["version"]), label=v["label"],
                               from_date=_d(v["from"]) or dt.date.min, until=_d(v.get("until")))
                   for v in versions]
             for law, versions in raw["texts"].items()}
    repealed = {r["law"]: Repealed(law=r["law"], law_en=r.get("law_en"),
                                   aliases=tuple(r.get("aliases", [])),
                                   repealed_on=_d(r["repealed_on"]) or dt.date.min,
                                   replaced_by=r["replaced_by"], articles=r.get("articles"),
                                   source=r["source"])
                for r in raw["repealed"]}
    instruments = [Instrument(name=i["name"], aliases=tuple(i.get("aliases", [])),
                              in_force_from=_d(i.get("in_force_from")),
                              repealed_on=_d(i.get("repealed_on")),
                              replaced_by=i.get("replaced_by"))
                   for i in raw["instruments"]]
    entries = [ConcordanceEntry(subject=e["subject"], law=e["law"],
                                numbers={str(k): str(v) for k, v in e["numbers"].items()},
                                status=e["status"], source=e["source"],
                                verified_versions=tuple(e["verified_versions"])
                                if "verified_versions" in e else None,
                                current=e.get("current"))
               for e in raw["entries"]]
    return Concordance(texts=texts, repealed=repealed, instruments=instruments, entries=entries)


def current_number(law: str, version: str, number: str) -> str | None:
    """Today's article number for `number` of `law`'s `version` text, if the concordance
    knows it (e.g. CPL 2017 art. 239 → "250")."""
    conc = concordance()
    entry = conc.entry(law, version, number)
    if entry is None:
        return None
    if entry.current:
        return entry.current["article"]
    current = conc.current_version(law)
    return entry.numbers.get(current.version) if current else None


# ---------------------------------------------------------------- law names


def _key(name: str) -> str:
    name = re.sub(r"[\s《》〈〉<>\"'“”]", "", name)
    return name.replace("（", "(").replace("）", ")").casefold().rstrip(".")


@cache
def _other_names() -> dict[str, tuple[str, str]]:
    """Alias key → (kind, canonical name) for repealed laws and SPC instruments."""
    conc = concordance()
    names: dict[str, tuple[str, str]] = {}
    for rep in conc.repealed.values():
        for alias in (rep.law, rep.law.removeprefix(statutes.PRC_PREFIX), *rep.aliases,
                      *((rep.law_en,) if rep.law_en else ())):
            names[_key(alias)] = ("repealed", rep.law)
    for inst in conc.instruments:
        for alias in (inst.name, *inst.aliases):
            names[_key(alias)] = ("instrument", inst.name)
            names[_key(alias.replace(statutes.PRC_PREFIX, ""))] = ("instrument", inst.name)
    return names


# US and treaty codes: how people write them → our canonical label.
_US_CODES: tuple[tuple[str, str], ...] = (
    (r"Cal(?:ifornia|\.)?\s*Fam(?:ily|\.)?\s*Code|Fam(?:ily|\.)?\s*Code|FC", "Cal. Fam. Code"),
    (r"Cal(?:ifornia|\.)?\s*Code\s*(?:of\s*)?Civ(?:il|\.)?\s*Proc(?:edure|\.)?|"
     r"Code\s*(?:of\s*)?Civ(?:il|\.)?\s*Proc(?:edure|\.)?|C\.?C\.?P\.?", "Cal. Code Civ. Proc."),
    (r"(?:Cal(?:ifornia|\.)?\s*)?Welf(?:are|\.)?\s*(?:&|and)\s*Inst(?:itutions|\.)?\s*Code",
     "Cal. Welf. & Inst. Code"),
    (r"(?:Cal(?:ifornia|\.)?\s*)?Gov(?:ernment|\.|'t)?\s*Code", "Cal. Gov. Code"),
    (r"(?:Cal(?:ifornia|\.)?\s*)?Rev(?:enue|\.)?\s*(?:&|and)\s*Tax(?:ation|\.)?\s*Code",
     "Cal. Rev. & Tax. Code"),
    (r"(?:Cal(?:ifornia|\.)?\s*)?Civ(?:il|\.)?\s*Code", "Cal. Civ. Code"),
    (r"Cal(?:ifornia|\.)?\s*Rules?\s*(?:of\s*)?Court|Cal\.?\s*R\.?\s*Ct\.?", "Cal. Rules of Court"),
    (r"(?P<usc>\d{1,2})\s*U\.?\s*S\.?\s*C\.?(?:A\.?)?", "U.S.C."),
    (r"(?P<cfr>\d{1,2})\s*C\.?\s*F\.?\s*R\.?", "C.F.R."),
)
_US_CODE_RE = "|".join(f"(?:{pattern})" for pattern, _ in _US_CODES)

_HAGUE_NAMES = (r"(?:the\s+)?(?:2007\s+)?Hague\s+(?:2007\s+)?(?:Child\s+Support\s+|Maintenance\s+)?"
                r"Convention|(?:the\s+)?2007\s+(?:Child\s+Support|Maintenance)\s+Convention|"
                r"(?:the\s+)?Child\s+Support\s+Convention")


def us_code_label(name: str) -> str | None:
    """"Fam. Code" → "Cal. Fam. Code", "42 USC" → "42 U.S.C.", unknown → None."""
    for pattern, label in _US_CODES:
        match = re.fullmatch(pattern, name.strip(), flags=re.IGNORECASE)
        if match:
            title = match.groupdict().get("usc") or match.groupdict().get("cfr")
            return f"{title} {label}" if title else label
    return None


# ---------------------------------------------------------------- known citations (rules data)


def _section_base(article: str) -> list[str]:
    """"4055(b)(3)" → ["4055"]; "§§ 5700.601–5700.608" → both ends; "298–300" → ["298","299","300"]."""
    # Subdivisions such as (b)(1)–(3) are not sections: drop them before reading numbers.
    text = re.sub(r"\([^)]*\)", "", article)
    text = text.replace("§", " ").replace("Art.", " ").replace("art.", " ")
    bases: list[str] = []
    for match in re.finditer(r"(\d+(?:\.\d+)?[a-z]?)(?:\s*[–-]\s*(\d+(?:\.\d+)?[a-z]?))?", text):
        first, last = match.group(1), match.group(2)
        bases.append(first)
        if last:
            bases.append(last)
            if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) < 50:
                bases.extend(str(n) for n in range(int(first) + 1, int(last)))
    return bases


def _law_label(law: str, law_en: str | None) -> tuple[str, str]:
    """A rules-data citation's law → (system, canonical label)."""
    for name in (law_en, law):
        if not name:
            continue
        label = us_code_label(name)
        if label:
            return "us", label
        stripped = re.sub(r"\s*(?:§.*|\(.*\))$", "", name).strip()
        label = us_code_label(stripped)
        if label:
            return "us", label
        if re.search(_HAGUE_NAMES, name, flags=re.IGNORECASE) or "HCCH" in name or "海牙" in name:
            return "treaty", "Hague 2007 Child Support Convention"
    prc = statutes.find_law(law) if law else None
    if prc:
        return "cn", prc.name
    other = _other_names().get(_key(law))
    if other:
        return "cn", other[1]
    return "unknown", _key(law)


@cache
def known_citations() -> dict[tuple[str, str], list[str]]:
    """(canonical law, section/article base) → ids of our rules that cite it."""
    from supportcase.law.rules import default_rulebook

    known: dict[tuple[str, str], list[str]] = {}
    for rule in default_rulebook():
        cites = [rule.citation, *(v.citation for v in rule.versions if v.citation),
                 *getattr(rule, "also_cites", [])]
        for citation in cites:
            if not citation.article:
                continue
            _, label = _law_label(citation.law, citation.law_en)
            for base in _section_base(citation.article):
                known.setdefault((label, base), []).append(rule.id)
    return known


# ---------------------------------------------------------------- finding citations

_CN_NUM = r"[0-9０-９]+|[零〇一二两三四五六七八九十百千]+"
_VERSION = r"[（(]\s*(?P<year>\d{4})\s*年?\s*(?:修正|修订|修改|版|文本)?\s*(?:本)?\s*[）)]"


@cache
def _cn_short_names() -> str:
    names: set[str] = set()
    for law in statutes.laws():
        if law.short_name.endswith("法") and len(law.short_name) >= 2:
            names.add(law.short_name)
        names.add(law.name)
    for aliases in (("民诉法", "民诉", "民法典"),):
        names.update(aliases)
    for key_, (_, canonical) in _other_names().items():
        del key_
        names.add(canonical.removeprefix(statutes.PRC_PREFIX))
    for rep in concordance().repealed.values():
        names.update(a for a in rep.aliases if has_han(a))
    for inst in concordance().instruments:
        names.update(a for a in inst.aliases if has_han(a))
    ordered = sorted(names, key=len, reverse=True)
    return "|".join(re.escape(n) for n in ordered)


@cache
def _cn_pattern() -> re.Pattern[str]:
    article = rf"第\s*(?:{_CN_NUM})\s*条(?:\s*第\s*(?:{_CN_NUM})\s*款)?(?:\s*第\s*(?:{_CN_NUM})\s*项)?"
    more = (rf"(?:\s*(?:、|和|及|以及|与|至|到|－|-|—)\s*第?\s*(?:{_CN_NUM})\s*条?"
            rf"(?:\s*第\s*(?:{_CN_NUM})\s*款)?(?:\s*第\s*(?:{_CN_NUM})\s*项)?)*")
    return re.compile(
        rf"(?P<law>《[^《》\n]{{2,90}}》|(?:{_cn_short_names()}))"
        rf"\s*(?:{_VERSION})?\s*(?P<arts>{article}{more}|第\s*(?:{_CN_NUM})\s*(?:、\s*(?:{_CN_NUM})\s*)+条)")


_CN_ONE = re.compile(rf"(?P<sep>至|到|－|-|—)?\s*第?\s*(?P<n>{_CN_NUM})\s*(?P<tiao>条)?"
                     rf"(?:\s*第\s*(?:{_CN_NUM})\s*款)?(?:\s*第\s*(?:{_CN_NUM})\s*项)?")

# The SPC's interpretation comes first: "SPC Interpretation of the Civil Procedure Law art. 481"
# cites the interpretation, not article 481 of the Law itself.
_EN_PRC_LAWS = (r"(?:SPC\s+)?Interpretation\s+(?:of|on)\s+(?:the\s+)?(?:Application\s+of\s+(?:the\s+)?)?"
                r"Civil\s+Procedure\s+Law|"
                r"CPL|Civil\s+Procedure\s+Law(?:\s+of\s+the\s+(?:PRC|People's\s+Republic\s+of\s+China))?|"
                r"(?:PRC\s+)?Civil\s+Code|Marriage\s+Law|Criminal\s+Law|Notari[sz]ation\s+Law|"
                r"Exit\s+and\s+Entry\s+Administration\s+Law|Legal\s+Aid\s+Law|"
                r"People's\s+Mediation\s+Law|Arbitration\s+Law|CPL\s+Interpretation|"
                r"General\s+Principles\s+of\s+(?:the\s+)?Civil\s+Law|Contract\s+Law")
_EN_ART = r"(?:Arts?\.?|Articles?|arts?\.?|articles?)\s*"
_EN_NUM = r"\d+[a-z]?"
_EN_LIST = rf"{_EN_NUM}(?:\s*(?:\([0-9a-z]+\))*)(?:\s*(?:,|and|&|–|-|to)\s*{_EN_NUM}(?:\s*(?:\([0-9a-z]+\))*))*"
_US_SEC = r"\d+(?:\.\d+)?[a-z]?(?:\([0-9a-zA-Z]+\))*"
_US_LIST = rf"{_US_SEC}(?:\s*(?:,|and|&|–|-|through)\s*{_US_SEC})*"

_EN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("us", re.compile(rf"(?P<code>\b(?:{_US_CODE_RE}))\s*,?\s*(?:§§?|[Ss]ec(?:tion|s?\.)?s?|s\.)\s*"
                      rf"(?P<arts>{_US_LIST})")),
    ("treaty", re.compile(rf"(?P<law>{_HAGUE_NAMES})\s*,?\s*{_EN_ART}(?P<arts>{_EN_LIST})",
                          re.IGNORECASE)),
    ("treaty", re.compile(rf"{_EN_ART}(?P<arts>{_EN_LIST})\s*(?:of\s+)(?P<law>{_HAGUE_NAMES})",
                          re.IGNORECASE)),
    ("cn", re.compile(rf"\b(?P<law>{_EN_PRC_LAWS})\s*(?:\(\s*(?P<year>\d{{4}})\s*(?:amendment|text|version)?\s*\)"
                      rf"|(?P<yearb>(?:19|20)\d{{2}})(?=\s*(?:amendment|text|version)?\s*,?\s*(?:{_EN_ART}|§)))?"
                      rf"\s*(?:amendment|text|version)?\s*,?\s*(?:{_EN_ART}|§\s*)?(?P<arts>{_EN_LIST})\b")),
    ("cn", re.compile(rf"{_EN_ART}(?P<arts>{_EN_LIST})\s*of\s+the\s+"
                      rf"(?:(?P<year>\d{{4}})\s+)?(?P<law>{_EN_PRC_LAWS})\b")),
    ("bare_section", re.compile(rf"(?<![\w.])§§?\s*(?P<arts>{_US_LIST})")),
    ("bare_article", re.compile(rf"(?<![\w.])(?:Arts?\.|Article)\s*(?P<arts>{_EN_NUM})\b")),
)


def _to_int(text: str) -> int:
    text = text.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    return int(text) if text.isdigit() else statutes.chinese_numeral(text)


def _cn_numbers(arts: str) -> list[int]:
    numbers: list[int] = []
    for match in _CN_ONE.finditer(arts):
        n = _to_int(match.group("n"))
        if match.group("sep") and numbers and 0 < n - numbers[-1] < 50:
            numbers.extend(range(numbers[-1] + 1, n + 1))
        else:
            numbers.append(n)
    # "第X条第Y款" matches Y again as a bare number only when no 条 follows; drop 款/项 numbers
    return numbers


def _cn_article_numbers(arts: str) -> list[int]:
    """Article numbers in '第二百五十条第一款、第二百五十一条' (paragraph/item numbers dropped)."""
    cleaned = re.sub(rf"第\s*(?:{_CN_NUM})\s*[款项]", "", arts)
    return _cn_numbers(cleaned)


def _en_numbers(arts: str, *, expand: bool = True) -> list[str]:
    """Numbers in "250, 251", "298–300" (a range is expanded for PRC articles; for US
    sections only its ends are checked — "§§ 4050–4076" names a chapter, not each section)."""
    parts: list[str] = []
    tokens = re.findall(rf"(–|-|to|through)|({_US_SEC})", arts)
    pending_range = False
    for sep, number in tokens:
        if sep:
            pending_range = True
            continue
        base = re.sub(r"\(.*$", "", number)
        if expand and pending_range and parts and parts[-1].isdigit() and base.isdigit() \
                and 0 < int(base) - int(parts[-1]) < 50:
            parts.extend(str(n) for n in range(int(parts[-1]) + 1, int(base) + 1))
        else:
            parts.append(number)
        pending_range = False
    return parts


@dataclass
class _Found:
    start: int
    end: int
    text: str
    system: str
    law: str | None
    year: str | None
    articles: list[str]


def _find(text: str) -> list[_Found]:
    found: list[_Found] = []
    taken = bytearray(len(text) + 1)  # 1 where a citation was already found

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    for match in _cn_pattern().finditer(text):
        arts = match.group("arts")
        found.append(_Found(match.start(), match.end(), match.group(0), "cn",
                            match.group("law").strip("《》"), match.group("year"),
                            [str(n) for n in _cn_article_numbers(arts)]))
        take(match.start(), match.end())
    for system, pattern in _EN_PATTERNS:
        for match in pattern.finditer(text):
            if not free(match.start(), match.end()):
                continue
            groups = match.groupdict()
            law = groups.get("law") or groups.get("code")
            found.append(_Found(match.start(), match.end(), match.group(0).strip(), system,
                                law.strip() if law else None,
                                groups.get("year") or groups.get("yearb"),
                                _en_numbers(match.group("arts"), expand=system == "cn")))
            take(match.start(), match.end())
    found.sort(key=lambda f: f.start)
    return found


# ---------------------------------------------------------------- classification


def _cn_label(law: str, number: str, version: str | None = None) -> str:
    ver = f"（{version}）" if version else ""
    return f"《{law}》{ver}{statutes.article_label(int(number))}"


def _check_prc(found: _Found, number: str, on: dt.date | None) -> CitationCheck:
    base: dict[str, Any] = {"text": found.text, "start": found.start, "end": found.end,
                            "article": number, "system": "cn"}
    name = found.law or ""
    conc = concordance()
    law = statutes.find_law(name)
    other = _other_names().get(_key(name)) or _other_names().get(
        _key(name.replace(statutes.PRC_PREFIX, "")))
    if law is None and other is None:
        return _check_rules_data(found, number, base, system="cn")
    if law is None and other is not None and other[0] == "instrument":
        return _check_instrument(found, number, base, other[1], on)
    if law is None:
        return _check_repealed(number, base, conc.repealed[other[1] if other else ""], on,
                               found.year)
    assert law is not None
    base["law"] = law.name
    n = int(number)
    first = law.first_in_force or law.in_force_from
    if on is not None and first is not None and on < first:
        return CitationCheck(**base, status="not_found", version=None,
                             note=f"{law.name_en or law.name} was not yet in force on "
                                  f"{on.isoformat()} (in force from {first.isoformat()}).",
                             note_zh=f"该法自{first.isoformat()}起施行，{on.isoformat()}时尚未生效。",
                             source="statute database")
    cited_version: TextVersion | None = None
    if found.year:
        cited_version = conc.version_named(law.name, found.year)
    elif on is not None:
        cited_version = conc.version_on(law.name, on)
    current = conc.current_version(law.name)
    if cited_version is None or current is None or cited_version.version == current.version:
        if found.year and cited_version is None and conc.texts.get(law.name):
            return CitationCheck(**base, status="unverifiable", version=f"{found.year} text",
                                 note=f"We do not know a {found.year} text of "
                                      f"{law.name_en or law.name}; check the number by hand.",
                                 note_zh=f"未收录该法{found.year}年文本，请人工核对条号。",
                                 source="concordance")
        return _check_current(law, n, base, on)
    # An older text named expressly ("CPL 2017 art. 239", "（2017年修正）") is a correct
    # reference to that text even in a later document: valid for its date, with today's
    # number shown. Without a year, the text in force on `on` is the one meant.
    extra = ""
    if on is not None and found.year and not cited_version.in_force_on(on):
        now = conc.version_on(law.name, on)
        extra = (f" The document is dated {on.isoformat()}, when the "
                 f"{now.label if now else 'current'} text was in force.")
    return _renumbered(law, cited_version, number, base, on, status="valid_as_of_its_date",
                       extra=extra)


def _check_current(law: statutes.Law, n: int, base: dict[str, Any],
                   on: dt.date | None) -> CitationCheck:
    art = statutes.find_article(law.name, n)
    if art is None:
        return CitationCheck(**base, status="not_found", version=law.version,
                             note=f"{law.name_en or law.name} ({law.version}) has no article {n}.",
                             note_zh=f"{law.name}（现行文本）没有{statutes.article_label(n)}。",
                             source="statute database")
    hint, hint_zh = "", ""
    older = [(v, e) for v, e in concordance().entries_with_number(law.name, str(n))
             if e.numbers.get(v) == str(n) and concordance().current_version(law.name)
             and v != concordance().current_version(law.name).version  # type: ignore[union-attr]
             and e.numbers.get(concordance().current_version(law.name).version)  # type: ignore[union-attr]
             != str(n)]
    if older and on is None:
        version, entry = older[0]
        now = entry.numbers.get(concordance().current_version(law.name).version, "?")  # type: ignore[union-attr]
        hint = (f" If the text citing it predates the current text, note that art. {n} of the "
                f"{version} text was '{entry.subject}' (now art. {now}).")
        hint_zh = f" 如引用文书早于现行文本：{version}年文本第{n}条为“{entry.subject}”（现第{now}条）。"
    return CitationCheck(**base, status="valid", version=law.version,
                         note=f"In force: {art.citation('en')} ({law.version}).{hint}",
                         note_zh=f"现行有效：{art.citation('zh')}。{hint_zh}",
                         source="statute database", current_text=art.text)


def _renumbered(law: statutes.Law, cited: TextVersion, number: str, base: dict[str, Any],
                on: dt.date | None, *, status: Status, extra: str = "") -> CitationCheck:
    conc = concordance()
    entry = conc.entry(law.name, cited.version, number)
    current = conc.current_version(law.name)
    if entry is None or current is None or current.version not in entry.numbers:
        return CitationCheck(
            **base, status="unverifiable", version=cited.label,
            note=f"Cites art. {number} of the {cited.label} of {law.name_en or law.name}; "
                 f"it is not in our concordance, so today's number is unknown: check by hand."
                 f"{extra}",
            note_zh=f"引用的是{law.name}{cited.label}第{number}条，未收录于条文对照表，请人工核对现行条号。",
            source="concordance")
    now = entry.numbers[current.version]
    art = statutes.find_article(law.name, now)
    sure = entry.verified_for(cited.version)
    caution = "" if sure else " (mapping inferred, not verified: check by hand)"
    caution_zh = "" if sure else "（对照系推断，未经核实，请人工核对）"
    replaced = _cn_label(law.name, now, current.label)
    if now == number and status == "valid_as_of_its_date":
        return CitationCheck(**base, status="valid", version=cited.label,
                             note=f"Art. {number} ({entry.subject}) kept its number in the "
                                  f"{current.label}.{caution}",
                             note_zh=f"第{number}条（{entry.subject}）在现行文本中条号未变。{caution_zh}",
                             source="concordance", current_text=art.text if art else None)
    return CitationCheck(
        **base, status=status, version=cited.label, replaced_by=replaced,
        note=f"Art. {number} of the {cited.label} ({entry.subject}) is art. {now} of the "
             f"{current.label} (in force from {current.from_date.isoformat()}).{caution}{extra}",
        note_zh=f"{cited.label}第{number}条（{entry.subject}）现为{current.label}第{now}条"
                f"（{current.from_date.isoformat()}起施行）。{caution_zh}",
        source="concordance", current_text=art.text if art else None)


def _check_repealed(number: str, base: dict[str, Any], rep: Repealed, on: dt.date | None,
                    year: str | None) -> CitationCheck:
    conc = concordance()
    base["law"] = rep.law
    versions = conc.texts.get(rep.law, [])
    cited = (conc.version_named(rep.law, year) if year else
             (conc.version_on(rep.law, on) if on else None)) or (versions[-1] if versions
                                                                 else None)
    label = cited.label if cited else "last text"
    entry = conc.entry(rep.law, cited.version, number) if cited else None
    outdated = on is not None and on >= rep.repealed_on
    status: Status = "outdated" if outdated else "valid_as_of_its_date"
    if entry is None and rep.articles is not None and int(number) > rep.articles:
        return CitationCheck(**base, status="not_found", version=label,
                             note=f"{rep.law_en or rep.law} had only {rep.articles} articles.",
                             note_zh=f"{rep.law}共{rep.articles}条。", source="concordance")
    when = (f"repealed on {rep.repealed_on.isoformat()}, replaced by {rep.replaced_by}")
    if entry is not None and entry.current:
        replaced = _cn_label(entry.current["law"], entry.current["article"])
        sure = "" if entry.verified_for(cited.version if cited else "") else \
            " (mapping not verified: check by hand)"
        art = statutes.find_article(entry.current["law"], entry.current["article"])
        return CitationCheck(
            **base, status=status, version=label, replaced_by=replaced,
            note=f"{rep.law_en or rep.law} art. {number} ({entry.subject}): {when}; "
                 f"today see {replaced}.{sure}",
            note_zh=f"{rep.law}第{number}条（{entry.subject}）已于{rep.repealed_on.isoformat()}废止，"
                    f"现见{replaced}。",
            source="concordance", current_text=art.text if art else None)
    if entry is None and rep.articles is None:
        status = "outdated" if outdated else "unverifiable"
    return CitationCheck(
        **base, status=status, version=label, replaced_by=rep.replaced_by,
        note=f"{rep.law_en or rep.law}: {when}. Art. {number} is not in our concordance; "
             "find the corresponding article by hand.",
        note_zh=f"{rep.law}已于{rep.repealed_on.isoformat()}废止（由{rep.replaced_by}取代）；"
                f"第{number}条未收录于对照表，请人工查找对应条文。",
        source="concordance")


def _check_instrument(found: _Found, number: str, base: dict[str, Any], name: str,
                      on: dt.date | None) -> CitationCheck:
    inst = next(i for i in concordance().instruments if i.name == name)
    base["law"] = inst.name
    rule_ids = known_citations().get((_law_label(inst.name, None)[1], number), [])
    if inst.repealed_on and (on is None or on < inst.repealed_on):
        return CitationCheck(**base, status="valid_as_of_its_date" if on else "unverifiable",
                             version=None, replaced_by=inst.replaced_by,
                             note=f"Repealed on {inst.repealed_on.isoformat()}; replaced by "
                                  f"{inst.replaced_by}. The article itself is not in our sources.",
                             note_zh=f"已于{inst.repealed_on.isoformat()}废止，由{inst.replaced_by}取代。",
                             source="concordance")
    if inst.repealed_on and on is not None and on >= inst.repealed_on:
        return CitationCheck(**base, status="outdated", replaced_by=inst.replaced_by,
                             note=f"Repealed on {inst.repealed_on.isoformat()} (before "
                                  f"{on.isoformat()}); cite {inst.replaced_by} instead.",
                             note_zh=f"已于{inst.repealed_on.isoformat()}废止，请改引{inst.replaced_by}。",
                             source="concordance")
    if on is not None and inst.in_force_from and on < inst.in_force_from:
        return CitationCheck(**base, status="not_found",
                             note=f"Not yet in force on {on.isoformat()} (from "
                                  f"{inst.in_force_from.isoformat()}).",
                             note_zh=f"{on.isoformat()}时尚未施行。", source="concordance")
    if rule_ids:
        return CitationCheck(**base, status="valid", source="rules data",
                             note=f"Cited by our rules: {', '.join(sorted(set(rule_ids)))}.",
                             note_zh=f"本系统规则引用：{', '.join(sorted(set(rule_ids)))}。")
    return CitationCheck(**base, status="unverifiable", source="concordance",
                         note="An SPC instrument the statute database lacks; this article is "
                              "not cited by our rules data: check it by hand.",
                         note_zh="该司法解释不在法规数据库中，且本系统规则未引用此条，请人工核对。")


def _check_rules_data(found: _Found, number: str, base: dict[str, Any], *,
                      system: Literal["cn", "us", "treaty", "unknown"]) -> CitationCheck:
    law = found.law
    if system == "us" and law:
        label = us_code_label(law) or law
    elif system == "treaty":
        label = "Hague 2007 Child Support Convention"
    else:
        label = _law_label(law or "", None)[1] if law else ""
    base["law"] = label or law
    base["system"] = system
    if not law:
        return _check_bare(found, number, base)
    section = re.sub(r"\(.*$", "", number)
    rule_ids = known_citations().get((label, section), [])
    if rule_ids:
        return CitationCheck(**base, status="valid", source="rules data",
                             note=f"{label} § {number} is cited by our rules "
                                  f"({', '.join(sorted(set(rule_ids)))}).",
                             note_zh=f"本系统规则引用了该条（{', '.join(sorted(set(rule_ids)))}）。")
    return CitationCheck(**base, status="not_found", source="rules data",
                         note=f"{label} {number} is not among the citations of our rules data "
                              "(the statute database holds only PRC law); check it by hand.",
                         note_zh="本系统规则数据未收录该条（法规数据库仅含中国法律），请人工核对。")


def _check_bare(found: _Found, number: str, base: dict[str, Any]) -> CitationCheck:
    section = re.sub(r"\(.*$", "", number)
    laws = sorted({law for (law, base_), _ in known_citations().items() if base_ == section
                   and (found.system != "bare_section" or "Cal." in law or "U.S.C." in law)})
    if found.system == "bare_section" and len(laws) == 1:
        base["law"] = laws[0]
        base["system"] = "us"
        return CitationCheck(**base, status="valid", source="rules data",
                             note=f"No code named; § {number} matches {laws[0]} in our rules.",
                             note_zh=f"未写明法典；§ {number}与规则数据中的{laws[0]}一致。")
    return CitationCheck(**base, status="unverifiable", source=None,
                         note="No law is named next to this article number; name the law so "
                              "the citation can be checked.",
                         note_zh="条号前后未写明法律名称，无法核对，请写明法律名称。")


def check_text(text: str, *, on: dt.date | None = None) -> list[CitationCheck]:
    """Every citation in `text`, in order, each classified (see the module docstring).

    `on`: the date of the document that contains the text (e.g. a judgment's date); the
    citation is read against the text of the law in force on that date.
    """
    results: list[CitationCheck] = []
    for found in _find(text):
        for number in found.articles or [""]:
            if found.system == "cn":
                results.append(_check_prc(found, number, on))
            elif found.system in ("us", "treaty"):
                results.append(_check_rules_data(found, number, {
                    "text": found.text, "start": found.start, "end": found.end,
                    "article": number, "system": found.system}, system=found.system))  # type: ignore[arg-type]
            else:
                results.append(_check_bare(found, number, {
                    "text": found.text, "start": found.start, "end": found.end, "law": None,
                    "article": number, "system": "unknown"}))
    return results


_ARABIC_ARTICLES = re.compile(r"第\s*(\d+)((?:\s*、\s*\d+)*)\s*([条款])")
# Laws outside the PRC whose sections are numbered their own way (家庭法典第4055条 is
# California's § 4055, not 第四千零五十五条): a number right after their names stays as written.
_OWN_NUMBERING = ("家庭法典", "民事诉讼法典", "劳动法典", "UIFSA", "U.S.C.", "Code")


def chinese_article_numbers(text: str) -> str:
    """Article and paragraph numbers in a Chinese text as PRC legal documents write them, so a
    text does not mix styles: 第247条 → 第二百四十七条, 第247、249条 → 第二百四十七条、第二百四十九条,
    第10条第1款 → 第十条第一款. Only 条 and 款 are touched: pages (第3页), items (第2项费用) and
    case numbers stay as written; numbers already in Chinese numerals are left alone."""

    def spell(match: re.Match[str]) -> str:
        if match.string[max(0, match.start() - 12):match.start()].endswith(_OWN_NUMBERING):
            return match.group(0)  # a US code or act keeps its section numbers
        numbers = [match.group(1), *re.findall(r"\d+", match.group(2))]
        unit = match.group(3)
        if not all(0 < int(n) < 10_000 for n in numbers):
            return match.group(0)
        return "、".join(f"第{statutes.chinese_label(int(n))}{unit}" for n in numbers)

    return _ARABIC_ARTICLES.sub(spell, text)


def problems(checks: Iterable[CitationCheck]) -> list[CitationCheck]:
    """The citations a person must look at (anything not `ok`)."""
    return [c for c in checks if not c.ok]
