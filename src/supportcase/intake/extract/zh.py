"""Facts from Chinese legal documents: judgments, mediation statements, rulings,
enforcement notices, divorce agreements, notarised instruments, letters.

Patterns run on the matching form (NFKC + Simplified), so full-width digits, （）and
Traditional characters need no patterns of their own. The support terms are read from the
operative part (判决如下 / 达成如下协议 / 协议如下) when there is one, because the claims
recited earlier (原告诉称……要求被告每月支付抚养费3000元) are not what was ordered.
"""

from __future__ import annotations

import re
from dataclasses import replace

from supportcase.intake.extract.facts import ExtractedFact, PageView, finditer, first
from supportcase.intake.extract.numbers import (
    DATE_ZH,
    MONEY_ZH,
    cn_number,
    date_zh,
    decimal_text,
    iso,
    money_zh,
)

# Title words → document type; the earliest one in the heading wins.
DOC_TYPES = [
    ("执行裁定书", "enforcement_ruling"), ("执行通知书", "enforcement_notice"),
    ("调解书", "mediation_statement"), ("判决书", "judgment"), ("裁定书", "ruling"),
    ("离婚协议", "divorce_agreement"), ("公证书", "notarized_instrument"),
    ("债权文书", "notarized_instrument"), ("传票", "court_notice"),
    ("应诉通知书", "court_notice"), ("通知书", "court_notice"), ("抚养协议", "private_agreement"),
    ("协议书", "private_agreement"), ("律师函", "letter"), ("协议", "private_agreement"),
]
ROLES = {
    "申请执行人": "enforcement_applicant", "被执行人": "enforcement_respondent",
    "被申请人": "respondent", "申请人": "applicant", "被上诉人": "appellee",
    "上诉人": "appellant", "原告": "plaintiff", "被告": "defendant", "男方": "husband",
    "女方": "wife", "甲方": "party_a", "乙方": "party_b",
    # Hong Kong's matrimonial titles; who pays is read from the order, not from these
    "呈请人": "petitioner", "答辩人": "respondent",
}
_ROLE_ALT = "|".join(sorted(ROLES, key=len, reverse=True))
NAME = r"[\u4e00-\u9fff·]{2,5}?|[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*){0,3}"
PARTY = re.compile(
    rf"(?m)^[ \t]*(?P<role>{_ROLE_ALT})(?:\((?:{_ROLE_ALT}|[^)]{{0,12}})\))?(?:姓名)?[ \t]*[:]?[ \t]*"
    rf"(?P<name>{NAME})(?=[,、。;(\s]|$)")
PARTY_INLINE = re.compile(
    rf"(?m)(?:^[ \t]*[\u4e00-\u9fff]{{2,6}}:[ \t]*|,[ \t]*)(?P<role>{_ROLE_ALT})[ \t]*:[ \t]*"
    rf"(?P<name>{NAME})(?=[,、。;(\s]|$)")
COURT = re.compile(r"(?m)^[ \t]*(?P<court>[\u4e00-\u9fff]{2,30}?(?:人民法院|法院|法庭))[ \t]*$")
COURT_ANY = re.compile(r"(?P<court>(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|特别行政区))"
                       r"[\u4e00-\u9fff]{0,16}?(?:人民法院|区域法院|高等法院|法院))")
NOTARY = re.compile(r"(?P<office>[\u4e00-\u9fff]{2,20}?公证处)")
CASE_NUMBER = re.compile(
    r"[(\[〔【]\s*(?:19|20)\d{2}\s*[)\]〕】]\s*[\u4e00-\u9fff\d]{1,20}?第?\s*\d+\s*号")
OPERATIVE = re.compile(r"判决如下|裁定如下|达成如下协议|协议如下|约定如下|达成以下协议|"
                       r"达成协议如下|决定如下|作出如下|协商一致")
