"""DOCX reader (python-docx): paragraphs and tables in the order they appear.

Divorce agreements often put the parties and the support terms in tables; a table row
becomes one line with its cells separated by tabs. The archive is checked for
decompression bombs before python-docx unpacks it.
"""

from __future__ import annotations

import io
import zipfile

from supportcase.intake.document import IntakeError, SourceDocument
from supportcase.intake.limits import Limits, check_zip


def read_docx(name: str, data: bytes, *, limits: Limits | None = None) -> SourceDocument:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from supportcase.intake.readers import single_page

    limits = limits or Limits()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip(name, archive, limits)
    except zipfile.BadZipFile:
        raise IntakeError(f"{name}: not a readable DOCX (corrupt or truncated)",
                          zh=f"{name}：不是可读取的 DOCX 文件（已损坏或不完整）") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors
        raise IntakeError(f"{name}: not a readable DOCX ({type(exc).__name__})",
                          zh=f"{name}：不是可读取的 DOCX 文件（{type(exc).__name__}）") from None
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = cell.text.strip()
                    if not cells or cells[-1] != text:  # merged cells repeat their text
                        cells.append(text)
                lines.append("\t".join(cells))
    return single_page(name, data, "application/vnd.openxmlformats-officedocument."
                       "wordprocessingml.document", "\n".join(lines))
