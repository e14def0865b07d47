"""The next-step checklist: what is done, what is missing and what is still to check.

From a case file (and what the ledger and the law say about it, `drafting.sources`), this
builds a bilingual (English / Simplified Chinese) checklist in seven groups — legal basis,
arrears, assets and income in each country, location and service abroad, child-related
expenses, communications, enforcement steps and after filing. Every item says its status
(`done`, `missing`, `to_check`), why it matters (the rule id and the law it rests on) and what
evidence would settle it.

Facts a document proves are kept apart from assumptions still to check: `Checklist.proven`
and `Checklist.assumptions`. A clue obtained unlawfully (a hacked account, pressure on a
relative) is never used; it is listed in `Checklist.refused` with the reason.

>>> checklist = build_checklist(casefile, sources)  # doctest: +SKIP
>>> print(checklist.to_text("both"))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal

from supportcase.bilingual import Text
from supportcase.casefile.model import AssetClue, CaseFile, LocationClue, Obligation, Party
from supportcase.casefile.words import (
    PAYERS,
    asset_word,
    channel_word,
    expense_word,
    fact_word,
    frequency_word,
    location_word,
    message_word,
    payer_word,
    payment_kind_word,
    regime_word,
    status_word,
)
from supportcase.drafting.sources import Sources
from supportcase.law.citations import chinese_article_numbers
from supportcase.law.countries import normalize_code
from supportcase.law.deadlines import STATUS_WORDS
from supportcase.law.instruments import case_origin
from supportcase.money import percent

Status = Literal["done", "missing", "to_check"]
Lang = Literal["en", "zh", "both"]

GROUPS: tuple[tuple[str, str, str], ...] = (
    ("legal_basis", "Legal basis", "法律依据"),
    ("arrears", "Arrears", "欠款"),
    ("assets", "Assets and income in each country", "各国财产与收入"),
    ("location", "Location and service abroad", "下落与境外送达"),
    ("expenses", "Child-related expenses and their proof", "子女相关费用及凭证"),
    ("communications", "Communications", "沟通记录"),
    ("enforcement", "Enforcement steps and after filing", "执行步骤与立案后事项"),
)

STATUS_LABEL = {
    "done": ("done", "已完成"),
    "missing": ("missing", "缺失"),
    "to_check": ("to check", "待核实"),
}


@dataclass(frozen=True)
class Cite:
    """A citation to the law as it reads in Chinese and English (verified in the research)."""

    law_zh: str
    law_en: str
    article: str | None = None  # Arabic numerals; rendered in Chinese numerals in zh

    def zh(self) -> str:
        if not self.article:
            return f"《{self.law_zh}》"
        return f"《{self.law_zh}》第{_cn_number(self.article)}条"

    def en(self) -> str:
        return f"{self.law_en} art. {self.article}" if self.article else self.law_en


def _cn_number(article: str) -> str:
    if not article.isdigit():
        return article
    import cn2an

    return str(cn2an.an2cn(int(article)))


CPL = ("中华人民共和国民事诉讼法", "Civil Procedure Law of the PRC (2023)")
CIVIL_CODE = ("中华人民共和国民法典", "Civil Code")
# The law and article each checklist reason rests on (research notes, china-law.md).
CITES: dict[str, Cite] = {
    "duty_to_perform": Cite(*CPL, "247"),
    "enforcement_court": Cite(*CPL, "235"),
    "application_period": Cite(*CPL, "250"),
    "double_interest": Cite(*CPL, "264"),
    "property_report": Cite(*CPL, "252"),
    "inquire_freeze": Cite(*CPL, "253"),
    "withhold_income": Cite(*CPL, "254"),
    "seize_auction": Cite(*CPL, "255"),
    "exit_restriction": Cite(*CPL, "266"),
    "service_abroad": Cite(*CPL, "283"),
    "apply_one_level_up": Cite(*CPL, "237"),
    "refusal_sanctions": Cite(*CPL, "114"),
    "documentary_evidence": Cite(*CPL, "73"),
    "settlement": Cite(*CPL, "241"),
    "foreign_judgment": Cite(*CPL, "298"),
    "divorce_registration": Cite(*CIVIL_CODE, "1076"),
    "support_rights": Cite(*CIVIL_CODE, "1067"),
    "support_after_divorce": Cite(*CIVIL_CODE, "1085"),
    "interruption_by_demand": Cite(*CIVIL_CODE, "195"),
    "no_limitation_support": Cite(*CIVIL_CODE, "196"),
}

# Rule ids (law/rules/...) each reason rests on; `test_checklist` checks every one exists.
RULE_TITLE = "cn.instruments.judgment"
RULE_COURT = "cn.enforcement.court"
RULE_DOCUMENTS = "cn.enforcement.application_documents"
RULE_HIGHER_COURT = "cn.enforcement.higher_court"
RULE_PERIOD = "cn.enforcement.application_period"
RULE_LATE = "cn.enforcement.late_application"
RULE_INTERRUPTION = "cn.enforcement.interruption"
RULE_INTEREST = "cn.interest.delayed_performance"
RULE_FX = "cn.interest.foreign_currency"
RULE_ALLOCATION = "cn.allocation.delayed_performance"
RULES_MEASURES = ("cn.remedies.deposits", "cn.remedies.income_withholding",
                  "cn.remedies.seizure_auction")
RULES_INVESTIGATION = ("cn.remedies.property_report", "cn.remedies.deposits")
RULES_PRESSURE = ("cn.remedies.exit_restriction", "cn.remedies.dishonest_list")
RULE_FINES = "cn.remedies.fines_detention"
RULE_SERVICE = "cn.procedure.service_by_publication_abroad"
RULES_FOREIGN_EVIDENCE = ("cn.evidence.foreign_documents", "cn.evidence.apostille")
RULE_SUPPORT_SCOPE = "cn.support_standard.composition"
RULES_OUTSIDE_BASIS = ("cn.procedure.modification_new_suit", "cn.support_standard.increase_grounds")
RULE_RECOGNITION = "cn.recognition.foreign_judgments"
RULES_ABROAD = ("cn.international.enforcement_abroad", "cn.international.hague_2007_not_party")

INSTRUMENT_RULES = {
    "judgment": "cn.instruments.judgment",
    "ruling": "cn.instruments.judgment",
    "mediation_statement": "cn.instruments.mediation_statement",
    "notarized_agreement": "cn.instruments.notarized_agreement",
    "divorce_agreement": "cn.instruments.divorce_agreement",
    "private_agreement": "cn.instruments.private_agreement",
    "foreign_order": "cn.recognition.foreign_judgments",
    "us_order": "cn.recognition.us_orders",
    "hk_order": "cn_hk.family_judgments.arrangement",
    "other": "cn.instruments.judgment",
}


@dataclass(frozen=True)
class Item:
    """One line of the checklist."""

    id: str
    group: str
    status: Status
    title: Text
    why: Text
    evidence: Text  # what evidence would settle it
    rules: tuple[str, ...] = ()
    cites: tuple[str, ...] = ()  # keys of CITES
    details: tuple[Text, ...] = ()
    # Whether the state shown rests on proven records or on assumptions still to check.
    basis: Literal["proven", "assumed", "none"] = "none"
    draft: str | None = None  # a draft kind that helps close the item

    def to_json(self, known_rules: set[str] | None = None) -> dict[str, Any]:
        return {
            "id": self.id,
            "group": self.group,
            "status": self.status,
            "title": self.title.to_json(),
            "why": self.why.to_json(),
            "evidence": self.evidence.to_json(),
            "rules": list(self.rules),
            "rules_known": [r for r in self.rules if known_rules is None or r in known_rules],
            "citations": [{"en": CITES[c].en(), "zh": CITES[c].zh()} for c in self.cites],
            "details": [d.to_json() for d in self.details],
            "basis": self.basis,
            "draft": self.draft,
        }


@dataclass(frozen=True)
class Record:
    """A fact or record of the case, with its status and where it came from."""

    kind: str  # fact | obligation | payment | expense | communication | asset_clue | ...
    label: str
    status: str  # proven | assumed | disputed
    source: str
    label_zh: str = ""
    source_zh: str = ""

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "label": self.label, "label_zh": self.label_zh or self.label,
                "status": self.status, "source": self.source,
                "source_zh": self.source_zh or self.source}


@dataclass(frozen=True)
class RefusedClue:
    """A clue that will not be used in any filing, and why."""

    kind: str
    details: str
    obtained: str
    reason: Text

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "details": self.details, "obtained": self.obtained,
                "reason": self.reason.to_json()}


UNLAWFUL_REASON = Text(
    en="Refused: this clue was obtained unlawfully (for example by entering someone's account "
       "without permission or by pressuring a relative). Evidence obtained by seriously "
       "infringing others' lawful rights or by violating the law is excluded, and using it can "
       "expose you to liability. Ask the court to investigate instead: the court can inquire "
       "into deposits and property itself (CPL art. 253) and order the obligor to report "
       "property (CPL art. 252).",
    zh="不予使用：该线索系以非法方式取得（例如未经允许登录他人账户、向亲属施压）。以严重侵害他人"
       "合法权益或者违反法律禁止性规定的方法取得的证据不能作为定案依据，使用还可能带来法律责任。"
       "请改为申请法院调查：法院可依职权查询被执行人存款等财产（《中华人民共和国民事诉讼法》第二百"
       "五十三条），并责令被执行人报告财产（第二百五十二条）。",
)


def clue_is_lawful(clue: AssetClue | LocationClue) -> bool:
    """A clue may be used in a filing unless it was obtained unlawfully."""
    return clue.obtained_how != "unlawful"


def usable_clues(clues: Iterable[AssetClue | LocationClue]) -> list[Any]:
    return [c for c in clues if clue_is_lawful(c)]


def refused_clues(casefile: CaseFile) -> list[RefusedClue]:
    clues: list[AssetClue | LocationClue] = [*casefile.asset_clues, *casefile.location_clues]
    return [RefusedClue(kind=c.kind, details=c.details, obtained=c.obtained,
                        reason=UNLAWFUL_REASON)
            for c in clues if not clue_is_lawful(c)]


@dataclass(frozen=True)
class Checklist:
    """The checklist for one case on one date."""

    as_of: dt.date
    title: str
    items: tuple[Item, ...]
    proven: tuple[Record, ...]
    assumptions: tuple[Record, ...]
    refused: tuple[RefusedClue, ...]
    problems: dict[str, str] = field(default_factory=dict)
    problems_zh: dict[str, str] = field(default_factory=dict)
    known_rules: frozenset[str] = frozenset()

    def group(self, group: str) -> list[Item]:
        return [i for i in self.items if i.group == group]

    def counts(self) -> dict[str, int]:
        return {s: sum(1 for i in self.items if i.status == s)
                for s in ("done", "missing", "to_check")}

    def to_json(self) -> dict[str, Any]:
        known = set(self.known_rules)
        return {
            "as_of": self.as_of.isoformat(),
            "case": self.title,
            "counts": self.counts(),
            "groups": [
                {"id": gid, "title": {"en": en, "zh": zh},
                 "items": [i.to_json(known) for i in self.group(gid)]}
                for gid, en, zh in GROUPS
            ],
            "proven": [r.to_json() for r in self.proven],
            "assumptions": [r.to_json() for r in self.assumptions],
            "refused_clues": [r.to_json() for r in self.refused],
            "problems": dict(self.problems),
            "problems_zh": dict(self.problems_zh),
        }

    def to_text(self, lang: Lang = "both") -> str:
        """Plain text for people; `both` prints each line in English then Chinese."""
        langs = ("en", "zh") if lang == "both" else (lang,)
        out: list[str] = []

        def line(text: Text, indent: str = "") -> None:
            shown = {text.in_(code) for code in langs}
            for code in langs:
                if text.in_(code) in shown:
                    shown.discard(text.in_(code))
                    out.append(indent + text.in_(code))

        line(Text(f"Next-step checklist — {self.title} (as of {self.as_of.isoformat()})",
                  f"下一步清单 — {self.title}（截至 {self.as_of.isoformat()}）"))
        c = self.counts()
        line(Text(f"{c['done']} done, {c['missing']} missing, {c['to_check']} to check",
                  f"已完成 {c['done']} 项，缺失 {c['missing']} 项，待核实 {c['to_check']} 项"))
        for gid, en, zh in GROUPS:
            items = self.group(gid)
            if not items:
                continue
            out.append("")
            line(Text(f"== {en} ==", f"== {zh} =="))
            for item in items:
                en_s, zh_s = STATUS_LABEL[item.status]
                line(Text(f"[{en_s}] {item.title.en}", f"[{zh_s}] {item.title.zh}"))
                for d in item.details:
                    line(d, "    · ")
                line(Text(f"why: {item.why.en}", f"理由：{item.why.zh}"), "    ")
                refs_en = ", ".join([*item.rules, *(CITES[k].en() for k in item.cites)])
                refs_zh = "，".join([*item.rules, *(CITES[k].zh() for k in item.cites)])
                if refs_en:
                    line(Text(f"rule: {refs_en}", f"依据：{refs_zh}"), "    ")
                line(Text(f"evidence: {item.evidence.en}", f"证据：{item.evidence.zh}"), "    ")
                if item.basis == "assumed":
                    line(Text("(rests on assumptions still to check)", "（基于待核实的假设）"),
                         "    ")
        out.append("")
        line(Text("== Proven facts ==", "== 已证明的事实 =="))
        for r in self.proven:
            line(Text(f"  ✔ {r.label}  [{r.source}]", f"  ✔ {r.label_zh}  [{r.source_zh}]"))
        out.append("")
        line(Text("== Assumptions still to check ==", "== 待核实的假设 =="))
        for r in self.assumptions:
            line(Text(f"  ? {r.label}  [{r.status}; {r.source}]",
                      f"  ? {r.label_zh}  [{status_word(r.status, 'zh')}；{r.source_zh}]"))
        if self.refused:
            out.append("")
            line(Text("== Clues refused ==", "== 不予使用的线索 =="))
            for rc in self.refused:
                out.append(f"  ✘ {rc.kind}: {rc.details}")
                line(rc.reason, "    ")
        if self.problems:
            out.append("")
            line(Text("== Not available ==", "== 暂无法提供 =="))
            for part, why in self.problems.items():
                line(Text(f"{part}: {why}", f"{PARTS_ZH.get(part, part)}："
                          f"{self.problems_zh.get(part, why)}"), "  - ")
        return "\n".join(out) + "\n"


# The parts a checklist rests on, named for a Chinese reader when one is missing.
PARTS_ZH = {"statement": "欠款明细", "route": "执行途径", "deadlines": "期限"}


# --- records: proven apart from assumed -----------------------------------------------------


def _source_of_provenance(p: Any, titles: dict[str, str]) -> Text:
    if p is None:
        return Text("no source", "无来源")
    if getattr(p, "document", None):
        page = f" p.{p.page}" if p.page else ""
        page_zh = f"第{p.page}页" if p.page else ""
        title = titles.get(p.document, p.document)
        return Text(f"document {title}{page}", f"文件《{title}》{page_zh}")
    if getattr(p, "entered_by", None):
        on = f" on {p.entered_on.isoformat()}" if p.entered_on else ""
        on_zh = f"于 {p.entered_on.isoformat()} " if p.entered_on else ""
        return Text(f"entered by the {payer_word(p.entered_by, 'en')}{on}"
                    if p.entered_by in PAYERS else f"entered by {p.entered_by}{on}",
                    f"由{payer_word(p.entered_by, 'zh')}{on_zh}录入")
    return Text("no source", "无来源")


def _record(kind: str, label: Text, status: str, source: Text) -> Record:
    return Record(kind, label.en, status, source.en, label.zh, source.zh)


def records(casefile: CaseFile) -> list[Record]:
    """Every fact and record of the case with its status and source, in both languages."""
    titles = {d.id: d.title for d in casefile.documents}

    def linked(doc: str | None, what_en: str, what_zh: str, none_en: str,
               none_zh: str) -> Text:
        if not doc:
            return Text(none_en, none_zh)
        title = titles.get(doc, doc)  # a document of the case by its title, else as written
        return Text(f"{what_en} {title}", f"{what_zh}《{title}》")

    def shown_by(status: str | None, doc: str | None, what_en: str, what_zh: str,
                 noun_en: str, noun_zh: str) -> Text:
        # A payment, expense or message with no status written stands on its document (see
        # casefile.model.standing); one marked proven with nothing linked must get a document.
        if doc:
            return linked(doc, what_en, what_zh, "", "")
        if status is None:
            return Text(f"stated by the parent, no {noun_en} linked yet", f"当事人陈述，尚未关联{noun_zh}")
        if status == "proven":
            return Text(f"marked proven; no {noun_en} linked — link one before filing",
                        f"标为已证明；未关联{noun_zh}——提交前请关联{noun_zh}")
        return Text(f"no {noun_en} linked", f"未关联{noun_zh}")

    out: list[Record] = []
    kind = basis_kind(casefile)
    for f in casefile.facts:
        name = Text(fact_word(f.name, "en"), fact_word(f.name, "zh"))
        if f.name == "judgment_effective_date" and kind.en != "judgment":
            # The fact's name says "judgment" whatever the document: name the document.
            name = Text(f"date the {kind.en} took effect", f"{kind.zh}生效日期")
        out.append(_record("fact", Text(f"{name.en}: {f.value}", f"{name.zh}：{f.value}"),
                           f.status, _source_of_provenance(f.provenance, titles)))
    for o in casefile.obligations:
        b = o.basis
        en, zh = BASIS_NAMES[b.type]
        num = b.case_number or ""
        out.append(_record(
            "obligation",
            Text(f"obligation {o.id}: {o.amount} {o.currency} {frequency_word(o.frequency, 'en')}"
                 f" from {o.start.isoformat()} ({en} {num})".replace(" )", ")"),
                 f"给付义务 {o.id}：自 {o.start.isoformat()} 起{frequency_word(o.frequency, 'zh')}"
                 f" {o.amount} {o.currency}（{num}{zh}）"),
            o.standing, linked(b.document, "document", "文件", "no document linked", "未关联文件")))
    for p in casefile.payments:
        who = p.payer_name or payer_word(p.payer, "en")
        who_zh = p.payer_name or payer_word(p.payer, "zh")
        out.append(_record(
            "payment",
            Text(f"payment {p.date.isoformat()} {p.amount} {p.currency} by {who} "
                 f"({payment_kind_word(p.kind, 'en')})",
                 f"付款 {p.date.isoformat()} {p.amount} {p.currency}，付款人 {who_zh}"
                 f"（{payment_kind_word(p.kind, 'zh')}）"),
            p.standing, shown_by(p.status, p.proof, "document", "凭证", "proof", "凭证")))
    for e in casefile.expenses:
        out.append(_record(
            "expense",
            Text(f"expense {e.date.isoformat()} {expense_word(e.category, 'en')} {e.amount} "
                 f"{e.currency}",
                 f"费用 {e.date.isoformat()} {expense_word(e.category, 'zh')} {e.amount} "
                 f"{e.currency}"),
            e.standing, shown_by(e.status, e.receipt, "receipt", "收据", "receipt", "收据")))
    for c in casefile.communications:
        out.append(_record(
            "communication",
            Text(f"{c.date.isoformat()} {message_word(c.kind, 'en')} "
                 f"({channel_word(c.channel, 'en')}): {c.summary}",
                 f"{c.date.isoformat()} {message_word(c.kind, 'zh')}"
                 f"（{channel_word(c.channel, 'zh')}）：{c.summary}"),
            c.standing, shown_by(c.status, c.document, "document", "文件", "copy", "副本")))
    for a in casefile.asset_clues:
        if clue_is_lawful(a):
            where = _place_words(a.country)
            out.append(_record("asset_clue",
                               Text(f"{asset_word(a.kind, 'en')}{where.en}: {a.details}",
                                    f"财产线索 {asset_word(a.kind, 'zh')}{where.zh}：{a.details}"),
                               a.status, Text(a.obtained, a.obtained)))
    for loc in casefile.location_clues:
        if clue_is_lawful(loc):
            where = _place_words(loc.country)
            out.append(_record("location_clue",
                               Text(f"{location_word(loc.kind, 'en')}{where.en}: {loc.details}",
                                    f"下落线索 {location_word(loc.kind, 'zh')}{where.zh}："
                                    f"{loc.details}"),
                               loc.status, Text(loc.obtained, loc.obtained)))
    return out


# --- the route planner's answer ----------------------------------------------------------


def routes(sources: Sources) -> list[dict[str, Any]]:
    """The enforcement routes the law's route planner proposes, best first."""
    return [dict(r) for r in (sources.route or {}).get("routes", []) if isinstance(r, dict)]