SUPPORT_CLAUSE = re.compile(r"[^。;\n]*?(?:抚养费|扶养费|抚育费|生活费|教育费|赡养费)[^。;\n]*")
# 生活费/教育费 is child support only when the clause is about a child
CHILD_CONTEXT = re.compile(r"抚养费|扶养费|抚育费|子女|孩子|儿子|女儿|婚生|抚养")
# a changed sum: 由1000元增加至2200元 / 由每月1000元增至1500元 — the new sum is the support. A
# change without the old sum before it (2000元，自2023年1月起调整为3000元) is a step in the term.
RAISED_TO = re.compile(r"由\s*[^,。;]{0,12}?[元圆]\s*(?:增加|提高|变更|调整|降低|减少|上调|下调|增|提|调|降|减)"
                       r"(?:至|为|到)")
# 赡养费 is support for a parent on the Mainland; Hong Kong writes it for maintenance of a
# spouse or a child. It is child support only when written as the child's (子女赡养费, 婚生女
# 李诗琪的赡养费), not "原告及子女" together.
_KID = r"(?:未成年子女|子女|孩子|儿子|女儿|婚生子|婚生女|长子|长女|次子|次女)"
CHILD_MAINTENANCE = re.compile(rf"(?<![及和与、同作]){_KID}(?:[\u4e00-\u9fff·]{{2,4}}(?:的|之)|的|之)?\s*"
                               rf"(?:每月)?\s*赡养费|(?<!作)为(?:两名|二名|一名)?{_KID}[^,。;]{{0,6}}?赡养费")
# the child a sum is for, when a clause gives each child a sum of its own
CHILD_SHARE = re.compile(r"婚生子女|婚生子|婚生女|非婚生子|非婚生女|长子|长女|次子|次女|儿子|女儿")
# 每个孩子每月1000元 / 每名子女每月… / 两个孩子每人每月…: the sum is one child's
EACH_CHILD = re.compile(r"每(?:个|名|位)?(?:未成年子女|婚生子女|孩子|子女|小孩|儿女)|"
                        r"(?:孩子|子女|小孩)[^,。;]{0,4}?每人")
# how many children the paper says there are: 两个孩子, 二名子女, 一子一女
CHILD_COUNT = re.compile(r"(?P<n>[两二三四五2-5])\s*(?:个|名|位)\s*(?:未成年)?(?:子女|孩子|小孩|婚生子女)|"
                         r"一子一女|一女一子|一儿一女")
# 共计5000元: the sum written after it is the total of those before
TOTAL = re.compile(r"(?:共计|合计|总计|共|总额为?|总金额为?)\s*(?:人民币|港币|美元)?\s*$")
# the money moving: paid (支付/给付/付给), borne (负担), or sent to an account (汇至/转入/打入)
PAY_VERB = re.compile(r"支付|给付|付给|负担|承担|交付|交纳|汇给|转给|转账|汇至|汇入|汇到|转入|转至|打入|"
                      r"打到|存入|给(?=[\u4e00-\u9fff]{1,6}?\d)")
PERIOD = re.compile(r"每月|每个月|按月|元/月|/月|每季度|每季|每年|按年|/年|一次性")
PERIODS = {"每月": "monthly", "每个月": "monthly", "按月": "monthly", "元/月": "monthly",
           "/月": "monthly", "每季度": "quarterly", "每季": "quarterly", "每年": "yearly",
           "按年": "yearly", "/年": "yearly", "一次性": "once"}
# 每月10日前, 每个月的10号之前, 每月底前 / 每月月末 (the last day of the month)
DUE_DAY = re.compile(r"(?:每月|每个月)(?:的)?\s*(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]\s*"
                     r"(?:前|之前|以前)?"
                     r"|(?:每月|每个月)(?:的)?(?P<last>月底|最后一日|最后一天|月末|底|末)")
# A written date: 2021年7月15日, 二〇二一年七月, 民國112年1月 (Taiwan)
_YEAR = r"(?:(?:19|20)\d{2}|[〇零一二三四五六七八九○]{4}|民国\s*(?:\d{2,3}|[〇零一二三四五六七八九十百○]{2,5}))"
_MONTH = r"\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
_DAY = r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
YM = _YEAR + _MONTH + f"(?:{_DAY})?"
# 自2021年7月起 / 从2023年9月开始 / 自2019年8月至2033年6月止 (a "from … to" phrase starts there)
START = re.compile(rf"(?:自|从|于)\s*(?P<date>{YM})\s*(?:起|开始)"
                   rf"|(?:自|从)\s*(?P<date2>{YM})\s*(?:至|到)\s*{_YEAR}\s*年")
