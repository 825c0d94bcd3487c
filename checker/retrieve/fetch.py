"""Retrieve a page as a Snapshot, safely: the only module that talks to the network.

Safety first because the URLs come from strangers: every hop's host is resolved here, every
address vetted (SSRF guard), and the request sent to the vetted address itself so a second DNS
answer cannot swap it (rebinding). Redirects are followed by hand, the whole fetch has one
deadline, and the body is capped while it streams. Every failure is a CheckError with a code.

Each hop is also kept as it came over the wire (an Exchange: headers in order, the body still
content-encoded) so a check can save its evidence as a WARC (checker.retrieve.warc).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from datetime import datetime, timezone
from http.cookiejar import DefaultCookiePolicy

import httpx

from checker.retrieve.fetch_config import FetchConfig
from checker.retrieve.decode import BodyDecoder, DecodeError, TooLarge, UnsupportedEncoding
from checker.errors import CheckError, connect_reason
from checker.retrieve.guard import Vetter, ip_literal
from checker.models import Exchange, Hop, Snapshot

__all__ = ["FetchConfig", "fetch", "fetch_async", "fetch_many", "get_bytes", "json_client",
           "new_client"]

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8",
    "Accept-Language": "id,en;q=0.8",
    "Accept-Encoding": "gzip, deflate",  # only what checker.retrieve.decode can undo
}
_HOST = re.compile(r"[a-z0-9_.-]+")
_IDLE_POOLS = 32  # TLS names whose idle keep-alive connections we hold on to
# A redirect's own body ("Moved here") is kept as evidence, but it is not worth a failed
# check: read at most this much, for at most this long, and keep what came.
_REDIRECT_BODY_BYTES = 65_536
_REDIRECT_BODY_SECONDS = 2.0


def _parse(text) -> tuple[httpx.URL | None, str | None]:
    """(url, problem): problem is None, "scheme" (not http/https) or "malformed"."""
    try:
        url = httpx.URL(text)
        host = url.raw_host.decode("ascii")
    except (httpx.InvalidURL, TypeError, UnicodeError):
        return None, "malformed"
    if url.scheme not in ("http", "https"):
        return url, "scheme" if url.scheme else "malformed"
    if not host or not (_HOST.fullmatch(host) or ip_literal(host)):
        return url, "malformed"  # httpx accepts hosts like "a%20b": no resolver would
    return url, None


def _follow(current: httpx.URL, location: str) -> httpx.URL:
    """Resolve a Location (relative ones against the current URL); only http(s) may follow."""
    try:
        target, problem = _parse(current.join(location))
    except (httpx.InvalidURL, TypeError, UnicodeError):
        problem = "malformed"
    if problem:
        raise CheckError("bad_redirect", url=str(current), location=location)
    return target


class _Release(httpx.AsyncByteStream):
    """Response body that tells its pool when it is done, so idle pools can be closed."""

    def __init__(self, stream: httpx.AsyncByteStream, entry: list) -> None:
        self._stream, self._entry = stream, entry

    def __aiter__(self):
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        if self._entry is not None:
            self._entry[1] -= 1
            self._entry = None
        await self._stream.aclose()


class _PoolPerTlsName(httpx.AsyncBaseTransport):
    """Once the URL carries the IP, httpcore pools connections by (scheme, IP, port): two names
    behind one CDN address would share a TLS connection whose certificate was checked for the
    first name only (and CDNs answer 421 to the second). So keep one pool per TLS name, and close
    the least recently used idle ones so a crawl of many hosts does not hoard sockets."""

    def __init__(self) -> None:
        self._ssl = httpx.create_ssl_context(trust_env=False)  # loaded once, shared by all
        self._pools: OrderedDict[str | None, list] = OrderedDict()  # name -> [transport, busy]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        name = request.extensions.get("sni_hostname")  # None: plain http or an IP-literal host
        entry = self._pools.pop(name, None) or [
            httpx.AsyncHTTPTransport(verify=self._ssl, trust_env=False), 0]
        self._pools[name] = entry
        entry[1] += 1
        idle = [k for k, (_, busy) in self._pools.items() if not busy][:-_IDLE_POOLS]
        retired = [self._pools.pop(k)[0] for k in idle]  # all at once: no await in between
        try:
            for transport in retired:
                await transport.aclose()
            response = await entry[0].handle_async_request(request)
        except BaseException:
            entry[1] -= 1
            raise
        response.stream = _Release(response.stream, entry)
        return response

    async def aclose(self) -> None:
        for transport, _ in self._pools.values():
            await transport.aclose()
        self._pools.clear()


class _Redirect(Exception):
    """(response, location, raw body, truncated) of a redirect, raised from a response hook:
    otherwise httpx parses the Location itself even with follow_redirects=False, and fails on
    odd ones (javascript:). httpx closes the response when a hook raises, so the body is read
    here first."""


async def _redirect_body(response: httpx.Response) -> tuple[bytes, str | None]:
    """The redirect's body as received, best effort; why it stops short, as WARC-Truncated."""
    import asyncio

    parts, size, truncated = [], 0, None
    try:
        async with asyncio.timeout(_REDIRECT_BODY_SECONDS):
            async for chunk in response.aiter_raw():
                parts.append(chunk)
                size += len(chunk)
                if size > _REDIRECT_BODY_BYTES:
                    truncated = "length"
                    break
    except (TimeoutError, httpx.TimeoutException):
        truncated = "time"
    except httpx.HTTPError:
        truncated = "disconnect"
    return b"".join(parts)[:_REDIRECT_BODY_BYTES], truncated


