"""What the test images show: races, their figures from the shipped official record, and the
drawing of each kind of image (a results page's HTML for Chromium, a KPU-styled graphic drawn
with Pillow). Used by scripts/make_test_images.py and benchmarks/bench_images.py.

Every figure comes from the record (`checker.official.embedded.default_record`); the only
numbers not in it are planted errors, which the truth files mark `planted: true`, and the
RIDO 42,02% of the hoax graphic, marked the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from html import escape

from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": "DejaVuSans.ttf", "sans-bold": "DejaVuSans-Bold.ttf",
    "condensed-bold": "DejaVuSansCondensed-Bold.ttf", "serif-bold": "DejaVuSerif-Bold.ttf",
    "serif": "DejaVuSerif.ttf", "mono-bold": "DejaVuSansMono-Bold.ttf",
}
REGION_NAMES = {"31": "DKI JAKARTA", "32": "JAWA BARAT", "35": "JAWA TIMUR", "36": "BANTEN",
                "3273": "KOTA BANDUNG", "": "INDONESIA"}
RACE_WORDS = {"governor": "PILGUB", "regent_mayor": "PILWALKOT", "president": "PILPRES"}


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_DIR + FONTS[name], size)


def short_name(name: str) -> str:
    """'Dr. Ir. PRAMONO ANUNG WIBOWO, M.M. - H. RANO KARNO, S.IP. (SI DOEL)' ->
    'PRAMONO ANUNG - RANO KARNO': titles, degrees and nicknames dropped, two words a person."""
    people = []
    for person in name.split(" - "):
        person = re.sub(r"\(.*?\)", " ", person.split(",")[0])
        words = [w for w in person.split() if not w.endswith(".") and w.isupper()]
        people.append(" ".join(words[:2]))
    return " - ".join(people)


def pct(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",") + "%"


def dots(value: int) -> str:
    return f"{value:,}".replace(",", ".")


@dataclass
class Row:
    nomor: int
    candidate_id: str
    name: str
    share: Decimal
    votes: int
    planted: bool = False   # the share shown is not the record's


@dataclass
class Race:
    election: str
    kind: str
    region: str
    tier: str
    as_of: str
    progress: Decimal | None
    rows: list[Row] = field(default_factory=list)
    name: str = ""            # the region's name in the record

    @property
    def title(self) -> str:
        year = "2024"
        return f"{RACE_WORDS[self.kind]} {REGION_NAMES.get(self.region, self.name.upper())} {year}"


def race(record, election: str, kind: str, region: str, tier: str = "sirekap",
         plant: dict[int, Decimal] | None = None) -> Race:
    """The record's newest result of `tier` for a race; `plant` replaces shares (nomor -> %)."""
    found = record.race_for(election, kind, region)
    result = next(r for r in record.results_for(found) if r.tier == tier)
    out = Race(election, kind, region, tier, result.as_of.isoformat(),
               Decimal(result.progress).quantize(Decimal("0.01"), ROUND_HALF_UP)
               if result.progress is not None else None)
    region_info = record.regions.get(region)
    out.name = region_info.name if region_info is not None else region
    for cand in record.candidates_of(found):
        share = result.share(cand.id).quantize(Decimal("0.01"), ROUND_HALF_UP)
        planted = plant is not None and cand.nomor_urut in plant
        out.rows.append(Row(cand.nomor_urut, cand.id, short_name(cand.name),
                            plant[cand.nomor_urut] if planted else share,
                            result.votes[cand.id], planted))
    return out


def truth_figures(r: Race, votes: bool) -> list[dict]:
    out = []
    for row in r.rows:
        out.append({"region": r.region, "race_kind": r.kind, "pair": row.nomor,
                    "candidate_id": row.candidate_id, "kind": "share",
                    "value": str(row.share), "planted": row.planted})
        if votes:
            out.append({"region": r.region, "race_kind": r.kind, "pair": row.nomor,
                        "candidate_id": row.candidate_id, "kind": "votes",
                        "value": str(row.votes), "planted": False})
    return out


# --- a results page, rendered by Chromium --------------------------------------------------

