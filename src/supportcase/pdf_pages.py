"""Page footers that know the page count ("第 3 页 共 5 页"), for every PDF supportcase writes.

reportlab draws a page before it knows how many follow, so the canvas keeps each page's
state and stamps the footers when the document is saved. Each writer says only what its
footer looks like.

A document may also end in a part that is numbered on its own — the drafts' internal review
pages, which are removed before filing. Something drawn on that part's first page calls
`canvas.begin_part(name)`; from that page on, pages count within the part ("1 of 2") and get
the part's own footer, and the pages before it count only among themselves, so deleting the
part leaves a correctly numbered document.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

# footer(canvas, page number, page count) draws one page's footer
Footer = Callable[[Any, int, int], None]


def numbered_canvas(font: str, footer: Footer | None, *,
                    initial_font: bool = True,
                    part_footers: Mapping[str, Footer | None] | None = None) -> type[Any]:
    """A reportlab canvas class that stamps `footer` on each page; with `initial_font`,
    pages start in `font` (the embedded one) instead of reportlab's Helvetica.

    `part_footers` gives the footer of each separately numbered part (see the module
    docstring); a part without one is numbered with `footer`."""
    from reportlab.pdfgen.canvas import Canvas

    parts = dict(part_footers or {})

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if initial_font:
                # No unembedded Helvetica is then referenced anywhere in the file.
                kwargs.setdefault("initialFontName", font)
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self._part: str | None = None  # the part the current page belongs to

        def begin_part(self, name: str) -> None:
            """The current page and those after it form the part `name`."""
            self._part = name

        def showPage(self) -> None:  # reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            part_of = [state.get("_part") for state in self._saved_pages]
            seen: dict[str | None, int] = {}
            for state, part in zip(self._saved_pages, part_of, strict=True):
                self.__dict__.update(state)
                seen[part] = seen.get(part, 0) + 1
                stamp = parts.get(part, footer) if part is not None else footer
                if stamp is not None:
                    stamp(self, seen[part], part_of.count(part))
                super().showPage()
            super().save()

    return NumberedCanvas