async def _stop_at_redirects(response: httpx.Response) -> None:
    location = response.headers.get("location")
    if response.status_code in _REDIRECTS and location:  # the statuses httpx would act on
        raise _Redirect(response, location, *await _redirect_body(response))


def new_client() -> httpx.AsyncClient:
    # trust_env=False: an environment proxy would connect on our behalf and void the address
    # check. Cookies are refused so one checked site can never influence the next.
    client = httpx.AsyncClient(transport=_PoolPerTlsName(), trust_env=False,
                               follow_redirects=False,
                               event_hooks={"response": [_stop_at_redirects]})
    client.cookies.jar.set_policy(DefaultCookiePolicy(allowed_domains=[]))
    return client


async def _send(client: httpx.AsyncClient, url: httpx.URL, addresses: list,
                config: FetchConfig, extra: dict[str, str] | None = None) -> httpx.Response:
    """GET `url` from the vetted addresses (in resolver order), never from a fresh lookup."""
    host = url.raw_host.decode("ascii").rstrip(".")
    headers = {**_HEADERS, **(extra or {}), "User-Agent": config.user_agent,
               "Host": url.netloc.decode("ascii")}
    # The documented httpx recipe for "connect to this IP" (docs: advanced/extensions,
    # sni_hostname): httpcore passes it to TLS as server_hostname, so SNI and the certificate
    # check use the real name while the socket goes to the IP in the URL.
    tls = {"sni_hostname": host} if url.scheme == "https" and not ip_literal(host) else {}
    t = config.timeout  # per phase; the overall deadline is fetch_async's asyncio.timeout
    timeouts = httpx.Timeout(connect=config.connect_timeout, read=t, write=t, pool=t)
    error: httpx.ConnectError | None = None
    for ip in addresses:
        request = client.build_request("GET", url.copy_with(host=str(ip)), headers=headers,
                                       timeout=timeouts, extensions=tls)
        try:
            return await client.send(request, stream=True, follow_redirects=False)
        except httpx.ConnectError as exc:
            error = exc  # this address is down: try the next vetted one
    raise error


