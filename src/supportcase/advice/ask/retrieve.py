"""Find what answers a question: rules, PRC statute articles and the case's own documents.

One question, three sources, one ranked list:

1. the question is cut into legal tokens (`tokenize`), and the glossary adds the statutes'
   own words for every term the question speaks of — this is how "Can the court take it out
   of his wages?" reaches 扣留、提取被执行人的收入 (an English question has no other way into
   Chinese statute text);
2. BM25 over the cached rules + statutes index (`index`) gives candidates;
3. candidates are re-ranked by how many of the question's legal terms an article covers and
   by a prior for the laws child-support cases are decided under (`glossary.yaml:
   domain_laws`); an article scoring under `STATUTE_SHARE_OF_BEST` of the best one is left
   out. Boosting the articles that matching rules cite was tried and measured
   worse on the dev questions (rules are shown beside the articles instead) — except for an
   order made elsewhere and enforced in the PRC, whose origin's recognition rules lead and
   whose articles (CPL arts. 298–300) then lead the articles found (`ORIGIN_ARTICLE_BONUS`);
4. the case's document chunks (with page numbers) are ranked separately with BM25 in memory.

An article named in the question itself (民法典第1085条, CPL 250) is fetched directly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from supportcase.advice.ask.glossary import Term, default_glossary
from supportcase.advice.ask.index import (
    Passage,
    SearchIndex,
    build_index,
    load_index,
    statute_passage_id,
)
from supportcase.advice.ask.tokenize import is_chinese, legal_tokens
from supportcase.bilingual import has_han

Language = Literal["en", "zh"]

# How much each part counts in the final score (tuned on the dev questions of
# bench/ask/questions.yaml; the held-out questions were not used).
QUESTION_WEIGHT = 1.0
GLOSSARY_WEIGHT = 0.6
BACKGROUND_WEIGHT = 0.3
BACKGROUND_COVERAGE = 0.25
COVERAGE_WEIGHT = 0.6
CANDIDATES = 300
# An article found by search is kept only when it scores at least this share of the best
# one: below it, an article shares the question's words more than its subject (Contract
# articles on 迟延履行 beside CPL art. 264 on interest). Set on the dev questions, where the
# lowest expected article in the first five scores 0.66 of the best; on the held-out ones
# the lowest is 0.69.
STATUTE_SHARE_OF_BEST = 0.65
# A question that names a legal system ("a Chinese court", 加州的判决) prefers that system's
# rules; rules of other systems keep this share of their score.
OTHER_SYSTEM_FACTOR = 0.75
_SYSTEMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("CN", re.compile(r"\b(china|chinese|prc|mainland)\b|中国|国内|内地|大陆", re.IGNORECASE)),
    ("US-CA", re.compile(r"\bcalifornia\b|\bdcss\b|\blcsa\b|\buifsa\b|加州|加利福尼亚",
                         re.IGNORECASE)),
    ("US", re.compile(r"\b(america|american|usa|u\.s\.|the us|united states)\b|美国",
                      re.IGNORECASE)),
    ("CN-HK", re.compile(r"\bhong kong\b|香港", re.IGNORECASE)),
    ("HCCH", re.compile(r"\bhague\b|海牙", re.IGNORECASE)),
)


# An order made outside the PRC, to be enforced there ("my California order … in China"): the
# PRC's rules on recognising a foreign order (CPL arts. 298–303, suing afresh) come first, the
# one written for orders of that country (cn.recognition.us_orders) before the others; an order
# of Hong Kong, Macao or Taiwan goes under the arrangement of its system (a rule of that
# jurisdiction on recognition). Rules on orders from elsewhere, and those on taking a PRC order
# abroad (CPL art. 297), are left out, the latter with the PRC articles only they rest on; for
# an order made in the PRC, the rules on foreign orders are.
RECOGNITION_RULES = "cn.recognition."
# …and the articles those rules rest on, where the search found them, come before the others
# (below an article named in the question, which scores 100).
ORIGIN_ARTICLE_BONUS = 10.0
OUTBOUND_RULES = ("cn.international.enforcement_abroad",)
_FOR_ORDERS_OF = re.compile(r"cn\.recognition\.([a-z]{2})_orders")


# A court named as where the order was made, not where to act: "a judgment from a German
# court", "issued by the Japanese courts", "the decision of a French court"; and "a German
# court order" (the noun, not "a German court order him to pay"), "a court judgment".
_ORIGIN_BEFORE = (r"(?<!from a )(?<!from an )(?<!from the )(?<!by a )(?<!by an )(?<!by the )"
                  r"(?<!of a )(?<!of an )(?<!of the )(?<!from )(?<!by )")
_ORDER_AFTER = (r"(?!\s+(?:judgments?|judgements?|decisions?|rulings?|decrees?"
                r"|orders?(?!\s+(?:him|her|them|me|us|my|his|the|that|to|a|an)\b))\b)")
# …and in Chinese: 德国法院判的, 德国法院作出的判决, 德国法院的判决, 香港法院的抚养令, 中国法院的抚养费判决
# (a few characters, none of them a step taken, between the court and the order).
_ZH_ORDER = r"(?:判决|裁定|裁决|抚养令|赡养令|命令|调解书)"
_ZH_NO_STEP = r"[^，。？！,?!执申承登认在]"
_ORIGIN_AFTER_ZH = rf"(?!判|作出|裁|下的|出具|的?{_ZH_NO_STEP}{{0,6}}?{_ZH_ORDER})"


# Where the question asks to act: a court or agency of that system ("a Chinese court",
# 人民法院, DCSS), a step taken there ("register it in California", 在加州申请执行), or its
# law ("California's interest", "does California charge", 加州的利率). Its rules
# come first even when the question also names where the order was made ("my Chinese
# judgment … in California"); a place only lived in ("he lives in California") is no forum.
_ACT_EN = r"\b(?:enforc\w*|regist\w*|fil(?:e|ed|ing)|apply|applied|collect\w*|sue|suing)\b[^.?!]{0,40}?"
_ACT_ZH = r"[^，。？！,?!]{0,12}?(?:申请|执行|登记|起诉|立案|承认|追讨)"
_FORUMS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("US-CA", re.compile(
        _ACT_EN + r"\bin\s+california\b|\bdcss\b|\blcsa\b|\bchild support services\b"
        r"|\bcalifornia(?:'s)?\s+(?:law|rules?|rates?|interest)\b"
        r"|\b(?:does|do|would|will|can)\s+california\b|加州(?:的)?(?:法律|规定|利率|利息)"
        r"|(?:在|到|去|向)(?:美国)?(?:加州|加利福尼亚州?)" + _ACT_ZH
        + r"|加州儿童抚养服务", re.IGNORECASE)),
    ("CN", re.compile(
        _ACT_EN + r"\bin\s+(?:china|the prc|(?:the\s+)?mainland(?:\s+china)?)\b"
        # "a judgment from a Chinese court" names where the order was made, not a forum.
        r"|(?<!from a )(?<!from the )(?<!by a )(?<!by the )\b(?:chinese|prc)\s+courts?\b"
        + _ORDER_AFTER + r"|\bpeople'?s courts?\b"
        r"|(?:在|到|去|向|回)(?:中国|国内|内地|大陆)" + _ACT_ZH
        + r"|人民法院|(?:中国|国内|内地)(?:的)?法院" + _ORIGIN_AFTER_ZH, re.IGNORECASE)),
    ("CN-HK", re.compile(
        _ACT_EN + r"\bin\s+hong kong\b|" + _ORIGIN_BEFORE + r"\bhong kong courts?\b"
        + _ORDER_AFTER + r"|(?:在|到|去|向)香港" + _ACT_ZH + r"|香港(?:的)?法院"
        + _ORIGIN_AFTER_ZH, re.IGNORECASE)),
)


# A country with none of its own law here (Germany, 德国), named as where to act: the answer
# keeps the rules on taking an order across a border and says what the country data hold.
_OWN_LAW = frozenset({"CN", "HK", "MO", "TW", "US"})
CROSS_BORDER_RULES = ("cn.international.", "hcch.2007.", "us.federal.frc",
                      "us.ca.uifsa.foreign_country")


@dataclass(frozen=True)
class _PlaceWords:
    """Every word naming a country whose law is not here, read into one placeholder each."""

    pattern: re.Pattern[str]
    names: dict[str, str]  # lower-cased word → placeholder (⟦DE⟧ or ⟦DE:adj⟧)
    codes: tuple[str, ...]


@cache
def _places_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((resources.files(__package__) / "places.yaml")
                                          .read_text(encoding="utf-8"))
    return data


@cache
def _mainland_words() -> tuple[str, str]:
    """The Mainland's provinces and cities of `places.yaml` as regex alternations, longest
    first: (English, Chinese)."""
    data = _places_data().get("mainland") or {}

    def alternation(words: Sequence[Any]) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))

    return alternation(data.get("names") or ()), alternation(data.get("zh") or ())


@cache
def _mainland_forum() -> re.Pattern[str]:
    """Acting in a place in the Mainland ("enforce it in Shenzhen", "a Beijing court",
    在深圳申请执行, 广东的法院) is acting in the PRC; "my Beijing judgment", 北京的法院判的 and
    "he moved to Shenzhen" are not."""
    en, zh = _mainland_words()
    return re.compile(
        _ACT_EN + rf"\bin\s+(?:{en})\b"
        rf"|{_ORIGIN_BEFORE}\b(?:{en})\s+courts?\b{_ORDER_AFTER}"
        rf"|(?:在|到|去|向|回)(?:{zh})[市省]?" + _ACT_ZH
        + rf"|(?:{zh})[市省]?的?[\u4e00-\u9fff]{{0,6}}?法院{_ORIGIN_AFTER_ZH}", re.IGNORECASE)


# Where the order was made: "my California support order", "a German court order", "the
# Chinese judgment", "a judgment from a Hong Kong court", "an order made in California",
# 我在加州有抚养费判决, 香港法院的抚养令, 德国法院判的, 我的北京判决.
_ORDER_EN = (r"(?:orders?|judgments?|judgements?|decrees?|decisions?|rulings?|awards?)\b"
             r"(?!\s+(?:him|her|them|me|my|his|the|that|to|a|an)\b)")
_ORIGIN_WORDS: tuple[tuple[str, str, str], ...] = (
    ("CN", r"china|chinese|prc|mainland", r"中国|国内|内地|大陆"),
    ("US-CA", r"california|californian|los angeles", r"加州|加利福尼亚州?|洛杉矶"),
    ("US", r"(?-i:US)|u\.s\.|usa|united states|american", r"美国"),
    ("CN-HK", r"hong kong", r"香港"),
    ("CN-MO", r"macao|macau|macanese", r"澳门"),
    ("CN-TW", r"taiwan|taiwanese", r"台湾"),
)


def _origin_pattern(en: str, zh: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:my|a|an|the|this|that|his|her|our|their)\s+(?:{en})(?!\w)(?:'s)?\s+"
        rf"(?:[a-z-]+\s+){{0,3}}?{_ORDER_EN}"
        rf"|\b{_ORDER_EN}\s+(?:[a-z-]+\s+){{0,2}}?(?:from|by|of|(?:issued|made|granted|entered)"
        rf"\s+(?:by|in))\s+(?:an?\s+|the\s+)?(?:{en})(?!\w)"
        rf"|(?:{zh})[市省州]?的?(?:[\u4e00-\u9fff]{{0,6}}?法院)?{_ZH_NO_STEP}{{0,6}}?"
        rf"(?:{_ZH_ORDER}|判的|判了|下的)", re.IGNORECASE)


@cache
def _origin_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    en, zh = _mainland_words()
    patterns = [(code, _origin_pattern(words_en + (f"|{en}" if code == "CN" else ""),
                                       words_zh + (f"|{zh}" if code == "CN" else "")))
                for code, words_en, words_zh in _ORIGIN_WORDS]
    for code in _place_words().codes:
        either = rf"{re.escape(f'⟦{code}⟧')}|{re.escape(f'⟦{code}:adj⟧')}"
        patterns.append((code, _origin_pattern(either, re.escape(f"⟦{code}⟧"))))
    return tuple(patterns)


def origins_named(question: str) -> set[str]:
    """The systems (CN, US-CA, US, CN-HK, CN-MO, CN-TW) or countries (ISO codes) where the
    question says the order was made, with US for California."""
    text = _place_text(question)
    named = {code for code, pattern in _origin_patterns() if pattern.search(text)}
    if "US-CA" in named:
        named.add("US")
    return named


@cache
def _place_words() -> _PlaceWords:
    """The names of `law/countries.yaml` (English, Chinese), pycountry's and babel's (CLDR)
    names for them, and the other names and adjectives of this package's `places.yaml`."""
    import pycountry
    from babel import Locale

    from supportcase.law.countries import all_countries

    data = _places_data()
    extra: dict[str, Any] = data.get("places") or {}
    en, zh = Locale.parse("en"), Locale.parse("zh_Hans")
    names: dict[str, str] = {str(w).lower(): "⟦⟧" for w in data.get("mask") or ()}
    codes = []
    for code, place in all_countries().items():
        if code in _OWN_LAW:
            continue
        codes.append(code)
        own = extra.get(code) or {}
        found = pycountry.countries.get(alpha_2=code)
        words = [place.name, place.name_zh, en.territories.get(code), zh.territories.get(code),
                 *(getattr(found, a, None) for a in ("name", "common_name", "official_name")),
                 *own.get("names", ()), *own.get("zh", ())]
        for word in words:
            if word:
                names.setdefault(str(word).lower(), f"⟦{code}⟧")
        for word in own.get("adjectives", ()):
            names.setdefault(str(word).lower(), f"⟦{code}:adj⟧")
    # Longest first: "Northern Ireland" before "Ireland", "North Korea" before "Korea".
    # Chinese words stand between other characters, English ones only as whole words.
    ordered = sorted(names, key=len, reverse=True)
    english = "|".join(re.escape(w) for w in ordered if not has_han(w))
    chinese = "|".join(re.escape(w) for w in ordered if has_han(w))
    pattern = re.compile(rf"(?<!\w)(?:{english})(?!\w)|{chinese}", re.IGNORECASE)
    return _PlaceWords(pattern, names, tuple(codes))


