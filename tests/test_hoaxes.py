"""The known-hoax register: addresses by normalised form, images by perceptual fingerprint
across what chats do to them; the CLI's `hoaxes` commands and the banner on a report."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from checker.cli.main import cli
from checker.errors import CheckError
from checker.image.fingerprint import (MAX_DISTANCE, NEAR_DISTANCE, distance, fingerprint,
                                       same_text)
from checker.store.hoaxes import (Hoax, HoaxStore, Register, image_entry, normalise_address,
                                  shipped_entries)

IMAGES = Path(__file__).parent / "fixtures" / "images"
BASES = sorted(p.name for p in IMAGES.glob("*.png"))


def _fp(name: str):
    return fingerprint(Image.open(IMAGES / name).convert("RGB"))


def test_addresses_are_normalised():
    same = ["https://www.Data-Pemilu.pages.dev/gubernur/", "http://data-pemilu.pages.dev:80/gubernur",
            "data-pemilu.pages.dev/gubernur?utm_source=wa&fbclid=x#top"]
    assert {normalise_address(u) for u in same} == {"data-pemilu.pages.dev/gubernur"}
    assert normalise_address("https://a.example/p?b=2&a=1") == "a.example/p?a=1&b=2"
    with pytest.raises(CheckError):
        normalise_address("javascript:alert(1)")


def test_the_shipped_register_knows_data_pemilu(tmp_path):
    with HoaxStore(tmp_path / "db.sqlite3") as store:
        register = store.register()
        [entry] = store.entries()
    assert entry.source and entry.debunk.startswith("https://") and entry.added == "2024-11-28"
    assert register.match_url("https://data-pemilu.pages.dev/gubernur")
    assert register.match_url("data-pemilu.pages.dev/bupati")  # the whole site
    assert not register.match_url("https://pilkada2024.kpu.go.id/")
    assert not register.match_url("https://data-pemilu.pages.dev.evil.example/")


@pytest.mark.parametrize("base", BASES)
def test_chat_copies_and_screenshots_of_screenshots_are_near_their_original(base):
    stem = base[:-4]
    original = _fp(base)
    assert distance(original, _fp(f"{stem}-sos.jpg")) <= MAX_DISTANCE  # a match by itself
    # a chat's crop of a mostly blank desktop page moves its hash further: near, and the
    # words decide (below)
    assert distance(original, _fp(f"{stem}-chat.jpg")) <= NEAR_DISTANCE


def test_different_images_are_not_matches_by_their_hashes():
    prints = {name: _fp(name) for name in BASES}
    for a in BASES:
        for b in BASES:
            if a < b:
                assert distance(prints[a], prints[b]) > MAX_DISTANCE, (a, b)


def test_near_hashes_need_the_same_words():
    dki = "Data Pemilu 2024 Real Count Pilgub DKI Jakarta 2024 Data masuk 99,93% 01 RIDWAN KAMIL"
    dki_copy = "Data Pemilu 2024 Real Count Pilgub DKl Jakarta 2024 Data masuk 99,93% 01 RIDWAN KAMIL"
    jatim = "Sirekap Pilkada 2024 Hasil Hitung Suara Pilgub Jawa Timur 2024 Data masuk 99,12% 01 LULUK"
    assert same_text(dki, dki_copy) and not same_text(dki, jatim) and not same_text("", "")
    register = Register((Hoax("image", "k", "https://debunk.example/", "2024-11-29",
                              hashes=_fp("shot-desktop-datapemilu-dki.png"), text=dki),))
    chat = _fp("shot-desktop-datapemilu-dki-chat.jpg")
    assert register.match_image("-", chat, dki_copy)
    # the same template showing another race: as near in its hashes, other words
    other = _fp("shot-desktop-kpu-jatim.png")
    assert distance(register.entries[0].hashes, other) <= NEAR_DISTANCE
    assert register.match_image("-", other, jatim) == ()


def test_register_round_trip_and_image_matching(tmp_path):
    base = (IMAGES / "graphic-kpu-rido-dki.png").read_bytes()
    entry = image_entry(base, "rido.png", "https://cekfakta.example/rido", "RIDO 42,02%",
                        text="REAL COUNT KPU PILGUB DKI JAKARTA 2024 RIDWAN KAMIL 42,02%")
    with HoaxStore(tmp_path / "a.sqlite3") as store:
        store.add_many([entry])
        exported = store.export()
        assert store.remove(entry.key) and not store.remove(entry.key)
    path = tmp_path / "hoaxes.json"
    path.write_text(json.dumps(exported), "utf-8")
    with HoaxStore(tmp_path / "b.sqlite3") as other:
        assert other.import_file(path) == 2  # the shipped entry travels too
        register = other.register()
    copy = Image.open(IMAGES / "graphic-kpu-rido-dki-chat.jpg").convert("RGB")
    [hit] = register.match_image("0" * 64, fingerprint(copy))  # close enough without words
    assert hit.matched_by == "image" and hit.debunk_url == "https://cekfakta.example/rido"
    other_image = Image.open(IMAGES / "graphic-komisi-banten.png").convert("RGB")
    assert register.match_image("1" * 64, fingerprint(other_image)) == ()


def test_a_bad_import_imports_nothing(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"entries": [
        {"kind": "url", "key": "a.example", "debunk": "https://x.example/"},
        {"kind": "image", "key": "abc", "debunk": "https://x.example/"}]}), "utf-8")
    with HoaxStore(tmp_path / "c.sqlite3") as store:
        with pytest.raises(CheckError) as caught:
            store.import_file(path)
        assert caught.value.code == "hoax_bad_import"
        assert [h.key for h in store.entries()] == ["data-pemilu.pages.dev"]


def _run(*args, db):
    return CliRunner().invoke(cli, [*args, "--db", str(db)], catch_exceptions=False)


def test_cli_hoaxes_commands(tmp_path):
    db = tmp_path / "cli.sqlite3"
    image = IMAGES / "graphic-kpu-rido-dki.png"
    added = _run("hoaxes", "add", str(image), "--debunk", "https://cekfakta.example/rido",
                 "--note", "RIDO 42,02%", db=db)
    assert added.exit_code == 0 and added.output.startswith("image ")
    assert _run("hoaxes", "add", "kpu-realcount.vercel.app", "--debunk",
                "https://cekfakta.example/vercel", db=db).exit_code == 0
    listed = _run("hoaxes", "list", db=db).output
    assert "kpu-realcount.vercel.app" in listed and "RIDO 42,02%" in listed
    out = tmp_path / "export.json"
    assert _run("hoaxes", "export", "-o", str(out), db=db).exit_code == 0
    assert json.loads(out.read_text())["schema"] == "cekresmi.hoaxes/1"
    assert _run("hoaxes", "remove", "kpu-realcount.vercel.app", db=db).exit_code == 0
    missing = _run("hoaxes", "remove", "kpu-realcount.vercel.app", "--lang", "en", db=db)
    assert missing.exit_code == 2 and "not in the hoax register" in missing.output
    bad = _run("hoaxes", "add", "x.example", "--debunk", "javascript:alert(1)", db=db)
    assert bad.exit_code == 2
    assert _run("hoaxes", "import", str(out), db=tmp_path / "other.sqlite3").output.strip() == "3"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
def test_cli_check_an_image_named_anything_shows_the_debunk_first(tmp_path):
    db = tmp_path / "check.sqlite3"
    _run("hoaxes", "add", str(IMAGES / "graphic-kpu-rido-dki.png"), "--debunk",
         "https://cekfakta.example/rido", db=db)
    forwarded = tmp_path / "IMG-20241128-WA0009"  # a chat's name, no extension
    forwarded.write_bytes((IMAGES / "graphic-kpu-rido-dki-sos.jpg").read_bytes())
    result = _run("check", str(forwarded), "--lang", "en", db=db)
    assert result.exit_code == 0, result.output
    first = result.output.splitlines()[2]
    assert first.startswith("!! ALREADY DEBUNKED: https://cekfakta.example/rido")
    assert "IMPOSTOR" in result.output
    as_json = _run("check", str(forwarded), "--format", "json", db=db)
    data = json.loads(as_json.output)
    assert data["source"]["kind"] == "image" and data["debunked"][0]["matched_by"] == "image"


def test_cli_check_a_url_in_the_register(tmp_path):
    # a saved page said to come from data-pemilu.pages.dev: the shipped entry matches it
    page = tmp_path / "p.html"
    page.write_text("<html><body><h1>Real Count Pilgub</h1></body></html>", "utf-8")
    result = _run("check", str(page), "--url", "https://data-pemilu.pages.dev/gubernur",
                  "--short", db=tmp_path / "u.sqlite3")
    assert result.output.startswith("SUDAH DIBANTAH: https://harianokuselatan")


def test_every_shipped_entry_has_a_sources_line_with_its_public_address():
    from importlib import resources

    sources = resources.files("checker.store").joinpath("SOURCES.md").read_text("utf-8")
    lines = [line for line in sources.splitlines() if line.startswith("| ")]
    for entry in shipped_entries():
        line = next((l for l in lines if f"`{entry.key}`" in l), None)
        assert line is not None, entry.key
        assert entry.debunk.startswith("https://") and entry.debunk in line


@pytest.mark.parametrize("copy", sorted(p.name for p in IMAGES.glob("*")
                                        if p.suffix in (".webp", ".gif")))
def test_webp_copies_and_the_first_frame_of_a_gif_match_their_original(copy):
    from checker.image.decode import decode_image

    parent = json.loads((IMAGES / f"{copy}.json").read_text("utf-8"))["parent"]
    decoded = decode_image((IMAGES / copy).read_bytes(), copy)
    assert distance(_fp(f"{parent}.png"), fingerprint(decoded.image)) <= MAX_DISTANCE


# --- one template, other figures: graphics drawn by the generator (scripts/image_scenes.py) ---

def _scenes():
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
    import image_scenes

    return image_scenes


def _png(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture(scope="module")
def rido_register():
    """The circulating RIDO 42,02% card registered as a hoax, with the words OCR'd from it."""
    entry = image_entry((IMAGES / "graphic-kpu-rido-dki.png").read_bytes(), "rido.png",
                        "https://cekfakta.example/rido", "RIDO 42,02%")
    return Register((entry,))


