"""What a payment was meant as — support, a gift, a loan, or still unclear — and saying so.

Only performance of the obligation reduces the arrears (see `ledger.payments`); a payment of
unknown kind is a question the statement asks. Answering it changes the payment's kind and
nothing else. A refund or a reversal moves money the other way: it is removed and entered
again, never relabelled. The web page and the CLI both answer through here.
"""

from __future__ import annotations

import re

from supportcase.casefile.model import CaseFile
from supportcase.errors import NotFound, UserError

MEANT_AS = ("performance", "gift", "loan", "unknown")

# A payment as the statement names one without an id: "payment #3", "#3", "3", "第3笔付款".
_BY_PLACE = re.compile(r"(?:payment\s*)?#?\s*(\d+)|第\s*(\d+)\s*笔(?:付款)?", re.IGNORECASE)


def payment_named(casefile: CaseFile, ref: str) -> int:
    """The place (0-based) of the payment `ref` names: its own id, or its place in the case
    file as the statement writes it ("payment #3", 1-based)."""
    text = ref.strip()
    for at, payment in enumerate(casefile.payments):
        if payment.id is not None and payment.id == text:
            return at
    found = _BY_PLACE.fullmatch(text)
    if found is not None:
        n = int(found[1] or found[2])
        if 1 <= n <= len(casefile.payments):
            return n - 1
    count = len(casefile.payments)
    raise NotFound(
        f"no payment '{text}' in this case (it has {count}; name one by its id or as the "
        "statement does, e.g. 'payment #3')",
        zh=f"本案没有付款“{text}”（共 {count} 笔；请用其编号或按明细的写法指明，例如“第3笔付款”）")


def mark_payment(casefile: CaseFile, at: int, kind: str) -> CaseFile:
    """The case file with payment `at` marked as `kind` (one of MEANT_AS)."""
    payment = casefile.payments[at]
    if kind not in MEANT_AS or payment.kind not in MEANT_AS:
        raise UserError(
            "A payment can be marked only as a support payment, a gift, a loan or unclear; "
            "remove a refund or a reversal and enter it again instead.",
            zh="只能将付款标记为：履行抚养费、赠与、借款或性质不明；退款和冲回请删除后重新录入。")
    listed = list(casefile.payments)
    listed[at] = payment.model_copy(update={"kind": kind})
    return casefile.model_copy(update={"payments": listed})

