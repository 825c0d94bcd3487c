"""Alerts after a crawl: a JSON POST to a webhook, and Telegram/Slack/e-mail through apprise
(an optional dependency) when configured. Nothing is sent when nothing changed.

Targets are `webhook=URL` or `apprise=URL` (apprise URLs: tgram://token/chat, slack://...,
mailto://user:pass@host ...), from --notify or $CEKRESMI_NOTIFY (space-separated). They are the
newsroom's own, trusted configuration, so the crawl's SSRF guard does not apply to them.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from checker.errors import CheckError

__all__ = ["ALERT_SCHEMA", "alert_payload", "alert_text", "parse_targets", "send"]

ALERT_SCHEMA = "cekresmi.alert/1"
_KINDS = ("webhook", "apprise")


def parse_targets(values) -> list[tuple[str, str]]:
    out = []
    for value in [*values, *os.environ.get("CEKRESMI_NOTIFY", "").split()]:
        kind, sep, url = value.partition("=")
        if not sep or kind not in _KINDS or not url:
            raise CheckError("notify_bad", value=value)
        if kind == "webhook" and not url.startswith(("http://", "https://")):
            raise CheckError("notify_bad", value=value)
        out.append((kind, url))
    return out


def alert_payload(digest: dict, digest_path: str | None = None) -> dict:
    """What is new or changed, as JSON (the webhook body)."""
    keep = ("url", "host", "label", "figures_status", "http_status", "error", "kind", "parent")
    sites = lambda items: [{k: s.get(k) for k in keep} for s in items]  # noqa: E731
    return {"schema": ALERT_SCHEMA, "crawl": digest["crawl"], "previous": digest["previous"],
            "totals": digest["totals"], "new_sites": sites(digest["new_sites"]),
            "proposed": sites(digest["proposed"]), "changes": digest["changes"],
            "offline": digest["offline"], "back_online": digest["back_online"],
            "digest": digest_path}


def alert_text(digest: dict, lang: str, template_dir=None,
               digest_path: str | None = None) -> tuple[str, str]:
    """(title, body) for chat and e-mail, in the reader's language: the digest's headline, then
    its news in the order an editor acts on it (old -> new verdicts and figures), the counts,
    and the link to the full digest."""
    from checker.crawl.digest_files import worded
    from checker.report.formats import ui

    words = ui(lang, template_dir)
    d = worded(digest, lang, template_dir)
    lines = [d["headline"] + "."]
    changes = {c["url"]: c for c in d["changes"]}
    for item in d["act"][:15]:
        change = changes.get(item["url"])
        state = (f"{change['old']['text']} -> {change['new']['text']}" if change
                 else item["site"].get("text", ""))
        lines.append(f"- {words['act_' + item['why_key']]}: {item['url']} ({state})")
        for f in item["figures"][:6]:
            lines.append(f"  {f['region']} · {f['who']}: {f['old_text']} -> {f['new_text']}")
    if len(d["act"]) > 15:
        lines.append(f"  … +{len(d['act']) - 15}")
    lines.append(words["cr_news"].format(new=len(d["new_sites"]), changes=len(d["changes"]),
                                         offline=len(d["offline"]), proposed=len(d["proposed"])))
    if digest_path:
        lines.append(f"{words['dg_link']}: {digest_path}")
    return f"cekresmi: {d['headline']}"[:200], "\n".join(lines)


def _post(url: str, payload: dict, timeout: float) -> None:
    data = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
    request = urllib.request.Request(url, data=data, method="POST", headers={
        "Content-Type": "application/json", "User-Agent": "cekresmi-alert/1"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only
        response.read(1024)


def _apprise(url: str, title: str, body: str) -> None:
    try:
        import apprise
    except ImportError:
        raise CheckError("apprise_missing") from None
    sender = apprise.Apprise()
    if not sender.add(url):
        raise CheckError("notify_bad", value=f"apprise={url}")
    if not sender.notify(title=title, body=body):
        raise RuntimeError("apprise could not deliver")


def send(targets, digest: dict, lang: str = "id", digest_path: str | None = None,
         timeout: float = 10.0, template_dir=None) -> list[tuple[str, CheckError | None]]:
    """Send to every target; a failure is returned (and reported), never raised: the digest
    is already written, and one dead webhook must not hide the others."""
    from checker.crawl.digest import has_news

    if not targets or not has_news(digest):
        return []
    payload = alert_payload(digest, digest_path)
    title, body = alert_text(digest, lang, template_dir, digest_path)
    results = []
    for kind, url in targets:
        # Webhook paths and apprise URLs hold secrets (tokens): name only the host or service.
        shown = (f"webhook {urlsplit(url).netloc}" if kind == "webhook"
                 else f"apprise {url.split(':', 1)[0]}://")
        try:
            if kind == "webhook":
                _post(url, payload, timeout)
            else:
                _apprise(url, title, body)
            results.append((shown, None))
        except CheckError as exc:
            results.append((shown, exc))
        except (OSError, urllib.error.URLError, RuntimeError, ValueError) as exc:
            results.append((shown, CheckError("notify_failed", target=shown,
                                              reason=str(exc)[:200])))
    return results
