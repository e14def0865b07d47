"""What the ledger and the law say about a case, gathered once for the checklist and drafts.

Drafts never compute arrears or pick a court themselves: the figures come from
`supportcase.ledger.build_statement` and the enforcement court and steps from
`supportcase.law.route.plan`. When one of them cannot answer (the case lacks an obligation,
or a part of the system is not installed) the reason is kept, and drafts show placeholders.

>>> sources = gather(casefile, as_of=date(2026, 11, 1))  # doctest: +SKIP
>>> sources.statement["total_outstanding"]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from dataclasses import dataclass, field
from typing import Any

from supportcase.bilingual import Text
from supportcase.casefile import CaseFile
from supportcase.errors import UserError


@dataclass(frozen=True)
class Sources:
    """The ledger statement, route plan and deadlines for one case on one date (as JSON data)."""

    as_of: dt.date
    statement: dict[str, Any] | None = None
    route: dict[str, Any] | None = None
    deadlines: list[dict[str, Any]] | None = None
    # Why a part is missing, in plain words (shown in drafts and the checklist), and the
    # same in Chinese.
    problems: dict[str, str] = field(default_factory=dict)
    problems_zh: dict[str, str] = field(default_factory=dict)

    def problem(self, part: str, lang: str) -> str | None:
        """Why `part` ("statement", "route", "deadlines") is missing, in `lang`."""
        if lang == "zh" and part in self.problems_zh:
            return self.problems_zh[part]
        return self.problems.get(part)


def _plain(value: Any) -> Any:
    """JSON-shaped data (dict/list/str) from a result object with `to_json()` or a model."""
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        value = value.to_dict()
    elif hasattr(value, "to_json"):
        value = value.to_json()
    elif hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    if isinstance(value, str):
        value = json.loads(value)
    return json.loads(json.dumps(value, default=str))


def _optional(module: str, name: str) -> Any:
    """A function from another part of supportcase, or None when that part is absent."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise
    return getattr(mod, name, None)


def _refused(exc: UserError) -> Text:
    return Text(str(exc), exc.say("zh"))


def statement_of(casefile: CaseFile, as_of: dt.date) -> tuple[dict[str, Any] | None, Text | None]:
    build = _optional("supportcase.ledger", "build_statement")
    if build is None:
        return None, Text("the ledger is not available in this installation",
                          "本安装中没有欠款计算模块")
    if not casefile.obligations:
        return None, Text("the case file has no obligation (legal basis) to compute arrears "
                          "from", "案卷中没有可据以计算欠款的给付义务（法律依据）")
    try:
        return _plain(build(casefile, as_of)), None
    except UserError as exc:
        return None, _refused(exc)


def route_of(casefile: CaseFile) -> tuple[dict[str, Any] | None, Text | None]:
    plan = _optional("supportcase.law.route", "plan")
    if plan is None:
        return None, Text("the enforcement-route planner is not available in this "
                          "installation", "本安装中没有执行途径规划模块")
    try:
        return _plain(plan(casefile)), None
    except UserError as exc:
        return None, _refused(exc)


def deadlines_of(casefile: CaseFile, today: dt.date) -> tuple[list[dict[str, Any]] | None,
                                                               Text | None]:
    compute = _optional("supportcase.law.deadlines", "compute")
    if compute is None:
        return None, Text("the deadline calculator is not available in this installation",
                          "本安装中没有期限计算模块")
    try:
        data = _plain(compute(casefile, today))
    except UserError as exc:
        return None, _refused(exc)
    if isinstance(data, dict):
        data = data.get("deadlines", [data])
    return list(data), None


def gather(casefile: CaseFile, as_of: dt.date) -> Sources:
    """Ask the ledger and the law about `casefile` on `as_of`; keep why a part is missing."""
    statement, no_statement = statement_of(casefile, as_of)
    route, no_route = route_of(casefile)
    deadlines, no_deadlines = deadlines_of(casefile, as_of)
    found = {part: why for part, why in (("statement", no_statement), ("route", no_route),
                                         ("deadlines", no_deadlines)) if why is not None}
    return Sources(as_of=as_of, statement=statement, route=route, deadlines=deadlines,
                   problems={part: t.en for part, t in found.items()},
                   problems_zh={part: t.zh for part, t in found.items()})
