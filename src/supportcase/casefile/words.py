"""Words for the case file's kinds (document types, expense categories, asset and location
clues, messages and how they were sent, payers and payment kinds, case facts and how sure a
fact is) in English and Simplified Chinese, shared by the web pages, the CLI, the
checklist and the statement so a Chinese page never shows a raw key such as `bank_statement`.

A kind not listed here is shown as written (a user's own word is kept, not guessed at).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DOC_TYPES: dict[str, tuple[str, str]] = {
    "judgment": ("judgment", "判决书"),
    "mediation_statement": ("mediation statement", "调解书"),
    "ruling": ("ruling", "裁定书"),
    "enforcement_ruling": ("enforcement ruling", "执行裁定书"),
    "enforcement_notice": ("enforcement notice", "执行通知书"),
    "divorce_agreement": ("divorce agreement", "离婚协议书"),
    "private_agreement": ("agreement", "协议书"),
    "notarized_instrument": ("notarial deed", "公证书"),
    "court_notice": ("court notice", "法院通知"),
    "letter": ("letter", "信函"),
    "email": ("e-mail", "电子邮件"),
    "messages": ("messages", "聊天记录"),
    "bank_statement": ("bank statement", "银行流水"),
    "receipt": ("receipt", "收据"),
    "us_order": ("US court order", "美国法院命令"),
    "us_judgment": ("US judgment", "美国法院判决"),
    "stipulation": ("stipulated order (US)", "（美国）合意命令"),
    "dcss_notice": ("DCSS notice", "加州儿童抚养服务局通知"),
    "dcss_statement": ("DCSS statement of account", "加州儿童抚养服务局对账单"),
    "hk_order": ("Hong Kong court order", "香港法院命令"),
}

EXPENSE_CATEGORIES: dict[str, tuple[str, str]] = {
    "tuition": ("tuition", "学费"),
    "medical": ("medical", "医疗费"),
    "childcare": ("childcare", "托育费"),
    "activities": ("activities", "兴趣活动费"),
    "other": ("other", "其他费用"),
}

ASSET_KINDS: dict[str, tuple[str, str]] = {
    "salary": ("salary", "工资"),
    "employer": ("employer", "工作单位"),
    "bank_account": ("bank account", "银行账户"),
    "wechat_pay": ("WeChat Pay", "微信支付"),
    "alipay": ("Alipay", "支付宝"),
    "real_estate": ("real estate", "房产"),
    "vehicle": ("vehicle", "车辆"),
    "company_share": ("company share", "公司股权"),
    "pension": ("pension", "养老金"),
    "other": ("other", "其他"),
}

LOCATION_KINDS: dict[str, tuple[str, str]] = {
    "address": ("address", "地址"),
    "email": ("e-mail", "电子邮箱"),
    "phone": ("phone", "电话"),
    "employer": ("employer", "工作单位"),
    "passport": ("passport", "护照"),
    "social": ("social media", "社交账号"),
    "other": ("other", "其他"),
}

# How a message was sent or received (a communication's `channel`).
CHANNELS: dict[str, tuple[str, str]] = {
    "wechat": ("WeChat", "微信"),
    "email": ("e-mail", "电子邮件"),
    "letter": ("letter", "信件"),
    "phone": ("phone", "电话"),
    "sms": ("text message", "短信"),
    "other": ("other", "其他"),
}

# What a message did (a communication's `kind`): a demand or an admission may restart the
# time limit to apply for enforcement, so the words say it plainly.
MESSAGE_KINDS: dict[str, tuple[str, str]] = {
    "demand": ("demand for payment", "催款"),
    "reminder": ("reminder to pay", "提醒付款"),
    "admission": ("admitted owing", "承认欠款"),
    "payment_proposal": ("offered a payment plan", "提出付款方案"),
    "refusal": ("refused to pay", "拒绝付款"),
    "address_update": ("new address or contact", "地址或联系方式变更"),
    "other": ("other", "其他"),
}

PAYERS: dict[str, tuple[str, str]] = {
    "obligor": ("obligor", "义务人"),
    "relative": ("relative", "亲属"),
    "other": ("other", "其他人"),
    "obligee": ("obligee", "权利人"),
}

PAYMENT_KINDS: dict[str, tuple[str, str]] = {
    "performance": ("support payment", "履行抚养费"),
    "gift": ("gift", "赠与"),
    "loan": ("loan", "借款"),
    "unknown": ("unclear — to check", "性质不明（待确认）"),
    "refund": ("refund", "退款"),
    "reversal": ("reversal", "冲回"),
}

# How often support falls due (an obligation's `frequency`), as a phrase.
FREQUENCIES: dict[str, tuple[str, str]] = {
    "monthly": ("per month", "每月"),
    "quarterly": ("per quarter", "每季度"),
    "yearly": ("per year", "每年"),
    "once": ("once", "一次性"),
}

# The case file's interest regimes (`interest.regime`).
INTEREST_REGIMES: dict[str, tuple[str, str]] = {
    "none": ("no interest", "不计利息"),
    "cn-delayed-performance": ("PRC double interest for delayed performance",
                               "加倍支付迟延履行期间的债务利息"),
    "us-ca-legal": ("California legal rate, 10 % simple a year", "加州法定利率（年10%单利）"),
    "custom": ("a rate of the case's own", "本案自定利率"),
}

# How sure a recorded fact is (the case file's `status`).
STATUSES: dict[str, tuple[str, str]] = {
    "proven": ("proven", "已证明"),
    "assumed": ("assumed", "待核实"),
    "disputed": ("disputed", "有争议"),
}


# Names of case facts (those intake reads and those the demo and users commonly record).
FACTS: dict[str, tuple[str, str]] = {
    "doc_type": ("document type", "文书类型"),
    "court": ("court", "法院"),
    "case_number": ("case number", "案号"),
    "party.plaintiff": ("plaintiff", "原告"),
    "party.defendant": ("defendant", "被告"),
    "party.applicant": ("applicant", "申请人"),
    "party.respondent": ("respondent", "被申请人（答辩人）"),
    "party.petitioner": ("petitioner", "呈请人"),
    "party.enforcement_applicant": ("applicant for enforcement", "申请执行人"),
    "party.enforcement_respondent": ("party against whom enforcement is sought", "被执行人"),
    "party.obligee": ("obligee (receives support)", "权利人"),
    "party.obligor": ("obligor (pays support)", "义务人"),
    "party.husband": ("husband", "男方"),
    "party.wife": ("wife", "女方"),
    "party.party_a": ("party A", "甲方"),
    "party.party_b": ("party B", "乙方"),
    "obligor": ("paying parent", "付款方（义务人）"),
    "obligee": ("receiving parent", "收款方（权利人）"),
    "child.name": ("child", "子女"),
    "child.birth_date": ("child's birth date", "子女出生日期"),
    "support.amount": ("support amount", "抚养费金额"),
    "support.currency": ("currency", "币种"),
    "support.period": ("how often", "支付周期"),
    "support.due_day": ("due day", "付款日"),
    "support.start_date": ("support starts", "起付时间"),
    "support.end_condition": ("support ends", "止付条件"),
    "support.split_installments": ("paid in instalments", "分期支付"),
    "arrears_claimed": ("arrears claimed", "主张欠款"),
    "arrears_currency": ("arrears currency", "欠款币种"),
    "document_date": ("date of the document", "文书日期"),
    "effective_date": ("date it took effect", "生效日期"),
    "service_date": ("date served", "送达日期"),
    "appeal_period_days": ("appeal period (days)", "上诉期（日）"),
    "appeal_period_no_domicile_days": ("appeal period, no domicile in the PRC (days)", "境内无住所当事人上诉期（日）"),
    "time_limit_days": ("time limit (days)", "期限（日）"),
    "judgment_effective_date": ("date the judgment took effect", "判决生效日期"),
    "support_amount": ("support amount", "抚养费金额"),
    "obligor_employer": ("paying parent's employer", "义务人工作单位"),
    "obligor_address": ("paying parent's address", "义务人住址"),
    "notary_office": ("notary office", "公证机构"),
    "agency": ("agency", "机构"),
    "adjustment": ("adjustment clause", "调整条款"),
    "expense_share": ("share of expenses", "费用分担"),
    "support.per_child": ("support per child", "每名子女的抚养费"),
}
# A numeric date intake could not read for sure (01/06/2023: day or month first?) is kept as
# `<fact>.unclear` with the date as written.
FACTS.update({f"{name}.unclear": (f"{en} (day or month first? check)", f"{zh}（日、月顺序不明，请核对）")
              for name, (en, zh) in list(FACTS.items())
              if name.endswith(("date", "_date")) or name == "child.birth_date"})


def doc_type_word(kind: str, lang: str) -> str:
    return _word(DOC_TYPES, kind, lang)


def expense_word(category: str, lang: str) -> str:
    return _word(EXPENSE_CATEGORIES, category, lang)


def asset_word(kind: str, lang: str) -> str:
    return _word(ASSET_KINDS, kind, lang)


def fact_word(name: str, lang: str) -> str:
    return _word(FACTS, name, lang)


def status_word(status: str, lang: str) -> str:
    return _word(STATUSES, status, lang)


def frequency_word(frequency: str, lang: str) -> str:
    return _word(FREQUENCIES, frequency, lang)


def regime_word(regime: str, lang: str) -> str:
    return _word(INTEREST_REGIMES, regime, lang)


def location_word(kind: str, lang: str) -> str:
    return _word(LOCATION_KINDS, kind, lang)


def channel_word(channel: str, lang: str) -> str:
    return _word(CHANNELS, channel, lang)


def message_word(kind: str, lang: str) -> str:
    return _word(MESSAGE_KINDS, kind, lang)


def payer_word(payer: str, lang: str) -> str:
    return _word(PAYERS, payer, lang)


def payment_kind_word(kind: str, lang: str) -> str:
    return _word(PAYMENT_KINDS, kind, lang)


def clauses(parts: Iterable[str], lang: str) -> str:
    """Clauses of one sentence, joined the way the reader's language joins them."""
    return ("；" if lang == "zh" else "; ").join(parts)


def _word(words: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    found = words.get(key)
    if found is None:
        return key
    return found[1] if lang == "zh" else found[0]


# "payment #3" / "expense #2": an entry without an id, named by its place in the case file.
_POSITIONAL = re.compile(r"(payment|expense) #(\d+)")
_POSITIONAL_ZH = {"payment": "第{n}笔付款", "expense": "第{n}项费用"}


def ref_zh(ref: str) -> str:
    """A statement reference as a Chinese sentence names it; an entry's own id is kept."""
    return _POSITIONAL.sub(lambda m: _POSITIONAL_ZH[m[1]].format(n=m[2]), ref)
