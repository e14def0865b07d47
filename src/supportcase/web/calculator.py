"""The calculators page (`/calc`): what a guideline would say, every step shown.

Two forms, sent with GET so a result is a link a parent can keep or send to a lawyer:

- California's statewide uniform guideline (Fam. Code § 4055) from both parents' net
  incomes — or gross income less the § 4059 deductions they know — parent A's share of
  time, the number of children, the date and any add-ons;
- the PRC income-ratio guide (SPC Interpretation (I) art. 49) from the obligor's monthly
  income, or that year's income, or the trade's average.

The page shows what `supportcase calc` prints: the figure, who pays whom, each step of the
working (its label in the page's language, value, arithmetic, and the rule with its
citation), the rules applied, the warnings and the notices — "not legal advice" first.
What the calculators cannot use comes back (422) with one message in the reader's language
above the form, the form as typed. The calculators themselves are called unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from supportcase.calc import (
    DEDUCTION_KINDS,
    AddOns,
    CaliforniaInput,
    CaliforniaResult,
    DefaultProceeding,
    ParentIncome,
    PrcInput,
    PrcResult,
    RuleUse,
    Step,
    guideline_support,
    support_standard,
)
from supportcase.calc.explanation import display
from supportcase.calc.labels_zh import ADD_ONS_ZH, zh_label
from supportcase.casefile.reasons_zh import message_zh
from supportcase.dates import parse_date
from supportcase.errors import UserError
from supportcase.law.rules import default_rulebook, rule_status_word
from supportcase.money import MoneyError, check_currency, to_decimal
from supportcase.web.site import Site
from supportcase.web.text import TEXT

# Fields of each form, as the page names them (and the query parameters carry them).
CALIFORNIA_FIELDS = ("a_net", "b_net", "a_gross", "b_gross",
                     *(f"{p}_{kind}" for p in ("a", "b") for kind in DEDUCTION_KINDS),
                     "a_time", "children", "on", "default_custodial", "default_moving",
                     "childcare", "uninsured_health", "education", "travel",
                     "minimum_wage", "lia_threshold")
PRC_FIELDS = ("income", "annual_income", "industry_average", "children", "currency", "on")
# The add-on fields and the name `AddOns` gives each.
ADD_ON_FIELDS = {"childcare": "childcare", "uninsured_health": "uninsured_health",
                 "education": "education_special_needs", "travel": "travel"}
CURRENCIES = ("CNY", "USD", "HKD", "MOP", "TWD")


def _label(words: Mapping[str, str], name: str) -> str:
    """The form's own label of a field, for the message naming it."""
    if name[:2] in ("a_", "b_") and name[2:] in DEDUCTION_KINDS:
        gross = words[f"calc_{name[0]}_gross"]
        return f"{gross} {words['calc_less']} {words['calc_ded_' + name[2:]]}"
    return words[f"calc_{name}"]


def _amount(typed: Mapping[str, str], name: str, words: Mapping[str, str]) -> Decimal | None:
    """A typed amount as an exact Decimal (never a float); None when left empty."""
    text = typed.get(name, "").strip()
    if not text:
        return None
    try:
        return to_decimal(text)
    except MoneyError as exc:
        label = _label(words, name)
        raise UserError(f"{label}: {exc}", zh=f"{label}：{message_zh(str(exc))}") from None


def _children(typed: Mapping[str, str]) -> int:
    text = typed.get("children", "").strip()
    # isdecimal, not isdigit: "²" is a digit to str.isdigit but not a number to int(). The
    # calculators themselves refuse 0.
    if not text.isdecimal():
        raise UserError(TEXT["en"]["calc_bad_children"].format(value=text),
                        zh=TEXT["zh"]["calc_bad_children"].format(value=text))
    return int(text)


def _day(typed: Mapping[str, str], words: Mapping[str, str]) -> dt.date:
    """The date asked for; today when left empty (as `supportcase calc`)."""
    return parse_date(typed.get("on", "").strip(), words["calc_on"]) or dt.date.today()


def _income(typed: Mapping[str, str], parent: str, words: Mapping[str, str]) -> ParentIncome:
    deductions = {kind: amount for kind in DEDUCTION_KINDS
                  if (amount := _amount(typed, f"{parent}_{kind}", words)) is not None}
    return ParentIncome(net=_amount(typed, f"{parent}_net", words),
                        gross=_amount(typed, f"{parent}_gross", words),
                        deductions=deductions)


