"""The web app's words in English and Simplified Chinese."""

from __future__ import annotations

from supportcase.law.deadlines import STATUS_WORDS

TEXT: dict[str, dict[str, str]] = {
    "en": {
        "app": "supportcase", "tagline": "Child-support case files, ready for enforcement",
        "login": "Log in", "email": "E-mail", "password": "Password", "logout": "Log out",
        "bad_login": "E-mail or password is not right.", "cases": "Your cases",
        "no_cases": "No cases yet.", "title": "Title", "order": "Order made in",
        "payments": "Payments", "documents": "Documents", "updated": "Updated",
        "no_case": "No such case, or you are not a member of it.", "parties": "Parties",
        "obligee": "Receiving parent (obligee)", "obligor": "Paying parent (obligor)",
        "children": "Children", "born": "born", "obligations": "What the order makes due",
        "per": "per", "from": "from", "basis": "Legal basis", "date": "Date",
        "amount": "Amount", "payer": "Payer", "kind": "Kind", "asset_clues": "Asset clues",
        "obtained": "How obtained", "other_lang": "中文", "other_lang_code": "zh",
        "not_advice": "Information to prepare your file, not legal advice.",
        "arrears": "Arrears", "as_of": "as of", "total_due": "Total due",
        "total_paid": "Paid (counted)", "principal_outstanding": "Unpaid support",
        "interest_outstanding": "Interest", "total_outstanding": "Total outstanding",
        "download": "Download", "questions": "Questions to resolve",
        "excluded": "Not counted, and why",
        "deadlines": "Deadlines", "due": "Last day", "status": "Status",
        "routes": "Enforcement routes", "authority": "Where to go", "drafts": "Drafts",
        "filing_copy": "filing copy", "translation": "translation",
        "separate": "Separate matters (not money enforcement)",
        "next_deadline": "Next deadline",
        "rests_on_assumptions": "the figure rests on facts still to check (see the case page).",
    },
    "zh": {
        "app": "supportcase", "tagline": "抚养费案件材料，整理到可申请执行",
        "login": "登录", "email": "电子邮箱", "password": "密码", "logout": "退出",
        "bad_login": "邮箱或密码不正确。", "cases": "我的案件", "no_cases": "还没有案件。",
        "title": "案件名称", "order": "裁判作出地", "payments": "付款记录", "documents": "文件",
        "updated": "更新时间", "no_case": "没有这个案件，或您不是该案件的成员。",
        "parties": "当事人", "obligee": "收款方（权利人）", "obligor": "付款方（义务人）",
        "children": "子女", "born": "出生", "obligations": "法律文书确定的给付义务",
        "per": "每", "from": "自", "basis": "依据", "date": "日期", "amount": "金额",
        "payer": "付款人", "kind": "性质", "asset_clues": "财产线索", "obtained": "取得方式",
        "other_lang": "English", "other_lang_code": "en",
        "not_advice": "本工具帮助整理材料，不构成法律意见。",
        "arrears": "欠款", "as_of": "截至", "total_due": "应付总额", "total_paid": "已付（计入）",
        "principal_outstanding": "未付抚养费", "interest_outstanding": "迟延履行利息",
        "total_outstanding": "欠款合计", "download": "下载", "questions": "待确认的问题",
        "excluded": "未计入的款项及原因",
        "deadlines": "期限", "due": "截止日", "status": "状态", "routes": "执行途径",
        "authority": "向哪里申请", "drafts": "文书草稿", "filing_copy": "提交版",
        "translation": "译本", "separate": "另案处理的事项（不属于金钱执行）",
        "next_deadline": "下一个期限", "rests_on_assumptions": "该数额依据尚待核实的事实（详见案件页面）。",
    },
}


# Words for the case file's enumerated values (frequency, basis type, payer, payment kind).
TERMS: dict[str, dict[str, str]] = {
    "en": {
        "monthly": "month", "quarterly": "quarter", "yearly": "year", "once": "once",
        "judgment": "judgment", "mediation_statement": "mediation statement",
        "ruling": "ruling", "notarized_agreement": "notarised agreement",
        "divorce_agreement": "divorce agreement", "private_agreement": "private agreement",
        "foreign_order": "foreign order", "us_order": "US order", "hk_order": "Hong Kong order",
        "obligor": "obligor", "relative": "relative", "other": "other", "obligee": "obligee",
        "performance": "support payment", "gift": "gift", "loan": "loan",
        "unknown": "unclear — to check", "refund": "refund", "reversal": "reversal",
    },
    "zh": {
        "monthly": "月", "quarterly": "季度", "yearly": "年", "once": "一次性",
        "judgment": "判决书", "mediation_statement": "调解书", "ruling": "裁定书",
        "notarized_agreement": "公证债权文书", "divorce_agreement": "离婚协议",
        "private_agreement": "私下协议", "foreign_order": "外国裁判", "us_order": "美国法院命令",
        "hk_order": "香港法院命令", "obligor": "义务人", "relative": "亲属", "other": "其他人",
        "obligee": "权利人", "performance": "履行抚养费", "gift": "赠与", "loan": "借款",
        "unknown": "性质不明（待确认）", "refund": "退款", "reversal": "冲回",
    },
}

# Deadline statuses come from the law package, so the web and the checklist say the same.
for _status, (_en, _zh) in STATUS_WORDS.items():
    TERMS["en"][_status] = _en
    TERMS["zh"][_status] = _zh
