"""Words and pages: the language a visitor reads, the templates under reports/web/, and every
error as one line in that language with the HTTP status it deserves."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse

from checker.errors import CheckError
from checker.report.messages import error_line
from checker.report.formats import render_template

__all__ = ["LANG_COOKIE", "api_error", "deny", "error_page", "error_text", "lang_from", "lang_of",
           "page", "remember_lang", "status_for"]

LANGS = ("id", "en")
LANG_COOKIE = "cekresmi_lang"

# Codes whose command-line wording ("use --allow-private", "raise --timeout") means nothing
# on the web: the web_<code> entry of reports/errors.yaml is shown instead.
_WEB_WORDING = frozenset({"address_refused", "timeout", "url_required", "archive_url_missing",
                          "pdf_url_required",
                          "target_unknown"})
_STATUS = {
    # What the reader typed or sent: an address that does not resolve or answers nobody, or a
    # file that is not a page, is their input to fix, not our server failing (4xx, not 502).
    "dns_failed": 422, "connect_failed": 422, "file_empty": 422, "file_binary": 422,
    "pdf_url_required": 422, "pdf_unreadable": 422, "pdf_no_text": 422,
    "target_missing": 422, "target_too_long": 422, "target_unknown": 422,
    "bad_url": 422, "bad_scheme": 422, "address_refused": 422, "url_required": 422,
    "archive_corrupt": 422, "archive_no_page": 422, "archive_url_missing": 422,
    "file_too_large": 413, "web_upload_missing": 422, "web_sent_missing": 422,
    "image_unknown_format": 422, "image_corrupt": 422, "image_too_many_pixels": 413,
    "image_too_large": 413, "ocr_unavailable": 503,
    "web_bad_json": 422, "timeout": 504, "web_check_timeout": 504, "analysis_failed": 500,
    "web_internal": 500, "web_rate_limited": 429, "web_busy": 503, "web_body_too_large": 413,
    "web_body_timeout": 408, "web_csrf": 403, "web_navigation_only": 403, "web_not_found": 404,
    "web_report_not_found": 404, "web_job_not_found": 404, "crawl_unknown": 404,
    "web_unsupported_media": 415, "web_method_not_allowed": 405,
}


def status_for(code: str) -> int:
    """Input problems 4xx; a site that answered badly (protocol, redirects) is a bad gateway."""
    return _STATUS.get(code, 502)


def error_text(exc: CheckError, lang: str, template_dir=None) -> str:
    if exc.code in _WEB_WORDING:
        exc = CheckError(f"web_{exc.code}", **exc.params)  # words in errors.yaml
    return error_line(exc, lang, template_dir)


def lang_from(query: str, cookie_header: str | None) -> str:
    wanted = parse_qs(query).get("lang", [""])[0]
    if wanted in LANGS:
        return wanted
    for part in (cookie_header or "").split(";"):
        name, _, value = part.strip().partition("=")
        if name == LANG_COOKIE and value in LANGS:
            return value
    return "id"


def lang_of(request: Request) -> str:
    """?lang= first (the switch link), then the cookie the switch left, else Indonesian."""
    return lang_from(request.url.query, request.headers.get("cookie"))


def _switch_url(request: Request, lang: str) -> str:
    """This page in the other language (GET pages only; a POST's result links home)."""
    other = "en" if lang == "id" else "id"
    if request.method != "GET":
        return "/?" + urlencode({"lang": other})
    query = [(k, v) for k, v in parse_qs(request.url.query, keep_blank_values=True).items()
             if k != "lang"]
    flat = [(k, x) for k, vs in query for x in vs] + [("lang", other)]
    return request.url.path + "?" + urlencode(flat)


def page(request: Request, name: str, *, status: int = 200, headers: dict | None = None,
         lang: str | None = None, **context) -> HTMLResponse:
    state = request.app.state.cekresmi
    lang = lang or lang_of(request)
    html = render_template(f"web/{name}", lang, template_dir=state.settings.template_dir,
                           switch_url=_switch_url(request, lang), path=request.url.path,
                           other_lang="en" if lang == "id" else "id", **context)
    return remember_lang(request, HTMLResponse(html, status_code=status, headers=headers))


def remember_lang(request: Request, response):
    """After a ?lang= switch, the cookie keeps the choice for the next pages."""
    lang = request.query_params.get("lang")
    if lang in LANGS:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, samesite="lax",
                            httponly=True, secure=request.url.scheme == "https")
    return response


def error_page(request: Request, exc: CheckError, *, lang: str | None = None,
               headers: dict | None = None) -> HTMLResponse:
    state = request.app.state.cekresmi
    lang = lang or lang_of(request)
    return page(request, "error.html", status=status_for(exc.code), lang=lang,
                headers={"cache-control": "no-store", **(headers or {})},
                message=error_text(exc, lang, state.settings.template_dir), code=exc.code)


def api_error(exc: CheckError, lang: str = "id", template_dir=None,
              headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": {"code": exc.code, "message": error_text(exc, lang, template_dir),
                                   "params": {k: str(v) for k, v in exc.params.items()}}},
                        status_code=status_for(exc.code),
                        headers={"cache-control": "no-store", **(headers or {})})


def deny(template_dir=None):
    """The refusal body the middleware sends (rate limit, body caps): JSON under /api/, else
    a short page. It runs before routing, so it reads the language straight from the scope."""
    def refuse(scope: dict, code: str, retry_after: int) -> tuple[int, bytes, str]:
        headers = dict(scope.get("headers", ()))
        cookie = headers.get(b"cookie", b"").decode("latin-1")
        lang = lang_from(scope.get("query_string", b"").decode("latin-1"), cookie)
        exc = CheckError(code, seconds=retry_after)
        text = error_text(exc, lang, template_dir)
        if scope["path"].startswith("/api/"):
            body = json.dumps({"error": {"code": code, "message": text}}, ensure_ascii=False)
            return status_for(code), body.encode("utf-8"), "application/json"
        html = render_template("web/refused.html", lang, template_dir=template_dir,
                               message=text, code=code)
        return status_for(code), html.encode("utf-8"), "text/html; charset=utf-8"

    return refuse