def _place_text(question: str) -> str:
    """The question with each country's words read into its placeholder."""
    words = _place_words()
    return words.pattern.sub(lambda m: words.names[m.group().lower()], question)


@cache
def _place_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    patterns = []
    for code in _place_words().codes:
        name = re.escape(f"⟦{code}⟧")
        either = rf"(?:{name}|{re.escape(f'⟦{code}:adj⟧')})"
        patterns.append((code, re.compile(
            _ACT_EN + rf"\bin\s+(?:the\s+)?{name}"
            rf"|{_ORIGIN_BEFORE}{either}(?:'s)?\s+(?:courts?\b{_ORDER_AFTER}|law\b"
            r"|authorit(?:y|ies)\b|central authority\b|agenc(?:y|ies)\b)"
            rf"|{_ORIGIN_BEFORE}\b(?:courts?|authorit(?:y|ies)|agenc(?:y|ies))\s+(?:of|in)\s+"
            rf"(?:the\s+)?{name}"
            rf"|\b(?:send|sent|transmit\w*|forward\w*|refer\w*)\b[^.?!]{{0,40}}?\bto\s+"
            rf"(?:the\s+)?{name}"
            rf"|(?:在|到|去|向){name}" + _ACT_ZH
            + rf"|{name}(?:的)?(?:法院{_ORIGIN_AFTER_ZH}|法律|中央机关)"
            rf"|(?:转|转递|转交|寄|送)(?:到|至|往|给){name}",
            re.IGNORECASE)))
    return tuple(patterns)