def page_html(r: Race, site: str, heading: str, votes: bool, theme: str = "light") -> str:
    """A results page like the ones that circulate: a site bar, a heading naming the race, the
    progress line, one table row per pair."""
    bg, fg, accent = {"light": ("#ffffff", "#1b1b1b", "#b3122e"),
                      "dark": ("#121417", "#e8e8e8", "#f2b705"),
                      "blue": ("#f4f7fb", "#14213d", "#1d4ed8")}[theme]
    head = "<tr><th>No</th><th>Pasangan Calon</th>" + ("<th>Suara</th>" if votes else "") \
        + "<th>Persentase</th></tr>"
    rows = "".join(
        f"<tr><td>{row.nomor:02d}</td><td>{escape(row.name)}</td>"
        + (f"<td>{dots(row.votes)}</td>" if votes else "") + f"<td>{pct(row.share)}</td></tr>"
        for row in r.rows)
    progress = (f"<p class=meta>Data masuk {pct(r.progress)} &middot; diperbarui "
                f"{r.as_of[8:10]}/{r.as_of[5:7]}/{r.as_of[:4]} {r.as_of[11:16]} WIB</p>"
                if r.progress is not None else "")
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
body{{margin:0;font-family:'DejaVu Sans',sans-serif;background:{bg};color:{fg}}}
.bar{{background:{accent};color:#fff;padding:12px 20px;font-weight:bold;font-size:18px}}
main{{padding:16px 20px}} h1{{font-size:26px;margin:8px 0}} .meta{{font-size:15px;opacity:.85}}
table{{border-collapse:collapse;width:100%;font-size:17px;margin-top:12px}}
td,th{{padding:10px 8px;border-bottom:1px solid #8884;text-align:left}}
td:last-child,th:last-child{{text-align:right;font-weight:bold}}
body.narrow table{{font-size:14px}} body.narrow td,body.narrow th{{padding:8px 3px}}
</style></head><body><div class=bar>{escape(site)}</div><main>
<h1>{escape(heading)}</h1>{progress}<table>{head}{rows}</table>
<p class=meta>Hasil hitung per {r.as_of[:10]}</p></main></body></html>"""


def address_bar(width: int, address: str, scale: int = 1, phone: bool = False) -> Image.Image:
    """A browser's address bar as a screenshot shows it: grey strip, white pill, lock, host."""
    height = (56 if not phone else 64) * scale
    status = 28 * scale if phone else 0
    bar = Image.new("RGB", (width, height + status), (222, 225, 230) if not phone else (245, 245, 245))
    draw = ImageDraw.Draw(bar)
    if phone:  # the phone's status bar: clock and battery
        draw.text((16 * scale, 5 * scale), "10:02", fill=(30, 30, 30), font=font("sans-bold", 14 * scale))
        draw.rectangle((width - 40 * scale, 8 * scale, width - 16 * scale, 20 * scale),
                       outline=(30, 30, 30), width=scale)
    top = status + 10 * scale
    draw.rounded_rectangle((12 * scale, top, width - 12 * scale, top + height - 20 * scale),
                           radius=18 * scale, fill=(255, 255, 255))
    lock_x, lock_y = 26 * scale, top + 11 * scale
    draw.rectangle((lock_x, lock_y + 6 * scale, lock_x + 12 * scale, lock_y + 16 * scale), fill=(90, 90, 90))
    draw.arc((lock_x + 2 * scale, lock_y, lock_x + 10 * scale, lock_y + 12 * scale), 180, 360,
             fill=(90, 90, 90), width=2 * scale)
    draw.text((48 * scale, top + 8 * scale), address, fill=(32, 33, 36), font=font("sans", 16 * scale))
    return bar


# --- a KPU-styled graphic, drawn with Pillow --------------------------------------------------

@dataclass(frozen=True)
class Style:
    background: tuple[int, int, int]
    ink: tuple[int, int, int]
    bar: tuple[int, int, int]
    title_font: str
    body_font: str


STYLES = {
    "kpu-red": Style((255, 255, 255), (120, 10, 20), (196, 22, 28), "sans-bold", "sans-bold"),
    "dark": Style((18, 22, 30), (240, 240, 240), (242, 183, 5), "serif-bold", "sans-bold"),
    "maroon": Style((110, 14, 24), (255, 236, 200), (255, 196, 0), "condensed-bold", "condensed-bold"),
    "news": Style((240, 244, 248), (20, 33, 61), (29, 78, 216), "serif-bold", "serif"),
    "mono": Style((250, 250, 245), (30, 30, 30), (0, 128, 96), "mono-bold", "mono-bold"),
}


def graphic(r: Race, title: list[str], style: Style, footer: str | None,
            size: tuple[int, int] = (1080, 1080)) -> Image.Image:
    """A square results graphic: title lines, the race, one labelled bar per pair, a footer."""
    img = Image.new("RGB", size, style.background)
    draw = ImageDraw.Draw(img)
    width, height = size
    y = 60
    for i, line in enumerate(title):
        f = font(style.title_font, 64 if i == 0 else 46)
        w = draw.textlength(line, font=f)
        draw.text(((width - w) / 2, y), line, fill=style.ink, font=f)
        y += 84 if i == 0 else 64
    y += 30
    body = font(style.body_font, 34)
    gap = max(130, (height - y - 140) // max(1, len(r.rows)))
    for row in r.rows:
        draw.text((70, y), f"{row.nomor:02d} {row.name}", fill=style.ink, font=body)
        length = int((width - 360) * float(row.share) / 100)
        draw.rectangle((70, y + 52, 70 + max(length, 6), y + 92), fill=style.bar)
        value = font(style.title_font, 44)
        draw.text((width - 70 - draw.textlength(pct(row.share), font=value), y + 46),
                  pct(row.share), fill=style.ink, font=value)
        y += gap
    if footer:
        f = font(style.body_font, 26)
        draw.text((70, height - 70), footer, fill=style.ink, font=f)
    return img