def _time_shares(typed: Mapping[str, str], words: Mapping[str, str]) -> tuple[Decimal, ...]:
    """Parent A's time-share: one percentage for all children, or one per child (youngest
    first) separated by ';' — a comma could be a decimal comma."""
    text = typed.get("a_time", "")
    parts = [part.strip() for part in re.split(r"[;；]", text)] if text.strip() else []
    shares = tuple(_amount({"a_time": part}, "a_time", words) for part in parts)
    if None in shares:  # "20;;30": an empty share between two
        raise UserError(f"{words['calc_a_time']}: '{text}' has an empty share",
                        zh=f"{words['calc_a_time']}：“{text}”中有一项为空")
    return tuple(share for share in shares if share is not None)


def _default_proceeding(typed: Mapping[str, str]) -> DefaultProceeding | None:
    """Fam. Code § 4055(b)(6): who has custody and who moved, when there is no evidence of
    the time-share; both or neither."""
    custodial = typed.get("default_custodial", "").strip().upper()
    moving = typed.get("default_moving", "").strip().upper()
    if not custodial and not moving:
        return None
    if custodial not in ("A", "B") or moving not in ("A", "B"):
        raise UserError(TEXT["en"]["calc_default_both"], zh=TEXT["zh"]["calc_default_both"])
    return DefaultProceeding(custodial_parent=custodial, moving_party=moving)  # type: ignore[arg-type]


def california_input(typed: Mapping[str, str], lang: str) -> CaliforniaInput:
    """What the California form says, as the calculator's input."""
    words = TEXT[lang]
    add_ons = {field: amount for name, field in ADD_ON_FIELDS.items()
               if (amount := _amount(typed, name, words)) is not None}
    return CaliforniaInput(
        on=_day(typed, words), parent_a=_income(typed, "a", words),
        parent_b=_income(typed, "b", words), children=_children(typed),
        parent_a_time=_time_shares(typed, words),
        default_proceeding=_default_proceeding(typed), add_ons=AddOns(**add_ons),
        # Values the parent checked themselves, for a date the rule data lacks them.
        minimum_wage_hourly=_amount(typed, "minimum_wage", words),
        low_income_threshold=_amount(typed, "lia_threshold", words))


def prc_input(typed: Mapping[str, str], lang: str) -> PrcInput:
    """What the PRC form says, as the calculator's input."""
    words = TEXT[lang]
    currency = typed.get("currency", "").strip() or "CNY"
    try:
        check_currency(currency)
    except MoneyError as exc:
        label = words["currency"]
        raise UserError(f"{label}: {exc}", zh=f"{label}：{message_zh(str(exc))}") from None
    return PrcInput(
        on=_day(typed, words), children=_children(typed),
        monthly_income=_amount(typed, "income", words),
        annual_income=_amount(typed, "annual_income", words),
        industry_average_annual=_amount(typed, "industry_average", words),
        currency=currency)


def _citations(rules: Sequence[RuleUse], lang: str) -> dict[str, str]:
    return {r.id: r.citation_original if lang == "zh" and r.citation_original else r.citation
            for r in rules}


def _citation_of(rule_id: str, on: dt.date, cited: dict[str, str], lang: str) -> str | None:
    """The citation of a step's rule: from the rules the result applied, else (a rule a step
    names as not applied) the rule's own citation on the date, when it was in force."""
    if rule_id in cited:
        return cited[rule_id]
    try:
        use = RuleUse.of(default_rulebook(), rule_id, on)
    except (LookupError, UserError):
        return None
    return use.citation_original if lang == "zh" and use.citation_original else use.citation


def working(steps: Sequence[Step], rules: Sequence[RuleUse], on: dt.date,
            lang: str) -> list[dict[str, Any]]:
    """The rows of the working table, as `supportcase calc` prints them."""
    cited = _citations(rules, lang)
    rows = []
    for number, step in enumerate(steps, start=1):
        label = (zh_label(step.key) or step.label) if lang == "zh" else step.label
        citation = _citation_of(step.rule, on, cited, lang) if step.rule else None
        note = step.note_in(lang)
        if note and citation and note.startswith(citation):
            citation, note = note, None  # a note that is the citation, with its version
        rows.append({"number": number, "label": label, "value": display(step.value),
                     "working": step.working_in(lang), "rule": step.rule,
                     "citation": citation, "note": note})
    return rows


def rules_table(rules: Sequence[RuleUse], lang: str) -> list[dict[str, Any]]:
    words = TEXT[lang]
    cited = _citations(rules, lang)
    return [{"id": r.id, "title": r.title_zh or r.title if lang == "zh" else r.title,
             "citation": cited[r.id],
             "status": rule_status_word(r.status, lang),
             "version": words["calc_version_from"].format(start=r.version_from)
             + (words["calc_version_until"].format(end=r.version_until)
                if r.version_until else "")}
            for r in rules]


def _warnings(result: CaliforniaResult | PrcResult, lang: str) -> list[str]:
    return list(result.warnings_zh or result.warnings) if lang == "zh" else list(result.warnings)


