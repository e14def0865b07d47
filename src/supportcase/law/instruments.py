"""What kind of legal document the support rests on, and where it can be enforced as it is.

A court judgment or mediation statement is an enforcement title (执行依据) in the PRC; a
notarised agreement is one only with an enforcement clause and the notary's enforcement
certificate; a civil-affairs divorce agreement or a private agreement is not — a claim must
be filed first. A California order is enforced in California (and through DCSS abroad); a
Hong Kong order made from 2022-02-15 can be recognised in the Mainland under the family
arrangement; other foreign orders need recognition (treaty or reciprocity).

>>> classify(case).kind                                       # doctest: +SKIP
'effective_judgment'
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from supportcase.casefile.model import CaseFile, Obligation
from supportcase.errors import UserError

HK_ARRANGEMENT_FROM = dt.date(2022, 2, 15)  # rule cn_hk.family_judgments.arrangement


@dataclass(frozen=True)
class Instrument:
    kind: str
    title: str
    title_zh: str
    origin: str  # where it was made: CN, US-CA, US, HK, MO, TW, or an ISO code
    enforcement_title: bool  # enforceable as it is where it was made
    needs_claim_first: bool
    rules: tuple[str, ...]
    obligation: str | None
    date: dt.date | None
    missing: tuple[str, ...] = field(default_factory=tuple)  # what to obtain first (en)
    missing_zh: tuple[str, ...] = field(default_factory=tuple)
    note: str = ""
    note_zh: str = ""

    @property
    def enforceable_where(self) -> list[dict[str, str]]:
        """Where this instrument can be enforced, and how (each with the rule it rests on)."""
        return WHERE.get(self.kind if self.kind != "hk_order" or self.within_hk_arrangement
                         else "hk_order_before_2022", [])

    @property
    def within_hk_arrangement(self) -> bool:
        return self.date is not None and self.date >= HK_ARRANGEMENT_FROM

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        data = asdict(self)
        data["date"] = self.date.isoformat() if self.date else None
        for key in ("rules", "missing", "missing_zh"):
            data[key] = list(data[key])
        data["enforceable_where"] = self.enforceable_where
        data["title_local"] = self.title_zh if lang == "zh" else self.title
        return data


def _w(place: str, how: str, how_zh: str, rule: str) -> dict[str, str]:
    return {"place": place, "how": how, "how_zh": how_zh, "rule": rule}


_PRC_TITLE = [
    _w("CN", "apply to the enforcement court directly", "直接向执行法院申请执行", "cn.enforcement.court"),
    _w("HK", "register in Hong Kong under the family arrangement (judgments from 2022-02-15)",
       "依婚姻家庭判决安排在香港登记（2022年2月15日起的判决）", "cn_hk.family_judgments.arrangement"),
    _w("abroad", "apply to the foreign court (treaty or reciprocity; not Hague 2007)",
       "向外国法院申请承认和执行（条约或互惠；非海牙2007公约）", "cn.international.enforcement_abroad"),
    _w("US-CA", "register by comity or a 'substantially similar' finding (uncertain)",
       "依礼让或“实质相似”登记（不确定）", "us.ca.uifsa.comity_for_prc_orders"),
]
WHERE: dict[str, list[dict[str, str]]] = {
    "effective_judgment": _PRC_TITLE,
    "mediation_statement": [_PRC_TITLE[0], _PRC_TITLE[2], _PRC_TITLE[3]],
    "notarized_agreement": [
        _w("CN", "apply to the court of the obligor's domicile or property, with the notary's "
           "enforcement certificate", "持执行证书向被执行人住所地或财产所在地法院申请",
           "cn.instruments.notarized_agreement")],
    "divorce_agreement": [
        _w("CN", "not enforceable as it is: sue first, then enforce the judgment",
           "不能直接执行：先起诉，取得判决后执行", "cn.instruments.divorce_agreement")],
    "private_agreement": [
        _w("CN", "not enforceable as it is: sue, notarise with an enforcement clause, or mediate "
           "and have it judicially confirmed", "不能直接执行：起诉、赋强公证或调解后司法确认",
           "cn.instruments.private_agreement")],
    "california_order": [
        _w("US-CA", "enforce through the local child support agency or the court",
           "通过地方子女抚养机构或法院执行", "us.ca.enforcement.support_judgment_duration"),
        _w("Hague 2007 partners", "through DCSS where the Convention is in force with the US",
           "与美国之间公约有效的国家：经DCSS", "hcch.2007.us_in_force"),
        _w("reciprocating countries", "through DCSS", "经DCSS", "us.federal.frc"),
        _w("CN", "recognition on reciprocity at an intermediate court (uncertain) or a fresh suit",
           "向中级法院依互惠申请承认（不确定）或另行起诉", "cn.recognition.us_orders")],
    "hk_order": [
        _w("HK", "enforce in Hong Kong", "在香港执行", "cn_hk.family_judgments.arrangement"),
        _w("CN", "recognition at a Mainland intermediate court under the family arrangement",
           "依婚姻家庭判决安排向内地中级法院申请认可和执行", "cn_hk.family_judgments.arrangement")],
    "hk_order_before_2022": [
        _w("HK", "enforce in Hong Kong", "在香港执行", "cn_hk.family_judgments.arrangement"),
        _w("CN", "outside the family arrangement (made before 2022-02-15): sue afresh in the Mainland",
           "不适用婚姻家庭判决安排（2022年2月15日前作出）：在内地另行起诉", "cn.recognition.fresh_action")],
    "foreign_order": [
        _w("CN", "recognition at an intermediate court on a treaty or reciprocity",
           "依条约或互惠向中级法院申请承认和执行", "cn.recognition.foreign_judgments"),
        _w("US-CA", "registration under UIFSA (Convention, reciprocating country or comity)",
           "依UIFSA登记（公约、互惠国家或礼让）", "us.ca.uifsa.foreign_country")],
}
WHERE["us_order"] = WHERE["california_order"]


def case_origin(case: CaseFile) -> str:
    """Where the case's (first) order was made, read as the route planner reads it."""
    if case.obligations:
        return origin_of(case, case.obligations[0])
    return origin_of(case, None)