def route_authority(route: dict[str, Any] | None) -> dict[str, str] | None:
    """The route's authority in both languages, whichever shape the planner wrote it in."""
    if not route:
        return None
    authority = route.get("authority")
    if isinstance(authority, dict):
        return {"en": str(authority.get("en", "")), "zh": str(authority.get("zh", ""))}
    return {"en": str(route.get("authority_en") or authority or ""),
            "zh": str(route.get("authority_zh") or authority or "")}


def route_rules(route: dict[str, Any]) -> tuple[str, ...]:
    """Every rule id the route's steps rest on, in order (an "id#article" keeps its id)."""
    seen: list[str] = []
    for step in route.get("steps", []):
        for rule in step.get("rules", []) if isinstance(step, dict) else []:
            rid = str(rule).split("#")[0]
            if rid not in seen:
                seen.append(rid)
    return tuple(seen)


def first_step_rules(sources: Sources) -> tuple[str, ...]:
    """The rules of the best route's first step that cites any (the route's legal footing)."""
    for route in routes(sources)[:1]:
        for step in route.get("steps", []):
            rules = step.get("rules", []) if isinstance(step, dict) else []
            if rules:
                return tuple(dict.fromkeys(str(r).split("#")[0] for r in rules))
    return ()


def prc_first_rules(sources: Sources) -> tuple[str, ...]:
    """The first rule of each PRC route (recognition, a fresh claim, ...), best route first."""
    return tuple(dict.fromkeys(x for r in routes(sources) if str(r.get("id", "")).startswith("cn")
                               for x in route_rules(r)[:1]))


def home_rules(casefile: CaseFile, sources: Sources) -> tuple[str, ...]:
    """Rules for a case that does not run through a PRC court: the order's own law and route."""
    own = (("us.ca.enforcement.support_judgment_duration",)
           if case_origin(casefile).startswith("US") else ())
    return tuple(dict.fromkeys((*own, *first_step_rules(sources)))) or (
        "us.ca.enforcement.lcsa_services",)


