"""Deadlines as worked examples (rules cn.enforcement.application_period,
cn.enforcement.interruption, cn.procedure.period_computation, cn.procedure.appeal_period,
cn.procedure.service_by_publication_abroad, us.ca.uifsa.contest_period)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from supportcase.casefile import parse_casefile
from supportcase.casefile.model import CaseFile
from supportcase.law.deadlines import DeadlineResult, compute, roll_forward_prc, to_ics

D = dt.date


def case(start: str, end: str, due_day: int = 10, *, obligor: str = "CN",
         order: str = "CN", basis: str = "judgment", **extra: Any) -> CaseFile:
    data: dict[str, Any] = {
        "version": 1,
        "case": {"title": "deadline example", "order_jurisdiction": order},
        "parties": {"obligee": {"name": "甲", "country": "CN"},
                    "obligor": {"name": "乙", "country": obligor}},
        "children": [{"name": "丙", "birth_date": "2012-01-01"}],
        "obligations": [{"id": "main", "basis": {"type": basis, "jurisdiction": order},
                         "amount": "1000.00", "currency": "CNY", "due_day": due_day,
                         "start": start, "end": end}],
        **extra,
    }
    return parse_casefile(yaml.safe_dump(data, allow_unicode=True), source="example")


def by_id(results: list[DeadlineResult], suffix: str) -> DeadlineResult:
    return next(r for r in results if r.id.endswith(suffix))


def test_spring_festival_moves_the_last_day_to_the_next_working_day() -> None:
    # Last instalment due 2023-01-29; + 2 years = 2025-01-29, first day of the 2025 Spring
    # Festival holiday (28 Jan – 4 Feb): the period ends on Wednesday 2025-02-05 (CPL art. 85).
    results = compute(case("2022-01-01", "2023-01-31", due_day=29), D(2024, 6, 1))
    main = by_id(results, "cn-application")
    assert main.rolled_from == D(2025, 1, 29)
    assert main.due == D(2025, 2, 5)
    assert main.status == "open"
    assert "Spring Festival" in main.computation


def test_period_after_2022_runs_from_the_last_instalment_dragon_boat() -> None:
    # Instalments 2020-03-10 … 2022-06-10. None had expired by 2022-01-01 (2020-03-10 + 2y =
    # 2022-03-10), so the new text applies: 2022-06-10 + 2 years = 2024-06-10, the Dragon
    # Boat Festival holiday → Tuesday 2024-06-11.
    results = compute(case("2020-03-01", "2022-06-30"), D(2024, 1, 1))
    assert not [r for r in results if r.id.endswith("old-instalments")]
    main = by_id(results, "cn-application")
    assert main.dates_used["last_instalment_due"] == "2022-06-10"
    assert (main.rolled_from, main.due) == (D(2024, 6, 10), D(2024, 6, 11))


def test_instalments_expired_before_2022_are_arguable_never_barred() -> None:
    # Instalments 2018-01-10 … 2019-12-10: under CPL 2017 art. 239 each ran 2 years on its
    # own; the last, 2019-12-10 + 2y = 2021-12-10, expired before the 2022-01-01 change.
    results = compute(case("2018-01-01", "2019-12-31"), D(2026, 11, 1))
    old = by_id(results, "old-instalments")
    assert old.status == "arguable"
    assert old.dates_used["first_instalment"] == "2018-01-10"
    assert old.dates_used["last_affected_instalment"] == "2019-12-10"
    assert "(2020)最高法执监66号" in old.note
    main = by_id(results, "cn-application")
    assert main.status == "arguable"
    assert all(r.status != "barred" for r in results)  # type: ignore[comparison-overlap]
    assert "barred" not in main.note.replace("never 'barred'", "")


def test_a_demand_after_the_last_instalment_restarts_the_period() -> None:
    # Last instalment 2022-06-10; a demand sent 2024-09-02 interrupts (Civil Code art. 195):
    # 2024-09-02 + 2 years = 2026-09-02 (a Wednesday).
    comms = [{"date": "2024-09-02", "direction": "sent", "channel": "letter", "kind": "demand",
              "summary": "demand for the arrears"}]
    results = compute(case("2020-03-01", "2022-06-30", communications=comms), D(2025, 1, 1))
    main = by_id(results, "cn-application")
    assert main.dates_used["period_start"] == "2024-09-02"
    assert main.due == D(2026, 9, 2)


def test_interruption_before_2022_saves_an_old_instalment() -> None:
    # 2019-03-10 instalment: its own period would end 2021-03-10, but the obligor admitted the
    # debt on 2020-06-01, restarting it to 2022-06-01 — past 2022-01-01, so not expired.
    comms = [{"date": "2020-06-01", "direction": "received", "channel": "wechat",
              "kind": "admission", "summary": "I owe it"}]
    results = compute(case("2019-03-01", "2019-03-31", communications=comms), D(2026, 1, 1))
    assert not [r for r in results if r.id.endswith("old-instalments")]


def test_support_still_running_has_no_running_enforcement_deadline() -> None:
    results = compute(case("2024-01-01", "2033-12-31"), D(2026, 11, 1))
    assert by_id(results, "cn-application").status == "not_started"


def test_appeal_periods_for_a_party_abroad_and_national_day() -> None:
    # Served 2024-09-20. Obligee in China: 15 days → 2024-10-05, inside the National Day
    # holiday (1–7 Oct) → 2024-10-08. Obligor in California: 30 days → Sunday 2024-10-20 →
    # Monday 2024-10-21 (CPL arts. 171, 286, 85).
    events = [{"date": "2024-09-20", "kind": "judgment_served", "description": "served"}]
    results = compute(case("2024-10-01", "2030-01-01", obligor="US-CA", events=events),
                      D(2024, 9, 25))
    assert by_id(results, "appeal:obligee").due == D(2024, 10, 8)
    assert by_id(results, "appeal:obligor").due == D(2024, 10, 21)


def test_publication_abroad_60_days_from_2024_three_months_before() -> None:
    events = [{"date": "2024-03-01", "kind": "publication", "description": "公告"},
              {"date": "2023-06-01", "kind": "publication", "description": "公告"}]
    results = compute(case("2024-10-01", "2030-01-01", events=events), D(2024, 3, 2))
    published = {r.dates_used["published"]: r for r in results if r.id.endswith("publication")}
    assert published["2024-03-01"].due == D(2024, 4, 30)  # + 60 days (CPL 2023 art. 283)
    assert published["2023-06-01"].due == D(2023, 9, 1)  # + 3 months (CPL 2021 art. 274)


def test_california_order_is_enforceable_until_paid_and_uifsa_contest() -> None:
    events = [{"date": "2025-03-03", "kind": "registration_notice", "description": "notice"}]
    c = case("2020-01-01", "2030-01-01", order="US-CA", basis="us_order", events=events)
    results = compute(c, D(2025, 3, 10))
    ca = by_id(results, "us-ca-enforceable")
    assert ca.status == "until_paid" and ca.due is None
    assert by_id(results, "uifsa-contest").due == D(2025, 3, 23)  # + 20 days (§ 5700.605)


def test_no_deadline_for_a_divorce_agreement() -> None:
    results = compute(case("2022-01-01", "2030-01-01", basis="divorce_agreement"), D(2026, 1, 1))
    assert not [r for r in results if r.rule == "cn.enforcement.application_period"]


def test_roll_forward_uses_make_up_working_days() -> None:
    # 2025-01-26 is a Sunday but a make-up working day before the Spring Festival.
    assert roll_forward_prc(D(2025, 1, 26))[0] == D(2025, 1, 26)


def test_ics_has_reminders() -> None:
    results = compute(case("2022-01-01", "2023-01-31", due_day=29), D(2024, 6, 1))
    ics = to_ics(results, case_title="example").decode()
    assert "BEGIN:VEVENT" in ics and "DTSTART;VALUE=DATE:20250205" in ics
    assert ics.count("BEGIN:VALARM") == 3 and "TRIGGER:-P30D" in ics
    # Each reminder says, in both languages, which deadline and how many days are left.
    from icalendar import Calendar

    event = next(c for c in Calendar.from_ical(ics).walk("VEVENT"))
    deadline = next(d for d in results if d.due == D(2025, 2, 5))
    said = [str(a.get("description")) for a in event.walk("VALARM")]
    assert said == [f"{deadline.title} in {n} day{'s' if n > 1 else ''} / "
                    f"{deadline.title_zh}：还有 {n} 天" for n in (30, 7, 1)]


@settings(deadline=None, max_examples=200)
@given(st.dates(min_value=D(2005, 1, 1), max_value=D(2026, 9, 30)))
def test_roll_forward_lands_on_a_working_day_on_or_after(day: dt.date) -> None:
    import chinese_calendar

    rolled, skipped, known = roll_forward_prc(day)
    assert rolled >= day and known
    assert chinese_calendar.is_workday(rolled)
    assert len(skipped) == (rolled - day).days


def test_hong_kong_order_in_the_mainland_runs_the_cpl_period() -> None:
    # HK order of 2023-06-30 (within the family arrangement; art. 7 → CPL art. 250): last
    # instalment due 2030-12-01 + 2 years = 2032-12-01. A 2021 order gets no such period.
    data: dict[str, Any] = {
        "version": 1, "case": {"title": "hk", "order_jurisdiction": "HK"},
        "parties": {"obligee": {"name": "A", "country": "HK"},
                    "obligor": {"name": "B", "country": "CN"}},
        "obligations": [{"id": "main", "basis": {"type": "hk_order", "date": "2023-06-30"},
                         "amount": "8000.00", "currency": "HKD", "due_day": 1,
                         "start": "2023-07-01", "end": "2030-12-31"}]}
    hk = compute(parse_casefile(yaml.safe_dump(data)), D(2026, 11, 1))
    [period] = [r for r in hk if r.rule == "cn_hk.family_judgments.arrangement"]
    assert period.dates_used["last_instalment_due"] == "2030-12-01"
    assert (period.rolled_from or period.due) == D(2032, 12, 1)
    assert period.status == "not_started" and period.assumed
    data["obligations"][0]["basis"]["date"] = "2021-09-30"
    assert not [r for r in compute(parse_casefile(yaml.safe_dump(data)), D(2026, 11, 1))
                if r.rule == "cn_hk.family_judgments.arrangement"]


def test_deadline_as_a_case_file_entry() -> None:
    results = compute(case("2018-01-01", "2019-12-31"), D(2026, 11, 1))
    entry = by_id(results, "cn-application").as_casefile_deadline()
    assert entry is not None and entry.status == "arguable"
    assert entry.rule == "cn.enforcement.application_period"


def _no_english_words(text: str) -> bool:
    """No run of four Latin letters, but for a code's own name (Fam. Code) kept as cited."""
    import re

    return not re.search(r"[A-Za-z]{4,}", text.replace("Code", ""))