def origin_of(case: CaseFile, ob: Obligation | None) -> str:
    raw = ((ob.basis.jurisdiction if ob else None) or case.case.order_jurisdiction or "").upper()
    if ob is not None and ob.basis.type == "hk_order":
        return "HK"
    if ob is not None and ob.basis.type == "us_order" and not raw.startswith("US"):
        return "US"
    if raw.startswith("CN-"):  # ISO 3166-2: CN-HK, CN-MO, CN-TW, or a Mainland province (CN-GD)
        return raw[3:] if raw[3:] in ("HK", "MO", "TW") else "CN"
    return raw or "CN"


def place_contradicted(case: CaseFile, ob: Obligation) -> str | None:
    """The place written for an order whose type names another (a `us_order` from "CN"):
    `origin_of` follows the type, and the reader should be told so."""
    raw = (ob.basis.jurisdiction or case.case.order_jurisdiction or "").upper()
    typed = {"us_order": "US", "hk_order": "HK"}.get(ob.basis.type)
    return raw if typed and raw and not raw.startswith(typed) else None


def classify(case: CaseFile, obligation: str | None = None) -> Instrument:
    """Classify the instrument behind `obligation` (default: the first obligation)."""
    if not case.obligations:
        raise UserError("the case file has no obligation: record the judgment, order or "
                        "agreement that makes support due",
                        zh="案卷中没有给付义务：请录入规定抚养费的判决、裁定或协议")
    ob = next((o for o in case.obligations if o.id == obligation), None) if obligation \
        else case.obligations[0]
    if ob is None:
        raise UserError(f"no obligation '{obligation}' in the case file",
                        zh=f"案卷中没有给付义务“{obligation}”")
    origin = origin_of(case, ob)
    kind = ob.basis.type
    day = ob.basis.effective_date or ob.basis.date

    def make(kind: str, title: str, title_zh: str, *, enforcement_title: bool,
             needs_claim_first: bool, rules: tuple[str, ...], missing: tuple[str, ...] = (),
             missing_zh: tuple[str, ...] = (), note: str = "", note_zh: str = "") -> Instrument:
        return Instrument(kind, title, title_zh, origin, enforcement_title, needs_claim_first,
                          rules, ob.id if ob else None, day, missing, missing_zh, note, note_zh)

    if origin == "CN" and kind in ("judgment", "ruling"):
        missing = () if ob.basis.effective_date else ("the date the judgment took effect "
                                                      "(certificate of effectiveness, 生效证明)",)
        return make("effective_judgment", "Effective PRC judgment / ruling", "生效民事判决、裁定",
                          enforcement_title=True, needs_claim_first=False,
                          rules=("cn.instruments.judgment",), missing=missing,
                          missing_zh=("判决生效日期（生效证明）",) if missing else ())
    if origin == "CN" and kind == "mediation_statement":
        return make("mediation_statement", "PRC court mediation statement", "民事调解书",
                          enforcement_title=True, needs_claim_first=False,
                          rules=("cn.instruments.mediation_statement",))
    if kind == "notarized_agreement":
        has_cert = bool(ob.basis.enforcement_certificate)
        return make(
            "notarized_agreement", "Notarised support agreement with enforcement effect",
            "赋予强制执行效力的公证债权文书", enforcement_title=True, needs_claim_first=False,
            rules=("cn.instruments.notarized_agreement",),
            missing=() if has_cert else ("the notary's enforcement certificate (执行证书)",),
            missing_zh=() if has_cert else ("公证机构出具的执行证书",),
            note="Enforceable only if the notarised text records the obligor's consent to "
                 "compulsory enforcement; otherwise it is a private agreement.",
            note_zh="须公证文书载明债务人愿意接受强制执行的承诺，否则按私下协议处理。")
    if kind == "divorce_agreement":
        return make("divorce_agreement", "Civil-affairs divorce agreement", "登记离婚协议",
                          enforcement_title=False, needs_claim_first=True,
                          rules=("cn.instruments.divorce_agreement",))
    if kind == "private_agreement":
        return make("private_agreement", "Private support agreement", "私下抚养费协议",
                          enforcement_title=False, needs_claim_first=True,
                          rules=("cn.instruments.private_agreement",))
    if origin.startswith("US") or kind == "us_order":
        california = origin in ("US-CA",)
        return make("california_order" if california else "us_order",
                          "California support order" if california else "US support order",
                          "加州抚养令" if california else "美国抚养令",
                          enforcement_title=True, needs_claim_first=False,
                          rules=("us.ca.enforcement.support_judgment_duration",
                                 "us.ca.uifsa.registration"))
    if origin == "HK":
        inside = day is not None and day >= HK_ARRANGEMENT_FROM
        return make(
            "hk_order", "Hong Kong maintenance order / family judgment", "香港赡养令／婚姻家庭判决",
            enforcement_title=True, needs_claim_first=False,
            rules=("cn_hk.family_judgments.arrangement",),
            missing=() if day else ("the date the Hong Kong order was made",),
            missing_zh=() if day else ("香港裁判作出日期",),
            note=("Made on or after 2022-02-15: within the Mainland–Hong Kong family arrangement."
                  if inside else "Made before 2022-02-15 (or date unknown): outside the "
                                 "Mainland–Hong Kong family arrangement."),
            note_zh=("2022年2月15日及以后作出，适用内地与香港婚姻家庭判决安排。" if inside else
                     "2022年2月15日前作出（或日期不明），不适用内地与香港婚姻家庭判决安排。"))
    if origin in ("MO", "TW"):
        rule = "cn_mo.judgments.arrangement" if origin == "MO" else "cn_tw.judgments.recognition"
        return make("regional_judgment", f"Judgment from {origin}", "澳门／台湾地区判决",
                          enforcement_title=True, needs_claim_first=False, rules=(rule,))
    if kind == "other":
        return make("unknown", "Other document", "其他文书", enforcement_title=False,
                          needs_claim_first=True, rules=(),
                          note="Describe the document: judgment, mediation statement, notarised "
                               "or private agreement, or a foreign order.",
                          note_zh="请说明文书类型。")
    return make("foreign_order", f"Foreign support order ({origin})", f"外国抚养裁判（{origin}）",
                      enforcement_title=True, needs_claim_first=False,
                      rules=("cn.recognition.foreign_judgments",))
