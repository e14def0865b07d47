"""What a draft template sees: the case's parties, figures, court and clues, gaps made visible.

Every value a filing needs is either taken from the case file, the ledger's statement or the
law's route, or replaced by a visible placeholder (`placeholders.missing`). Figures are never
computed here: they are copied from the statement. Clues obtained unlawfully are left out
and listed in `refused` with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from supportcase.advice.checklist import (
    CITES,
    CPL,
    ENFORCEABLE,
    RULE_INTEREST,
    UNLAWFUL_REASON,
    Cite,
    basis_kind,
    build_checklist,
    claim_first,
    clue_is_lawful,
    country_name,
    records,
    route_authority,
)
from supportcase.advice.questions import questions_for_counsel
from supportcase.bilingual import has_han
from supportcase.casefile.model import AssetClue, CaseFile, LocationClue, Obligation, Party
from supportcase.casefile.words import clauses, expense_word, ref_zh
from supportcase.drafting.placeholders import missing
from supportcase.drafting.sources import Sources
from supportcase.law.countries import normalize_code
from supportcase.law.rules import Citation
from supportcase.money import percent

DOC_NAMES = {
    "judgment": ("民事判决书", "civil judgment"),
    "mediation_statement": ("民事调解书", "civil mediation statement"),
    "ruling": ("民事裁定书", "civil ruling"),
    "notarized_agreement": ("公证债权文书", "notarized debt instrument"),
    "divorce_agreement": ("离婚协议", "divorce agreement"),
    "private_agreement": ("协议", "agreement"),
    "foreign_order": ("外国法院判决", "foreign court order"),
    "us_order": ("美国法院抚养令", "US support order"),
    "hk_order": ("香港法院命令", "Hong Kong court order"),
    "other": ("法律文书", "legal document"),
}
CURRENCY_ZH = {"CNY": "人民币", "USD": "美元", "HKD": "港币", "EUR": "欧元", "GBP": "英镑"}
# A document's language as a draft names it; a code not listed here is printed as typed.
LANGUAGE_NAMES = {"zh": ("中文", "Chinese"), "en": ("英文", "English")}


def language_name(code: object, lang: str) -> str:
    """'en' → '英文' in a Chinese draft, 'English' in an English one."""
    text = str(code or "").strip()
    names = LANGUAGE_NAMES.get(text.lower().split("-")[0])
    if names is None:
        return text
    return names[0] if lang == "zh" else names[1]


def money(value: object) -> str:
    """'12345.6' → '12,345.60'; a missing figure stays visibly missing."""
    if value is None or value == "":
        return missing("金额（账目未计算）", "amount (ledger not computed)")
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return f"{d:,.2f}"


def cn_date(value: object) -> str:
    if value is None or value == "":
        return missing("日期", "date")
    d = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def en_date(value: object) -> str:
    if value is None or value == "":
        return missing("日期", "date")
    d = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    return f"{d.day} {d.strftime('%B')} {d.year}"


def cell(value: object) -> str:
    """Text safe inside a table cell of the markup."""
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def in_chinese(value: object) -> str:
    """A free-text note for a Chinese filing copy: kept as typed, and when it is written in
    English (three or more Latin words) followed by a placeholder for its translation, so
    the copy filed is not half English and the gap is counted with the other placeholders.
    Names, addresses and employers are not passed through here: they stay as written."""
    text = str(value if value is not None else "")
    if len(_LATIN_WORD.findall(text)) < 3:
        return text
    return f"{text} {missing('上述内容的中文译文', 'Chinese translation of the text before')}"


PARTY_FIELDS: dict[str, tuple[str, str]] = {
    "name": ("姓名", "name"),
    "name_en": ("英文姓名", "name in English"),
    "id_number": ("身份证号", "ID number"),
    "passport": ("护照号码", "passport number"),
    "nationality": ("国籍", "nationality"),
    "birth_date": ("出生日期", "date of birth"),
    "sex": ("性别", "sex"),
    "ethnicity": ("民族", "ethnic group"),
    "address": ("住址", "address"),
    "phone": ("电话", "phone"),
    "email": ("电子邮箱", "e-mail"),
    "employer": ("工作单位", "employer"),
}


SEX_ZH = {"female": "女", "male": "男"}


def party_view(party: Party | None, role_zh: str, role_en: str) -> dict[str, str]:
    """Every field of a party, or a placeholder naming the role and the field."""
    out: dict[str, str] = {}
    for attr, (zh, en) in PARTY_FIELDS.items():
        value = getattr(party, attr, None) if party else None
        if isinstance(value, dt.date):
            value = value.isoformat()
        out[attr] = str(value).strip() if value else missing(f"{role_zh}{zh}", f"{role_en} {en}")
    out["sex_zh"] = SEX_ZH.get(out["sex"], out["sex"])
    # A nationality recorded as a country code ("CN") reads as the country's name.
    nationality = getattr(party, "nationality", None) if party else None
    name = country_name(nationality.strip().upper()) if nationality and re.fullmatch(
        r"[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?", nationality.strip()) else None
    out["nationality_zh"] = name.zh if name else out["nationality"]
    out["nationality_en"] = name.en if name else out["nationality"]
    born = getattr(party, "birth_date", None) if party else None
    out["birth_date_zh"] = cn_date(born) if born else out["birth_date"]
    out["birth_date_en"] = en_date(born) if born else out["birth_date"]
    return out


PRC_NATIONALITY = {"CN", "PRC", "CHN", "中国", "中华人民共和国", "CHINESE"}
# Codes whose holders may or may not hold PRC nationality: the draft says "if".
UNSURE_NATIONALITY = {"HK", "MO", "TW", "CN-HK", "CN-MO", "CN-TW"}


def prc_national(party: Party | None) -> bool | None:
    """Whether a party holds PRC nationality (CPL 2023 art. 283(3): consular service is open
    only to PRC nationals): True, False, or None when the case file does not say."""
    value = (getattr(party, "nationality", None) or "").strip().upper() if party else ""
    if not value or value in UNSURE_NATIONALITY:
        return None
    if value in PRC_NATIONALITY:
        return True
    return False if re.fullmatch(r"[A-Z]{2,3}(-[A-Z0-9]{1,3})?", value) else None


def in_mainland(place: str | None) -> bool | None:
    """Whether a place code is in the Mainland: "CN" and a province ("CN-GD") are; Hong Kong,
    Macau, Taiwan ("CN-HK", "HK") and other countries are not (境外); None when no place is
    written."""
    if not place or not place.strip():
        return None
    return normalize_code(place) == "CN"


def _route(sources: Sources, route_id: str) -> dict[str, Any] | None:
    for route in (sources.route or {}).get("routes", []):
        if route.get("id") == route_id:
            return dict(route)
    return None


def enforcement_court(casefile: CaseFile, sources: Sources) -> tuple[str, str]:
    """(the court to address, where that answer came from).

    The route planner says which court has jurisdiction (CPL 2023 art. 235: the first-instance
    court, or a court of the same level where the property is); the case file names the
    first-instance court. Without a PRC enforcement route (e.g. an agreement that must be
    sued on first) the court stays a placeholder.
    """
    first_instance = next((o.basis.court for o in casefile.obligations
                           if o.basis.type in ENFORCEABLE and o.basis.court), None)
    if sources.route is not None:
        if _route(sources, "cn-enforcement") is None:
            return missing("执行法院（路线规划未给出中国执行途径）",
                           "enforcement court (no PRC enforcement route)"), "no_route"
        if first_instance:
            return first_instance, "route"
        if any(o.basis.type == "notarized_agreement" for o in casefile.obligations):
            # cn.enforcement.court: a notarized instrument has no first-instance court; it is
            # enforced where the obligor is domiciled or where his property is.
            return missing("被执行人住所地或被执行的财产所在地人民法院",
                           "court of the obligor's domicile or where his property is"), "route"
        return missing("第一审法院名称", "name of the first-instance court"), "route"
    if first_instance:
        return first_instance, "first_instance_court"
    return missing("执行法院", "enforcement court"), "missing"


def basis_issuer(o: Obligation) -> str:
    """Who made the document, as the case file names it, or a placeholder asking for it: a
    notarized instrument is issued by a notary office, not a court."""
    if o.basis.court:
        return o.basis.court
    if o.basis.type == "notarized_agreement":
        return missing("出具公证债权文书的公证机构", "notary office that issued the instrument")
    return missing("作出法院", "issuing court")


def basis_number(o: Obligation) -> str:
    if o.basis.case_number:
        return o.basis.case_number
    if o.basis.type == "notarized_agreement":
        return missing("公证书编号", "notarial certificate number")
    return missing("案号", "case number")


def _prc_numbered(number: str) -> bool:
    """Whether a case number is written the PRC way, opening with its year in brackets
    ("（2019）京0105民初12345号"), which reads run on with the court and the document's kind;
    a placeholder counts as one. Any other number ("19FL001234") is set apart in brackets."""
    return number.startswith(("（", "(", "【"))


def basis_document(casefile: CaseFile, lang: str) -> str:
    """The document by number and kind, without the court: "（2019）京0105民初12345号民事判决书";
    a number written another way in brackets after the kind: "美国法院抚养令（案号：19FL001234）",
    "US support order (case no. 19FL001234)"."""
    if not casefile.obligations:
        return missing("执行依据（生效法律文书）", "legal basis (effective document)")
    o = casefile.obligations[0]
    zh, en = DOC_NAMES[o.basis.type]
    num = basis_number(o)
    if not _prc_numbered(num):
        return f"{zh}（案号：{num}）" if lang == "zh" else f"{en} (case no. {num})"
    return f"{num}{zh}" if lang == "zh" else f"{en} {num}"


def basis_title(casefile: CaseFile, lang: str) -> str:
    """The court (or notary office), then the document: "北京市朝阳区人民法院（2019）京0105民初
    12345号民事判决书"; "Superior Court of California, County of Santa Clara美国法院抚养令（案号：
    19FL001234）", never the court's name run into a number."""
    if not casefile.obligations:
        return missing("执行依据（生效法律文书）", "legal basis (effective document)")
    o = casefile.obligations[0]
    zh, en = DOC_NAMES[o.basis.type]
    num = basis_number(o)
    court = basis_issuer(o)
    if not _prc_numbered(num):
        return (f"{court}{zh}（案号：{num}）" if lang == "zh"
                else f"{en} (case no. {num}) of the {court}")
    if lang == "zh":
        return f"{court}{num}{zh}"
    return f"{en} {num} of the {court}"