def test_a_template_sibling_with_other_figures_is_another_item(tmp_path, rido_register):
    """The same "REAL COUNT KPU / PILGUB DKI JAKARTA 2024" card drawn with the record's own
    shares: as near in its pixels as a chat copy, but its figures say it is not the hoax."""
    from builders import context
    from checker.official.embedded import default_record
    from checker.service import check_image_bytes

    scenes = _scenes()
    dki = scenes.race(default_record(tmp_path / "record.sqlite3"), "pilkada2024", "governor", "31")
    sibling = scenes.graphic(dki, ["REAL COUNT KPU", dki.title], scenes.STYLES["kpu-red"], None)
    entry = rido_register.entries[0]
    assert distance(entry.hashes, fingerprint(sibling)) <= MAX_DISTANCE  # pixels cannot tell
    report = check_image_bytes(_png(sibling), "sibling.png", context(), rido_register)
    assert report.debunked == ()
    # the pixels alone (no words read) still match: nothing else to weigh
    assert rido_register.match_image("-", fingerprint(sibling))


@pytest.mark.parametrize("copy", ["graphic-kpu-rido-dki-chat.jpg", "graphic-kpu-rido-dki-sos.jpg"])
def test_a_chat_copy_of_the_registered_card_is_found(copy, rido_register):
    from builders import context
    from checker.service import check_image_bytes

    report = check_image_bytes((IMAGES / copy).read_bytes(), copy, context(), rido_register)
    assert [d.debunk_url for d in report.debunked] == ["https://cekfakta.example/rido"]


