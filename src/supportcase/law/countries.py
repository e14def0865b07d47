"""Countries and territories as the enforcement route sees them.

For each place (ISO 3166 alpha-2 code; HK, MO and TW for the regions of China) we keep: its
Hague 2007 Child Support Convention status and — separately, because objections count —
whether the Convention is in force *with the United States*; whether it is a US foreign
reciprocating country (42 U.S.C. § 659a); the PRC arrangement for recognising its support
judgments in the Mainland (Hong Kong, Macao, Taiwan); and Apostille status. Each entry has
an as-of date and a source (`law/countries.yaml`). Unknown is `None`, never a guess.

>>> country("DE").convention_with_us(on=date(2025, 1, 1))   # doctest: +SKIP
True
>>> country("CN").hague_party                                # doctest: +SKIP
False

`country(code)` accepts "DE", "de", "DEU", "Germany", "US-CA" (→ US), "CN-HK" (→ HK),
"CN-GD" (a Mainland province → CN).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from supportcase.errors import NotFound


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    name_zh: str
    as_of: dt.date
    hague_party: bool | None
    hague_in_force: dt.date | None
    hague_with_us: bool | None
    hague_with_us_from: dt.date | None
    hague_us_objection: bool
    hague_status: str
    hague_note: str | None
    hague_source: str
    us_frc: bool | None
    us_frc_note: str | None
    us_frc_source: str
    prc_arrangement: str | None  # rule id of the arrangement (cn_hk..., cn_mo..., cn_tw...)
    prc_judgments_from: dt.date | None
    prc_scope: str | None
    apostille: bool | None
    apostille_from: dt.date | None
    apostille_status: str | None
    notes: str | None

    @property
    def eu_member(self) -> bool:
        return self.hague_source.startswith("EU approval")

    def convention_with_us(self, on: dt.date | None = None) -> bool | None:
        """Is the Hague 2007 Convention in force between this place and the US on `on`?"""
        if self.hague_with_us is not True:
            return self.hague_with_us
        if on is not None and self.hague_with_us_from is not None:
            return on >= self.hague_with_us_from
        return True

    def title(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def _date(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


@cache
def all_countries() -> dict[str, Country]:
    text = (resources.files("supportcase.law") / "countries.yaml").read_text("utf-8")
    raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    defaults = raw["defaults"]
    as_of = _date(defaults["as_of"]) or dt.date.min
    out: dict[str, Country] = {}
    for entry in raw["countries"]:
        hague = entry.get("hague_2007") or {}
        frc = entry.get("us_frc") or {}
        prc = entry.get("prc") or {}
        apo = entry.get("apostille") or {}
        note = frc.get("note") or (f"declared {frc['declared']}" if frc.get("declared") else None)
        out[entry["code"]] = Country(
            code=entry["code"], name=entry["name"], name_zh=entry["name_zh"],
            as_of=_date(entry.get("as_of")) or as_of,
            hague_party=hague.get("party"), hague_in_force=_date(hague.get("entry_into_force")),
            hague_with_us=hague.get("with_us"), hague_with_us_from=_date(hague.get("with_us_from")),
            hague_us_objection=bool(hague.get("us_objection", False)),
            hague_status=hague.get("status", "unverified"), hague_note=hague.get("note"),
            hague_source=defaults["hague_source"],
            us_frc=frc.get("frc"), us_frc_note=note, us_frc_source=defaults["frc_source"],
            prc_arrangement=prc.get("arrangement"),
            prc_judgments_from=_date(prc.get("judgments_from")), prc_scope=prc.get("scope"),
            apostille=apo.get("party"), apostille_from=_date(apo.get("from")),
            apostille_status=apo.get("status"), notes=entry.get("notes"))
    eu_in_force = dt.date(2014, 8, 1)
    us_from = dt.date(2017, 1, 1)
    for code, member in raw["eu_members"].items():
        declared = member.get("frc_declared")
        out[code] = Country(
            code=code, name=member["name"], name_zh=member["name_zh"], as_of=as_of,
            hague_party=True, hague_in_force=eu_in_force, hague_with_us=True,
            hague_with_us_from=us_from, hague_us_objection=False, hague_status="verified",
            hague_note="Bound through the EU's approval (in force 2014-08-01)",
            hague_source=raw["sources"]["eu_approval"],
            us_frc=bool(member.get("frc", False)),
            us_frc_note=f"declared {declared}" if declared else None,
            us_frc_source=defaults["frc_source"], prc_arrangement=None,
            prc_judgments_from=None, prc_scope=None, apostille=None, apostille_from=None,
            apostille_status=None, notes=None)
    return out


_ALIASES = {"US-CA": "US", "CN-HK": "HK", "CN-MO": "MO", "CN-TW": "TW", "UK": "GB",
            "PRC": "CN", "HONG KONG": "HK", "MACAU": "MO", "MACAO": "MO"}


def normalize_code(code: str) -> str:
    """"us-ca" → "US", "DEU" → "DE", "Germany" → "DE"; unknown strings come back upper-cased."""
    text = code.strip().upper()
    if text in _ALIASES:
        return _ALIASES[text]
    if text.startswith("US-"):
        return "US"
    if text.startswith("CN-"):  # a Mainland province (ISO 3166-2, CN-GD); HK/MO/TW are aliases
        return "CN"
    if _SUBDIVISION.fullmatch(text):  # any other state or region (DE-BY): its country
        return text[:2]
    if len(text) == 2:
        return text
    import pycountry

    try:
        found = pycountry.countries.lookup(code.strip())
    except LookupError:
        return text
    return str(found.alpha_2)


# What a state or region code looks like (ISO 3166-2: US-CA, CN-GD, CN-HK).
_SUBDIVISION = re.compile(r"[A-Za-z]{2}-[A-Za-z0-9]{1,3}")


@cache
def _subdivisions() -> dict[str, str]:
    """Every state or region ISO 3166-2 lists, by code, with its ISO name."""
    import pycountry

    return {str(s.code).upper(): str(s.name) for s in pycountry.subdivisions}


def is_subdivision(code: str) -> bool:
    """Is `code` a state or region ISO 3166-2 lists ("US-CA", "cn-gd"; not "US-XX")?"""
    return code.strip().upper() in _subdivisions()


def check_place(code: str) -> str:
    """`code` as written, unless it names no place: a state or region code (two letters, a
    hyphen, up to three letters or digits) that ISO 3166-2 does not list — `normalize_code`
    would take "US-XX" for the US and "CN-ZZ" for the Mainland — or a country code or name
    neither our data nor ISO 3166 knows ("ZZ"), which every later step would stop on."""
    if _SUBDIVISION.fullmatch(code.strip()) and not is_subdivision(code):
        raise ValueError(
            f"'{code.strip()}' is not a state or region ISO 3166-2 lists; write one that "
            "exists (US-CA, US-NY, CN-GD) or the country's two letters (US, CN)")
    try:
        country(code)
    except NotFound:
        raise ValueError(
            f"'{code.strip()}' is not a country ISO 3166 lists; write its two letters "
            "(DE, US, CN, HK) or a state or region code (US-CA)") from None
    return code


# ISO 3166-2 names a Mainland province with its kind ("Guangdong Sheng"); English readers
# know it without ("Guangdong").
_CN_KINDS = (" Sheng", " Shi", " Zizhiqu", " Huizu Zizhiqu", " Zhuangzu Zizhiqu",
             " Weiwu'er Zizhiqu", " Zangzu Zizhiqu")


@cache
def place_name(code: str, lang: str = "en") -> str:
    """A place code as a reader says it: "California, United States" / "美国加利福尼亚州",
    "Guangdong, China (Mainland)" / "广东省", "Hong Kong SAR" / "中国香港". A code no
    data names comes back as written."""
    import gettext

    import pycountry

    text = code.strip()
    try:
        entry = country(text)
    except NotFound:
        return text
    nation = entry.name_zh if lang == "zh" else entry.name
    if lang == "zh" and entry.name_zh == entry.name:  # no Chinese name in our data
        found = pycountry.countries.get(alpha_2=entry.code)
        if found is not None:
            nation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"],
                                         fallback=True).gettext(found.name)
    region = _subdivisions().get(text.upper())
    if region is None or normalize_code(text) != text.upper()[:2]:
        return nation  # a country, or a code kept as a system of its own (CN-HK is Hong Kong)
    if lang == "zh":
        local = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["zh_CN"],
                                    fallback=True).gettext(region)
        return local if entry.code == "CN" else f"{nation}{local}"  # 广东省, 美国加利福尼亚州
    if text.upper().startswith("CN-"):
        region = next((region[:-len(k)] for k in _CN_KINDS if region.endswith(k)), region)
    return f"{region}, {nation}"


def country(code: str) -> Country:
    """The entry for a place; places we have no data for get an explicit 'unknown' entry."""
    norm = normalize_code(code)
    known = all_countries()
    if norm in known:
        return known[norm]
    import pycountry

    found = pycountry.countries.get(alpha_2=norm)
    if found is None:
        raise NotFound(f"'{code}' is not a country code we know (use ISO alpha-2, e.g. DE)")
    return Country(code=norm, name=str(found.name), name_zh=str(found.name), as_of=dt.date.min,
                   hague_party=None, hague_in_force=None, hague_with_us=None,
                   hague_with_us_from=None, hague_us_objection=False, hague_status="unknown",
                   hague_note="No data in supportcase; check the HCCH status table.",
                   hague_source="none", us_frc=None, us_frc_note=None, us_frc_source="none",
                   prc_arrangement=None, prc_judgments_from=None, prc_scope=None,
                   apostille=None, apostille_from=None, apostille_status=None, notes=None)
