"""The arrears statement: one readable pipeline from case file to checked figures.

schedule → book payments → convert → accrue interest and allocate → total → check the
assertions. Every step returns values; what a user can get wrong (a missing birth date, a
reversal naming no payment, a missing exchange rate) becomes a `problem` on the statement,
never an exception.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from operator import attrgetter
from typing import Any

from supportcase.casefile.model import CaseFile, EndAtChildAge
from supportcase.casefile.words import DOC_TYPES, clauses, ref_zh
from supportcase.errors import UserError
from supportcase.fx import Conversion, FxQuote, MissingRate, Rates, RateTable, default_rates
from supportcase.law.instruments import case_origin
from supportcase.law.parameter_words import parameter_phrase
from supportcase.law.rules import RuleBook, default_rulebook, rule_status_word
from supportcase.ledger.allocation import Policy, default_policy_id, load_policy
from supportcase.ledger.engine import InterestIn, Ledger, run_ledger
from supportcase.ledger.entries import BookedPayment, Note, Records, Row, booked_json, first_ten
from supportcase.ledger.interest import (
    AGREEMENTS,
    CA_RULE,
    CN_RULE,
    CUSTOM_RULE,
    GENERAL_RULE,
    InterestPlan,
    interest_plan,
)
from supportcase.ledger.payments import Paid, book_payments
from supportcase.ledger.schedule import Dues, build_schedule, first_due
from supportcase.money import minor_unit

CN_FX_RULE = "cn.interest.foreign_currency"
CN_DURATION_RULE = "cn.support_standard.duration"


@dataclass(frozen=True, slots=True)
class Totals:
    """Totals in one currency."""

    currency: str
    total_due: Decimal
    principal_paid: Decimal
    interest: Decimal
    interest_paid: Decimal
    credit: Decimal

    @property
    def total_paid(self) -> Decimal:
        return self.principal_paid + self.interest_paid

    @property
    def principal_outstanding(self) -> Decimal:
        return self.total_due - self.principal_paid

    @property
    def interest_outstanding(self) -> Decimal:
        return self.interest - self.interest_paid

    @property
    def total_outstanding(self) -> Decimal:
        return self.principal_outstanding + self.interest_outstanding

    def to_json(self) -> dict[str, str]:
        return {
            "currency": self.currency, "total_due": str(self.total_due),
            "total_paid": str(self.total_paid), "principal_paid": str(self.principal_paid),
            "interest": str(self.interest), "interest_paid": str(self.interest_paid),
            "principal_outstanding": str(self.principal_outstanding),
            "interest_outstanding": str(self.interest_outstanding),
            "total_outstanding": str(self.total_outstanding), "credit": str(self.credit),
        }


@dataclass(frozen=True, slots=True)
class RuleParameter:
    """One figure or setting of an applied rule, as the rule data holds it."""

    key: str
    value: str | tuple[str, ...]
    since: date | None = None  # the version's start, when the rule changed within the period

    def json_item(self) -> tuple[str, str]:
        key = f"{self.key} (from {self.since.isoformat()})" if self.since else self.key
        value = ", ".join(self.value) if isinstance(self.value, tuple) else self.value
        return key, value

    def text(self, lang: str) -> str:
        """In the reader's words: "a payment goes to: current month's support → …"."""
        phrase = parameter_phrase(self.key, self.value, lang)
        if self.since is None:
            return phrase
        return (f"自{self.since.isoformat()}起，{phrase}" if lang == "zh"
                else f"from {self.since.isoformat()}, {phrase}")