def places_named(question: str) -> set[str]:
    """Countries without law of their own here that a question asks to act in ("enforce it in
    Germany", "a Japanese court", 在德国申请执行, 在澳洲执行); a country only lived in, or
    where the order was made ("my German judgment", "a judgment from a German court"), is
    not one."""
    text = _place_text(question)
    return {code for code, pattern in _place_patterns() if pattern.search(text)}


def forums_named(question: str) -> set[str]:
    """The systems a question asks to act in (see `_FORUMS`), with US for California."""
    named = {code for code, pattern in _FORUMS if pattern.search(question)}
    if _mainland_forum().search(question):
        named.add("CN")
    if "US-CA" in named:
        named.add("US")
    return named


def systems_named(question: str) -> set[str]:
    """The legal systems a question names (CN, US-CA, US, CN-HK, HCCH)."""
    named = {code for code, pattern in _SYSTEMS if pattern.search(question)}
    if "US-CA" in named:
        named.add("US")  # California is also under US federal law
    return named


def _system_matches(jurisdiction: str, named: set[str]) -> bool:
    return not named or any(jurisdiction == n or jurisdiction.startswith(n + "-")
                            or n.startswith(jurisdiction + "-") for n in named)


# Hong Kong, Macao and Taiwan are legal systems of their own: acting there, the PRC's rules on
# its own courts do not apply, as US federal law does in California.
_OWN_SYSTEMS = ("CN-HK", "CN-MO", "CN-TW")