def test_the_arithmetic_of_each_deadline_reads_in_chinese() -> None:
    # The same arithmetic as the English, for a Chinese reader: Spring Festival 2025
    # (2023-01-29 + 2 years = 2025-01-29 → 2025-02-05), a demand restarting the period
    # (2024-09-02 + 2 years), National Day for an appeal (2024-09-20 + 15 days = 2024-10-05 →
    # 2024-10-08), publication abroad (+ 60 days), and a California order (until paid).
    main = by_id(compute(case("2022-01-01", "2023-01-31", due_day=29), D(2024, 6, 1)),
                 "cn-application")
    assert main.computation_zh == (
        "2023-01-29（最后一期履行期限届满日）+ 2年 = 2025-01-29；末日为休息日（2025-01-29（春节）、"
        "2025-01-30（春节）、2025-01-31（春节）、2025-02-01（春节）、2025-02-02（春节）、"
        "2025-02-03（春节）、2025-02-04（春节）），顺延至下一个工作日 2025-02-05（民诉法第85条）")
    comms = [{"date": "2024-09-02", "direction": "sent", "channel": "letter", "kind": "demand",
              "summary": "请支付拖欠的抚养费"}]
    restarted = by_id(compute(case("2020-03-01", "2022-06-30", communications=comms),
                              D(2025, 1, 1)), "cn-application")
    assert restarted.computation_zh.startswith(
        "2024-09-02（2024-09-02 中断：已发出催款（信件）：请支付拖欠的抚养费）+ 2年 = 2026-09-02")
    events = [{"date": "2024-09-20", "kind": "judgment_served", "description": "served"},
              {"date": "2024-03-01", "kind": "publication", "description": "公告"}]
    results = compute(case("2024-10-01", "2030-01-01", obligor="US-CA", events=events),
                      D(2024, 9, 25))
    assert by_id(results, "appeal:obligee").computation_zh == (
        "2024-09-20 送达 + 15日 = 2024-10-05；休息日 2024-10-05（国庆节）、2024-10-06（国庆节）、"
        "2024-10-07（国庆节） → 2024-10-08")
    assert by_id(results, "publication").computation_zh == "2024-03-01 + 60日 = 2024-04-30"
    us = case("2020-01-01", "2030-01-01", order="US-CA", basis="us_order")
    ca = by_id(compute(us, D(2025, 3, 10)), "us-ca-enforceable")
    for result in (main, restarted, *results, ca):
        assert result.computation and result.computation_zh
        assert _no_english_words(result.computation_zh), result.computation_zh
    assert "Spring Festival" in main.computation  # the English is unchanged


