"""The schedule: every amount the legal document makes due, up to the as-of date.

From each obligation: the amount (with step changes and adjustment clauses), the frequency,
the due day ("on the 10th", "by the 10th", "last day"), start and end (a date, a child's
birthday at an age, the end of full-time education), suspensions, and expense-sharing
clauses that turn recorded expenses into dues. Only what the document covers becomes an
installment; everything else is returned as an exclusion with its reason.

An obligation ending at a child's 18th birthday makes due every installment whose due date
falls before the birthday (the reading of "support until 18", SPC Interpretation (I) art. 53,
stated in the rule `cn.support_standard.duration`); an end given as a date includes an
installment due on it.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from operator import attrgetter

from supportcase.casefile.model import (
    CaseFile,
    EndAtChildAge,
    EndAtEducation,
    Expense,
    Obligation,
)
from supportcase.casefile.words import doc_type_word, expense_word, ref_zh, status_word
from supportcase.ledger.entries import Installment, Note, Records
from supportcase.money import round_to_unit

MONTHS_PER_PERIOD = {"monthly": 1, "quarterly": 3, "yearly": 12}


class Dues:
    """What the schedule makes due, as columns in ledger order (due date, obligation, id):
    the booking engine reads the columns, everyone else the `installments` records."""

    __slots__ = ("_periods", "amount", "assumed", "currency", "due", "installments", "kind",
                 "obligation")

    def __init__(self, due: list[int], amount: list[Decimal], obligation: list[str],
                 currency: list[str], kind: list[str], assumed: list[bool],
                 installments: Records[Installment]) -> None:
        self.due = due  # day ordinals
        self.amount, self.obligation, self.currency = amount, obligation, currency
        self.kind, self.assumed, self.installments = kind, assumed, installments
        self._periods: tuple[list[int], list[int]] | None = None

    def __len__(self) -> int:
        return len(self.due)

    def periods(self) -> tuple[list[int], list[int]]:
        """Each installment's period as (first day, last day) ordinals (California's
        "current month's support" needs them; others never ask)."""
        if self._periods is None:
            self._periods = ([i.period_start.toordinal() for i in self.installments],
                             [i.period_end.toordinal() for i in self.installments])
        return self._periods


@dataclass(frozen=True, slots=True)
class Schedule:
    dues: Dues
    excluded: tuple[Note, ...]
    assumptions: tuple[Note, ...]
    problems: tuple[Note, ...]

    @property
    def installments(self) -> Records[Installment]:
        return self.dues.installments


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if calendar.isleap(year) else 28
    return _DAYS_IN_MONTH[month]


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def birthday(birth: date, age: int) -> date:
    """The day a child born on `birth` reaches `age` (29 February → 1 March)."""
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:
        return date(birth.year + age, 3, 1)


_UNKNOWN_END = ("end unknown", "终止日不明")


def _ends_before_start(ob: Obligation, end: date, end_text: tuple[str, str]) -> Note:
    """An end before the start (a year typed wrong, a child already grown): nothing falls due,
    which is said rather than shown as a bare zero."""
    day, start = end.isoformat(), ob.start.isoformat()
    why = "" if isinstance(ob.end, date) else f" ({end_text[0]})"
    why_zh = "" if isinstance(ob.end, date) else f"，{end_text[1]}"
    return Note("end_before_start",
                f"Obligation {ob.id} ends on {day}{why}, before it starts on {start}: nothing "
                "falls due under it. Check both dates against the legal document.",
                f"给付义务 {ob.id} 的终止日（{day}{why_zh}）早于起始日（{start}），据此没有任何一期"
                "到期；请对照生效法律文书核对这两个日期。", ref=ob.id)


def _end(case: CaseFile, ob: Obligation, problems: list[Note],
         assumptions: list[Note]) -> tuple[date | None, bool, tuple[str, str]]:
    """(end day, whether an installment due on it still counts, how the end was found in
    English and Chinese)."""
    end = ob.end
    if end is None:
        return None, True, ("no end date", "未定终止日")
    if isinstance(end, date):
        return end, True, (f"ends {end.isoformat()}", f"{end.isoformat()}终止")
    if end.child >= len(case.children):
        problems.append(Note("end_child_missing",
                             f"Obligation {ob.id}: child #{end.child} is not in the case file; "
                             "the schedule runs to the as-of date.",
                             f"给付义务 {ob.id}：案卷中没有第 {end.child} 号子女；计至计算截止日。",
                             ref=ob.id))
        return None, True, _UNKNOWN_END
    child = case.children[end.child]
    if isinstance(end, EndAtChildAge):
        if child.birth_date is None:
            problems.append(Note("birth_date_missing",
                                 f"Obligation {ob.id}: {child.name}'s birth date is missing, so "
                                 f"the end at age {end.child_age} is unknown; the schedule runs "
                                 "to the as-of date.",
                                 f"给付义务 {ob.id}：缺少{child.name}的出生日期，无法确定满"
                                 f"{end.child_age}周岁的终止日；计至计算截止日。", ref=ob.id))
            return None, True, _UNKNOWN_END
        day = birthday(child.birth_date, end.child_age)
        return day, False, (f"{child.name} turns {end.child_age} on {day.isoformat()}",
                            f"{child.name}于{day.isoformat()}年满{end.child_age}周岁")
    assert isinstance(end, EndAtEducation)
    if child.education_end is None:
        problems.append(Note("education_end_missing",
                             f"Obligation {ob.id}: the end of {child.name}'s full-time education "
                             "is not entered; the schedule runs to the as-of date.",
                             f"给付义务 {ob.id}：未填写{child.name}全日制教育结束日期；计至计算截止日。",
                             ref=ob.id))
        return None, True, _UNKNOWN_END
    assumptions.append(Note("education_end",
                            f"Obligation {ob.id} ends when {child.name}'s full-time education "
                            f"ends, entered as {child.education_end.isoformat()}.",
                            f"给付义务 {ob.id} 于{child.name}全日制教育结束时终止，录入日期为"
                            f"{child.education_end.isoformat()}。", ref=ob.id))
    return child.education_end, True, (f"education ends {child.education_end.isoformat()}",
                                       f"全日制教育于{child.education_end.isoformat()}结束")


def _amount_on(ob: Obligation, due: date) -> tuple[Decimal, str, str]:
    """The amount of the installment due on `due` — latest step, then adjustment clauses —
    and where it comes from, in English and Chinese."""
    if not ob.steps and not ob.adjustments:
        return round_to_unit(ob.amount, ob.currency), "obligation amount", "给付金额"
    amount, basis_day = ob.amount, ob.start
    source, source_zh = "obligation amount", "给付金额"
    for step in sorted(ob.steps, key=lambda s: s.from_date):
        if step.from_date <= due:
            amount, basis_day = step.amount, step.from_date
            source = f"step from {step.from_date.isoformat()}" + (
                f" ({step.basis})" if step.basis else "")
            source_zh = f"自{step.from_date.isoformat()}起变更" + (
                f"（{step.basis}）" if step.basis else "")
    for adj in ob.adjustments:
        first = max(basis_day, adj.from_date) if adj.from_date else basis_day
        year = first.year
        while True:
            point = date(year, adj.month, 1)
            year += 1
            if point > due:
                break
            # An adjustment falls on the first day of its month, after the amount was set.
            if point <= basis_day or (adj.from_date is not None and point < adj.from_date):
                continue
            amount = amount * (1 + adj.percent / 100)
            if adj.rounding == "unit":
                amount = round_to_unit(amount, ob.currency)
            source += f"; +{adj.percent}% from {point.isoformat()}"
            source_zh += f"；自{point.isoformat()}起增加{adj.percent}%"
    return round_to_unit(amount, ob.currency), source, source_zh


class _Series:
    """One obligation's periodic installments as columns (period month, due day, amount);
    each `Installment` record is made from them when read."""

    __slots__ = ("amounts", "assumed", "currency", "doc", "doc_zh", "dues", "end_text", "fixed",
                 "months", "ob_id", "sources", "start", "step")

    def __init__(self, ob: Obligation, step: int, doc: tuple[str, str],
                 end_text: tuple[str, str], fixed: tuple[Decimal, str, str] | None) -> None:
        self.ob_id, self.currency, self.start, self.step = ob.id, ob.currency, ob.start, step
        (self.doc, self.doc_zh), self.end_text, self.fixed = doc, end_text, fixed
        self.assumed = ob.standing != "proven"
        self.months: list[int] = []  # year * 12 + month - 1 of each period's first month
        self.dues: list[int] = []  # due day ordinals
        self.amounts: list[Decimal] = []
        # (English, Chinese), only when the amount varies (steps, adjustments)
        self.sources: list[tuple[str, str]] = []

    def installment(self, k: int) -> Installment:
        year, month0 = divmod(self.months[k], 12)
        month, step = month0 + 1, self.step
        period_start = date(year, month, 1)
        if period_start < self.start:
            period_start = self.start
        ey, em = (year, month) if step == 1 else _add_months(year, month, step - 1)
        period_end = date(ey, em, _month_length(ey, em))
        label = _label(year, month, step)
        en, zh = self.fixed[1:] if self.fixed is not None else self.sources[k]
        end_en, end_zh = self.end_text
        return Installment(f"{self.ob_id}:{label}", self.ob_id, "installment", period_start,
                           period_end, date.fromordinal(self.dues[k]), self.amounts[k],
                           self.currency, label, f"{self.doc}: {en}; {end_en}", self.assumed,
                           "", f"{self.doc_zh}：{zh}；{end_zh}")


def _periodic(case: CaseFile, ob: Obligation, as_of: date, parts: list[_Series | Installment],
              excluded: list[Note], problems: list[Note], assumptions: list[Note]) -> None:
    end, end_inclusive, end_text = _end(case, ob, problems, assumptions)
    if end is not None and end < ob.start:
        problems.append(_ends_before_start(ob, end, end_text))
    for amount in (ob.amount, *(step.amount for step in ob.steps)):
        if amount != round_to_unit(amount, ob.currency):
            problems.append(Note(
                "sub_unit_amount", f"Obligation {ob.id}: {amount} {ob.currency} has more "
                "decimals than the currency; each installment is rounded to its minor unit "
                f"({round_to_unit(amount, ob.currency)}) — check the legal document.",
                f"给付义务 {ob.id}：{amount} {ob.currency} 小数位超过货币最小单位，各期按"
                f" {round_to_unit(amount, ob.currency)} 计，请核对生效法律文书。", ref=ob.id))
    assumed = ob.standing != "proven"
    # The document's own number or title, else its type (in Chinese, in the reader's words).
    named = ob.basis.case_number or ob.basis.document
    doc = named or ob.basis.type, named or doc_type_word(ob.basis.type, "zh")
    if ob.frequency == "once":
        if ob.start <= as_of and (end is None or ob.start <= end):
            amount = _amount_on(ob, ob.start)[0]
            parts.append(Installment(f"{ob.id}:{ob.start.isoformat()}", ob.id, "installment",
                                     ob.start, ob.start, ob.start, amount, ob.currency,
                                     ob.start.isoformat(), f"{doc[0]}: lump sum", assumed,
                                     "", f"{doc[1]}：一次性给付"))
        return
    step = MONTHS_PER_PERIOD[ob.frequency]
    # Without steps or adjustment clauses every installment has the same amount and source:
    # work them out once (an 18-year order has 216 installments).
    fixed = None if ob.steps or ob.adjustments else _amount_on(ob, ob.start)
    series = _Series(ob, step, doc, end_text, fixed)
    months, dues, amounts, sources = series.months, series.dues, series.amounts, series.sources
    start, due_day, suspensions = ob.start.toordinal(), ob.due_day, ob.suspensions
    last_day = as_of.toordinal()
    if end is not None:
        # The last day an installment may fall due on.
        last_day = min(last_day, end.toordinal() - (0 if end_inclusive else 1))
    year, month = ob.start.year, ob.start.month
    first = date(year, month, 1).toordinal()  # the first day of the period's month
    while True:
        length = _month_length(year, month)
        # A due day beyond the month's end (the 31st in April) falls on its last day.
        due = first - 1 + (length if due_day == "last" or due_day > length else due_day)
        # The first period starts on the obligation's start; an earlier due day moves to it.
        if due < start:
            due = start
        if due > last_day:
            break
        index = year * 12 + month - 1
        suspended = next((s for s in suspensions
                          if s.start.toordinal() <= due <= s.end.toordinal()),
                         None) if suspensions else None
        if suspended is not None:
            label = _label(year, month, step)
            amount = (fixed or _amount_on(ob, date.fromordinal(due)))[0]
            excluded.append(Note(
                "suspended", f"{ob.id} {label}: suspended {suspended.start.isoformat()} – "
                f"{suspended.end.isoformat()}" + (f" ({suspended.reason})"
                                                  if suspended.reason else ""),
                f"{ob.id} {label}：{suspended.start.isoformat()}至{suspended.end.isoformat()}"
                "中止给付" + (f"（{suspended.reason}）" if suspended.reason else ""),
                amount=amount, currency=ob.currency, date=date.fromordinal(due),
                ref=f"{ob.id}:{label}"))
        else:
            months.append(index)
            dues.append(due)
            if fixed is None:
                amount, source, source_zh = _amount_on(ob, date.fromordinal(due))
                amounts.append(amount)
                sources.append((source, source_zh))
        if step == 1:
            first += length
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        else:
            year, month = _add_months(year, month, step)
            first = date(year, month, 1).toordinal()
    if fixed is not None:
        amounts.extend([fixed[0]] * len(dues))
    if dues:
        parts.append(series)


def _label(year: int, month: int, step: int) -> str:
    if step == 1:
        return f"{year:04d}-{month:02d}"
    ey, em = _add_months(year, month, step - 1)
    return f"{year:04d}-{month:02d}…{ey:04d}-{em:02d}"


def _expense_dues(case: CaseFile, as_of: date, out: list[_Series | Installment],
                  excluded: list[Note], assumptions: list[Note],
                  problems: list[Note]) -> None:
    for n, expense in enumerate(case.expenses, start=1):
        ref = expense.id or f"expense #{n}"
        match = next(((ob, share) for ob in case.obligations for share in ob.expense_shares
                      if share.category == expense.category), None)
        if match is None:
            excluded.append(_not_in_basis(expense, ref))
            continue
        ob, share = match
        received = expense.notified or expense.date
        if received < expense.date:
            # A receipt cannot reach the obligor before the expense was incurred.
            problems.append(Note(
                "receipt_before_expense",
                f"{ref}: notified on {received.isoformat()}, before the expense itself "
                f"({expense.date.isoformat()}); the {share.within_days} days are counted from "
                "the expense date — check the dates.",
                f"{ref_zh(ref)}：通知日期 {received.isoformat()} 早于费用发生日 {expense.date.isoformat()}；"
                f"{share.within_days}日自费用发生日起算，请核对日期。", ref=ref, date=received))
            received = expense.date
        if expense.notified is None:
            assumptions.append(Note(
                "receipt_date_assumed",
                f"{ref}: the day the obligor received the receipt is not recorded; the "
                f"{share.within_days} days are counted from the expense date "
                f"{expense.date.isoformat()}.",
                f"{ref_zh(ref)}：未记录被执行人收到票据的日期；{share.within_days}日自费用发生日"
                f"{expense.date.isoformat()}起算。", ref=ref, date=expense.date))
        due = received + timedelta(days=share.within_days)
        amount = round_to_unit(expense.amount * share.share, expense.currency)
        label, label_zh = (f"{expense_word(expense.category, lang)} "
                           f"{expense.date.isoformat()} × {share.share}" for lang in ("en", "zh"))
        if due > as_of:
            excluded.append(Note(
                "not_yet_due", f"{ref}: {label} = {amount} {expense.currency}, due "
                f"{due.isoformat()}, after the as-of date",
                f"{ref_zh(ref)}：{label_zh} = {amount} {expense.currency}，{due.isoformat()}到期，晚于计算截止日",
                amount=amount, currency=expense.currency, date=due, ref=ref))
            continue
        out.append(Installment(
            f"{ob.id}:{ref}", ob.id, "expense_share", expense.date, due, due, amount,
            expense.currency, label,
            f"expense-sharing clause: {share.share} of {share.category} within "
            f"{share.within_days} days of receipt; {ref}" + (
                f" ({expense.description})" if expense.description else ""),
            expense.standing != "proven" or expense.notified is None, label_zh,
            f"费用分担条款：{expense_word(share.category, 'zh')}分担 {share.share}，收到票据后"
            f"{share.within_days}日内给付；{ref_zh(ref)}" + (
                f"（{expense.description}）" if expense.description else "")))


def _not_in_basis(expense: Expense, ref: str) -> Note:
    return Note(
        "not_in_legal_basis",
        f"{ref}: {expense_word(expense.category, 'en')} {expense.amount} {expense.currency} on "
        f"{expense.date.isoformat()} is not covered by the legal document; it is not arrears "
        "(it may be a question for a modification).",
        f"{ref_zh(ref)}：{expense.date.isoformat()} {expense_word(expense.category, 'zh')} "
        f"{expense.amount} "
        f"{expense.currency} 不在生效法律文书确定的给付范围内，不计入欠款（可能涉及变更抚养费的问题）。",
        amount=expense.amount, currency=expense.currency, date=expense.date, ref=ref)


def build_schedule(case: CaseFile, as_of: date) -> Schedule:
    """All installments due on or before `as_of`, oldest first, with what was left out."""
    parts: list[_Series | Installment] = []
    excluded: list[Note] = []
    assumptions: list[Note] = []
    problems: list[Note] = []
    for ob in case.obligations:
        if ob.standing != "proven":
            assumptions.append(Note(
                "obligation_assumed", f"Obligation {ob.id} is recorded as "
                f"{status_word(ob.standing, 'en')}, not proven by a document: every installment "
                "under it rests on that.",
                f"给付义务 {ob.id} 的状态为“{status_word(ob.standing, 'zh')}”，尚无文书证明："
                "其下各期金额均以此为前提。",
                ref=ob.id))
        _periodic(case, ob, as_of, parts, excluded, problems, assumptions)
    _expense_dues(case, as_of, parts, excluded, assumptions, problems)
    return Schedule(_dues(parts), tuple(excluded), tuple(assumptions), tuple(problems))


def first_due(case: CaseFile, ob: Obligation) -> date | None:
    """The day the first installment of `ob` falls due, whatever the as-of date (a suspended
    one does not fall due); None when none ever does (the end comes before it)."""
    # After the start and every suspension, an installment of any frequency falls due within
    # a year and a month: a schedule a little beyond that holds the first one, if any.
    latest = max([ob.start, *(s.end for s in ob.suspensions)]).toordinal()
    horizon = date.fromordinal(min(latest + 800, date.max.toordinal()))
    parts: list[_Series | Installment] = []
    _periodic(case, ob, horizon, parts, [], [], [])  # its notes belong to the real schedule
    if not parts:
        return None
    part = parts[0]
    return date.fromordinal(part.dues[0]) if isinstance(part, _Series) else part.due_date


def _dues(parts: list[_Series | Installment]) -> Dues:
    if len(parts) == 1 and isinstance(parts[0], _Series):
        # The usual case, one periodic obligation: its columns are already in date order.
        one = parts[0]
        n = len(one.dues)
        return Dues(one.dues, one.amounts, [one.ob_id] * n, [one.currency] * n,
                    ["installment"] * n, [one.assumed] * n, Records(n, one.installment))
    records = [item for part in parts for item in (
        map(part.installment, range(len(part.dues))) if isinstance(part, _Series) else (part,))]
    records.sort(key=attrgetter("due_date", "obligation", "id"))
    return Dues([i.due_date.toordinal() for i in records], [i.amount for i in records],
                [i.obligation for i in records], [i.currency for i in records],
                [i.kind for i in records], [i.assumed for i in records], Records.of(records))
