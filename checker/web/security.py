"""The service's guard rails, as plain ASGI middleware and small pure helpers: security headers
on every response, request-body caps and deadlines, a per-client rate limit, CSRF tokens.

Strangers send this service URLs, files and whole pages; a flood must get 429s, a huge body
413, a slow one 408, and nothing it serves may run script it did not write.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import ipaddress
import secrets
import time
from functools import lru_cache
from typing import Awaitable, Callable

from starlette.middleware.trustedhost import TrustedHostMiddleware

__all__ = ["BodyLimit", "BodyTimeout", "BodyTooLarge", "Csrf", "OriginCache", "RateLimit",
           "SecurityHeaders", "TrackedSend", "TrustedHost", "client_key", "csp",
           "plain_response", "script_hash"]

# No script at all unless a page names its own by hash; nothing loads from elsewhere; no page
# of ours may be framed (clickjacking a "check" button), forms post only back here.
DEFAULT_CSP = {
    "default-src": "'none'", "style-src": "'self'", "img-src": "'self' data:",
    "form-action": "'self'", "frame-ancestors": "'none'", "base-uri": "'none'",
}
_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    # A report's address says what someone checked: never sent to other sites. Not
    # "no-referrer": that makes browsers send `Origin: null` on our own POSTs (Fetch spec),
    # and the CSRF check reads Origin.
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
)


def csp(**extra: str) -> str:
    """The default policy with some directives replaced (script_src="..." for script-src)."""
    policy = dict(DEFAULT_CSP)
    policy.update({k.replace("_", "-"): v for k, v in extra.items()})
    return "; ".join(f"{k} {v}" for k, v in policy.items())


def script_hash(source: str) -> str:
    """The CSP source expression that allows exactly this inline script."""
    import base64

    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


Send = Callable[[dict], Awaitable[None]]


class SecurityHeaders:
    """Adds the headers above and the default CSP to every HTTP response that does not set
    its own (the /send page and /docs do, to allow their hashed scripts)."""

    def __init__(self, app) -> None:
        self.app = app
        self.csp = csp().encode()
        self.all = ((b"content-security-policy", self.csp), *_HEADERS)
        self.names = frozenset(k for k, _ in self.all)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        https = scope.get("scheme") == "https"

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {k.lower() for k, _ in headers}
                if present.isdisjoint(self.names):  # most responses: all of ours, at once
                    headers += self.all
                else:
                    if b"content-security-policy" not in present:
                        headers.append((b"content-security-policy", self.csp))
                    headers += [(k, v) for k, v in _HEADERS if k not in present]
                if https:
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


class OriginCache:
    """A response that embeds our own address (bookmarklets, permalinks: views.base_url marks
    it) is never kept by a shared cache, and a browser's copy varies with the Host: a link
    built for one name must not be served under another."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        state = scope.setdefault("state", {})  # one dict, shared with the route's scope

        async def marked(message: dict) -> None:
            if message["type"] == "http.response.start" and \
                    state.get("embeds_origin"):
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"vary"]
                vary = [v for k, v in message.get("headers", ()) if k.lower() == b"vary"]
                cache = [v for k, v in headers if k.lower() == b"cache-control"]
                if not cache or not any(b"private" in v or b"no-store" in v for v in cache):
                    headers = [(k, v) for k, v in headers if k.lower() != b"cache-control"]
                    headers.append((b"cache-control", b"no-store"))
                headers.append((b"vary", b", ".join([*vary, b"Host"])))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, marked)


async def plain_response(send: Send, status: int, body: bytes, content_type: str,
                         headers: tuple = ()) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode()),
                            (b"content-length", str(len(body)).encode()),
                            (b"cache-control", b"no-store"), *headers]})
    await send({"type": "http.response.body", "body": body})


# A refusal page or JSON, made by the app (it knows the language and the templates):
# deny(scope, code, retry_after) -> (status, body, content type)
Deny = Callable[[dict, str, int], tuple[int, bytes, str]]


class BodyTooLarge(Exception):
    """Raised from receive() when a body passes its cap (BodyLimit answers 413)."""


class BodyTimeout(Exception):
    """Raised from receive() when a body is still arriving at its deadline (408)."""


class TrackedSend:
    """An ASGI send that remembers whether the response has begun: after its status has gone
    out, an error can no longer be answered with a page of its own."""

    def __init__(self, send) -> None:
        self.send, self.started = send, False

    async def __call__(self, message: dict) -> None:
        self.started = self.started or message["type"] == "http.response.start"
        await self.send(message)


