"""Case-file kinds in the reader's language: a Chinese page, checklist or statement names a
document type, an expense category and an entry without an id in Chinese, never by its key."""

from __future__ import annotations

import datetime as dt
import re

from supportcase.casefile import parse_casefile
from supportcase.casefile.words import DOC_TYPES, doc_type_word, expense_word, ref_zh
from supportcase.ledger import build_statement
from tests.conftest import DEMO_CASE

CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_listed_kind_has_english_and_chinese_words() -> None:
    for key, (en, zh) in DOC_TYPES.items():
        assert en and "_" not in en, key
        assert CJK.search(zh), key
    assert doc_type_word("bank_statement", "zh") == "银行流水"
    assert doc_type_word("bank_statement", "en") == "bank statement"
    assert expense_word("tuition", "zh") == "学费"


def test_a_users_own_kind_is_shown_as_written() -> None:
    assert doc_type_word("police report", "zh") == "police report"
    assert expense_word("orthodontics", "zh") == "orthodontics"


def test_positional_refs_read_as_chinese_and_ids_are_kept() -> None:
    assert ref_zh("payment #9") == "第9笔付款"
    assert ref_zh("expense #2") == "第2项费用"
    assert ref_zh("p-2024-03") == "p-2024-03"


def test_the_statements_chinese_notes_name_entries_and_categories_in_chinese() -> None:
    # The demo's 2025 tuition is outside the judgment (which shares medical costs only), so
    # the statement lists it as not in the legal basis; its Chinese note must say 学费 and
    # 第2项费用 (the second expense, which has no id), and its English one keeps the ref.
    case = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    statement = build_statement(case, dt.date(2026, 11, 1))
    note = next(n for n in statement.excluded if n.code == "not_in_legal_basis")
    assert note.ref == "expense #2"
    assert "第2项费用" in note.zh and "学费" in note.zh and "expense" not in note.zh
    assert note.en.startswith("expense #2: tuition")
    for n in [*statement.excluded, *statement.assumptions, *statement.questions]:
        assert "payment #" not in n.zh and "expense #" not in n.zh, n.zh


def test_the_checklist_and_questions_name_asset_clues_in_chinese() -> None:
    # The demo's clues are a flat (real_estate) and a bank account, both proven; the Chinese
    # checklist (assets in China: CPL 2023 art. 253 inquiry/freezing) and the questions for
    # counsel must say 房产 / 银行账户 / 已证明, not the case file's keys.
    from supportcase.advice.checklist import build_checklist
    from supportcase.advice.questions import questions_for_counsel
    from supportcase.drafting.sources import gather

    case = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    sources = gather(case, dt.date(2026, 11, 1))
    checklist = build_checklist(case, sources)
    zh = "\n".join([checklist.to_text("zh"), *(
        c.zh for q in questions_for_counsel(case, sources) for c in q.context)])
    assert "房产" in zh and "银行账户" in zh and "已证明" in zh
    for key in ("real_estate", "bank_account", "（proven"):
        assert key not in zh, key


def test_a_chinese_answer_says_how_sure_a_case_fact_is_in_chinese() -> None:
    # The demo's judgment_effective_date is assumed: the answer lists it as uncertain, in the
    # question's language.
    from supportcase.advice.ask import ask

    case = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    answer = ask("他拖欠的抚养费能不能要利息？", case=case, today=dt.date(2026, 11, 1))
    facts = [line for line in answer.uncertain if "2019-12-24" in line]
    assert facts and "待核实" in facts[0] and "assumed" not in facts[0]
    assert "判决生效日期" in facts[0] and "judgment_effective_date" not in facts[0]


def test_fact_names_read_in_the_readers_language_and_unknown_ones_as_written() -> None:
    from supportcase.casefile.words import FACTS, fact_word
    from supportcase.web.text import FACT_WORDS

    assert fact_word("support.amount", "zh") == "抚养费金额"
    assert fact_word("obligor_employer", "en") == "paying parent's employer"
    assert fact_word("favourite_colour", "zh") == "favourite_colour"
    for key, (en, zh) in FACTS.items():
        assert en and "_" not in en and CJK.search(zh), key
    # the web's upload review reads the same words
    assert FACT_WORDS["zh"]["child.birth_date"] == FACTS["child.birth_date"][1]


def test_the_checklist_names_messages_clues_and_payers_in_the_readers_language() -> None:
    # The demo records WeChat messages (a reminder; an admission — agreeing to perform
    # interrupts the time to apply, CPL 2023 art. 250 with the SPC interpretation on
    # enforcement procedure, so the reader must see what it was), location clues (an
    # address, an e-mail) and a relative's payment of unknown nature: the Chinese checklist
    # must say 微信 / 承认欠款 / 地址 / 亲属 / 性质不明, the English one plain words, and
    # neither the case file's keys.
    from supportcase.advice.checklist import build_checklist
    from supportcase.advice.questions import questions_for_counsel
    from supportcase.drafting.sources import gather

    case = parse_casefile(DEMO_CASE.read_text(encoding="utf-8"), source=str(DEMO_CASE))
    sources = gather(case, dt.date(2026, 11, 1))
    checklist = build_checklist(case, sources)
    context = [c for q in questions_for_counsel(case, sources) for c in q.context]
    zh = "\n".join([checklist.to_text("zh"), *(c.zh for c in context)])
    en = "\n".join([checklist.to_text("en"), *(c.en for c in context)])
    for word in ("微信", "承认欠款", "提醒付款", "下落线索 地址", "电子邮箱", "义务人", "性质不明"):
        assert word in zh, word
    for word in ("admitted owing (WeChat)", "address (California (USA))", "support payment",
                 "unclear — to check"):
        assert word in en, word
    for key in ("（wechat）", "admission", "reminder（", "下落线索 address", "performance）",
                "：unknown"):
        assert key not in zh, key


def test_clauses_are_joined_as_each_language_joins_them():
    from supportcase.casefile.words import clauses

    assert clauses(["首日：不计入", "复利：不计复利"], "zh") == "首日：不计入；复利：不计复利"
    assert clauses(iter(["first day: not counted", "compounding: none"]), "en") == \
        "first day: not counted; compounding: none"
    assert clauses([], "en") == ""
