"""Images on the web service: the upload form, POST /api/v1/checks with an image body, and
"send what I see" when the reader's page is an image; the known-hoax register on each."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path

import pytest

from web_helpers import client, csrf_token, make_app

IMAGES = Path(__file__).parent / "fixtures" / "images"
PHONE = (IMAGES / "shot-phone-vercel-banten-chat.jpg").read_bytes()

pytestmark = [pytest.mark.anyio,
              pytest.mark.skipif(shutil.which("tesseract") is None,
                                 reason="tesseract not installed (.ci/run installs it)")]


@pytest.fixture
def anyio_backend():
    return "asyncio"


def _app(tmp_path):
    # OCR takes seconds: wait for the report inline rather than via the progress page
    return make_app(tmp_path, inline_wait=90, api_wait=90, job_timeout=120)


def _report(response) -> str:
    assert response.status_code == 303, response.text[:300]
    location = response.headers["location"].split("?")[0]
    assert location.startswith("/reports/"), location
    return location


async def test_upload_a_screenshot_named_anything(tmp_path):
    async with client(_app(tmp_path)) as http:
        token = csrf_token((await http.get("/")).text)
        response = await http.post("/upload", data={"csrf": token, "url": ""},
                                   files={"file": ("IMG-20241128-WA0009", PHONE, "image/jpeg")})
        final = _report(response)
        data = (await http.get(final + ".json")).json()
        assert data["source"]["kind"] == "image" and data["verdict"]["label"] == "impostor"
        assert data["source"]["host"] == "kpu-realcount.vercel.app"
        assert data["image"]["regions"] and data["permalink"]["kind"] == "upload"
        shown = await http.get(final)
        assert 'src="data:image/jpeg;base64,' in shown.text  # the image, claims boxed


async def test_api_checks_an_image_body_and_refuses_other_types(tmp_path):
    async with client(_app(tmp_path)) as http:
        made = await http.post("/api/v1/checks?lang=en", content=PHONE,
                               headers={"content-type": "image/jpeg"})
        assert made.status_code == 201, made.text
        data = made.json()
        assert data["source"]["kind"] == "image" and data["lang"] == "en"
        assert len(data["image"]["sha256"]) == 64 and data["image"]["height"] > 1000
        junk = await http.post("/api/v1/checks", content=b"<html>not an image</html>",
                               headers={"content-type": "image/png"})
        assert junk.status_code == 422 and junk.json()["error"]["code"] == "image_unknown_format"
        text = await http.post("/api/v1/checks", content=b"x", headers={"content-type": "text/plain"})
        assert text.status_code == 415


async def test_send_what_i_see_on_an_image_page(tmp_path):
    url = "https://files.example/IMG-20241128-WA0009.jpg"
    data_url = "data:image/jpeg;base64," + base64.b64encode(PHONE).decode()
    async with client(_app(tmp_path)) as http:
        response = await http.post("/send", files={"html": (None, ""), "image": (None, data_url),
                                                   "url": (None, url)})
        report = (await http.get(_report(response) + ".json")).json()
        assert report["source"]["kind"] == "image" and report["permalink"]["kind"] == "sent"
        bad = await http.post("/send", files={"image": (None, "data:text/html;base64,PGI+"),
                                              "url": (None, url)})
        assert bad.status_code == 422 and "image_unknown_format" in bad.text