@dataclass(frozen=True, slots=True)
class AppliedRule:
    """A rule the statement applied, with the citation of each version used."""

    id: str
    title_en: str
    title_zh: str
    status: str
    citations: tuple[str, ...]
    parameters: tuple[RuleParameter, ...]
    caveats: tuple[Note, ...] = ()
    citations_zh: tuple[str, ...] = ()  # the instrument's own (Chinese) name where it has one

    def parameters_text(self, lang: str) -> str:
        """Every parameter in the reader's words, on one line."""
        return clauses((p.text(lang) for p in self.parameters), lang)

    def cited(self, lang: str) -> tuple[str, ...]:
        return self.citations_zh if lang == "zh" and self.citations_zh else self.citations

    def cells(self, lang: str) -> list[str]:
        """The rule as a table row: id, title, status, citations, parameters (XLSX, CSV)."""
        return [self.id, self.title_zh if lang == "zh" else self.title_en,
                rule_status_word(self.status, lang), "; ".join(self.cited(lang)),
                self.parameters_text(lang)]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": {"en": self.title_en, "zh": self.title_zh},
                "status": self.status, "citations": list(self.citations),
                "citations_zh": list(self.citations_zh),
                "parameters": dict(p.json_item() for p in self.parameters),
                "caveats": [{"en": c.en, "zh": c.zh} for c in self.caveats]}


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """An assertion ("on D the arrears were X") checked against the ledger's own figure."""

    date: date
    source: str
    currency: str
    asserted: Decimal
    ledger: Decimal | None
    includes_interest: bool
    explanations: tuple[Note, ...]

    @property
    def difference(self) -> Decimal | None:
        return None if self.ledger is None else self.asserted - self.ledger

    @property
    def matches(self) -> bool:
        return self.difference == 0

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "source": self.source, "currency": self.currency,
                "asserted": str(self.asserted),
                "ledger": None if self.ledger is None else str(self.ledger),
                "difference": None if self.difference is None else str(self.difference),
                "includes_interest": self.includes_interest, "matches": self.matches,
                "explanations": [e.to_json() for e in self.explanations]}


@dataclass(frozen=True, slots=True)
class Statement:
    """The arrears statement as of a date. Pure data; renderers and `to_json` read it."""

    as_of: date
    title: str
    currency: str  # the report currency of `total`
    rows: Sequence[Row]
    by_currency: tuple[Totals, ...]
    total: Totals | None  # all currencies in `currency`; None when a rate is missing
    total_conversions: tuple[Conversion, ...]
    excluded: tuple[Note, ...]
    questions: tuple[Note, ...]
    assumptions: tuple[Note, ...]
    problems: tuple[Note, ...]
    rules: tuple[AppliedRule, ...]
    if_unknown_counted: Totals | None = None
    reconciliation: tuple[Reconciliation, ...] = field(default=())
    allocation_policy: str = ""
    interest_regime: str = "none"
    payments: Sequence[BookedPayment] = ()  # the payments counted, in date order

    def totals_in(self, currency: str) -> Totals | None:
        return next((t for t in self.by_currency if t.currency == currency), None)

    def note_sections(self) -> tuple[tuple[str, tuple[Note, ...]], ...]:
        """The notes every format lists after the figures, under their label keys, in the
        order a reader needs them (what to fix first); empty sections left out."""
        return tuple((heading, notes) for heading, notes in (
            ("problems", self.problems), ("questions", self.questions),
            ("excluded", self.excluded), ("assumptions", self.assumptions)) if notes)

    @property
    def headline(self) -> Totals | None:
        """The totals a statement leads with: all currencies in the report currency, or,
        when a rate is missing for that, the first currency's own."""
        return self.total or (self.by_currency[0] if self.by_currency else None)

    def to_json(self) -> dict[str, Any]:
        headline = self.headline
        body: dict[str, Any] = {"as_of": self.as_of.isoformat(), "title": self.title,
                                "currency": headline.currency if headline else self.currency}
        if headline is not None:
            data = headline.to_json()
            for key in ("total_due", "total_paid", "principal_outstanding",
                        "interest_outstanding", "total_outstanding", "interest", "credit"):
                body[key] = data[key]
        body.update({
            "interest_regime": self.interest_regime,
            "allocation_policy": self.allocation_policy,
            "totals_by_currency": [t.to_json() for t in self.by_currency],
            "total_conversions": [c.to_json() for c in self.total_conversions],
            "if_unknown_payments_counted": (None if self.if_unknown_counted is None
                                            else self.if_unknown_counted.to_json()),
            "rows": [r.to_json() for r in self.rows],
            "payments": [booked_json(p) for p in self.payments],
            "excluded": [n.to_json() for n in self.excluded],
            "questions": [n.to_json() for n in self.questions],
            "assumptions": [n.to_json() for n in self.assumptions],
            "problems": [n.to_json() for n in self.problems],
            "rules": [r.to_json() for r in self.rules],
            "reconciliation": [r.to_json() for r in self.reconciliation],
        })
        return body


