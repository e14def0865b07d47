"""The kinds of draft supportcase writes, and the language each is filed in.

The filing copy is in the language of the court or agency that receives it (a PRC court files
in Chinese; California's child-support agency in English). The other language is a
translation: a companion marked as such, never swapped for the filing copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from supportcase.errors import UserError


@dataclass(frozen=True)
class KindSpec:
    id: str
    title_zh: str
    title_en: str
    filing_lang: str  # "zh" | "en"
    audience: str  # who receives it


KINDS: dict[str, KindSpec] = {k.id: k for k in (
    KindSpec("enforcement_application", "强制执行申请书", "Application for enforcement", "zh",
             "PRC enforcement court"),
    # A foreign (or Hong Kong) order is recognised by an intermediate court before a PRC
    # court enforces it (CPL 2023 arts. 298, 299; the Mainland–HK family arrangement).
    KindSpec("recognition_application", "申请承认和执行外国法院判决申请书",
             "Application for recognition and enforcement of a foreign judgment", "zh",
             "PRC intermediate people's court"),
    KindSpec("arrears_statement", "欠款明细表", "Arrears statement", "zh",
             "PRC enforcement court"),
    KindSpec("asset_memo", "财产线索清单", "Asset-clue memo", "zh", "PRC enforcement court"),
    KindSpec("demand_letter", "催告函", "Demand letter", "zh", "obligor"),
    KindSpec("counsel_email", "致律师的案件说明邮件", "Intake e-mail to counsel", "en", "counsel"),
    KindSpec("service_sheet", "境外送达信息表", "Overseas-service information sheet", "zh",
             "PRC court"),
    KindSpec("evidence_list", "证据目录", "Evidence list", "zh", "PRC court"),
    KindSpec("dispute_letter", "欠款数额异议函", "Letter disputing an arrears figure", "zh",
             "the agency or court that stated the figure"),
    KindSpec("hague_sheet", "海牙公约/DCSS国际协助申请信息表",
             "Request for DCSS international services / Hague Convention application data "
             "sheet", "en", "California DCSS / Central Authority"),
)}

ALIASES = {"application": "enforcement_application", "recognition": "recognition_application", "arrears": "arrears_statement",
           "assets": "asset_memo", "demand": "demand_letter", "email": "counsel_email",
           "service": "service_sheet", "evidence": "evidence_list", "dispute": "dispute_letter",
           "hague": "hague_sheet", "dcss": "hague_sheet"}


def kind_spec(kind: str) -> KindSpec:
    key = ALIASES.get(kind, kind).replace("-", "_")
    if key not in KINDS:
        raise UserError(f"no draft kind '{kind}'",
                        hint="choose one of " + ", ".join(KINDS))
    return KINDS[key]
