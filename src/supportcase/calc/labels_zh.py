"""Simplified-Chinese names for the calculation steps, so a parent can read every line.

Keyed by `Step.key`; keys with a parent, child or category in them are matched by prefix.
The English label stays the reference; these say the same thing in plain Chinese.
"""

from __future__ import annotations

FIXED: dict[str, str] = {
    "TN": "TN：双方每月可支配净收入合计",
    "HN": "HN：高收入方每月可支配净收入",
    "high_earner": "高收入方",
    "H%": "H%：高收入方照管子女的时间比例（百分比）",
    "default_timeshare": "缺席程序中的照管时间比例",
    "k_table": "适用的K系数表",
    "band": "TN所在的收入档",
    "F": "F(TN)：该档的分数",
    "T": "时间系数T",
    "K": "K = T × F(TN)",
    "CS_one_child": "一名子女的抚养费 CS = K[HN − (H%)(TN)]",
    "multiplier": "子女人数乘数",
    "CS_total": "全部子女的指引抚养费（带正负号）",
    "payer": "支付方",
    "monthly_support": "每月指引抚养费（已四舍五入到分）",
    "minimum_wage": "州最低时薪",
    "LIA_threshold": "低收入调整门槛",
    "LIA": "低收入调整",
    "LIA_max_reduction": "允许的最大减少额",
    "LIA_range": "允许的幅度（第4055(c)条）",
    "allocation": "在子女之间的分配",
    "add_on_share_A": "A方分担附加费用的比例",
    "monthly_income": "义务人每月总收入",
    "annual_income": "义务人年收入",
    "ratio": "参考比例",
    "monthly_range": "每月参考幅度",
    "base_range": "对照：一名子女的参考幅度",
}

DEDUCTIONS_ZH: dict[str, str] = {
    "income_tax": "所得税",
    "fica": "FICA社保税",
    "retirement_union": "强制退休金及工会会费",
    "health_insurance": "医疗保险费",
    "other_support": "为他人支付的抚养费",
    "job_expenses": "工作相关费用",
    "hardship": "困难扣除",
}

ADD_ONS_ZH: dict[str, str] = {
    "childcare": "托育费用",
    "uninsured_health": "医保外医疗费用",
    "education_special_needs": "教育或特殊需要费用",
    "travel": "探视交通费用",
}


def zh_label(key: str) -> str | None:
    """The Chinese name of a step, or None when there is none."""
    if key in FIXED:
        return FIXED[key]
    head, _, rest = key.partition("_")
    if head == "net" and rest in {"A", "B"}:
        return f"{rest}方每月可支配净收入"
    if head == "gross" and rest in {"A", "B"}:
        return f"{rest}方每月总收入（输入值）"
    if head == "deduction":
        parent, _, kind = rest.partition("_")
        return f"{parent}方减：{DEDUCTIONS_ZH.get(kind, kind)}（第4059条）"
    if head == "child" and rest.isdigit():
        return f"第{rest}名子女（按年龄从小到大）"
    if key.startswith("add_on_"):
        name = key.removeprefix("add_on_")
        return f"附加费用：{ADD_ONS_ZH.get(name, name)}"
    return None
