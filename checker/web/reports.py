"""Stored reports as the web serves them: HTML (the report partials in our page), JSON (the
cekresmi.report/1 contract plus its permanent links) and Markdown, in either language.

A stored report never changes, so each rendering is kept in a small in-process cache keyed by
(id, extension: None for HTML, language, base URL): a popular link costs one database read
per worker process, not one per reader.
"""

from __future__ import annotations

import json
import logging

from checker.report.formats import (claimreview, render, render_template, report_dict,
                                    screenshot_uri, short_text)
from checker.report.image import image_uri

__all__ = ["api_dict", "permalinks", "report_html", "report_json", "report_md", "report_png",
           "unlisted"]

log = logging.getLogger("cekresmi.web")


def permalinks(base: str, rid: str) -> dict[str, str]:
    page = f"{base}/reports/{rid}"
    return {"id": rid, "html": page, "json": page + ".json", "md": page + ".md",
            "png": page + ".png", "api": f"{base}/api/v1/reports/{rid}"}


def unlisted(state, rid: str) -> bool:
    """True for a report checked with visibility=unlisted (it gets noindex in every format)."""
    def make():
        stored = _stored(state, rid)
        return b"" if stored is None else stored.visibility.encode()

    return _cached(state, (rid, "visibility"), make) == b"unlisted"


def report_png(state, rid: str, lang: str, base: str) -> bytes | None:
    """The figures picture with the verdict (og:image, and a link for chats)."""
    def make(stored):
        from checker.report.formats import render_png

        return render_png(stored.report, state.context.rules, lang)

    return _rendered(state, rid, (rid, ".png", lang, base), make)


def _stored(state, rid: str):
    try:
        return state.store.get(rid)
    except ValueError:  # a row this version cannot read: say "not found", log the why
        log.exception("stored report %s cannot be decoded", rid)
        return None


def _cached(state, key: tuple, make):
    body = state.rendered.get(key)
    if body is None:
        body = make()
        if body is not None:
            state.rendered.put(key, body)
    return body


def _rendered(state, rid: str, key: tuple, make):
    """Report `rid` as `make(stored)` renders it, cached under `key`; None when there is no
    such report (not cached: it may be stored a moment later)."""
    def from_store():
        stored = _stored(state, rid)
        return None if stored is None else make(stored)

    return _cached(state, key, from_store)


def api_dict(stored, rules, lang: str, base: str) -> dict:
    """The JSON contract, with where the report lives and what kind of input it came from."""
    data = report_dict(stored.report, rules, lang)
    data["permalink"] = {**permalinks(base, stored.id), "kind": stored.kind,
                         "created_at": stored.created_at.isoformat()}
    return data


def report_json(state, rid: str, lang: str, base: str) -> bytes | None:
    def make(stored):
        data = api_dict(stored, state.context.rules, lang, base)
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    return _rendered(state, rid, (rid, ".json", lang, base), make)


def report_md(state, rid: str, lang: str, base: str) -> bytes | None:
    def make(stored):
        return render(stored.report, state.context.rules, "md", lang,
                      template_dir=state.settings.template_dir).encode("utf-8")

    return _rendered(state, rid, (rid, ".md", lang, base), make)


def report_html(state, rid: str, lang: str, base: str) -> bytes | None:
    def make(stored):
        rules = state.context.rules
        links = permalinks(base, rid)
        html = render_template(
            "web/report.html", lang, template_dir=state.settings.template_dir,
            r=report_dict(stored.report, rules, lang), stored=stored, links=links,
            share_text=short_text(stored.report, rules, lang, link=links["html"],
                                  template_dir=state.settings.template_dir),
            screenshot=screenshot_uri(stored.report), image=image_uri(stored.report),
            jsonld=claimreview(stored.report, rules, lang, url=links["html"],
                               template_dir=state.settings.template_dir),
            switch_url=f"/reports/{rid}?lang={'en' if lang == 'id' else 'id'}",
            other_lang="en" if lang == "id" else "id", path=f"/reports/{rid}")
        return html.encode("utf-8")

    return _rendered(state, rid, (rid, None, lang, base), make)