def claim_first(casefile: CaseFile, sources: Sources) -> bool:
    """Whether the case rests only on an agreement that must first be sued on in the people's
    court (the planner's claim-first route and no PRC enforcement route): enforcement periods
    and enforcement articles do not apply to it yet (cn.instruments.divorce_agreement)."""
    found = routes(sources)
    if found:
        ids = {r.get("id") for r in found}
        return "cn-claim-first" in ids and "cn-enforcement" not in ids
    return bool(casefile.obligations) and all(o.basis.type in CLAIM_FIRST
                                              for o in casefile.obligations)


def prc_track(casefile: CaseFile, sources: Sources) -> bool:
    """Whether the case runs through a PRC court (enforcement, recognition or a claim)."""
    found = routes(sources)
    if found:
        return any(str(r.get("id", "")).startswith("cn") for r in found)
    return case_origin(casefile) == "CN"


# --- the groups ------------------------------------------------------------------------------

ENFORCEABLE = {"judgment", "mediation_statement", "ruling"}
OUTSIDE_MAINLAND = {"foreign_order", "us_order", "hk_order"}
# Agreements that are no enforcement title: the claim is filed first.
CLAIM_FIRST = {"divorce_agreement", "private_agreement"}
RULE_CLAIM_LIMITATION = "cn.recognition.fresh_action"
BASIS_NAMES = {
    "judgment": ("judgment", "民事判决书"),
    "mediation_statement": ("court mediation statement", "民事调解书"),
    "ruling": ("ruling", "民事裁定书"),
    "notarized_agreement": ("notarized agreement", "公证债权文书"),
    "divorce_agreement": ("divorce agreement", "离婚协议"),
    "private_agreement": ("private agreement", "私下协议"),
    "foreign_order": ("foreign support order", "外国抚养令"),
    "us_order": ("US support order", "美国抚养令"),
    "hk_order": ("Hong Kong order", "香港命令"),
    "other": ("other document", "其他文书"),
}


# The legal basis in running text ("not in the judgment", "不在调解书范围内"), by its kind.
KIND_WORDS = {
    "judgment": ("judgment", "判决书"),
    "mediation_statement": ("mediation statement", "调解书"),
    "ruling": ("ruling", "裁定书"),
    "notarized_agreement": ("notarized instrument", "公证债权文书"),
    "divorce_agreement": ("divorce agreement", "离婚协议"),
    "private_agreement": ("agreement", "协议"),
    "foreign_order": ("order", "裁判"),
    "us_order": ("order", "抚养令"),
    "hk_order": ("order", "命令"),
    "other": ("legal document", "法律文书"),
}


def basis_kind(casefile: CaseFile) -> Text:
    """What the case's legal basis is, in a word: its kind when every obligation rests on the
    same kind of document, else "legal document" (a mediation statement is no judgment)."""
    kinds = {o.basis.type for o in casefile.obligations}
    if len(kinds) != 1:
        return Text(*KIND_WORDS["other"])
    return Text(*KIND_WORDS[kinds.pop()])


def _basis_name(o: Obligation) -> Text:
    en, zh = BASIS_NAMES[o.basis.type]
    num = f" {o.basis.case_number}" if o.basis.case_number else ""
    return Text(f"{en}{num}", f"{zh}{num}")


def _fact(casefile: CaseFile, *names: str) -> Any:
    for f in casefile.facts:
        if f.name in names:
            return f
    return None


def _legal_basis(casefile: CaseFile, sources: Sources) -> list[Item]:
    g = "legal_basis"
    if not casefile.obligations:
        return [Item(
            "basis.instrument", g, "missing",
            Text("Identify the legal document that makes support due",
                 "确定规定抚养费的法律文书"),
            Text("Only an effective court document (or a notarized instrument with an enforcement "
                 "certificate) can be enforced; anything else needs a claim first.",
                 "只有生效的法院文书（或经赋强公证并取得执行证书的债权文书）可以申请强制执行，"
                 "其他文书须先起诉。"),
            Text("The judgment, mediation statement, ruling or agreement itself.",
                 "判决书、调解书、裁定书或协议原件。"),
            rules=(RULE_TITLE,), cites=("duty_to_perform",))]
    items: list[Item] = []
    for o in casefile.obligations:
        name = _basis_name(o)
        linked = bool(o.basis.document or o.basis.case_number)
        items.append(Item(
            f"basis.instrument.{o.id}", g, "done" if linked and o.standing == "proven" else
            ("to_check" if linked else "missing"),
            Text(f"Legal basis: {name.en}", f"法律依据：{name.zh}"),
            Text("Every figure and every step rests on this document.",
                 "所有金额和步骤都以该文书为依据。"),
            Text("A complete copy of the document, every page.", "该文书完整复印件（全部页）。"),
            rules=(INSTRUMENT_RULES[o.basis.type],) if prc_track(casefile, sources)
            else home_rules(casefile, sources),
            # CPL art. 247 is the duty to perform a PRC court's own documents: not an
            # agreement, nor an order made outside the Mainland, whose rule names its footing.
            cites=("duty_to_perform",) if prc_track(casefile, sources)
            and o.basis.type not in CLAIM_FIRST and o.basis.type not in OUTSIDE_MAINLAND
            else (),
            basis="proven" if o.standing == "proven" else "assumed"))
        t = o.basis.type
        if t in ENFORCEABLE:
            items.append(Item(
                f"basis.enforceable.{o.id}", g, "done",
                Text("Enforceable as it is: apply for enforcement directly (no new lawsuit)",
                     "可直接申请强制执行（无需另行起诉）"),
                Text("An effective PRC judgment, ruling or mediation statement must be performed; "
                     "if it is not, the other party may apply to the court for enforcement.",
                     "发生法律效力的判决、裁定、调解书，当事人必须履行；一方拒绝履行的，对方可以向"
                     "人民法院申请执行。"),
                Text("The document and proof that it took effect.", "文书及其生效证明。"),
                rules=(INSTRUMENT_RULES[t],), cites=("duty_to_perform",), basis="proven"))
        elif t == "notarized_agreement":
            ok = bool(o.basis.enforcement_certificate)
            items.append(Item(
                f"basis.enforceable.{o.id}", g, "done" if ok else "missing",
                Text("Notarized agreement: enforcement certificate from the notary",
                     "赋强公证债权文书：公证机构出具的执行证书"),
                Text("A notarized instrument with an enforcement clause can be enforced directly, "
                     "but the application must include the notary's enforcement certificate.",
                     "赋予强制执行效力的公证债权文书可直接申请执行，但须提交公证机构出具的执行证书。"),
                Text("The notarial certificate and the enforcement certificate (执行证书).",
                     "公证书及执行证书。"),
                rules=(INSTRUMENT_RULES[t],)))
        elif t in {"divorce_agreement", "private_agreement"}:
            items.append(Item(
                f"basis.enforceable.{o.id}", g, "missing",
                Text("Not enforceable as it is: a claim must be filed first",
                     "不能直接申请执行：须先起诉"),
                Text("A registered divorce agreement or private agreement binds the parties but is "
                     "not a court document; the child (through the custodial parent) sues, and the "
                     "judgment or mediation statement is then enforced.",
                     "登记离婚协议或私下协议对双方有约束力，但不是执行依据；应以子女名义起诉，取得"
                     "判决书或调解书后再申请执行。"),
                Text("The agreement, the divorce certificate and proof of each unpaid month.",
                     "协议、离婚证及每月未付的证明。"),
                rules=(INSTRUMENT_RULES[t],), cites=("divorce_registration", "support_rights")))
        elif not prc_track(casefile, sources) and routes(sources):
            first = routes(sources)[0]
            items.append(Item(
                f"basis.enforceable.{o.id}", g, "to_check",
                Text(f"Route: {first.get('title_en', '')}", f"途径：{first.get('title_zh', '')}"),
                Text("The order is enforced where it was made, and abroad through the route the "
                     "route planner found; each step rests on the rules listed.",
                     "该裁判在作出地执行；在境外通过路线规划给出的途径执行，每一步都有所列规则为据。"),
                Text("A certified copy of the order, a statement that it is enforceable, and the "
                     "arrears statement.", "裁判的认证副本、可执行证明及欠款明细表。"),
                rules=(INSTRUMENT_RULES[t], *route_rules(first)) if t != "us_order"
                else route_rules(first) or ("us.ca.enforcement.support_judgment_duration",),
                details=tuple(Text(f"{r.get('title_en', '')} — {(route_authority(r) or {}).get('en')}",
                                   f"{r.get('title_zh', '')}——{(route_authority(r) or {}).get('zh')}")
                              for r in routes(sources))))
        else:
            items.append(Item(
                f"basis.enforceable.{o.id}", g, "to_check",
                Text("Foreign order: recognition first, or a new claim in the PRC",
                     "外国（境外）裁判：须先申请承认，或在中国另行起诉"),
                Text("A foreign judgment is enforced in the PRC only after an intermediate court "
                     "recognizes it under a treaty or reciprocity (for Hong Kong family judgments, "
                     "under the Mainland–Hong Kong arrangement); for US orders recognition is "
                     "uncertain, so counsel should compare recognition with a fresh claim.",
                     "外国判决须经中级人民法院依条约或互惠原则承认后方可执行（香港婚姻家庭判决依内地与"
                     "香港的安排）；美国抚养令能否获承认不确定，应由律师比较申请承认与另行起诉。"),
                Text("Certified copy of the order, proof it is final, proof of service, Chinese "
                     "translation.", "裁判文书认证副本、生效证明、送达证明及中文译本。"),
                rules=(INSTRUMENT_RULES[t], RULE_RECOGNITION), cites=("foreign_judgment",)))
        eff_fact = _fact(casefile, "judgment_effective_date", "effective_date")
        if o.basis.effective_date is None:
            status: Status = "missing"
        elif eff_fact is not None and eff_fact.status != "proven":
            status = "to_check"
        else:
            status = "done" if o.standing == "proven" else "to_check"
        if t in ENFORCEABLE or t == "notarized_agreement":
            when = o.basis.effective_date.isoformat() if o.basis.effective_date else "?"
            items.append(Item(
                f"basis.effective.{o.id}", g, status,
                Text(f"Date the document took effect: {when}", f"文书生效日期：{when}"),
                Text("Delayed-performance interest and the time limit for applying both run from "
                     "the dates the document sets once it is effective.",
                     "迟延履行利息和申请执行期间均以文书生效后的履行期限为准。"),
                Text("A certificate of effectiveness (生效证明) from the trial court.",
                     "一审法院出具的生效证明。"),
                rules=(INSTRUMENT_RULES[t], RULE_PERIOD),
                basis="proven" if status == "done" else "assumed"))
    if prc_track(casefile, sources):
        items.append(_limitation_item(sources) if claim_first(casefile, sources)
                     else _period_item(casefile, sources))
    return items


def _limitation_item(sources: Sources) -> Item:
    """For an agreement that must be sued on first: the claim's limitation, not the period for
    applying for enforcement (which runs only from an enforceable legal document). The
    competing readings are the rule's own (cn.recognition.fresh_action)."""
    from supportcase.law.rules import default_rulebook

    book = default_rulebook()
    rule = book.get(RULE_CLAIM_LIMITATION) if RULE_CLAIM_LIMITATION in book else None
    details = tuple(Text(r.en, r.zh) for r in (rule.readings if rule else ()))
    return Item(
        "basis.limitation", "legal_basis", "to_check",
        Text("Limitation for the claim: none for child support (Civil Code art. 196); disputed "
             "once the child is 18",
             "诉讼时效：请求支付抚养费不适用诉讼时效（民法典第一百九十六条）；子女成年后有争议"),
        Text("The agreement must first be sued on, so the 2-year period for applying for "
             "enforcement does not run yet; it runs only from the judgment or mediation "
             "statement the claim obtains. A claim for child support is not subject to "
             "limitation, but some courts apply the 3-year limitation from the child's 18th "
             "birthday to support unpaid under a divorce agreement.",
             "协议须先起诉，申请执行期间尚未开始，待起诉取得判决书或调解书后才起算。请求支付抚养费"
             "不适用诉讼时效，但部分法院对子女年满十八周岁后追索离婚协议约定而未付的抚养费，适用三年"
             "诉讼时效、自十八周岁起算。"),
        Text("The agreement, the child's birth certificate (the 18th birthday), and the dates of "
             "every written demand and admission by the obligor.",
             "协议、子女出生证明（十八周岁生日）以及每次书面催告和义务人承认欠款的日期。"),
        rules=(RULE_CLAIM_LIMITATION,), cites=("no_limitation_support",),
        details=details, basis="assumed")