def california_view(result: CaliforniaResult, lang: str) -> dict[str, Any]:
    """What the page shows of a California result, in the page's language."""
    words = TEXT[lang]
    lines: list[str] = []
    if result.payer:
        headline = words["calc_pays"].format(payer=result.payer, recipient=result.recipient,
                                             amount=f"{result.monthly_support:,}")
        note = words["calc_pays_note"]
    else:
        headline, note = words["calc_nobody"], ""
    lia = result.low_income
    if lia.range:
        low, high = (f"{v:,}" for v in lia.range)
        lines.append(words["calc_lia"].format(low=low, high=high))
    elif lia.status == "unknown":
        lines.append(words["calc_lia_unknown"].format(
            why=lia.explanation_zh or lia.explanation if lang == "zh" else lia.explanation))
    for share in result.add_ons:
        split = (f"A {share.share_a:,} / B {share.share_b:,}" if share.share_a is not None
                 and share.share_b is not None else words["calc_split_unknown"])
        category = (ADD_ONS_ZH.get(share.category, share.category) if lang == "zh"
                    else share.category)
        lines.append(words["calc_add_on"].format(
            category=category, kind=words[f"calc_{share.kind}"],
            amount=f"{share.amount:,.2f}", split=split)
            + ("" if lang == "zh" else f" ({share.basis})"))
    return {"kind": "california", "title": words["calc_result_ca"].format(on=result.on),
            "headline": headline, "headline_note": note, "lines": lines,
            "steps": working(result.steps, result.rules, result.on, lang),
            "rules": rules_table(result.rules, lang), "warnings": _warnings(result, lang),
            "notices": [n[lang] for n in result.notices], "factors": []}


def prc_view(result: PrcResult, lang: str) -> dict[str, Any]:
    """What the page shows of a PRC result, in the page's language."""
    words = TEXT[lang]
    low, high = result.monthly_range
    citation = result.citation_zh if lang == "zh" else result.citation
    return {"kind": "prc", "title": words["calc_result_prc"].format(on=result.on),
            "headline": words["calc_range"].format(low=f"{low:,}", high=f"{high:,}",
                                                   currency=result.currency),
            "headline_note": words["calc_range_note"].format(citation=citation), "lines": [],
            "steps": working(result.steps, result.rules, result.on, lang),
            "rules": rules_table(result.rules, lang), "warnings": _warnings(result, lang),
            "notices": [n[lang] for n in result.notices],
            "factors": [f[lang] for f in result.factors]}


def routes(site: Site) -> APIRouter:
    router = APIRouter()

    @router.get("/calc", response_class=HTMLResponse)
    def calculators(request: Request) -> Response:
        """Both forms; with `?calc=california` or `?calc=prc` and that form's fields, the
        result under it — or, for input it cannot use, the page back (422) with why."""
        if site.current_user(request) is None:
            return site.to_login(request)
        lang = site.lang_of(request)
        params = request.query_params
        sent = params.get("calc")
        if sent not in ("california", "prc"):
            return site.render(request, "calc.html", sent=None, typed={}, refused=None,
                               result=None, **_choices({}))
        fields = CALIFORNIA_FIELDS if sent == "california" else PRC_FIELDS
        typed = {name: params.get(name, "") for name in fields}
        try:
            if sent == "california":
                result: dict[str, Any] = california_view(
                    guideline_support(california_input(typed, lang)), lang)
            else:
                result = prc_view(support_standard(prc_input(typed, lang)), lang)
        except UserError as exc:
            return site.render(request, "calc.html", status=422, sent=sent, typed=typed,
                               refused=exc.say(lang), result=None, **_choices(typed))
        return site.render(request, "calc.html", sent=sent, typed=typed, refused=None,
                           result=result, **_choices(typed))

    return router


def _choices(typed: Mapping[str, str]) -> dict[str, Any]:
    """What the forms offer, and which folded parts open because something was typed there."""
    gross = [f"{p}_gross" for p in ("a", "b")] + [f"{p}_{kind}" for p in ("a", "b")
                                                   for kind in DEDUCTION_KINDS]
    return {"deduction_kinds": DEDUCTION_KINDS, "add_on_fields": tuple(ADD_ON_FIELDS),
            "currencies": CURRENCIES, "today": dt.date.today().isoformat(),
            "open_gross": any(typed.get(name, "").strip() for name in gross),
            "open_add_ons": any(typed.get(name, "").strip() for name in ADD_ON_FIELDS),
            "open_checked": any(typed.get(name, "").strip()
                                for name in ("minimum_wage", "lia_threshold")),
            "open_default": any(typed.get(name, "").strip()
                                for name in ("default_custodial", "default_moving"))}
