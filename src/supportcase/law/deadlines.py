"""Running deadlines of a case, each with its rule, the dates used and what stops or restarts it.

`compute(casefile, today)` reads the case's obligations, events and communications and
returns every deadline it can work out:

* **PRC application for enforcement** (CPL 2023 art. 250; rule `cn.enforcement.application_period`):
  2 years, counted since 2022-01-01 from the last instalment's due date; before that date
  each instalment had its own 2-year period. Interrupted (and restarted) by a demand for
  payment, the obligor agreeing to pay, a settlement or an application (rule
  `cn.enforcement.interruption`). Because the SPC held in (2020)最高法执监66号 that support
  enforcement is not time-barred while the support relationship lasts, and the court never
  raises the period itself (CPL Interpretation art. 481), an expired period is reported as
  **arguable**, never "barred".
* **Appeal periods** (15 days; 30 days for a party without domicile in China) from a
  recorded service of a PRC judgment; **service by publication abroad** (deemed served 60 days
  after publication; 3 months before 2024-01-01).
* A PRC period whose last day is a public holiday or weekend moves to the next working day
  (CPL art. 85), using the `chinese-calendar` package; years it does not cover yet are rolled
  over weekends only, and the deadline says so.
* **California**: a support judgment is enforceable until paid, no renewal (Fam. Code § 291);
  a **UIFSA registration** notice opens a 20-day contest period (§ 5700.605; Convention
  orders § 5700.707, unverified).
* Deadlines the user entered in the case file are listed as they are; their `rule` is the
  rule id the user gave (cited as the rule book cites it), or None when none was given.

Event kinds recognised (case file `events[].kind`): ``judgment_served`` / ``served``,
``publication`` / ``service_by_publication``, ``enforcement_application`` /
``enforcement_filed``, ``registration_notice``, ``settlement``. Communications of kind
``demand`` / ``reminder`` sent by the obligee, and ``admission`` / ``payment_proposal``
received from the obligor, interrupt the PRC period.

Every sentence the calculator writes comes in Simplified Chinese beside the English
(`title_zh`, `citation_zh`, `computation_zh`, `note_zh`, `stops_or_restarts_zh`,
`dates_used_zh`), citing PRC articles as `citation_zh` does (`Citation.label_zh`); what the
user typed (an event's description, a message's summary) is quoted as typed.

`to_ics(deadlines)` renders an iCalendar file with reminders 30, 7 and 1 day before; each
event's description gives every line in English, then in Chinese.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any, Literal

from supportcase.bilingual import Text
from supportcase.casefile.model import CaseFile, Deadline, Obligation
from supportcase.casefile.words import channel_word, message_word
from supportcase.law.rules import Citation, RuleBook, RuleNotInForce, default_rulebook

DeadlineStatus = Literal["open", "passed", "arguable", "not_started", "met", "until_paid",
                         "info"]

# What each status means, in plain words, for people reading a list of deadlines.
STATUS_WORDS: dict[str, tuple[str, str]] = {
    "open": ("running", "进行中"),
    "passed": ("passed", "已届满"),
    "arguable": ("passed — arguable, not barred", "已届满——有争议，并非当然失权"),
    "not_started": ("not started yet (support still running)", "尚未起算（抚养费仍在给付期内）"),
    "met": ("met", "已满足"),
    "until_paid": ("none — enforceable until paid", "无期限——清偿前均可执行"),
    "info": ("for information", "供参考"),
}

PER_INSTALMENT_UNTIL = dt.date(2022, 1, 1)  # CPL 2021 amendment, item 16 (rule versions)
SPC_2020 = "(2020)最高法执监66号"
INTERRUPTING_SENT = {"demand", "reminder"}
INTERRUPTING_RECEIVED = {"admission", "payment_proposal"}
SERVED_KINDS = {"judgment_served", "served", "service", "ruling_served"}
PUBLICATION_KINDS = {"publication", "service_by_publication", "publication_abroad"}
APPLICATION_KINDS = {"enforcement_application", "enforcement_filed", "application_filed",
                     "enforcement_applied"}
REGISTRATION_KINDS = {"registration_notice", "uifsa_registration_notice",
                      "registration_notice_served"}


@dataclass(frozen=True)
class DeadlineResult:
    """One running (or passed) deadline with everything needed to check it by hand."""

    id: str
    title: str
    title_zh: str
    due: dt.date | None
    status: DeadlineStatus
    rule: str | None  # a rule id; None for a deadline the user entered without one
    citation: str
    computation: str  # the arithmetic, in words
    dates_used: dict[str, str] = field(default_factory=dict)
    stops_or_restarts: list[str] = field(default_factory=list)
    note: str = ""
    note_zh: str = ""
    rolled_from: dt.date | None = None  # the unadjusted last day, when it fell on a rest day
    assumed: bool = False  # rests on an assumed fact or an incomplete calendar
    obligation: str | None = None
    citation_zh: str = ""  # the citation as a Chinese text cites it
    computation_zh: str = ""  # the arithmetic, in Chinese words
    stops_or_restarts_zh: list[str] = field(default_factory=list)  # the same, one for one
    # `dates_used` for a Chinese reader, key for key: a date reads the same in both
    # languages, so only a value in words is given here and the dates are filled in.
    dates_used_zh: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "dates_used_zh", {**self.dates_used, **self.dates_used_zh})

    def rule_and_citation(self, lang: str = "en") -> str:
        """The rule id and its citation in `lang` ("cn.procedure.appeal_period — CPL art.
        171"); only the citation when there is no rule id, or the rule is its own citation
        (words the user typed for an entered deadline)."""
        citation = self.citation_zh if lang == "zh" and self.citation_zh else self.citation
        if self.rule is None or self.rule == self.citation:
            return citation
        return f"{self.rule} — {citation}"

    def as_casefile_deadline(self) -> Deadline | None:
        """This deadline as a case-file `deadlines` entry (None when it has no date)."""
        if self.due is None:
            return None
        status = {"passed": "missed", "arguable": "arguable", "met": "met"}.get(self.status,
                                                                              "open")
        return Deadline(title=f"{self.title} / {self.title_zh}", due=self.due,
                        rule=self.rule, status=status,
                        note=self.computation)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("due", "rolled_from"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


# ---------------------------------------------------------------- calendar


def add_years(day: dt.date, years: int) -> dt.date:
    """Same day `years` later (29 February → 28 February: the period ends on the month's
    corresponding day, which does not exist, so the last day of that month)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return dt.date(day.year + years, 2, 28)


def add_months(day: dt.date, months: int) -> dt.date:
    import calendar

    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def prc_rest_day(day: dt.date) -> tuple[bool, str | None, bool]:
    """(is a statutory rest day, holiday name, calendar known for that year)."""
    import chinese_calendar

    try:
        holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        weekend = day.weekday() >= 5
        return weekend, "weekend" if weekend else None, False
    if not holiday:
        return False, None, True
    return True, (str(name) if name else "weekend"), True


def roll_forward_prc(day: dt.date) -> tuple[dt.date, list[str], bool]:
    """The first PRC working day on or after `day` (CPL 2023 art. 85).

    Returns (date, the rest days skipped with their names, whether the holiday calendar
    covered every day looked at).
    """
    skipped: list[str] = []
    known = True
    while True:
        rest, name, covered = prc_rest_day(day)
        known = known and covered
        if not rest:
            return day, skipped, known
        skipped.append(f"{day.isoformat()} ({name})")
        day += dt.timedelta(days=1)


def rest_days_zh(skipped: list[str]) -> str:
    """The rest days `roll_forward_prc` skipped ("2025-01-29 (Spring Festival)"), named in
    Chinese as chinese-calendar itself names each holiday ("2025-01-29（春节）")."""
    names = _holiday_names_zh()
    days = []
    for item in skipped:
        day, _, name = item.partition(" (")
        name = name.removesuffix(")")
        days.append(f"{day}（{names.get(name, name)}）")
    return "、".join(days)


@cache
def _holiday_names_zh() -> dict[str, str]:
    from chinese_calendar.constants import Holiday

    return {"weekend": "周末", **{h.value: h.chinese for h in Holiday}}


# ---------------------------------------------------------------- helpers


def _is_prc_obligation(case: CaseFile, ob: Obligation) -> bool:
    jurisdiction = (ob.basis.jurisdiction or case.case.order_jurisdiction or "").upper()
    if ob.basis.type in ("us_order", "hk_order", "foreign_order"):
        return False
    if ob.basis.type in ("divorce_agreement", "private_agreement", "other"):
        return False  # not an enforcement title: no application period runs
    return jurisdiction in ("CN", "")


def _is_us_order(case: CaseFile, ob: Obligation) -> bool:
    jurisdiction = (ob.basis.jurisdiction or case.case.order_jurisdiction or "").upper()
    return ob.basis.type == "us_order" or jurisdiction.startswith("US")


def _interruptions(case: CaseFile) -> list[tuple[dt.date, str, str]]:
    """Acts that interrupt the PRC enforcement period (Civil Code art. 195; SPC 2008/2020
    enforcement interpretation art. 20), oldest first: (day, in English, in Chinese)."""
    acts: list[tuple[dt.date, str, str]] = []
    for comm in case.communications:
        channel = channel_word(comm.channel, "zh")
        if comm.direction == "sent" and comm.kind in INTERRUPTING_SENT:
            acts.append((comm.date, f"demand for payment sent ({comm.channel}): {comm.summary}",
                         f"已发出{message_word(comm.kind, 'zh')}（{channel}）：{comm.summary}"))
        elif comm.direction == "received" and comm.kind in INTERRUPTING_RECEIVED:
            acts.append((comm.date, f"obligor agreed to pay ({comm.channel}): {comm.summary}",
                         f"义务人同意付款（{channel}）：{comm.summary}"))
    for event in case.events:
        if event.kind in APPLICATION_KINDS or event.kind == "settlement":
            act_zh = "达成和解" if event.kind == "settlement" else "申请执行"
            acts.append((event.date, f"{event.kind.replace('_', ' ')}: {event.description}",
                         f"{act_zh}：{event.description}"))
    return sorted(acts)


def _obligor_payments(case: CaseFile) -> list[dt.date]:
    return sorted(p.date for p in case.payments
                  if p.payer == "obligor" and p.kind == "performance")


def _citation(book: RuleBook, rule_id: str, on: dt.date) -> str:
    try:
        return book.get(rule_id).citation_on(on).label()
    except Exception:  # a rule of another area may be missing while it is being written
        return rule_id


def _citation_zh(book: RuleBook, rule_id: str, on: dt.date) -> str:
    try:
        return book.get(rule_id).citation_on(on).label_zh()
    except Exception:  # as `_citation`
        return rule_id


# The PRC instruments the deadlines' own sentences cite, by the names the rules give them.
CPL = "中华人民共和国民事诉讼法"
CIVIL_CODE = "中华人民共和国民法典"
CPL_INTERPRETATION = "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"
SPC_ENFORCEMENT_INTERPRETATION = "最高人民法院关于适用《中华人民共和国民事诉讼法》执行程序若干问题的解释"


def _cite_zh(law: str, *articles: str) -> str:
    """Articles of one PRC law as `citation_zh` writes them (`Citation.label_zh`):
    《中华人民共和国民事诉讼法》第86条、第286条."""
    name = Citation(law=law).label_zh()
    first, *rest = (Citation(law=law, article=a).label_zh() for a in articles)
    return "、".join([first, *(label.removeprefix(name) for label in rest)])


def _stops(book: RuleBook) -> list[Text]:
    del book
    return [
        Text("Interrupted and restarted in full by: a demand for payment to the obligor; the "
             "obligor agreeing to pay (incl. in writing or chat); a settlement; applying for "
             "enforcement (Civil Code art. 195; CPL art. 250).",
             "因下列事由中断，并重新计算完整期间：向义务人提出付款请求；义务人同意付款（包括以书面或"
             f"聊天方式同意）；达成和解；申请执行（{_cite_zh(CIVIL_CODE, '195')}；"
             f"{_cite_zh(CPL, '250')}）。"),
        Text("Suspended by an obstacle in the last 6 months (force majeure, the obligee under the "
             "obligor's control, ...): it then ends 6 months after the obstacle ends (Civil Code "
             "art. 194; the SPC enforcement interpretation art. 19 reads 'continues' — disputed).",
             "在最后6个月内因障碍（不可抗力、权利人受义务人控制等）而中止：期间于障碍消除之日起满"
             f"6个月届满（{_cite_zh(CIVIL_CODE, '194')}；"
             f"{_cite_zh(SPC_ENFORCEMENT_INTERPRETATION, '19')}的表述为“继续计算”——有争议）。"),
        Text("Partial payments by the obligor may count as agreeing to pay (arguable; record them).",
             "义务人的部分付款可能视为同意付款（有争议；请记录这些付款）。"),
        Text("Not applied by the court on its own motion; the obligor must object "
             "(CPL Interpretation art. 481).",
             "法院不主动适用；须由义务人提出异议"
             f"（{_cite_zh(CPL_INTERPRETATION, '481')}）。"),
    ]


# ---------------------------------------------------------------- PRC application period


def _prc_application_period(case: CaseFile, ob: Obligation, today: dt.date,
                            book: RuleBook) -> list[DeadlineResult]:
    from supportcase.ledger.schedule import build_schedule

    rule_id = "cn.enforcement.application_period"
    years = int(book.value(f"{rule_id}.years", on=max(today, PER_INSTALMENT_UNTIL)))
    open_ended = ob.end is None
    horizon = today if open_ended else dt.date(today.year + 30, 12, 31)
    one = case.model_copy(update={"obligations": [ob], "expenses": []})
    # The schedule's columns, not its records: only due days and assumed flags are needed.
    columns = build_schedule(one, horizon).dues
    dues = [dt.date.fromordinal(d) for d, o in zip(columns.due, columns.obligation, strict=True)
            if o == ob.id]
    if not dues:
        return []
    assumed = ob.standing != "proven" or any(columns.assumed)
    interruptions = _interruptions(case)
    applied = [d for d, what, _ in interruptions
               if what.startswith(("enforcement", "application"))]
    results: list[DeadlineResult] = []
    stops = _stops(book)

    # Instalments whose own period ran out before 2022-01-01 under the old per-instalment text.
    expired_old: list[dt.date] = []
    ran_out = dt.date.min  # the latest day one of those periods ran out
    for due in dues:
        if due >= PER_INSTALMENT_UNTIL:
            break
        end = add_years(due, years)
        for act_day, _, _ in interruptions:
            if due < act_day <= end:
                end = add_years(act_day, years)
        if end < PER_INSTALMENT_UNTIL:
            expired_old.append(due)
            ran_out = max(ran_out, end)
    if expired_old:
        # Cite the text in force when the latest affected instalment's own period ran out
        # (the 2007 text's art. 215 before 2013-01-01, art. 239 from then until 2021-12-31);
        # a period that ran out before the rule's first version is cited by that version.
        ran_out = max(ran_out, book.get(rule_id).effective_from)
        results.append(DeadlineResult(
            id=f"{ob.id}:cn-application-old-instalments",
            title=f"Instalments due {expired_old[0].isoformat()} – {expired_old[-1].isoformat()}: "
                  "2-year period already ran out under the pre-2022 per-instalment rule",
            title_zh=f"{expired_old[0].isoformat()}至{expired_old[-1].isoformat()}到期的各期："
                     "按2022年前逐期计算的规定，二年期间已届满",
            due=add_years(expired_old[-1], years), status="arguable", rule=rule_id,
            citation=_citation(book, rule_id, ran_out),
            citation_zh=_citation_zh(book, rule_id, ran_out),
            computation=f"each instalment's due date + {years} years "
                        f"({_citation(book, rule_id, ran_out)}); the "
                        f"latest, {expired_old[-1].isoformat()} + {years} years = "
                        f"{add_years(expired_old[-1], years).isoformat()}, is before 2022-01-01",
            computation_zh=f"各期履行期限届满日 + {years}年（{_citation_zh(book, rule_id, ran_out)}）；"
                           f"最后一期 {expired_old[-1].isoformat()} + {years}年 = "
                           f"{add_years(expired_old[-1], years).isoformat()}，早于2022-01-01",
            dates_used={"first_instalment": expired_old[0].isoformat(),
                        "last_affected_instalment": expired_old[-1].isoformat(),
                        "rule_change": PER_INSTALMENT_UNTIL.isoformat()},
            stops_or_restarts=[t.en for t in stops],
            stops_or_restarts_zh=[t.zh for t in stops],
            note=f"Arguable, not barred: the SPC held in {SPC_2020} that support arrears are not "
                 "subject to the enforcement period while the support relationship lasts; the "
                 "obligor must raise the objection (CPL Interpretation art. 481). No "
                 "transitional rule for these instalments was found.",
            note_zh=f"有争议，不能认定已过时效：{SPC_2020}认为抚养关系存续期间不适用申请执行时效；"
                    "须被执行人提出异议（民诉法解释第481条）。未见过渡规定。",
            assumed=assumed, obligation=ob.id))

    last_due = dues[-1]
    support_running = open_ended or last_due > today
    if open_ended:
        results.append(DeadlineResult(
            id=f"{ob.id}:cn-application",
            title="PRC application for enforcement: 2 years from the last instalment",
            title_zh="申请执行期间：自最后一期履行期限届满之日起二年",
            due=None, status="not_started", rule=rule_id, citation=_citation(book, rule_id, today),
            citation_zh=_citation_zh(book, rule_id, today),
            computation="the obligation has no end date in the case file, so the last instalment "
                        "(and the period) cannot be fixed",
            computation_zh="案卷未载明给付义务何时终止，无法确定最后一期（及期间）",
            dates_used={"latest_instalment_so_far": last_due.isoformat()},
            stops_or_restarts=[t.en for t in stops],
            stops_or_restarts_zh=[t.zh for t in stops],
            note="Enter the obligation's end (a date or the child's age) to compute it.",
            note_zh="请录入给付义务的终止（日期或子女年龄）以计算。", assumed=True, obligation=ob.id))
        return results
    start, start_reason, start_zh = last_due, "due date of the last instalment", "最后一期履行期限届满日"
    later_acts = [act for act in interruptions if act[0] > last_due]
    if later_acts:
        day, what, what_zh = later_acts[-1]
        start, start_reason, start_zh = day, f"interrupted on {day}: {what}", f"{day} 中断：{what_zh}"
    raw_end = add_years(start, years)
    due, skipped, known = roll_forward_prc(raw_end)
    computation = f"{start.isoformat()} ({start_reason}) + {years} years = {raw_end.isoformat()}"
    computation_zh = f"{start.isoformat()}（{start_zh}）+ {years}年 = {raw_end.isoformat()}"
    if skipped:
        computation += f"; last day falls on a rest day ({', '.join(skipped)}), so it moves to " \
                       f"the next working day {due.isoformat()} (CPL art. 85)"
        computation_zh += f"；末日为休息日（{rest_days_zh(skipped)}），顺延至下一个工作日 " \
                          f"{due.isoformat()}（民诉法第85条）"
    if applied and applied[-1] >= last_due:
        status: DeadlineStatus = "met"
    elif support_running:
        status = "not_started"
    elif today > due:
        status = "arguable"
    else:
        status = "open"
    note = ""
    note_zh = ""
    if support_running:
        note = (f"Support is still running (last instalment due {last_due.isoformat()}); since "
                "2022-01-01 the 2-year period starts only after the last instalment, so arrears "
                "can be enforced now without a running deadline.")
        note_zh = (f"抚养费仍在给付期内（最后一期{last_due.isoformat()}到期）；自2022年1月1日起"
                   "期间从最后一期届满起算，现可随时申请执行。")
    elif status == "arguable":
        note = (f"The period has passed, but this is arguable, never 'barred': {SPC_2020}; "
                "Civil Code art. 196(3); the obligor must object (CPL Interpretation art. 481).")
        note_zh = (f"期间已届满，但有争议，不能断言已过时效：{SPC_2020}；民法典第196条第（三）项；"
                   "须被执行人提出异议（民诉法解释第481条）。")
    if not known:
        note += (" The holiday calendar for that year is not yet in chinese-calendar: only "
                 "weekends were rolled over; check the State Council holiday notice.")
        note_zh += " chinese-calendar 尚未收录该年节假日：仅按周末顺延，请核对国务院放假通知。"
    payments = [d for d in _obligor_payments(case) if d > last_due]
    stops_here = list(stops)
    if payments:
        stops_here.append(Text(f"Obligor payments after the last instalment: "
                               f"{', '.join(d.isoformat() for d in payments)} (may interrupt).",
                               f"义务人在最后一期之后的付款："
                               f"{'、'.join(d.isoformat() for d in payments)}（可能中断期间）。"))
    results.append(DeadlineResult(
        id=f"{ob.id}:cn-application", title="PRC application for enforcement (2 years)",
        title_zh="申请执行期间（二年）", due=due, status=status, rule=rule_id,
        citation=_citation(book, rule_id, today),
        citation_zh=_citation_zh(book, rule_id, today), computation=computation,
        computation_zh=computation_zh,
        dates_used={"last_instalment_due": last_due.isoformat(), "period_start": start.isoformat(),
                    **({"interruptions": "; ".join(f"{d.isoformat()} {w}"
                                                   for d, w, _ in interruptions)}
                       if interruptions else {})},
        dates_used_zh={"interruptions": "；".join(f"{d.isoformat()} {w}"
                                                  for d, _, w in interruptions)}
        if interruptions else {},
        stops_or_restarts=[t.en for t in stops_here],
        stops_or_restarts_zh=[t.zh for t in stops_here], note=note.strip(),
        note_zh=note_zh.strip(),
        rolled_from=raw_end if skipped else None, assumed=assumed or not known,
        obligation=ob.id))
    return results


def _obligor_reachable_in_prc(case: CaseFile) -> bool:
    obligor = case.parties.obligor
    if obligor is not None and (obligor.country or "").upper() == "CN":
        return True
    return any((c.country or "").upper() == "CN" and c.obtained_how != "unlawful"
               for c in case.asset_clues)


def _mainland_recognition_period(case: CaseFile, ob: Obligation, today: dt.date,
                                 book: RuleBook) -> list[DeadlineResult]:
    """A Hong Kong or foreign order to be recognised and enforced in the Mainland: the CPL
    2-year period applies to the application (HK family arrangement art. 7; CPL
    Interpretation art. 545), counted like the enforcement period."""
    from dataclasses import replace

    if ob.basis.type == "hk_order":
        made = ob.basis.date or ob.basis.effective_date
        if made is None or made < dt.date(2022, 2, 15):
            return []  # outside the arrangement: no recognition period to run
        rule_id = "cn_hk.family_judgments.arrangement"
        title, title_zh = ("Mainland application to recognise and enforce the Hong Kong order "
                           "(2 years)", "向内地法院申请认可和执行香港裁判的期间（二年）")
        extra = ""
        extra_zh = ""
    else:
        rule_id = "cn.recognition.application_period"
        title, title_zh = ("PRC application to recognise and enforce the foreign order (2 years)",
                           "向中国法院申请承认和执行外国裁判的期间（二年）")
        extra = (" Whether a PRC court will recognise the order at all is uncertain "
                 "(treaty or reciprocity needed).")
        extra_zh = " 中国法院是否承认该裁判本身不确定（须有条约或互惠）。"
    out: list[DeadlineResult] = []
    for result in _prc_application_period(case, ob, today, book):
        suffix = result.id.split(":", 1)[1].replace("cn-application", "cn-recognition")
        out.append(replace(
            result, id=f"{ob.id}:{suffix}",
            title=result.title if "old-instalments" in suffix else title,
            title_zh=result.title_zh if "old-instalments" in suffix else title_zh,
            rule=rule_id, citation=_citation(book, rule_id, today),
            citation_zh=_citation_zh(book, rule_id, today),
            note=(result.note + " Counted as for enforcement (CPL art. 250), an assumption "
                  "for periodic support." + extra).strip(),
            note_zh=(result.note_zh + " 按申请执行期间（民诉法第250条）计算，对定期给付系推定。"
                     + extra_zh).strip(),
            assumed=True))
    return out


# ---------------------------------------------------------------- PRC procedure periods


def _domestic(country: str | None) -> bool:
    return (country or "").upper() in ("CN", "")


def _appeal_periods(case: CaseFile, today: dt.date, book: RuleBook) -> list[DeadlineResult]:
    rule_id = "cn.procedure.appeal_period"
    results: list[DeadlineResult] = []
    for n, event in enumerate(case.events):
        if event.kind not in SERVED_KINDS:
            continue
        try:
            params = book.parameters(rule_id, on=event.date)
            caveat = caveat_zh = ""
        except RuleNotInForce:
            params = book.get(rule_id).versions[0].parameters
            caveat = (" The encoded rule starts 2024-01-01; the same periods are assumed for "
                      "this earlier service (check the text then in force).")
            caveat_zh = ("本程序收录的规则自2024-01-01起适用；本次较早的送达推定适用相同期间"
                         "（请核对当时施行的文本）。")
        ruling = event.kind == "ruling_served"
        for role, party in (("obligee", case.parties.obligee), ("obligor", case.parties.obligor)):
            if party is None:
                continue
            abroad = not _domestic(party.country)
            days = int(params["no_domicile_days"] if abroad else
                       params["ruling_days" if ruling else "judgment_days"])
            raw_end = event.date + dt.timedelta(days=days)
            due, skipped, known = roll_forward_prc(raw_end)
            status: DeadlineStatus = "passed" if today > due else "open"
            results.append(DeadlineResult(
                id=f"event{n}:appeal:{role}",
                title=f"Appeal period for the {role} ({days} days"
                      f"{', no domicile in China' if abroad else ''})",
                title_zh=f"{'权利人' if role == 'obligee' else '义务人'}上诉期（{days}日"
                         f"{'，在中国境内无住所' if abroad else ''}）",
                due=due, status=status, rule=rule_id, citation=_citation(book, rule_id, event.date),
                citation_zh=_citation_zh(book, rule_id, event.date),
                computation=f"served {event.date.isoformat()} + {days} days = {raw_end.isoformat()}"
                            + (f"; rest days {', '.join(skipped)} → {due.isoformat()}"
                               if skipped else ""),
                computation_zh=f"{event.date.isoformat()} 送达 + {days}日 = {raw_end.isoformat()}"
                               + (f"；休息日 {rest_days_zh(skipped)} → {due.isoformat()}"
                                  if skipped else ""),
                dates_used={"served": event.date.isoformat(),
                            f"{role}_country": party.country or "unknown"},
                dates_used_zh={f"{role}_country": party.country or "未知"},
                stops_or_restarts=["An extension may be granted on application before expiry "
                                   "(CPL arts. 86, 286)."],
                stops_or_restarts_zh=["期限届满前提出申请的，可以准予延长"
                                      f"（{_cite_zh(CPL, '86', '286')}）。"],
                note=("If neither party appeals in time the judgment takes effect; record its "
                      "effective date (生效日期)." + caveat),
                note_zh="双方均未在期限内上诉的，判决生效；请记录生效日期。" + caveat_zh,
                rolled_from=raw_end if skipped else None, assumed=not known))
    return results


def _publication(case: CaseFile, today: dt.date, book: RuleBook) -> list[DeadlineResult]:
    rule_id = "cn.procedure.service_by_publication_abroad"
    results: list[DeadlineResult] = []
    for n, event in enumerate(case.events):
        if event.kind not in PUBLICATION_KINDS:
            continue
        try:
            params = book.parameters(rule_id, on=event.date)
        except RuleNotInForce:
            results.append(DeadlineResult(
                id=f"event{n}:publication", title="Service by publication abroad",
                title_zh="涉外公告送达", due=None, status="info", rule=rule_id,
                citation=_citation(book, rule_id, today),
                citation_zh=_citation_zh(book, rule_id, today),
                computation="published before 2022-01-01: the period of the text then in force "
                            "is not encoded",
                computation_zh="2022-01-01前公告：当时施行文本规定的期间未收录",
                dates_used={"published": event.date.isoformat()},
                note="Check the period in the CPL text in force on the publication date.",
                note_zh="请按公告时施行的民事诉讼法文本核对期间。", assumed=True))
            continue
        if "days" in params:
            raw = event.date + dt.timedelta(days=int(params["days"]))
            how = f"{event.date.isoformat()} + {params['days']} days"
            how_zh = f"{event.date.isoformat()} + {params['days']}日"
        else:
            raw = add_months(event.date, int(params["months"]))
            how = f"{event.date.isoformat()} + {params['months']} months"
            how_zh = f"{event.date.isoformat()} + {params['months']}个月"
        due, skipped, known = roll_forward_prc(raw)
        results.append(DeadlineResult(
            id=f"event{n}:publication", title="Deemed served after publication abroad",
            title_zh="公告送达期满视为送达", due=due,
            status="passed" if today > due else "open", rule=rule_id,
            citation=_citation(book, rule_id, event.date),
            citation_zh=_citation_zh(book, rule_id, event.date),
            computation=f"{how} = {raw.isoformat()}" + (
                f"; rest days {', '.join(skipped)} → {due.isoformat()}" if skipped else ""),
            computation_zh=f"{how_zh} = {raw.isoformat()}" + (
                f"；休息日 {rest_days_zh(skipped)} → {due.isoformat()}" if skipped else ""),
            dates_used={"published": event.date.isoformat()},
            stops_or_restarts=["Then run: 30 days to answer (CPL art. 285) or 30 days to appeal "
                               "a judgment served by publication (CPL art. 286)."],
            stops_or_restarts_zh=[f"此后起算：答辩期30日（{_cite_zh(CPL, '285')}），或对公告送达的"
                                  f"判决提起上诉的期间30日（{_cite_zh(CPL, '286')}）。"],
            note="A default judgment served by publication takes effect after the publication "
                 "period and the 30-day appeal period.",
            note_zh="公告送达的缺席判决，在公告期及三十日上诉期届满后生效。",
            rolled_from=raw if skipped else None, assumed=not known))
    return results


# ---------------------------------------------------------------- California / UIFSA


def _california(case: CaseFile, ob: Obligation, book: RuleBook, today: dt.date
                ) -> DeadlineResult:
    rule_id = "us.ca.enforcement.support_judgment_duration"
    state = (ob.basis.jurisdiction or case.case.order_jurisdiction or "US").upper()
    if state not in ("US-CA", "US"):
        # Another state's order: its own law governs how long it can be enforced
        # (UIFSA § 604, rule us.ca.uifsa.issuing_law_governs); not encoded here.
        return DeadlineResult(
            id=f"{ob.id}:us-enforceable", title=f"{state} support order: enforcement period",
            title_zh=f"{state}抚养令的执行期间", due=None, status="info",
            rule="us.ca.uifsa.issuing_law_governs",
            citation=_citation(book, "us.ca.uifsa.issuing_law_governs", today),
            citation_zh=_citation_zh(book, "us.ca.uifsa.issuing_law_governs", today),
            computation="the issuing state's law governs; not encoded",
            computation_zh="适用签发州的法律；未收录",
            note="Check the issuing state's law on how long its support judgments last.",
            note_zh="请核对签发州关于抚养费判决执行期间的法律。", assumed=True, obligation=ob.id)
    return DeadlineResult(
        id=f"{ob.id}:us-ca-enforceable", title="California support judgment: enforceable until paid",
        title_zh="加州抚养费判决：清偿前一直可执行", due=None, status="until_paid", rule=rule_id,
        citation=_citation(book, rule_id, today), citation_zh=_citation_zh(book, rule_id, today),
        computation="no limitation period and no renewal needed (Fam. Code § 291)",
        computation_zh="无执行期间限制，无需续期（Fam. Code § 291）",
        dates_used={"order_date": (ob.basis.date or ob.start).isoformat()},
        note="Laches is a defence only to amounts owed to the state.",
        note_zh="懈怠抗辩仅适用于欠州政府的款项。", obligation=ob.id)


def _registration(case: CaseFile, today: dt.date, book: RuleBook) -> list[DeadlineResult]:
    results: list[DeadlineResult] = []
    convention = any(ob.basis.type == "foreign_order" for ob in case.obligations)
    for n, event in enumerate(case.events):
        if event.kind not in REGISTRATION_KINDS:
            continue
        if convention and "convention" in event.description.lower():
            rule_id = "us.ca.uifsa.convention_contest_period"
            params = book.parameters(rule_id, on=event.date)
            abroad = not (case.parties.obligor and (case.parties.obligor.country or "")
                          .upper().startswith("US"))
            days = int(params["days_if_abroad"] if abroad else params["days"])
        else:
            rule_id = "us.ca.uifsa.contest_period"
            days = int(book.value(f"{rule_id}.days", on=max(event.date, dt.date(2016, 1, 1))))
        due = event.date + dt.timedelta(days=days)
        results.append(DeadlineResult(
            id=f"event{n}:uifsa-contest", title=f"Contest period for the registered order ({days} days)",
            title_zh=f"对已登记抚养令提出异议的期限（{days}日）", due=due,
            status="passed" if today > due else "open", rule=rule_id,
            citation=_citation(book, rule_id, event.date),
            citation_zh=_citation_zh(book, rule_id, event.date),
            computation=f"notice {event.date.isoformat()} + {days} days = {due.isoformat()}",
            computation_zh=f"通知 {event.date.isoformat()} + {days}日 = {due.isoformat()}",
            dates_used={"notice": event.date.isoformat()},
            stops_or_restarts=["After the period without a contest, the order and the alleged "
                               "arrears are confirmed (Fam. Code § 5700.606)."],
            stops_or_restarts_zh=["期间届满未提出异议的，该抚养令及所主张的欠款即获确认"
                                  "（Fam. Code § 5700.606）。"],
            note="Count from the date of notice as shown on the notice; California court-day and "
                 "mail-extension rules are not applied here.",
            note_zh="自通知所载日期起算；未计入加州法院工作日及邮寄延长规则。",
            assumed=rule_id.endswith("convention_contest_period")))
    return results


# ---------------------------------------------------------------- entry point


def compute(casefile: CaseFile, today: dt.date, *, book: RuleBook | None = None
            ) -> list[DeadlineResult]:
    """Every deadline the case's facts let us compute, soonest first (undated ones last)."""
    book = book or default_rulebook()
    results: list[DeadlineResult] = []
    for ob in casefile.obligations:
        if _is_prc_obligation(casefile, ob):
            results.extend(_prc_application_period(casefile, ob, today, book))
        else:
            if _is_us_order(casefile, ob):
                results.append(_california(casefile, ob, book, today))
            if ob.basis.type in ("us_order", "hk_order", "foreign_order") and \
                    _obligor_reachable_in_prc(casefile):
                results.extend(_mainland_recognition_period(casefile, ob, today, book))
    results.extend(_appeal_periods(casefile, today, book))
    results.extend(_publication(casefile, today, book))
    results.extend(_registration(casefile, today, book))
    for n, entered in enumerate(casefile.deadlines):
        status: DeadlineStatus = entered.status if entered.status != "missed" else "passed"
        # The case file's `rule` is a rule id, cited as the rule book cites it (other words
        # are their own citation); without one the deadline has no rule id, only a citation.
        rule = entered.rule or None
        results.append(DeadlineResult(
            id=f"entered{n}", title=entered.title, title_zh=entered.title, due=entered.due,
            status=status, rule=rule,
            citation=_citation(book, rule, today) if rule else "entered by user",
            citation_zh=_citation_zh(book, rule, today) if rule else "用户录入",
            computation="entered in the case file", computation_zh="录入于案卷",
            note=entered.note or "", assumed=True))
    return sorted(results, key=lambda d: (d.due is None, d.due or dt.date.max, d.id))


def to_ics(deadlines: list[DeadlineResult], *, case_title: str = "",
           reminders: tuple[int, ...] = (30, 7, 1), stamp: dt.datetime | None = None) -> bytes:
    """An iCalendar file: one all-day event per dated deadline, with reminders.

    UIDs are stable (case title + deadline id + date), so re-importing updates the events.
    """
    import hashlib

    from icalendar import Alarm, Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//supportcase//deadlines//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"supportcase deadlines {case_title}".strip())
    for deadline in deadlines:
        if deadline.due is None:
            continue
        event = Event()
        uid = hashlib.sha256(f"{case_title}|{deadline.id}|{deadline.due}".encode()).hexdigest()
        event.add("uid", f"{uid[:32]}@supportcase")
        event.add("summary", f"{deadline.title} / {deadline.title_zh}")
        event.add("dtstart", deadline.due)
        event.add("dtend", deadline.due + dt.timedelta(days=1))
        event.add("dtstamp", stamp or dt.datetime.now(dt.UTC).replace(microsecond=0))
        status_en, status_zh = STATUS_WORDS[deadline.status]
        # Each English line, then its Chinese (as `citation_zh` cites the law).
        event.add("description", "\n".join(filter(None, [
            f"Status: {status_en}", f"状态：{status_zh}",
            f"Rule: {deadline.rule_and_citation('en')}",
            f"依据：{deadline.rule_and_citation('zh')}",
            f"Computation: {deadline.computation}",
            f"计算：{deadline.computation_zh or deadline.computation}",
            deadline.note, deadline.note_zh,
            *deadline.stops_or_restarts, *deadline.stops_or_restarts_zh])))
        for days in reminders:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{deadline.title} in {days} day{'s' if days > 1 else ''}"
                                     f" / {deadline.title_zh}：还有 {days} 天")
            alarm.add("trigger", dt.timedelta(days=-days))
            event.add_component(alarm)
        cal.add_component(event)
    return bytes(cal.to_ical())
