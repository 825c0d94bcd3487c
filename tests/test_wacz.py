"""checker.retrieve.wacz: a WACZ replays exactly like the WARC inside it, and a hostile ZIP never gets
further than a one-line error (no zip bomb inflated, no file written by a member's name)."""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import io
import json
import struct
import tempfile
import zipfile
import zlib
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from checker.retrieve.archive import load_warc
from checker.retrieve.local import load_path
from checker.errors import CheckError
from checker.retrieve.fetch import FetchConfig, fetch
from checker.retrieve.wacz import is_wacz, load_wacz, write_wacz
from checker.retrieve.warc import write_warc
from loopback import RESULTS_PAGE, LoopbackServer

LOCAL = FetchConfig(allow_private=True, timeout=5)
HTML = {"Content-Type": "text/html; charset=utf-8"}
JSON_DATA = b'{"paslon": [{"nama": "Pramono-Rano", "persen": 50.07}]}'


@pytest.fixture(scope="module")
def server():
    routes = {"/a": (302, {"Location": "/b", **HTML}, "moved"),
              "/b": (301, {"Location": "/page"}, ""),
              "/page": (200, HTML, RESULTS_PAGE),
              "/other": (200, HTML, "<html><title>Lain</title><body>lain</body></html>"),
              "/data.json": (200, {"Content-Type": "application/json"}, JSON_DATA)}
    with LoopbackServer(routes) as srv:
        yield srv


@pytest.fixture(scope="module")
def warc(server, tmp_path_factory):
    """A WARC with another page first, then the /a -> /b -> /page chain, then a JSON file."""
    other, chain, data = (fetch(server.url(p), LOCAL) for p in ("/other", "/a", "/data.json"))
    snap = dataclasses.replace(chain, exchanges=other.exchanges + chain.exchanges + data.exchanges)
    return write_warc(snap, tmp_path_factory.mktemp("warc") / "x.warc.gz").path


@pytest.fixture
def wacz(server, warc, tmp_path):
    path = tmp_path / "x.wacz"
    write_wacz(warc, path, [(server.url("/a"), "2024-11-28T01:02:03Z", "Real Count")])
    return path


