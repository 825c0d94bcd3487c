"""The pages people use: the form, /check (the bookmarklet's target), progress, permanent
report links, the bookmarklet install page and the "send what I see" receiver.

Every redirect goes to a path we built from an id we made (never to anything a request
names), so there is no open redirect to abuse.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from checker.errors import CheckError
from checker.retrieve.targets import parse_url_target
from checker.web.bookmarklets import check_bookmarklet, send_bookmarklet
from checker.web.hot import MEDIA, REPORT_NAME, report_headers
from checker.web.jobs import STAGES, Busy
from checker.web.pages import error_page, lang_of, page, remember_lang
from checker.web.reports import report_html, report_json, report_md, report_png, unlisted
from checker.web.security import client_key, csp
from checker.web.work import image_work, job_key, live_work, sent_work, upload_work

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
_ID = re.compile(r"[A-Za-z0-9_-]{12}")


def _state(request: Request):
    return request.app.state.cekresmi


def base_url(request: Request) -> str:
    """Our absolute address for bookmarklets and permalinks: --public-url, else this request's
    (its Host is one the operator allowed: TrustedHostMiddleware refused any other). The
    response is marked so OriginCache keeps shared caches from storing it."""
    request.scope.setdefault("state", {})["embeds_origin"] = True
    return _state(request).settings.public_url or str(request.base_url).rstrip("/")


def _lang_query(request: Request) -> str:
    lang = request.query_params.get("lang")
    return "?" + urlencode({"lang": lang}) if lang in ("id", "en") else ""


def _csrf_pair(request: Request) -> tuple[str, str]:
    csrf = _state(request).csrf
    value = csrf.cookie_value(request.cookies.get(csrf.COOKIE))
    return value, csrf.sign(value)


def _with_csrf_cookie(request: Request, response: Response, value: str) -> Response:
    response.set_cookie(_state(request).csrf.COOKIE, value, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")
    response.headers["cache-control"] = "no-store"
    return response


def _csrf_ok(request: Request, token) -> bool:
    h = request.headers
    return _state(request).csrf.valid(request.cookies.get(_state(request).csrf.COOKIE),
                                      token if isinstance(token, str) else None,
                                      h.get("origin"), h.get("sec-fetch-site"), h.get("host"))


def _not_navigation(request: Request) -> bool:
    """True for another site's script or image reaching for /check or /send (Fetch Metadata):
    a check starts only from a navigation, such as our form, a link or the bookmarklet's
    window, so no page can make its visitors' browsers run checks in the background."""
    mode, site = request.headers.get("sec-fetch-mode"), request.headers.get("sec-fetch-site")
    return bool(mode) and mode != "navigate" and site not in (None, "same-origin")


