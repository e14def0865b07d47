"""Every rule file in the tree — ours and other areas' — carries a citation, a date and both
summaries (DESIGN: law as dated data). Reads the YAML files directly, so a file that the
loader would skip or mis-read still fails here."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from supportcase.bilingual import has_han
from supportcase.law.rules import default_rulebook, parse_rule

RULES_DIR = Path(__file__).parents[2] / "src" / "supportcase" / "law" / "rules"
RULE_FILES = sorted(p for p in RULES_DIR.rglob("*.yaml") if not p.name.startswith("_"))


def test_the_tree_is_not_empty() -> None:
    assert len(RULE_FILES) >= 60
    assert len(default_rulebook()) == len(RULE_FILES)


@pytest.mark.parametrize("path", RULE_FILES, ids=[str(p.relative_to(RULES_DIR)) for p in RULE_FILES])
def test_rule_has_citation_date_and_both_summaries(path: Path) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    where = str(path.relative_to(RULES_DIR))
    citation = data.get("citation") or {}
    assert str(citation.get("law", "")).strip(), f"{where}: no citation"
    versions = data.get("versions") or []
    assert versions and all(v.get("from") for v in versions), f"{where}: no effective date"
    summary = data.get("summary") or {}
    assert str(summary.get("en", "")).strip(), f"{where}: no English summary"
    assert str(summary.get("zh", "")).strip(), f"{where}: no Chinese summary"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in summary["zh"]), f"{where}: zh is not Chinese"
    title = data.get("title") or {}
    assert title.get("en") and title.get("zh"), f"{where}: title needs en and zh"
    assert data.get("sources"), f"{where}: no source"
    assert data.get("status") in ("settled", "disputed", "unverified")
    if data["status"] == "disputed":
        assert data.get("readings") or data.get("caveats"), f"{where}: disputed without readings"
    rule_id = ".".join(path.relative_to(RULES_DIR).with_suffix("").parts)
    parse_rule(path.read_text(encoding="utf-8"), rule_id=rule_id, source=where)


def test_no_rule_rests_on_a_float() -> None:
    """Rates and money are quoted strings (read with .decimal()), never floats."""
    def walk(value: object, where: str) -> None:
        assert not isinstance(value, float), f"{where}: float {value!r}; quote it"
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{where}.{k}")
        elif isinstance(value, list):
            for n, v in enumerate(value):
                walk(v, f"{where}[{n}]")

    for path in RULE_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for n, version in enumerate(data.get("versions", [])):
            walk(version.get("parameters", {}), f"{path.name} versions[{n}]")


def test_every_related_rule_exists() -> None:
    book = default_rulebook()
    for rule in book:
        for other in rule.related:
            assert other in book, f"{rule.id} relates to unknown rule {other}"


def test_prc_rule_citations_exist_in_the_statute_database() -> None:
    """A PRC statute article our rules cite must be in the statute database."""
    from supportcase.law import statutes
    from supportcase.law.citations import _section_base

    for rule in default_rulebook():
        cites = [rule.citation, *rule.also_cites]
        for citation in cites:
            law = statutes.find_law(citation.law)
            if law is None or not citation.article:
                continue
            if citation.version and "2023" not in citation.version and law.name.endswith("诉讼法"):
                continue  # an older CPL text: checked through the concordance instead
            for number in _section_base(citation.article):
                assert statutes.find_article(law.name, int(number)), (rule.id, citation.label())


def test_every_rule_id_named_in_the_law_code_exists() -> None:
    """Routes, deadlines and instruments name rules by id; a typo would drop a citation."""
    import re

    book = default_rulebook()
    src = Path(__file__).parents[2] / "src" / "supportcase" / "law"
    pattern = re.compile(r"[\"']((?:cn|cn_hk|cn_mo|cn_tw|us|hcch)\.[a-z0-9_]+(?:\.[a-z0-9_]+)+)[\"']")
    pinned = re.compile(r"[\"']((?:cn|cn_hk|cn_mo|cn_tw|us|hcch)\.[a-z0-9_.]+)#([0-9.]+)[\"']")
    for f in src.glob("*.py"):
        for m in pinned.finditer(f.read_text("utf-8")):
            rule = book.get(m.group(1))
            articles = {c.article for c in (rule.citation, *rule.also_cites)}
            assert m.group(2) in articles, f"{m.group(0)}: {rule.id} does not cite {m.group(2)}"
    named = {m.group(1) for f in src.glob("*.py") for m in pattern.finditer(f.read_text("utf-8"))}
    # prefixes used with startswith() are not rule ids
    named -= {"cn.enforcement", "cn.procedure"}
    # "rule.id.parameter" paths count when the rule has that parameter
    missing = sorted(n for n in named if n not in book and not any(
        r.id.startswith(n + ".") for r in book) and not (
        n.rpartition(".")[0] in book and any(n.rpartition(".")[2] in v.parameters
                                             for v in book.get(n.rpartition(".")[0]).versions)))
    assert not missing, missing
    assert len(named) > 50


def test_citation_labels_use_the_unit_of_their_legal_system() -> None:
    from supportcase.law.rules import Citation

    # PRC instruments cite articles (条), even the Civil Code and SPC interpretations whose
    # English names contain "Code"; US codes cite sections.
    assert Citation(law="中华人民共和国民法典", law_en="Civil Code of the PRC",
                    article="1085").label() == "Civil Code of the PRC art. 1085"
    assert Citation(law="California Family Code", law_en="Cal. Fam. Code",
                    article="4055").label() == "Cal. Fam. Code § 4055"


def test_an_english_named_law_states_its_version_in_chinese_for_a_chinese_reader() -> None:
    """CCP § 695.221 in a Chinese arrears statement: the code keeps its English name and the
    bill that amended it, the wording around them is Chinese — not "(as amended by AB 2669
    (Stats. 2004, ch. 305), operative 2009-01-01)". Every rule citing an English-named law
    with a version says that version in Chinese too."""
    from supportcase.law.rules import Citation

    book = default_rulebook()
    ccp = book.get("us.ca.allocation.support_payments").citation
    assert ccp.label() == ("California Code of Civil Procedure § 695.221 (as amended by "
                           "AB 2669 (Stats. 2004, ch. 305), operative 2009-01-01)")
    assert ccp.label_zh() == ("《加利福尼亚州民事诉讼法典》（California Code of Civil Procedure）"
                              "§ 695.221（经 AB 2669（Stats. 2004, ch. 305）修订，2009-01-01起施行）")
    for rule in book:
        for citation in (rule.citation, *rule.also_cites,
                         *(v.citation for v in rule.versions if v.citation)):
            if citation.version and not any("\u4e00" <= ch <= "\u9fff" for ch in citation.law):
                assert citation.version_zh, (rule.id, citation.version)
    # A PRC law is cited by its Chinese name alone, as before.
    assert Citation(law="中华人民共和国民事诉讼法", article="250",
                    version="2023 amendment").label_zh() == "《中华人民共和国民事诉讼法》第250条"


def test_a_law_outside_the_prc_is_named_in_chinese_with_its_own_name_kept() -> None:
    """A Chinese reader got "Cal. Fam. Code § 17400" and "42 U.S.C. § 666" as written; each
    such law the rules cite has a Chinese name (law/law_names_zh.yaml), shown with the
    English kept for checking. A law with no Chinese name listed (the 2007 Hague Convention,
    whose Chinese name no source here gives) keeps its own."""
    from supportcase.law.rules import Citation, law_names_zh

    names = law_names_zh()
    fam = Citation(law="California Family Code", law_en="Cal. Fam. Code", article="§ 4055")
    assert fam.label_zh() == "《加利福尼亚州家庭法典》（Cal. Fam. Code）§ 4055"
    usc = Citation(law="42 U.S.C.", article="666")
    assert usc.label_zh() == "《美国法典》第42编（42 U.S.C.）§ 666"
    hague = Citation(law="Convention on the International Recovery of Child Support and Other "
                     "Forms of Family Maintenance (HCCH, 23 November 2007)", article="Art. 10")
    assert hague.label_zh() == hague.label()
    cited = {c.law for rule in default_rulebook()
             for c in (rule.citation, *rule.also_cites) if not has_han(c.law)}
    assert {"California Family Code", "California Code of Civil Procedure", "42 U.S.C."} <= cited
    assert set(names) <= cited  # every name listed is one a rule cites (no stale entry)