def _period_item(casefile: CaseFile, sources: Sources) -> Item:
    detail: list[Text] = []
    status: Status = "to_check"
    for d in sources.deadlines or []:
        if str(d.get("rule", "")) != RULE_PERIOD:
            continue
        due = d.get("due") or "?"
        state = str(d.get("status") or "")
        state_en, state_zh = STATUS_WORDS.get(state, (state, state))
        detail.append(Text(f"{d.get('title', '')}: {due} ({state_en})".strip(),
                           f"{d.get('title_zh', '')}：{due}，{state_zh}".strip()))
        if d.get("note") or d.get("note_zh"):
            detail.append(Text(str(d.get("note") or ""), str(d.get("note_zh") or d.get("note"))))
    if sources.deadlines is None and "deadlines" in sources.problems:
        detail.append(Text(f"Not computed: {sources.problems['deadlines']}",
                           f"未计算：{sources.problem('deadlines', 'zh')}"))
    if outside_mainland_on_prc_track(casefile, sources):
        # An order made outside the Mainland is first recognised: the same 2-year period
        # governs the application to recognise and enforce it (cn.recognition.application_period).
        return Item(
            "basis.application_period", "legal_basis", status,
            Text("Time limit to apply for recognition and enforcement (2 years; disputed for "
                 "child support)", "申请承认和执行的期间（二年；抚养费是否适用有争议）"),
            Text("Applying to recognise and enforce the order is subject to the 2-year period "
                 "for applying for enforcement; if only recognition is sought, the enforcement "
                 "period runs afresh from the recognition ruling. For child support courts "
                 "disagree whether the period runs while support lasts: an expired period is "
                 "arguable, never certain.",
                 "申请承认和执行该裁判的期间适用申请执行期间（二年）的规定；仅申请承认的，申请执行期间"
                 "自承认裁定生效之日起重新计算。抚养费是否在抚养关系存续期间适用该期间，法院看法不一："
                 "期间届满只是“有争议”，并非确定失效。"),
            Text("Dates of every written demand and every admission by the obligor (each "
                 "interrupts the period).", "每次书面催告和义务人每次承认欠款的日期（均可中断期间）。"),
            rules=("cn.recognition.application_period", RULE_PERIOD, RULE_INTERRUPTION),
            cites=("application_period", "interruption_by_demand"),
            details=tuple(detail), basis="assumed")
    return Item(
        "basis.application_period", "legal_basis", status,
        Text("Time limit to apply for enforcement (2 years; disputed for child support)",
             "申请执行期间（二年；抚养费是否适用有争议）"),
        Text("The period is 2 years; for instalments it runs from the last instalment's due "
             "date (since 2022). For child support the Supreme People's Court has held it does "
             "not run while the support relationship lasts, but some courts count each "
             "instalment: an expired period is arguable, never certain, and the court does not "
             "raise it on its own.",
             "申请执行期间为二年，分期履行的自最后一期履行期限届满之日起计算（2022年起）。最高人民法院"
             "认为抚养关系存续期间不适用申请执行时效，但也有法院按每期分别计算：期间届满只是"
             "“有争议”，并非确定失效，法院也不主动审查。"),
        Text("Dates of every written demand and every admission by the obligor (each interrupts "
             "the period).", "每次书面催告和义务人每次承认欠款的日期（均可中断期间）。"),
        rules=(RULE_PERIOD, RULE_INTERRUPTION, RULE_LATE),
        cites=("application_period", "interruption_by_demand", "no_limitation_support"),
        details=tuple(detail), basis="assumed")


def _arrears(casefile: CaseFile, sources: Sources) -> list[Item]:
    g = "arrears"
    us_order = case_origin(casefile).startswith("US")
    # The interest and crediting rules of the law the order was made under.
    interest_rules = ("us.ca.interest.legal_rate",) if us_order else (RULE_INTEREST,)
    credit_rules = ("us.ca.allocation.support_payments",) if us_order else (RULE_ALLOCATION,)
    # CPL art. 247 (the duty to perform a legal document) says nothing of an agreement.
    agreement = not us_order and claim_first(casefile, sources)
    duty = () if us_order or agreement else ("duty_to_perform",)
    items: list[Item] = []
    st = sources.statement
    if st is not None:
        cur = st.get("currency", "")

        def f(key: str) -> str:  # the ledger's figure, with thousands separators
            return f"{Decimal(str(st.get(key) or '0')):,.2f}"

        detail = (
            Text(f"Total due {f('total_due')} {cur}, paid {f('total_paid')} {cur}, "
                 f"outstanding {f('total_outstanding')} {cur} (principal "
                 f"{f('principal_outstanding')}, interest {f('interest_outstanding')})",
                 f"应付合计 {f('total_due')} {cur}，已付 {f('total_paid')} {cur}，"
                 f"尚欠 {f('total_outstanding')} {cur}（本金 "
                 f"{f('principal_outstanding')}，利息 {f('interest_outstanding')}）"),
        )
        has_assumptions = bool(st.get("assumptions"))
        items.append(Item(
            "arrears.statement", g, "to_check" if has_assumptions else "done",
            Text("Arrears table (every instalment, payment and interest figure)",
                 "欠款明细表（每期应付、每笔付款及利息）"),
            Text("The court enforces the amount you can show month by month; the table must be "
                 "exact and reproducible.", "法院按可逐月核对的金额执行，明细表须准确、可复核。"),
            Text("Bank statements and payment records for the whole period.",
                 "整个期间的银行流水和付款记录。"),
            rules=interest_rules, cites=() if us_order or agreement else ("double_interest",),
            details=detail,
            basis="assumed" if has_assumptions else "proven", draft="arrears_statement"))
    else:
        why = sources.problems.get("statement", "not computed")
        why_zh = sources.problem("statement", "zh") or "未计算"
        items.append(Item(
            "arrears.statement", g, "missing",
            Text("Arrears table (every instalment, payment and interest figure)",
                 "欠款明细表（每期应付、每笔付款及利息）"),
            Text(f"No statement could be computed: {why}.", f"无法计算欠款明细：{why_zh}。"),
            Text("The legal document's payment terms and all payment records.",
                 "法律文书的给付条款及全部付款记录。"),
            rules=interest_rules, draft="arrears_statement"))
    unknown = [p for p in casefile.payments if p.kind == "unknown"]
    relatives = [p for p in casefile.payments if p.payer in {"relative", "other"}]
    if relatives or unknown:
        details = tuple(
            Text(f"{p.date.isoformat()} {p.amount} {p.currency} from "
                 f"{p.payer_name or payer_word(p.payer, 'en')}: "
                 f"{payment_kind_word(p.kind, 'en')}",
                 f"{p.date.isoformat()} {p.amount} {p.currency}，付款人 "
                 f"{p.payer_name or payer_word(p.payer, 'zh')}："
                 f"{payment_kind_word(p.kind, 'zh')}")
            for p in [*unknown, *[r for r in relatives if r not in unknown]])
        items.append(Item(
            "arrears.payments_classified", g, "to_check" if unknown else "done",
            Text("Every payment classified (support, gift or loan; who paid)",
                 "每笔付款均已定性（抚养费、赠与或借款；由谁支付）"),
            Text("Only payments made as performance of the obligation reduce the arrears; a "
                 "relative's red packet or gift usually does not, unless it was paid on the "
                 "obligor's behalf.", "只有履行抚养义务的付款才冲抵欠款；亲属的红包或赠与一般不冲抵，"
                 "除非系代义务人支付。"),
            Text("Messages or transfer notes showing what each payment was for.",
                 "能说明每笔付款用途的聊天记录或转账附言。"),
            rules=credit_rules, cites=duty, details=details,
            basis="assumed" if unknown else "proven"))
    no_proof = [p for p in casefile.payments if not p.proof]
    items.append(Item(
        "arrears.payment_proof", g, "to_check" if no_proof else "done",
        Text(f"Proof for each payment received ({len(no_proof)} without a linked record)",
             f"每笔收款的凭证（{len(no_proof)} 笔未关联凭证）"),
        Text("The obligor may claim more was paid; your own records show exactly what arrived.",
             "义务人可能主张已多付；您自己的记录能准确证明实际到账金额。"),
        Text("Bank, WeChat Pay or Alipay statements for every month since the first instalment.",
             "自第一期起每月的银行、微信支付或支付宝流水。"),
        rules=credit_rules, cites=duty,
        details=tuple(Text(f"{p.date.isoformat()} {p.amount} {p.currency}",
                           f"{p.date.isoformat()} {p.amount} {p.currency}") for p in no_proof),
        basis="assumed" if no_proof else "proven"))
    debt_currencies = {o.currency for o in casefile.obligations}
    foreign = [p for p in casefile.payments if p.currency not in debt_currencies]
    if foreign:
        rated = {(r.date, r.pair) for r in casefile.fx_rates}
        unrated = [p for p in foreign
                   if not any((p.date, f"{p.currency}/{c}") in rated for c in debt_currencies)]
        items.append(Item(
            "arrears.fx", g, "to_check" if unrated else "done",
            Text("Exchange rate for each foreign-currency payment, with its source",
                 "每笔外币付款的折算汇率及来源"),
            Text("A court expects the PBOC/CFETS central parity; no rule fixes the date for "
                 "converting principal, so the rate, its date and its source must be shown.",
                 "法院通常采用中国外汇交易中心公布的人民币汇率中间价；本金折算日期无明确规定，须写明"
                 "汇率、日期和来源。"),
            Text("The CFETS central parity for each payment date.",
                 "各付款日中国外汇交易中心公布的中间价。"),
            rules=(RULE_FX,),
            details=tuple(Text(f"{p.date.isoformat()} {p.amount} {p.currency}: no rate entered",
                               f"{p.date.isoformat()} {p.amount} {p.currency}：未录入汇率")
                          for p in unrated),
            basis="assumed" if unrated else "proven"))
        if case_origin(casefile) != "CN":
            items[-1] = _fx_outside_mainland(items[-1], casefile, sources)
    if agreement:
        # cn.interest.delayed_performance: the doubled interest runs from the time a judgment,
        # ruling or other legal document sets; an agreement sets none the court enforces.
        items.append(Item(
            "arrears.interest", g, "to_check",
            Text(f"Interest regime: {regime_word(casefile.interest.regime, 'en')} — doubled "
                 "interest for delayed performance runs only from the judgment the claim obtains",
                 f"利息计算方式：{regime_word(casefile.interest.regime, 'zh')}——迟延履行期间的加倍"
                 "债务利息自起诉取得的判决确定的履行期限届满后才计算"),
            Text("Doubled interest for delayed performance is owed when a judgment, ruling or "
                 "other legal document is not performed by the time it sets; the agreement is "
                 "not such a document, so interest on the arrears before the judgment is a "
                 "question for the claim (ask counsel), and any interest figure the arrears "
                 "table shows for those months is not yet owed as doubled interest.",
                 "被执行人未按判决、裁定和其他法律文书指定的期间履行的，才加倍支付迟延履行期间的债务"
                 "利息；协议不是此类文书，判决前欠款能否主张利息应在起诉时提出（请咨询律师），欠款明细"
                 "表中这些月份的利息数字尚不属于应付的加倍部分债务利息。"),
            Text("The agreement's payment terms and the judgment, once obtained.",
                 "协议的给付条款，以及取得后的判决书。"),
            rules=(RULE_INTEREST,)))
        return _assertion_items(casefile, st, items)
    items.append(Item(
        "arrears.interest", g, "done" if casefile.interest.regime != "none" else "to_check",
        Text(f"Interest regime: {regime_word(casefile.interest.regime, 'en')}",
             f"利息计算方式：{regime_word(casefile.interest.regime, 'zh')}"),
        Text("California support arrears carry 10% simple interest a year from each "
             "instalment's due date; a registered order keeps the issuing state's interest rule."
             if us_order else
             "Under PRC law an obligor who pays late owes double interest for the delay "
             "(0.0175% a day on the unpaid amount, from each instalment's due date).",
             "加州抚养费欠款自每期到期日起按年10%计单利；登记执行的裁判适用作出地的利息规则。"
             if us_order else
             "被执行人未按期履行金钱给付义务的，应加倍支付迟延履行期间的债务利息（按未付金额日万分之"
             "一点七五，自每期履行期限届满之日起算）。"),
        Text("The due dates in the document and the dates of each payment.",
             "文书规定的履行期限及每笔付款日期。"),
        rules=("us.ca.interest.legal_rate",) if us_order else (RULE_INTEREST,),
        cites=() if us_order else ("double_interest",)))
    return _assertion_items(casefile, st, items)