def conversions(statement: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Each foreign-currency payment once, with the rate, its date and source the ledger used."""
    seen: dict[str, dict[str, Any]] = {}
    for row in (statement or {}).get("rows", []):
        for applied in row.get("payments", []):
            conv = applied.get("conversion")
            if conv and applied.get("payment") not in seen:
                ref = str(applied.get("payment"))
                # The ledger gives the rate's source in both languages (`source_zh`).
                seen[ref] = {"payment": ref, "payment_zh": ref_zh(ref),
                             "date": applied.get("date"), **conv}
    return list(seen.values())


def _reconciliation(statement: dict[str, Any] | None, assertion: Any) -> dict[str, Any] | None:
    """The ledger's comparison with the latest agency or court figure, if it made one."""
    if statement is None or assertion is None:
        return None
    for rec in statement.get("reconciliation", []):
        if rec.get("date") == assertion.date.isoformat() and rec.get("source") == assertion.source:
            return dict(rec)
    return None


FREQ = {"monthly": ("每月", "monthly"), "quarterly": ("每季度", "quarterly"),
        "yearly": ("每年", "yearly"), "once": ("一次性", "once")}


def obligation_terms(o: Obligation, casefile: CaseFile, lang: str) -> str:
    """The payment terms in words: "自2020年1月起每月10日前支付……2000元，至……年满十八周岁止"."""
    cur_zh = CURRENCY_ZH.get(o.currency, o.currency)
    children = [(casefile.children[i].name if lang == "zh" else
                 casefile.children[i].name_en or casefile.children[i].name)
                for i in o.children if i < len(casefile.children)]
    child = ("、" if lang == "zh" else " and ").join(children) if children else missing(
        "子女姓名", "child's name")
    freq_zh, freq_en = FREQ[o.frequency]
    day = "最后一日" if o.due_day == "last" else f"{o.due_day}日"
    rule_zh = "前" if o.due_rule == "by" else ""
    end_zh = end_en = ""
    if isinstance(o.end, dt.date):
        end_zh, end_en = f"，至{cn_date(o.end)}止", f", until {en_date(o.end)}"
    elif o.end is not None and hasattr(o.end, "child_age"):
        import cn2an

        end_zh = f"，至{child}年满{cn2an.an2cn(o.end.child_age)}周岁止"
        end_en = f", until {child} turns {o.end.child_age}"
    elif o.end is not None:
        end_zh, end_en = f"，至{child}完成全日制教育止", f", until {child} finishes full-time education"
    # An expense-sharing clause is its own term, after the periodic support.
    shares_zh = "".join(f"；另负担{expense_word(sh.category, 'zh')}的"
                        f"{percent(sh.share).replace(' ', '')}，"
                        f"于收到票据后{sh.within_days}日内支付" for sh in o.expense_shares)
    shares_en = "".join(f"; and {percent(sh.share)} of the {expense_word(sh.category, 'en')} "
                        f"expenses, within {sh.within_days} days of receiving the receipt"
                        for sh in o.expense_shares)
    if lang == "zh":
        return (f"自{o.start.year}年{o.start.month}月起{freq_zh}{day}{rule_zh}支付子女{child}抚养费"
                f"{cur_zh}{money(o.amount)}元{end_zh}{shares_zh}")
    day_en = "last day" if o.due_day == "last" else f"day {o.due_day}"
    by = "by" if o.due_rule == "by" else "on"
    return (f"{o.currency} {money(o.amount)} {freq_en} child support for {child}, due {by} "
            f"{day_en} of each period from {en_date(o.start)}{end_en}{shares_en}")


# Chinese names of instruments our rules name only in English (treaties), so that a Chinese
# draft cites them in Chinese; US codes keep their English citation.
INSTRUMENT_ZH = {"Hague 2007 Child Support Convention": "海牙儿童抚养费公约",
                 "Apostille Convention": "取消外国公文书认证要求的公约"}


def citation_text(citation: Citation, lang: str) -> str:
    """A rule's citation as a draft in `lang` prints it.

    English: the rulebook's label ("arts." for a range). Chinese: the instrument's Chinese name
    in 《》, articles in Chinese numerals as PRC filings write them (第二百六十四条,
    第一条至第三条, 《海牙儿童抚养费公约》第十条), so a Chinese draft writes every article number
    in one style; an instrument with no Chinese name in our data keeps its English citation.
    """
    if lang != "zh":
        article = citation.article or ""
        first, dash, last = article.replace("–", "-").partition("-")
        label = citation.label()
        if dash and first.isdigit() and last.isdigit():
            return label.replace(f" art. {article}", f" arts. {article}", 1)
        return label
    treaty = INSTRUMENT_ZH.get(citation.law_en or citation.law)
    if treaty is not None and not has_han(citation.law):
        # Cited by its Chinese name, its articles in Chinese numerals like every other.
        return citation.model_copy(update={"law": treaty}).label_zh(chinese_numerals=True)
    return citation.label_zh(chinese_numerals=True)


def rule_label(rule_id: str, lang: str = "en", on: dt.date | None = None) -> str:
    """The citation of a rule as the rulebook states it (e.g. "Cal. Fam. Code § 5700.105"), in
    the draft's language; with `on`, the citation of the version in force on that date."""
    from supportcase.law.rules import default_rulebook

    book = default_rulebook()
    if rule_id not in book:
        return missing(f"规则 {rule_id}", f"rule {rule_id}")
    rule = book.get(rule_id)
    return citation_text(rule.citation_on(on) if on else rule.citation, lang)


def version_cite(rule_id: str, on: dt.date) -> dict[str, str] | None:
    """{"zh", "en"} citation of the text the rule's version in force on `on` rests on, when
    that is not the rule's own citation (e.g. the SPC interpretation that sets the interest
    formula under CPL art. 264); None otherwise."""
    from supportcase.law.rules import default_rulebook

    book = default_rulebook()
    if rule_id not in book:
        return None
    version = book.get(rule_id).version_on(on)
    if version is None or version.citation is None:
        return None
    return {lang: citation_text(version.citation, lang) for lang in ("zh", "en")}


CA_INTEREST_RULE = "us.ca.interest.legal_rate"


def _percent(rate: Decimal) -> str:
    """Decimal("0.10") → "10%", Decimal("0.000175") → "0.0175%"."""
    return f"{format((rate * 100).normalize(), 'f')}%"


def _rate_on(rule_id: str, key: str, on: dt.date) -> Decimal | None:
    from supportcase.law.rules import default_rulebook

    book = default_rulebook()
    version = book.get(rule_id).version_on(on) if rule_id in book else None
    value = version.parameters.get(key) if version else None
    return Decimal(str(value)) if value is not None else None


def _simple_method(pct: str, days: object, cite: dict[str, str]) -> dict[str, str]:
    """The arrears statement's method line for simple annual interest on each instalment."""
    return {"zh": f"利息＝各期尚未清偿的本金×年利率{pct}×实际天数÷{days}，单利；各期自到期之日起"
                  f"计息，已清偿部分自清偿之日起停止计息（{cite['zh']}）。各期利息只在最后一次"
                  "四舍五入到分。",
            "en": f"Interest = each instalment's unpaid principal × {pct} a year × days ÷ {days}, "
                  "simple; from each instalment's due date, stopping on the part paid from the "
                  f"day of payment ({cite['en']}). Each instalment's interest is rounded to the "
                  "cent once."}


def interest_claim(casefile: CaseFile, on: dt.date) -> dict[str, Any] | None:
    """The interest a filing asks for, named, rated and cited as the case's interest regime
    (`interest.regime`) computes it — None for "none", so no interest is claimed:

    - cn-delayed-performance: 加倍部分债务利息 at the daily rate of
      cn.interest.delayed_performance (CPL 2023 art. 264);
    - us-ca-legal: interest at the California legal rate of us.ca.interest.legal_rate a year,
      under the order's law (CCP § 685.010);
    - custom: the annual rate the case file sets, its legal basis a placeholder.

    Each value is {"zh", "en"}: `name` (what the interest is), `continuing` (how it runs on
    after the date of the figures), `basis` (the law it is claimed under, to follow 依照 /
    "under"), `cite` (the citation alone)."""
    regime = casefile.interest.regime
    if regime == "cn-delayed-performance":
        daily = _rate_on(RULE_INTEREST, "daily_rate", on)
        if daily is None:
            return None
        import cn2an

        ratio_zh = "万分之" + cn2an.an2cn(format((daily * 10000).normalize(), "f"))
        cite = CITES["double_interest"]
        return {"regime": regime, "rule": RULE_INTEREST,
                "name": {"zh": "迟延履行期间的加倍部分债务利息",
                         "en": "doubled interest for the period of delayed performance"},
                "continuing": {"zh": f"此后按日{ratio_zh}继续计算至实际清偿之日止",
                               "en": f"continuing at {_percent(daily)} a day until actual "
                                     "payment"},
                "basis": {"zh": cite.zh(), "en": cite.en()},
                "cite": {"zh": cite.zh(), "en": cite.en()},
                "label": {"zh": "迟延履行期间加倍部分债务利息",
                          "en": "Doubled interest for delayed performance"},
                "column": {"zh": "加倍部分利息", "en": "Doubled interest"},
                "method": None}  # the arrears statement words the formula itself
    if regime == "us-ca-legal":
        annual = _rate_on(CA_INTEREST_RULE, "annual_rate", on)
        if annual is None:
            return None
        pct = _percent(annual)
        days = _parameters(CA_INTEREST_RULE, on).get("day_basis", 365)
        return {"regime": regime, "rule": CA_INTEREST_RULE,
                "name": {"zh": f"按美国加利福尼亚州法定利率（年利率{pct}，单利）计算的欠款利息",
                         "en": f"interest at the California legal rate of {pct} a year "
                               "(simple)"},
                "continuing": {"zh": f"此后按年利率{pct}继续计算至实际清偿之日止",
                               "en": f"continuing at {pct} a year until actual payment"},
                # 依抚养令作出地法律《加利福尼亚州民事诉讼法典》（…）§ 685.010…的规定: the
                # Chinese cite already holds the code's English name in brackets.
                "basis": {"zh": "抚养令作出地法律" + rule_label(CA_INTEREST_RULE, "zh", on)
                                + "的规定",
                          "en": "the law of the order (" + rule_label(
                              CA_INTEREST_RULE, "en", on) + ")"},
                "cite": {lang: rule_label(CA_INTEREST_RULE, lang, on) for lang in ("zh", "en")},
                "label": {"zh": f"利息（加州法定利率，年利率{pct}）",
                          "en": f"Interest (California legal rate, {pct} a year)"},
                "column": {"zh": "利息", "en": "Interest"},
                "method": _simple_method(pct, days, {
                    lang: rule_label(CA_INTEREST_RULE, lang, on) for lang in ("zh", "en")})}
    if regime == "custom" and casefile.interest.rate is not None:
        pct = _percent(Decimal(str(casefile.interest.rate)))
        gap = missing("该利率的法律依据", "legal basis of this rate")
        return {"regime": regime, "rule": "case.interest.custom",
                "name": {"zh": f"按年利率{pct}（单利）计算的欠款利息",
                         "en": f"interest at {pct} a year (simple)"},
                "continuing": {"zh": f"此后按年利率{pct}继续计算至实际清偿之日止",
                               "en": f"continuing at {pct} a year until actual payment"},
                "basis": {"zh": gap, "en": gap}, "cite": {"zh": gap, "en": gap},
                "label": {"zh": f"利息（年利率{pct}）", "en": f"Interest ({pct} a year)"},
                "column": {"zh": "利息", "en": "Interest"},
                # ledger.interest: a custom rate is simple, on a 365-day year.
                "method": _simple_method(pct, 365, {"zh": gap, "en": gap})}
    return None


def needs_enforcement_certificate(casefile: CaseFile, on: dt.date) -> bool:
    """Whether the application must attach a notary's enforcement certificate (执行证书):
    the basis is a notarized instrument and the rule in force says so
    (cn.instruments.notarized_agreement, `needs_enforcement_certificate`)."""
    from supportcase.law.rules import default_rulebook

    if not any(o.basis.type == "notarized_agreement" for o in casefile.obligations):
        return False
    book = default_rulebook()
    rule_id = "cn.instruments.notarized_agreement"
    version = book.get(rule_id).version_on(on) if rule_id in book else None
    return bool(version and version.parameters.get("needs_enforcement_certificate"))


def basis_cite(casefile: CaseFile) -> Cite:
    """The article that makes the basis enforceable: CPL art. 247 for a court's judgment or
    ruling; for a notarized instrument the CPL article its rule cites
    (cn.instruments.notarized_agreement, also_cites)."""
    from supportcase.law.rules import default_rulebook

    duty = CITES["duty_to_perform"]
    if not any(o.basis.type == "notarized_agreement" for o in casefile.obligations):
        return duty
    book = default_rulebook()
    rule_id = "cn.instruments.notarized_agreement"
    if rule_id not in book:
        return duty
    for citation in book.get(rule_id).also_cites:
        if citation.law == duty.law_zh and citation.article:
            return Cite(duty.law_zh, duty.law_en, citation.article)
    return duty


def cite_together(cites: Any, lang: str) -> str:
    """Several citations as one: each law named once, its articles listed after it in the
    order given ("《中华人民共和国民事诉讼法》第二百三十五条、第二百四十七条",
    "Civil Procedure Law of the PRC (2023) arts. 235 and 247"). `cites` are keys of CITES or
    `Cite` objects."""
    groups: dict[tuple[str, str], list[Cite]] = {}
    for item in cites:
        c = CITES[item] if isinstance(item, str) else item
        groups.setdefault((c.law_zh, c.law_en), []).append(c)
    parts: list[str] = []
    for (law_zh, law_en), group in groups.items():
        articles = [c.article for c in group if c.article]
        if lang == "zh":
            head = f"《{law_zh}》"
            parts.append(head + "、".join(c.zh()[len(head):] for c in group if c.article)
                         if articles else head)
        elif not articles:
            parts.append(law_en)
        elif len(articles) == 1:
            parts.append(f"{law_en} art. {articles[0]}")
        else:
            parts.append(f"{law_en} arts. {', '.join(articles[:-1])} and {articles[-1]}")
    return ("；" if lang == "zh" else "; ").join(parts)


def due_parts(statement: dict[str, Any] | None, casefile: CaseFile) -> dict[str, Any] | None:
    """Periodic support and the obligor's share of expenses, apart: an expense share under an
    expense-sharing clause is its own item, not support, so a total that holds both is not
    "support due". The parts are the ledger's own rows added up by kind, and used only when
    they add up to the ledger's totals; None when there is no expense share (or they do not).

    {"support_due", "expenses_due", "support_outstanding", "expenses_outstanding"} as printed
    figures (the outstanding pair None when the rows' unpaid amounts do not add up to the
    principal outstanding), and "names" {"zh": "医疗费", "en": "medical expenses"}."""
    if not statement:
        return None
    rows = statement.get("rows", [])
    try:
        due = {k: sum((Decimal(str(r.get("amount_due") or 0)) for r in rows
                       if r.get("kind") == k), Decimal(0))
               for k in ("installment", "expense_share")}
        unpaid = {k: sum((Decimal(str(r.get("shortfall") or 0)) for r in rows
                          if r.get("kind") == k), Decimal(0))
                  for k in ("installment", "expense_share")}
        total_due = Decimal(str(statement.get("total_due")))
        principal = Decimal(str(statement.get("principal_outstanding")))
    except InvalidOperation:
        return None
    if not due["expense_share"] or due["installment"] + due["expense_share"] != total_due:
        return None
    by_ref = {e.id or f"expense #{n}": e for n, e in enumerate(casefile.expenses, start=1)}
    categories: list[str] = []
    for r in rows:
        if r.get("kind") == "expense_share":
            expense = by_ref.get(str(r.get("id", "")).split(":", 1)[-1])
            category = expense.category if expense else "other"
            if category not in categories:
                categories.append(category)
    adds_up = unpaid["installment"] + unpaid["expense_share"] == principal
    return {
        "support_due": money(due["installment"]),
        "expenses_due": money(due["expense_share"]),
        "support_outstanding": money(unpaid["installment"]) if adds_up else None,
        "expenses_outstanding": money(unpaid["expense_share"]) if adds_up else None,
        "names": {"zh": "、".join(expense_word(c, "zh") for c in categories),
                  "en": " and ".join(expense_word(c, "en") for c in categories) + " expenses"},
    }


def _positive(value: object) -> bool:
    try:
        return Decimal(str(value)) > 0
    except InvalidOperation:
        return True  # not a figure: keep the line, the reader sees what is there


FOREIGN_BASES = {"us_order", "foreign_order"}
CPL_INTERPRETATION = ("最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释",
                      "SPC Interpretation of the Civil Procedure Law")
# The articles a recognition application rests on, each cited by our rules data
# (cn.recognition.foreign_judgments, cn.recognition.application_period).
RECOGNITION_CITES = {
    "298": Cite(*CPL, "298"), "299": Cite(*CPL, "299"), "300": Cite(*CPL, "300"),
    "301": Cite(*CPL, "301"), "303": Cite(*CPL, "303"), "250": Cite(*CPL, "250"),
    "i541": Cite(*CPL_INTERPRETATION, "541"), "i542": Cite(*CPL_INTERPRETATION, "542"),
    "i545": Cite(*CPL_INTERPRETATION, "545"),
    **{f"hk{a}": Cite("最高人民法院关于内地与香港特别行政区法院相互认可和执行婚姻家庭民事案件判决的安排",
                      "Mainland–HK family judgments arrangement", a) for a in ("9", "14", "20")},
}
HK_RULE = "cn_hk.family_judgments.arrangement"
RECOGNITION_TITLES = {
    "foreign": ("申请承认和执行外国法院判决申请书",
                "Application for recognition and enforcement of a foreign judgment"),
    "hk": ("申请认可和执行香港特别行政区法院婚姻家庭民事判决申请书",
           "Application for recognition and enforcement of a Hong Kong family judgment"),
}


def _parameters(rule_id: str, on: dt.date) -> dict[str, Any]:
    from supportcase.law.rules import default_rulebook

    book = default_rulebook()
    version = book.get(rule_id).version_on(on) if rule_id in book else None
    return dict(version.parameters) if version else {}


def recognition_view(casefile: CaseFile, on: dt.date) -> dict[str, Any]:
    """How the order is brought before a PRC court before it is enforced.

    `mode`:
    - "foreign": an order of a foreign court (CPL 2023 arts. 298, 299; cn.recognition.
      foreign_judgments), recognised by an intermediate court before enforcement; for a US
      order reciprocity is the only basis and its outcome uncertain (cn.recognition.us_orders);
    - "hk": a Hong Kong order, 认可和执行 under the Mainland–HK family-judgments arrangement
      (cn_hk.family_judgments.arrangement); `hk_in_scope` False when it was made before the
      arrangement's `judgments_from` date, None when the order's date is not known;
    - "domestic": a Mainland document, which needs no recognition.
    `region` is "MO" or "TW" for a foreign_order made there: those have their own rules."""
    o = casefile.obligations[0] if casefile.obligations else None
    kind = o.basis.type if o else None
    place = (o.basis.jurisdiction if o else None) or casefile.case.order_jurisdiction
    region = normalize_code(place) if place else None
    if kind == "hk_order":
        mode = "hk"
    elif kind in FOREIGN_BASES:
        mode = "foreign"
    else:
        mode = "domestic"
    country = None
    if kind == "us_order":
        country = country_name("US")
    elif kind == "foreign_order" and region and region != "CN":
        country = country_name(region)
    hk_in_scope: bool | None = None
    hk_from: dt.date | None = None
    if mode == "hk":
        start = _parameters(HK_RULE, on).get("judgments_from")
        hk_from = dt.date.fromisoformat(str(start)) if start else None
        made = o.basis.date if o else None
        if hk_from and made:
            hk_in_scope = made >= hk_from
    us = kind == "us_order" or (region == "US" and kind == "foreign_order")
    params = _parameters("cn.recognition.foreign_judgments", on)
    period = _parameters("cn.recognition.application_period", on)
    title = RECOGNITION_TITLES["hk" if mode == "hk" else "foreign"]
    return {"mode": mode, "us": us, "region": region if region in ("MO", "TW") else None,
            "country": ({"zh": country.zh, "en": country.en} if country else None),
            "hk_in_scope": hk_in_scope, "hk_from": hk_from,
            "review_days": params.get("review_days"), "period_years": period.get("years"),
            "cites": {k: {"zh": c.zh(), "en": c.en()} for k, c in RECOGNITION_CITES.items()},
            "cite_objects": RECOGNITION_CITES,
            "title": {"zh": title[0], "en": title[1]}}


def build_context(casefile: CaseFile, sources: Sources, lang: str) -> dict[str, Any]:
    """Everything the templates may use, with gaps as placeholders."""
    st = sources.statement
    currency = (st or {}).get("currency") or (
        casefile.obligations[0].currency if casefile.obligations else "CNY")
    figures = {k: money((st or {}).get(k)) for k in (
        "total_due", "total_paid", "principal_outstanding", "interest_outstanding",
        "total_outstanding")}
    court, court_source = enforcement_court(casefile, sources)
    lawful_assets: list[AssetClue] = [a for a in casefile.asset_clues if clue_is_lawful(a)]
    lawful_locations: list[LocationClue] = [c for c in casefile.location_clues
                                            if clue_is_lawful(c)]
    sourced = [c.obtained_how for c in lawful_assets] + [
        c.obtained_how for c in lawful_locations]
    clues: list[AssetClue | LocationClue] = [*casefile.asset_clues, *casefile.location_clues]
    refused = [c for c in clues if not clue_is_lawful(c)]
    recs = records(casefile)
    assertion = None
    if casefile.assertions:
        assertion = sorted(casefile.assertions, key=lambda a: a.date)[-1]
    children = [{"name": c.name, "name_en": c.name_en or missing("子女英文姓名", "child's name in "
                                                                "English"),
                 "birth_date": c.birth_date.isoformat() if c.birth_date else
                 missing("子女出生日期", "child's date of birth")} for c in casefile.children]
    obligation = casefile.obligations[0] if casefile.obligations else None
    agreement = claim_first(casefile, sources)
    claimed = not agreement and (st is None or _positive(st.get("interest_outstanding")))
    interest = interest_claim(casefile, sources.as_of)
    return {
        "lang": lang,
        "as_of": sources.as_of,
        "case": casefile.case,
        "casefile": casefile,
        "obligee": party_view(casefile.parties.obligee, "申请执行人", "applicant"),
        # The same parties as a recognition application names them (申请人, 被申请人).
        "applicant": party_view(casefile.parties.obligee, "申请人", "applicant"),
        "respondent": party_view(casefile.parties.obligor, "被申请人", "respondent"),
        "recognition": recognition_view(casefile, sources.as_of),
        "obligor": party_view(casefile.parties.obligor, "被执行人", "obligor"),
        "obligor_prc_national": prc_national(casefile.parties.obligor),
        "obligor_country": (casefile.parties.obligor.country
                            if casefile.parties.obligor else None),
        # Outside the Mainland (a province code CN-GD is inside it); False when not written.
        "obligor_abroad": in_mainland(casefile.parties.obligor.country
                                      if casefile.parties.obligor else None) is False,
        "obligor_in_mainland": bool(in_mainland(casefile.parties.obligor.country
                                                if casefile.parties.obligor else None)),
        "children": children,
        "obligation": obligation,
        "obligations": casefile.obligations,
        "basis_title": basis_title(casefile, lang),
        "basis_issuer": basis_issuer(obligation) if obligation else None,
        "basis_document": basis_document(casefile, lang),
        # The basis in running text by its kind ("the mediation statement", "调解书").
        "basis_kind": basis_kind(casefile),
        "terms": [obligation_terms(o, casefile, lang) for o in casefile.obligations],
        "terms_text": clauses((obligation_terms(o, casefile, lang)
                               for o in casefile.obligations), lang)
        or missing("给付内容", "payment terms"),
        "statement": st,
        "rows": (st or {}).get("rows", []),
        "conversions": conversions(st),
        "statement_notes": [*(st or {}).get("assumptions", []), *(st or {}).get("excluded", [])],
        "figures": figures,
        # Support and the expense shares apart (None when there is no expense share).
        "parts": due_parts(st, casefile),
        # No request (or demand) for "0.00" interest: when the ledger's outstanding interest is
        # zero the drafts leave the interest line out and say none is claimed. Without a
        # statement the figure is a placeholder and the line stays.
        # On an agreement that must be sued on first no doubled interest for delayed
        # performance runs yet (cn.interest.delayed_performance: from a legal document's time
        # to pay), whatever the ledger computed.
        "interest_claimed": claimed,
        # The interest requested, as the case's interest regime computes it: None when the
        # regime is "none" or no interest is claimed (zero, or an agreement to sue on first).
        "claim": interest if claimed else None,
        # The basis is an agreement to be sued on first, not a document to enforce.
        "claim_first": agreement,
        "currency": currency,
        "currency_zh": CURRENCY_ZH.get(currency, currency),
        "statement_missing": sources.problem("statement", lang),
        "court": court,
        # Only an effective court document (or a notarized instrument with its enforcement
        # certificate) can be enforced as it is (cn.instruments.*).
        "enforceable": bool(casefile.obligations) and all(
            o.basis.type in ENFORCEABLE
            or (o.basis.type == "notarized_agreement" and bool(o.basis.enforcement_certificate))
            for o in casefile.obligations),
        "court_source": court_source,
        "needs_enforcement_certificate": needs_enforcement_certificate(casefile,
                                                                      sources.as_of),
        "route": sources.route,
        "cn_route": _route(sources, "cn-enforcement"),
        "hcch_route_authority": route_authority(_route(sources, "hcch-2007-dcss")),
        "cn_route_authority": route_authority(_route(sources, "cn-enforcement")),
        "assets": lawful_assets,
        "assets_cn": [a for a in lawful_assets if in_mainland(a.country) is not False],
        "assets_abroad": [a for a in lawful_assets if in_mainland(a.country) is False],
        "locations": lawful_locations,
        "refused": refused,
        "refused_reason": UNLAWFUL_REASON,
        "proven": [r for r in recs if r.status == "proven"],
        "assumptions": [r for r in recs if r.status != "proven"],
        "payments": casefile.payments,
        "expenses": casefile.expenses,
        "communications": casefile.communications,
        "documents": casefile.documents,
        "doc_titles": {d.id: d.title for d in casefile.documents},
        # Only say every clue was obtained lawfully when each one says how it was obtained.
        "all_clues_sourced": all(how not in (None, "unknown") for how in sourced),
        "assertion": assertion,
        "reconciliation": _reconciliation(st, assertion),
        "rule_label": rule_label,
        "cite_together": cite_together,
        "basis_cite": basis_cite(casefile),
        "language_name": language_name,
        # 法释〔2014〕8号: the formula and the per-instalment start of the doubled interest.
        "interest_formula_cite": version_cite(RULE_INTEREST, sources.as_of),
        # The interest claimed, as the case's interest regime computes it (None: no claim).
        "interest": interest,
        "cite": {k: {"zh": c.zh(), "en": c.en()} for k, c in CITES.items()},
        "checklist": build_checklist(casefile, sources),
        "questions": questions_for_counsel(casefile, sources),
        "missing": missing,
    }
