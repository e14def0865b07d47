"""Errors a user can cause, typed and explained.

A `UserError` is shown as one clear line (no traceback) by the CLI and the web app.
Bugs are ordinary exceptions and are allowed to raise.
"""

from __future__ import annotations

from collections.abc import Sequence


class UserError(Exception):
    """Something the user can fix: a bad file, a missing case, a wrong date.

    `zh` (and `hint_zh`) say it in Simplified Chinese for a reader of a Chinese page; without
    them `say("zh")` falls back to the English text rather than saying nothing.
    """

    def __init__(self, message: str, *, hint: str | None = None, zh: str | None = None,
                 hint_zh: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.zh = zh
        self.hint_zh = hint_zh

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"

    def say(self, lang: str) -> str:
        """The message in the reader's language."""
        if lang != "zh" or self.zh is None:
            return str(self)
        hint = self.hint_zh or self.hint
        return self.zh if not hint else f"{self.zh}（{hint}）"


class CaseFileError(UserError):
    """A case file that cannot be read: names the file, line and field.

    `reason_zh` is `message` in Chinese (casefile/reasons_zh.py); `say("zh")` then names the
    same file, line and field around it."""

    def __init__(
        self, message: str, *, file: str | None = None, line: int | None = None,
        field: str | None = None, reason_zh: str | None = None,
        also: Sequence[tuple[str, str]] = (),
    ) -> None:
        where = ":".join(p for p in (file, str(line) if line else None) if p)
        prefix = f"{where}: " if where else ""
        suffix = f" (field '{field}')" if field else ""
        # Further problems of the same file (English, Chinese), one line each.
        more_en = "".join(f"\n  {en}" for en, _ in also)
        zh = None
        if reason_zh is not None:
            at = " ".join(p for p in (file, f"第 {line} 行" if line else None) if p)
            zh = (f"{at}：" if at else "") + reason_zh + (f"（字段 {field}）" if field else "")
            zh += "".join(f"\n  {z}" for _, z in also)
        super().__init__(f"{prefix}{message}{suffix}{more_en}", zh=zh)
        self.file = file
        self.line = line
        self.field = field


class NotFound(UserError):
    """A case, document or rule that does not exist."""