@router.get("/")
def index(request: Request):
    state = _state(request)
    value, token = _csrf_pair(request)
    recent = state.store.latest(state.settings.recent)
    response = page(request, "index.html", csrf=token, recent=recent,
                    upload_mb=state.settings.max_upload_bytes // 1_000_000, url="")
    return _with_csrf_cookie(request, response, value)


async def _start(request: Request, kind: str, url: str, work, key: str | None = None):
    """Start a check (or join the same URL's running one) and answer with its report, its
    progress page, or why not."""
    state = _state(request)
    runner = state.runner
    job = runner.existing(key) if key else None
    if job is None:
        wait = state.check_limiter.take(client_key(request.scope))
        if wait:
            return error_page(request, CheckError("web_rate_limited", seconds=wait),
                              headers={"retry-after": str(wait)})
        try:
            job = runner.submit(kind, url, work, key=key)
        except Busy:
            return error_page(request, CheckError("web_busy"), headers={"retry-after": "10"})
    # A quick check goes straight to its report; a slow one to its progress page.
    await runner.wait(job, state.settings.inline_wait)
    if job.error is not None:
        return error_page(request, job.error)
    where = f"/reports/{job.report_id}" if job.report_id else f"/jobs/{job.id}"
    return RedirectResponse(where + _lang_query(request), status_code=303)


@router.get("/check")
async def check(request: Request, url: str = Query("", max_length=100_000),
                visibility: str = Query("public", max_length=20)):
    """Check a URL, or show the stored report of the same URL made in the last minutes.
    `visibility=unlisted` keeps the report off the front page and out of search engines."""
    state = _state(request)
    if _not_navigation(request):
        return error_page(request, CheckError("web_navigation_only"))
    try:
        target = parse_url_target(url, state.settings.max_url_chars)
    except CheckError as exc:
        if exc.code == "target_missing":
            return RedirectResponse("/" + _lang_query(request), status_code=303)
        return error_page(request, exc)
    visibility = "unlisted" if visibility == "unlisted" else "public"
    reused = await state.reusable(target, visibility)
    if reused:
        return RedirectResponse(f"/reports/{reused}{_lang_query(request)}", status_code=303)
    work = live_work(target, state.context, state.settings, state.store, visibility,
                     hoaxes=state.hoaxes, shared=state.runner.board, browsers=state.browsers)
    return await _start(request, "live", target, work, key=job_key(target, visibility))


@router.post("/upload")
async def upload(request: Request):
    """A saved page (with the URL it came from) or a WARC, checked offline."""
    state = _state(request)
    async with request.form(max_files=1, max_fields=4,
                            max_part_size=state.settings.max_upload_bytes) as form:
        if not _csrf_ok(request, form.get("csrf")):
            return error_page(request, CheckError("web_csrf"))
        file = form.get("file")
        if not isinstance(file, UploadFile) or not file.filename:
            return error_page(request, CheckError("web_upload_missing"))
        data = await file.read(state.settings.max_upload_bytes + 1)
        filename = file.filename
        stated = str(form.get("url") or "").strip()
    if not data:  # a file was chosen but holds nothing: say which, and what to do
        return error_page(request, CheckError("file_empty", path=filename[:80]))
    if len(data) > state.settings.max_upload_bytes:
        return error_page(request, CheckError("file_too_large", path=filename[:80],
                                              limit=state.settings.max_upload_bytes))
    try:
        url = parse_url_target(stated, state.settings.max_url_chars) if stated else None
    except CheckError as exc:
        return error_page(request, exc)
    work = upload_work(data, filename, url, state.context, state.settings, state.store,
                       state.hoaxes, browsers=state.browsers)
    return await _start(request, "upload", url or filename[:80], work)


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str):
    state = _state(request)
    job = state.runner.get(job_id) if _ID.fullmatch(job_id) else None
    if job is None:
        return error_page(request, CheckError("web_job_not_found"))
    if job.error is not None:
        return error_page(request, job.error)
    if job.report_id:
        return RedirectResponse(f"/reports/{job.report_id}{_lang_query(request)}", status_code=303)
    elapsed = job.elapsed(state.runner.clock())
    stages = [s for s in STAGES if s != "rendering" or state.settings.render != "never"]
    return page(request, "progress.html", job=job, stages=stages,
                current=stages.index(job.stage) if job.stage in stages else 0,
                elapsed=int(elapsed), refresh=1 if elapsed < 10 else 2,
                headers={"cache-control": "no-store"})


_FORMATS = {".json": report_json, ".md": report_md, ".png": report_png, None: report_html}


@router.get("/reports/{name}")
async def report(request: Request, name: str):
    """A permanent link: /reports/ID (HTML), /reports/ID.json, /reports/ID.md. Once rendered
    in this process, checker.web.hot answers it before routing."""
    match = REPORT_NAME.fullmatch(name)
    if not match:
        return error_page(request, CheckError("web_report_not_found"))
    rid, ext = match["id"], match["ext"]
    state, lang, base = _state(request), lang_of(request), base_url(request)
    make, media = _FORMATS[ext], MEDIA[ext]
    # A rendering already in memory is served from the event loop; only a miss (a database
    # read and a render) goes to a worker thread.
    body = state.rendered.get((rid, ext, lang, base))
    if body is None:
        body = await run_in_threadpool(make, state, rid, lang, base)
    if body is None:
        return error_page(request, CheckError("web_report_not_found"))
    hidden = state.rendered.get((rid, "visibility"))  # known: no hop to a worker thread
    if hidden is None:
        hidden = await run_in_threadpool(unlisted, state, rid)
    else:
        hidden = hidden == b"unlisted"
    response = Response(body, media_type=media, headers=report_headers(ext, hidden))
    return remember_lang(request, response)


@router.get("/bookmarklet")
def bookmarklet(request: Request):
    state, base = _state(request), base_url(request)
    limit = state.settings.max_sent_chars
    return page(request, "bookmarklet.html", base=base, check_href=check_bookmarklet(base),
                send_href=send_bookmarklet(base, limit),
                limit=f"{limit:,}".replace(",", "." if lang_of(request) == "id" else ","))


