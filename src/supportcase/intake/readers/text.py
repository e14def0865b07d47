"""Plain text and HTML in any encoding (GB18030, Big5, UTF-16, Latin-1, ...).

charset-normalizer picks the encoding; HTML is reduced to its visible text with the
standard library's parser (scripts and styles dropped, block elements on their own line).
"""

from __future__ import annotations

from html.parser import HTMLParser

from supportcase.intake.document import IntakeError, SourceDocument

_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
           "section", "article", "header", "footer", "blockquote", "pre", "title"}


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).splitlines()]
    return "\n".join(line for line in lines if line)


def decode(name: str, data: bytes) -> str:
    """Bytes of unknown encoding → text."""
    from charset_normalizer import from_bytes

    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise IntakeError(f"{name}: not text in any encoding intake recognises",
                          zh=f"{name}：无法按任何可识别的编码读成文字")
    return str(best)


def read_text(name: str, data: bytes, *, html: bool = False) -> SourceDocument:
    from supportcase.intake.readers import single_page

    text = decode(name, data)
    if "\x00" in text:
        raise IntakeError(f"{name}: looks like a binary file, not text; unknown file type",
                          zh=f"{name}：看起来是二进制文件而不是文字，文件类型无法识别")
    if html:
        return single_page(name, data, "text/html", html_to_text(text))
    return single_page(name, data, "text/plain", text)