@pytest.fixture(autouse=True)
def private_tmp(tmp_path, monkeypatch):
    """Temporary folders go here, so each test can see that they were all removed."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    assert list(folder.iterdir()) == []


def error(call, *args, **kw) -> CheckError:
    with pytest.raises(CheckError) as info:
        call(*args, **kw)
    assert "\n" not in str(info.value)
    return info.value


def rezip(src, dst, changes):
    """Copy a ZIP, replacing (bytes) or dropping (None) some members, adding new ones."""
    with zipfile.ZipFile(src) as old, zipfile.ZipFile(dst, "w") as new:
        for info in old.infolist():
            data = changes.pop(info.filename, old.read(info))
            if data is not None:
                new.writestr(info, data)
        for name, data in changes.items():
            new.writestr(name, data)
    return dst


def raw_zip(members):
    """A ZIP built by hand: (name, method, stored bytes, crc, declared size) per member, so a
    test can declare what it likes."""
    out, central = bytearray(), bytearray()
    for name, method, data, crc, size in members:
        n = name.encode()
        central += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, method, 0, 33, crc,
                               len(data), size, len(n), 0, 0, 0, 0, 0, len(out)) + n
        out += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, method, 0, 33, crc, len(data),
                           size, len(n), 0) + n + data
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members),
                      len(central), len(out), 0)
    return bytes(out + central + end)


def stored(name, data):
    return (name, 0, data, zlib.crc32(data), len(data))


# --- round trip ----------------------------------------------------------------------------------


def test_wacz_replays_like_its_warc(wacz, warc, server):
    back, direct = load_wacz(wacz, server.url("/a")), load_warc(warc, server.url("/a"))
    assert back == direct and back.origin == "warc"
    assert back.final_url == server.url("/page") and back.body == RESULTS_PAGE.encode()
    assert [h.status for h in back.redirects] == [302, 301]
    assert {r.url: r.body for r in back.resources}[server.url("/data.json")] == JSON_DATA
    assert back.fetched_at == direct.fetched_at


def test_pages_jsonl_picks_the_page(wacz, warc, server, tmp_path):
    assert load_warc(warc).final_url == server.url("/other")  # the archive's first HTML page
    assert load_wacz(wacz).final_url == server.url("/page")  # the WACZ says its page is /a
    assert load_wacz(wacz, server.url("/other")).final_url == server.url("/other")  # url wins
    bare = rezip(wacz, tmp_path / "bare.wacz", {"pages/pages.jsonl": None,
                                                 "datapackage.json": None})
    assert load_wacz(bare) == load_warc(warc)  # no page list: the WARC's own pick


def test_the_file_is_a_valid_wacz(wacz, warc, server):
    with zipfile.ZipFile(wacz) as archive:
        assert archive.testzip() is None
        info = archive.getinfo("archive/data.warc.gz")
        assert info.compress_type == zipfile.ZIP_STORED  # as the spec requires
        data = archive.read(info)
        assert data == Path(warc).read_bytes()
        members = {i.filename: archive.read(i) for i in archive.infolist()}
    package = json.loads(members["datapackage.json"])
    assert package["profile"] == "data-package" and package["wacz_version"] == "1.1.1"
    assert package["mainPageURL"] == server.url("/a") and package["software"].startswith("cekresmi")
    assert {r["path"] for r in package["resources"]} == {
        "archive/data.warc.gz", "indexes/index.cdx", "pages/pages.jsonl"}
    for resource in package["resources"]:
        body = members[resource["path"]]
        assert resource["hash"] == "sha256:" + hashlib.sha256(body).hexdigest()
        assert resource["bytes"] == len(body) and resource["name"] in resource["path"]
    seal = json.loads(members["datapackage-digest.json"])
    assert seal == {"path": "datapackage.json",
                    "hash": "sha256:" + hashlib.sha256(members["datapackage.json"]).hexdigest()}
    head, page = [json.loads(x) for x in members["pages/pages.jsonl"].splitlines()]
    assert head["format"] == "json-pages-1.0" and head["id"] == "pages"
    assert (page["url"], page["ts"], page["title"]) == (server.url("/a"), "2024-11-28T01:02:03Z",
                                                        "Real Count")


def test_the_cdxj_index_points_at_each_gzip_member(wacz, server):
    with zipfile.ZipFile(wacz) as archive:
        warc, index = archive.read("archive/data.warc.gz"), archive.read("indexes/index.cdx")
    lines = index.decode().splitlines()
    assert lines == sorted(lines) and len(lines) == 5  # five responses
    for line in lines:
        key, stamp, fields = line.split(" ", 2)
        fields = json.loads(fields)
        assert key.startswith(f"1,0,0,127:{server.port})/") and len(stamp) == 14
        start, length = int(fields["offset"]), int(fields["length"])
        record = next(iter(ArchiveIterator(io.BytesIO(warc[start:start + length]))))
        assert record.rec_type == "response" and fields["filename"] == "data.warc.gz"
        assert record.rec_headers.get_header("WARC-Target-URI") == fields["url"]
        assert fields["digest"] == record.rec_headers.get_header("WARC-Payload-Digest")
        assert fields["status"] == record.http_headers.get_statuscode()
    json_line = next(json.loads(x.split(" ", 2)[2]) for x in lines if "data.json" in x)
    assert json_line["mime"] == "application/json" and json_line["status"] == "200"


def test_a_plain_warc_inside_is_read_too(wacz, warc, server, tmp_path):
    plain = gzip.decompress(Path(warc).read_bytes())
    other = rezip(wacz, tmp_path / "plain.wacz", {"archive/data.warc.gz": None,
                                                  "datapackage.json": None,
                                                  "archive/data.warc": plain})
    assert load_wacz(other, server.url("/a")) == load_warc(warc, server.url("/a"))


# --- tampering -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name, change", [
    ("pages/pages.jsonl", lambda b: b.replace(b"Real Count", b"Resmi KPU")),
    ("archive/data.warc.gz", lambda b: gzip.compress(b"WARC/1.1\r\n\r\n") + b),
    ("indexes/index.cdx", lambda b: b + b"x"),
])
def test_a_file_that_does_not_match_its_hash_is_refused(wacz, tmp_path, name, change):
    with zipfile.ZipFile(wacz) as archive:
        data = archive.read(name)
    bad = rezip(wacz, tmp_path / "bad.wacz", {name: change(data)})
    err = error(load_wacz, bad)
    assert err.code == "archive_corrupt" and name in err.params["reason"]
    assert err.params["path"] == str(bad)


def test_a_changed_manifest_breaks_its_seal(wacz, tmp_path):
    with zipfile.ZipFile(wacz) as archive:
        package = json.loads(archive.read("datapackage.json"))
    package["mainPageURL"] = "https://pilkada2024.kpu.go.id/"
    bad = rezip(wacz, tmp_path / "bad.wacz", {"datapackage.json": json.dumps(package)})
    err = error(load_wacz, bad)
    assert err.code == "archive_corrupt" and "datapackage-digest.json" in err.params["reason"]


@pytest.mark.parametrize("changes, words", [
    ({"archive/more.warc.gz": b""}, "not listed"),
    ({"pages/pages.jsonl": None}, "missing"),
    ({"datapackage.json": b"{not json", "datapackage-digest.json": None}, "JSON"),
])
def test_a_manifest_that_does_not_fit_the_files_is_refused(wacz, tmp_path, changes, words):
    err = error(load_wacz, rezip(wacz, tmp_path / "bad.wacz", changes))
    assert err.code == "archive_corrupt" and words in err.params["reason"]


# --- hostile ZIPs --------------------------------------------------------------------------------


def deflated_zeros(gib=1):
    """A deflate stream of `gib` GiB of zeros, about 1 MB long, made without compressing 1 GB:
    after a full flush the compressor starts afresh, so each 1 MiB segment is the same bytes."""
    segment = zlib.compressobj(9, zlib.DEFLATED, -15)
    segment = segment.compress(bytes(1 << 20)) + segment.flush(zlib.Z_FULL_FLUSH)
    return segment * (1024 * gib) + zlib.compressobj(9, zlib.DEFLATED, -15).flush()


@pytest.mark.parametrize("declared, code", [
    (1 << 30, "file_too_large"),  # admits its size: refused before inflating anything
    (1000, "archive_corrupt"),  # lies: zipfile stops at 1000 bytes and the CRC fails
])
def test_a_zip_bomb_is_not_inflated(tmp_path, declared, code):
    path = tmp_path / "bomb.wacz"
    bomb = ("archive/data.warc.gz", zipfile.ZIP_DEFLATED, deflated_zeros(), 0, declared)
    path.write_bytes(raw_zip([bomb]))
    err = error(load_wacz, path)
    assert err.code == code


def test_the_cap_counts_what_was_inflated_across_members(tmp_path):
    data = bytes(6000)
    path = tmp_path / "two.wacz"
    path.write_bytes(raw_zip([(f"archive/{n}.warc", zipfile.ZIP_DEFLATED,
                               zlib.compress(data)[2:-4], zlib.crc32(data), len(data))
                              for n in "ab"]))
    err = error(load_wacz, path, max_bytes=1000)  # 10 x 1000 in all: 6000 fits, 12000 not
    assert err.code == "file_too_large" and err.params["limit"] == 10_000


def test_a_bomb_in_a_listed_index_is_not_inflated(tmp_path):
    package = json.dumps({"resources": [{"path": "indexes/index.cdx", "hash": "sha256:00"},
                                        {"path": "archive/data.warc.gz"}]})
    path = tmp_path / "bomb.wacz"
    path.write_bytes(raw_zip([
        stored("archive/data.warc.gz", b""), stored("datapackage.json", package.encode()),
        ("indexes/index.cdx", zipfile.ZIP_DEFLATED, deflated_zeros(), 0, 1 << 30)]))
    assert error(load_wacz, path).code == "file_too_large"


def test_too_many_members_are_refused_before_reading_them(tmp_path):
    path = tmp_path / "many.wacz"
    path.write_bytes(raw_zip([stored(f"x/{n}", b"") for n in range(10_001)]))
    err = error(load_wacz, path)
    assert err.code == "archive_corrupt" and "10000 members" in err.params["reason"]


def with_zip64_end(data, directory_size):
    """The same ZIP with a zip64 end record that gives the central directory's size."""
    count, size, offset = struct.unpack_from("<HLL", data, len(data) - 12)
    start = len(data) - 22
    record = struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count,
                         directory_size, offset)
    locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, start, 1)
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                      0xFFFFFFFF, 0)
    assert size == start - offset
    return data[:start] + record + locator + end