def _assertion_items(casefile: CaseFile, st: dict[str, Any] | None,
                     items: list[Item]) -> list[Item]:
    """`items` and, after them, one item for each agency's or court's figure on file."""
    g = "arrears"
    # The ledger reconciles each agency or court figure as of that figure's own date.
    reconciled = {(str(r.get("date")), str(r.get("source"))): r
                  for r in (st or {}).get("reconciliation", [])}
    for a in casefile.assertions:
        rec = reconciled.get((a.date.isoformat(), a.source))
        differs = rec is not None and not rec.get("matches", False)
        said = Text(f"{a.source} says {a.amount} {a.currency} on {a.date.isoformat()}",
                    f"{a.source} 认定 {a.date.isoformat()} 欠款 {a.amount} {a.currency}")
        if rec is not None:
            said = Text(f"{said.en}; the ledger has {rec.get('ledger')} {rec.get('currency')}",
                        f"{said.zh}；本账目为 {rec.get('ledger')} {rec.get('currency')}")
        items.append(Item(
            f"arrears.assertion.{a.date.isoformat()}", g,
            "done" if rec is not None and not differs else "to_check",
            said,
            Text("A figure that disagrees with the ledger should be disputed in writing with the "
                 "month-by-month table.", "与本账目不一致的数字应以书面方式提出异议，并附逐月明细。"),
            Text("The agency's or court's statement and our arrears table.",
                 "该机构或法院的对账单及本欠款明细表。"),
            rules=(RULE_INTEREST,),
            details=tuple(Text(str(e.get("en", "")), str(e.get("zh", "")))
                          for e in (rec or {}).get("explanations", [])),
            draft="dispute_letter" if differs else None))
    return items


def _fx_outside_mainland(item: Item, casefile: CaseFile, sources: Sources) -> Item:
    """The exchange-rate item for an order made outside the Mainland: the rule data says which
    rate a PRC court uses (cn.interest.foreign_currency: the CFETS central parity, when a
    foreign-currency debt is converted into RMB), and nothing on the rate at which the court
    or agency where the order was made credits a payment in another currency — so that part
    stays neutral."""
    currency = "/".join(sorted({o.currency for o in casefile.obligations}))
    prc = prc_track(casefile, sources)
    return replace(
        item,
        why=Text("No rule found says at which rate the court or agency where the order was made "
                 f"credits a payment made in another currency against the order's {currency}: "
                 "show for each payment the rate, its date and its source."
                 + (" In the PRC steps, a court converting a foreign-currency debt into RMB uses "
                    "the CFETS central parity of the day the doubled interest starts to run."
                    if prc else ""),
                 f"未找到规定说明裁判作出地的法院或机构以何种汇率将其他币种的付款折抵裁判所定的{currency}："
                 "请逐笔写明汇率、日期和来源。"
                 + ("在中国的程序中，人民法院将外币债务折合为人民币的，按加倍部分债务利息起算之日中国外汇"
                    "交易中心公布的中间价计算。" if prc else "")),
        evidence=Text("For each payment: the rate used, its date and its source (the bank's "
                      "conversion record, if any)"
                      + ("; for a PRC court, the CFETS central parity." if prc else "."),
                      "每笔付款所用汇率、日期及来源（如有银行结汇记录请附上）"
                      + ("；向人民法院提交的，附中国外汇交易中心中间价。" if prc else "。")),
        rules=(RULE_FX,) if prc else home_rules(casefile, sources))


COUNTRY_NAMES = {
    "CN": ("China", "中国"), "US-CA": ("California (USA)", "美国加利福尼亚州"),
    "US": ("United States", "美国"), "HK": ("Hong Kong", "香港"), "MO": ("Macau", "澳门"),
    "TW": ("Taiwan", "台湾"), "CA": ("Canada", "加拿大"), "GB": ("United Kingdom", "英国"),
    "AU": ("Australia", "澳大利亚"), "JP": ("Japan", "日本"), "SG": ("Singapore", "新加坡"),
}


def _place_words(code: str | None) -> Text:
    """Where a clue is, in brackets after its kind: " (China)", "（中国）"; nothing when the
    place was not entered."""
    if not code:
        return Text("", "")
    name = country_name(code)
    return Text(f" ({name.en})", f"（{name.zh}）")


def country_name(code: str) -> Text:
    if code in COUNTRY_NAMES:
        return Text(*COUNTRY_NAMES[code])
    from babel import Locale

    region = code.split("-")[0]
    en = Locale("en").territories.get(region, code)
    zh = Locale("zh").territories.get(region, code)
    return Text(str(en), str(zh))


def place(code: str | None) -> str | None:
    """The place a checklist groups by: California kept apart from the rest of the US, any
    other state or region as its country ("CN-GD", a Mainland province, is "CN"; "CN-HK" is
    "HK"; "DE-BY" is "DE"), as the route planner reads it."""
    if not code:
        return None
    raw = code.strip().upper()
    return "US-CA" if raw == "US-CA" else normalize_code(raw)


def _countries(casefile: CaseFile) -> list[str]:
    seen: list[str] = []
    for c in [casefile.case.order_jurisdiction,
              casefile.parties.obligor.country if casefile.parties.obligor else None,
              *(a.country for a in casefile.asset_clues)]:
        c = place(c)
        if c and c not in seen:
            seen.append(c)
    return seen


def _assets(casefile: CaseFile, sources: Sources) -> list[Item]:
    g = "assets"
    prc = prc_track(casefile, sources)
    abroad_rules = RULES_ABROAD if prc else home_rules(casefile, sources)
    items: list[Item] = []
    lawful: list[AssetClue] = usable_clues(casefile.asset_clues)
    for country in _countries(casefile):
        here = [a for a in lawful if place(a.country) == country]
        proven = [a for a in here if a.status == "proven"]
        status: Status = "done" if proven else ("to_check" if here else "missing")
        in_cn = country == "CN"
        name = country_name(country)
        items.append(Item(
            f"assets.{country}", g, status,
            Text(f"Assets and income in {name.en}: {len(here)} clue(s), {len(proven)} proven",
                 f"{name.zh}的财产和收入线索：{len(here)} 条，其中已证明 {len(proven)} 条"),
            Text("A PRC court can inquire into, freeze and take deposits, withhold income and "
                 "seize property — but only in the PRC; assets abroad need a court there."
                 if in_cn else
                 # Hong Kong, Macao and Taiwan are places with their own courts, not countries.
                 ("PRC enforcement measures stop at the border; income or property here must be "
                  "reached through the courts or agencies there." if prc else
                  "Income and property here are reached through the agency or courts there, on "
                  "the route below."),
                 "人民法院可以查询、冻结、划拨存款，扣留、提取收入，查封、扣押、拍卖财产——但仅限于"
                 "中国境内；境外财产须通过当地法院或机构执行。" if in_cn else
                 ("人民法院的执行措施不及于境外；当地的收入或财产须通过当地法院或机构执行。" if prc else
                  "当地的收入和财产通过下列途径中的当地机构或法院执行。")),
            Text("Bank name and account, property address and registration, employer's name and "
                 "address — each with how you learned it.",
                 "开户行及账号、房产地址及登记信息、雇主名称及地址——并写明每条线索的来源。"),
            rules=RULES_MEASURES if in_cn else abroad_rules,
            cites=("inquire_freeze", "withhold_income", "seize_auction") if in_cn else (),
            details=tuple(Text(f"{asset_word(a.kind, 'en')}: {a.details} ({a.status}; "
                               f"{a.obtained})",
                               f"{asset_word(a.kind, 'zh')}：{a.details}"
                               f"（{status_word(a.status, 'zh')}；{a.obtained}）")
                          for a in here),
            basis="proven" if proven else ("assumed" if here else "none"),
            draft="asset_memo"))
    refused = [a for a in casefile.asset_clues if not clue_is_lawful(a)]
    if refused:
        items.append(Item(
            "assets.refused", g, "to_check",
            Text(f"{len(refused)} clue(s) obtained unlawfully — not used in any filing",
                 f"{len(refused)} 条以非法方式取得的线索——不用于任何申请材料"),
            UNLAWFUL_REASON,
            Text("Ask the court to investigate (property report order, online inquiry system).",
                 "申请法院调查（责令报告财产、网络执行查控系统）。"),
            rules=RULES_INVESTIGATION, cites=("property_report", "inquire_freeze"),
            details=tuple(Text(f"{asset_word(a.kind, 'en')}: {a.details}",
                               f"{asset_word(a.kind, 'zh')}：{a.details}")
                          for a in refused)))
    return [_on_the_order_side(i, casefile, sources) for i in items]


def _on_the_order_side(item: Item, casefile: CaseFile, sources: Sources) -> Item:
    """Assets where the order was made (California for a California order), on a case that
    goes to a PRC court: reached there under the order itself, as the route planner's
    instrument says — not 'through this country's courts' as if the order were a PRC one."""
    origin = place(case_origin(casefile))
    if item.id == "assets.CN" and outside_mainland_on_prc_track(casefile, sources):
        # The PRC measures reach his assets in China only once the order is recognised or a
        # PRC judgment is obtained on a fresh claim.
        return replace(item, why=Text(
            item.why.en + " Here they apply once the order is recognised, or a PRC judgment is "
            "obtained on a fresh claim.",
            item.why.zh + "本案须在裁判获承认（认可）或另行起诉取得中国判决后，方可适用这些措施。"))
    if origin in (None, "CN") or item.id != f"assets.{origin}" or not prc_track(casefile, sources):
        return item
    where = (sources.route or {}).get("instrument", {}).get("enforceable_where", [])
    entry = next((w for w in where if isinstance(w, dict) and place(str(w.get("place"))) == origin),
                 None)
    if entry is None:
        return item
    how_en, how_zh = str(entry.get("how", "")), str(entry.get("how_zh", ""))
    name = country_name(origin)
    return replace(
        item,
        why=Text(f"The order was made in {name.en}: income and property there are reached under "
                 f"the order itself ({how_en}); they need no recognition by a Mainland court.",
                 f"该裁判在{name.zh}作出：当地的收入和财产可直接依该裁判执行（{how_zh}），无需经内地"
                 "法院承认或认可。"),
        rules=tuple(dict.fromkeys((str(entry.get("rule")), *(
            ("us.ca.enforcement.lcsa_services",) if origin == "US-CA" else ())))))