END_AGE = re.compile(r"(?:至|到)[^。;,]{0,20}?(?:年满|满)?\s*(?P<age>\d{1,2}|十八|十六|二十|二十二)\s*周?岁")
# 至子女成年: an adult is one aged eighteen (民法典 第十七条)
END_ADULT = re.compile(r"(?:至|到)[^。;,]{0,20}?成年")
END_EDU = re.compile(r"至[^。;,]{0,20}?(?:独立生活|大学毕业|高中毕业|完成学业)")
END_DATE = re.compile(rf"至\s*(?P<date>{YM})\s*止")
CHILD = re.compile(
    rf"(?:婚生子女|婚生子|婚生女|非婚生子|非婚生女|之子|之女|儿子|女儿|长子|长女|次子|次女|子女|孩子|"
    rf"生育一子|生育一女|育有一子|育有一女|生育)\s*[:]?\s*(?P<name>{NAME})\s*[,(]\s*"
    rf"(?:[男女]\s*[,]\s*)?(?:于|生于)?\s*(?P<date>(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"
    rf"\s*(?:出生|生)")
# amounts owed may be written with 万 (累计拖欠抚养费12万元)
ARREARS_PLAIN = re.compile(r"(?:已经欠了|欠了|已欠|一共欠了?|共欠了?)\s*(?P<money>(?:人民币)?\s*[\d,.]+\s*万?元|"
                           r"[零一二两三四五六七八九十百千万]+元)")
ARREARS = re.compile(r"(?:拖欠|欠付|尚欠|所欠|累计欠|共欠|欠缴|未支付)[^。;\n]{0,30}?(?:抚养费|扶养费)[^。;\n]{0,12}?"
                     r"(?:共计|合计|计|共)?\s*(?P<money>(?:人民币|美元|港币)?\s*[\d,.]+\s*万?元|"
                     r"(?:人民币)?[零一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]+元)")
SHARE = re.compile(r"(?P<what>(?:教育|医疗|学费|医疗费|教育费|大病)[^。;\n]{0,30}?)"
                   r"(?:各(?:自)?(?:负担|承担)\s*(?P<each>50%|一半|百分之五十|二分之一)|"
                   r"(?:由|的)\s*(?P<who>原告|被告|男方|女方|甲方|乙方)\s*(?:负担|承担)\s*"
                   r"(?P<pct>\d{1,3}%|百分之[一二三四五六七八九十]+))")
ADJUST = re.compile(r"每(?:年|两年|三年)[^。;\n]{0,12}?(?:递增|增加|上调|调整)[^。;\n]{0,20}")
APPEAL = re.compile(r"(?:送达之日起|送达后)\s*(?P<days>\d{1,2}|十五|三十|十|六十)\s*日内[^。]{0,40}?上诉")
# 2024年4月8日送达 / a 传票's or 送达回证's line "送达日期：2024年4月8日" (送达时间, 签收日期)
SERVICE = re.compile(r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:送达|签收)"
                     r"|(?:送达|签收)(?:日期|时间)[ \t]*:?[ \t]*"
                     r"(?P<date2>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