def _all_totals(ledgers: dict[str, Ledger]) -> tuple[Totals, ...]:
    """Totals per currency: installments due in it, and interest kept in it (which, under
    SPC 2014 art. 5, may be RMB interest on a foreign-currency installment)."""
    booked = [lg for lg in ledgers.values() if lg.rows]
    currencies = sorted(set(ledgers) | {lg.interest_currency for lg in booked})
    out = []
    for cur in currencies:
        zero = Decimal(0).scaleb(-minor_unit(cur))
        due = paid = interest = ipaid = zero
        for lg in booked:
            if lg.currency == cur:
                due += lg.total_due
                paid += lg.principal_paid
            if lg.interest_currency == cur:
                interest += lg.interest
                ipaid += lg.interest_paid
        out.append(Totals(cur, due, paid, interest, ipaid,
                          ledgers[cur].credit if cur in ledgers else zero))
    return tuple(out)


def _applied_rules(book: RuleBook, ids: Iterable[str], start: date, end: date,
                   case: CaseFile) -> tuple[AppliedRule, ...]:
    out = []
    for rule_id in ids:
        if rule_id in (CUSTOM_RULE, GENERAL_RULE) or rule_id.startswith("custom:"):
            general = sorted({str(ob.general_interest_rate) for ob in case.obligations
                              if ob.general_interest_rate is not None})
            what = {CUSTOM_RULE: ("Custom simple interest rate set in the case file",
                                  "案卷设定的自定义单利利率",
                                  RuleParameter("annual_rate", str(case.interest.rate))),
                    GENERAL_RULE: ("General interest as set by the legal document",
                                   "生效法律文书确定的一般债务利息",
                                   RuleParameter("annual_rate", tuple(general)))}.get(
                rule_id, ("Custom allocation policy named in the case file",
                          "案卷指定的自定义冲抵顺序", RuleParameter("policy", rule_id)))
            out.append(AppliedRule(rule_id, what[0], what[1], "case setting",
                                   ("case file setting",), (what[2],)))
            continue
        rule = book.get(rule_id)
        citations: list[str] = [rule.citation.label()]
        citations_zh: list[str] = [rule.citation.label_zh()]
        params: list[RuleParameter] = []
        for version in rule.versions:
            until = version.until
            if version.from_date > end or (until is not None and until <= start):
                continue
            if version.citation and version.citation.label() not in citations:
                citations.append(version.citation.label())
                citations_zh.append(version.citation.label_zh())
            since = version.from_date if len(rule.versions) > 1 else None
            params.extend(RuleParameter(k, tuple(map(str, v)) if isinstance(v, list)
                                        else str(v), since)
                          for k, v in version.parameters.items())
        out.append(AppliedRule(rule.id, rule.title.en, rule.title.zh, rule.status,
                               tuple(citations), tuple(params),
                               tuple(Note("caveat", c.en, c.zh) for c in rule.caveats),
                               tuple(citations_zh)))
    return tuple(out)


def _run(case: CaseFile, dues: Dues, paid: Paid, plans: dict[str, InterestPlan],
         policy: Policy, as_of: date, rates: Rates, problems: list[Note]) -> dict[str, Ledger]:
    ledgers = {}
    currencies = sorted(set(dues.currency) | set(paid.currency)
                        | {ob.currency for ob in case.obligations})
    for cur in currencies:
        interest_in = None
        if (case.interest.regime == "cn-delayed-performance" and cur != "CNY"
                and case.interest.foreign_currency == "cny_at_effective_date"):
            interest_in = InterestIn("CNY", _factor_on(rates, cur, problems))
        if len(currencies) == 1:  # the usual case: nothing to split by currency
            ids: Sequence[int] = range(len(dues))
            pays: Sequence[int] = range(len(paid))
        else:
            ids = [k for k, c in enumerate(dues.currency) if c == cur]
            pays = [k for k, c in enumerate(paid.currency) if c == cur]
        ledgers[cur] = run_ledger(dues, ids, paid, pays, plans, policy, as_of, cur, interest_in)
    return ledgers