LOCATION_FIELDS: tuple[tuple[str, str, str, str], ...] = (
    ("name_en", "name", "English name (as in the passport)", "英文姓名（与护照一致）"),
    ("passport", "passport", "Passport details", "护照信息"),
    ("address", "address", "Current address", "现住址"),
    ("email", "email", "E-mail address", "电子邮箱"),
    ("phone", "phone", "Phone number", "电话号码"),
    ("employer", "employer", "Employer", "工作单位"),
)


def _location(casefile: CaseFile, sources: Sources) -> list[Item]:
    g = "location"
    prc = prc_track(casefile, sources)
    other_rules = home_rules(casefile, sources)
    obligor: Party | None = casefile.parties.obligor
    clues: list[LocationClue] = usable_clues(casefile.location_clues)
    abroad = bool(obligor and obligor.country and place(obligor.country) != "CN")
    items: list[Item] = []
    for attr, clue_kind, en, zh in LOCATION_FIELDS:
        value = getattr(obligor, attr, None) if obligor else None
        support = [c for c in clues if c.kind == clue_kind]
        proven = any(c.status == "proven" for c in support)
        if not value and not support:
            status: Status = "missing"
        elif proven:
            status = "done"
        else:
            status = "to_check"
        details: list[Text] = []
        if value:
            details.append(Text(f"on file: {value}", f"已记录：{value}"))
        for c in support:
            when = f", as of {c.as_of.isoformat()}" if c.as_of else ""
            when_zh = f"，截至 {c.as_of.isoformat()}" if c.as_of else ""
            details.append(Text(
                f"clue: {c.details} ({status_word(c.status, 'en')}; {c.obtained}{when})",
                f"线索：{c.details}（{status_word(c.status, 'zh')}；{c.obtained}{when_zh}）"))
        items.append(Item(
            f"location.{attr}", g, status,
            Text(f"Obligor: {en}", f"被执行人：{zh}"),
            Text("Service abroad needs a current address, or an e-mail that confirms receipt "
                 "where the other country does not forbid it; otherwise only service by "
                 "publication (deemed served after 60 days) remains." if abroad and prc else
                 "The agency or court abroad needs his current address and employer to serve "
                 "him and to reach his income." if abroad else
                 "The court needs the obligor's identity and address to serve notices.",
                 "境外送达需要现住址，或在对方所在国法律不禁止时能确认收悉的电子邮箱；否则只能公告送达"
                 "（六十日视为送达）。" if abroad and prc else
                 "境外机构或法院需要其现住址和雇主信息，才能送达并执行其收入。" if abroad else
                 "法院需要被执行人的身份信息和住址以送达文书。"),
            Text("A recent letter, parcel label, official record or message showing it, with its "
                 "date.", "能显示该信息的近期信件、包裹面单、官方记录或消息，并注明日期。"),
            rules=(RULE_SERVICE,) if prc and abroad else (
                (RULE_DOCUMENTS,) if prc else other_rules),
            cites=("service_abroad",) if prc and abroad else (),
            details=tuple(details),
            basis="proven" if proven else ("assumed" if value or support else "none"),
            draft="service_sheet"))
    if obligor and not obligor.id_number and prc:
        kind = basis_kind(casefile)
        items.append(Item(
            "location.id_number", g, "missing",
            Text("Obligor: PRC ID number", "被执行人：身份证号码"),
            Text("The application names the obligor by ID number so the court's online inquiry "
                 "system can find accounts and property.",
                 "申请书须写明被执行人身份证号，以便法院通过网络查控系统查询账户和财产。"),
            Text(f"The {kind.en}'s party section, an old copy of the ID card, or the marriage "
                 "record.", f"{kind.zh}当事人信息部分、身份证旧复印件或婚姻登记档案。"),
            rules=(RULE_DOCUMENTS,),
            cites=() if claim_first(casefile, sources) else ("duty_to_perform",)))
    return [_before_a_prc_ruling(i, casefile, sources) for i in items]


def _before_a_prc_ruling(item: Item, casefile: CaseFile, sources: Sources) -> Item:
    """The obligor's identity items for an order made outside the Mainland on its way to a PRC
    court: he is first the respondent to a recognition application or the defendant to a
    fresh claim (not yet 被执行人), and CPL art. 247 (performing a PRC court's own document)
    is no footing; the enforcement-stage rule stays for what follows a ruling."""
    if not item.id.startswith("location.") or RULE_DOCUMENTS not in item.rules \
            or not outside_mainland_on_prc_track(casefile, sources):
        return item
    first = prc_first_rules(sources)
    title = Text(item.title.en, item.title.zh.replace("被执行人：", "义务人：", 1))
    if item.id == "location.id_number":
        return replace(
            item, title=title, cites=(), rules=(*first, RULE_DOCUMENTS),
            why=Text("The complaint or recognition application should name him by ID number; once "
                     "a PRC judgment or recognition ruling is enforced, the court's online inquiry "
                     "system finds his accounts and property by it.",
                     "起诉状或承认（认可）申请书宜写明其身份证号；取得判决或承认裁定后申请执行时，法院通过网络"
                     "查控系统据此查询其账户和财产。"),
            evidence=Text("The order's party section (if it gives one), an old copy of the ID card, "
                          "or the marriage record.",
                          "裁判当事人信息部分（如有）、身份证旧复印件或婚姻登记档案。"))
    return replace(
        item, title=title, rules=(*first, RULE_DOCUMENTS),
        why=Text("The court needs his identity and address to serve the recognition application "
                 "or the complaint on him, and later to enforce the ruling or judgment.",
                 "法院需要其身份信息和住址，才能向其送达承认（认可）申请或起诉状，并在之后执行裁定或判决。"))


def _expenses(casefile: CaseFile) -> list[Item]:
    g = "expenses"
    items: list[Item] = []
    shares = {s.category: (o, s) for o in casefile.obligations for s in o.expense_shares}
    for i, e in enumerate(casefile.expenses):
        label = f"{e.date.isoformat()} {expense_word(e.category, 'en')} {e.amount} {e.currency}"
        label_zh = (f"{e.date.isoformat()} {expense_word(e.category, 'zh')} {e.amount} "
                    f"{e.currency}")
        if e.category not in shares:
            items.append(Item(
                f"expenses.{i}", g, "to_check",
                Text(f"{label}: not covered by the legal document",
                     f"{label_zh}：不在法律文书规定的范围内"),
                Text("Enforcement can only collect what the document orders. An expense outside "
                     "it needs agreement or a new claim (support can be increased when schooling "
                     "or illness costs exceed the amount set).",
                     "强制执行只能执行文书确定的内容。文书以外的费用须协商或另行起诉（子女上学、患病的"
                     "实际需要超过原定数额的，可以要求增加抚养费）。"),
                Text("The receipt, and the reason the expense was necessary.",
                     "收据及该费用必要性的说明。"),
                rules=RULES_OUTSIDE_BASIS, cites=("support_after_divorce",),
                basis="proven" if e.standing == "proven" else "assumed"))
            continue
        _, share = shares[e.category]
        if not e.receipt:
            status: Status = "missing"
        elif e.notified is None:
            status = "to_check"
        else:
            status = "done"
        items.append(Item(
            f"expenses.{i}", g, status,
            Text(f"{label}: obligor's share {percent(share.share)}; receipt "
                 f"{'linked' if e.receipt else 'missing'}; obligor notified "
                 f"{e.notified.isoformat() if e.notified else 'not recorded'}",
                 f"{label_zh}：义务人分担 {percent(share.share)}；收据"
                 f"{'已关联' if e.receipt else '缺失'}；通知义务人 "
                 f"{e.notified.isoformat() if e.notified else '未记录'}"),
            Text(f"The document makes the obligor pay this share within {share.within_days} days "
                 "of receiving the receipt; the court will want the receipt and proof he got it.",
                 f"文书规定义务人在收到收据后 {share.within_days} 日内分担；法院需要收据及其已收到的"
                 "证明。"),
            Text("Official receipt (发票) and the message or letter sending it to the obligor.",
                 "正式发票及发送给义务人的消息或信件。"),
            rules=(RULE_SUPPORT_SCOPE,), cites=("support_after_divorce",),
            basis="proven" if status == "done" else "assumed"))
    return items


COMM_KINDS: tuple[tuple[str, str, str, Status], ...] = (
    ("demand", "Formal written demand to pay", "书面催告", "missing"),
    ("reminder", "Reminders sent", "催付提醒", "missing"),
    ("admission", "Admissions of the debt by the obligor", "义务人承认欠款", "to_check"),
    ("refusal", "Refusals to pay", "拒绝支付", "to_check"),
    ("address_update", "Address updates from the obligor", "义务人告知的新地址", "to_check"),
    ("payment_proposal", "Payment proposals", "还款提议", "to_check"),
)


COMM_RULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "demand": ((RULE_INTERRUPTION,), ("interruption_by_demand",)),
    "reminder": ((RULE_INTERRUPTION,), ("interruption_by_demand",)),
    "admission": ((RULE_INTERRUPTION,), ("interruption_by_demand",)),
    # Refusing to perform an effective judgment can be fined or detained.
    "refusal": ((RULE_FINES,), ("refusal_sanctions",)),
    "address_update": ((RULE_SERVICE,), ("service_abroad",)),
    # A settlement reached in enforcement that is not kept revives the original document.
    "payment_proposal": ((RULE_INTERRUPTION,), ("settlement",)),
}


