"""Cold start (issue 12 §6): the public suffix list read without tldextract answers as
tldextract does; the rules cache is used only when it is the cache of these very files."""

from __future__ import annotations

import pytest

from checker.suffixlist import _suffixes, split_host


def _hosts():
    """For every rule of the list: the rule itself, one and two labels under it, a wildcard
    filled in, an exception's own host, in punycode and upper case too; and odd inputs."""
    rules, _ = _suffixes()
    for rule in sorted(rules):
        plain = rule.lstrip("!").replace("*", "wild")
        yield plain
        yield "site." + plain
        yield "www.site." + plain
        yield ("WWW.Site." + plain).upper()
        ascii_form = ".".join(label.encode("idna").decode("ascii") if not label.isascii()
                              else label for label in plain.split(".")
                              ) if all(label for label in plain.split(".")) else plain
        yield "a.b." + ascii_form
    yield from ("", ".", "localhost", "1.2.3.4", "1.2.3.45", "300.1.1.1", "[::1]", "[zz]",
                "kpu.go.id.", "a..kpu.go.id", "http://user@jatim.kpu.go.id:8080/x?y#z",
                "//kpu.go.id/a", "evil?x.com", "x.y\u3002co\uff0eid", "xn--zz.com",
                "xn--p1ai", "sub.xn--p1ai", "not-a-tld.invalidtld", "co.id", "go.id")


def test_split_host_answers_as_tldextract():
    tldextract = pytest.importorskip("tldextract")
    theirs = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                   include_psl_private_domains=True)
    wrong = []
    for host in _hosts():
        want = theirs(host)
        if split_host(host) != (want.subdomain, want.domain, want.suffix):
            wrong.append((host, split_host(host), tuple(want)[:3]))
    assert wrong == []


# -- the rules cache -------------------------------------------------------------------------

import io  # noqa: E402
import os  # noqa: E402
import pickle  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

from checker import paths  # noqa: E402
from checker.ruleset import load  # noqa: E402

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("CEKRESMI_NO_CACHE", raising=False)
    rules = tmp_path / "rules"
    shutil.copytree(RULES, rules)
    return rules


def _entries(rules_copy: Path) -> list[Path]:
    return sorted((rules_copy.parent / "cache" / "cekresmi" / "rules").glob("*.pickle"))


def _no_build(monkeypatch):
    def refuse(*_):
        raise AssertionError("built from the files although the cache held them")
    monkeypatch.setattr(load, "_build", refuse)


def test_the_second_load_is_the_kept_copy(cache, monkeypatch):
    first = load.load_rules(cache)
    assert len(_entries(cache)) == 1
    _no_build(monkeypatch)
    assert load.load_rules(cache) == first


def test_a_changed_rule_file_is_a_new_entry(cache):
    first = load.load_rules(cache)
    meta = cache / "meta.yaml"
    meta.write_text(meta.read_text("utf-8").replace("version:", "# edited\nversion:", 1), "utf-8")
    second = load.load_rules(cache)
    assert second.version != first.version and len(_entries(cache)) == 2


def test_a_corrupt_or_foreign_entry_is_rebuilt_and_never_run(cache, tmp_path):
    built = load.load_rules(cache)
    entry = _entries(cache)[0]
    header = entry.read_bytes().split(b"\n", 2)
    planted = tmp_path / "planted"

    class Payload:
        def __reduce__(self):
            return os.mkdir, (str(planted),)

    for body in (b"garbage", header[0] + b"\n" + header[1] + b"\n" + pickle.dumps(Payload()),
                 header[0] + b"\n" + b"0" * 64 + b"\n" + header[2],  # another key's entry
                 header[0] + b"\n" + header[1] + b"\n" + pickle.dumps(("not", "rules"))):
        entry.write_bytes(body)
        assert load.load_rules(cache) == built
        assert not planted.exists()
        assert entry.read_bytes() != body  # written again, whole


def test_no_usable_cache_folder_loads_from_the_files(cache, tmp_path, monkeypatch):
    built = load.load_rules(cache)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert paths.cache_dir("rules") is None
    assert load.load_rules(cache) == built
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "off"))
    monkeypatch.setenv("CEKRESMI_NO_CACHE", "1")
    assert load.load_rules(cache) == built and not (tmp_path / "off").exists()


def test_an_invalid_rule_file_still_fails_after_a_kept_copy(cache):
    load.load_rules(cache)
    (cache / "figure-rules.yaml").write_text("rules: [", "utf-8")
    with pytest.raises(load.RulesError):
        load.load_rules(cache)


# -- strings.yaml kept as JSON ---------------------------------------------------------------

from checker.report import templates  # noqa: E402


def test_strings_are_parsed_once_then_read_from_json(cache, tmp_path, monkeypatch):
    words = tmp_path / "strings.yaml"
    shutil.copy(paths.bundled_templates_dir() / "strings.yaml", words)
    parsed = templates._read_strings(words)
    kept = sorted((tmp_path / "cache" / "cekresmi" / "data").glob("strings-*.json"))
    assert len(kept) == 1

    def refuse(*_):
        raise AssertionError("parsed again although the cache held it")
    monkeypatch.setattr(templates, "_parse_strings", refuse)
    assert templates._read_strings(words) == parsed
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for body in ("{not json", '{"title": {"id": "Judul"}}', '["a list"]'):
        kept[0].write_text(body, "utf-8")
        assert templates._read_strings(words) == parsed  # parsed again, and kept again
        assert kept[0].read_text("utf-8") != body


def test_an_invalid_strings_file_fails_as_before(cache, tmp_path):
    words = tmp_path / "strings.yaml"
    words.write_text("yes: {id: ya, en: yes}\n", "utf-8")
    with pytest.raises(ValueError, match="is not a string"):
        templates._read_strings(words)
    words.write_text("title: [\n", "utf-8")
    with pytest.raises(ValueError, match="cannot read"):
        templates._read_strings(words)


def test_a_kept_entry_may_name_only_rule_value_classes(cache):
    """Not a function that happens to live in a rules module (a planted entry could call it)."""
    from checker.ruleset import cache as kept

    load.load_rules(cache)
    entry = _entries(cache)[0]
    header = entry.read_bytes().split(b"\n", 2)

    class CallsParser:
        def __reduce__(self):
            from checker.ruleset.figures import parse_figures
            return parse_figures, ({}, "planted")

    with pytest.raises(pickle.UnpicklingError):
        kept._Unpickler(io.BytesIO(pickle.dumps(CallsParser()))).load()
    entry.write_bytes(header[0] + b"\n" + header[1] + b"\n" + pickle.dumps(CallsParser()))
    assert kept.kept_rules(header[1].decode()) is None