def _factor_on(rates: Rates, currency: str, problems: list[Note]) -> Any:
    def factor_on(day: date) -> tuple[Fraction, FxQuote] | None:
        try:
            return rates.factor(currency, "CNY", day)
        except MissingRate as exc:
            note = Note("missing_rate", f"Interest in RMB (SPC 2014 art. 5): {exc}; "
                        "no interest is computed for that installment.",
                        f"按人民币计算利息（2014年解释第五条）：缺少 {currency}/CNY "
                        f"{day.isoformat()} 汇率，该期不计算利息。", date=day)
            if note not in problems:
                problems.append(note)
            return None
    return factor_on


def build_statement(casefile: CaseFile, as_of: date, *, rate_table: RateTable | None = None,
                    report_currency: str | None = None, rulebook: RuleBook | None = None,
                    _check_assertions: bool = True) -> Statement:
    """The arrears statement of `casefile` as of `as_of` (see the package docstring)."""
    book = rulebook or default_rulebook()
    case = casefile
    problems: list[Note] = []
    assumptions: list[Note] = []
    excluded: list[Note] = []
    if not case.obligations:
        problems.append(Note("no_obligation", "The case file has no obligation, so nothing is "
                             "due.", "案卷中没有给付义务，无应付款项。"))
        return Statement(as_of, case.case.title, report_currency or "CNY", (), (), None, (), (),
                         (), (), tuple(problems), ())
    rates = default_rates(table=rate_table, case_records=case.fx_rates)
    sched = build_schedule(case, as_of)
    if not len(sched.dues):
        problems += _nothing_due_yet(case, as_of)
    problems += sched.problems
    assumptions += sched.assumptions
    excluded += sched.excluded
    booking = book_payments(case, as_of, rates)
    problems += booking.problems
    assumptions += booking.assumptions
    excluded += booking.excluded
    try:
        policy = load_policy(default_policy_id(case), book)
    except UserError as exc:
        problems.append(Note("bad_policy", str(exc), f"冲抵顺序设置有误：{exc.say('zh')}"))
        policy = load_policy(default_policy_id(case.model_copy(
            update={"settings": case.settings.model_copy(update={"allocation": None})})), book)
    plans = {ob.id: interest_plan(case, ob, book) for ob in case.obligations}
    ledgers = _run(case, sched.dues, booking.counted, plans, policy, as_of, rates, problems)
    rows = _rows(ledgers)
    by_currency = _all_totals(ledgers)
    unknown_totals: tuple[Totals, ...] = ()
    if booking.unknown:
        alt = _run(case, sched.dues, booking.counted + booking.unknown, plans, policy,
                   as_of, rates, [])
        unknown_totals = _all_totals(alt)

    report = report_currency or case.settings.report_currency or case.obligations[0].currency
    total, conversions = _in_report_currency(by_currency, report, as_of, rates, problems)
    alt_total = None
    if unknown_totals:
        alt_total, _ = _in_report_currency(unknown_totals, report, as_of, rates, [])

    # What rests on what: state the rules and the assumptions behind the figures.
    rule_ids: list[str] = []
    regime = case.interest.regime
    if regime == "cn-delayed-performance":
        rule_ids.append(CN_RULE)
        for ob in case.obligations:
            if ob.basis.type in AGREEMENTS:
                excluded.append(Note(
                    "no_double_interest_on_agreement",
                    f"No double-portion interest is computed for obligation {ob.id}: it rests on "
                    f"a {DOC_TYPES[ob.basis.type][0]}, and that interest (CPL 2023 art. 264) "
                    "runs only from the time a judgment, ruling or other legal document sets for "
                    "performance. Interest for the delay before such a judgment is a question "
                    "for the claim in court.",
                    f"给付义务 {ob.id} 不计算迟延履行期间的加倍部分债务利息：其依据为"
                    f"{DOC_TYPES[ob.basis.type][1]}，而该利息（民事诉讼法（2023年）第二百六十四条）"
                    "仅自判决、裁定和其他法律文书指定的履行期间届满起计算。此前迟延的利息问题，"
                    "应在向法院起诉时一并主张。", ref=ob.id))
        if any(ob.general_interest_rate is not None for ob in case.obligations):
            rule_ids.append(GENERAL_RULE)
        if any(ob.currency != "CNY" for ob in case.obligations):
            rule_ids.append(CN_FX_RULE)
            if case.interest.foreign_currency == "cny_at_effective_date":
                assumptions.append(Note(
                    "interest_in_cny",
                    "At the applicant's choice, double-portion interest on the foreign-currency "
                    "installments is computed in RMB, each converted at the rate of the day its "
                    "interest starts (SPC 2014 interpretation art. 5); the principal stays in "
                    "its currency.",
                    "应申请执行人主张，外币各期的加倍部分债务利息以人民币计算，按各期利息起算之日的汇率折算"
                    "（2014年解释第五条）；本金仍以原币种列示。"))
    elif regime == "us-ca-legal":
        rule_ids.append(CA_RULE)
    elif regime == "custom":
        if case.interest.rate is None:
            problems.append(Note("custom_rate_missing", "Interest regime 'custom' needs "
                                 "interest.rate (an annual rate such as \"0.05\"); no interest "
                                 "computed.", "自定义利息需要填写 interest.rate（年利率，如 \"0.05\"）；未计算利息。"))
        else:
            rule_ids.append(CUSTOM_RULE)
    rule_ids.append(policy.id)
    if case_origin(case) == "CN" and any(
            isinstance(ob.end, EndAtChildAge) for ob in case.obligations):
        rule_ids.append(CN_DURATION_RULE)  # support until the child turns 18 (Interp. (I) 53)
    first_due = date.fromordinal(min(sched.dues.due)) if len(sched.dues) else as_of
    rules = _applied_rules(book, rule_ids, first_due, as_of, case)

    flagged_days = [d for lg in ledgers.values() for d in lg.days_not_computed() if d]
    not_computed = sum(flagged_days)
    if not_computed:
        flagged = flagged_days
        assumptions.append(Note(
            "interest_before_rule",
            f"{len(flagged)} installment(s) were late on days before the interest rule took "
            f"effect ({not_computed} installment-days in all); no interest figure is given for "
            "those days — the earlier law applies and must be computed separately.",
            f"{len(flagged)} 期欠款的迟延期间早于利息规则施行日（合计 {not_computed} 期·日）；"
            "该期间适用此前的规定，本明细不计算，需另行计算。"))
    counted = booking.counted
    payments = _in_date_order(counted)
    if policy.starts and counted and min(counted.day) < policy.starts[0].toordinal() \
            and not policy.custom:
        assumptions.append(Note(
            "allocation_before_rule",
            f"Payments before {policy.starts[0].isoformat()} are credited in the order of "
            f"{policy.id}, although that rule was not yet in force.",
            f"{policy.starts[0].isoformat()}之前的付款也按 {policy.id} 的顺序冲抵，尽管该规则当时尚未施行。"))
    ecb_used = any(e[6].quote.name.startswith("ECB")
                   for e in booking.counted.entries + booking.unknown.entries
                   if e[6] is not None) or any(
        c.quote.name.startswith("ECB") for c in conversions)
    if ecb_used:
        assumptions.append(Note(
            "ecb_rates", "Conversions use ECB euro reference rates (offline default). A PRC "
            "court uses the CFETS/PBOC central parity: supply it as a rate table for a filing.",
            "折算使用欧洲央行欧元参考汇率（离线默认）。中国法院采用中国外汇交易中心/人民银行中间价，"
            "提交法院时请提供该汇率表。"))
    # Rows resting on an assumption, read from the schedule's columns so that no row record is
    # made for it. The installments of terms not proven are left to that obligation's own note
    # ("every installment under it rests on that"); an expense share with no receipt is listed.
    dues = sched.dues
    unproven = {ob.id for ob in case.obligations if ob.standing != "proven"}
    assumed_at = [k for k, assumed in enumerate(dues.assumed) if assumed and not (
        dues.kind[k] == "installment" and dues.obligation[k] in unproven)]
    if assumed_at:
        ids = [dues.installments[k].id for k in assumed_at[:10]]
        assumptions.append(Note(
            "rows_assumed", f"{len(assumed_at)} row(s) rest on facts not proven by a document: "
            + first_ten(ids, len(assumed_at), ", "),
            f"{len(assumed_at)} 行依据尚无文书证明的事实："
            + first_ten([_id_zh(i) for i in ids], len(assumed_at), "、")))

    statement = Statement(
        as_of, case.case.title, total.currency if total else report, rows, by_currency, total,
        tuple(conversions), tuple(excluded), booking.questions, tuple(assumptions),
        tuple(problems), rules, alt_total, (), policy.id, regime,
        payments)
    if _check_assertions and case.assertions:
        from supportcase.ledger.reconcile import reconcile

        checks = tuple(reconcile(case, a, statement, build=lambda d: build_statement(
            case, d, rate_table=rate_table, rulebook=book, _check_assertions=False))
            for a in case.assertions)
        statement = replace(statement, reconciliation=checks)
    return statement


