"""The enforcement route planner: from the case's facts to ranked, cited routes.

`plan(casefile)` looks at where the order was made and what it is (`instruments.classify`),
where each parent lives, where the obligor's income and assets are (asset and location
clues), and which treaties and arrangements connect those places (`countries`). It returns
a `RoutePlan` of ranked routes, each with its steps, the court or agency to approach, the
documents needed (translation, notarisation, apostille or consular steps), the running
deadlines, the remedies available there (matched to the clues), risks and uncertainties,
and the citations of every rule it rests on.

Money enforcement is kept apart from custody, visitation, travel consent, passports and
relocation: those are listed in `separate_matters`, never mixed into a route.

Nothing here pretends a treaty exists: the PRC is not a party to the Hague 2007 Convention
and not a US foreign reciprocating country, so a route between the PRC and the US is always
reciprocity, comity or a fresh action — each with its risk stated.

>>> plan(case).to_json()["routes"][0]["id"]                 # doctest: +SKIP
'cn-enforcement'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from supportcase.casefile.model import CaseFile
from supportcase.casefile.words import asset_word, status_word
from supportcase.law import deadlines as deadline_mod
from supportcase.law.countries import Country, country, normalize_code
from supportcase.law.instruments import Instrument, classify, place_contradicted
from supportcase.law.remedies import RemedyMatch, for_place
from supportcase.law.rules import RuleBook, default_rulebook

# How settled the law behind a route is, in words for the reader.
CERTAINTY_WORDS: dict[str, tuple[str, str]] = {
    "settled": ("settled law", "法律规定明确"),
    "disputed": ("courts disagree", "各法院做法不一"),
    "uncertain": ("not certain: ask a lawyer", "尚不确定，请咨询律师"),
}


@dataclass(frozen=True)
class Text:
    """One bilingual line, optionally resting on rules."""

    en: str
    zh: str
    rules: tuple[str, ...] = ()

    def to_json(self, lang: str, book: RuleBook) -> dict[str, Any]:
        return {"text": self.zh if lang == "zh" else self.en, "en": self.en, "zh": self.zh,
                "rules": list(self.rules),
                "citations": [_cite(book, r, lang) for r in self.rules if _rule_id(r) in book]}


def T(en: str, zh: str, *rules: str) -> Text:  # short constructor for route text
    return Text(en, zh, tuple(rules))


@dataclass
class Route:
    id: str
    title: Text
    authority: Text
    place: str  # CN, US-CA, US, HK, or an ISO code: where the route is pursued
    score: int  # higher ranks first
    steps: list[Text] = field(default_factory=list)
    documents: list[Text] = field(default_factory=list)
    risks: list[Text] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    deadlines: list[dict[str, Any]] = field(default_factory=list)
    remedies: list[RemedyMatch] = field(default_factory=list)
    certainty: str = "settled"  # settled | disputed | uncertain


@dataclass
class Facts:
    """What the planner read from the case file (shown with the plan)."""

    origin: str
    obligee_country: str | None
    obligor_country: str | None
    obligor_place: str | None  # raw, e.g. US-CA
    income_places: list[str]
    asset_places: list[str]
    assumed: list[Text]


@dataclass
class RoutePlan:
    instrument: Instrument
    facts: Facts
    routes: list[Route]
    separate_matters: list[Text]
    warnings: list[Text]
    as_of: dt.date
    book: RuleBook

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        book = self.book

        def route_json(r: Route) -> dict[str, Any]:
            rules = sorted({_rule_id(x) for x in (*r.rules, *(y for t in (
                *r.steps, *r.documents, *r.risks, r.authority) for y in t.rules))})
            return {
                "id": r.id, "title": r.title.zh if lang == "zh" else r.title.en,
                "title_en": r.title.en, "title_zh": r.title.zh, "place": r.place,
                "certainty": r.certainty,
                "certainty_text": CERTAINTY_WORDS[r.certainty][1 if lang == "zh" else 0],
                "rank_score": r.score,
                "authority": r.authority.zh if lang == "zh" else r.authority.en,
                "authority_en": r.authority.en, "authority_zh": r.authority.zh,
                "authority_citations": r.authority.to_json(lang, book)["citations"],
                "steps": [s.to_json(lang, book) for s in r.steps],
                "documents": [d.to_json(lang, book) for d in r.documents],
                "deadlines": r.deadlines, "remedies": [m.to_dict(lang) for m in r.remedies],
                "risks": [x.to_json(lang, book) for x in r.risks],
                "citations": [{"rule": rid, "citation": _cite(book, rid, lang),
                               "status": book.get(rid).status} for rid in rules if rid in book],
            }

        return {
            "as_of": self.as_of.isoformat(),
            "instrument": self.instrument.to_dict(lang),
            "facts": {
                "origin": self.facts.origin, "obligee_country": self.facts.obligee_country,
                "obligor_country": self.facts.obligor_country,
                "obligor_place": self.facts.obligor_place,
                "income_places": self.facts.income_places, "asset_places": self.facts.asset_places,
                "assumed": [t.en for t in self.facts.assumed],
                "assumed_zh": [t.zh for t in self.facts.assumed],
            },
            "routes": [route_json(r) for r in self.routes],
            "separate_matters": [m.to_json(lang, book) for m in self.separate_matters],
            "warnings": [w.to_json(lang, book) for w in self.warnings],
            "never_promises_collection": T(
                "These routes describe procedures; none guarantees that money will be collected.",
                "以上途径仅说明程序，均不保证能够执行到位。").to_json(lang, book),
        }


def _rule_id(ref: str) -> str:
    """"cn.recognition.foreign_judgments#303" → "cn.recognition.foreign_judgments"."""
    return ref.partition("#")[0]


def _cite(book: RuleBook, ref: str, lang: str = "en") -> str:
    """The citation of a rule, in the reader's language (a PRC law by its Chinese name for a
    Chinese reader); "rule.id#303" picks the provision the rule also cites as art. 303 (a
    step resting on one article of a rule that cites several)."""
    rule_id, _, article = ref.partition("#")
    rule = book.get(rule_id)
    found = next((c for c in (rule.citation, *rule.also_cites) if c.article == article),
                 None) if article else rule.citation
    if found is None:
        raise KeyError(f"rule {rule_id} does not cite article {article}")
    return found.label_zh() if lang == "zh" else found.label()


# ---------------------------------------------------------------- reading the case


def _place(code: str | None) -> str | None:
    """Keep California apart from the rest of the US; regions of China as HK/MO/TW."""
    if not code:
        return None
    raw = code.strip().upper()
    if raw == "US-CA":
        return "US-CA"
    return normalize_code(raw)


def _facts(case: CaseFile, instrument: Instrument) -> Facts:
    assumed: list[Text] = []
    obligor = case.parties.obligor
    obligor_place = _place(obligor.country) if obligor else None
    if obligor_place is None:
        dated = sorted((c for c in case.location_clues if c.country),
                       key=lambda c: c.as_of or dt.date.min)
        if dated:
            obligor_place = _place(dated[-1].country)
            assumed.append(T(f"obligor's country taken from a location clue "
                             f"({dated[-1].details})",
                             f"义务人所在国取自一条下落线索（{dated[-1].details}）"))
    obligee = case.parties.obligee
    income: list[str] = []
    assets: list[str] = []
    for clue in case.asset_clues:
        if clue.obtained_how == "unlawful" or not clue.country:
            continue
        target = income if clue.kind in ("salary", "employer", "pension") else assets
        place = _place(clue.country)
        if place and place not in target:
            target.append(place)
        if clue.status != "proven":
            assumed.append(T(f"{clue.kind} in {clue.country} is {clue.status}",
                             f"{country(clue.country).name_zh}的{asset_word(clue.kind, 'zh')}线索"
                             f"{status_word(clue.status, 'zh')}"))
    for loc in case.location_clues:
        if loc.kind == "employer" and loc.country:
            place = _place(loc.country)
            if place and place not in income:
                income.append(place)
    return Facts(origin=instrument.origin,
                 obligee_country=_place(obligee.country) if obligee else None,
                 obligor_country=normalize_code(obligor_place) if obligor_place else None,
                 obligor_place=obligor_place, income_places=income, asset_places=assets,
                 assumed=assumed)


def _in(place: str, places: list[str]) -> bool:
    return any(normalize_code(p) == normalize_code(place) for p in places)


# ---------------------------------------------------------------- shared pieces

APOSTILLE_US = T("US documents for a PRC court: notarise, then a US apostille (accepted in mainland "
                 "China since 2023-11-07 instead of consular legalisation), plus a Chinese translation.",
                 "美国文书用于中国法院：先公证，再办理美国附加证明书（2023年11月7日起代替领事认证），并附中文译本。",
                 "cn.evidence.apostille", "cn.evidence.foreign_documents")
POA_ABROAD = T("If the obligee lives abroad and instructs a PRC lawyer: a power of attorney notarised "
               "abroad and legalised or apostilled (a PRC citizen abroad: certified by the PRC "
               "embassy/consulate — whether an apostille suffices is unverified).",
               "权利人身在境外委托中国律师的：授权委托书须经所在国公证并认证或附加证明书（侨居国外的中国公民须经我国使领馆证明，"
               "能否以附加证明书代替未核实）。", "cn.evidence.apostille")
PRC_NOT_HAGUE = T("The PRC is not a party to the Hague 2007 Child Support Convention and not a US "
                  "foreign reciprocating country: there is no Central Authority route between "
                  "the PRC and the US.",
                  "中国不是2007年海牙儿童抚养费公约缔约方，也不是美国的外国互惠国家：中美之间没有中央机关转递途径。",
                  "cn.international.hague_2007_not_party", "us.federal.frc")


def _deadlines_for(results: list[deadline_mod.DeadlineResult], prefixes: tuple[str, ...]
                   ) -> list[dict[str, Any]]:
    out = []
    for d in results:
        if d.rule is not None and d.rule.startswith(prefixes):
            out.append({"id": d.id, "title": d.title, "title_zh": d.title_zh,
                        "due": d.due.isoformat() if d.due else None, "status": d.status,
                        "rule": d.rule, "citation": d.citation,
                        "citation_zh": d.citation_zh or d.citation, "computation": d.computation,
                        "computation_zh": d.computation_zh or d.computation,
                        "note": d.note, "note_zh": d.note_zh or d.note})
    return out


def _remedies(case: CaseFile, where: str, book: RuleBook, on: dt.date) -> list[RemedyMatch]:
    return for_place(case, where, book=book, on=on)


# ---------------------------------------------------------------- route builders


def _cn_enforcement(case: CaseFile, inst: Instrument, facts: Facts, book: RuleBook,
                    dls: list[deadline_mod.DeadlineResult], today: dt.date) -> Route:
    assets_cn = _in("CN", facts.asset_places) or _in("CN", facts.income_places)
    obligor_cn = facts.obligor_country == "CN"
    notarized = inst.kind == "notarized_agreement"
    court_rule = "cn.enforcement.court"
    ob = next((o for o in case.obligations if o.id == inst.obligation), None)
    first_court = (ob.basis.court if ob and ob.basis.court else "The court that made the judgment")
    first_court_zh = (ob.basis.court if ob and ob.basis.court else "作出判决的法院")
    authority = (T("Court of the obligor's domicile or where the property is (basic-level people's court)",
                   "被执行人住所地或被执行财产所在地人民法院", court_rule) if notarized else
                 T(f"{first_court} (the first-instance court), or a court of the same level "
                   "where the obligor's property is (enforcement division)",
                   f"{first_court_zh}（第一审法院）或与其同级的被执行财产所在地人民法院（执行局）",
                   court_rule))
    steps = [
        T("Check the document is effective and get a certificate of effectiveness (生效证明) "
          "from the court that made it.", "核实法律文书已生效，向作出法院申请生效证明。",
          "cn.instruments.judgment") if not notarized else
        T("Obtain the notary's enforcement certificate (执行证书) stating what has not been paid.",
          "向公证机构申请出具执行证书（载明履行情况）。", "cn.instruments.notarized_agreement"),
        T("Prepare the arrears statement (instalments, payments, double delayed-performance "
          "interest) and the asset-clue memo. If you cannot afford a lawyer, apply for legal aid.",
          "准备欠款明细（各期应付、已付、加倍部分迟延履行利息）及财产线索清单。经济困难的，可申请法律援助。",
          "cn.procedure.legal_aid"),
        T("File the application for enforcement in Chinese with the court; choose the court "
          "where assets are if you can prove property there.",
          "向法院提交中文申请执行书；能证明财产所在地有财产的，可向该地法院申请。",
          "cn.enforcement.application_documents", court_rule),
        T("Ask for: an order to report property; an online inquiry and freeze of deposits; "
          "withholding of income; seizure of the flat/vehicle; exit restriction; the "
          "dishonest-debtor list and consumption restrictions.",
          "申请：责令报告财产、网络查控冻结存款、扣留提取收入、查封房产车辆、限制出境、纳入失信名单及限制高消费。",
          "cn.remedies.property_report", "cn.remedies.deposits", "cn.remedies.income_withholding",
          "cn.remedies.seizure_auction", "cn.remedies.exit_restriction"),
        T("If nothing has been enforced 6 months after filing, apply to the next higher court.",
          "立案后六个月未执行的，可向上一级人民法院申请执行。", "cn.enforcement.higher_court"),
        T("If the obligor can pay but refuses: ask for fines/detention, or report the crime of "
          "refusing to execute a judgment (heavier punishment for support since 2024-12-01).",
          "有能力而拒不履行的：申请罚款、拘留，或控告拒不执行判决、裁定罪（2024年12月1日起对拒付抚养费从重处罚）。",
          "cn.remedies.fines_detention", "cn.remedies.criminal_refusal"),
        T("If the case is closed for now (终结本次执行), re-apply whenever new assets are found — "
          "no time limit.", "终结本次执行后发现财产的，可随时再次申请，不受时效限制。",
          "cn.enforcement.reapplication"),
    ]
    documents = [
        T("Application for enforcement (强制执行申请书), in Chinese", "强制执行申请书（中文）",
          "cn.enforcement.application_documents"),
        T("Copy of the effective judgment / mediation statement with its certificate of "
          "effectiveness" if not notarized else "Notarised agreement and the notary's "
          "enforcement certificate", "生效法律文书副本及生效证明" if not notarized else
          "公证债权文书及执行证书", *inst.rules),
        T("Obligee's identity document (and the child's birth certificate / hukou if the "
          "child is the applicant)", "申请人身份证明（子女为申请人的，附出生证明或户口簿）"),
        T("Arrears statement and asset-clue memo (bank, employer, property details)",
          "欠款明细及财产线索（银行、工作单位、房产等）"),
    ]
    if facts.obligee_country not in (None, "CN"):
        documents.append(POA_ABROAD)
    risks: list[Text] = []
    if not assets_cn:
        risks.append(T("No known income or assets in China: the measures bite only on property "
                       "and persons in China (exit restriction works if the obligor visits).",
                       "在中国境内无已知收入或财产：执行措施仅对境内财产和人员有效（义务人回国时可限制出境）。",
                       "cn.remedies.exit_restriction"))
    if not obligor_cn:
        risks.append(T("The obligor lives abroad: notices go through service abroad, which can "
                       "take months (publication abroad: 60 days).",
                       "义务人在境外：文书须涉外送达，耗时较长（涉外公告六十日）。",
                       "cn.procedure.service_by_publication_abroad"))
    if any(d.status == "arguable" for d in dls):
        risks.append(T("Part of the arrears may meet a time-limit objection: arguable, not barred "
                       "((2020)最高法执监66号; Civil Code art. 196).",
                       "部分欠款可能遭遇时效异议：有争议，不能认定已过时效（（2020）最高法执监66号；民法典第196条）。",
                       "cn.enforcement.application_period", "cn.enforcement.late_application"))
    risks.append(T("Disputed: whether payments by relatives count as performance; record who paid "
                   "and why.", "有争议：亲属代付是否视为履行；请记录付款人及原因。"))
    score = 90 if assets_cn or obligor_cn else 45
    return Route("cn-enforcement", T("Enforce in the PRC court", "向中国法院申请强制执行"),
                 authority, "CN", score, steps, documents, risks,
                 rules=[court_rule, *inst.rules],
                 deadlines=_deadlines_for(dls, ("cn.enforcement", "cn.procedure")),
                 remedies=_remedies(case, "CN", book, today))


def _cn_claim_first(case: CaseFile, inst: Instrument, facts: Facts, book: RuleBook,
                    dls: list[deadline_mod.DeadlineResult], today: dt.date) -> Route:
    abroad = facts.obligor_country not in (None, "CN")
    steps = [
        T("File a claim for child support (and the unpaid amounts) in the PRC court, with the "
          "child as plaintiff represented by the custodial parent; the agreement is the evidence.",
          "以子女为原告（由直接抚养方代理）向人民法院起诉追索抚养费及欠付费用，以协议为证据。",
          *inst.rules),
        T("Ask for provisional payment while the case is pending.", "诉讼中可申请先予执行。",
          "cn.procedure.provisional_enforcement"),
        T("If you cannot afford a lawyer, apply for legal aid.", "经济困难的，可申请法律援助。",
          "cn.procedure.legal_aid"),
        T("Once the judgment or mediation statement is effective, apply for enforcement.",
          "判决或调解书生效后申请强制执行。", "cn.instruments.judgment"),
    ]
    if inst.kind == "private_agreement":
        steps.append(T("Alternatives: people's mediation with judicial confirmation within 30 "
                       "days, or a notarised agreement with an enforcement clause for the future.",
                       "替代方案：人民调解后30日内申请司法确认，或今后办理赋强公证。",
                       "cn.instruments.private_agreement", "cn.instruments.notarized_agreement"))
    risks = [T("Claims for child support are not subject to limitation (Civil Code art. 196), but "
               "proof of the agreement and of non-payment is needed. Disputed: once the child is 18, "
               "some courts apply the 3-year limitation from the 18th birthday to support unpaid "
               "under a divorce agreement, so sue within that time if you can.",
               "请求支付抚养费不适用诉讼时效（民法典第一百九十六条），但须证明协议及未付事实。有争议："
               "子女年满十八周岁后，部分法院对离婚协议约定而未付的抚养费适用三年诉讼时效、自十八周岁起算，"
               "能在此期间内起诉为宜。",
               "cn.recognition.fresh_action")]
    if abroad:
        risks.append(T("Serving the obligor abroad takes time (treaty channels; publication 60 "
                       "days; 30 days to answer and to appeal); a payment order is unavailable.",
                       "向境外被告送达耗时（条约途径；公告六十日；答辩期、上诉期均为三十日）；不能适用支付令。",
                       "cn.procedure.service_by_publication_abroad", "cn.procedure.defence_period_abroad",
                       "cn.procedure.appeal_period", "cn.procedure.payment_order_unavailable"))
    return Route("cn-claim-first", T("Sue in the PRC first, then enforce", "先在中国起诉，再申请执行"),
                 T("Basic-level people's court (the defendant's domicile, or as the PRC "
                   "jurisdiction rules allow for a defendant abroad)",
                   "基层人民法院（被告住所地，或被告在境外时依涉外管辖规定）"),
                 "CN", 80, steps,
                 [T("Complaint (起诉状) in Chinese", "中文起诉状"),
                  T("The agreement and proof of registration (divorce certificate)", "协议及离婚登记证明"),
                  T("Child's birth certificate; evidence of payments and arrears", "子女出生证明；付款及欠款证据")],
                 risks, rules=list(inst.rules),
                 deadlines=_deadlines_for(dls, ("cn.procedure",)),
                 remedies=_remedies(case, "CN", book, today))


def _cn_recognition_foreign(case: CaseFile, inst: Instrument, facts: Facts, book: RuleBook,
                            today: dt.date, us: bool,
                            dls: list[deadline_mod.DeadlineResult] | None = None) -> Route:
    rules = ["cn.recognition.foreign_judgments", "cn.recognition.divorce_procedure_excludes_support",
             "cn.recognition.application_period"]
    if us:
        rules.append("cn.recognition.us_orders")
    # The period as `supportcase deadlines` computes it; the bare rule only when it has none.
    computed = _deadlines_for(dls or [], ("cn.recognition",))
    risks = [T("No treaty covers this; recognition rests on reciprocity, which has not been "
               "tested for a US support order: the court may reject the application.",
               "无条约依据，只能依互惠原则，美国抚养令尚无先例：法院可能驳回申请。", "cn.recognition.us_orders")
             if us else
             T("Recognition needs a treaty with, or reciprocity from, the state of origin; "
               "neither is encoded for this country: check before filing.",
               "承认须有条约或互惠；本系统未收录该国情况，申请前请核实。", "cn.recognition.foreign_judgments"),
             T("A default order needs proof the obligor was properly summoned; refusal grounds "
               "include lack of jurisdiction and public policy.",
               "缺席裁判须提供合法传唤证明；拒绝理由包括无管辖权和公共秩序。",
               "cn.recognition.foreign_judgments#300", "cn.recognition.foreign_judgments#541"),
             T("The divorce-recognition shortcut does not cover support.", "离婚判决承认程序不适用于抚养部分。",
               "cn.recognition.divorce_procedure_excludes_support")]
    return Route(
        "cn-recognition", T("Recognition and enforcement of the foreign order in the PRC",
                            "在中国申请承认和执行外国抚养裁判"),
        T("Intermediate people's court with jurisdiction (e.g. where the obligor lives or has property)",
          "有管辖权的中级人民法院（如被执行人住所地或财产所在地）", "cn.recognition.foreign_judgments"),
        "CN", 55 if us else 50,
        [T("Apply to the intermediate court for recognition and enforcement (recognition comes "
           "first).", "向中级人民法院申请承认和执行（先承认后执行）。", "cn.recognition.foreign_judgments"),
         T("If recognised, the court issues an enforcement order; then the PRC enforcement "
           "measures apply.", "裁定承认后发出执行令，适用中国的执行措施。", "cn.recognition.foreign_judgments#299"),
         T("If rejected for lack of treaty or reciprocity, sue afresh for support (see the "
           "fresh-action route).", "因无条约或互惠被驳回的，可另行起诉（见“另行起诉”途径）。",
           "cn.recognition.foreign_judgments#542"),
         T("Either side may seek review by the next-higher court within 10 days of the ruling.",
           "对裁定不服的，可自送达之日起十日内向上一级法院申请复议。", "cn.recognition.foreign_judgments#303")],
        [T("The order (original or certified copy) and proof it is final/enforceable",
           "裁判正本或经证明无误的副本及生效（可执行）证明", "cn.recognition.foreign_judgments"),
         T("Chinese translation of every document", "全部文件的中文译本", "cn.evidence.foreign_documents"),
         APOSTILLE_US if us else T("Notarisation and apostille (Apostille states) or consular "
                                   "legalisation", "公证及附加证明书（公约成员）或领事认证",
                                   "cn.evidence.foreign_documents", "cn.evidence.apostille"),
         T("For a default order: proof of proper summons", "缺席裁判：合法传唤证明", "cn.recognition.foreign_judgments"),
         T("Arrears statement", "欠款明细")],
        risks, rules=rules, certainty="uncertain",
        deadlines=computed or [
            {"id": "cn-recognition-period", "title": "Apply within 2 years (counted as for "
             "enforcement; from the recognition ruling if only recognition was sought)",
             "title_zh": "二年内申请（仅申请承认的，执行期间自承认裁定生效起算）", "due": None,
             "status": "info", "rule": "cn.recognition.application_period",
             "citation": _cite(book, "cn.recognition.application_period"),
             "citation_zh": _cite(book, "cn.recognition.application_period", "zh")}],
        remedies=_remedies(case, "CN", book, today))


def _cn_fresh_action(case: CaseFile, facts: Facts, book: RuleBook, today: dt.date,
                     origin_text: str) -> Route:
    return Route(
        "cn-fresh-action", T("Sue afresh for support in the PRC", "在中国另行起诉追索抚养费"),
        T("People's court where the obligor lives or has property", "被告住所地或财产所在地人民法院"),
        "CN", 60,
        [T(f"File a support claim in the PRC court, using the {origin_text} order as evidence of "
           "the need and the amount.", f"在中国法院起诉追索抚养费，以{origin_text}裁判作为证据。",
           "cn.recognition.fresh_action"),
         T("The court applies whichever law (habitual residence, nationality or main property) "
           "best protects the child.", "法院适用经常居所地、国籍国或主要财产所在地法律中有利于保护被扶养人的法律。",
           "cn.recognition.fresh_action"),
         T("Ask for provisional payment; then enforce the judgment.", "可申请先予执行；判决生效后申请执行。",
           "cn.procedure.provisional_enforcement", "cn.instruments.judgment"),
         T("A claim for child support is not subject to limitation (disputed once the child is 18: "
           "some courts then count 3 years from the 18th birthday).",
           "请求支付抚养费不适用诉讼时效（子女年满十八周岁后有争议：部分法院自十八周岁起计算三年诉讼时效）。",
           "cn.recognition.fresh_action#196")],
        [T("Complaint in Chinese; the foreign order with a Chinese translation", "中文起诉状；外国裁判及中文译本",
           "cn.evidence.foreign_documents"),
         T("Foreign public documents notarised and apostilled (or legalised)", "外国公文书经公证并附加证明书（或认证）",
           "cn.evidence.apostille")],
        [T("A new PRC judgment may set a different amount, and arrears under the foreign order "
           "may not all be awarded.", "中国判决金额可能与原裁判不同，原裁判项下欠款未必全部获支持。"),
         T("The obligor must be served; if abroad, service takes months.",
           "须向被告送达；被告在境外的，送达需数月。", "cn.procedure.service_by_publication_abroad")],
        rules=["cn.recognition.fresh_action"], remedies=_remedies(case, "CN", book, today))


def _us_register_prc(case: CaseFile, facts: Facts, book: RuleBook, today: dt.date) -> Route:
    return Route(
        "us-ca-register-prc-order", T("Register the PRC order in California (comity)",
                                      "在加州登记中国抚养令（礼让）"),
        T("Local child support agency (LCSA) in the obligor's county, or the California superior court",
          "义务人所在县的地方子女抚养机构（LCSA）或加州高等法院", "us.ca.enforcement.lcsa_services"),
        "US-CA", 55,
        [T("Ask the LCSA (free) or a lawyer to register the PRC judgment for enforcement under "
           "UIFSA, arguing comity or 'substantially similar' procedures.",
           "请LCSA（免费）或律师依UIFSA申请登记执行中国判决，主张礼让或“实质相似”。",
           "us.ca.uifsa.comity_for_prc_orders", "us.ca.uifsa.registration"),
         T("If registered, the obligor has 20 days to contest; then California remedies apply.",
           "登记后义务人有20日提出异议；之后适用加州执行措施。", "us.ca.uifsa.contest_period"),
         T("PRC law governs the amount and arrears of a registered PRC order.",
           "已登记中国裁判的金额及欠款依中国法律。", "us.ca.uifsa.issuing_law_governs")],
        [T("Two copies of the PRC judgment, one certified, with a certified English translation",
           "中国判决两份副本（其中一份经认证）及经认证的英文译本", "us.ca.uifsa.registration"),
         T("Certificate that the judgment is effective; PRC apostille (China joined the Apostille "
           "Convention, in force 2023-11-07)", "判决生效证明；中国附加证明书（2023年11月7日起）",
           "cn.evidence.apostille"),
         T("Sworn statement of arrears; obligor's address, employer, assets", "经宣誓的欠款说明；义务人地址、雇主、财产",
           "us.ca.uifsa.registration")],
        [PRC_NOT_HAGUE,
         T("The general foreign-money-judgment act does not cover support; recognition by comity is "
           "discretionary and untested for PRC orders.", "外国金钱判决统一法不适用于抚养费；礼让承认属法院裁量，中国抚养令尚无先例。",
           "us.ca.uifsa.comity_for_prc_orders")],
        rules=["us.ca.uifsa.comity_for_prc_orders", "us.ca.uifsa.foreign_country"],
        certainty="disputed",
        deadlines=[{"id": "uifsa-contest", "title": "20 days to contest after notice of registration",
                    "title_zh": "登记通知后20日内可提出异议", "due": None, "status": "info",
                    "rule": "us.ca.uifsa.contest_period",
                    "citation": _cite(book, "us.ca.uifsa.contest_period"),
                    "citation_zh": _cite(book, "us.ca.uifsa.contest_period", "zh")}],
        remedies=_remedies(case, "US-CA", book, today))


def _us_new_order(case: CaseFile, facts: Facts, book: RuleBook, today: dt.date) -> Route:
    return Route(
        "us-ca-new-order", T("New support order in California where the obligor lives",
                             "在义务人居住地加州另行确立抚养令"),
        T("Local child support agency (LCSA) or the superior court of the obligor's county",
          "义务人所在县的地方子女抚养机构或高等法院", "us.ca.enforcement.lcsa_services"),
        "US-CA", 50,
        [T("Open a case with the LCSA (free) or file in the superior court to establish a "
           "California order under the statewide guideline.", "向LCSA（免费）申请或向高等法院起诉，依加州指引确立抚养令。",
           "us.ca.enforcement.lcsa_services"),
         T("Once made, the order carries an earnings assignment and all California remedies.",
           "抚养令作出后附工资扣划令，并可适用加州全部执行措施。", "us.ca.remedies.earnings_assignment")],
        [T("Proof of parentage and the child's residence; the PRC judgment as evidence",
           "亲子关系及子女居所证明；中国判决作为证据"),
         T("Income information for both parents", "双方收入资料")],
        [T("A new order may not cover arrears that accrued under the PRC order.",
           "新抚养令未必涵盖中国判决项下已产生的欠款。"),
         PRC_NOT_HAGUE],
        rules=["us.ca.enforcement.lcsa_services"], certainty="uncertain",
        remedies=_remedies(case, "US-CA", book, today))


def _us_ca_enforcement(case: CaseFile, facts: Facts, book: RuleBook,
                       dls: list[deadline_mod.DeadlineResult], today: dt.date) -> Route:
    return Route(
        "us-ca-enforcement", T("Enforce the California order in California", "在加州执行加州抚养令"),
        T("Local child support agency (LCSA) / DCSS, or the superior court",
          "地方子女抚养机构（LCSA）／DCSS 或高等法院", "us.ca.enforcement.lcsa_services"),
        "US-CA", 85,
        [T("Open an enforcement case with the LCSA (free), or enforce through the court.",
           "向LCSA申请执行（免费），或通过法院执行。", "us.ca.enforcement.lcsa_services"),
         T("Serve the earnings assignment on the employer (withholding starts within 10 days).",
           "向雇主送达工资扣划令（10日内开始扣划）。", "us.ca.remedies.earnings_assignment"),
         T("Record an abstract of judgment as a lien on real property; levy bank accounts.",
           "登记判决摘要对不动产设定留置权；扣押银行账户。", "us.ca.remedies.real_property_lien",
           "us.ca.remedies.levy"),
         T("Administrative remedies: licence suspension, passport denial over $2,500, tax "
           "refund offsets, credit reporting, FTB collection.",
           "行政措施：暂停执照、欠款超2500美元拒发护照、截留退税、征信报告、州税务局追收。",
           "us.ca.remedies.license_suspension", "us.federal.remedies.passport_denial",
           "us.federal.remedies.tax_refund_offset", "us.ca.remedies.ftb_collection"),
         T("Contempt for wilful non-payment (each month a count; 3-year limit).",
           "对故意不付可申请藐视法庭（每月一项；3年内）。", "us.ca.remedies.contempt")],
        [T("Certified copy of the order; payment history / arrears statement", "抚养令认证副本；付款记录／欠款明细"),
         T("Obligor's employer, address, bank and property details", "义务人雇主、地址、银行及财产信息")],
        [T("Interest at 10 % accrues on arrears; the LCSA's own arrears figure may differ — "
           "reconcile it with the ledger.", "欠款按10%计息；LCSA的欠款数额可能不同，请与台账核对。")],
        rules=["us.ca.enforcement.support_judgment_duration"],
        deadlines=_deadlines_for(dls, ("us.",)),
        remedies=_remedies(case, "US-CA", book, today))


def _us_international(case: CaseFile, facts: Facts, book: RuleBook, today: dt.date,
                      obligor: Country, convention: bool | None) -> Route:
    if convention:
        rid, title = "hcch-2007-dcss", T(
            f"Hague 2007 Convention application to {obligor.name} through DCSS",
            f"通过DCSS依2007年海牙公约向{obligor.name_zh}提出申请")
        rules = ["hcch.2007.us_in_force", "hcch.2007.applications", "hcch.2007.documents",
                 "hcch.2007.refusal_grounds"]
        steps = [
            T("Apply to the local child support agency; DCSS transmits the Convention application "
              "(recognition and enforcement) to the other country's Central Authority.",
              "向地方子女抚养机构申请；DCSS将公约申请（承认与执行）转递至对方国家中央机关。",
              "hcch.2007.us_in_force", "hcch.2007.applications"),
            T("The other country's authorities recognise and enforce the order under their own "
              "law and remedies; refusal grounds are limited.",
              "对方国家依其本国法律及措施承认并执行；拒绝理由有限。", "hcch.2007.refusal_grounds"),
            T("Keep US remedies running meanwhile (passport denial, tax offset).",
              "同时继续适用美国措施（拒发护照、截留退税）。", "us.federal.remedies.passport_denial",
              "us.federal.remedies.tax_refund_offset")]
        docs = [T("Complete text or abstract of the order, statement of enforceability, proof of "
                  "notice if default, arrears statement with its date, on the HCCH forms with "
                  "the transmittal form", "裁判全文或摘要、可执行证明、缺席时的通知证明、注明日期的欠款明细，使用海牙表格及转递表",
                  "hcch.2007.documents"),
                T("Translations as the requested State requires (check its declarations)",
                  "按被请求国要求提供译本（核对其声明）")]
        risks = [T("Free legal assistance for child-support applications is reported for children "
                   "under 21 (not verified against the Convention text).",
                   "据报道未满21岁子女的抚养费申请享有免费法律援助（未对照公约原文核实）。", "hcch.2007.applications")]
        certainty = "settled"
        score = 88
    else:
        rid, title = "us-frc-dcss", T(
            f"Reciprocating-country case to {obligor.name} through DCSS",
            f"通过DCSS向互惠国家{obligor.name_zh}提出案件")
        rules = ["us.federal.frc", "us.ca.uifsa.foreign_country"]
        steps = [
            T(f"{obligor.name} is a US foreign reciprocating country: apply to the local child "
              "support agency, which sends the case through DCSS to that country's central "
              "authority at no cost.", f"{obligor.name_zh}是美国的外国互惠国家：向地方子女抚养机构申请，经DCSS免费转至该国中央机关。",
              "us.federal.frc"),
            T("That country enforces the order under its own procedures.", "由该国依其程序执行。", "us.federal.frc"),
            T("Keep US remedies running meanwhile (passport denial, tax offset).",
              "同时继续适用美国措施（拒发护照、截留退税）。", "us.federal.remedies.passport_denial")]
        docs = [T("Certified copy of the order, arrears statement, obligor's address and employer",
                  "抚养令认证副本、欠款明细、义务人地址及雇主")]
        risks = [T("The current official FRC list was not retrieved; confirm with DCSS.",
                   "未取得最新官方互惠国家名单，请向DCSS确认。", "us.federal.frc")]
        certainty = "settled"
        score = 86
    return Route(rid, title,
                 T("California DCSS through the local child support agency (US Central Authority: HHS)",
                   "加州DCSS（经地方子女抚养机构；美国中央机关为卫生与公众服务部）", "hcch.2007.us_in_force"),
                 obligor.code, score, steps, docs, risks, rules=rules, certainty=certainty,
                 remedies=_remedies(case, "US", book, today))


def _us_to_prc_remedies(case: CaseFile, facts: Facts, book: RuleBook, today: dt.date) -> Route:
    return Route(
        "us-remedies-from-abroad", T("Keep US enforcement running against an obligor in the PRC",
                                     "对身在中国的义务人继续适用美国执行措施"),
        T("Local child support agency (LCSA) / DCSS", "地方子女抚养机构／DCSS", "us.ca.enforcement.lcsa_services"),
        "US-CA", 40,
        [T("Keep the California case open: passport denial over $2,500, tax refund offset, "
           "credit reporting and liens on any US property still work.",
           "保持加州案件开放：欠款超2500美元拒发护照、截留退税、征信报告及对美国财产的留置仍然有效。",
           "us.federal.remedies.passport_denial", "us.federal.remedies.tax_refund_offset",
           "us.federal.remedies.credit_reporting", "us.ca.remedies.real_property_lien")],
        [T("Certified copy of the order; arrears statement", "抚养令认证副本；欠款明细")],
        [T("These remedies reach only US passports, refunds and property.", "上述措施仅对美国护照、退税及财产有效。"),
         T("Any new US court papers for the obligor in mainland China must go through China's "
           "Central Authority (no postal service): expect months.",
           "美国法院向中国内地义务人送达新的文书须经中国中央机关（不得邮寄），需时数月。",
           "hcch.service_1965.china"),
         PRC_NOT_HAGUE],
        rules=["us.ca.enforcement.support_judgment_duration"],
        remedies=_remedies(case, "US", book, today))


def _hk_arrangement(case: CaseFile, inst: Instrument, facts: Facts, book: RuleBook,
                    today: dt.date, dls: list[deadline_mod.DeadlineResult]) -> Route:
    return Route(
        "cn-hk-arrangement", T("Recognition in the Mainland under the Hong Kong family arrangement",
                               "依内地与香港婚姻家庭判决安排在内地申请认可和执行"),
        T("Intermediate people's court of the applicant's or obligor's domicile or habitual "
          "residence, or where the obligor's property is", "申请人或被申请人住所地、经常居所地或被申请人财产所在地中级人民法院",
          "cn_hk.family_judgments.arrangement"),
        "CN", 88,
        [T("Apply to the intermediate court for recognition and enforcement of the Hong Kong "
           "order (made on or after 2022-02-15).", "向中级人民法院申请认可和执行香港裁判（2022年2月15日及以后作出）。",
           "cn_hk.family_judgments.arrangement"),
         T("Once recognised, the Mainland enforcement measures apply; interest is included.",
           "认可后适用内地执行措施，可执行金额包括利息。", "cn_hk.family_judgments.arrangement"),
         T("Apply within 2 years (CPL art. 250 as the Mainland period).", "在二年内申请（内地适用民诉法第250条）。",
           "cn.enforcement.application_period")],
        [T("Certified copy of the Hong Kong order and proof it is effective/enforceable",
           "经证明的香港裁判副本及生效、可执行证明", "cn_hk.family_judgments.arrangement"),
         T("Application in Chinese; identity documents", "中文申请书；身份证明")],
        [T("The court considers the child's best interests; public-policy refusal is possible.",
           "法院会考虑儿童最佳利益；亦可能以公共利益为由不予认可。", "cn_hk.family_judgments.arrangement")],
        rules=["cn_hk.family_judgments.arrangement"],
        deadlines=_deadlines_for(dls, ("cn_hk.",)),
        remedies=_remedies(case, "CN", book, today))


def _mainland_judgment_in_hk(case: CaseFile, inst: Instrument, facts: Facts) -> Route:
    inside = inst.date is not None and inst.date >= dt.date(2022, 2, 15)
    risks = [T("The Hong Kong side's procedure (Cap. 639) is not encoded here: ask a Hong Kong "
               "lawyer for the court, forms and time limits.",
               "香港方面程序（第639章）本系统未收录：法院、表格及期限请咨询香港律师。")]
    if inst.date is not None and not inside:
        # Made before the arrangement: registering under it cannot work, so the route says
        # what is known (the arrangement does not apply) and no more.
        return Route(
            "hk-outside-arrangement",
            T("Enforce in Hong Kong: the family arrangement does not cover this judgment",
              "在香港执行：婚姻家庭判决安排不适用于本判决"),
            T("A Hong Kong lawyer", "香港律师"), "HK", 30,
            [T(f"The judgment's date ({inst.date.isoformat()}) is before 2022-02-15, so it cannot "
               "be registered in Hong Kong under the Mainland–Hong Kong family arrangement: ask a "
               "Hong Kong lawyer whether and how it can be enforced against Hong Kong income and "
               "assets.",
               f"本判决的日期（{inst.date.isoformat()}）早于2022年2月15日，不能依内地与香港婚姻家庭判决"
               "安排在香港登记：能否以及如何对其在港收入和财产执行，请咨询香港律师。",
               "cn_hk.family_judgments.arrangement")],
            [], [T("How Hong Kong treats a Mainland support judgment outside the arrangement is "
                   "not encoded here.", "本系统未收录香港如何处理安排范围以外的内地抚养费判决。")],
            rules=["cn_hk.family_judgments.arrangement"], certainty="uncertain")
    if not inside:
        risks.insert(0, T("The judgment's date is not recorded: the family arrangement covers only "
                          "judgments made on or after 2022-02-15.",
                          "未记录判决作出日期：婚姻家庭判决安排仅适用于2022年2月15日及以后作出的判决。",
                          "cn_hk.family_judgments.arrangement"))
    return Route(
        "hk-register-mainland-judgment",
        T("Register the Mainland judgment in Hong Kong (family arrangement)",
          "依婚姻家庭判决安排在香港登记内地判决"),
        T("Hong Kong court under Cap. 639", "香港法院（第639章）", "cn_hk.family_judgments.arrangement"),
        "HK", 70 if inside else 30,
        [T("Obtain a certified copy of the judgment and a certificate of effectiveness from the "
           "Mainland court.", "向内地法院申请经证明的判决副本及生效证明。", "cn_hk.family_judgments.arrangement"),
         T("Apply to register it in Hong Kong; then enforce against Hong Kong income and assets.",
           "向香港法院申请登记，之后对在港收入及财产执行。", "cn_hk.family_judgments.arrangement")],
        [T("Certified judgment, certificate of effectiveness, arrears statement",
           "经证明的判决、生效证明、欠款明细", "cn_hk.family_judgments.arrangement")],
        risks, rules=["cn_hk.family_judgments.arrangement"],
        certainty="settled" if inside else "uncertain")


# ---------------------------------------------------------------- separate matters

SEPARATE = (
    ("custody", ("custody", "抚养权", "抚养关系", "change of custody"),
     T("Custody or a change of who the child lives with", "抚养权归属或变更抚养关系")),
    ("visitation", ("visit", "探望"), T("Visitation (探望权)", "探望权")),
    ("travel_consent", ("travel", "consent", "出行", "出境同意"),
     T("Consent for the child's travel abroad", "子女出境旅行的同意")),
    ("passports", ("passport", "护照"), T("The child's passport or travel documents", "子女护照或旅行证件")),
    ("relocation", ("relocat", "move abroad", "迁居", "移居"),
     T("Relocating the child to another country", "子女迁居他国")),
)


def _separate_matters(case: CaseFile) -> list[Text]:
    corpus = " ".join(filter(None, [
        case.case.notes, *(f.value for f in case.facts), *(f.name for f in case.facts),
        *(c.summary for c in case.communications), *(e.description for e in case.events),
    ])).lower()
    out: list[Text] = []
    for _, words, text in SEPARATE:
        raised = any(w.lower() in corpus for w in words)
        suffix_en = " — raised in this case." if raised else ""
        suffix_zh = "（本案已涉及）" if raised else ""
        out.append(T(f"{text.en}: a separate matter, not part of money enforcement; it needs its "
                     f"own proceedings and advice.{suffix_en}",
                     f"{text.zh}：属另一事项，不属于抚养费执行，须另行处理并咨询。{suffix_zh}"))
    return out


# ---------------------------------------------------------------- the planner


def plan(casefile: CaseFile, *, today: dt.date | None = None, book: RuleBook | None = None,
         obligation: str | None = None) -> RoutePlan:
    """Ranked enforcement routes for the case (see the module docstring)."""
    book = book or default_rulebook()
    today = today or dt.date.today()
    inst = classify(casefile, obligation)
    facts = _facts(casefile, inst)
    dls = [d for d in deadline_mod.compute(casefile, today, book=book)
           if d.obligation in (None, inst.obligation)]
    routes: list[Route] = []
    warnings: list[Text] = []
    obligor_code = facts.obligor_country
    obligor = country(obligor_code) if obligor_code else None
    if obligor is None:
        warnings.append(T("Where the obligor lives is not recorded: routes abroad cannot be chosen.",
                          "未记录义务人居住地，无法选择境外途径。"))
    ob = next((o for o in casefile.obligations if o.id == inst.obligation),
              casefile.obligations[0])
    written = place_contradicted(casefile, ob)
    if written:
        place = country(written)
        said, said_zh = (place.name, place.name_zh) if place else (written, written)
        warnings.append(T(f"The order is recorded as a {inst.title} but its place as {said}: "
                          f"these routes follow the type ({inst.origin}). Correct whichever is "
                          "wrong in the case file.",
                          f"该命令记录为{inst.title_zh}，作出地却记录为{said_zh}：以下途径按命令类型"
                          f"（{inst.origin}）给出。请在案件文件中改正有误的一项。"))
    in_us = obligor_code == "US" or _in("US", facts.income_places) or _in("US", facts.asset_places)
    in_cn = obligor_code == "CN" or _in("CN", facts.income_places) or _in("CN", facts.asset_places)

    if inst.origin == "CN" or inst.kind in ("divorce_agreement", "private_agreement",
                                            "notarized_agreement"):
        if inst.needs_claim_first:
            routes.append(_cn_claim_first(casefile, inst, facts, book, dls, today))
        else:
            routes.append(_cn_enforcement(casefile, inst, facts, book, dls, today))
            if in_us:
                routes.append(_us_register_prc(casefile, facts, book, today))
                routes.append(_us_new_order(casefile, facts, book, today))
            if inst.kind == "effective_judgment" and (obligor_code == "HK" or _in("HK", facts.asset_places) or \
                    _in("HK", facts.income_places)):
                routes.append(_mainland_judgment_in_hk(casefile, inst, facts))
            elif in_us:
                pass
            elif obligor is not None and obligor_code not in ("CN", "HK", "MO", "TW"):
                routes.append(Route(
                    "foreign-court-direct", T(f"Apply directly to a court in {obligor.name}",
                                              f"直接向{obligor.name_zh}法院申请承认和执行"),
                    T(f"Competent court in {obligor.name}", f"{obligor.name_zh}有管辖权的法院",
                      "cn.international.enforcement_abroad"), obligor.code, 40,
                    [T("Apply to the foreign court for recognition and enforcement of the PRC "
                       "judgment; get a certificate of effectiveness from the PRC court.",
                       "向外国法院申请承认和执行中国判决；向中国法院申请生效证明。",
                       "cn.international.enforcement_abroad")],
                    [T("PRC judgment with certificate of effectiveness, apostille and translation",
                       "中国判决及生效证明、附加证明书和译本", "cn.evidence.apostille")],
                    [T(f"The PRC is not a party to the Hague 2007 Child Support Convention, so no "
                       f"Convention Central Authority route connects it with {obligor.name}.",
                       f"中国不是2007年海牙儿童抚养费公约缔约方，与{obligor.name_zh}之间没有公约规定的"
                       "中央机关转递途径。", "cn.international.hague_2007_not_party"),
                     T("Whether that country recognises PRC support judgments is not encoded: "
                       "ask a lawyer there.", "该国是否承认中国抚养费判决未收录，请咨询当地律师。")],
                    rules=["cn.international.enforcement_abroad"], certainty="uncertain"))
        if inst.kind == "notarized_agreement" and inst.missing:
            warnings.append(T("Obtain the notary's enforcement certificate before applying.",
                              "申请执行前须取得公证机构出具的执行证书。", "cn.instruments.notarized_agreement"))
    elif inst.kind in ("california_order", "us_order"):
        if obligor_code == "US" or obligor_code is None:
            routes.append(_us_ca_enforcement(casefile, facts, book, dls, today))
        elif obligor_code == "CN" or (in_cn and obligor_code in ("HK", "MO", "TW")):
            routes.append(_cn_recognition_foreign(casefile, inst, facts, book, today, us=True,
                                                  dls=dls))
            routes.append(_cn_fresh_action(casefile, facts, book, today, "California"))
            routes.append(_us_to_prc_remedies(casefile, facts, book, today))
            warnings.append(PRC_NOT_HAGUE)
        elif obligor is not None:
            convention = obligor.convention_with_us(today)
            if convention or obligor.us_frc:
                routes.append(_us_international(casefile, facts, book, today, obligor,
                                                bool(convention)))
            else:
                state = ("unknown" if convention is None else "not in force with the US")
                routes.append(Route(
                    "foreign-court-direct", T(f"Enforce in {obligor.name} under its own law",
                                              f"依{obligor.name_zh}法律申请执行"),
                    T(f"Competent court or agency in {obligor.name}", f"{obligor.name_zh}主管法院或机构"),
                    obligor.code, 40,
                    [T(f"The Hague 2007 Convention is {state} for {obligor.name} and it is not a "
                       "reciprocating country: apply there directly (a local lawyer), or ask DCSS "
                       "whether a state-level arrangement exists.",
                       f"2007年海牙公约对{obligor.name_zh}与美国之间未生效或不明，且该国不是互惠国家：需在当地直接申请（当地律师），或询问DCSS是否有州级安排。",
                       "hcch.2007.us_in_force", "us.federal.frc")],
                    [T("Certified order with apostille and translation", "经认证的抚养令、附加证明书及译本")],
                    [T("No treaty route: the outcome depends on local law.", "无条约途径，结果取决于当地法律。")],
                    rules=["us.federal.frc"], certainty="uncertain"))
                if convention is None:
                    warnings.append(T(f"Whether the Convention is in force between the US and "
                                      f"{obligor.name} is not verified: ask DCSS.",
                                      f"海牙公约在美国与{obligor.name_zh}之间是否生效未核实，请询问DCSS。",
                                      "hcch.2007.us_in_force"))
            routes.append(_us_to_prc_remedies(casefile, facts, book, today))
            routes[-1].id = "us-remedies-at-home"
            routes[-1].title = T("Keep US enforcement running at home", "继续在美国适用执行措施")
            routes[-1].risks = routes[-1].risks[:1]
    elif inst.kind == "hk_order":
        inside = inst.date is not None and inst.date >= dt.date(2022, 2, 15)
        if in_cn or obligor_code == "CN":
            if inside:
                routes.append(_hk_arrangement(casefile, inst, facts, book, today, dls))
            else:
                route = _cn_fresh_action(casefile, facts, book, today, "Hong Kong")
                route.risks.insert(0, T("The Hong Kong order was made before 2022-02-15, so the "
                                        "family arrangement does not apply to it.",
                                        "香港裁判作出于2022年2月15日之前，不适用婚姻家庭判决安排。",
                                        "cn_hk.family_judgments.arrangement"))
                route.rules.append("cn_hk.family_judgments.arrangement")
                route.score = 75
                routes.append(route)
        if obligor_code == "HK" or _in("HK", facts.asset_places) or _in("HK", facts.income_places):
            routes.append(Route("hk-enforcement", T("Enforce the order in Hong Kong", "在香港执行该裁判"),
                                T("Hong Kong court that made the order", "作出裁判的香港法院"), "HK", 70,
                                [T("Enforce in Hong Kong under Hong Kong law (not encoded here: ask a "
                                   "Hong Kong lawyer).", "依香港法律在香港执行（本系统未收录，请咨询香港律师）。")],
                                [], [T("Hong Kong enforcement law is not encoded.", "未收录香港执行法律。")],
                                certainty="uncertain"))
    elif inst.kind == "regional_judgment":
        rule_id = inst.rules[0]
        routes.append(Route("cn-regional-recognition",
                            T("Recognition in the Mainland", "在内地申请认可和执行"),
                            T("Intermediate people's court", "中级人民法院", rule_id), "CN", 75,
                            [T("Apply to the intermediate court for recognition, then enforcement.",
                               "向中级人民法院申请认可，认可后执行。", rule_id)],
                            [T("Certified judgment and proof it is effective", "经证明的判决及生效证明", rule_id)],
                            [T("Scope for support judgments: see the rule's status.", "抚养费判决是否在范围内：见规则状态。", rule_id)],
                            rules=[rule_id], certainty=book.get(rule_id).status
                            if rule_id in book else "uncertain"))
    else:  # another country's order
        if in_cn or obligor_code == "CN":
            routes.append(_cn_recognition_foreign(casefile, inst, facts, book, today, us=False,
                                                  dls=dls))
            routes.append(_cn_fresh_action(casefile, facts, book, today, inst.origin))
        if in_us:
            origin = country(inst.origin)
            convention = origin.convention_with_us(today)
            routes.append(Route(
                "us-register-foreign-order", T("Register the foreign order in California", "在加州登记外国抚养令"),
                T("Local child support agency / DCSS or the superior court", "地方子女抚养机构／DCSS或高等法院",
                  "us.ca.enforcement.lcsa_services"), "US-CA", 80 if convention or origin.us_frc else 50,
                [T("Register the order under UIFSA (Convention, reciprocating country, or comity).",
                   "依UIFSA登记（公约、互惠国家或礼让）。", "us.ca.uifsa.registration", "us.ca.uifsa.foreign_country")],
                [T("Certified order, translation, arrears statement", "经认证的裁判、译本、欠款明细", "us.ca.uifsa.registration")],
                [T("Contest period after registration", "登记后的异议期", "us.ca.uifsa.contest_period")],
                rules=["us.ca.uifsa.foreign_country"],
                certainty="settled" if convention or origin.us_frc else "disputed",
                remedies=_remedies(casefile, "US-CA", book, today)))
    if inst.needs_claim_first and not routes:
        routes.append(_cn_claim_first(casefile, inst, facts, book, dls, today))
    if not routes:
        # Nothing we encode connects these places: say so plainly rather than guess.
        where = obligor.name if obligor else "the obligor's country"
        where_zh = obligor.name_zh if obligor else "义务人所在国"
        routes.append(Route(
            "local-advice", T(f"Enforce under the law of {where}", f"依{where_zh}法律执行"),
            T(f"A court or child-support agency in {where} (ask a local lawyer)",
              f"{where_zh}的法院或子女抚养机构（请咨询当地律师）"),
            obligor.code if obligor else "unknown", 10,
            [T("The treaties and arrangements encoded here do not connect the place where the "
               "order was made with the place where the obligor lives or has assets; ask a "
               "lawyer there how a foreign support order is recognised.",
               "本系统收录的条约和安排未能连接裁判作出地与义务人居住地或财产所在地；请向当地律师咨询外国抚养裁判如何承认。")],
            [T("Certified order with apostille or legalisation and a translation",
               "经认证的裁判、附加证明书或认证文件及译本")],
            [T("No encoded route: the outcome depends entirely on local law.",
               "无已收录的途径：结果完全取决于当地法律。")],
            certainty="uncertain"))
    routes.sort(key=lambda r: -r.score)
    if facts.assumed:
        warnings.append(T("Some facts used are assumed, not proven: "
                          + "; ".join(t.en for t in facts.assumed),
                          "部分所用事实尚待核实、未经证明：" + "；".join(t.zh for t in facts.assumed)))
    return RoutePlan(inst, facts, routes, _separate_matters(casefile), warnings, today, book)
