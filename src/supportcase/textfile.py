"""Decode a text file a user saved: a case file, a rate table.

UTF-8, with or without a byte-order mark, and UTF-16 or UTF-32 with one (what Windows
Notepad calls "Unicode") are read. The encoding is taken from what the file says, never
guessed: these files hold amounts and dates, and a wrong guess would misread them silently.
Anything else raises UnicodeDecodeError, which callers turn into their "save it as UTF-8".
"""

from __future__ import annotations

import codecs

# UTF-32 LE's mark begins with UTF-16 LE's, so it is looked for first.
_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
          (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
          (codecs.BOM_UTF16_BE, "utf-16"))


def decode_saved_text(data: bytes) -> str:
    for mark, codec in _MARKS:
        if data.startswith(mark):
            return data.decode(codec)
    text = data.decode("utf-8")
    if "\x00" in text:  # valid UTF-8, but text has no NUL: UTF-16/32 without its mark, or binary
        at = data.index(b"\x00")
        raise UnicodeDecodeError("utf-8", data, at, at + 1, "NUL byte in text")
    return text