def _nothing_due_yet(case: CaseFile, as_of: date) -> list[Note]:
    """When nothing is due because the as-of date comes before the first installment (a date
    typed too early, most often): say when that installment falls due. An obligation not yet
    started beside one that is needs no word: the statement lists what fell due by then."""
    firsts = sorted((day, ob.id) for ob in case.obligations
                    if (day := first_due(case, ob)) is not None and day > as_of)
    if not firsts:
        return []
    day, ob_id = firsts[0]
    asked, due = as_of.isoformat(), day.isoformat()
    return [Note("as_of_before_first_due",
                 f"Nothing was due by {asked}: the first installment (obligation {ob_id}) "
                 f"falls due on {due}. Choose an as-of date on or after it.",
                 f"截至{asked}，没有到期应付的款项：第一期（给付义务 {ob_id}）于{due}到期。"
                 "请选择该日或之后的日期作为计算截止日。", date=day, ref=ob_id)]


def _id_zh(installment_id: str) -> str:
    """An installment id for a Chinese sentence: "main:expense #1" reads "main:第1项费用"."""
    obligation, _, ref = installment_id.partition(":")
    return f"{obligation}:{ref_zh(ref)}"


def _rows(ledgers: dict[str, Ledger]) -> Sequence[Row]:
    """Every ledger's rows by due date and id (one ledger: already in that order unless two
    installments fall due on the same day)."""
    if len(ledgers) == 1:
        ledger = next(iter(ledgers.values()))
        due = ledger.due_days()
        if len(set(due)) == len(due):
            return ledger.rows
    return Records.of(sorted((r for lg in ledgers.values() for r in lg.rows),
                             key=attrgetter("installment.due_date", "installment.id")))