@pytest.mark.parametrize("make", [
    lambda: raw_zip([stored("x/" + "n" * 250 + str(n), b"") for n in range(10_001)]),
    lambda: with_zip64_end(raw_zip([stored("archive/data.warc.gz", b"")]), 10**9),
])
def test_a_huge_central_directory_is_refused_before_zipfile_parses_it(tmp_path, monkeypatch,
                                                                      make):
    path = tmp_path / "huge.wacz"
    path.write_bytes(make())
    monkeypatch.setattr(zipfile, "ZipFile", lambda *a, **k: pytest.fail("parsed anyway"))
    err = error(load_wacz, path)
    assert err.code == "archive_corrupt" and "10000 members" in err.params["reason"]


def test_a_zip64_end_record_is_read_like_zipfile_reads_it(warc, tmp_path):
    data = raw_zip([stored("archive/data.warc.gz", Path(warc).read_bytes())])
    directory = struct.unpack_from("<L", data, len(data) - 10)[0]
    path = tmp_path / "z64.wacz"
    path.write_bytes(with_zip64_end(data, directory))
    assert load_wacz(path) == load_warc(warc)


def test_duplicate_member_names_are_refused(warc, tmp_path):
    data = Path(warc).read_bytes()
    path = tmp_path / "twice.wacz"
    path.write_bytes(raw_zip([stored("archive/data.warc.gz", data)] * 2))
    assert "two members" in error(load_wacz, path).params["reason"]


