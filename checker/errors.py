"""Errors a user can act on. Each carries a code and parameters; the words (id/en) live in
reports/errors.yaml so the CLI and the web service print them in the
user's language, on one line, never as a traceback."""

from __future__ import annotations

from typing import Any


class CheckError(Exception):
    """A check could not run: bad input, refused address, fetch failure, unreadable archive."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # for logs; users see the translated line
        details = ", ".join(f"{k}={v}" for k, v in sorted(self.params.items()))
        return f"{self.code}: {details}" if details else self.code