def _in_date_order(paid: Paid) -> Sequence[BookedPayment]:
    """The counted payments by date and ref, as the statement lists them (sorted when
    first read)."""
    def build() -> list[BookedPayment]:
        records = paid.records
        return [records[k] for k in paid.in_order(range(len(paid)), paid.ref)]
    return Records(len(paid), build=build)


def _in_report_currency(by_currency: tuple[Totals, ...], report: str, as_of: date,
                        rates: Rates, problems: list[Note]) -> tuple[Totals | None,
                                                                     list[Conversion]]:
    if len(by_currency) == 1 and by_currency[0].currency == report:
        return by_currency[0], []
    conversions: list[Conversion] = []
    sums = [Decimal(0)] * 5
    for t in by_currency:
        values = (t.total_due, t.principal_paid, t.interest, t.interest_paid, t.credit)
        if t.currency == report:
            sums = [s + v for s, v in zip(sums, values, strict=True)]
            continue
        try:
            # Each figure is converted (and rounded) on its own; every one that is not zero is
            # listed, so each converted total can be checked by hand.
            for i, v in enumerate(values):
                c = rates.convert(v, t.currency, report, as_of)
                if v or (i == 0 and not any(values)):
                    conversions.append(c)
                sums[i] += c.amount
        except UserError as exc:
            problems.append(Note("missing_rate", f"Totals cannot be shown in {report}: {exc}",
                                 f"无法以 {report} 列示合计：{exc.say('zh')}"))
            return None, conversions
    return Totals(report, *sums), conversions