def _forum_matches(jurisdiction: str, forum: set[str]) -> bool:
    return any(jurisdiction == n or jurisdiction.startswith(n + "-")
               or (n.startswith(jurisdiction + "-") and n not in _OWN_SYSTEMS) for n in forum)


def _orders_from(rule_id: str) -> str | None:
    """Whose orders a PRC rule of recognition is for: a system of its own (CN-HK), a country
    (US for cn.recognition.us_orders), "foreign" for any foreign order; None for other rules."""
    from supportcase.law.rules import default_rulebook

    rule = default_rulebook().get(rule_id)
    if rule.jurisdiction in _OWN_SYSTEMS and rule.topic == "recognition":
        return rule.jurisdiction
    match = _FOR_ORDERS_OF.fullmatch(rule_id)
    if match:
        return match.group(1).upper()
    return "foreign" if rule_id.startswith(RECOGNITION_RULES) else None


def _rests_on(rule_id: str) -> set[tuple[str, str]]:
    """The provisions (law, article) a rule cites, whether or not the statute database holds
    them."""
    from supportcase.law.rules import default_rulebook

    rule = default_rulebook().get(rule_id)
    return {(c.law, c.article or "") for c in (rule.citation, *rule.also_cites)}


def _origin_order(hits: Sequence[Hit], origins: set[str], rule_passages: Sequence[Passage],
                  ) -> tuple[list[Hit], list[str], list[str]]:
    """Rules for an order made in `origins` (outside the PRC) and enforced in the PRC: those
    written for that origin first, then those resting on the same provisions, then the other
    rules on foreign orders (none for a system of its own), then the rest as ranked; the ids
    of the first two kinds (whose articles lead); the ids left out (rules on orders of
    elsewhere, on taking a PRC order abroad)."""
    wanted = {o.split("-")[0] if o.startswith("US") else o for o in origins}
    own_system = wanted <= set(_OWN_SYSTEMS)
    scored = {h.passage.id: h for h in hits}
    tiers: dict[str, int] = {}
    left_out: list[str] = []
    for passage in rule_passages:
        source = _orders_from(passage.id)
        if passage.id.startswith(OUTBOUND_RULES) or (
                source is not None and source not in wanted
                and not (source == "foreign" and not own_system)):
            left_out.append(passage.id)
        elif source in wanted:
            tiers[passage.id] = 0
        elif source == "foreign":
            tiers[passage.id] = 2
    # The provisions a rule written for one origin's orders rests on are the general route's:
    # the rules resting on them come next; with no rule for this origin, those of the rules
    # for other countries' orders (a German order: the general route and suing afresh before
    # the divorce-recognition procedure and the period).
    firsts = [i for i, tier in tiers.items() if tier == 0] or [
        p.id for p in rule_passages
        if (other := _orders_from(p.id)) not in (None, "foreign") and other not in _OWN_SYSTEMS]
    anchors = set().union(*(_rests_on(i) for i in firsts))
    for rule_id, tier in tiers.items():
        if tier == 2 and _rests_on(rule_id) & anchors:
            tiers[rule_id] = 1
    chosen = [Hit(p, scored[p.id].score if p.id in scored else 0.0, "origin")
              for p in rule_passages if p.id in tiers]
    chosen.sort(key=lambda h: (tiers[h.passage.id], -h.score))
    rest = [h for h in hits if h.passage.id not in tiers and h.passage.id not in left_out]
    leading = [i for i, tier in tiers.items() if tier < 2]
    return [*chosen, *rest], leading, left_out


