"""Facts from English documents: California and other US support orders, judgments,
stipulations, DCSS notices and statements, letters and e-mails.

Captions name the court and the parties (PETITIONER: / RESPONDENT:); the order says who
"shall pay" whom, how much "per month", on which day and from when. A DCSS statement names
the paying and receiving parents and an arrears balance.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from supportcase.intake.extract.facts import ExtractedFact, PageView, finditer, first
from supportcase.intake.extract.numbers import (
    DATE_EN,
    MONTH_NAMES,
    DateOrder,
    date_en,
    decimal_text,
    reads_both_ways,
)
from supportcase.intake.normalize import MatchText

DOC_TYPES = [
    (r"STIPULATION", "stipulation"),
    (r"(?i)statement of account|arrears statement|billing statement", "dcss_statement"),
    (r"(?i)department of child support services|\bDCSS\b|local child support agency",
     "dcss_notice"),
    (r"HONG KONG SPECIAL ADMINISTRATIVE REGION[\s\S]{0,300}?\b(?:ORDER|JUDGMENT|DECREE)\b",
     "hk_order"),
    # a decree (of divorce, of dissolution) is the court's final judgment
    (r"\bJUDGMENT\b", "us_judgment"), (r"\bDECREE\b", "us_judgment"), (r"\bORDER\b", "us_order"),
]
# Orders from outside the United States written in English: the paper is a foreign order,
# "$" is that country's dollar, not the US one, and 01/06/2023 is 1 June (day first) —
# except in Canada, which writes both orders, so there it is not known.
FOREIGN: list[tuple[re.Pattern[str], str | None, DateOrder]] = [
    (re.compile(r"(?i)\b(?:ontario|british columbia|alberta|quebec|manitoba|saskatchewan|"
                r"nova scotia|new brunswick|newfoundland|prince edward island|canada)\b"), "CAD",
     None),
    (re.compile(r"(?i)\b(?:australia|new south wales|federal circuit and family court)\b"), "AUD",
     "dmy"),
    (re.compile(r"(?i)\bnew zealand\b"), "NZD", "dmy"),
    (re.compile(r"(?i)\bsingapore\b"), "SGD", "dmy"),
    (re.compile(r"(?i)\b(?:england and wales|scotland|northern ireland|united kingdom)\b"), None,
     "dmy"),
    (re.compile(r"(?i)\bireland\b"), None, "dmy"),
]
ROLES = {"petitioner": "petitioner", "respondent": "respondent", "plaintiff": "plaintiff",
         "defendant": "defendant", "obligor": "obligor", "obligee": "obligee",
         "paying parent": "obligor", "receiving parent": "obligee",
         "noncustodial parent": "obligor", "custodial party": "obligee",
         "other parent": "other_parent", "applicant": "applicant"}
NAME = r"[A-Z][A-Za-z.'-]+(?:[ \t]+[A-Z][A-Za-z.'-]+){1,3}"
PARTY = re.compile(rf"(?im)^[ \t]*(?P<role>petitioner|respondent|plaintiff|defendant|obligor|"
                   rf"obligee|paying parent|receiving parent|noncustodial parent|custodial party|"
                   rf"other parent|applicant)(?:/(?P<alias>[A-Za-z ]+))?(?:\s*\([^)\n]*\))?[ \t]*[:][ \t]*"
                   rf"(?P<name>(?-i:{NAME}))")
HK_COURT = re.compile(r"(?i)(?P<court>(?:district|high|family) court of the\s+hong kong special "
                      r"administrative region)")
COURT = re.compile(r"(?i)(?P<court>superior court of (?:the state of )?california,?\s*"
                   r"(?:for the )?county of [a-z ]+?|(?:united states )?(?:district|circuit|"
                   r"family|superior|supreme) court (?:of|for) [a-z ,-]+?"
                   # caption written place-last: DISTRICT COURT, CLARK COUNTY, NEVADA
                   r"|(?:district|circuit|family|superior|probate|county) court,[ \t]*"
                   r"[a-z]+(?:[ \t][a-z]+)?[ \t]+county,[ \t]*[a-z]+(?:[ \t][a-z]+)?)"
                   r"[ \t]*(?:\n|$)")
# a caption's second line that continues the court's name: SUPERIOR COURT OF ARIZONA /
# IN AND FOR THE COUNTY OF MARICOPA. A bare "COUNTY OF QUEENS" under a New York caption is
# the venue, written apart from the court's name, so it is not joined.
COURT_CONTINUED = re.compile(r"(?i)[ \t]*(?P<more>(?:in and )?for the county of [a-z]+"
                             r"(?:[ \t][a-z]+)?)[ \t]*(?:\n|$)")
CASE_NUMBER = re.compile(r"(?i)(?:case|docket|file|court case|cause)\s*(?:no\.?|number|#|"
                         r"identifier|id\b)\s*(?:is\s+)?[:.]?\s*"
                         r"(?P<num>(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,24})")
# "Respondent shall pay to Petitioner child support of $1,250.00 per month ...", "The Court
# ORDERS that Obligor, MARK DAVIS, pay child support to Obligee, LISA DAVIS, ...".
_WHO = r"[A-Z][A-Za-z.'-]+(?:,?[ \t]+[A-Z][A-Za-z.'-]+){0,4}"
PAY = re.compile(rf"(?s)(?:(?:ORDERS?|ORDERED|[Oo]rders?|[Oo]rdered)\s+(?:that\s+)?)?"
                 rf"(?P<payer>\b{_WHO})(?:\s*\([A-Za-z ]{{1,20}}\))?,?\s+"
                 r"(?:(?:shall|must|will|is ordered to|agrees to|is required to|is to|are to|"
                 r"is obligated to|is hereby ordered to|is directed to|shall continue to|"
                 # Hong Kong and English orders: "that the Respondent do pay"
                 r"[Ss]hall|to|do)\s+)?"
                 r"pay\s+(?P<rest>(?:[^.]|\.(?=\d)){0,400})")
# "you need to pay £85.40 per week in child maintenance": the sum, even with no payer named
PAY_ANY = re.compile(r"(?s)\bpay\s+(?P<rest>(?:US\$|HK\$|\$|£|€)(?:[^.]|\.(?=\d)){0,300})")
# "$600 for Mia and $400 for Leo": the words after a sum that make it one child's share
FOR_CHILD = re.compile(r"^\s*(?:(?:per|a|each)\s+(?:month|week)\s+)?for\s+(?:the\s+)?(?:(?:minor\s+)?"
                       r"(?:child|son|daughter)\s*,?\s*)?(?:(?-i:[A-Z][a-z]+)\b(?<!Each)"
                       r"|(?:older|younger|eldest|youngest|first|second|third)\s+(?:child|son|daughter))",
                       re.IGNORECASE)
# "$500 per month for each child", "$500 per child", "for each of the two children": the sum
# is one child's, written after it or before it
_EACH_CHILD = (r"(?:for\s+)?(?:each|every)\s+(?:minor\s+)?child\b(?!')|(?:for\s+)?(?:each|every)\s+"
               r"of\s+(?:the|their|our|your|his|her)\s+(?:(?:two|three|four|five|[2-5])\s+)?"
               r"(?:minor\s+)?children\b|per\s+(?:minor\s+)?child\b")
EACH_CHILD_AFTER = re.compile(r"(?i)\s*(?:(?:(?:per|a|each)\s+(?:month|week)|monthly|weekly),?\s+)?"
                              rf"(?:{_EACH_CHILD})")
EACH_CHILD_BEFORE = re.compile(rf"(?i)\b(?:{_EACH_CHILD})")
# a child named with a birth date in a sentence about children ("two minor children: Mia
# Lane, born March 1, 2015, and Leo Lane, born June 9, 2017")
BORN = re.compile(rf"(?P<name>(?-i:{NAME}))\s*[,(]?\s*(?:born|date of birth|DOB)\b", re.I)
# how many children the paper says there are: "two minor children", "both children"
CHILD_COUNT = re.compile(r"(?i)\b(?:(?P<n>two|three|four|five|[2-5])\s+(?:minor\s+)?children|"
                         r"(?P<both>both)\s+(?:minor\s+)?children|(?P<one>one)\s+(?:minor\s+)?child)\b")
# "…, total $1,000" / "for a total of $1,000" / "totaling $1,000" written before the total
TOTAL = re.compile(r"(?i)\b(?:total(?:l?ing)?|in all|altogether|combined)\s*(?:of\s+)?(?:\S+\s*)?$")
PAYEE = re.compile(rf"\bto\s+(?:the\s+)?(?P<payee>{_WHO})")
# "$620.00 per month in current child support": the sum written before what it is for
SUM_FOR_SUPPORT = re.compile(
    r"(?i)(?P<rest>(?:US\$|\$|£|€)[\d,]+(?:\.\d{2})?\s+(?:per month|monthly|per week|weekly|"
    r"every two weeks|bi-?weekly)\s+(?:in|for|as)\s+(?:current\s+)?(?:child\s+)?"
    r"(?:support|maintenance))")
# the words right after a sum that make it a debt, not the running support
# ("$80.00 per month in past-due child support", "$80 toward arrears", "$80 past due")
FOR_ARREARS = re.compile(r"(?i)^\s*(?:(?:per|a|each)\s+(?:month|week)\s+)?(?:(?:in|for|of|as|toward|"
                         r"towards|on)\s+(?:the\s+)?)?(?:past[- ]due|arrear|overdue|unpaid|back "
                         r"support)")
CURRENT_SUPPORT = re.compile(
    r"(?i)(?P<rest>(?:current (?:monthly )?(?:child )?support|monthly (?:current )?(?:child )?"
    r"support|"
    r"support order (?:requires|of)|ordered (?:current )?support)[^$\n]{0,60}?\$[\d,]+"
    r"(?:\.\d{2})?(?:[^.\n]|\.(?=\d)){0,80})")
MONEY = re.compile(r"(?P<cur>HK\$|NT\$|US\$|\$|£|€|USD\s?|HKD\s?|GBP\s?|EUR\s?|CNY\s?|RMB\s?)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d{2})?|"
                   r"\d+(?:\.\d{2})?)")
PERIOD = re.compile(r"(?i)per month|each month|a month|monthly|/month|per year|annually|"
                    r"per quarter|quarterly|one[- ]time|lump[- ]sum|bi-?weekly|every two weeks|"
                    r"semi-?monthly|twice a month|per week|each week|weekly|/week")
PERIODS = {"per month": "monthly", "each month": "monthly", "a month": "monthly",
           "monthly": "monthly", "/month": "monthly", "per year": "yearly", "annually": "yearly",
           "per quarter": "quarterly", "quarterly": "quarterly", "one-time": "once",
           "one time": "once", "lump-sum": "once", "lump sum": "once", "biweekly": "biweekly",
           "bi-weekly": "biweekly", "every two weeks": "biweekly", "semimonthly": "semimonthly",
           "semi-monthly": "semimonthly", "twice a month": "semimonthly", "per week": "weekly",
           "each week": "weekly", "weekly": "weekly", "/week": "weekly"}
CURRENCIES = {"$": "USD", "US$": "USD", "USD": "USD", "CNY": "CNY", "RMB": "CNY", "HK$": "HKD",
              "HKD": "HKD", "NT$": "TWD", "£": "GBP", "GBP": "GBP", "€": "EUR", "EUR": "EUR"}
ROLE_WORDS = {"petitioner", "respondent", "plaintiff", "defendant", "obligor", "obligee", "applicant",
              "father", "mother", "the", "parent", "paying", "receiving"}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fifth": 5, "tenth": 10, "fifteenth": 15,
            "twentieth": 20, "last": 0}
DUE = re.compile(r"(?i)(?:on|by) the (?P<day>\d{1,2})(?:st|nd|rd|th)?(?: day)? of (?:each|every|the) month"
                 r"|(?:on|by) the (?P<word>first|second|third|fifth|tenth|fifteenth|twentieth|last)"
                 r"(?: day)? of (?:each|every|the) month")
START = re.compile(r"(?i)(?:beginning|commencing|starting|effective|with effect from|first payment "
                   r"(?:is |being |shall be )?due)(?: on)?\s+(?:the\s+(?=\d))?")
END = re.compile(r"(?i)until (?:the )?(?:child|children|minor|each child|[A-Z][a-z]+)[^.]{0,60}?"
                 r"(?:reaches|attains|turns|age)\s*(?:the age of |age )?(?P<age>\d{2}|eighteen|"
                 r"nineteen)(?P<hs>[^.]{0,120}?(?:high school|12th grade))?")
CHILD = re.compile(rf"(?i)(?:child(?:'s name)?|minor child(?:ren)?|son|daughter|parents of)\s*[:,]?\s*"
                   rf"(?P<name>(?-i:{NAME}))\s*[,(]?\s*(?:born|date of birth|DOB)[:\s]*"
                   rf"(?:on\s+)?(?P<date>[A-Za-z]+\.?\s+\d{{1,2}}(?:,\s*|\s+)\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|"
                   rf"\d{{4}}-\d{{2}}-\d{{2}})")
ARREARS = re.compile(r"(?i)(?:arrears|past[- ]due support|past[- ]due (?:amount|balance)|"
                     r"amount past[- ]due|unpaid support|amount owed|balance due)[^$.]{0,60}?(?P<money>[$£€]\s?[\d,]+(?:\.\d{2})?)")
# "he now owes $13,800": owes straight before the sum ("owes a duty to pay $500" is no debt)
OWES = re.compile(r"(?i)\bowes\s+(?:me\s+|us\s+|her\s+|him\s+)?(?:about\s+|approximately\s+|"
                  r"around\s+|over\s+|more than\s+|a total of\s+)?(?P<money>[$£€]\s?[\d,]+"
                  r"(?:\.\d{2})?)")
DOC_DATE = re.compile(r"(?im)^[ \t]*(?:dated?(?!\s+(?:of\s+service|served))|date of (?:order|notice|statement)|"
                      r"statement date|notice date|signed(?: on)?)\s*[:]?\s*"
                      r"(?P<date>[^\n]{6,30}?)\.?$")
# "DONE AND ORDERED in Miami-Dade County, Florida, on September 12, 2022." (Florida and
# other states date their orders this way)
DONE_ORDERED = re.compile(r"(?i)\bdone and ordered\b[^.;]{0,80}?\b(?:on|this)\s+"
                          r"(?P<date>[^.;]{6,40}?\d{4})")
# failing a labelled date, a letter's date standing alone on a line of its first page
DATE_ALONE = re.compile(r"(?m)^[ \t]*(?P<date>(?:January|February|March|April|May|June|July|"
                        r"August|September|October|November|December)\s+\d{1,2},\s*"
                        r"(?:19|20)\d{2})[ \t]*$")
EFFECTIVE = re.compile(r"(?i)(?:effective(?: date)?|filed)[:\s]+(?:on\s+)?(?P<date>[A-Z][a-z]+\.?\s+"
                       r"\d{1,2}(?:,\s*|\s+)\d{4}|\d{1,2}/\d{1,2}/\d{4})")
# the date a paper was served, as a proof of service or notice writes it: a labelled line
# ("Date of service: April 8, 2024", "Served: 04/08/2024", a Word table's "Date of
# service<TAB>April 8, 2024") or "served (…) on 8 April 2024";
# not "must be served …" (a requirement) nor "served … before the hearing on …"
SERVICE = re.compile(r"(?im)^[ \t]*(?:date[ \t]+of[ \t]+service|service[ \t]+date|date[ \t]+served|"
                     r"served)(?:[ \t]*:|[ \t]*\t|[ ]{2,})[ \t]*(?P<date>[^\n]{6,30}?)\.?[ \t]*$")
SERVED_ON = re.compile(rf"(?i)(?<!be )\bserved\b(?:(?!hearing|before|after|until|due)[^.;\n]){{0,60}}?"
                       rf"\bon\s+(?P<date>(?=\d|(?:{MONTH_NAMES})\b)[^.;\n]{{6,30}})")
SENTENCE_END = re.compile(r"\.(?!\d)")
LIMIT = re.compile(r"(?i)within (?P<days>\d{1,3}|ten|fifteen|twenty|thirty|sixty|ninety) "
                   r"(?:calendar |court )?days")
# Forms and tables set the terms out as "Label: value" lines (FL-350 "Payable by:",
# a Washington order's "Obligor: … / Monthly transfer amount: …" table). A DOCX table
# row reads as "label<TAB>value".
FORM_LINE = re.compile(r"(?im)^[ \t]*(?P<label>[A-Za-z][A-Za-z' ()/-]{1,40}?)[ \t]*:[ \t]*"
                       r"(?P<value>[^\n]*\S)[ \t]*$")
# the order's words for who must pay and who receives — not "Payer:"/"Paid by:", which on a
# bank record name whoever sent that transfer (a grandparent, say), not the obligor
FORM_PAYER = re.compile(r"(?i)^(?:payable by|to be paid by|paying party)$")
FORM_PAYEE = re.compile(r"(?i)^(?:payable to|to be paid to|receiving party)$")
# "Amount", "Monthly transfer amount", "Child support amount", "Monthly child support" —
# never an amount owed, paid or for costs
FORM_AMOUNT = re.compile(r"(?i)^(?:(?:monthly|weekly|current|basic|base)[ \t]+)?(?:(?:child[ \t]+)?"
                         r"support[ \t]+|transfer[ \t]+)?(?:amount|child support|support|"
                         r"(?<=monthly )payment|(?<=weekly )payment|(?<=support )payment)"
                         r"(?:[ \t]+\((?:per|each)[ \t]+month\))?$")
NOT_TERMS = re.compile(r"(?i)arrear|owed|owing|balance|past|paid|interest|fee|cost|medical|"
                       r"health|insurance|care|total|add-on")
FORM_DUE = re.compile(r"(?i)^(?:payments?[ \t]+(?:are[ \t]+)?due|due[ \t]+(?:date|day|on)|"
                      r"payable|due)$")
DUE_BARE = re.compile(r"(?i)(?:^|\b(?:on|by|before)[ \t]+(?:the[ \t]+)?|^the[ \t]+)"
                      r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)|(?P<word>first|second|third|fifth|"
                      r"tenth|fifteenth|twentieth|last))(?:[ \t]+day)?[ \t]+of[ \t]+"
                      r"(?:each|every|the)[ \t]+month")
FORM_START = re.compile(r"(?i)^(?:start(?:ing)?[ \t]+date|date[ \t]+(?:payments?[ \t]+)?(?:begin|"
                        r"start)s?|beginning|commencing|first[ \t]+payment(?:[ \t]+due)?|"
                        r"effective[ \t]+date(?:[ \t]+of[ \t]+(?:support|order))?)$")
WORDS = {"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "sixty": 60, "ninety": 90,
         "eighteen": 18, "nineteen": 19, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _date_at(name: str, text: str, base: int, order: DateOrder, *,
             at_start: bool = False) -> tuple[str, str, int, int] | None:
    """(name, ISO date, start, end) for the first date in `text` (which starts at `base`),
    read in the paper's `order`. A numeric date that reads both ways on a paper of unknown
    origin (01/06/2023) gives (`<name>.unclear`, the date as written, …) instead, so the
    proposal can say why the date is missing."""
    match = DATE_EN.match(text) if at_start else DATE_EN.search(text)
    if match is None:
        return None
    if (when := date_en(match, order=order)):
        return name, when.isoformat(), base + match.start(), base + match.end()
    if reads_both_ways(match):
        return f"{name}.unclear", match.group(0), base + match.start(), base + match.end()
    return None


def _dated(view: PageView, name: str, text: str, base: int, order: DateOrder, *,
           at_start: bool = False) -> ExtractedFact | None:
    found = _date_at(name, text, base, order, at_start=at_start)
    return view.fact(*found) if found else None


def doc_type(views: list[PageView]) -> ExtractedFact | None:
    head = views[0]
    if re.search(r"(?m)^From:", head.text[:500]) and re.search(r"(?m)^Subject:", head.text[:800]):
        return head.fact("doc_type", "email", 0, 5)
    window = _heading(head)
    if (letter := re.search(r"(?m)^Dear ", window)):
        return head.fact("doc_type", "letter", *letter.span(), confidence=0.8)
    for pattern, kind in DOC_TYPES:
        match = re.search(pattern, window)
        if match:
            if kind in ("us_order", "us_judgment") and _foreign(window) is not None:
                kind = "foreign_order"
            return head.fact("doc_type", kind, *match.span())
    return None


def _caption_unwrapped(head: PageView) -> PageView:
    """The page with a long capitalised caption line joined to the capitalised line it wraps
    onto (IN THE CIRCUIT COURT … IN AND FOR MIAMI-DADE / COUNTY, FLORIDA); same offsets."""
    text = head.text
    joined = re.sub(r"(?m)^([A-Z0-9 ,.'&-]{60,90})\n(?=[A-Z][A-Z ,.'-]{2,40}$)", r"\1 ",
                    text[:1500])
    if joined == text[:1500]:
        return head
    norm = head.norm
    return PageView(head.page, MatchText(joined + text[1500:], norm.origin, norm.original_length))


def _heading(head: PageView) -> str:
    """The kind of paper is in its heading: the lines before the first long paragraph."""
    heading_end = next((m.start() for m in re.finditer(r"(?m)^.{120,}$", head.text)),
                       len(head.text))
    return head.text[:min(heading_end, 900)]


def _foreign(heading: str) -> tuple[str | None, DateOrder] | None:
    """(that country's dollar or None, its date order) when the court named in the heading
    is outside the US. Only lines naming a court count: a party called VICTORIA or living
    in Canada does not make a California order foreign."""
    courts = "\n".join(line for line in heading.splitlines()
                       if re.search(r"(?i)\bcourts?\b", line))  # Singapore's Family Justice Courts
    for pattern, dollar, order in FOREIGN:
        if pattern.search(courts):
            return dollar, order
    return None


def _date_order(foreign: tuple[str | None, DateOrder] | None,
                facts: list[ExtractedFact]) -> DateOrder:
    """How this paper writes 04/08/2024: day first on a foreign order that does (Hong Kong,
    the UK, Ireland, Australia…), month first on a paper of a US court or agency; not known
    otherwise (an e-mail, a letter, a paper naming no court)."""
    if foreign is not None:
        return foreign[1]
    if any((f.name, f.value) == ("doc_type", "hk_order")
           or (f.name == "court" and HK_COURT.search(f.value)) for f in facts):
        return "dmy"
    # a US court, DCSS, or a local child support agency (a US county's)
    if any(f.name in ("agency", "court") or (f.name, f.value) == ("doc_type", "dcss_notice")
           for f in facts):
        return "mdy"
    return None


def _currency(symbol: str, dollar: str | None) -> str | None:
    """The currency a symbol or code means; a bare "$" is the document's own dollar."""
    return dollar if symbol == "$" else CURRENCIES[symbol]


def extract_en(views: list[PageView]) -> list[ExtractedFact]:
    facts: list[ExtractedFact] = []
    if (kind := doc_type(views)):
        facts.append(kind)
    head = views[0]
    foreign = _foreign(_heading(head))
    dollar = foreign[0] if foreign else "USD"
    head = _caption_unwrapped(head)
    if (court := HK_COURT.search(head.text[:1500]) or COURT.search(head.text[:1500])):
        value = " ".join(court.group("court").split()).rstrip(",")
        start, end = court.start("court"), court.end("court")
        # a place written before the court's name on its line: ONTARIO SUPERIOR COURT OF JUSTICE
        line_start = head.text.rfind("\n", 0, start) + 1
        before = head.text[line_start:start].split()
        if 0 < len(before) <= 2 and all(w.isalpha() and w.lower() not in (
                "in", "the", "of", "for", "at") for w in before):
            value = " ".join([*before, value])
            start = line_start + head.text[line_start:start].index(before[0])
        more = COURT_CONTINUED.match(head.text, court.end()) if "county" not in value.lower() \
            else None
        if more:
            value += " " + " ".join(more.group("more").split())
            end = more.end("more")
        facts.append(head.fact("court", _title(value), start, end))
    elif re.search(r"DEPARTMENT OF CHILD SUPPORT SERVICES", head.text[:1500], re.I):
        m = re.search(r"(?i)(?:california )?department of child support services", head.text)
        if m:
            facts.append(head.fact("agency", "California Department of Child Support Services",
                                   *m.span()))
    order = _date_order(foreign, facts)
    if (hit := first(CASE_NUMBER, views)):
        view, match = hit
        facts.append(view.fact("case_number", match.group("num"), *match.span("num")))
    lines = views
    views = [v.flat() for v in views]
    names: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for view, match in finditer(PARTY, lines):
        role = ROLES[match.group("role").lower()]
        name = " ".join(match.group("name").split())
        if role in names:
            continue
        names[role] = name
        facts.append(view.fact(f"party.{role}", name, *match.span("name")))
        if role in ("obligor", "obligee"):
            facts.append(view.fact(role, name, *match.span("name")))
        alias = (match.group("alias") or "").strip().lower()
        if alias in ("father", "mother", "husband", "wife"):
            # "Petitioner/Father: NAME" — the order may then say "the Father shall pay"
            aliases[alias] = name
    names.update({a: n for a, n in aliases.items() if list(aliases.values()).count(n) == 1
                  and a not in names})
    children = _children_count(views, {n.lower() for n in names.values()})
    facts += _support(views, names, {f.name for f in facts}, dollar, order, children)
    facts += _form(lines, names, {f.name for f in facts}, dollar, order, children)
    for view, match in finditer(CHILD, views):
        facts.append(view.fact("child.name", " ".join(match.group("name").split()),
                               *match.span("name")))
        if (born := _dated(view, "child.birth_date", match.group("date"), match.start("date"),
                           order)):
            facts.append(born)
    if (hit := first(ARREARS, views) or first(OWES, views)):
        view, match = hit
        amount = re.sub(r"[$£€,\s]", "", match.group("money"))
        facts.append(view.fact("arrears_claimed", decimal_text(_dec(amount)),
                               *match.span("money")))
        symbol = match.group("money").strip()[0]
        if (arrears_currency := _currency(symbol, dollar)):
            facts.append(view.fact("arrears_currency", arrears_currency, *match.span("money")))
    facts += _first_date(order, "document_date", [
        (view, match, False) for view, match in [
            *finditer(DOC_DATE, lines), *finditer(DONE_ORDERED, views),
            *finditer(DATE_ALONE, lines[:1])]])
    # 04/08/2024 is April 8 on a US paper, 4 August in Hong Kong; unknown elsewhere
    facts += _first_date(order, "service_date", [
        (view, match, True) for view, match in [*finditer(SERVICE, lines),
                                                *finditer(SERVED_ON, views)]])
    for view, match in finditer(EFFECTIVE, views):
        # "child support of $X per month, effective March 1, 2022": the support's start
        starts = _support_starts(view, match)
        name = "support.start_date" if starts else "effective_date"
        effective = _dated(view, name, match.group("date"), match.start("date"), order)
        if effective is None or effective.name.endswith(".unclear"):
            facts += [effective] if effective and not any(
                f.name == effective.name for f in facts) else []
            continue
        if starts:
            if not any(f.name == "support.start_date" for f in facts):
                facts.append(effective)
            continue
        facts.append(effective)
        break
    if (hit := first(LIMIT, views)):
        view, match = hit
        days = match.group("days")
        sentence_start = view.text.rfind(".", 0, match.start()) + 1
        count = int(days) if days.isdigit() else WORDS[days.lower()]
        facts.append(view.fact("time_limit_days", str(count), sentence_start, match.end(),
                               confidence=0.7))
    return facts


def _first_date(order: DateOrder, name: str,
                found: list[tuple[PageView, re.Match[str], bool]]) -> list[ExtractedFact]:
    """The first of the `found` dates that reads (its "date" group; `at_start`: the date
    opens it), or the first that reads both ways as `<name>.unclear` when none does."""
    unclear: list[ExtractedFact] = []
    for view, match, at_start in found:
        fact = _dated(view, name, match.group("date"), match.start("date"), order,
                      at_start=at_start)
        if fact and fact.name == name:
            return [fact]
        unclear += [fact] if fact else []
    return unclear[:1]


def _support_starts(view: PageView, match: re.Match[str]) -> bool:
    """"effective <date>" in a sentence about paying support dates the support, not the
    document's legal effect."""
    if not re.match(r"(?i)effective\s+(?!date)", match.group(0)):
        return False
    text = view.text
    sentence = max((m.end() for m in SENTENCE_END.finditer(text, 0, match.start())), default=0)
    words = text[max(sentence, match.start() - 300):match.start()]
    return bool(re.search(r"(?i)\bpay|support|maintenance", words))


def _children_count(views: list[PageView], parties: set[str]) -> int | None:
    """How many children the paper names (born …) or counts ("two minor children"); None
    when it does neither, or when the two disagree. A party born … is no child."""
    counts = {WORDS.get(n.lower()) or int(n) if (n := m.group("n")) else 1 if m.group("one")
              else 2 for _, m in finditer(CHILD_COUNT, views)}
    named = {" ".join(m.group("name").split()) for _, m in finditer(CHILD, views)}
    for view in views:
        for sentence in SENTENCE_END.split(view.text):
            if re.search(r"(?i)\b(?:child|children|son|daughter)\b", sentence):
                named |= {name for m in BORN.finditer(sentence)
                          if (name := " ".join(m.group("name").split())).lower() not in parties
                          and not re.search(r"(?i)petitioner|respondent|plaintiff|defendant|"
                                            r"applicant|obligor|obligee|parent", name)}
    # "Minor Child Emily Roe" and "Emily Roe" are one child
    lowered = {n.lower() for n in named}
    named = {n for n in lowered if not any(o != n and n.endswith(" " + o) for o in lowered)}
    # one child named is no count: "for each child" may mean others the paper leaves unnamed
    counts |= {len(named)} if len(named) > 1 else set()
    return next(iter(counts)) if len(counts) == 1 else None


def _each_child(rest: str, money: re.Match[str]) -> re.Match[str] | None:
    """"$500 per month for each child" (or "for each child … $500"): the words that make
    the sum one child's."""
    return EACH_CHILD_AFTER.match(rest, money.end()) or EACH_CHILD_BEFORE.search(
        rest, 0, money.start())


def _for_arrears(rest: str, money: re.Match[str]) -> bool:
    """"$80.00 per month in past-due child support": this sum pays off a debt."""
    return bool(FOR_ARREARS.search(rest[money.end():]))


def _dec(text: str) -> Decimal:
    return Decimal(text)


def _money_value(money: re.Match[str]) -> Decimal:
    return _dec(money.group("num").replace(",", ""))


def _per_child(rest: str) -> tuple[re.Match[str], tuple[int, int]] | tuple[()] | None:
    """A sum split between named children ("$600 for Mia and $400 for Leo, total $1,000"):
    the written total equal to their sum and the span from the first sum to it, () when no
    such total is written, None when the clause has no per-child split."""
    sums = [m for m in MONEY.finditer(rest) if not _for_arrears(rest, m)]
    shares = [m for m in sums if FOR_CHILD.search(rest[m.end():])]
    if len(shares) < 2:
        return None
    added = sum((_money_value(m) for m in shares), Decimal(0))
    total = next((m for m in sums if m not in shares and _money_value(m) == added
                  and (m.start() < shares[0].start()
                       or TOTAL.search(rest[shares[-1].end():m.start()]))), None)
    if total is None:
        return ()
    return total, (min(total.start(), shares[0].start()), max(total.end(), shares[-1].end()))


def _person(words: str, by_word: dict[str, str]) -> str | None:
    """"Respondent" → the respondent's name from the caption; "Obligor, MARK DAVIS" or
    "Defendant RAYMOND TAN" → the name itself. An agency is nobody's name here: support
    paid to the Local Child Support Agency says nothing about who receives it."""
    if re.search(r"(?i)agency|department|county|state|disbursement|court|clerk", words):
        return None
    known = {n.lower(): n for n in by_word.values()}
    folded = " ".join(re.split(r"[,\s]+", words)).lower()
    for name_lower, name in known.items():
        if name_lower in folded:
            return name
    parts = [w for w in re.split(r"[,\s]+", words) if w]
    roles = [i for i, w in enumerate(parts) if w.lower() in ROLE_WORDS]
    after_role = parts[roles[-1] + 1:] if roles else parts
    named = [w for w in after_role if w.lower() not in ROLE_WORDS]
    if len(named) >= 2 and all(w[0].isupper() for w in named):
        return " ".join(named)
    for word in reversed(parts):
        if word.lower() in by_word:
            return by_word[word.lower()]
    return None


def _form(views: list[PageView], names: dict[str, str], already: set[str],
          dollar: str | None, order: DateOrder, children: int | None) -> list[ExtractedFact]:
    """Support terms set out as "Label: value" lines, for what the sentences did not give.

    Only in a paper about support, only labels that name the term itself (an "Amount owed:"
    or "Medical costs:" line is not the support amount), and only a value that starts with
    the figure — a line the labels do not fit yields nothing."""
    if not any(re.search(r"(?i)support|maintenance", v.text) for v in views):
        return []
    by_word = dict(names)
    for name in names.values():
        for word in name.split():
            by_word.setdefault(word.lower(), name)
    facts: list[ExtractedFact] = []
    found = set(already)

    def add(name: str, value: str, view: PageView, start: int, end: int) -> None:
        if name not in found:
            found.add(name)
            facts.append(view.fact(name, value, start, end))

    for view, line in finditer(FORM_LINE, views):
        label = " ".join(line.group("label").split())
        value, base = _wrapped_value(view, line), line.start("value")
        if FORM_PAYER.match(label) or FORM_PAYEE.match(label):
            person = _person(value, by_word)
            if person:
                add("obligor" if FORM_PAYER.match(label) else "obligee", person, view,
                    *line.span("value"))
        elif FORM_AMOUNT.match(label) and not NOT_TERMS.search(label) \
                and "support.amount" not in found:
            money = MONEY.match(value)
            # a bare "Amount: $200.00" may be a payment received; it is the support only
            # when the line says it recurs (per month) or the label says support/transfer
            if money is None or not (re.search(r"(?i)support|transfer", label)
                                     or PERIOD.search(label) or PERIOD.search(value)):
                continue
            cur = money.group("cur").strip()
            if (each := EACH_CHILD_AFTER.match(value, money.end())):
                # "$500 per month per child": as in a sentence (see _support)
                add("support.per_child", decimal_text(_money_value(money)), view, base,
                    base + each.end())
                if children:
                    facts.append(view.fact("support.amount", decimal_text(
                        _money_value(money) * children), base, base + each.end(),
                        confidence=0.8, inferred=True))
                found.add("support.amount")  # one child's sum is not the support
            add("support.amount", decimal_text(_dec(money.group("num").replace(",", ""))),
                view, base + money.start("num"), base + money.end("num"))
            if (currency := _currency(cur, dollar)):
                add("support.currency", currency, view, base + money.start("cur"),
                    base + money.end("cur"))
            if (period := PERIOD.search(value)):
                add("support.period", PERIODS[period.group(0).lower()], view,
                    base + period.start(), base + period.end())
            elif (period := PERIOD.search(label)):
                add("support.period", PERIODS[period.group(0).lower()], view,
                    line.start("label") + period.start(), line.start("label") + period.end())
            _due_and_start(view, value, base, add, order)
        elif (FORM_DUE.match(label) or FORM_START.match(label)) and "support.amount" in found:
            _due_and_start(view, value, base, add, order,
                           labelled_start=bool(FORM_START.match(label)))
    return facts


def _wrapped_value(view: PageView, line: re.Match[str]) -> str:
    """A form value with the lines it wraps onto (up to its full stop or the next label)."""
    text, end = view.text, line.end("value")
    while not text[:end].rstrip().endswith(".") and end < len(text) and text[end] == "\n":
        following = text.find("\n", end + 1)
        following = len(text) if following < 0 else following
        if not text[end + 1:following].strip() or FORM_LINE.match(text, end + 1):
            break
        end = following
    return text[line.start("value"):end].replace("\n", " ")


def _due_and_start(view: PageView, value: str, base: int, add: Any, order: DateOrder, *,
                   labelled_start: bool = False) -> None:
    """The due day and first-payment date written in a form value."""
    if (due := DUE_BARE.search(value)):
        day = due.group("day") or str(ORDINALS[due.group("word").lower()])
        add("support.due_day", "last" if day == "0" else str(int(day)), view,
            base + due.start(), base + due.end())
    begins = 0 if labelled_start else (start.end() if (start := START.search(value)) else -1)
    if begins >= 0 and (when := _date_at("support.start_date", value[begins:], base + begins,
                                         order, at_start=True)):
        add(when[0], when[1], view, when[2], when[3])


def _until(end: re.Match[str], rest: str) -> str | None:
    """"until the child reaches age 18" → age:18; "…, or age 19 if the child is still a
    full-time high school student" → age:18/hs:19. When schooling extends the support but
    no later age is written ("reaches 18 or graduates from high school, whichever occurs
    later", "attains 18 or ceases full-time education") the end is left unknown: the age
    alone would end it too soon, and the cap is not in the text."""
    age_text = end.group("age").lower()
    age = WORDS.get(age_text) or int(age_text)
    tail = re.split(r"\.(?!\d)", rest[end.end("age"):], maxsplit=1)[0][:160]
    if not re.search(r"(?i)school|12th grade|twelfth grade|education|college|universit|"
                     r"graduat", tail):
        return f"age:{age}"
    later = re.search(r"(?i)\bage\s+(?:of\s+)?(?P<age>\d{2}|nineteen)\b", tail)
    if later is None:
        return None
    later_text = later.group("age").lower()
    return f"age:{age}/hs:{WORDS.get(later_text) or int(later_text)}"


def _title(court: str) -> str:
    small = {"of", "the", "for", "and", "in"}
    return " ".join(w if w in small and i else w.capitalize()
                    for i, w in enumerate(court.lower().split()))


def _support(views: list[PageView], names: dict[str, str], already: set[str],
             dollar: str | None, order: DateOrder, children: int | None) -> list[ExtractedFact]:
    facts: list[ExtractedFact] = []
    by_word = {role: name for role, name in names.items()}
    for name in names.values():
        for word in name.split():
            by_word.setdefault(word.lower(), name)
    for view, match in [*finditer(PAY, views), *finditer(SUM_FOR_SUPPORT, views),
                        *finditer(CURRENT_SUPPORT, views), *finditer(PAY_ANY, views)]:
        rest = match.group("rest")
        base = match.start("rest")
        context = view.text[max(0, match.start() - 150):match.end()]
        if not re.search(r"(?i)support|maintenance", context):
            continue  # "pay" about costs or fees, not support
        if not re.search(r"(?i)support", context) and not re.search(
                r"(?i)\bchild|\bson\b|daughter|\bminor", match.group(0)):
            continue  # maintenance not said to be for a child (a spouse's, say)
        money = next((m for m in MONEY.finditer(rest) if not _for_arrears(rest, m)), None)
        if money is None:
            continue
        cur = money.group("cur").strip()
        amount_at: tuple[int, int] | None = money.span("num")
        if (shares := _per_child(rest)) is not None:
            # one sum per child: the written total is the support, quoted with the sums it
            # adds up; with no total written no one of them is (cur "" gives no currency)
            money, amount_at = shares if shares else (money, None)
            cur = money.group("cur").strip() if shares else ""
        elif (each := _each_child(rest, money)) is not None:
            # one child's sum: the support is it times the children the paper names or
            # counts, quoted with its words (support.per_child); unknown when they are not
            first_at, last_at = min(money.start(), each.start()), max(money.end(), each.end())
            per = _money_value(money)
            facts.append(view.fact("support.per_child", decimal_text(per), base + first_at,
                                   base + last_at))
            # "…, for a total of $1,000 per month": the written total, when it is a whole
            # number of shares (and the children's number, if known)
            total = next((m for m in MONEY.finditer(rest, last_at)
                          if TOTAL.search(rest[last_at:m.start()])), None)
            whole = total is not None and per and _money_value(total) % per == 0 and \
                children in (None, _money_value(total) / per)
            if total is not None and whole:
                facts.append(view.fact("support.amount", decimal_text(_money_value(total)),
                                       base + first_at, base + total.end()))
            elif total is None and children:
                facts.append(view.fact("support.amount", decimal_text(per * children),
                                       base + first_at, base + last_at, confidence=0.8,
                                       inferred=True))
            amount_at = None
        if amount_at:
            facts.append(view.fact("support.amount", decimal_text(_money_value(money)),
                                   base + amount_at[0], base + amount_at[1]))
        if cur and (currency := _currency(cur, dollar)):
            facts.append(view.fact("support.currency", currency, base + money.start("cur"),
                                   base + money.end("cur")))
        if (period := PERIOD.search(rest)):
            facts.append(view.fact("support.period", PERIODS[period.group(0).lower()],
                                   base + period.start(), base + period.end()))
        # the due day may sit in the next sentence ("Payments are due by the 10th ...")
        due = DUE.search(view.text, match.start("rest"), match.end("rest")) or DUE.search(
            view.text, match.end(), match.end() + 300)
        split = due and re.compile(r"(?i)one-half on the").search(
            view.text, max(0, due.start() - 40), due.end())
        if due and split:
            # split installments (half on the 1st, half on the 15th): one due day would be wrong
            facts.append(view.fact("support.split_installments",
                                   " ".join(view.text[split.start():due.end()].split()),
                                   split.start(), due.end(), confidence=0.7))
            due = None
        if due:
            day = due.group("day") or str(ORDINALS[due.group("word").lower()])
            facts.append(view.fact("support.due_day", "last" if day == "0" else str(int(day)),
                                   due.start(), due.end()))
        if (start := START.search(rest)) and (begins := _dated(
                view, "support.start_date", rest[start.end():], base + start.end(), order,
                at_start=True)):
            facts.append(begins)
        if (end := END.search(rest)) and (until := _until(end, rest)):
            facts.append(view.fact("support.end_condition", until, base + end.start(),
                                   base + end.end()))
        if "payer" in match.re.groupindex:
            payee = PAYEE.search(rest)
            for role, words, span in (
                    ("obligor", match.group("payer"), match.span("payer")),
                    ("obligee", payee.group("payee") if payee else None,
                     (base + payee.start("payee"), base + payee.end("payee")) if payee else None)):
                if role in already or not words or span is None:
                    continue
                person = _person(words, by_word)
                if person:
                    facts.append(view.fact(role, person, *span))
        if "obligee" not in already and not any(f.name == "obligee" for f in facts):
            payer = next((f.value for f in facts if f.name == "obligor"), None)
            others = [n for r, n in names.items() if n != payer and r in (
                "petitioner", "respondent", "plaintiff", "defendant", "applicant")]
            public = re.compile(r"(?i)^(?:county|state|people|city) of|agency|department")
            to_agency = re.search(r"(?i)pay to the (?:local )?(?:child support )?agency|"
                                  r"disbursement unit", match.group(0))
            if payer and len(others) == 1 and "payer" in match.re.groupindex \
                    and not public.search(others[0]) and not to_agency:
                facts.append(view.fact("obligee", others[0], *match.span("payer"),
                                       confidence=0.6, inferred=True))
        break
    return facts
