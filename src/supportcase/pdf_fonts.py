"""The CJK font embedded in every PDF supportcase writes.

WenQuanYi Micro Hei (from the `paperang-p2-fonts-cjk` wheel) has TrueType outlines, so
reportlab can embed a subset of it: a Chinese PDF shows the same on every machine and court
printer. It covers Latin text too, so one font serves bilingual pages.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

CJK_FONT = "WenQuanYiMicroHei"


def cjk_font_path() -> Path:
    return Path(str(resources.files("paperang_p2_fonts_cjk") / "fonts" / "wqy-microhei.ttc"))


@cache
def register_cjk_font() -> str:
    """Register the font with reportlab once; returns its name for setFont/ParagraphStyle."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(CJK_FONT, str(cjk_font_path()), subfontIndex=0))
    return CJK_FONT
