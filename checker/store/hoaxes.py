"""The known-hoax register: items fact-checkers already debunked, so a forwarded copy is
recognised at once ("already debunked: <link>, <date>").

Entries are images (matched by perceptual fingerprint, checker.image.fingerprint) or web
addresses (matched by normalised address; an entry without a path covers the whole site).
They live in SQLite beside the official record and the crawls (`--db`, CEKRESMI_DB). A new
store is seeded with the shipped entries (known_hoaxes.json: publicly sourced only).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from checker.errors import CheckError
from checker.analyse.hosts import parse_url
from checker.models import Debunk
from checker.store.sqlite import SqliteFile
from checker.image.fingerprint import (MAX_DISTANCE, NEAR_DISTANCE, distance, other_item,
                                       same_text)

__all__ = ["EXPORT_SCHEMA", "Hoax", "HoaxStore", "Register", "image_entry", "normalise_address",
           "shipped_entries"]

EXPORT_SCHEMA = "cekresmi.hoaxes/1"
_TRACKING = ("utm_", "fbclid", "gclid", "igshid", "si")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS hoax (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('url', 'image')),
  key TEXT NOT NULL UNIQUE,          -- normalised address, or the image's SHA-256
  hashes TEXT NOT NULL DEFAULT '',   -- image: its fingerprint, hex hashes joined by ','
  debunk TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', added TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',   -- where the entry came from (shipped: its citation)
  text TEXT NOT NULL DEFAULT ''      -- image: its OCR'd words (confirm near hash matches)
);
"""


@dataclass(frozen=True)
class Hoax:
    kind: str            # url | image
    key: str
    debunk: str
    added: str           # ISO date
    note: str = ""
    hashes: tuple[str, ...] = ()
    source: str = ""
    text: str = ""       # image: the words OCR'd from it
    id: int | None = None


def normalise_address(url: str) -> str:
    """host/path?query as a register key: scheme, www., default port, fragment, trailing
    slash and tracking parameters dropped; host lower-cased and IDNA-encoded."""
    text = url.strip()
    info = parse_url(text if "://" in text else "https://" + text)
    host = info.host[4:] if info.host.startswith("www.") else info.host
    parts = urlsplit(info.url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith(_TRACKING)]
    path = parts.path.rstrip("/")
    port = f":{info.port}" if info.port and info.port not in (80, 443) else ""
    return host + port + path + ("?" + urlencode(sorted(query)) if query else "")


def _covers(entry: str, address: str) -> bool:
    """An entry of a whole site ("data-pemilu.pages.dev") covers its pages."""
    return address == entry or ("/" not in entry and "?" not in entry
                                and address.split("/", 1)[0].split("?", 1)[0] == entry)


def shipped_entries() -> list[Hoax]:
    text = (Path(__file__).resolve().parent / "known_hoaxes.json").read_text("utf-8")
    return [_from_dict(d, "known_hoaxes.json") for d in json.loads(text)["entries"]]


def image_entry(data: bytes, name: str, debunk: str, note: str = "",
                added: str | None = None, text: str | None = None) -> Hoax:
    """A register entry for an image file's bytes: decoded safely, fingerprinted, and its
    words OCR'd (unless `text` is given) to confirm near matches."""
    from checker.image.decode import decode_image
    from checker.image.fingerprint import fingerprint

    decoded = decode_image(data, name)
    if text is None:
        from checker.image.layout import build_layout
        from checker.image.ocr import read_words

        text = " ".join(line.text for line in build_layout(read_words(decoded.image)).lines
                        if line.kind != "merged")
    return Hoax("image", decoded.sha256, debunk, added or date.today().isoformat(), note,
                fingerprint(decoded.image), source=name, text=text)


def _from_dict(d: dict, where: str) -> Hoax:
    try:
        kind, debunk = d["kind"], d["debunk"]
        if kind not in ("url", "image") or not isinstance(debunk, str):
            raise ValueError(kind)
        key = normalise_address(d["key"]) if kind == "url" else str(d["key"])
        hashes = tuple(d.get("hashes") or ())
        if kind == "image" and not hashes:
            raise ValueError("an image entry needs its hashes")
        return Hoax(kind, key, debunk, str(d.get("added") or date.today().isoformat()),
                    str(d.get("note") or ""), hashes, str(d.get("source") or ""),
                    str(d.get("text") or ""))
    except (KeyError, TypeError, ValueError, CheckError) as exc:
        raise CheckError("hoax_bad_import", path=where, reason=f"bad entry {d!r:.80} ({exc})") \
            from None