class BodyLimit:
    """Caps each request body (`limit_for(path, content_type)` bytes) and the time it may take to arrive.
    A declared Content-Length over the cap is refused before a byte is read; a chunked body is
    counted as it streams. Refusals are 413 (web_body_too_large) and 408 (web_body_timeout)."""

    def __init__(self, app, limit_for: Callable[[str, str], int], timeout: float,
                 deny: Deny) -> None:
        self.app, self.limit_for, self.timeout, self.deny = app, limit_for, timeout, deny

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers", ()))
        declared = headers.get(b"content-length")
        if declared is None and b"transfer-encoding" not in headers:
            return await self.app(scope, receive, send)  # HTTP/1.1: no body to cap or time
        ctype = headers.get(b"content-type", b"").split(b";", 1)[0].strip().lower()
        limit = self.limit_for(scope["path"], ctype.decode("latin-1"))
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await self._refuse(scope, send, "web_body_too_large")
        deadline = time.monotonic() + self.timeout
        seen = 0

        async def capped_receive() -> dict:
            nonlocal seen
            remaining = deadline - time.monotonic()
            try:
                message = await asyncio.wait_for(receive(), max(remaining, 0.001))
            except asyncio.TimeoutError:
                raise BodyTimeout() from None
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge()
            return message

        sent = TrackedSend(send)
        try:
            await self.app(scope, capped_receive, sent)
        except (BodyTooLarge, BodyTimeout) as exc:
            if sent.started:  # too late for a status; the connection just ends
                return
            code = "web_body_too_large" if isinstance(exc, BodyTooLarge) else "web_body_timeout"
            await self._refuse(scope, send, code)

    async def _refuse(self, scope, send, code: str) -> None:
        status, body, ctype = self.deny(scope, code, 0)
        await plain_response(send, status, body, ctype, ((b"connection", b"close"),))


def client_key(scope: dict) -> str:
    """Who a request is from, for the rate limit: the peer address (uvicorn puts the proxy's
    X-Forwarded-For there only when --trust-proxy names the proxy). An IPv6 client owns a
    whole /64, so the /64 is one client."""
    client = scope.get("client")
    return _client_of(client[0] if client else "")


@lru_cache(maxsize=4096)
def _client_of(host: str) -> str:
    # Cached: every request asks, and parsing the address is most of a cheap request's
    # guard work (the same few thousand peers ask again and again).
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host or "unknown"
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


class TrustedHost(TrustedHostMiddleware):
    """Starlette's TrustedHostMiddleware (a Host the operator did not allow gets 400), with
    the Host values it let through remembered: the same few names come with every request,
    and the parent parses and matches each one again."""

    def __init__(self, app, allowed_hosts, www_redirect: bool = False) -> None:
        super().__init__(app, allowed_hosts=allowed_hosts, www_redirect=www_redirect)
        self.inner, self.app = app, self._let_through  # the parent calls self.app if allowed
        self.accepted: set[bytes] = set()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and _host(scope) in self.accepted:
            return await self.inner(scope, receive, send)
        await super().__call__(scope, receive, send)

    async def _let_through(self, scope, receive, send) -> None:
        host = _host(scope)
        if host is not None and len(self.accepted) < 64:  # bounded: names, not clients
            self.accepted.add(host)
        await self.inner(scope, receive, send)


def _host(scope) -> bytes | None:
    return next((v for k, v in scope["headers"] if k == b"host"), None)


class RateLimit:
    """Every request but `exempt` paths takes a token from its client's bucket (`limiter`:
    checker.web.shared.SharedLimiter, one bucket for every process); an empty bucket gets 429
    with Retry-After (web_rate_limited) and costs the service nothing more."""

    def __init__(self, app, limiter, deny: Deny,
                 exempt: tuple[str, ...] = ("/healthz",)) -> None:
        self.app, self.limiter, self.deny, self.exempt = app, limiter, deny, exempt

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["path"] in self.exempt:
            return await self.app(scope, receive, send)
        wait = self.limiter.take(client_key(scope))
        if not wait:
            return await self.app(scope, receive, send)
        status, body, ctype = self.deny(scope, "web_rate_limited", wait)
        await plain_response(send, status, body, ctype, ((b"retry-after", str(wait).encode()),))


class Csrf:
    """Signed double-submit tokens for our own POST forms. The cookie holds a random value
    (SameSite=Strict, HttpOnly); the form carries HMAC(secret, value). A cross-site page can
    neither read the cookie nor compute the token, and a planted cookie is useless without
    the secret. The Origin / Sec-Fetch-Site headers, when a browser sends them, must say the
    POST comes from our own pages too."""

    COOKIE = "cekresmi_csrf"
    FIELD = "csrf"

    def __init__(self, secret: bytes | None = None) -> None:
        self.secret = secret or secrets.token_bytes(32)

    def sign(self, value: str) -> str:
        return hmac.new(self.secret, value.encode(), hashlib.sha256).hexdigest()[:32]

    def cookie_value(self, current: str | None) -> str:
        """The visitor's cookie value, or a fresh one when it is missing or malformed."""
        if current and len(current) == 32 and all(c in "0123456789abcdef" for c in current):
            return current
        return secrets.token_hex(16)

    def valid(self, cookie: str | None, token: str | None, origin: str | None,
              fetch_site: str | None, host: str | None) -> bool:
        if fetch_site and fetch_site not in ("same-origin", "none"):
            return False
        if origin and origin != "null":
            netloc = origin.split("://", 1)[-1]
            if not host or netloc.lower() != host.lower():
                return False
        elif origin == "null":
            return False
        if not cookie or not token:
            return False
        return hmac.compare_digest(self.sign(cookie), token)
