"""uvicorn's HTTP/1.1 protocol (h11) with the limits a public service needs before a request
reaches the app, where no middleware can act:

- a header deadline: a connection must deliver a whole request head (request line and
  headers) within `header_timeout` seconds of its first byte (or of opening), else it gets 408
  and is closed. uvicorn's keep-alive timeout covers idle time between requests only, so
  slowloris connections (headers that never end) used to stay forever;
- a cap on open connections per client (an IPv6 /64 is one client): one address holding a
  thousand half-open connections used to fill uvicorn's shared `limit_concurrency`, and every
  other reader got 503. Connections from a trusted reverse proxy are not capped (it carries
  many readers; cap them there);
- a request line of at most `max_line` bytes (414) and a head of at most `max_head` bytes and
  `max_headers` lines (431), counted on what has arrived so far, complete or not.

Refusals are written raw (no request was parsed, so there is no app to answer) and the
connection is closed.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from checker.web.security import client_key

__all__ = ["Limits", "guarded_protocol"]


@dataclass(frozen=True)
class Limits:
    header_timeout: float = 10.0
    per_client: int = 32
    max_line: int = 8_192
    max_head: int = 16_384
    max_headers: int = 100
    trusted: tuple = ()  # reverse proxies (addresses or networks): not capped per client


def _raw(status: int, reason: str) -> bytes:
    return (f"HTTP/1.1 {status} {reason}\r\ncontent-type: text/plain; charset=utf-8\r\n"
            f"content-length: {len(reason) + 1}\r\nconnection: close\r\n\r\n{reason}\n").encode()


TIMEOUT = _raw(408, "Request Timeout")
TOO_MANY = _raw(429, "Too Many Requests")
URI_TOO_LONG = _raw(414, "URI Too Long")
HEAD_TOO_LARGE = _raw(431, "Request Header Fields Too Large")


def guarded_protocol(limits: Limits) -> type:
    """An H11Protocol class for uvicorn's `http=` with these limits (each server its own
    class: the per-client counts live on it)."""
    trusted = tuple(ipaddress.ip_network(t, strict=False) for t in limits.trusted)

    class GuardedH11(H11Protocol):
        open_by_client: dict[str, int] = {}

        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._key = None
            self._head_timer = None
            self._refused = False
            host = self.client[0] if self.client else ""
            if not _is_trusted(host, trusted):
                self._key = client_key({"client": self.client})
                count = self.open_by_client.get(self._key, 0) + 1
                self.open_by_client[self._key] = count
                if count > limits.per_client:
                    return self._refuse(TOO_MANY)
            self._arm()

        def connection_lost(self, exc) -> None:
            self._disarm()
            if self._key is not None:
                left = self.open_by_client.get(self._key, 1) - 1
                if left > 0:
                    self.open_by_client[self._key] = left
                else:
                    self.open_by_client.pop(self._key, None)
                self._key = None
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._refused:
                return  # answered already; the rest is discarded until the close
            state = self.conn.their_state
            if state is h11.IDLE or state is h11.DONE:  # a head arriving (DONE: pipelined)
                if state is h11.IDLE:
                    self._arm()
                refusal = _head_refusal(self.conn.trailing_data[0] + data, limits)
                if refusal is not None:
                    return self._refuse(refusal)
            super().data_received(data)
            if self.conn.their_state is not h11.IDLE:  # the head is complete
                self._disarm()

        def on_response_complete(self) -> None:
            # Requests pipelined behind this one are already in h11's buffer: their heads are
            # held to the same limits before h11 parses the next one.
            pending = self.conn.trailing_data[0]
            refusal = _head_refusal(pending, limits) if pending else None
            if refusal is not None and not self.transport.is_closing():
                self.server_state.total_requests += 1
                return self._refuse(refusal)
            super().on_response_complete()

        def _arm(self) -> None:
            if self._head_timer is None and not self.transport.is_closing():
                self._head_timer = self.loop.call_later(limits.header_timeout, self._expired)

        def _disarm(self) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None

        def _expired(self) -> None:
            self._head_timer = None
            if self.conn.their_state is h11.IDLE:  # no whole request head in time
                self._refuse(TIMEOUT)

        def _refuse(self, response: bytes) -> None:
            """Answer, then a lingering close: stop sending (FIN), discard what still comes
            for a second, then close. Closing at once with unread data in the socket makes
            the kernel send a reset, which can destroy the answer before it is read."""
            self._disarm()
            if self.transport.is_closing() or self._refused:
                return
            self._refused = True
            self.connections.discard(self)  # no longer counts against limit_concurrency
            self.transport.write(response)
            if self.transport.can_write_eof():
                self.transport.write_eof()
            self.loop.call_later(1.0, self.transport.close)

    return GuardedH11


def _is_trusted(host: str, networks: tuple) -> bool:
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(ip in net for net in networks)


def _head_refusal(pending: bytes, limits: Limits) -> bytes | None:
    """414 or 431 for a request head that is already too long, else None."""
    end = pending.find(b"\r\n\r\n")
    head = pending if end < 0 else pending[:end]
    head = head.lstrip(b"\r\n")
    line_end = head.find(b"\r\n")
    line = head if line_end < 0 else head[:line_end]
    if len(line) > limits.max_line:
        return URI_TOO_LONG
    if len(head) > limits.max_head or head.count(b"\n") > limits.max_headers:
        return HEAD_TOO_LARGE
    return None
