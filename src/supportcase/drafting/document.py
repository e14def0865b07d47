"""A draft as a short list of blocks — title, headings, paragraphs, tables — for DOCX and PDF.

Templates write a small line-based markup so one template serves both renderers:

    # Title                       centred document title
    ## Heading / ### Subheading
    plain line                    a body paragraph (first-line indent in Chinese)
    >> text                       right-aligned (signature, date)
    ^^ text                       centred line
    :: text                       a paragraph without indent (addresses, labels)
    - item                        a bullet
    !! text                       a boxed notice (translation banner, assumptions)
    | a | b | c |                 a table row; the first row of a table is its header;
    |= a | b |                    a bold row (totals)
    ~~~                           page break

A cell containing a literal bar writes it as `\\|`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from supportcase.drafting.placeholders import find_placeholders

BlockKind = Literal["title", "heading", "subheading", "para", "plain", "right", "center",
                    "bullet", "note", "table", "pagebreak"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    bold_rows: frozenset[int] = frozenset()  # indexes of rows set in bold (totals)


@dataclass(frozen=True)
class DraftDocument:
    """A rendered draft: its blocks plus what a person must know before filing it."""

    kind: str
    lang: str
    title: str
    blocks: tuple[Block, ...]
    filing_copy: bool  # False: a translation, a companion to the filing copy
    refused: tuple[str, ...] = ()  # clues left out because they were obtained unlawfully
    citations: tuple[dict[str, object], ...] = ()  # citation-check results
    figures: dict[str, str] = field(default_factory=dict)  # figures taken from the ledger

    def text(self) -> str:
        parts: list[str] = []
        for b in self.blocks:
            if b.kind == "table":
                parts.extend(" | ".join(r) for r in b.rows)
            elif b.text:
                parts.append(b.text)
        return "\n".join(parts)

    def placeholders(self) -> list[str]:
        return find_placeholders(self.text())

    def tables(self) -> list[tuple[tuple[str, ...], ...]]:
        return [b.rows for b in self.blocks if b.kind == "table"]


_CELL_SPLIT = re.compile(r"(?<!\\)\|")
_PREFIXES: tuple[tuple[str, BlockKind], ...] = (
    ("### ", "subheading"), ("## ", "heading"), ("# ", "title"), (">> ", "right"),
    ("^^ ", "center"), (":: ", "plain"), ("- ", "bullet"), ("!! ", "note"),
)


def _cells(line: str) -> tuple[str, ...]:
    inner = line.strip()
    inner = inner[2:] if inner.startswith("|=") else inner[1:]
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return tuple(c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(inner))


def parse_markup(markup: str) -> list[Block]:
    """Blocks from the template markup (see the module docstring)."""
    blocks: list[Block] = []
    table: list[tuple[str, ...]] = []
    bold: set[int] = set()

    def flush() -> None:
        if table:
            blocks.append(Block("table", rows=tuple(table), bold_rows=frozenset(bold)))
            table.clear()
            bold.clear()

    for raw in markup.splitlines():
        line = raw.rstrip()
        stripped = line.strip()
        if stripped.startswith("|"):
            if stripped.startswith("|="):
                bold.add(len(table))
            table.append(_cells(stripped))
            continue
        flush()
        if not stripped:
            continue
        if stripped == "~~~":
            blocks.append(Block("pagebreak"))
            continue
        for prefix, kind in _PREFIXES:
            if stripped.startswith(prefix):
                blocks.append(Block(kind, stripped[len(prefix):].strip()))
                break
        else:
            blocks.append(Block("para", stripped))
    flush()
    return blocks