def _communications(casefile: CaseFile, sources: Sources) -> list[Item]:
    g = "communications"
    items: list[Item] = []
    prc = prc_track(casefile, sources)
    agreement = claim_first(casefile, sources)
    for kind, en, zh, absent in COMM_KINDS:
        found = [c for c in casefile.communications if c.kind == kind]
        linked = [c for c in found if c.document]
        status: Status = ("done" if linked else "to_check") if found else absent
        if not prc:
            items.append(Item(
                f"communications.{kind}", g, status,
                Text(f"{en}: {len(found)}", f"{zh}：{len(found)} 条"),
                Text("Written requests, admissions and refusals show the agency what was asked, "
                     "what he accepts and where he can be reached.",
                     "书面催告、承认和拒绝能向机构说明已提出的要求、对方认可的内容及联系方式。"),
                Text("Screenshots with date, sender and account visible, or the letter with proof "
                     "of delivery.", "显示日期、发送人和账号的截图，或信件及其投递证明。"),
                rules=home_rules(casefile, sources),
                details=tuple(Text(f"{c.date.isoformat()}: {c.summary}",
                                   f"{c.date.isoformat()}：{c.summary}") for c in found),
                basis="proven" if linked else ("assumed" if found else "none")))
            continue
        why_en = ("A written demand interrupts the time limit and shows the obligor was asked; "
                  "it also sets up exit restriction and credit measures."
                  if kind in {"demand", "reminder"} else
                  "An admission interrupts the time limit and is strong evidence of the debt."
                  if kind == "admission" else
                  "Refusals, new addresses and proposals show ability to pay, where to serve, and "
                  "what a settlement could look like.")
        why_zh = ("书面催告可中断申请执行期间，并证明已要求对方履行。"
                  if kind in {"demand", "reminder"} else
                  "义务人承认欠款可中断期间，也是欠款的有力证据。" if kind == "admission" else
                  "拒付、新地址和还款提议可以说明履行能力、送达地址和和解可能。")
        rules, cites = COMM_RULES[kind]
        if agreement and kind in {"demand", "reminder", "admission"}:
            # No enforcement period runs on an agreement: a demand or an admission is proof
            # for the claim and interrupts a limitation where one runs (Civil Code art. 195).
            why_en = ("A written demand shows the obligor was asked to pay; it is evidence for "
                      "the claim and interrupts a limitation period where one runs."
                      if kind != "admission" else
                      "An admission is strong evidence of the debt for the claim and interrupts "
                      "a limitation period where one runs.")
            why_zh = ("书面催告可证明已要求对方履行，是起诉的证据，并可中断诉讼时效（如适用）。"
                      if kind != "admission" else
                      "义务人承认欠款是起诉时的有力证据，并可中断诉讼时效（如适用）。")
            rules, cites = (RULE_CLAIM_LIMITATION,), ("interruption_by_demand",)
        items.append(Item(
            f"communications.{kind}", g, status,
            Text(f"{en}: {len(found)}", f"{zh}：{len(found)} 条"),
            Text(why_en, why_zh),
            Text("Screenshots with date, sender and account visible, or the letter with proof "
                 "of delivery.", "显示日期、发送人和账号的截图，或信件及其投递证明。"),
            rules=rules, cites=cites,
            details=tuple(Text(f"{c.date.isoformat()}: {c.summary}",
                               f"{c.date.isoformat()}：{c.summary}") for c in found),
            basis="proven" if linked else ("assumed" if found else "none"),
            draft="demand_letter" if kind == "demand" and not found else None))
    return [_messages_before_a_prc_ruling(i, casefile, sources) for i in items]


def _messages_before_a_prc_ruling(item: Item, casefile: CaseFile, sources: Sources) -> Item:
    """Refusals, address updates and payment proposals under an order made outside the
    Mainland, before any PRC ruling: fines for refusing an effective PRC judgment (CPL art.
    114) and a settlement in enforcement (art. 241) do not apply yet, nor service abroad
    (art. 283) to an obligor living in China; they rest on the routes being taken."""
    kinds = {"communications.refusal", "communications.payment_proposal",
             "communications.address_update"}
    if item.id not in kinds or not outside_mainland_on_prc_track(casefile, sources):
        return item
    obligor = casefile.parties.obligor
    abroad = bool(obligor and obligor.country and place(obligor.country) != "CN")
    if item.id == "communications.address_update" and abroad:
        return item
    first = prc_first_rules(sources)
    return replace(item, rules=first or item.rules, cites=() if first else item.cites)


AFTER_FILING: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("receipt", ("receipt", "accepted", "acceptance", "受理"), "Acceptance notice (受理通知书)",
     "受理通知书"),
    ("case_number", ("case_number", "docketed", "立案"), "Enforcement case number", "执行案号"),
    ("judge_contact", ("judge", "judge_contact", "执行法官"), "Enforcement judge's name and "
     "contact", "执行法官姓名及联系方式"),
    ("asset_clues_submitted", ("asset_clues_submitted", "asset_clues", "财产线索"),
     "Date the asset-clue list was submitted", "提交财产线索清单的日期"),
    ("supplementary", ("supplementary_request", "supplementary", "补充"),
     "Supplementary requests (exit restriction, dishonest-debtor list, search)",
     "补充申请（限制出境、失信名单、搜查等）"),
    ("returned_notices", ("returned_notice", "returned", "退回"), "Returned notices and "
     "failed service", "退回的文书及送达失败情况"),
)


def _enforcement(casefile: CaseFile, sources: Sources) -> list[Item]:
    g = "enforcement"
    events = casefile.events
    # Event kinds as the deadline calculator reads them, plus plain words.
    filed = [e for e in events if any(k in e.kind.lower() for k in (
        "filing", "filed", "enforcement_application", "enforcement_applied", "立案申请"))]
    # The route planner names the kind of court (CPL 2023 art. 235); the case file names the
    # first-instance court.
    court_en = court_zh = next((o.basis.court for o in casefile.obligations
                                if o.basis.type in ENFORCEABLE and o.basis.court), None)
    items: list[Item] = []
    # The route planner's steps for enforcing in the PRC, in order, as the item's details.
    steps: list[Text] = []
    for route in (sources.route or {}).get("routes", []):
        if route.get("id") == "cn-enforcement":
            for n, step in enumerate(route.get("steps", []), start=1):
                if isinstance(step, dict):
                    steps.append(Text(f"{n}. {step.get('en', '')}", f"{n}. {step.get('zh', '')}"))
    found = routes(sources)
    if not filed and found and not prc_track(casefile, sources):
        main = found[0]
        authority = route_authority(main) or {"en": "", "zh": ""}
        rules = first_step_rules(sources) or ("us.ca.enforcement.lcsa_services",)
        items.append(Item(
            "enforcement.file", g, "missing",
            Text(f"Apply: {main.get('title_en', '')} ({authority['en']})",
                 f"提出申请：{main.get('title_zh', '')}（{authority['zh']}）"),
            Text("The route planner ranks this route first for where the obligor and his income "
                 "are; its steps are listed with their rules.",
                 "路线规划根据义务人及其收入所在地将此途径列为首选；各步骤及其规则列于下方。"),
            Text("The order, proof it is enforceable, the arrears statement, and the obligor's "
                 "address and employer.", "裁判、可执行证明、欠款明细表及义务人的地址和雇主信息。"),
            rules=rules,
            details=tuple(Text(f"{n}. {st.get('en', '')}", f"{n}. {st.get('zh', '')}")
                          for n, st in enumerate(main.get("steps", []), start=1)
                          if isinstance(st, dict)),
            draft="hague_sheet"))
        items.append(Item(
            "enforcement.after_filing", g, "to_check",
            Text("After applying: record the agency's case number, caseworker and every notice",
                 "申请后：记录机构案号、承办人员及每一份通知"),
            Text("Dates and case numbers let you follow up and show any delay.",
                 "日期和案号便于跟进，也可证明拖延。"),
            Text("The agency's letters and your dated notes of each call.",
                 "机构的信函及注明日期的通话记录。"),
            rules=rules))
        return items
    if outside_mainland_on_prc_track(casefile, sources):
        return [*(_recognition_or_claim(found) if not filed else
                  _after_filing_in_a_prc_court(casefile, sources, filed[0].date)),
                *_where_the_order_was_made(casefile, found)]
    claim = next((r for r in found if r.get("id") == "cn-claim-first"), None)
    if not filed and claim is not None and not any(r.get("id") == "cn-enforcement"
                                                   for r in found):
        # An agreement is no enforcement title: the next step is the lawsuit, not an
        # application for enforcement (Civil Code art. 1076; the planner's claim-first route).
        items.append(Item(
            "enforcement.file", g, "missing",
            Text("File the claim for child support in the people's court first (enforcement "
                 "comes after the judgment)",
                 "先向人民法院起诉追索抚养费（取得判决后再申请执行）"),
            Text("The agreement is not a court document, so it cannot be enforced as it is; the "
                 "judgment or mediation statement obtained by the claim is what the court then "
                 "enforces.",
                 "协议不是法院文书，不能直接申请执行；起诉取得判决书或调解书后，再据此申请执行。"),
            Text("Complaint (in Chinese), the agreement, the divorce certificate, the child's birth "
                 "certificate, proof of payments and arrears.",
                 "中文起诉状、协议、离婚证、子女出生证明、付款及欠款证据。"),
            rules=route_rules(claim), cites=("divorce_registration",),
            details=tuple(Text(f"{n}. {st.get('en', '')}", f"{n}. {st.get('zh', '')}")
                          for n, st in enumerate(claim.get("steps", []), start=1)
                          if isinstance(st, dict))))
        return items
    if not filed:
        kind = basis_kind(casefile)
        # cn.enforcement.court: a court's document is enforced by the first-instance court (or
        # one of its level where property is); a notarized instrument where he lives or owns.
        court_kind = not any(o.basis.type == "notarized_agreement"
                             for o in casefile.obligations)
        items.append(Item(
            "enforcement.file", g, "missing",
            Text(f"File the application for enforcement{' with ' + court_en if court_en else ''}",
                 f"向{court_zh or '有管辖权的法院'}提交强制执行申请"),
            Text(f"An effective {kind.en} of a people's court is enforced by the first-instance "
                 "court or a court of the same level where the obligor's property is; filing "
                 "where the property is requires showing property in that district.",
                 f"生效{kind.zh}由第一审人民法院或与其同级的被执行财产所在地人民法院执行；向财产所在地"
                 "法院申请的，须提供该辖区有可供执行财产的证明。")
            if court_kind else
            Text("A notarized instrument is enforced by the court of the obligor's domicile or "
                 "where his property is; filing where the property is requires showing property "
                 "in that district.",
                 "公证债权文书由被执行人住所地或被执行的财产所在地人民法院执行；向财产所在地法院申请的，"
                 "须提供该辖区有可供执行财产的证明。"),
            Text("Application (in Chinese), copy of the document, certificate of effectiveness, "
                 "applicant's ID, arrears table, asset-clue list.",
                 "强制执行申请书（中文）、法律文书副本、生效证明、申请人身份证明、欠款明细表、"
                 "财产线索清单。"),
            rules=(RULE_COURT, RULE_DOCUMENTS), cites=("enforcement_court",),
            details=tuple(steps), draft="enforcement_application"))
        items.append(Item(
            "enforcement.after_filing", g, "to_check",
            Text("After filing: record receipt, case number, judge, clue submission, "
                 "supplementary requests and returned notices",
                 "立案后：记录受理通知、案号、执行法官、线索提交、补充申请及退回文书"),
            Text("If nothing happens within 6 months of the application, you may apply to the "
                 "court one level up; the dates prove it.",
                 "法院自收到申请执行书之日起超过六个月未执行的，可以向上一级人民法院申请执行；这些日期"
                 "是证明。"),
            Text("The court's notices and your notes of every call.", "法院的各类通知及每次通话记录。"),
            rules=(RULE_HIGHER_COURT,), cites=("apply_one_level_up",)))
        return items
    items.append(Item(
        "enforcement.file", g, "done",
        Text(f"Application filed {filed[0].date.isoformat()}",
             f"已于 {filed[0].date.isoformat()} 提交执行申请"),
        Text("The filing date starts the 6-month clock for applying one level up.",
             "提交日期起算六个月，可据此向上一级法院申请执行。"),
        Text("The court's receipt of the application.", "法院的收件凭证。"),
        rules=(RULE_COURT, RULE_HIGHER_COURT), cites=("apply_one_level_up",), basis="proven"))
    for key, kinds, en, zh in AFTER_FILING:
        hits = [e for e in events if any(k in e.kind.lower() or k in e.description
                                         for k in kinds)]
        if key == "case_number" and any(e.case_number for e in events):
            hits = hits or [e for e in events if e.case_number]
        status: Status = "done" if hits else ("to_check" if key in {"supplementary",
                                                                    "returned_notices"}
                                              else "missing")
        items.append(Item(
            f"enforcement.{key}", g, status, Text(en, zh),
            Text("Keep the enforcement file complete so a delay or a failure can be shown.",
                 "保持执行记录完整，以便证明拖延或失败。"),
            Text("The court's notice or your dated note of the call.", "法院通知或注明日期的通话记录。"),
            rules=(RULE_HIGHER_COURT,), cites=("apply_one_level_up",),
            details=tuple(Text(f"{e.date.isoformat()}: {e.description}",
                               f"{e.date.isoformat()}：{e.description}") for e in hits),
            basis="proven" if hits else "none"))
    return items


