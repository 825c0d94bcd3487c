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


# Why a connection failed, as one word the messages have plain sentences for (errors.yaml:
# connect_failed_<word>). The OS and library texts ("[Errno 111] Connection refused", "All
# connection attempts failed", "[SSL: CERTIFICATE_VERIFY_FAILED] ...") mean nothing to a
# reader and change with the platform.
_ERRNO_REASONS = {111: "refused", 61: "refused", 10061: "refused",  # Linux, macOS, Windows
                  101: "unreachable", 113: "unreachable", 51: "unreachable", 65: "unreachable",
                  104: "reset", 54: "reset", 10054: "reset"}
_TEXT_REASONS = (("certificate", "tls"), ("ssl", "tls"), ("tls", "tls"), ("handshake", "tls"),
                 ("refused", "refused"), ("unreachable", "unreachable"),
                 ("no route", "unreachable"), ("reset", "reset"))


def connect_reason(exc: BaseException) -> str:
    """refused | unreachable | reset | tls | failed, from the error and what caused it."""
    seen, node = set(), exc
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        number = getattr(node, "errno", None)
        if isinstance(number, int) and number in _ERRNO_REASONS:
            return _ERRNO_REASONS[number]
        if type(node).__name__.startswith("SSL") or "Certificate" in type(node).__name__:
            return "tls"
        node = node.__cause__ or node.__context__
    text, node = "", exc
    seen.clear()
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        text += f" {type(node).__name__} {node}".lower()
        node = node.__cause__ or node.__context__
    return next((reason for word, reason in _TEXT_REASONS if word in text), "failed")