async def _read(response: httpx.Response, url: httpx.URL,
                config: FetchConfig) -> tuple[bytes, bytes]:
    """(decoded body, body as received): the second is the evidence, the first is analysed."""
    limit = config.max_bytes
    try:
        decoder = BodyDecoder(response.headers.get("content-encoding"), limit)
    except UnsupportedEncoding as exc:
        raise CheckError("unsupported_encoding", url=str(url), encoding=exc.encoding) from None
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:  # refuse before reading a byte
        raise CheckError("too_large", url=str(url), limit=limit)
    parts, raw = [], []
    try:
        async for chunk in response.aiter_raw():
            raw.append(chunk)
            parts.append(decoder.feed(chunk))
        parts.append(decoder.flush())
    except TooLarge:
        raise CheckError("too_large", url=str(url), limit=limit) from None
    except DecodeError as exc:
        raise CheckError("protocol_error", url=str(url), reason=str(exc)) from None
    return b"".join(parts), b"".join(raw)


def _latin1(pairs) -> tuple[tuple[str, str], ...]:
    return tuple((key.decode("latin-1"), value.decode("latin-1")) for key, value in pairs)


def _exchange(response: httpx.Response, url: httpx.URL, started_at: datetime, raw_body: bytes,
              truncated: str | None = None) -> Exchange:
    reason = response.extensions.get("reason_phrase")
    version = response.extensions.get("http_version")
    return Exchange(
        url=str(url), ip=response.request.url.host, started_at=started_at,
        request_headers=_latin1(response.request.headers.raw),
        http_version=version.decode("ascii") if isinstance(version, bytes) else "HTTP/1.1",
        status=response.status_code,
        reason=reason.decode("latin-1") if isinstance(reason, bytes) else response.reason_phrase,
        headers=_latin1(response.headers.raw), raw_body=raw_body, truncated=truncated)


def _network_error(exc: Exception, url: httpx.URL, config: FetchConfig) -> CheckError:
    if isinstance(exc, httpx.TimeoutException):
        connecting = isinstance(exc, httpx.ConnectTimeout)
        return CheckError("timeout", url=str(url),
                          seconds=config.connect_timeout if connecting else config.timeout)
    reason = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectError):  # refused, unreachable, TLS handshake/certificate
        return CheckError("connect_failed", host=url.host, reason=connect_reason(exc),
                          url=str(url))
    return CheckError("protocol_error", url=str(url), reason=reason)


async def fetch_async(url: str, config: FetchConfig = FetchConfig(), *,
                      client: httpx.AsyncClient | None = None, resolver=None,
                      now=None, headers: dict[str, str] | None = None,
                      vetter: Vetter | None = None) -> Snapshot:
    """Fetch `url` into a Snapshot; raise CheckError on any failure.

    Every hop's host goes through `vetter` (checker.retrieve.guard; by default one made from
    `config`'s guard settings and `resolver`), and the request is sent to the addresses it
    vetted. `resolver(host, port) -> list[str]` replaces system DNS; `now()` gives fetched_at and each
    hop's capture time; `headers` adds to ours (the browser's Referer and Accept for a page's
    sub-request). A passed `client` gets our redirect hook added; its pooling and TLS
    settings stay the caller's.
    """
    import asyncio  # where a page is fetched: a check of a saved page needs no event loop

    current, problem = _parse(url)
    if problem == "scheme":
        raise CheckError("bad_scheme", url=str(url), scheme=current.scheme)
    if problem:
        raise CheckError("bad_url", url=str(url))
    requested, hops, exchanges = str(current), [], []
    vetter = vetter or Vetter(config.allow_private, config.allowed_networks, resolver=resolver)
    clock = now or (lambda: datetime.now(timezone.utc))
    own_client = client is None
    client = client or new_client()
    if _stop_at_redirects not in client.event_hooks["response"]:
        client.event_hooks["response"].append(_stop_at_redirects)
    try:
        async with asyncio.timeout(config.timeout):
            while True:
                try:
                    addresses = await vetter.vet(
                        current.raw_host.decode("ascii"),
                        current.port or (443 if current.scheme == "https" else 80), current.host)
                except CheckError as exc:
                    if exc.code == "dns_failed":  # the page it was, for its archived copies
                        exc.params.setdefault("url", str(current))
                    raise
                started = clock()
                try:
                    response = await _send(client, current, addresses, config, headers)
                    try:
                        body, raw = await _read(response, current, config)
                    finally:
                        await response.aclose()
                    exchanges.append(_exchange(response, current, started, raw))
                    break
                except _Redirect as redirect:
                    redirected, location, raw, truncated = redirect.args
                except (httpx.HTTPError, httpx.InvalidURL) as exc:
                    raise _network_error(exc, current, config) from exc
                if len(hops) >= config.max_redirects:
                    raise CheckError("too_many_redirects", url=requested,
                                     limit=config.max_redirects)
                hops.append(Hop(url=str(current), status=redirected.status_code,
                                location=location))
                exchanges.append(_exchange(redirected, current, started, raw, truncated))
                current = _follow(current, location)
    except TimeoutError:
        raise CheckError("timeout", url=str(current), seconds=config.timeout) from None
    finally:
        if own_client:
            await client.aclose()
    return Snapshot(requested_url=requested, final_url=str(current), status=response.status_code,
                    headers=tuple((k.lower(), v) for k, v in response.headers.multi_items()),
                    body=body, fetched_at=clock(), redirects=tuple(hops), origin="live",
                    exchanges=tuple(exchanges))


