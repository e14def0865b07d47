"""The statement's vocabulary in English and Simplified Chinese, shared by every renderer."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Arrears statement", "欠付抚养费明细"),
    "case": ("Case", "案件"),
    "as_of": ("As of", "计算截止日"),
    "period": ("Period", "期间"),
    "due_date": ("Due date", "应付日"),
    "amount_due": ("Amount due", "应付金额"),
    "currency": ("Currency", "币种"),
    "payments": ("Payments applied", "冲抵付款"),
    "paid": ("Paid", "已付"),
    "shortfall": ("Unpaid", "未付"),
    "days_late": ("Days late", "迟延天数"),
    "interest": ("Interest", "利息"),
    "interest_paid": ("Interest paid", "已付利息"),
    "status": ("Status", "状态"),
    "total": ("Total", "合计"),
    "total_due": ("Total due", "应付合计"),
    "total_paid": ("Total paid", "已付合计"),
    "principal_outstanding": ("Principal outstanding", "未付本金"),
    "interest_outstanding": ("Interest outstanding", "未付利息"),
    "total_outstanding": ("Total outstanding", "欠款总额"),
    "credit": ("Credit (paid in advance)", "预付余额"),
    "if_unknown": ("If the payments of unknown kind were counted, total outstanding",
                   "如计入性质不明的付款，欠款总额为"),
    "problems": ("Problems to fix", "需要更正的问题"),
    "questions": ("Questions to resolve", "待确认的问题"),
    "excluded": ("Not counted, and why", "未计入的项目及原因"),
    "assumptions": ("Figures resting on assumptions", "依据假定事实的数字"),
    "rules": ("Rules applied", "适用的规则"),
    "rule_id": ("Rule", "规则"),
    "rule_title": ("Title", "名称"),
    "citations": ("Citations", "出处"),
    "parameters": ("Parameters", "参数"),
    "reconciliation": ("Other statements checked", "与其他计算结果的核对"),
    "ledger": ("ledger", "本明细"),
    "asserted": ("Stated", "对方金额"),
    "difference": ("Difference", "差额"),
    "matches": ("matches", "一致"),
    "differs": ("differs", "不一致"),
    "rate": ("rate", "汇率"),
    "source": ("Source", "来源"),
    "page": ("Page", "第"),
    "page_of": ("Page {n} of {total}", "第 {n} 页 / 共 {total} 页"),
    "paid_on_time_hidden": ("{n} installment(s) paid on time are not listed here "
                            "(see --json / --csv).",
                            "按时付清的 {n} 期未在此列出（见 --json / --csv）。"),
    "by_currency": ("Totals by currency", "分币种合计"),
    "converted": ("converted at", "折算汇率"),
    "unpaid": ("unpaid", "未付"),
    "partly_paid": ("partly paid", "部分支付"),
    "paid_late": ("paid late", "迟延支付"),
    "paid_status": ("paid", "已付清"),
    "interest_rule": ("Interest", "利息规则"),
    "allocation": ("Allocation of payments", "冲抵顺序"),
    "disclaimer": ("Computed by supportcase from the case file; every figure can be checked "
                   "by hand from the rows and the rules cited. Not legal advice.",
                   "本明细由 supportcase 依据案卷计算，每个数字均可根据所列明细和所引规则手工核对。"
                   "不构成法律意见。"),
    "arithmetic": ("interest arithmetic", "利息算式"),
    "payments_counted": ("Payments counted", "计入的付款"),
    "date": ("Date", "日期"),
    "payer": ("Payer", "付款人"),
    "amount": ("Amount", "金额"),
    "counted_as": ("Counted as", "折算后计入"),
    "proof": ("Proof", "凭证"),
    "payer.obligor": ("obligor", "义务人"),
    "payer.relative": ("relative", "亲属"),
    "payer.other": ("someone else", "他人"),
    "payer.obligee": ("obligee", "权利人"),
    "not_computed": ("days before the rule (not computed)", "规则施行前天数（未计算）"),
    "previous_day": ("no rate for {day}: the previous available day's", "{day} 无汇率，采用前一可用日汇率"),
    "caveat": ("Caveat", "注意"),
    "bucket.principal": ("principal", "本金"),
    "bucket.interest": ("interest", "利息"),
    "days": ("d", "天"),
    "before_rule": ("before the rule: not computed", "规则施行前：不计算"),
}

STATUS = {"paid": "paid_status", "paid_late": "paid_late", "partly_paid": "partly_paid",
          "unpaid": "unpaid"}


def label(key: str, lang: str) -> str:
    en, zh = LABELS[key]
    return zh if lang == "zh" else en


def both(key: str) -> str:
    """'English / 中文' for bilingual documents."""
    en, zh = LABELS[key]
    return f"{en} / {zh}"