@router.get("/send")
def send_page(request: Request):
    """The window the "send what I see" bookmarklet opens: its script (allowed by hash) asks
    the page that opened it for the HTML, then posts it to POST /send."""
    state = _state(request)
    response = page(request, "send.html", script=Markup(state.send_js),
                    max_chars=state.settings.max_sent_chars,
                    headers={"cache-control": "no-store"})
    response.headers["content-security-policy"] = csp(script_src=state.send_hash)
    # The window must keep its opener (the page being checked) to receive the HTML, so not
    # COOP same-origin here; nothing on this page is secret.
    response.headers["cross-origin-opener-policy"] = "unsafe-none"
    return response


@router.post("/send")
async def send(request: Request):
    """A page's HTML and URL from the "send what I see" bookmarklet.

    Deliberately without a CSRF check: when the page a reader is on cuts the window link
    (Cross-Origin-Opener-Policy), the bookmarklet posts a form straight from that page, which
    cannot carry a token of ours. That is safe because this endpoint has no authority to
    abuse: no accounts or cookies give it any; it never fetches anything (no SSRF, no
    amplification); it only creates a new report of the posted bytes, which a forger could
    create by posting them himself; the report says it was sent by a browser and not fetched
    by us (origin "sent"), so it cannot pass for our own capture; and it is size-capped and
    rate-limited per client like every check. Another site's script still cannot post here
    in the background: only a navigation (a form submission) is accepted.
    """
    state = _state(request)
    if _not_navigation(request):
        return error_page(request, CheckError("web_navigation_only"))
    limit = state.settings.max_sent_chars
    async with request.form(max_files=0, max_fields=5, max_part_size=limit * 3 + 1024) as form:
        html = form.get("html")
        stated = form.get("url")
        image = form.get("image")
    shown = _sent_image(image, state.settings.max_upload_bytes)
    if isinstance(shown, CheckError):
        return error_page(request, shown)
    if shown is None and (not isinstance(html, str) or not html.strip()) \
            or not isinstance(stated, str):
        return error_page(request, CheckError("web_sent_missing"))
    try:
        url = parse_url_target(stated, state.settings.max_url_chars)
    except CheckError as exc:
        return error_page(request, exc)
    if shown is not None:  # the reader's page was an image: what they see is that image
        work = image_work(shown, urlsplit(url).path.rsplit("/", 1)[-1] or "image", "sent",
                          state.context, state.store, state.hoaxes, url)
        return await _start(request, "sent", url, work)
    work = sent_work(html[:limit], url, state.context, state.settings, state.store,
                     browsers=state.browsers)
    return await _start(request, "sent", url, work)


def _sent_image(value, limit: int) -> bytes | CheckError | None:
    """The `image` field of "send what I see": a data:image/...;base64 URL, or nothing."""
    if not isinstance(value, str) or not value.strip():
        return None
    head, _, body = value.partition(",")
    if not head.startswith("data:image/") or not head.endswith(";base64"):
        return CheckError("image_unknown_format", path="image")
    if len(body) > limit * 4 // 3 + 4:
        return CheckError("image_too_large", path="image", limit=limit)
    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        return CheckError("image_corrupt", path="image", reason="base64")


@router.get("/static/cekresmi.css")
def stylesheet(request: Request):
    return Response(_state(request).css, media_type="text/css; charset=utf-8",
                    headers={"cache-control": "public, max-age=3600"})


@router.get("/static/share.js")
def share_script(request: Request):
    return Response(_state(request).share_js, media_type="text/javascript; charset=utf-8",
                    headers={"cache-control": "public, max-age=3600"})


@router.get("/healthz")
async def healthz(request: Request):
    state = _state(request)
    try:
        await run_in_threadpool(state.store.count)
    except Exception:  # noqa: BLE001 - the database is what can fail
        return JSONResponse({"status": "error"}, status_code=503)
    return JSONResponse({"status": "ok"}, headers={"cache-control": "no-store"})


@router.get("/robots.txt")
def robots():
    # A crawler following /check links would start checks; reports may be indexed (their
    # ClaimReview is meant for search engines).
    return PlainTextResponse("User-agent: *\nDisallow: /check\nDisallow: /jobs/\n"
                             "Disallow: /send\nDisallow: /upload\nDisallow: /api/\n")


@router.get("/favicon.ico")
def favicon():
    return Response(status_code=204, headers={"cache-control": "public, max-age=86400"})
