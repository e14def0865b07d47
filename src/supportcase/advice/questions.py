"""Questions for counsel, tailored to the case: the exact procedural questions to ask a lawyer.

A parent without a lawyer usually gets one short consultation. These questions make it count:
each names the case's own facts (the document, the courts, the assets, where the obligor
lives) and the rule it turns on, in English and Simplified Chinese. They never answer the
question themselves where the law is open; they say that it is open.

Custody, travel, passports and relocation are separate matters: a question about urgent child
welfare says so rather than folding them into the support case.

>>> for q in questions_for_counsel(casefile, sources):  # doctest: +SKIP
...     print(q.text.en)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Literal

from supportcase.advice.checklist import (
    BASIS_NAMES,
    CITES,
    CLAIM_FIRST,
    ENFORCEABLE,
    INSTRUMENT_RULES,
    RULE_ALLOCATION,
    RULE_CLAIM_LIMITATION,
    RULE_COURT,
    RULE_PERIOD,
    RULE_RECOGNITION,
    RULE_SERVICE,
    RULES_ABROAD,
    RULES_FOREIGN_EVIDENCE,
    RULES_INVESTIGATION,
    RULES_OUTSIDE_BASIS,
    RULES_PRESSURE,
    basis_kind,
    claim_first,
    country_name,
    home_rules,
    outside_mainland_on_prc_track,
    place,
    prc_first_rules,
    prc_track,
    route_authority,
    route_rules,
    routes,
    usable_clues,
    zh_in_one_style,
)
from supportcase.bilingual import Text
from supportcase.casefile.model import CaseFile
from supportcase.casefile.words import (
    asset_word,
    expense_word,
    payer_word,
    payment_kind_word,
    status_word,
)
from supportcase.drafting.sources import Sources
from supportcase.law.countries import normalize_code
from supportcase.law.instruments import case_origin

Lang = Literal["en", "zh", "both"]

# Asset-clue kinds that are income (as the route planner reads them).
INCOME_KINDS = {"salary", "employer", "pension"}


@dataclass(frozen=True)
class Question:
    """One question for counsel, with the case facts it rests on."""

    id: str
    topic: str
    text: Text
    context: tuple[Text, ...] = ()
    rules: tuple[str, ...] = ()
    cites: tuple[str, ...] = ()
    open_point: bool = False  # the law is unsettled here; counsel's view decides

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "topic": self.topic, "question": self.text.to_json(),
            "context": [c.to_json() for c in self.context], "rules": list(self.rules),
            "citations": [{"en": CITES[c].en(), "zh": CITES[c].zh()} for c in self.cites],
            "open_point": self.open_point,
        }


def _obligor_abroad(casefile: CaseFile, prc: bool) -> str | None:
    """Where the obligor lives, when that is abroad — from China on a PRC track, else from the
    country that made the order."""
    ob = casefile.parties.obligor
    home = "CN" if prc else normalize_code(case_origin(casefile))
    if ob and ob.country and normalize_code(ob.country) != home:
        return ob.country
    return None


def _certainty(route: dict[str, Any]) -> tuple[str, str]:
    from supportcase.law.route import CERTAINTY_WORDS

    return CERTAINTY_WORDS.get(str(route.get("certainty")), ("", ""))


def questions_for_counsel(casefile: CaseFile, sources: Sources) -> list[Question]:
    """The questions for counsel for this case, most decisive first."""
    qs: list[Question] = []
    obligations = casefile.obligations
    kind = basis_kind(casefile)  # "judgment", "mediation statement", ... in running text
    prc = prc_track(casefile, sources)
    found = routes(sources)
    first = found[0] if found else None
    first_rules = home_rules(casefile, sources) if first else ()
    first_authority = route_authority(first) or {"en": "", "zh": ""}
    types = {o.basis.type for o in obligations}
    docs = "; ".join(f"{BASIS_NAMES[o.basis.type][0]} {o.basis.case_number or ''}".strip()
                     for o in obligations)
    docs_zh = "；".join(f"{o.basis.case_number or ''}{BASIS_NAMES[o.basis.type][1]}"
                        for o in obligations)
    # An order made outside the Mainland on its way to a PRC court: the planner's PRC routes.
    made_abroad = outside_mainland_on_prc_track(casefile, sources)
    cn_routes = [r for r in found if str(r.get("id", "")).startswith("cn")] if made_abroad else []
    cn_rules = prc_first_rules(sources) if made_abroad else ()

    # 1. Enforceable document or a new lawsuit?
    if types and types <= ENFORCEABLE:
        qs.append(Question(
            "basis", "legal_basis",
            Text(f"Our {docs} is a PRC court document: can we apply for enforcement directly, and "
                 "what proof of effectiveness will the court want?",
                 f"我们的依据是{docs_zh}，属于人民法院生效法律文书：能否直接申请强制执行？法院需要什么"
                 "生效证明？"),
            context=(Text("The effective date is recorded as "
                          + ", ".join(str(o.basis.effective_date) for o in obligations)
                          + " (check whether it is proven).",
                          "记录的生效日期为 " + "，".join(str(o.basis.effective_date)
                                                  for o in obligations) + "（请核实是否已证明）。"),),
            rules=tuple(sorted({INSTRUMENT_RULES[t] for t in types})),
            cites=("duty_to_perform",)))
    elif made_abroad:
        # A PRC court does not enforce it as it is: recognition or a fresh claim, as routed.
        listed_en = "; ".join(f"{r.get('title_en', '')} ({_certainty(r)[0]})" for r in cn_routes)
        listed_zh = "；".join(f"{r.get('title_zh', '')}（{_certainty(r)[1]}）" for r in cn_routes)
        qs.append(Question(
            "basis", "legal_basis",
            Text(f"Our order is a {docs}, made outside the Mainland, so a PRC court will not "
                 f"enforce it as it is. The route planner suggests: {listed_en}. "
                 + ("Which should we take, and what will each need from us?" if len(cn_routes) > 1
                    else "Is it the right way, and what will it need from us?"),
                 f"我们的依据是{docs_zh}，系在内地以外作出，人民法院不能直接执行。路线规划建议："
                 f"{listed_zh}。"
                 + ("应选择哪条途径？各需要我们提供什么？" if len(cn_routes) > 1
                    else "这条途径是否合适？需要我们提供什么？")),
            rules=tuple(dict.fromkeys((*sorted({INSTRUMENT_RULES[t] for t in types}),
                                       *cn_rules))),
            cites=("foreign_judgment",) if RULE_RECOGNITION in cn_rules else (),
            open_point=any(r.get("certainty") != "settled" for r in cn_routes)))
    elif not prc and first is not None:
        titles_en = "; ".join(str(r.get("title_en", "")) for r in found)
        titles_zh = "；".join(str(r.get("title_zh", "")) for r in found)
        qs.append(Question(
            "basis", "legal_basis",
            Text(f"Our order is a {docs}. The route planner suggests: {titles_en}. Which route is "
                 "best for enforcing it where he lives now, and what will it need from us?",
                 f"我们的依据是{docs_zh}。路线规划建议：{titles_zh}。在其现居住地执行，哪条途径最合适？"
                 "需要我们提供什么？"),
            rules=first_rules))
    elif types == {"notarized_agreement"}:
        # A notarized instrument is a PRC enforcement title of its own
        # (cn.instruments.notarized_agreement): what decides is its enforcement clause and the
        # notary's enforcement certificate, not the recognition of a foreign judgment.
        qs.append(Question(
            "basis", "legal_basis",
            Text(f"Our legal basis is a {docs}: does it carry an enforcement clause, and will the "
                 "court want the notary's enforcement certificate (执行证书) with the application?",
                 f"我们的依据是{docs_zh}：是否赋予强制执行效力？申请执行时法院是否需要公证机构出具的"
                 "执行证书？"),
            rules=(INSTRUMENT_RULES["notarized_agreement"],)))
    else:
        # An agreement is no court document: the question rests on its own rule (and, for a
        # divorce agreement, Civil Code art. 1076), not on the articles for enforcing a
        # legal document or recognising a foreign judgment.
        agreements = bool(types) and types <= CLAIM_FIRST
        qs.append(Question(
            "basis", "legal_basis",
            Text(f"Our legal basis is {docs or 'not yet identified'}: is it enforceable as it is, "
                 "or must we first file a claim (or notarize, or seek judicial confirmation)?",
                 f"我们的依据是{docs_zh or '尚未确定'}：能否直接申请执行，还是须先起诉（或办理赋强公证、"
                 "申请司法确认）？"),
            rules=tuple(sorted({INSTRUMENT_RULES[t] for t in types})) if agreements else
            (*sorted({INSTRUMENT_RULES[t] for t in types}), RULE_RECOGNITION),
            cites=(("divorce_registration",) if "divorce_agreement" in types else ())
            if agreements else ("duty_to_perform", "foreign_judgment")))

    # 2. Which court has enforcement jurisdiction?
    trial = next((o.basis.court for o in obligations if o.basis.court), None)
    cn_property = [a for a in usable_clues(casefile.asset_clues) if place(a.country) == "CN"
                   and a.kind in {"real_estate", "vehicle", "bank_account", "company_share"}]
    court_ctx: list[Text] = []
    if trial:
        court_ctx.append(Text(f"First-instance court: {trial}.", f"第一审法院：{trial}。"))
    for a in cn_property:
        court_ctx.append(Text(f"Property clue: {asset_word(a.kind, 'en')} — {a.details}.",
                              f"财产线索：{asset_word(a.kind, 'zh')}——{a.details}。"))
    for r in (sources.route or {}).get("routes", []):
        if r.get("id") == "cn-enforcement":
            authority = route_authority(r) or {}
            court_ctx.append(Text(f"Route planner: {authority.get('en')}.",
                                  f"路线规划：{authority.get('zh')}。"))
    claim = next((r for r in found if r.get("id") == "cn-claim-first"), None)
    agreement = claim_first(casefile, sources)
    if agreement:
        # The agreement is sued on first: the question is where to sue, not where to enforce.
        court_to_sue = route_authority(claim) or {"en": "", "zh": ""}
        suggested = (Text(f"Route planner: {court_to_sue['en']}.",
                          f"路线规划：{court_to_sue['zh']}。"),
                     ) if court_to_sue["en"] or court_to_sue["zh"] else ()
        qs.append(Question(
            "court", "claim",
            Text("Which people's court should we sue in for the support due under the "
                 "agreement (and the unpaid amounts), given where he lives and where his property "
                 "is?",
                 "应向哪个人民法院起诉追索协议约定的抚养费（及欠付费用）？须考虑其住所地和财产所在地。"),
            context=(*suggested, *court_ctx),
            rules=tuple(sorted({INSTRUMENT_RULES[t] for t in types}))))
    elif not prc and first is not None:
        qs.append(Question(
            "court", "enforcement",
            Text(f"Which office should receive the application — {first_authority['en']} — and "
                 "who there handles international cases?",
                 f"申请应向哪个机构提出——{first_authority['zh']}——其中由谁负责国际案件？"),
            rules=first_rules))
    elif made_abroad and cn_routes:
        courts_en = "; ".join(f"{r.get('title_en', '')}: {(route_authority(r) or {}).get('en')}"
                              for r in cn_routes)
        courts_zh = "；".join(f"{r.get('title_zh', '')}：{(route_authority(r) or {}).get('zh')}"
                              for r in cn_routes)
        qs.append(Question(
            "court", "enforcement",
            Text(f"Which PRC court exactly — {courts_en} — given where he lives and has property, "
                 "and what proof of his address or property there will it want?",
                 f"具体应向哪个中国法院提出——{courts_zh}？需要提供其住所或财产在该地的哪些证明？"),
            context=tuple(c for c in court_ctx if not c.en.startswith("First-instance court")),
            rules=cn_rules))
    else:
        qs.append(Question(
            "court", "enforcement",
            Text("Which court should we file with — the first-instance court, or a court of the same "
                 "level where his property is — and what proof of property in that district would it "
                 "need?",
                 "应向哪个法院申请执行——第一审法院，还是与其同级的被执行财产所在地法院？向财产所在地"
                 "法院申请需要提供哪些证明？"),
            context=tuple(court_ctx), rules=(RULE_COURT,), cites=("enforcement_court",)))

    # 3. Realistic assets in China.
    cn_all = [a for a in usable_clues(casefile.asset_clues) if place(a.country) == "CN"]
    if prc or cn_all:
        # On an agreement these measures come only with the enforcement after the judgment.
        later_en, later_zh = ((" once the judgment is obtained", "取得判决后，")
                              if agreement else ("", ""))
        qs.append(Question(
            "assets_cn", "assets",
            Text(f"Which of his assets in China are realistic to investigate or freeze first"
                 f"{later_en}, and should we ask for a property report order, an online asset "
                 "inquiry, exit restriction or the dishonest-debtor list?",
                 f"{later_zh}他在中国境内哪些财产最有可能查到或冻结？是否应申请责令报告财产、网络查控、"
                 "限制出境或纳入失信被执行人名单？"),
            context=tuple(Text(f"{asset_word(a.kind, 'en')}: {a.details} ({a.status})",
                               f"{asset_word(a.kind, 'zh')}：{a.details}"
                               f"（{status_word(a.status, 'zh')}）")
                          for a in cn_all) or (Text("No asset clue in China yet.", "尚无中国境内财产线索。"),),
            rules=(*RULES_INVESTIGATION, *RULES_PRESSURE),
            cites=("property_report", "inquire_freeze", "exit_restriction")))

    # 4. Service abroad.
    abroad = _obligor_abroad(casefile, prc)
    if abroad and not prc:
        name = country_name(abroad)
        qs.append(Question(
            "service_abroad", "service",
            Text(f"How will the agency or court serve him in {name.en}, and how long will it take?",
                 f"机构或法院将如何在{name.zh}向其送达？需要多长时间？"),
            rules=first_rules))
    if abroad and prc:
        name = country_name(abroad)
        emails = [c.details for c in usable_clues(casefile.location_clues) if c.kind == "email"]
        qs.append(Question(
            "service_abroad", "service",
            Text(f"The obligor lives in {name.en}. How must notices be served there — by treaty, "
                 "through a PRC embassy or consulate if he is a PRC national, by post if that "
                 "country's law allows it, or by e-mail that confirms receipt — and how long "
                 "will it take?",
                 f"被执行人住在{name.zh}。应如何向其送达——依条约、如其具有中国国籍则委托我国驻当地使领馆、"
                 "在当地法律允许时邮寄，还是以能确认收悉的电子邮件送达？需要多长时间？"),
            context=(*(Text(f"Known e-mail: {e}", f"已知邮箱：{e}") for e in emails),
                     Text(f"Whether {name.en} objects to postal service under the Hague "
                          "Service Convention was not verified.",
                          f"{name.zh}是否反对依《海牙送达公约》邮寄送达，尚未核实。")),
            rules=(RULE_SERVICE,), cites=("service_abroad",), open_point=True))

        # What the case file knows is there: his salary, other assets, or nothing yet.
        there = [a for a in usable_clues(casefile.asset_clues)
                 if a.country and place(a.country) == place(abroad)]
        what_en, what_zh = ((" (his salary there)", "（其当地工资）")
                            if any(a.kind in INCOME_KINDS for a in there) else
                            (" (his assets there)", "（其当地财产）") if there else ("", ""))
        in_us = normalize_code(abroad) == "US"
        qs.append(Question(
            "enforce_abroad", "assets",
            Text(f"Is it worth enforcing in {name.en} as well{what_en}, and how — "
                 f"recognition of the PRC {kind.en} by a court there, or a request through the "
                 "local child-support agency — given that China is not a party to the 2007 Hague "
                 "Child Support Convention?",
                 f"是否值得同时在{name.zh}执行{what_zh}，以何种方式——请当地法院承认中国{kind.zh}，"
                 "还是通过当地子女抚养机构？须考虑中国并非2007年海牙儿童抚养费公约缔约方。"),
            # California's comity rule for PRC orders says nothing about another country.
            rules=(*RULES_ABROAD, *(("us.ca.uifsa.comity_for_prc_orders",) if in_us else ())),
            open_point=True))

    # 5. Translation, notarisation, apostille.
    foreign_docs = [d for d in casefile.documents if d.language and d.language != "zh"]
    if not prc:
        hague = any(str(r.get("id", "")).startswith("hcch") for r in found)
        where = country_name(abroad).en if abroad else "the receiving country"
        where_zh = country_name(abroad).zh if abroad else "接收国"
        qs.append(Question(
            "formalities", "evidence",
            Text(f"Which documents need a translation for {where}, and must any be certified or "
                 "apostilled?", f"哪些材料需要译成{where_zh}所用语言？是否需要认证或附加证明书？"),
            rules=("hcch.2007.documents",) if hague else first_rules))
    else:
        us_case = normalize_code(abroad or "") == "US" or case_origin(casefile).startswith("US")
        since = ("has applied between China and the United States since 2023-11-07" if us_case
                 else "has applied to mainland China since 2023-11-07")
        qs.append(Question(
            "formalities", "evidence",
            Text("Which of our documents need a Chinese translation, notarisation or an apostille "
                 f"(documents made abroad; the apostille {since}), and does any power of attorney "
                 "need consular certification?",
                 "哪些材料需要中文译本、公证或附加证明书（境外形成的材料；《取消外国公文书认证要求的公约》"
                 "自2023年11月7日起对中国生效）？授权委托书是否需要使领馆认证？"),
            context=tuple(Text(f"Document not in Chinese: {d.title}", f"非中文材料：{d.title}")
                          for d in foreign_docs),
            rules=RULES_FOREIGN_EVIDENCE))

    # 6. The time limit (disputed) — a PRC question. On an agreement no enforcement period
    # runs yet: the question is the claim's limitation (cn.recognition.fresh_action).
    if agreement:
        qs.append(Question(
            "period", "legal_basis",
            Text("Is any part of the arrears at risk of a limitation defence when we sue? A claim "
                 "for child support is not subject to limitation, but some courts apply the "
                 "3-year limitation from the child's 18th birthday to support unpaid under a "
                 "divorce agreement.",
                 "起诉时，欠款中是否有部分可能遭遇诉讼时效抗辩？请求支付抚养费不适用诉讼时效，但部分法院"
                 "对子女年满十八周岁后追索离婚协议约定而未付的抚养费，适用三年诉讼时效、自十八周岁起算。"),
            rules=(RULE_CLAIM_LIMITATION,), cites=("no_limitation_support",), open_point=True))
    elif prc:
        qs.append(Question(
            "period", "legal_basis",
            Text("Is any part of the arrears at risk under the 2-year time limit for applying for "
                 "enforcement, given the split between the Supreme People's Court's 2020 view (no "
                 "time limit while support lasts) and courts that count each instalment?",
                 "鉴于最高人民法院2020年的观点（抚养关系存续期间不适用申请执行时效）与按每期分别计算的"
                 "法院做法不一致，欠款中是否有部分存在超过二年申请执行期间的风险？"),
            rules=(RULE_PERIOD,), cites=("application_period", "no_limitation_support"),
            open_point=True))

    # 7. Relatives' payments.
    rel = [p for p in casefile.payments if p.payer in {"relative", "other"}]
    if rel:
        qs.append(Question(
            "relative_payments", "arrears",
            Text("Do the payments by his relatives count against the arrears, and how do we show "
                 "they were gifts rather than support paid on his behalf?",
                 "其亲属的付款是否应冲抵欠款？如何证明这些是赠与而非代其支付的抚养费？"),
            context=tuple(Text(f"{p.date.isoformat()} {p.amount} {p.currency} from "
                               f"{p.payer_name or payer_word(p.payer, 'en')} "
                               f"({payment_kind_word(p.kind, 'en')})",
                               f"{p.date.isoformat()} {p.amount} {p.currency}，付款人 "
                               f"{p.payer_name or payer_word(p.payer, 'zh')}"
                               f"（{payment_kind_word(p.kind, 'zh')}）")
                          for p in rel),
            rules=(RULE_ALLOCATION,) if prc else (), open_point=True))

    # 8. Expenses outside the legal basis.
    covered = {s.category for o in obligations for s in o.expense_shares}
    outside = [e for e in casefile.expenses if e.category not in covered]
    if outside:
        qs.append(Question(
            "expenses_outside", "expenses",
            Text(f"These expenses are not in the {kind.en}: should we claim them in a new suit "
                 "to increase support, and with what evidence?",
                 f"以下费用不在{kind.zh}范围内：是否应另行起诉要求增加抚养费？需要哪些证据？"),
            context=tuple(Text(f"{e.date.isoformat()} {expense_word(e.category, 'en')} "
                               f"{e.amount} {e.currency}",
                               f"{e.date.isoformat()} {expense_word(e.category, 'zh')} "
                               f"{e.amount} {e.currency}")
                          for e in outside),
            rules=RULES_OUTSIDE_BASIS if prc else (),
            cites=("support_after_divorce",) if prc else ()))

    # 9. Urgent child welfare.
    qs.append(Question(
        "child_welfare", "child_welfare",
        Text("Do any urgent child-welfare facts (illness, school fees due, loss of housing) change "
             "what we should do first? Custody, travel, passports and relocation are separate "
             "matters — should they be handled in a separate proceeding?",
             "是否有紧急的子女福利情况（患病、学费到期、失去住所）会改变我们的先后顺序？抚养权、出行、"
             "护照和迁居属于另案事项——是否应另行处理？"),
        context=(Text("Custody, travel, passports and relocation are outside this support case.",
                      "抚养权、出行、护照和迁居不属于本抚养费执行案件。"),),
        rules=("cn.procedure.provisional_enforcement",) if prc else ()))
    if made_abroad:
        qs = [_for_an_order_made_abroad(q, cn_routes, casefile) for q in qs]
        home = _where_the_order_was_made_question(casefile, found)
        qs = [*qs[:-1], *home, qs[-1]] if home else qs
    # Article numbers in one style in Chinese, whatever wrote them (第二百四十七条).
    return [replace(q, text=zh_in_one_style(q.text),
                    context=tuple(zh_in_one_style(c) for c in q.context)) for q in qs]


def _where_the_order_was_made_question(casefile: CaseFile,
                                       found: list[dict[str, Any]]) -> list[Question]:
    """Keeping enforcement running where the order was made (for a California order, the local
    child support agency's case) beside the PRC case, and how the two bear on each other."""
    home = [r for r in found if not str(r.get("id", "")).startswith("cn")]
    if not home:
        return []
    lcsa = case_origin(casefile) == "US-CA"
    authority = route_authority(home[0]) or {"en": "", "zh": ""}
    office = authority["en"][:1].lower() + authority["en"][1:]
    fresh = any(r.get("id") == "cn-fresh-action" for r in found)
    return [Question(
        "order_place", "enforcement",
        Text(f"Should we open or keep a case with the {office} while the PRC case runs, and "
             "how do the two bear on each other"
             + (" — for instance if a PRC judgment on a fresh claim sets a different amount?"
                if fresh else "?"),
             f"在中国程序进行期间，是否应向{authority['zh']}申请立案或保持已有案件？两者如何相互影响"
             + ("——例如另行起诉后中国判决确定的金额与原裁判不同？" if fresh else "？")),
        rules=tuple(dict.fromkeys((*(("us.ca.enforcement.lcsa_services",) if lcsa else ()),
                                   *route_rules(home[0]),
                                   *(("cn.recognition.fresh_action",) if fresh else ())))))]


def _for_an_order_made_abroad(q: Question, cn_routes: list[dict[str, Any]],
                              casefile: CaseFile) -> Question:
    """The time-limit question for an order made outside the Mainland on its way to a PRC
    court: the 2-year period reaches a recognition application (cn.recognition.
    application_period) and a fresh claim has its own rule (cn.recognition.fresh_action) —
    not the enforcement of a PRC document alone."""
    if q.id != "period":
        return q
    ids = {str(r.get("id", "")) for r in cn_routes}
    recognition = "cn-recognition" in ids
    fresh = "cn-fresh-action" in ids
    if not (recognition or fresh):
        return q
    parts_en = [("For recognition: the 2-year period for applying for enforcement also governs "
                 "an application to recognise and enforce the order, and courts that count each "
                 "instalment do not follow the Supreme People's Court's 2020 view (no time limit "
                 "while support lasts).") if recognition else "",
                ("For a fresh claim: a claim for child support is not subject to limitation, "
                 "though some courts count a limit once the child is 18.") if fresh else ""]
    parts_zh = [("申请承认：申请执行期间（二年）也适用于申请承认和执行该裁判，按每期分别计算的法院并未采纳"
                 "最高人民法院2020年的观点（抚养关系存续期间不适用申请执行时效）。") if recognition
                else "",
                "另行起诉：请求支付抚养费不适用诉讼时效，但子女年满十八周岁后部分法院计算诉讼时效。"
                if fresh else ""]
    return Question(
        "period", "legal_basis",
        Text(" ".join(["Is any part of the arrears at risk under a time limit?",
                       *(p for p in parts_en if p)]),
             "".join(["欠款中是否有部分存在超过期限的风险？", *(p for p in parts_zh if p)])),
        rules=(*(("cn.recognition.application_period", RULE_PERIOD) if recognition else ()),
               *(("cn.recognition.fresh_action",) if fresh else ())),
        cites=(*(("application_period",) if recognition else ()), "no_limitation_support"),
        open_point=True)


def questions_to_text(questions: list[Question], lang: Lang = "both") -> str:
    langs = ("en", "zh") if lang == "both" else (lang,)
    out: list[str] = []
    head = {"en": "Questions for counsel", "zh": "咨询律师的问题"}
    out.append(" / ".join(head[c] for c in langs))
    for n, q in enumerate(questions, 1):
        out.append("")
        for i, code in enumerate(langs):
            prefix = f"{n}. " if i == 0 else "   "
            out.append(prefix + q.text.in_(code))
        for c in q.context:
            seen: set[str] = set()
            for code in langs:
                if c.in_(code) not in seen:
                    seen.add(c.in_(code))
                    out.append("     · " + c.in_(code))
        refs = [*q.rules, *(CITES[k].en() if "en" in langs else CITES[k].zh() for k in q.cites)]
        if refs:
            label = "依据：" if langs == ("zh",) else "rule: "
            out.append("     " + label + ", ".join(refs))
        if q.open_point:
            out.append("     " + " / ".join({"en": "open point: the law is unsettled here",
                                             "zh": "开放问题：法律尚无定论"}[c] for c in langs))
    return "\n".join(out) + "\n"