@pytest.mark.parametrize("name", ["../evil.warc.gz", "archive/../../evil.warc.gz",
                                  "/archive/evil.warc.gz", "archive\\..\\evil.warc.gz",
                                  "archive/sub/evil.warc.gz"])
def test_member_names_outside_archive_are_ignored(warc, tmp_path, name):
    data = Path(warc).read_bytes()
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "trav.wacz"
    path.write_bytes(raw_zip([stored(name, data)]))
    assert error(load_wacz, path).code == "archive_no_page"
    path.write_bytes(raw_zip([stored(name, b"junk"), stored("archive/data.warc.gz", data)]))
    assert load_wacz(path) == load_warc(warc)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["in", "tmp", "trav.wacz"]


@pytest.mark.parametrize("content, code", [
    (b"", "archive_corrupt"),
    (b"<html>not a zip</html>", "archive_corrupt"),
    (b"PK\x03\x04" + b"\0" * 100, "archive_corrupt"),  # a ZIP's first bytes, nothing else
    (raw_zip([stored("pages/pages.jsonl", b"{}\n")]), "archive_no_page"),
    (raw_zip([stored("archive/data.warc.gz", b"\x1f\x8bjunk")]), "archive_corrupt"),
    (raw_zip([stored("archive/data.warc.gz", raw_zip([stored("a", b"b")]))]), "archive_corrupt"),
    (raw_zip([("archive/data.warc.gz", 99, b"x", 0, 1)]), "archive_corrupt"),  # unknown method
])
def test_broken_files_give_one_coded_error(tmp_path, content, code):
    path = tmp_path / "broken.wacz"
    path.write_bytes(content)
    err = error(load_wacz, path)
    assert err.code == code and err.params["path"] == str(path)


def test_cut_short_and_missing_files(wacz, tmp_path, server):
    data = wacz.read_bytes()
    (tmp_path / "cut.wacz").write_bytes(data[: len(data) // 2])
    assert error(load_wacz, tmp_path / "cut.wacz").code == "archive_corrupt"
    assert error(load_wacz, tmp_path / "none.wacz").code == "file_not_found"
    assert error(load_wacz, tmp_path).code == "file_unreadable"
    err = error(load_wacz, wacz, server.url("/nowhere"))
    assert err.code == "archive_url_missing" and err.params["path"] == str(wacz)


def test_a_page_bigger_than_the_limit(wacz):
    err = error(load_wacz, wacz, max_bytes=100)
    assert err.code == "file_too_large" and err.params["path"] == str(wacz)


# --- dispatch ------------------------------------------------------------------------------------


def test_load_path_finds_a_wacz_by_name_and_by_its_bytes(wacz, warc, tmp_path):
    assert load_path(wacz) == load_wacz(wacz)
    renamed = tmp_path / "capture.bin"
    renamed.write_bytes(wacz.read_bytes())
    assert is_wacz(renamed) and load_path(renamed) == load_wacz(wacz)
    assert load_path(warc) == load_warc(warc) and not is_wacz(warc)


def test_a_zip_without_warcs_is_not_taken_for_a_wacz(tmp_path):
    docx = tmp_path / "laporan.docx"
    docx.write_bytes(raw_zip([stored("word/document.xml", b"<w/>")]))
    assert not is_wacz(docx)
    # Nor for a saved page: a ZIP is binary, refused with one line naming it (issue 13).
    with pytest.raises(CheckError) as caught:
        load_path(docx, "https://a.example/")
    assert caught.value.code == "file_binary" and caught.value.params["path"] == str(docx)


# --- writing -------------------------------------------------------------------------------------


def test_writing_replaces_the_target_whole_or_not_at_all(warc, tmp_path):
    target = tmp_path / "x.wacz"
    target.write_bytes(b"old")
    write_wacz(warc, target, [])
    assert zipfile.is_zipfile(target) and load_wacz(target) == load_warc(warc)
    err = error(write_wacz, warc, tmp_path / "missing" / "x.wacz", [])
    assert err.code == "warc_unwritable"
    assert error(write_wacz, tmp_path / "none.warc.gz", target, []).code == "file_not_found"
    (tmp_path / "junk.warc.gz").write_bytes(gzip.compress(b"not a warc"))
    assert error(write_wacz, tmp_path / "junk.warc.gz", target, []).code == "archive_corrupt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["junk.warc.gz", "tmp", "x.wacz"]