EFFECTIVE = re.compile(r"(?:于|已于)\s*(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
                       r"(?:发生法律效力|生效)|生效日期\s*[:]?\s*(?P<date2>(?:19|20)\d{2}\s*年"
                       r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
DATE_LINE = re.compile(r"(?m)^[ \t]*(?:签订日期|日期|签署日期|落款日期)?[ \t]*[:]?[ \t]*"
                       r"(?P<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|"
                       r"[〇零一二三四五六七八九○]{4}\s*年[一二三四五六七八九十]{1,2}月"
                       r"[一二三四五六七八九十]{1,3}日)[ \t]*$")


def _one_date(text: str) -> str | None:
    match = DATE_ZH.search(text)
    if not match:
        return None
    value = date_zh(match)
    return iso(value) if value is not None else None


def doc_type(views: list[PageView]) -> ExtractedFact | None:
    head = views[0]
    window = head.text[:300]
    if re.search(r"(?m)^(?:From|发件人):", head.text[:500]) and \
            re.search(r"(?m)^(?:Subject|主题):", head.text[:800]):
        start = head.text.find(":")
        return head.fact("doc_type", "email", 0, max(start, 1))
    best: tuple[int, int, str] | None = None
    for word, kind in DOC_TYPES:
        # titles are often letter-spaced: 民 事 判 决 书
        found = re.search(r"[ \t\u3000]*".join(word), window)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), found.end(), kind)
    if best is None:
        return None
    # the earliest title word wins: a notarised divorce agreement headed 公证书 is a
    # notarised instrument; a judgment that mentions an earlier 调解书 is still a judgment
    return head.fact("doc_type", best[2], best[0], best[1])


def extract_zh(views: list[PageView]) -> list[ExtractedFact]:
    facts: list[ExtractedFact] = []
    kind = doc_type(views)
    if kind:
        facts.append(kind)
    head = views[0]
    court = COURT.search(head.text[:600]) or COURT_ANY.search(head.text[:600])
    if court:
        facts.append(head.fact("court", court.group("court").strip(), *court.span("court")))
    elif (notary := NOTARY.search(head.text[:600])):
        facts.append(head.fact("notary_office", notary.group("office"), *notary.span("office")))
    number = first(CASE_NUMBER, views[:1]) or first(CASE_NUMBER, views)
    if number:
        view, match = number
        fact = view.fact("case_number", "", *match.span())
        facts.append(replace(fact, value=re.sub(r"\s+", "", fact.quote)))

    lines = views
    views = [v.flowing() for v in views]
    role_names: dict[str, str] = {}  # role word → name (the first party in that role)
    others: list[str] = []  # further parties in a role already taken (two 申请人)
    for view, match in [*finditer(PARTY, lines), *finditer(PARTY_INLINE, lines)]:
        role, name = match.group("role"), match.group("name").strip()
        if name in ROLES or name in role_names.values() or name in others:
            continue
        if role in role_names:
            others.append(name)  # a second 申请人: a party, but not the one the role word means
        else:
            role_names[role] = name
        facts.append(view.fact(f"party.{ROLES[role]}", name, *match.span("name")))
    facts += _support(views, role_names, others, _children_count(views))
    for view, match in finditer(CHILD, views):
        facts.append(view.fact("child.name", match.group("name"), *match.span("name")))
        born = _one_date(match.group("date"))
        if born:
            facts.append(view.fact("child.birth_date", born, *match.span("date")))
    for view, match in finditer(APPEAL, views):
        days = cn_number(match.group("days"))
        if days is not None:
            context = view.text[max(0, match.start() - 40):match.start()]
            name = ("appeal_period_no_domicile_days" if "没有住所" in context
                    else "appeal_period_days")
            if not any(f.name == name for f in facts):
                facts.append(view.fact(name, str(int(days)), *match.span()))
    if (hit := first(SERVICE, views)):
        view, match = hit
        group = "date" if match.group("date") else "date2"
        value = _one_date(match.group(group))
        if value:
            facts.append(view.fact("service_date", value, *match.span(group)))
    if (hit := first(EFFECTIVE, views)):
        view, match = hit
        group = "date" if match.group("date") else "date2"
        value = _one_date(match.group(group))
        if value:
            facts.append(view.fact("effective_date", value, *match.span(group)))
    dated = list(finditer(DATE_LINE, lines))
    if dated:
        view, match = dated[-1]
        value = _one_date(match.group("date"))
        if value:
            facts.append(view.fact("document_date", value, *match.span("date")))
    return _as_written(facts)