def fetch(url: str, config: FetchConfig = FetchConfig(), **kw) -> Snapshot:
    """Blocking wrapper for scripts and the CLI (not for use inside a running event loop)."""
    import asyncio

    return asyncio.run(fetch_async(url, config, **kw))


async def fetch_many(urls: list[str], config: FetchConfig, *, concurrency: int = 16,
                     on_done=None, resolver=None) -> list[Snapshot | CheckError]:
    """Fetch all `urls` over one pooled client, `concurrency` at a time; results in input order.

    A failed URL yields its CheckError in place; `on_done(index, result)` runs as each finishes.
    """
    import asyncio

    results: list[Snapshot | CheckError | None] = [None] * len(urls)
    gate = asyncio.Semaphore(max(1, concurrency))
    async with new_client() as client:

        async def one(index: int, url: str) -> None:
            async with gate:
                try:
                    result = await fetch_async(url, config, client=client, resolver=resolver)
                except CheckError as exc:
                    result = exc
            results[index] = result
            if on_done is not None:
                on_done(index, result)

        async with asyncio.TaskGroup() as group:
            for index, url in enumerate(urls):
                group.create_task(one(index, url))
    return results


# -- a plain JSON client for fixed, known hosts (the official-record live client) -----------

def json_client(*, transport: httpx.AsyncBaseTransport | None = None,
                headers: dict[str, str] | None = None, timeout: float = 20.0,
                max_connections: int = 4) -> httpx.AsyncClient:
    """An AsyncClient for KPU's Sirekap data hosts (checker.official.sync). The hosts are fixed
    constants, not user input, so the SSRF machinery above is not needed; the pool is capped so
    the client stays polite. `transport` lets tests pass an httpx.MockTransport."""
    limits = httpx.Limits(max_connections=max_connections,
                          max_keepalive_connections=max_connections)
    base = {"Accept": "application/json", "Accept-Encoding": "gzip, deflate",
            "User-Agent": FetchConfig().user_agent}
    return httpx.AsyncClient(transport=transport, headers={**base, **(headers or {})},
                             timeout=httpx.Timeout(timeout), limits=limits,
                             follow_redirects=True)


async def get_bytes(client: httpx.AsyncClient, url: str, *, headers: dict[str, str] | None = None,
                    max_bytes: int = 50_000_000) -> tuple[int, bytes]:
    """GET `url` -> (status, body). Network failures become CheckError (timeout,
    connect_failed, protocol_error, too_large) so callers never handle httpx themselves."""
    try:
        async with client.stream("GET", url, headers=headers) as response:
            parts, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise CheckError("too_large", url=url, limit=max_bytes)
                parts.append(chunk)
            return response.status_code, b"".join(parts)
    except httpx.TimeoutException:
        raise CheckError("timeout", url=url, seconds=client.timeout.read) from None
    except httpx.ConnectError as exc:
        raise CheckError("connect_failed", host=httpx.URL(url).host,
                         reason=connect_reason(exc)) from None
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise CheckError("protocol_error", url=url, reason=str(exc) or type(exc).__name__) \
            from None