class HoaxStore(SqliteFile):
    def _migrate(self) -> None:
        fresh = not self.db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='hoax'").fetchone()
        self.db.executescript(_SCHEMA)
        if fresh:
            self.add_many(shipped_entries())

    def add_many(self, entries: list[Hoax]) -> int:
        with self.transaction() as db:
            for h in entries:
                db.execute("INSERT INTO hoax (kind, key, hashes, debunk, note, added, source, "
                           "text) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE "
                           "SET debunk = excluded.debunk, note = excluded.note, hashes = "
                           "excluded.hashes, source = excluded.source, text = excluded.text",
                           (h.kind, h.key, ",".join(h.hashes), h.debunk, h.note, h.added,
                            h.source, h.text))
        return len(entries)

    def entries(self) -> list[Hoax]:
        rows = self.db.execute("SELECT id, kind, key, hashes, debunk, note, added, source, text "
                               "FROM hoax ORDER BY id").fetchall()
        return [Hoax(kind, key, debunk, added, note, tuple(h for h in hashes.split(",") if h),
                     source, text, id_)
                for id_, kind, key, hashes, debunk, note, added, source, text in rows]

    def remove(self, what: str) -> bool:
        """By id, by the address (normalised) or by the image's SHA-256."""
        keys = [what]
        try:
            keys.append(normalise_address(what))
        except CheckError:
            pass
        with self.transaction() as db:
            if what.isdigit():
                return db.execute("DELETE FROM hoax WHERE id = ?", (int(what),)).rowcount > 0
            return any(db.execute("DELETE FROM hoax WHERE key = ?", (k,)).rowcount for k in keys)

    def export(self) -> dict:
        return {"schema": EXPORT_SCHEMA, "entries": [
            {k: v for k, v in asdict(h).items() if k != "id"} | {"hashes": list(h.hashes)}
            for h in self.entries()]}

    def import_file(self, path: str | Path) -> int:
        try:
            data = json.loads(Path(path).read_text("utf-8"))
            entries = data["entries"] if isinstance(data, dict) else None
            if not isinstance(entries, list):
                raise ValueError("no 'entries' list")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise CheckError("hoax_bad_import", path=str(path), reason=str(exc)[:80]) from None
        return self.add_many([_from_dict(d, str(path)) for d in entries])

    def register(self) -> "Register":
        """The entries as a matcher that needs no database (safe in any thread)."""
        return Register(tuple(self.entries()))


@dataclass(frozen=True)
class Register:
    """Known hoaxes to match a checked item against. Pure."""

    entries: tuple[Hoax, ...] = ()

    def match_url(self, url: str) -> tuple[Debunk, ...]:
        try:
            address = normalise_address(url)
        except CheckError:
            return ()
        return tuple(Debunk(h.debunk, h.added, h.note, "url") for h in self.entries
                     if h.kind == "url" and _covers(h.key, address))

    def match_image(self, sha256: str, hashes: tuple[str, ...],
                    text: str = "") -> tuple[Debunk, ...]:
        """Entries this image is a copy of: the same bytes; a hash within MAX_DISTANCE
        whose OCR'd words (`text`) do not show other figures or another title (a graphic
        from the same template is as near as a chat copy); or within NEAR_DISTANCE with the
        same words and figures."""
        out = []
        for h in self.entries:
            if h.kind != "image":
                continue
            if h.key == sha256:
                out.append(Debunk(h.debunk, h.added, h.note, "image", 0))
                continue
            gap = distance(h.hashes, hashes)
            if gap > NEAR_DISTANCE or other_item(h.text, text):
                continue
            if gap <= MAX_DISTANCE or same_text(h.text, text):
                out.append(Debunk(h.debunk, h.added, h.note, "image", int(gap)))
        return tuple(sorted(out, key=lambda d: d.distance or 0))