@dataclass(frozen=True)
class Hit:
    """A passage with its score and how it was found."""

    passage: Passage
    score: float
    via: str  # "search", "rule", "cited in question", "origin" (for where the order was made)


@dataclass(frozen=True)
class Retrieval:
    question: str
    language: Language
    terms: tuple[Term, ...]
    rules: tuple[Hit, ...]
    statutes: tuple[Hit, ...]
    documents: tuple[Hit, ...] = field(default_factory=tuple)
    # The question asks to act outside the PRC (DCSS, "register it in California"): the PRC
    # statute database was not searched.
    abroad: bool = False
    # Countries with none of their own law here that the question asks to act in (ISO codes).
    places: tuple[str, ...] = ()
    # Where the question says the order was made (`origins_named`).
    origins: tuple[str, ...] = ()

    def top_articles(self, k: int = 5) -> list[tuple[str, int]]:
        return [(h.passage.law or "", h.passage.article or 0) for h in self.statutes[:k]]


@dataclass(frozen=True)
class DocumentPage:
    """Text of one page of a case document (from intake), for chunking."""

    document: str  # document id
    title: str
    page: int
    text: str


@cache
def domain_law_priors() -> dict[str, float]:
    text = (resources.files(__package__) / "glossary.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    return {str(k): float(v) for k, v in (data.get("domain_laws") or {}).items()}


def query_weights(question: str, terms: Sequence[Term]) -> dict[str, float]:
    """Weighted query tokens: the question's own words, then the glossary's statute words."""
    weights: dict[str, float] = {}
    for token in legal_tokens(question):
        weights[token] = max(weights.get(token, 0.0), QUESTION_WEIGHT)
    background: set[str] = set()
    for term in terms:
        words = term.statute_words
        if term.background:
            background.update(t for w in (*words, *term.say) for t in legal_tokens(w))
            continue
        for word in words:
            for token in legal_tokens(word):
                weights[token] = max(weights.get(token, 0.0), GLOSSARY_WEIGHT)
    for token in background:
        if token not in weights or weights[token] == QUESTION_WEIGHT:
            weights[token] = BACKGROUND_WEIGHT
    return weights


def _coverage(text: str, terms: Sequence[Term], *, english: bool = False) -> float:
    """Share of the question's legal terms that the article speaks of; the scene-setting
    (background) terms count a quarter as much as the asked ones. `english`: a term counts
    in a rule's English too — for a question asking to act outside the PRC, whose rules'
    Chinese has few of the PRC statutes' words (on PRC questions it let foreign rules in)."""
    asked = [t for t in terms if not t.background]
    scene = [t for t in terms if t.background]
    weight = len(asked) + BACKGROUND_COVERAGE * len(scene)
    if not weight:
        return 0.0
    lowered = text.lower() if english else ""

    def speaks_of(term: Term) -> bool:
        return (any(w in text for w in term.statute_words)
                or (english and any(re.search(rf"\b{re.escape(w)}", lowered) for w in term.en)))

    covered = sum(1 for t in asked if speaks_of(t))
    covered_scene = sum(1 for t in scene if speaks_of(t))
    return (covered + BACKGROUND_COVERAGE * covered_scene) / weight


def _rule_system(rule_id: str) -> str:
    from supportcase.law.rules import default_rulebook

    return default_rulebook().get(rule_id).jurisdiction


def rule_citations(rule_id: str) -> list[tuple[str, int]]:
    """(law, article) pairs a rule rests on, for the laws the statute database holds."""
    from supportcase.law.rules import default_rulebook
    from supportcase.law.statutes import find_law

    rule = default_rulebook().get(rule_id)
    # The rule's main citation and the further provisions it rests on; older versions cite
    # renumbered articles and are left out.
    found: list[tuple[str, int]] = []
    for citation in (rule.citation, *rule.also_cites):
        law = find_law(citation.law)
        match = re.match(r"\d+", citation.article or "")
        if law and match:
            found.append((law.name, int(match.group())))
    return found


def _direct_citations(question: str) -> list[tuple[str, int]]:
    from supportcase.law import citations

    found: list[tuple[str, int]] = []
    for check in citations.check_text(question):
        match = re.match(r"\d+", check.article or "")
        if check.system == "cn" and check.status == "valid" and check.law and match:
            found.append((check.law, int(match.group())))
    return found


def retrieve(question: str, *, index: SearchIndex | None = None,
             pages: Sequence[DocumentPage] = (), k: int = 10) -> Retrieval:
    """Rules, statute articles and document chunks for a question, best first."""
    import numpy as np

    idx = index or load_index()
    terms = tuple(default_glossary().matches(question))
    weights = query_weights(question, terms)
    raw = idx.scores(weights)
    order = np.argsort(-raw)[:CANDIDATES]
    top = float(raw[order[0]]) if len(order) and raw[order[0]] > 0 else 1.0
    priors = domain_law_priors()
    places = places_named(question)
    origins = origins_named(question)
    forum = forums_named(question) | places
    if forum:  # a Hague question asked of DCSS keeps the Convention's rules
        forum |= systems_named(question) & {"HCCH"}
    # Rules of the named forum come first; asked to act in a country whose law is not here,
    # those of the system the order comes from ("my Chinese judgment … in Germany").
    named = (forum - places) or systems_named(question)
    abroad = bool(forum) and "CN" not in forum
    # Every rule is scored, not only those among the best candidates: the rules are few, and
    # thousands of statute articles share the words of a question about California.
    taken = {int(i) for i in order}
    candidates = [*order, *(i for i in idx.rule_rows if i not in taken)]

    rules: list[Hit] = []
    statute_scores: dict[int, tuple[float, str]] = {}
    for i in candidates:
        score = float(raw[i])
        if score <= 0:
            continue
        passage = idx.passages[int(i)]
        base = score / top
        if passage.kind == "rule":
            rule_score = base + COVERAGE_WEIGHT * _coverage(passage.text, terms, english=abroad)
            if not _system_matches(_rule_system(passage.id), named):
                rule_score *= OTHER_SYSTEM_FACTOR
            rules.append(Hit(passage, rule_score, "search"))
        elif passage.kind == "statute":
            final = (base + COVERAGE_WEIGHT * _coverage(passage.text, terms)
                     + priors.get(passage.law or "", 0.0))
            statute_scores[int(i)] = (final, "search")

    rules.sort(key=lambda h: -h.score)
    if forum:
        # A question that asks to act in one system gets that system's rules (a question to
        # DCSS about interest is not answered with the PRC's doubled interest); the others
        # only when none of its own matched.
        # A country whose law is not here keeps the cross-border rules only: the PRC's own
        # enforcement rules would answer a question about Germany wrongly.
        own = forum - places
        kept = [h for h in rules
                if (own and _forum_matches(_rule_system(h.passage.id), own))
                or (places and h.passage.id.startswith(CROSS_BORDER_RULES))]
        rules = kept if kept or places else rules
        if abroad:
            # The statute database holds PRC law only: for acting elsewhere, PRC articles
            # sharing the question's words answer nothing (one the question names still comes).
            statute_scores.clear()
    foreign = origins - {"CN"}
    left_out: list[str] = []
    leading: set[tuple[str, int]] = set()  # articles the rules for the order's origin rest on
    if foreign and "CN" in forum and not abroad:
        rule_passages = [idx.passages[i] for i in idx.rule_rows]
        rules, first_rules, left_out = _origin_order(rules, foreign, rule_passages)
        leading = {a for i in first_rules for a in rule_citations(i)}
    elif origins == {"CN"}:
        # An order made in the PRC is no foreign order: the PRC's rules on recognising those
        # (cn.recognition.us_orders came for "the Chinese judgment … enforced abroad").
        left_out = [h.passage.id for h in rules
                    if _orders_from(h.passage.id) not in (None, *_OWN_SYSTEMS)]
        rules = [h for h in rules if h.passage.id not in left_out]
    if left_out:
        kept_articles = {a for h in rules for a in rule_citations(h.passage.id)}
        dropped = {a for i in left_out if i.startswith(OUTBOUND_RULES)
                   for a in rule_citations(i)} - kept_articles
        statute_scores = {i: hit for i, hit in statute_scores.items()
                          if (idx.passages[i].law, idx.passages[i].article) not in dropped}
    if statute_scores:
        best = max(score for score, _ in statute_scores.values())
        # Found articles the rules for the order's origin rest on come first (CPL arts.
        # 298–300 for a US order in the PRC, before art. 247 on enforcing PRC judgments).
        statute_scores = {
            i: (score + ORIGIN_ARTICLE_BONUS, "origin") if lead else (score, via)
            for i, (score, via) in statute_scores.items()
            if (lead := (idx.passages[i].law, idx.passages[i].article) in leading)
            or score >= STATUTE_SHARE_OF_BEST * best}
    for law, number in _direct_citations(question):
        j = idx.by_id.get(statute_passage_id(law, number))
        if j is not None:
            statute_scores[j] = (100.0, "cited in question")

    statutes = sorted((Hit(idx.passages[j], s, via) for j, (s, via) in statute_scores.items()),
                      key=lambda h: -h.score)
    documents = rank_documents(question, pages, weights) if pages else []
    return Retrieval(question=question, language="zh" if is_chinese(question) else "en",
                     terms=terms, rules=tuple(rules[:k]), statutes=tuple(statutes[:k]),
                     documents=tuple(documents[:k]), abroad=abroad,
                     places=tuple(sorted(places)), origins=tuple(sorted(origins)))


# ---- the case's own documents -------------------------------------------------------------

CHUNK_CHARS = 400


def chunk_pages(pages: Sequence[DocumentPage]) -> list[Passage]:
    """Split each page into paragraph-sized chunks that keep their page number."""
    chunks: list[Passage] = []
    for page in pages:
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n(?=\s)", page.text) if p.strip()]
        buffer = ""
        n = 0
        for paragraph in paragraphs or [page.text]:
            if buffer and len(buffer) + len(paragraph) > CHUNK_CHARS:
                n += 1
                chunks.append(_chunk(page, n, buffer))
                buffer = ""
            buffer = f"{buffer}\n{paragraph}".strip()
        if buffer:
            n += 1
            chunks.append(_chunk(page, n, buffer))
    return chunks


def _chunk(page: DocumentPage, n: int, text: str) -> Passage:
    return Passage(kind="document", id=f"{page.document}#p{page.page}#{n}",
                   title=f"{page.title}, p. {page.page}", text=text, document=page.document,
                   page=page.page)


def rank_documents(question: str, pages: Sequence[DocumentPage],
                   weights: dict[str, float] | None = None) -> list[Hit]:
    chunks = chunk_pages(pages)
    if not chunks:
        return []
    small = build_index(chunks)
    scores: Any = small.scores(weights or query_weights(question, default_glossary()
                                                         .matches(question)))
    hits = [Hit(p, float(s), "search") for p, s in zip(chunks, scores, strict=True) if s > 0]
    return sorted(hits, key=lambda h: -h.score)