def _every_kind_of_deadline() -> list[DeadlineResult]:
    """A PRC judgment served in 2023 (before the encoded appeal rule) on an obligor abroad
    whose country is not known, published abroad, interrupted by a demand and an
    application, paid in part after the last instalment; a California order registered
    under UIFSA; and a deadline the user typed."""
    events = [{"date": "2023-09-20", "kind": "judgment_served", "description": "已送达"},
              {"date": "2024-03-01", "kind": "publication", "description": "公告"},
              {"date": "2024-05-06", "kind": "enforcement_application",
               "description": "向区法院申请"}]
    comms = [{"date": "2023-09-04", "direction": "sent", "channel": "letter", "kind": "demand",
              "summary": "请支付拖欠的抚养费"}]
    payments = [{"date": "2024-02-01", "amount": "100", "currency": "CNY", "payer": "obligor",
                 "kind": "performance"}]
    prc = case("2020-01-01", "2023-01-01", events=events, communications=comms,
               payments=payments, deadlines=[{"title": "自己记的期限", "due": "2025-01-01"}])
    prc = prc.model_copy(update={"parties": prc.parties.model_copy(update={
        "obligor": prc.parties.obligor.model_copy(update={"country": None})})})
    notice = [{"date": "2025-03-03", "kind": "registration_notice", "description": "notice"}]
    us = case("2020-01-01", "2030-01-01", order="US-CA", basis="us_order", events=notice)
    return [*compute(prc, D(2024, 6, 1)), *compute(us, D(2025, 3, 10))]