def _as_written(facts: list[ExtractedFact]) -> list[ExtractedFact]:
    """Names as the document writes them (黃志偉, not the matching form 黄志伟)."""
    written = {f.value: f.quote for f in facts
               if f.name.startswith("party.") or f.name == "child.name"}
    return [replace(f, value=written.get(f.value, f.value))
            if f.name in ("obligor", "obligee") or (f.name.startswith(("party.", "child.name"))
            and f.quote) else f for f in facts]


def _operative_views(views: list[PageView]) -> list[tuple[PageView, int]]:
    """(page, offset to start searching from): after the operative words if present."""
    for index, view in enumerate(views):
        match = OPERATIVE.search(view.text)
        if match:
            return [(view, match.end()), *((v, 0) for v in views[index + 1:])]
    return [(v, 0) for v in views]


def _children_count(views: list[PageView]) -> int | None:
    """How many children the paper names (婚生子王小明，2015年3月1日出生) or counts (两个孩子);
    None when it does neither (one child named is no count), or when they disagree."""
    counts = {int(cn_number(n) or 0) if (n := m.group("n")) else 2
              for _, m in finditer(CHILD_COUNT, views)}
    named = {m.group("name") for _, m in finditer(CHILD, views)}
    counts |= {len(named)} if len(named) > 1 else set()
    return next(iter(counts)) if len(counts) == 1 else None


def _support(views: list[PageView], role_names: dict[str, str],
             others: list[str], children: int | None) -> list[ExtractedFact]:
    facts: list[ExtractedFact] = []
    mentions = sorted({*role_names, *role_names.values(), *others}, key=len, reverse=True)
    mention_re = re.compile("|".join(map(re.escape, mentions))) if mentions else None
    for view, offset in _operative_views(views):
        for clause in SUPPORT_CLAUSE.finditer(view.text, offset):
            text = clause.group(0)
            base = clause.start()
            if not CHILD_CONTEXT.search(text):
                continue
            if not re.search(r"抚养费|扶养费|抚育费|生活费|教育费", text) and \
                    not CHILD_MAINTENANCE.search(text):
                continue
            verb = PAY_VERB.search(text)
            raised = RAISED_TO.search(text)
            amounts = [m for m in MONEY_ZH.finditer(text, raised.end() if raised else 0)
                       if money_zh(m)]
            money = amounts[0] if amounts else None
            if verb is None or money is None:
                continue
            if ARREARS.search(text) and not PERIOD.search(text):
                continue
            parsed = money_zh(money)
            assert parsed is not None
            amount, currency = parsed
            # two different sums in the clause — one per child (长子2000元、次女1500元) or a
            # step (2000元，自2023年1月起增至3000元): no one of them is the support, and a
            # start written after the first sum may be the step's, not the support's
            several = len({parsed_sum[0] for m in amounts
                           if (parsed_sum := money_zh(m)) is not None}) > 1 or \
                _per_child(text, amounts)
            amount_at = (money.start("num"), money.end())
            each = EACH_CHILD.search(text, 0, money.start())
            if several and (total := _total(text, amounts)):
                # 婚生女3000元、婚生子2000元，共计5000元: the written total, quoted with its parts
                money, several, each = total, False, None
                amount, currency = money_zh(total) or parsed
                amount_at = (amounts[0].start("num"), total.end())
            elif several and each and (total := _shares_total(text, amounts, children)):
                # 每个孩子每月1000元，共计2000元: the written total of equal shares
                facts.append(view.fact("support.per_child", decimal_text(amount),
                                       base + each.start(), base + money.end()))
                money, several = total, False
                amount, currency = money_zh(total) or parsed
                amount_at, each = (each.start(), total.end()), None
            if several:
                currency = None
            elif each:
                # one child's sum: the support is it times the children the paper names or
                # counts, quoted with its words (support.per_child); unknown when they are not
                per_at = (base + min(each.start(), money.start("num")), base + money.end())
                facts.append(view.fact("support.per_child", decimal_text(amount), *per_at))
                if children:
                    facts.append(view.fact("support.amount", decimal_text(amount * children),
                                           *per_at, confidence=0.8, inferred=True))
            else:
                facts.append(view.fact("support.amount", decimal_text(amount),
                                       base + amount_at[0], base + amount_at[1]))
            if currency:
                cur_at = money.span("cur") if money.group("cur") else money.span("unit")
                facts.append(view.fact("support.currency", currency, base + cur_at[0],
                                       base + cur_at[1], inferred=not money.group("cur")
                                       and money.group("unit") not in ("元", "美元", "港元")))
            period = PERIOD.search(text)
            if period:
                facts.append(view.fact("support.period", PERIODS[period.group(0)],
                                       base + period.start(), base + period.end()))
            due = DUE_DAY.search(text)
            if due:
                day = "last" if due.group("last") else str(int(cn_number(due.group("day")) or 0))
                if day != "0":
                    facts.append(view.fact("support.due_day", day, base + due.start(),
                                           base + due.end()))
            # the term's start and end may follow in the next sentence ("2. 从2023年9月开始，
            # 到女儿18岁为止。"), never further away; a sentence with a sum of its own
            # ("二、自2025年1月起，抚养费调整为每月2500元。") sets another term, not this one's
            following_end = view.text.find("。", clause.end() + 1)
            following = view.text[clause.end():following_end if following_end > 0
                                  else clause.end() + 80][:80]
            if any(money_zh(m) for m in MONEY_ZH.finditer(following)):
                following = ""
            here = [f for f in _term(view, text, base) if not several
                    or f.name != "support.start_date" or f.span[0] < view.norm.source_span(
                        base + money.start(), base + money.end())[0]]
            found = {f.name for f in here}
            facts += here + [f for f in _term(view, following, clause.end())
                             if f.name not in found]
            if mention_re is not None:
                facts += _payer_payee(view, text, base, verb, mention_re, role_names)
            return facts + _clauses(views)
    return facts + _clauses(views)


