"""create_app(settings): the FastAPI app behind `cekresmi serve`. A factory reads the settings
and loads the rules and the official record once; importing this module does nothing."""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.exceptions import RequestValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from checker.errors import CheckError
from checker.paths import template_dirs
from checker.web.jobs import JobRunner
from checker.web.pages import api_error, deny, error_page, lang_of
from checker.web.security import (BodyLimit, BodyTimeout, BodyTooLarge, Csrf, OriginCache,
                                  RateLimit, SecurityHeaders, TrackedSend, TrustedHost, csp,
                                  plain_response, script_hash)
from checker.web.settings import Settings
from checker.web.shared import SharedLimiter, open_shared
from checker.web.work import recent_key

__all__ = ["State", "close_app", "create_app"]

log = logging.getLogger("cekresmi.web")


class _Lru:
    """A small thread-safe LRU: rendered reports (a stored report never changes) and the
    recent reuse hits."""

    def __init__(self, size: int = 512) -> None:
        self.size, self.items, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        return None

    def put(self, key, value) -> None:
        with self.lock:
            self.items[key] = value
            self.items.move_to_end(key)
            while len(self.items) > self.size:
                self.items.popitem(last=False)


@dataclass
class State:
    """Everything the routes share, built once by create_app."""

    settings: Settings
    context: object            # checker.context.Context: rules + official record
    store: object              # checker.store.reports.ReportStore
    runner: JobRunner
    csrf: Csrf
    check_limiter: SharedLimiter
    send_js: str               # the /send page's inline script, allowed by its hash
    css: bytes
    share_js: str = ""         # the report page's copy button (/static/share.js)
    rendered: _Lru = field(default_factory=_Lru)
    recent_live: _Lru = field(default_factory=lambda: _Lru(4096))  # url -> (id, created_at)
    hoaxes: object = None      # checker.store.hoaxes.Register, read when the app is built
    browsers: object = None    # checker.retrieve.browser_pool.BrowserPool: this process's Chromium

    @property
    def send_hash(self) -> str:
        return script_hash(self.send_js)

    def recent(self, url: str, visibility: str = "public") -> str | None:
        """reusable, from this process's memory only (checker.web.hot's /check)."""
        known = self.recent_live.get((visibility, url))
        if known and (datetime.now(timezone.utc) - known[1]).total_seconds() \
                < self.settings.reuse_seconds:
            return known[0]
        return None

    async def reusable(self, url: str, visibility: str = "public") -> str | None:
        """The id of a stored live report of this URL young enough to show again: from memory
        when this process has seen it (the bookmarklet's hot path), else from the shared cache
        (another process made it: checker.web.work.live_work puts it there), else from the
        database. Only hits are remembered."""
        known = self.recent(url, visibility)
        if known:
            return known
        age = self.settings.reuse_seconds
        shared = self.runner.board.recall(recent_key(url, visibility))
        if shared:
            rid, _, made = shared.partition(" ")
            created = datetime.fromisoformat(made)
            self.recent_live.put((visibility, url), (rid, created))
            return rid
        found = await run_in_threadpool(self.store.reusable, url, age, None, visibility)
        if found is None:
            return None
        self.recent_live.put((visibility, url), (found.id, found.created_at))
        return found.id


def _web_file(settings: Settings, name: str) -> str:
    """A file under reports/ (user template dir first), read as text."""
    for folder in template_dirs(settings.template_dir):
        path = Path(folder) / name
        if path.is_file():
            return path.read_text("utf-8")
    raise FileNotFoundError(name)


def _context(settings: Settings):
    from checker.context import load_context

    return load_context(settings.rules_dir, settings.db)


def _body_limits(settings: Settings):
    # Send-what-I-see carries up to max_sent_chars of HTML; UTF-8 takes up to 3 bytes a
    # character, and the multipart framing a little more.
    sent = settings.max_sent_chars * 3 + 65_536
    upload = settings.max_upload_bytes + 65_536

    def limit_for(path: str, content_type: str = "") -> int:
        if path == "/upload" or (path == "/api/v1/checks" and content_type.startswith("image/")):
            return upload  # the API takes an image as its body; its JSON stays small
        if path == "/send":
            return sent
        return settings.max_body_bytes

    return limit_for


class _CatchAll:
    """A bug in a route becomes a one-line bilingual page (web_internal), inside the security
    headers: never a traceback, never a response without the headers."""

    def __init__(self, app, template_dir) -> None:
        self.app, self.refuse = app, deny(template_dir)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        sent = TrackedSend(send)
        try:
            await self.app(scope, receive, sent)
        except (BodyTooLarge, BodyTimeout):
            raise  # BodyLimit, just outside, answers those
        except Exception:  # noqa: BLE001
            log.exception("internal error on %s", scope.get("path"))
            if not sent.started:
                status, body, ctype = self.refuse(scope, "web_internal", 0)
                await plain_response(send, status, body, ctype)


