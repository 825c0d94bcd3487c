"""Generate the test images of issue 14 into tests/fixtures/images/, with a truth file each.

Three families, every one made from figures in the shipped official record:
- screenshots of results pages rendered in Chromium, desktop (1280 px) and phone (360 px at
  3x = 1080x2400), with a browser address bar drawn above them (or, once, cropped away);
- KPU-styled graphics drawn with Pillow (several fonts and colour schemes), among them the
  "REAL COUNT KPU PILGUB DKI" graphic with RIDO at 42,02% that circulated after 27 Nov 2024;
- what a chat does to each: JPEG at quality 60-80, the long side cut to 1600 px, borders
  cropped (`-chat`), and a photo-less screenshot of the image open in a chat app (`-sos`);
  for four of them also a WebP copy as newer chat apps send (`-chat.webp`) or an animated
  GIF whose first frame is the image (`-anim.gif`).

Deterministic: the same record, fonts and Chromium give the same pixels (no clock, seeded
randomness). `<name>.json` beside each image holds its truth: every figure it shows (region,
pair, kind, value, planted), the address it shows and the verdict expected.

Run from the repository root (needs Chromium):
    .venv/bin/python scripts/make_test_images.py [--out tests/fixtures/images]
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from image_scenes import (STYLES, Race, address_bar, font, graphic, page_html,  # noqa: E402
                          race, truth_figures)

ROOT = Path(__file__).resolve().parent.parent
D = Decimal


@dataclass
class Scene:
    name: str
    race: Race
    kind: str                    # desktop | phone | graphic
    address: str | None          # what the image shows as its own address
    expected_label: str
    votes: bool = False
    heading: str = ""
    site: str = ""
    theme: str = "light"
    title: tuple[str, ...] = ()
    style: str = "kpu-red"
    footer: str | None = None
    cited: str | None = None     # an address the image cites as its source ("sumber: ...")
    size: tuple[int, int] = (1080, 1080)
    note: str = ""
    extra: tuple[str, ...] = ()  # more copies: "webp" (a newer chat app), "gif" (animated)


def scenes(record) -> list[Scene]:
    dki = race(record, "pilkada2024", "governor", "31")
    jabar = race(record, "pilkada2024", "governor", "32")
    jatim = race(record, "pilkada2024", "governor", "35")
    banten = race(record, "pilkada2024", "governor", "36")
    bandung = race(record, "pilkada2024", "regent_mayor", "3273")
    pilpres = race(record, "pemilu2024", "president", "")
    return [
        Scene("shot-desktop-datapemilu-dki", dki, "desktop", "data-pemilu.pages.dev/gubernur",
              "unofficial", votes=True, heading="Real Count Pilgub DKI Jakarta 2024",
              site="Data Pemilu 2024"),
        Scene("shot-phone-datapemilu-jabar", jabar, "phone", "data-pemilu.pages.dev/gubernur",
              "unofficial", heading="Real Count Pilgub Jawa Barat 2024", site="Data Pemilu",
              theme="dark", extra=("webp",)),
        Scene("shot-desktop-kpu-jatim", jatim, "desktop", "pilkada2024.kpu.go.id/pilgub/35",
              "official", votes=True, heading="Hasil Hitung Suara Pilgub Jawa Timur 2024",
              site="Sirekap Pilkada 2024", theme="blue"),
        Scene("shot-phone-vercel-banten", race(record, "pilkada2024", "governor", "36",
                                               plant={1: D("41.14")}),
              "phone", "kpu-realcount.vercel.app", "impostor",
              heading="Real Count Pilgub Banten 2024", site="Real Count KPU",
              note="pair 1 share planted 3 points low"),
        Scene("shot-desktop-kawal-bandung", bandung, "desktop",
              "kawalpemilu.org/pilwalkot/3273", "independent",
              heading="Pilwalkot Kota Bandung 2024", site="KawalPemilu", theme="blue",
              extra=("gif",)),
        Scene("shot-phone-detik-dki", race(record, "pilkada2024", "governor", "31", tier="rekap"),
              "phone", "news.detik.com/pilkada/hasil-dki", "independent", votes=True,
              heading="Hasil Rekapitulasi Pilgub DKI Jakarta 2024", site="detikNews"),
        Scene("shot-phone-noaddress-jabar", race(record, "pilkada2024", "governor", "32",
                                                 plant={4: D("58.29")}),
              "phone", None, "unofficial", heading="Real Count Pilgub Jawa Barat 2024",
              site="Hasil Pilkada", note="address bar cropped away; pair 4 planted 4 points low"),
        Scene("shot-desktop-webapp-pilpres", pilpres, "desktop", "hasil-pilpres.web.app",
              "unofficial", votes=True, heading="Real Count Pilpres 2024", site="Hasil Pilpres"),
        Scene("graphic-kpu-rido-dki", race(record, "pilkada2024", "governor", "31",
                                           plant={1: D("42.02"), 3: D("47.45")}),
              "graphic", None, "impostor", title=("REAL COUNT KPU", "PILGUB DKI JAKARTA 2024"),
              style="kpu-red", extra=("gif",),
              note="RIDO 42,02% is the circulating hoax's figure; 47,45% planted to make 100"),
        Scene("graphic-kpuri-jatim-dark", jatim, "graphic", "kpu-ri.info", "impostor",
              title=("HASIL REAL COUNT KPU RI", "PILGUB JAWA TIMUR 2024"), style="dark",
              footer="kpu-ri.info"),
        Scene("graphic-komisi-banten", banten, "graphic", None, "impostor",
              title=("KOMISI PEMILIHAN UMUM", "PILGUB BANTEN 2024"), style="maroon"),
        Scene("graphic-news-dki-cites-kpu", dki, "graphic", None, "unofficial",
              title=("Hasil Sirekap Pilgub", "DKI Jakarta 2024"), style="news",
              footer="Sumber: pilkada2024.kpu.go.id", cited="pilkada2024.kpu.go.id"),
        Scene("graphic-blogspot-bandung", race(record, "pilkada2024", "regent_mayor", "3273",
                                               plant={3: D("47.64")}),
              "graphic", "realcount-pilkada.blogspot.com", "unofficial",
              title=("REAL COUNT", "PILWALKOT KOTA BANDUNG 2024"), style="mono",
              footer="realcount-pilkada.blogspot.com", note="pair 3 planted 3 points high"),
        Scene("graphic-kpu-pilpres-datapemilu", pilpres, "graphic", "data-pemilu.pages.dev",
              "impostor", title=("REAL COUNT KPU", "PILPRES 2024"), style="kpu-red",
              footer="sumber: data-pemilu.pages.dev", cited="data-pemilu.pages.dev",
              size=(1080, 1350), extra=("webp",)),
    ]


_OVERFLOW = """() => [document.documentElement.scrollWidth > window.innerWidth,
                   document.documentElement.scrollHeight > window.innerHeight]"""


def screenshots(items: list[Scene], strict: bool = False) -> dict[str, Image.Image]:
    """Render each page in Chromium (no network: the HTML is set directly) and draw the
    browser's address bar above it. A table too wide for a phone gets the page's narrow
    layout (smaller type, tighter cells), as a news site's phone layout does: a screenshot
    shows what fits on the screen, and a truth file must not list figures cut off at its
    edge. `strict`: fail if the page still does not fit (the test images' truth)."""
    from playwright.sync_api import sync_playwright

    from checker.retrieve.browser_launch import find_chromium

    out = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=find_chromium(), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--font-render-hinting=none"])
        for s in items:
            phone = s.kind == "phone"
            scale = 3 if phone else 1
            width, height = (360, 800) if phone else (1280, 800)
            bar = address_bar(width * scale, s.address, scale, phone) if s.address else None
            bar_h = bar.height // scale if bar else (28 if phone else 0)
            page = browser.new_page(viewport={"width": width, "height": height - bar_h},
                                    device_scale_factor=scale)
            page.set_content(page_html(s.race, s.site, s.heading, s.votes, s.theme))
            if page.evaluate(_OVERFLOW)[0]:
                page.evaluate("() => document.body.classList.add('narrow')")
            if strict and any(page.evaluate(_OVERFLOW)):
                raise SystemExit(f"{s.name}: the page does not fit the screen; its truth "
                                 "would list figures the image does not show")
            shot = Image.open(io.BytesIO(page.screenshot())).convert("RGB")
            page.close()
            canvas = Image.new("RGB", (width * scale, height * scale), (0, 0, 0))
            if bar:
                canvas.paste(bar, (0, 0))
            canvas.paste(shot, (0, bar_h * scale))
            out[s.name] = canvas
        browser.close()
    return out


def chat_copy(img: Image.Image, rng: random.Random) -> tuple[bytes, int]:
    """What WhatsApp-like apps do: long side to 1600 px, JPEG 60-80, a few pixels cropped."""
    if max(img.size) > 1600:
        ratio = 1600 / max(img.size)
        img = img.resize((round(img.width * ratio), round(img.height * ratio)), Image.LANCZOS)
    w, h = img.size
    box = (rng.randint(0, w // 40), rng.randint(0, h // 40),
           w - rng.randint(0, w // 40), h - rng.randint(0, h // 40))
    quality = rng.randint(60, 80)
    buf = io.BytesIO()
    img.crop(box).save(buf, "JPEG", quality=quality)
    return buf.getvalue(), quality


def screen_of_screen(img: Image.Image, rng: random.Random) -> bytes:
    """The image opened in a chat app on a 1080-px phone and screenshotted again: status bar,
    a dark viewer header and footer, the image fitted into the screen, JPEG 75."""
    canvas = Image.new("RGB", (1080, 2400), (0, 0, 0))
    draw = ImageDraw.Draw(canvas)
    draw.text((40, 20), "10:4%d" % rng.randint(0, 9), fill=(255, 255, 255), font=font("sans-bold", 40))
    draw.text((140, 130), "Grup Keluarga", fill=(255, 255, 255), font=font("sans-bold", 44))
    draw.text((140, 190), "kemarin 21.%02d" % rng.randint(0, 59), fill=(200, 200, 200),
              font=font("sans", 32))
    ratio = min(1080 / img.width, 1960 / img.height)  # a viewer fits the whole picture
    fitted = img.resize((round(img.width * ratio), round(img.height * ratio)), Image.LANCZOS)
    canvas.paste(fitted, ((1080 - fitted.width) // 2, 280 + (1960 - fitted.height) // 2))
    buf = io.BytesIO()
    canvas.save(buf, "JPEG", quality=75)
    return buf.getvalue()


def webp_copy(img: Image.Image, rng: random.Random) -> tuple[bytes, int]:
    """What newer chat apps send: WebP (lossy, quality 60-80), the long side cut to 1600 px."""
    if max(img.size) > 1600:
        ratio = 1600 / max(img.size)
        img = img.resize((round(img.width * ratio), round(img.height * ratio)), Image.LANCZOS)
    quality = rng.randint(60, 80)
    buf = io.BytesIO()
    img.save(buf, "WEBP", quality=quality, method=4)
    return buf.getvalue(), quality


def gif_copy(img: Image.Image) -> bytes:
    """An animated GIF as chat apps and meme makers forward results: the image in 256
    colours first, then two frames that fade it out (only the first frame is read)."""
    frames = [img] + [Image.blend(img, Image.new("RGB", img.size, (0, 0, 0)), a)
                      for a in (0.5, 0.9)]
    frames = [f.quantize(256, dither=Image.Dither.NONE) for f in frames]
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=800, loop=0)
    return buf.getvalue()


def truth(s: Scene, variant: str, parent: str | None, extra: dict) -> dict:
    return {"image": f"{s.name}{variant}", "parent": parent, "family": s.kind,
            "address": s.address, "cited": s.cited, "expected_label": s.expected_label,
            "race": {"election": s.race.election, "kind": s.race.kind, "region": s.race.region,
                     "tier": s.race.tier, "as_of": s.race.as_of},
            "figures": truth_figures(s.race, s.votes), "note": s.note, **extra}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "tests" / "fixtures" / "images"))
    args = parser.parse_args(argv)
    from checker.official.embedded import default_record

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        record = default_record(Path(tmp) / "record.sqlite3")
        items = scenes(record)
    shots = screenshots([s for s in items if s.kind != "graphic"], strict=True)
    total = count = 0
    for s in items:
        rng = random.Random(s.name)  # seeded by name: the same bytes on every run
        img = shots.get(s.name) or graphic(s.race, list(s.title), STYLES[s.style], s.footer, s.size)
        files = {}
        base = io.BytesIO()
        img.save(base, "PNG", optimize=True)
        files[".png"] = (base.getvalue(), truth(s, "", None, {"format": "png"}))
        data, quality = chat_copy(img, rng)
        files["-chat.jpg"] = (data, truth(s, "-chat", s.name, {"format": "jpeg", "quality": quality}))
        files["-sos.jpg"] = (screen_of_screen(img, rng),
                             truth(s, "-sos", s.name, {"format": "jpeg", "quality": 75}))
        if "webp" in s.extra:
            data, quality = webp_copy(img, rng)
            files["-chat.webp"] = (data, truth(s, "-chat", s.name,
                                               {"format": "webp", "quality": quality}))
        if "gif" in s.extra:
            files["-anim.gif"] = (gif_copy(img), truth(s, "-anim", s.name,
                                                       {"format": "gif", "frames": 3}))
        for suffix, (data, meta) in files.items():
            (out / f"{s.name}{suffix}").write_bytes(data)
            meta["image"] = f"{s.name}{suffix}"
            (out / f"{s.name}{suffix}.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
            total += len(data)
            count += 1
    print(f"{count} images, {total / 1e6:.1f} MB in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