def test_other_item_weighs_figures_and_title():
    from checker.image.fingerprint import other_item

    hoax = "REAL COUNT KPU PILGUB DKI JAKARTA 2024 01 RIDWAN KAMIL 42,02% 02 DHARMA 10,53% " \
           "03 PRAMONO ANUNG 47,45%"
    copy = "10:45 Grup Keluarga kemarin 21.07 REAL COUNT KPU PILGUB DKl JAKARTA 2024 01 " \
           "RIDWAN KAMIL 42,02% 02 DHARMA 10.53% 03 PRAMONO ANUNG 47,45%"
    record = hoax.replace("42,02", "39,40").replace("47,45", "50,07")
    retitled = hoax.replace("REAL COUNT KPU", "QUICK COUNT LSI")
    cropped = hoax.replace("REAL", "2EAL").replace("PRAMONO", "RAMONO")  # a chat's crop
    assert not other_item(hoax, copy) and not other_item(hoax, cropped)  # frame, OCR slips
    assert other_item(hoax, record) and other_item(hoax, retitled)
    assert not other_item(hoax, "") and not other_item("", copy)  # nothing read: no say


def test_the_same_figures_on_another_site_are_another_item():
    """KPU's own page and a news site's page of one race show the same figures and nearly the
    same words (bench_images found one such screenshot 42 bits from the register's): the
    address the screenshot shows says whose it is."""
    from checker.image.fingerprint import other_item

    table = "Data masuk 99,12% No Pasangan Calon Suara Persentase 01 LULUK NUR 1.785.621 " \
            "8,72% 02 KHOFIFAH INDAR 12.018.858 58,70% 03 TRI RISMAHARINI 6.671.068 32,58%"
    kpu = "pilkada2024.kpu.go.id/pilgub/35 Hasil Hitung Suara Pilgub Jawa Timur 2024 " + table
    news = "news. detik.com/pilkada Hasil PILGUB JAWA TIMUR 2024 " + table
    copy = "10:44 Grup Keluarga kemarin 21.12 pilkada2024.kpu.go.id/pilgub/35 dasil Hitung " \
           "Suara Pilgub Jawa Timur 2024 " + table
    assert other_item(kpu, news) and not other_item(kpu, copy)
