"""From what a document says to what the case file should hold: proposals, never decisions.

Intake reads "被告每月10日前支付抚养费人民币2500元，自2021年7月起至王小明年满十八周岁止" out of
a judgment; the ledger needs an `Obligation`. This module turns a reviewed document's support
terms, parties and children into additions to the case file. Everything it proposes is
marked `assumed` (a person confirms it against the document: DESIGN "extraction proposes; a
person confirms"), and it never overwrites what the case file already holds — a value that
differs is reported as a conflict instead.

    proposal = propose(summary, casefile, document_id="e4667ef98256")
    updated = proposal.apply(casefile)      # the case file with the additions
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from supportcase.casefile.model import (
    Basis,
    CaseFile,
    Child,
    EndAtChildAge,
    EndAtEducation,
    Obligation,
    Parties,
    Party,
)
from supportcase.casefile.words import doc_type_word
from supportcase.intake.document import Said
from supportcase.intake.extract.numbers import DATE_EN, date_en
from supportcase.money import MoneyError, check_currency, to_decimal

# The intake's document types that are a legal basis for support, as the case file names them.
BASIS_OF_DOC_TYPE: dict[str, str] = {
    "judgment": "judgment", "mediation_statement": "mediation_statement", "ruling": "ruling",
    "divorce_agreement": "divorce_agreement", "private_agreement": "private_agreement",
    "notarized_instrument": "notarized_agreement", "us_order": "us_order",
    "us_judgment": "us_order", "stipulation": "us_order", "hk_order": "hk_order",
    "foreign_order": "foreign_order",
}
PRC_COURT_TITLES = ("judgment", "mediation_statement", "ruling")
FREQUENCY_OF_PERIOD = {"monthly": "monthly", "quarterly": "quarterly", "yearly": "yearly",
                       "annually": "yearly", "once": "once", "lump_sum": "once"}
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
# intake writes "age:18", or "age:18/hs:19" for "18, or 19 while in high school"
_AGE = re.compile(r"^age:(\d{1,2})(?:/hs:(\d{1,2}))?$")
ROLE_WORDS = {"obligee": ("obligee", "收款方（权利人）"), "obligor": ("obligor", "付款方（义务人）")}
# the dates intake leaves unknown when they read both ways (01/06/2023) on a paper that does
# not show whether it writes the day or the month first
UNCLEAR_DATE_WORDS = {"support.start_date": ("the support's start", "抚养费起始时间"),
                      "effective_date": ("the date it took effect", "生效日期"),
                      "document_date": ("the document's date", "文书日期"),
                      "service_date": ("the date served", "送达日期"),
                      "child.birth_date": ("a child's birth date", "子女出生日期")}
SUPPORT_WORDS = {"amount": ("amount", "金额"), "currency": ("currency", "币种"),
                 "period": ("period", "支付周期"), "start_date": ("start_date", "起始时间")}


@dataclass(frozen=True)
class Proposal:
    """What one document adds to a case file, and where it disagrees with it."""

    document: str
    obligee: Party | None = None
    obligor: Party | None = None
    children: tuple[Child, ...] = ()
    obligation: Obligation | None = None
    # A PRC effective judgment, ruling or mediation statement carries statutory
    # double-portion interest for delay (CPL 2023 art. 264); proposed only when the case
    # file has no interest regime yet.
    interest_regime: str | None = None
    # In both languages; as JSON each is {"en": ..., "zh": ...} (`Said.shown` reads both
    # that and the plain English strings stored before).
    conflicts: tuple[Said, ...] = ()
    skipped: tuple[Said, ...] = ()  # why something was not proposed
    notes: tuple[Said, ...] = ()  # what to check about something that was proposed

    def is_empty(self) -> bool:
        return not (self.obligee or self.obligor or self.children or self.obligation
                    or self.interest_regime)

    def apply(self, casefile: CaseFile) -> CaseFile:
        parties = casefile.parties.model_copy(update={
            k: v for k, v in (("obligee", self.obligee), ("obligor", self.obligor)) if v})
        interest = casefile.interest.model_copy(update={"regime": self.interest_regime}) \
            if self.interest_regime else casefile.interest
        return casefile.model_copy(update={
            "parties": parties, "interest": interest,
            "children": [*casefile.children, *self.children],
            "obligations": [*casefile.obligations,
                            *([self.obligation] if self.obligation else [])],
        })

    def to_json(self) -> dict[str, Any]:
        def dump(model: Any) -> Any:
            return model.model_dump(mode="json", exclude_defaults=True, by_alias=True) \
                if model is not None else None

        return {"document": self.document, "obligee": dump(self.obligee),
                "obligor": dump(self.obligor), "children": [dump(c) for c in self.children],
                "obligation": dump(self.obligation), "interest_regime": self.interest_regime,
                "conflicts": [c.to_json() for c in self.conflicts],
                "skipped": [s.to_json() for s in self.skipped],
                "notes": [n.to_json() for n in self.notes]}


def _month_start(text: str | None) -> dt.date | None:
    """'2021-07' → 2021-07-01; '2021-07-15' stays; anything else → None (never guessed)."""
    match = _MONTH.match(text or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        return dt.date(year or 0, month or 0, day or 1)
    except ValueError:
        return None


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _fact_quote(summary: dict[str, Any], name: str) -> str:
    return next((str(f.get("quote") or "") for f in summary.get("facts", [])
                 if f.get("name") == name), "")


def _summed(summary: dict[str, Any]) -> str | None:
    """The amount's quoted words when intake read it as a written total of per-child sums
    ("$600 for Mia and $400 for Leo, total $1,000"; 婚生女3000元、婚生子2000元，共计5000元)."""
    quote = " ".join(_fact_quote(summary, "support.amount").split())
    figures = re.findall(r"\d[\d,]*(?:\.\d+)?", quote)
    return quote if len(figures) > 1 and re.search(r"(?i)total|in all|altogether|combined|"
                                                  r"共计|合计|总计|共", quote) else None


def _per_child(summary: dict[str, Any]) -> tuple[str, str] | None:
    """(the sum, its quoted words) when the document gives the support as one child's sum
    ("$500 per month for each child", 每个孩子每月1000元)."""
    fact = next((f for f in summary.get("facts", []) if f.get("name") == "support.per_child"),
                None)
    return (str(fact.get("value")), " ".join(str(fact.get("quote") or "").split())) \
        if fact else None


def _unclear_dates(summary: dict[str, Any]) -> list[Said]:
    """Why a date the document writes is not proposed: it reads both ways (01/06/2023)."""
    facts = summary.get("facts", [])
    read = {f.get("name") for f in facts}
    out: list[Said] = []
    for fact in facts:
        name, written = str(fact.get("name") or ""), str(fact.get("value") or "")
        field = name.removesuffix(".unclear")
        match = DATE_EN.fullmatch(written)
        if field == name or field in read or match is None:
            continue
        month_first, day_first = (date_en(match, order=o) for o in ("mdy", "dmy"))
        if month_first is None or day_first is None:
            continue
        en, zh = UNCLEAR_DATE_WORDS.get(field, (field, field))
        out.append(Said(
            f"{en} is written {written}: {month_first.isoformat()} if the month is written "
            f"first (as in the US), {day_first.isoformat()} if the day is; the document does "
            "not show which, so it is left out — enter it by hand",
            f"{zh}写作{written}：先写月则为{month_first.isoformat()}（美国的写法），先写日则为"
            f"{day_first.isoformat()}；文件未表明是哪一种，故未填写，请手动填写"))
    return out


def _party(name: str | None, existing: Party | None, role: str,
           conflicts: list[Said]) -> Party | None:
    if not name:
        return None
    if existing is None:
        return Party(name=name)
    if name not in {existing.name, existing.name_en, existing.name_zh}:
        en, zh = ROLE_WORDS[role]
        conflicts.append(Said(f"{en}: the document names {name}, the case file {existing.name}",
                              f"{zh}：文件中为{name}，案卷中为{existing.name}"))
    return None


def _end(condition: str | None, child: int) -> tuple[Any, Said | None]:
    if not condition:
        return None, Said("no end of the obligation stated; left open",
                          "文件未写明给付义务何时终止；终止时间暂不填写")
    age = _AGE.match(condition)
    if age:
        at_age = EndAtChildAge(child_age=int(age.group(1)), child=child)
        if age.group(2):
            # "until 18, or 19 while still in high school" (e.g. Cal. Fam. Code § 3901): the
            # case file ends at the age; the extension needs the child's education end date.
            return at_age, Said(
                f"the order extends support to {age.group(2)} while the child is in high "
                "school; enter the child's education end date if that applies",
                f"该命令规定子女仍在读高中的，抚养费延续至{age.group(2)}周岁；如适用，"
                "请填写子女完成学业的日期")
        return at_age, None
    if condition == "education_end":
        return EndAtEducation(child=child), None
    if condition.startswith("date:"):
        end = _date(condition.removeprefix("date:"))
        return (end, None) if end else (None, Said(f"end date '{condition}' not understood",
                                                   f"无法理解终止日期“{condition}”"))
    return None, Said(f"end condition '{condition}' not understood",
                      f"无法理解终止条件“{condition}”")


def propose(summary: dict[str, Any], casefile: CaseFile, *, document_id: str) -> Proposal:
    """Additions the reviewed document `summary` (intake review JSON) suggests for `casefile`."""
    conflicts: list[Said] = []
    skipped: list[Said] = []
    parties: Parties = casefile.parties
    obligee = _party(summary.get("obligee"), parties.obligee, "obligee", conflicts)
    obligor = _party(summary.get("obligor"), parties.obligor, "obligor", conflicts)

    known = {c.name for c in casefile.children}
    children = tuple(Child(name=c["name"], birth_date=_date(c.get("birth_date")))
                     for c in summary.get("children") or [] if c.get("name") not in known)
    all_children = [*casefile.children, *children]

    obligation = None
    notes: list[Said] = []
    support = summary.get("support") or {}
    basis_type = BASIS_OF_DOC_TYPE.get(summary.get("doc_type") or "")
    number = summary.get("case_number")
    already = number and any(o.basis.case_number == number for o in casefile.obligations)
    if basis_type is None:
        kind = summary.get("doc_type")
        skipped.append(Said(
            f"a {kind or 'document of unknown type'} is not a legal basis for support; "
            "no obligation proposed",
            f"{doc_type_word(kind, 'zh') if kind else '类型不明的文件'}"
            "不能作为给付抚养费的法律依据，未提出给付义务"))
    elif already:
        skipped.append(Said(f"the case file already has an obligation under {number}",
                            f"案卷中已有依据{number}的给付义务"))
    elif not all(support.get(k) for k in SUPPORT_WORDS):
        missing = [k for k in SUPPORT_WORDS if not support.get(k)]
        skipped.append(Said(
            f"support terms incomplete (missing {', '.join(missing)}); "
            "enter the obligation by hand",
            f"抚养费条款不完整（缺少{'、'.join(SUPPORT_WORDS[k][1] for k in missing)}），"
            "请手动填写给付义务"))
    else:
        obligation, why = _obligation(summary, support, basis_type, document_id,
                                      len(casefile.obligations), all_children)
        if why:
            (notes if obligation is not None else skipped).append(why)
        if obligation is not None and (summed := _summed(summary)):
            notes.append(Said(
                f"the amount {obligation.amount} is the total the document writes of one sum "
                f"per child (“{summed}”); it is proposed as one obligation — check when each "
                "child's share ends",
                f"金额{obligation.amount}是文件所写各子女抚养费的合计（“{summed}”），"
                "作为一项给付义务提出；请核对每名子女的部分何时终止"))
    if (each := _per_child(summary)) is not None:
        per, quote = each
        if obligation is not None and _summed(summary) is None:  # else noted as a total
            count = obligation.amount / to_decimal(per)
            notes.append(Said(
                f"the amount {obligation.amount} is {per} per child (“{quote}”) for the "
                f"{count:f} children the document names or counts; it is proposed as one "
                "obligation — check the number of children and when each child's share ends",
                f"金额{obligation.amount}为每名子女{per}（“{quote}”）乘以文件所写的{count:f}名"
                "子女，作为一项给付义务提出；请核对子女人数及每名子女的部分何时终止"))
        elif obligation is None and basis_type is not None and not support.get("amount"):
            skipped.append(Said(
                f"the document gives {per} per child (“{quote}”) but not clearly how many "
                "children; no amount is proposed — enter it by hand",
                f"文件写明每名子女{per}（“{quote}”），但未写明子女人数，未提出金额，请手动填写"))
    skipped += _unclear_dates(summary)
    regime = None
    if (obligation is not None and obligation.basis.type in PRC_COURT_TITLES
            and obligation.basis.jurisdiction == "CN" and casefile.interest.regime == "none"):
        regime = "cn-delayed-performance"
    return Proposal(document=document_id, obligee=obligee, obligor=obligor, children=children,
                    obligation=obligation, interest_regime=regime, conflicts=tuple(conflicts),
                    skipped=tuple(skipped), notes=tuple(notes))


def _obligation(summary: dict[str, Any], support: dict[str, Any], basis_type: str,
                document_id: str, count: int, children: list[Child]
                ) -> tuple[Obligation | None, Said | None]:
    frequency = FREQUENCY_OF_PERIOD.get(str(support["period"]))
    start = _month_start(str(support["start_date"]))
    try:
        amount = to_decimal(str(support["amount"]))
        currency = check_currency(str(support["currency"]))
    except MoneyError as exc:
        return None, Said(f"support amount not usable ({exc})", f"抚养费金额无法使用（{exc}）")
    if frequency is None or start is None:
        return None, Said(f"period '{support['period']}' or start '{support['start_date']}' "
                          "not understood; enter the obligation by hand",
                          f"无法理解支付周期“{support['period']}”或起始时间"
                          f"“{support['start_date']}”，请手动填写给付义务")
    due_day: int | str = 1
    if support.get("due_day"):
        day = str(support["due_day"])
        due_day = "last" if day == "last" else int(day) if day.isdigit() else 1
    # 每月10日前 / "by the 10th": due by the day, not on it.
    quote = _fact_quote(summary, "support.due_day")
    due_rule = "by" if ("前" in quote or re.search(r"(?i)\bby\b", quote)) else "on"
    named = [c["name"] for c in summary.get("children") or [] if c.get("name")]
    child = next((i for i, c in enumerate(children) if named and c.name == named[0]), 0)
    end, why = _end(support.get("end_condition"), child=child)
    if isinstance(end, (EndAtChildAge, EndAtEducation)) and not children:
        end, why = None, Said("the end depends on a child the document does not name; left "
                              "open", "终止时间取决于文件中未写明姓名的子女；暂不填写")
    court = summary.get("court") or ""
    basis = Basis(type=basis_type,
                  # Every Mainland court is a 人民法院; Taiwan's 地方法院 and Hong Kong's
                  # courts are not, so a Chinese-language judgment alone does not mean CN.
                  jurisdiction="CN" if "人民法院" in court else None,
                  date=_date(summary.get("document_date")),
                  effective_date=_date(summary.get("effective_date")),
                  document=document_id, court=summary.get("court"),
                  case_number=summary.get("case_number"))
    obligation = Obligation(
        id="main" if count == 0 else f"doc-{document_id}", basis=basis, amount=amount,
        currency=currency, frequency=frequency,
        due_day=due_day, due_rule=due_rule, start=start, end=end,
        children=[child] if children else [], status="assumed",
        notes="Proposed by intake from the document; check every term against it.")
    return obligation, why