def test_what_stops_or_restarts_each_deadline_reads_in_chinese() -> None:
    # One Chinese sentence for each English one, citing the same articles (as citation_zh
    # cites them, 《中华人民共和国民事诉讼法》第250条) with the same numbers and dates, in
    # Chinese words and the full-width colon.
    import re

    from supportcase.law.citations import check_text

    results = _every_kind_of_deadline()
    stopping = [r for r in results if r.stops_or_restarts]
    assert {r.id.split(":", 1)[-1] for r in stopping} >= {
        "cn-application", "appeal:obligee", "appeal:obligor", "publication", "uifsa-contest"}
    for result in stopping:
        assert len(result.stops_or_restarts_zh) == len(result.stops_or_restarts), result.id
        for en, zh in zip(result.stops_or_restarts, result.stops_or_restarts_zh, strict=True):
            assert re.findall(r"\d+", zh) == re.findall(r"\d+", en), (en, zh)
            cited_zh = [(c.law, c.article) for c in check_text(zh)]
            assert [(c.law, c.article) for c in check_text(en)] == [
                cite for cite in cited_zh if cite[0] != "最高人民法院关于适用《中华人民共和国民事诉讼法》"
                "执行程序若干问题的解释"], (en, zh)  # the English names that one in words
            assert _no_english_words(zh) and ": " not in zh, zh
    appeal = by_id(results, "appeal:obligor")
    assert appeal.stops_or_restarts_zh == [
        "期限届满前提出申请的，可以准予延长（《中华人民共和国民事诉讼法》第86条、第286条）。"]
    application = by_id(results, "main:cn-application")
    assert application.stops_or_restarts_zh[0].endswith(
        "申请执行（《中华人民共和国民法典》第195条；《中华人民共和国民事诉讼法》第250条）。")
    assert application.stops_or_restarts_zh[-1] == "义务人在最后一期之后的付款：2024-02-01（可能中断期间）。"
    assert application.stops_or_restarts[-1] == (  # the English is unchanged
        "Obligor payments after the last instalment: 2024-02-01 (may interrupt).")


def test_the_appeal_caveat_for_a_service_before_2024_reads_in_chinese() -> None:
    served_2023 = by_id(_every_kind_of_deadline(), "appeal:obligee")
    assert served_2023.note.endswith("the same periods are assumed for this earlier service "
                                     "(check the text then in force).")
    assert served_2023.note_zh == (
        "双方均未在期限内上诉的，判决生效；请记录生效日期。本程序收录的规则自2024-01-01起适用；"
        "本次较早的送达推定适用相同期间（请核对当时施行的文本）。")
    events = [{"date": "2024-09-20", "kind": "judgment_served", "description": "served"}]
    served_2024 = by_id(compute(case("2024-10-01", "2030-01-01", events=events),
                                D(2024, 9, 25)), "appeal:obligee")
    assert served_2024.note_zh == "双方均未在期限内上诉的，判决生效；请记录生效日期。"