def _per_child(text: str, amounts: list[re.Match[str]]) -> bool:
    """Sums each written after a child of its own (婚生女…2000元、婚生子…2000元), even equal."""
    starts = [0, *(m.end() for m in amounts)]
    return sum(bool(CHILD_SHARE.search(text, begin, m.start()))
               for begin, m in zip(starts, amounts, strict=False)) > 1


def _total(text: str, amounts: list[re.Match[str]]) -> re.Match[str] | None:
    """The last sum when written as the total (共计/合计/总计) of the sums before it."""
    *parts, last = amounts
    values = [parsed[0] for m in amounts if (parsed := money_zh(m)) is not None]
    if len(values) != len(amounts) or sum(values[:-1]) != values[-1]:
        return None
    return last if TOTAL.search(text[parts[-1].end():last.start()]) else None


def _shares_total(text: str, amounts: list[re.Match[str]],
                  children: int | None) -> re.Match[str] | None:
    """每个孩子1000元，共计2000元: the total written after one child's share, when it is a
    whole number of shares (and the children's number, if known)."""
    values = [parsed[0] for m in amounts if (parsed := money_zh(m)) is not None]
    if len(amounts) != 2 or len(values) != 2 or not values[0] or values[1] % values[0] \
            or children not in (None, values[1] / values[0]):
        return None
    return amounts[1] if TOTAL.search(text[amounts[0].end():amounts[1].start()]) else None


def _term(view: PageView, text: str, base: int) -> list[ExtractedFact]:
    """Start (自2021年7月起) and end (至子女年满十八周岁止) of the support in `text`."""
    facts: list[ExtractedFact] = []
    start = START.search(text)
    if start:
        group = "date" if start.group("date") else "date2"
        value = _one_date(start.group(group))
        if value:
            facts.append(view.fact("support.start_date", value,
                                   base + start.start(group), base + start.end(group)))
    if (end := END_AGE.search(text)):
        age = cn_number(end.group("age"))
        facts.append(view.fact("support.end_condition", f"age:{int(age or 0)}",
                               base + end.start(), base + end.end()))
    elif (end_edu := END_EDU.search(text)):
        facts.append(view.fact("support.end_condition", "education_end",
                               base + end_edu.start(), base + end_edu.end()))
    elif (adult := END_ADULT.search(text)):
        facts.append(view.fact("support.end_condition", "age:18",
                               base + adult.start(), base + adult.end()))
    elif (end_date := END_DATE.search(text)):
        value = _one_date(end_date.group("date"))
        if value:
            facts.append(view.fact("support.end_condition", f"date:{value}",
                                   base + end_date.start(), base + end_date.end()))
    return facts


