"""Support calculators: what a court's guideline would say, explained step by step.

Two calculators, both pure functions over plain inputs, reading the law only as dated rule
data (`supportcase.law.rules`):

- `california.guideline_support` — California's statewide uniform guideline
  (Family Code § 4055: CS = K[HN − (H%)(TN)]), with the K-factor table, low-income
  adjustment and add-on split in force on the date asked;
- `prc.support_standard` — the PRC income-ratio guide (SPC Interpretation (I) on the
  Marriage and Family Book, art. 49): a range, never one "right" number.

Every figure is a `Decimal`; amounts are rounded once, to the cent, where the result says so.
The results are information, not legal advice, and model no taxes.
"""

from __future__ import annotations

from supportcase.calc.california import (
    AddOns,
    CaliforniaInput,
    CaliforniaResult,
    DefaultProceeding,
    guideline_support,
)
from supportcase.calc.explanation import RuleUse, Step
from supportcase.calc.net_income import DEDUCTION_KINDS, ParentIncome
from supportcase.calc.prc import PrcInput, PrcResult, support_standard

__all__ = [
    "DEDUCTION_KINDS",
    "AddOns",
    "CaliforniaInput",
    "CaliforniaResult",
    "DefaultProceeding",
    "ParentIncome",
    "PrcInput",
    "PrcResult",
    "RuleUse",
    "Step",
    "guideline_support",
    "support_standard",
]