def test_the_dates_used_read_in_chinese_with_the_users_words_as_typed() -> None:
    results = _every_kind_of_deadline()
    application = by_id(results, "main:cn-application")
    assert application.dates_used_zh == {
        "last_instalment_due": "2022-12-10", "period_start": "2024-05-06",
        "interruptions": "2023-09-04 已发出催款（信件）：请支付拖欠的抚养费；"
                         "2024-05-06 申请执行：向区法院申请"}
    assert application.dates_used["interruptions"] == (  # the English is unchanged
        "2023-09-04 demand for payment sent (letter): 请支付拖欠的抚养费; "
        "2024-05-06 enforcement application: 向区法院申请")
    assert by_id(results, "appeal:obligor").dates_used_zh == {
        "served": "2023-09-20", "obligor_country": "未知"}
    assert by_id(results, "appeal:obligor").dates_used["obligor_country"] == "unknown"
    for result in results:
        assert result.dates_used_zh.keys() == result.dates_used.keys(), result.id
        assert "dates_used_zh" in result.to_dict() and "stops_or_restarts_zh" in result.to_dict()


def test_a_deadline_the_user_entered_is_cited_in_chinese_as_entered() -> None:
    entered = by_id(_every_kind_of_deadline(), "entered0")
    assert (entered.citation, entered.citation_zh) == ("entered by user", "用户录入")
    assert entered.title_zh == "自己记的期限"  # as typed
    typed = case("2020-01-01", "2023-01-01", deadlines=[
        {"title": "my own", "due": "2025-01-01", "rule": "法院通知"}])
    assert by_id(compute(typed, D(2024, 6, 1)), "entered0").citation_zh == "法院通知"


def test_an_entered_deadline_has_no_rule_id_unless_the_user_gave_one() -> None:
    """`rule` is a rule id, as for a computed deadline (JSON consumers match on it), or
    null: not the words "entered by user", which stay its citation. A rule id the user gave
    is cited as the rule book cites it (CPL 2023 art. 250)."""
    entered = by_id(_every_kind_of_deadline(), "entered0")
    assert entered.rule is None and entered.to_dict()["rule"] is None
    assert (entered.citation, entered.citation_zh) == ("entered by user", "用户录入")
    assert entered.as_casefile_deadline().rule is None  # nothing typed: nothing written back
    typed = case("2020-01-01", "2023-01-01", deadlines=[
        {"title": "apply by", "due": "2025-01-01", "rule": "cn.enforcement.application_period"}])
    [mine] = [r for r in compute(typed, D(2024, 6, 1)) if r.id == "entered0"]
    [computed] = [r for r in compute(typed, D(2024, 6, 1)) if r.id == "main:cn-application"]
    assert mine.rule == computed.rule == "cn.enforcement.application_period"
    assert (mine.citation, mine.citation_zh) == (computed.citation, computed.citation_zh)
    assert mine.citation_zh == "《中华人民共和国民事诉讼法》第250条"


def _descriptions(results: list[DeadlineResult]) -> dict[str, list[str]]:
    """Each calendar event's description, line by line, by its summary."""
    from icalendar import Calendar

    calendar = Calendar.from_ical(to_ics(results, case_title="example"))
    return {str(e["summary"]): str(e["description"]).split("\n")
            for e in calendar.walk("VEVENT")}


def test_the_calendar_gives_status_rule_and_computation_in_both_languages() -> None:
    """Each English line of an event's description is followed by its Chinese, as the note
    and what stops the deadline already were: the status in words (STATUS_WORDS), the rule
    with its citation as a Chinese text cites it, and the computation."""
    from supportcase.law.deadlines import STATUS_WORDS

    results = _every_kind_of_deadline()
    lines = _descriptions(results)
    appeal = by_id(results, "appeal:obligor")
    described = lines[f"{appeal.title} / {appeal.title_zh}"]
    en, zh = STATUS_WORDS[appeal.status]
    assert described[:6] == [
        f"Status: {en}", f"状态：{zh}",
        f"Rule: cn.procedure.appeal_period — {appeal.citation}",
        f"依据：cn.procedure.appeal_period — {appeal.citation_zh}",
        f"Computation: {appeal.computation}", f"计算：{appeal.computation_zh}"]
    assert "《中华人民共和国民事诉讼法》" in appeal.citation_zh
    entered = by_id(results, "entered0")
    described = lines[f"{entered.title} / {entered.title_zh}"]
    assert described[2:4] == ["Rule: entered by user", "依据：用户录入"]
    assert not [line for line in described if "None" in line]


def test_the_calendar_says_what_stops_a_deadline_in_both_languages() -> None:
    results = [r for r in _every_kind_of_deadline() if r.id == "event0:appeal:obligor"]
    ics = to_ics(results, case_title="example").decode()
    unfolded = ics.replace("\r\n ", "")
    assert "An extension may be granted on application before expiry" in unfolded
    assert "可以准予延长" in unfolded