def zh_in_one_style(text: Text) -> Text:
    """The Chinese of `text` with its article numbers as the checklist's own citations write
    them (第四百八十一条, not 第481条): notes and steps from the deadline calculator and the
    route planner may write them in Arabic numerals."""
    return Text(text.en, chinese_article_numbers(text.zh))


def _in_one_style(item: Item) -> Item:
    return replace(item, title=zh_in_one_style(item.title), why=zh_in_one_style(item.why),
                   evidence=zh_in_one_style(item.evidence),
                   details=tuple(zh_in_one_style(d) for d in item.details))


def outside_mainland_on_prc_track(casefile: CaseFile, sources: Sources) -> bool:
    """An order made outside the Mainland (a US, Hong Kong or other foreign order) that the
    route planner takes to a PRC court, where no route enforces it as it is."""
    found = routes(sources)
    return (case_origin(casefile) != "CN" and prc_track(casefile, sources)
            and not any(r.get("id") == "cn-enforcement" for r in found))


def _route_steps(route: dict[str, Any]) -> list[Text]:
    return [Text(f"{n}. {st.get('en', '')}", f"{n}. {st.get('zh', '')}")
            for n, st in enumerate(route.get("steps", []), start=1) if isinstance(st, dict)]


def _recognition_or_claim(found: list[dict[str, Any]]) -> list[Item]:
    """The next step for an order made outside the Mainland: the route planner's PRC routes
    (recognition at an intermediate court, or a fresh claim), best first — never an
    application for enforcement of the order as it is."""
    from supportcase.law.route import CERTAINTY_WORDS

    g = "enforcement"
    cn_routes = [r for r in found if str(r.get("id", "")).startswith("cn")]
    if not cn_routes:
        return []
    named: list[Text] = []
    details: list[Text] = []
    documents: list[Text] = []
    rules: list[str] = []
    for r in cn_routes:
        authority = route_authority(r) or {"en": "", "zh": ""}
        named.append(Text(f"{r.get('title_en', '')} ({authority['en']})",
                          f"{r.get('title_zh', '')}（{authority['zh']}）"))
        sure_en, sure_zh = CERTAINTY_WORDS.get(str(r.get("certainty")), ("", ""))
        details.append(Text(f"{r.get('title_en', '')}: {sure_en}",
                            f"{r.get('title_zh', '')}：{sure_zh}"))
        details.extend(_route_steps(r))
        for d in r.get("documents", []):
            doc = (Text(str(d.get("en", "")).rstrip("."), str(d.get("zh", "")).rstrip("。"))
                   if isinstance(d, dict) else None)
            if doc is not None and doc.en and doc not in documents:
                documents.append(doc)
        rules.extend(x for x in route_rules(r) if x not in rules)
    title = (Text(f"File: {named[0].en}", f"提出：{named[0].zh}") if len(named) == 1 else
             Text("Choose with counsel and file: " + " — or — ".join(n.en for n in named),
                  "与律师商定后提出：" + "，或".join(n.zh for n in named)))
    return [
        Item(
            "enforcement.file", g, "missing", title,
            Text("A PRC court does not enforce an order made outside the Mainland as it is: an "
                 "intermediate court must first recognise it, or support must be claimed afresh "
                 "in a PRC court. The route planner ranks these routes for this case; their steps "
                 "are listed with their rules.",
                 "在内地以外作出的裁判，人民法院不能直接执行：须先经中级人民法院裁定承认（港澳台裁判为"
                 "认可），或在中国法院"
                 "另行起诉追索抚养费。路线规划按本案情况对这些途径排序，各步骤及其规则列于下方。"),
            Text("; ".join(d.en for d in documents) or "The order and its Chinese translation.",
                 "；".join(d.zh for d in documents) or "裁判及其中文译本。"),
            rules=tuple(rules), details=tuple(details)),
        Item(
            "enforcement.after_filing", g, "to_check",
            Text("After filing: record the acceptance notice, case number, judge, every notice "
                 "and the ruling or judgment with its date of service",
                 "立案后：记录受理通知、案号、承办法官、每一份通知，以及裁定或判决及其送达日期"),
            Text("The periods for review, appeal and enforcement run from these dates; the "
                 "court's papers prove them.",
                 "复议、上诉和申请执行的期间都从这些日期起算；法院文书是证明。"),
            Text("The court's notices and your dated notes of every call.",
                 "法院的各类通知及注明日期的通话记录。"),
            rules=tuple(r for r in AFTER_RULING if any(
                str(x.get("id", "")) == route for x in cn_routes for route in AFTER_RULING[r]))
            or tuple(rules)),
    ]


def _where_the_order_was_made(casefile: CaseFile, found: list[dict[str, Any]]) -> list[Item]:
    """The route planner's routes that keep the order enforced where it was made (for a
    California order: the local child support agency's case, passport denial, tax offset,
    credit reporting), beside the PRC steps."""
    home = [r for r in found if not str(r.get("id", "")).startswith("cn")]
    lcsa = case_origin(casefile) == "US-CA"
    items: list[Item] = []
    for n, r in enumerate(home):
        authority = route_authority(r) or {"en": "", "zh": ""}
        risks = [Text(str(x.get("en", "")), str(x.get("zh", "")))
                 for x in r.get("risks", []) if isinstance(x, dict)]
        documents = [Text(str(d.get("en", "")).rstrip("."), str(d.get("zh", "")).rstrip("。"))
                     for d in r.get("documents", []) if isinstance(d, dict) and d.get("en")]
        items.append(Item(
            "enforcement.order_place" + (f".{n}" if n else ""), "enforcement", "to_check",
            Text(f"{r.get('title_en', '')} ({authority['en']})",
                 f"{r.get('title_zh', '')}（{authority['zh']}）"),
            Text("The PRC steps do not stop enforcement where the order was made: "
                 + ("open a case with the local child support agency (its services are free, on "
                    "request) or keep the one you have" if lcsa else
                    "open a case there or keep the one you have")
                 + ", so these remedies keep working while the PRC case runs.",
                 "在中国的程序不影响裁判作出地的执行："
                 + ("请向地方子女抚养机构申请立案（免费，依申请提供服务）或保持已有案件" if lcsa else
                    "请在当地立案或保持已有案件")
                 + "，以便在中国程序进行期间这些措施继续有效。"),
            Text("; ".join(d.en for d in documents) or "A certified copy of the order and the "
                 "arrears statement.",
                 "；".join(d.zh for d in documents) or "裁判的认证副本及欠款明细表。"),
            rules=tuple(dict.fromkeys((*(("us.ca.enforcement.lcsa_services",) if lcsa else ()),
                                       *route_rules(r)))),
            details=(*_route_steps(r), *risks)))
    return items


# What to keep once a recognition application or a fresh claim is filed: (key, event words,
# English, Chinese) — no enforcement judge or supplementary enforcement requests yet.
AFTER_PRC_FILING: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("receipt", ("receipt", "accepted", "acceptance", "受理"), "Acceptance notice (受理通知书)",
     "受理通知书"),
    ("case_number", ("case_number", "docketed", "立案"), "Case number", "案号"),
    ("judge_contact", ("judge", "judge_contact", "法官"), "Judge's name and contact",
     "承办法官姓名及联系方式"),
    ("ruling", ("ruling", "judgment", "裁定", "判决"), "The ruling or judgment and its date of "
     "service", "裁定或判决及其送达日期"),
    ("returned_notices", ("returned_notice", "returned", "退回"), "Returned notices and "
     "failed service", "退回的文书及送达失败情况"),
)


def _after_filing_in_a_prc_court(casefile: CaseFile, sources: Sources,
                                 filed_on: dt.date) -> list[Item]:
    """A recognition application or a fresh claim on file: the court's record to keep, and the
    periods that run from its ruling or judgment — not the 6-month 'apply one level up' of an
    enforcement case (CPL art. 237)."""
    g = "enforcement"
    ids = {str(r.get("id", "")) for r in routes(sources)}
    rules = tuple(r for r, on in AFTER_RULING.items() if ids & set(on)) or prc_first_rules(sources)
    items = [Item(
        "enforcement.file", g, "done",
        Text(f"Filed {filed_on.isoformat()}", f"已于 {filed_on.isoformat()} 提交"),
        Text("The periods for review, appeal and then enforcement run from the court's ruling or "
             "judgment and its service; keep the court's receipt.",
             "复议、上诉及其后申请执行的期间，自法院裁定或判决及其送达起算；请保留法院的收件凭证。"),
        Text("The court's receipt of the filing.", "法院的收件凭证。"),
        rules=rules, basis="proven")]
    for key, kinds, en, zh in AFTER_PRC_FILING:
        hits = [e for e in casefile.events if any(k in e.kind.lower() or k in e.description
                                                  for k in kinds)]
        if key == "case_number":
            hits = hits or [e for e in casefile.events if e.case_number]
        items.append(Item(
            f"enforcement.{key}", g, "done" if hits else (
                "to_check" if key == "returned_notices" else "missing"), Text(en, zh),
            Text("Keep the court's record complete so a delay can be shown and each period "
                 "counted.", "保持法院记录完整，以便证明拖延并计算各项期间。"),
            Text("The court's notice or your dated note of the call.", "法院通知或注明日期的通话记录。"),
            rules=rules,
            details=tuple(Text(f"{e.date.isoformat()}: {e.description}",
                               f"{e.date.isoformat()}：{e.description}") for e in hits),
            basis="proven" if hits else "none"))
    return items


# The periods that run once a PRC court rules on a recognition or a fresh claim, by route.
AFTER_RULING: dict[str, tuple[str, ...]] = {
    "cn.recognition.foreign_judgments": ("cn-recognition",),  # review of the ruling
    "cn.recognition.application_period": ("cn-recognition",),
    "cn.procedure.appeal_period": ("cn-fresh-action",),
}


def build_checklist(casefile: CaseFile, sources: Sources,
                    *, known_rules: Iterable[str] | None = None) -> Checklist:
    """The next-step checklist for `casefile` given what the ledger and the law say."""
    if known_rules is None:
        from supportcase.law.rules import default_rulebook

        known_rules = [r.id for r in default_rulebook()]
    items: list[Item] = [
        *_legal_basis(casefile, sources),
        *_arrears(casefile, sources),
        *_assets(casefile, sources),
        *_location(casefile, sources),
        *_expenses(casefile),
        *_communications(casefile, sources),
        *_enforcement(casefile, sources),
    ]
    recs = records(casefile)
    return Checklist(
        as_of=sources.as_of,
        title=casefile.case.title,
        items=tuple(_in_one_style(i) for i in items),
        proven=tuple(r for r in recs if r.status == "proven"),
        assumptions=tuple(r for r in recs if r.status != "proven"),
        refused=tuple(refused_clues(casefile)),
        problems=dict(sources.problems),
        problems_zh={k: chinese_article_numbers(v) for k, v in sources.problems_zh.items()},
        known_rules=frozenset(known_rules),
    )


def statuses(items: Sequence[Item]) -> dict[str, Status]:
    """Item id → status (for tests and the web view)."""
    return {i.id: i.status for i in items}
