"""The hot path: a stored report this process has already rendered, answered before FastAPI
routes the request.

A link shared in a chat group is read by thousands, each read the same bytes (a stored report
never changes). Routing and parameter parsing cost several times the answer itself, so a
GET /reports/ID[.json|.md|.png] whose rendering is in the process's cache is answered here,
inside every guard (security headers, rate limit, trusted Host, OriginCache): the same bytes
and headers as the route (checker.web.views.report), which serves everything else, a first
read, a ?lang= switch (it sets a cookie) and unknown ids.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

from checker.web.pages import lang_from
from checker.web.security import csp

__all__ = ["HotReports", "MEDIA", "REPORT_NAME", "report_headers"]

REPORT_NAME = re.compile(r"(?P<id>[A-Za-z0-9_-]{12})(?P<ext>\.json|\.md|\.png)?")
_PATH = re.compile(r"/reports/" + REPORT_NAME.pattern)
MEDIA = {".json": "application/json", ".md": "text/markdown; charset=utf-8",
         ".png": "image/png", None: "text/html; charset=utf-8"}
_PAGE_CSP = csp(script_src="'self'")  # the copy button's script (reports/web/share.js) only


def _hot_headers(ext: str | None, hidden: bool) -> list[tuple[bytes, bytes]]:
    """report_headers as OriginCache leaves them for a response that embeds our address (Vary
    gains Host), encoded once: the hot path sends them without marking the response."""
    fields = {"content-type": MEDIA[ext], **report_headers(ext, hidden)}
    fields["vary"] += ", Host"
    return [(k.encode(), v.encode()) for k, v in fields.items()]


def report_headers(ext: str | None, hidden: bool) -> dict[str, str]:
    """A stored report's headers besides its type. It never changes; the language is in the
    URL or the cookie, hence Vary. Unlisted reports are kept out of search engines."""
    headers = {"cache-control": "private, max-age=300", "vary": "Cookie"}
    if hidden:
        headers["x-robots-tag"] = "noindex, nofollow"
    if ext is None:
        headers["content-security-policy"] = _PAGE_CSP
    return headers


class HotReports:
    def __init__(self, app, state) -> None:
        self.app, self.state = app, state
        self.headers = {(ext, hidden): _hot_headers(ext, hidden)
                        for ext in MEDIA for hidden in (False, True)}
        self.queries: dict[bytes, tuple[str, str] | None] = {}  # /check's query -> its target

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET":
            if scope["path"] == "/check" and await self._reused(scope, send):
                return
            match = None if scope.get("query_string") else _PATH.fullmatch(scope["path"])
            if match and await self._served(scope, match["id"], match["ext"], send):
                return
        await self.app(scope, receive, send)

    async def _reused(self, scope, send) -> bool:
        """/check?url=U of a URL this process checked minutes ago: the 303 to its report the
        route would send (the bookmarklet's path). Anything else goes to the route."""
        headers = dict(scope["headers"])
        mode, site = headers.get(b"sec-fetch-mode"), headers.get(b"sec-fetch-site")
        if mode and mode != b"navigate" and site != b"same-origin":
            return False  # the route refuses it in words
        raw = scope["query_string"]
        if raw in self.queries:
            target = self.queries[raw]
        else:  # the same bookmarklet link is read again and again: its URL is parsed once
            target = self._target(raw)
            if len(raw) <= 1024:  # bounded: at most 4096 short queries
                if len(self.queries) >= 4096:
                    self.queries.clear()
                self.queries[raw] = target
        if target is None:
            return False
        url, visibility = target
        rid = self.state.recent(url, visibility)
        if rid is None:
            return False
        await send({"type": "http.response.start", "status": 303,
                    "headers": [(b"content-length", b"0"),
                                (b"location", f"/reports/{rid}".encode())]})
        await send({"type": "http.response.body", "body": b""})
        return True

    def _target(self, raw: bytes) -> tuple[str, str] | None:
        """(URL, visibility) of a /check query the hot path may answer, else None."""
        from checker.errors import CheckError
        from checker.retrieve.targets import parse_url_target

        query = dict(parse_qsl(raw.decode("latin-1")))
        if not set(query) <= {"url", "visibility"}:
            return None  # ?lang= and the like: the route keeps them in the redirect
        try:
            url = parse_url_target(query.get("url", ""), self.state.settings.max_url_chars)
        except CheckError:
            return None
        return url, "unlisted" if query.get("visibility") == "unlisted" else "public"

    async def _served(self, scope, rid: str, ext: str | None, send) -> bool:
        headers = dict(scope["headers"])
        cookie = headers.get(b"cookie")
        lang = lang_from("", cookie.decode("latin-1")) if cookie else "id"  # no query here
        base = self.state.settings.public_url or (
            f"{scope['scheme']}://{headers.get(b'host', b'').decode('latin-1')}"
            f"{scope.get('root_path', '')}")
        rendered = self.state.rendered
        body = rendered.get((rid, ext, lang, base))
        hidden = rendered.get((rid, "visibility"))
        if body is None or hidden is None:
            return False  # the route renders it and fills the cache
        # The headers OriginCache would give the route's answer (it embeds our address).
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", str(len(body)).encode()),
                                *self.headers[ext, hidden == b"unlisted"]]})
        await send({"type": "http.response.body", "body": body})
        return True