def create_app(settings: Settings | None = None, *, context=None) -> FastAPI:
    """The app. `context` (rules + official record) may be passed in to share one between
    apps (tests); otherwise it is loaded from settings.rules_dir and settings.db."""
    from checker.paths import official_db_path, reports_db_path
    from checker.store.reports import ReportStore
    from checker.web import api
    from checker.web import digests
    from checker.web import views

    settings = settings or Settings()
    context = context or _context(settings)
    reports_path = reports_db_path(settings.reports_db, settings.db)
    store = ReportStore(reports_path, context.rules)
    # Rate limits, jobs and recent reports, shared by every process of this service.
    shared = open_shared(settings.state,
                         reports_path.with_name(reports_path.stem + ".web-state.sqlite3"))
    from checker.store.hoaxes import HoaxStore

    with HoaxStore(official_db_path(settings.db)) as hoax_store:
        hoaxes = hoax_store.register()
    runner = JobRunner(settings.check_threads, settings.max_pending, settings.job_timeout,
                       board=shared)
    from checker.retrieve.browser_pool import BrowserPool

    browsers = BrowserPool()  # started on the first rendered check, shared by all of them
    css = (_web_file(settings, "_partials/style.css") + "\n"
           + _web_file(settings, "_partials/digest.css") + "\n"
           + _web_file(settings, "web/web.css")).encode("utf-8")
    state = State(settings=settings, context=context, store=store, runner=runner,
                  csrf=Csrf(settings.secret),
                  check_limiter=SharedLimiter(shared, "check", settings.checks_per_minute,
                                              settings.check_burst),
                  send_js=_web_file(settings, "web/send.js"),
                  share_js=_web_file(settings, "web/share.js"), css=css, hoaxes=hoaxes,
                  browsers=browsers)

    @asynccontextmanager
    async def lifespan(app):
        yield
        close_app(app)

    app = FastAPI(
        title="cekresmi", version=_version(), lifespan=lifespan, redirect_slashes=False,
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
        description=("Apakah halaman hasil pemilu ini milik KPU? / Is this election-results "
                     "page the KPU's? The JSON API returns reports in the versioned contract "
                     "`cekresmi.report/1`."))
    app.state.cekresmi = state
    app.include_router(views.router)
    app.include_router(digests.router)
    app.include_router(api.router)
    app.add_api_route("/docs", _docs, include_in_schema=False)
    app.add_api_route("/docs/assets/{name}", _docs_asset, include_in_schema=False)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        cause = exc.__cause__  # FastAPI turns a failed body read into a 400
        if isinstance(cause, (BodyTooLarge, BodyTimeout)):
            raise cause  # BodyLimit answers it (413 / 408)
        code = {404: "web_not_found", 405: "web_method_not_allowed",
                415: "web_unsupported_media"}.get(exc.status_code, "web_bad_json")
        error = CheckError(code, problem=str(exc.detail)[:200])
        if request.url.path.startswith("/api/"):
            return api_error(error, lang_of(request), settings.template_dir)
        return error_page(request, error)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        where = "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', '')}"
                          for e in exc.errors())[:300]
        error = CheckError("web_bad_json", problem=re.sub(r"\s+", " ", where))
        if request.url.path.startswith("/api/"):
            return api_error(error, lang_of(request), settings.template_dir)
        return error_page(request, error)

    refuse = deny(settings.template_dir)
    # Added innermost first: SecurityHeaders wraps everything, so even a 429 or 413 has them.
    from checker.web.hot import HotReports

    app.add_middleware(HotReports, state=state)  # inside every guard below
    app.add_middleware(_CatchAll, template_dir=settings.template_dir)
    app.add_middleware(BodyLimit, limit_for=_body_limits(settings),
                       timeout=settings.body_timeout, deny=refuse)
    app.add_middleware(OriginCache)
    # Before anything reads the Host: a name the operator did not allow gets 400.
    app.add_middleware(TrustedHost, allowed_hosts=settings.trusted_hosts(),
                       www_redirect=False)
    app.add_middleware(RateLimit, limiter=SharedLimiter(shared, "request",
                                                        settings.requests_per_minute,
                                                        settings.request_burst), deny=refuse)
    app.add_middleware(SecurityHeaders)
    return app


def close_app(app: FastAPI) -> None:
    """Let go of what create_app opened: threads, Chromium, database and state files."""
    state = app.state.cekresmi
    state.runner.shutdown()
    state.browsers.close()
    state.store.close()
    state.runner.board.close()


_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
# Swagger UI 5's files from the fastapi-offline package (which bundles them; we use only its
# files), served by us: /docs works offline and loads nothing from a CDN (a newsroom's network,
# or none, must not blank the page). Swagger UI 4 cannot read FastAPI's OpenAPI 3.1.
_DOCS_FILES = {"swagger-ui-bundle.js": "text/javascript; charset=utf-8",
               "swagger-ui.css": "text/css; charset=utf-8",
               "favicon.png": "image/png"}


def _docs():
    """Swagger UI (FastAPI's page) with its bundle from /docs/assets/; it starts with one inline
    script, which this page's CSP allows by hash; every other page allows no such thing."""
    from fastapi.openapi.docs import get_swagger_ui_html

    response = get_swagger_ui_html(
        openapi_url="/openapi.json", title="cekresmi API",
        swagger_js_url="/docs/assets/swagger-ui-bundle.js",
        swagger_css_url="/docs/assets/swagger-ui.css",
        swagger_favicon_url="/docs/assets/favicon.png")
    hashes = " ".join(script_hash(m) for m in _INLINE_SCRIPT.findall(response.body.decode()))
    response.headers["content-security-policy"] = csp(
        script_src=f"{hashes} 'self'", style_src="'self' 'unsafe-inline'",
        img_src="'self' data:", connect_src="'self'")
    return response


@lru_cache(maxsize=len(_DOCS_FILES))
def _docs_file(name: str) -> bytes:
    from importlib.resources import files

    return files("fastapi_offline").joinpath("static", name).read_bytes()


def _docs_asset(name: str):
    if name not in _DOCS_FILES:
        raise HTTPException(status_code=404)
    return Response(_docs_file(name), media_type=_DOCS_FILES[name],
                    headers={"cache-control": "public, max-age=86400"})


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cekresmi")
    except PackageNotFoundError:
        return "0"
