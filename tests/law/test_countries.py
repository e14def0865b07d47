"""Countries data (law/countries.yaml): Hague 2007 status with the US, FRC, PRC arrangements."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from supportcase.casefile import parse_casefile
from supportcase.errors import NotFound
from supportcase.law.countries import all_countries, country, normalize_code
from supportcase.law.instruments import classify


def test_prc_is_not_a_hague_2007_party() -> None:
    cn = country("CN")
    assert cn.hague_party is False and cn.convention_with_us() is False
    assert cn.us_frc is False


def test_germany_through_the_eu_in_force_with_the_us_from_2017() -> None:
    de = country("DEU")
    assert de.hague_party and de.hague_in_force == dt.date(2014, 8, 1)
    assert de.convention_with_us(dt.date(2016, 12, 31)) is False
    assert de.convention_with_us(dt.date(2017, 1, 1)) is True


def test_norway_keeps_its_entry_though_yaml_reads_a_bare_no_as_false() -> None:
    # countries.yaml: Norway, a Contracting Party from 2013-01-01, in force with the US from
    # 2017-01-01 and a US foreign reciprocating country (us-hague.md §4.1–4.2).
    no = country("NO")
    assert (no.name, no.hague_party, no.hague_in_force, no.us_frc) == \
        ("Norway", True, dt.date(2013, 1, 1), True)
    assert no.convention_with_us(dt.date(2017, 1, 1)) is True
    assert all(isinstance(code, str) and code == entry.code
               for code, entry in all_countries().items())


def test_a_state_or_region_is_its_countrys_entry() -> None:
    # Bavaria (DE-BY, ISO 3166-2) is in Germany: bound by the 2007 Convention through the EU.
    # It was "not a country code we know", which stopped the route planner for the case.
    assert country("DE-BY") == country("DE") and normalize_code("de-by") == "DE"
    assert country("AU-NSW").code == "AU"


@pytest.mark.parametrize("code", ["GY", "KZ"])
def test_us_objection_means_no_convention_relations(code: str) -> None:
    assert country(code).hague_party is True
    assert country(code).convention_with_us() is False
    assert country(code).hague_us_objection


def test_unknown_us_position_is_none_not_a_guess() -> None:
    assert country("BW").convention_with_us() is None


def test_reciprocating_countries_and_regions() -> None:
    assert country("AU").us_frc is True and country("AU").hague_party is False
    assert country("HK").prc_arrangement == "cn_hk.family_judgments.arrangement"
    assert country("HK").prc_judgments_from == dt.date(2022, 2, 15)
    assert country("US-CA").code == "US"


def test_every_entry_has_an_as_of_date_and_source() -> None:
    for entry in all_countries().values():
        assert entry.as_of >= dt.date(2026, 1, 1)
        assert entry.hague_source and entry.us_frc_source


def test_unknown_code() -> None:
    assert country("ZA").hague_status == "unknown"
    with pytest.raises(NotFound):
        country("XX")


@pytest.mark.parametrize(("written", "place"), [
    ("CN-GD", "CN"), ("cn-44", "CN"), ("CN-HK", "HK"), ("CN-MO", "MO"), ("CN-TW", "TW"),
    ("US-CA", "US"), ("DEU", "DE")])
def test_subdivision_codes_name_their_country(written: str, place: str) -> None:
    """ISO 3166-2 writes a Mainland province as CN-GD (and HK, MO, TW as CN-HK …). Before,
    "CN-GD" was taken for an unknown place, and an order from it for Grenada's ("GD")."""
    assert normalize_code(written) == place


def test_an_order_from_a_mainland_province_is_a_prc_judgment() -> None:
    data = {"version": 1, "case": {"title": "gd", "order_jurisdiction": "CN-GD"},
            "obligations": [{"id": "main", "basis": {"type": "judgment", "date": "2020-01-01"},
                             "amount": "1000.00", "currency": "CNY", "due_day": 1,
                             "start": "2020-01-01"}]}
    instrument = classify(parse_casefile(yaml.safe_dump(data)))
    assert (instrument.kind, instrument.origin) == ("effective_judgment", "CN")


@pytest.mark.parametrize(("code", "en", "zh"), [
    ("US-CA", "California, United States", "美国加利福尼亚州"),
    ("us-ny", "New York, United States", "美国纽约州"),
    ("CN-GD", "Guangdong, China (Mainland)", "广东省"),  # ISO 3166-2 writes 'Guangdong Sheng'
    ("CN-XZ", "Xizang, China (Mainland)", "西藏自治区"),
    ("CN-HK", "Hong Kong SAR", "中国香港"),  # a system of its own, not a Mainland province
    ("DE-BY", "Bayern, Germany", "德国巴伐利亚"),
    ("NO", "Norway", "挪威"), ("KE", "Kenya", "肯尼亚"),  # KE: no entry in countries.yaml
    ("ZZ", "ZZ", "ZZ"),  # no place: as written
])
def test_a_place_code_is_named_in_the_readers_language(code, en, zh):
    from supportcase.law.countries import place_name

    assert (place_name(code, "en"), place_name(code, "zh")) == (en, zh)
