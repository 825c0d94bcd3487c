"""The JSON API for newsroom systems: /api/v1/checks, /api/v1/reports/{id}, /api/v1/jobs/{id}.

Reports follow the versioned contract cekresmi.report/1 (checker.report.formats.report_dict) with one
added key, `permalink`. POST needs `Content-Type: application/json`: a cross-site HTML form
cannot send that, and a cross-site script cannot without a CORS preflight we never grant, so
no other site can make a visitor's browser start checks here (the API's CSRF defence).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from checker.errors import CheckError
from checker.retrieve.targets import parse_url_target
from checker.web.jobs import Busy
from checker.web.pages import api_error, error_text
from checker.web.reports import api_dict, permalinks
from checker.web.security import client_key
from checker.web.views import base_url
from checker.web.work import job_key, live_work

__all__ = ["router"]

router = APIRouter(prefix="/api/v1", tags=["api"])
_ID = re.compile(r"[A-Za-z0-9_-]{12}")


class CheckRequest(BaseModel):
    url: str = Field(..., max_length=2048, description="The page to check (https:// is added "
                     "to a bare host).", examples=["https://data-pemilu.pages.dev/gubernur"])
    lang: Literal["id", "en"] = Field("id", description="Language of the report's words.")
    visibility: Literal["public", "unlisted"] = Field(
        "public", description="unlisted: the report is not in the recent list and carries "
        "noindex (meta and X-Robots-Tag); whoever has its link can still open it.")


def _json_only(request: Request) -> None:
    ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if ctype != "application/json":
        raise HTTPException(415)  # the app's handler words it (web_unsupported_media)


def _error(request: Request, exc: CheckError, lang: str = "id", headers=None) -> JSONResponse:
    return api_error(exc, lang, request.app.state.cekresmi.settings.template_dir, headers)


_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "A stored report of the same URL from the last minutes (reused)."},
    201: {"description": "The report (cekresmi.report/1 plus `permalink`)."},
    202: {"description": "Still running: poll `Location` (/api/v1/jobs/{id})."},
    415: {"description": "The body is not application/json."},
    422: {"description": "Not a URL cekresmi can check (error.code says why)."},
    429: {"description": "Too many checks from this client; see Retry-After."},
    502: {"description": "The page could not be fetched (error.code says why)."},
    503: {"description": "Every worker is busy; see Retry-After."},
}


async def _reported(request: Request, rid: str, lang: str, status: int) -> JSONResponse:
    state = request.app.state.cekresmi
    stored = await run_in_threadpool(state.store.get, rid)
    data = api_dict(stored, state.context.rules, lang, base_url(request))
    return JSONResponse(data, status_code=status, headers={
        "location": f"/api/v1/reports/{rid}", "cache-control": "no-store"})


def _job_body(request: Request, job) -> dict:
    body: dict[str, Any] = {"job": job.id, "status": job.stage, "url": job.url,
                            "elapsed_seconds": round(job.elapsed(
                                request.app.state.cekresmi.runner.clock()), 1)}
    if job.report_id:
        body["report"] = permalinks(base_url(request), job.report_id)
    return body


_IMAGE_TYPES = ("image/png", "image/jpeg", "image/webp", "image/gif")
_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": CheckRequest.model_json_schema()},
    **{t: {"schema": {"type": "string", "format": "binary"}} for t in _IMAGE_TYPES}}}}


@router.post("/checks", responses=_RESPONSES, status_code=201, openapi_extra=_BODY,
             summary="Check a URL or an image and return its report")
async def create_check(request: Request, lang: Literal["id", "en"] = "id"):
    """JSON `{"url": ...}`: fetch and check the URL (SSRF guard on) and return the report.
    The same URL checked in the last 10 minutes returns that stored report (200).

    An image body (`Content-Type: image/png|jpeg|webp|gif`, the bytes as they are; `?lang=`
    for the words): a screenshot or forwarded graphic, read by OCR and checked the same way
    (`source.kind: image`). A cross-site form cannot send either content type and a
    cross-site script cannot without a CORS preflight we never grant (the CSRF defence).

    A check still running after a while answers 202 with a job to poll."""
    ctype = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if ctype in _IMAGE_TYPES:
        return await _image_check(request, lang)
    _json_only(request)
    from pydantic import ValidationError
    from fastapi.exceptions import RequestValidationError

    try:
        body = CheckRequest.model_validate_json(await request.body())
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    return await _url_check(request, body)


async def _image_check(request: Request, lang: str):
    from checker.web.work import image_work

    state = request.app.state.cekresmi
    data = await request.body()  # capped by the app's body limit for this path
    if not data:
        return _error(request, CheckError("web_upload_missing"), lang)
    wait = state.check_limiter.take(client_key(request.scope))
    if wait:
        return _error(request, CheckError("web_rate_limited", seconds=wait), lang,
                      {"retry-after": str(wait)})
    work = image_work(data, "image", "upload", state.context, state.store, state.hoaxes)
    try:
        job = state.runner.submit("upload", "image", work)
    except Busy:
        return _error(request, CheckError("web_busy"), lang, {"retry-after": "10"})
    await state.runner.wait(job, state.settings.api_wait)
    if job.error is not None:
        return _error(request, job.error, lang)
    if job.report_id:
        return await _reported(request, job.report_id, lang, 201)
    return JSONResponse(_job_body(request, job), status_code=202,
                        headers={"location": f"/api/v1/jobs/{job.id}", "retry-after": "2"})


async def _url_check(request: Request, body: CheckRequest):
    state = request.app.state.cekresmi
    try:
        url = parse_url_target(body.url, state.settings.max_url_chars)
    except CheckError as exc:
        return _error(request, exc, body.lang)
    reused = await state.reusable(url, body.visibility)
    if reused:
        return await _reported(request, reused, body.lang, 200)
    key = job_key(url, body.visibility)
    job = state.runner.existing(key)
    if job is None:
        wait = state.check_limiter.take(client_key(request.scope))
        if wait:
            return _error(request, CheckError("web_rate_limited", seconds=wait), body.lang,
                          {"retry-after": str(wait)})
        work = live_work(url, state.context, state.settings, state.store, body.visibility,
                         hoaxes=state.hoaxes, shared=state.runner.board,
                         browsers=state.browsers)
        try:
            job = state.runner.submit("live", url, work, key=key)
        except Busy:
            return _error(request, CheckError("web_busy"), body.lang, {"retry-after": "10"})
    await state.runner.wait(job, state.settings.api_wait)
    if job.error is not None:
        return _error(request, job.error, body.lang)
    if job.report_id:
        return await _reported(request, job.report_id, body.lang, 201)
    return JSONResponse(_job_body(request, job), status_code=202,
                        headers={"location": f"/api/v1/jobs/{job.id}", "retry-after": "2"})


@router.get("/reports/{rid}", summary="A stored report",
            responses={404: {"description": "No report with this id."}})
async def get_report(request: Request, rid: str, lang: Literal["id", "en"] = "id"):
    state = request.app.state.cekresmi
    stored = await run_in_threadpool(state.store.get, rid) if _ID.fullmatch(rid) else None
    if stored is None:
        return _error(request, CheckError("web_report_not_found"), lang)
    return JSONResponse(api_dict(stored, state.context.rules, lang, base_url(request)),
                        headers={"cache-control": "private, max-age=300"})


@router.get("/jobs/{job_id}", summary="A running or finished check",
            responses={404: {"description": "No such job (finished jobs are kept 15 minutes)."}})
def get_job(request: Request, job_id: str, lang: Literal["id", "en"] = "id"):
    state = request.app.state.cekresmi
    job = state.runner.get(job_id) if _ID.fullmatch(job_id) else None
    if job is None:
        return _error(request, CheckError("web_job_not_found"), lang)
    body = _job_body(request, job)
    if job.error is not None:
        body["error"] = {"code": job.error.code,
                         "message": error_text(job.error, lang, state.settings.template_dir)}
    return JSONResponse(body, headers={"cache-control": "no-store"})