def _payer_payee(view: PageView, text: str, base: int, verb: re.Match[str],
                 mention_re: re.Pattern[str], role_names: dict[str, str]) -> list[ExtractedFact]:
    """Who pays whom: the party named before the verb pays; the one after it, or the one
    the money goes to (向/给 X 支付), receives; failing that, the parent the child lives
    with (由 X 抚养, 随 X 生活)."""
    def name_of(word: str) -> str:
        return role_names.get(word, word)

    facts: list[ExtractedFact] = []
    before = list(mention_re.finditer(text, 0, verb.start()))
    to_whom: list[re.Match[str]] = []
    for index, mention in enumerate(before):
        previous = before[index - 1] if index else None
        if any(c in text[max(0, mention.start() - 3):mention.start()] for c in "向给") or (
                previous is not None and previous in to_whom
                and previous.end() == mention.start()):
            to_whom.append(mention)
    payers = [m for m in before if m not in to_whom
              and not _custodian(text, m)]
    payer = payers[-1] if payers else None
    after = list(mention_re.finditer(text, verb.end()))
    payee = to_whom[-1] if to_whom else next(
        (m for m in after if payer is None or name_of(m.group(0)) != name_of(payer.group(0))),
        None)
    if payer:
        facts.append(view.fact("obligor", name_of(payer.group(0)), base + payer.start(),
                               base + payer.end()))
    if payee:
        facts.append(view.fact("obligee", name_of(payee.group(0)), base + payee.start(),
                               base + payee.end()))
        return facts
    custodian = next((m for m in before if _custodian(text, m)), None)
    if custodian:
        facts.append(view.fact("obligee", name_of(custodian.group(0)), base + custodian.start(),
                               base + custodian.end(), confidence=0.85))
    elif payer and len(set(role_names.values())) == 2:
        other = next(n for n in set(role_names.values()) if n != name_of(payer.group(0)))
        facts.append(view.fact("obligee", other, base + payer.start(), base + payer.end(),
                               confidence=0.6, inferred=True))
    return facts


def _custodian(text: str, mention: re.Match[str]) -> bool:
    """由原告抚养 / 随女方生活: the mention names the parent the child lives with."""
    before = text[max(0, mention.start() - 1):mention.start()]
    after = text[mention.end():mention.end() + 4]
    return before in ("由", "随", "归") and after.startswith(("抚养", "直接抚养", "生活", "监护"))


def _clauses(views: list[PageView]) -> list[ExtractedFact]:
    facts: list[ExtractedFact] = []
    for view, match in finditer(SHARE, views):
        what = match.group("what")
        categories = [c for c, k in (("education", "教育"), ("medical", "医疗"),
                                     ("education", "学费")) if k in what]
        share = match.group("each") or match.group("pct") or ""
        pct = "50%" if match.group("each") else share
        if pct.startswith("百分之"):
            pct = f"{int(cn_number(pct[3:]) or 0)}%"
        who = match.group("who")
        value = f"{'/'.join(dict.fromkeys(categories)) or 'other'}: {pct}" + (
            f" {ROLES[who]}" if who else " each")
        facts.append(view.fact("expense_share", value, *match.span()))
    if (hit := first(ADJUST, views)):
        view, match = hit
        facts.append(view.fact("adjustment", match.group(0).strip(), *match.span(),
                               confidence=0.7))
    if (hit := first(ARREARS, views) or first(ARREARS_PLAIN, views)):
        view, match = hit
        money = MONEY_ZH.search(match.group("money"))
        parsed = money_zh(money) if money else None
        if parsed:
            facts.append(view.fact("arrears_claimed", decimal_text(parsed[0]),
                                   *match.span("money")))
            if parsed[1]:
                facts.append(view.fact("arrears_currency", parsed[1], *match.span("money")))
    return facts
