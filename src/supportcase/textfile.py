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


# Encodings a Chinese-language Windows or Hong Kong/Taiwan editor saves in by default, with
# the name the user knows them by. Only named in the refusal, never used to read.
_CHINESE_ENCODINGS = {"gb18030": "GBK", "gbk": "GBK", "gb2312": "GBK", "big5": "Big5",
                      "big5hkscs": "Big5"}


def chinese_encoding(data: bytes) -> str | None:
    """"GBK" or "Big5" when `data` looks like Chinese text saved in it, for a refusal that
    tells the user which setting to change; None otherwise (or when unsure)."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:65536]))
    if not matches:
        return None
    # A short text fits several East Asian encodings about as well (GBK, Korean cp949,
    # Shift_JIS): a Chinese reading close to the best is the likely one for these users.
    least = min(m.chaos for m in matches)
    return next((_CHINESE_ENCODINGS[m.encoding] for m in matches
                 if m.chaos <= least + 0.1 and m.encoding in _CHINESE_ENCODINGS), None)
