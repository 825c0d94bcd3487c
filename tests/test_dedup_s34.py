"""Issue 11, no near-copies (branch dedup-s34): pieces that were written again in several places
are now written once. Each test asks the one place and the patterns built from it, with the
near words that must stay out."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from checker.figures import campaign_counts, count_reached, figure_kind, subjectless
from checker.figures import addresses, kecamatan_brackets, labels, totals, voters
from checker.figures.not_owner import names_no_owner
from checker.figures.own_lead import after_own_lead
from checker.figures.wording import GAINS, STATIONS, capitalised
from loopback import free_port, stop

ROOT = Path(__file__).resolve().parent.parent
_VERBS = ("meraih", "memperoleh", "mendapat", "mendapatkan", "mengantongi", "meraup")
# Near words that are no verb of obtaining: a noun of the same root, another verb.
_NOT_VERBS = ("peraih", "perolehan", "mendapati", "menghitung", "meraihnya")


def test_the_verbs_of_obtaining_are_one_alternation_every_pattern_splices():
    whole = re.compile(r"\b(?:" + GAINS + r")\b", re.IGNORECASE)
    assert all(whole.fullmatch(verb) for verb in _VERBS)
    assert all(whole.fullmatch(verb.upper()) for verb in _VERBS)
    assert not any(whole.fullmatch(word) for word in _NOT_VERBS)
    # The patterns that splice it, each with its own words beside it.
    for pattern in (figure_kind._GETS, figure_kind._LIST_OPENS, count_reached._OWNER_BETWEEN):
        assert all(pattern.search(f"tim itu {verb} sebagian") for verb in _VERBS)
        assert not pattern.search("tim itu menghitung sebagian")
    assert all(figure_kind._OWN_BEFORE.search(f"Koster-Giri {verb} suara ") for verb in _VERBS)
    assert not figure_kind._OWN_BEFORE.search("Koster-Giri menghitung ")
    assert all(totals._OWN_VALID.search(f"Pasangan itu {verb} suara sah sebanyak")
               for verb in _VERBS)
    assert not totals._OWN_VALID.search("Jumlah suara sah sebanyak")
    assert all(subjectless._VERB.search(f"{verb.title()} suara ") for verb in _VERBS)
    assert not subjectless._VERB.search("Menghitung suara ")
    assert all(voters._BACKED_BEFORE.search(f"Pasangan Melki-Johni {verb} 37,3 persen atau "
                                            "setara ") for verb in _VERBS)


def test_a_lead_told_as_the_share_a_pair_obtained_there_for_each_verb():
    for verb in _VERBS:
        text = (f"Keunggulan terbesar ada di Balikpapan Timur, tempat Rahmad-Bagus {verb} "
                "68,69 persen suara.")
        figure = text.index("68,69")
        assert after_own_lead(text, 0, figure) == figure
    # Negative control: no verb of obtaining before the share, the margin reading stays.
    text = "Keunggulan terbesar ada di Balikpapan Timur, tempat Rahmad-Bagus unggul 18,69 persen."
    assert after_own_lead(text, 0, text.index("18,69")) == 0


def test_a_pair_inside_the_relative_clause_is_no_owner_for_each_verb_of_the_head():
    for verb in _VERBS:
        text = f"Pramono-Rano yang mengalahkan Ridwan Kamil-Suswono {verb} 50,07 persen suara."
        run = text.index("Ridwan")
        end = text.index(f" {verb}")
        assert names_no_owner(text, run, end, text.index("50,07"))
    # The run opens a clause of its own: the figure is the rival's.
    text = "Pramono-Rano mengalahkan Ridwan Kamil-Suswono yang menghitung 39,40 persen suara."
    run = text.index("Ridwan")
    assert not names_no_owner(text, run, text.index(" yang"), text.index("39,40"))


def test_the_polling_station_is_one_word_list():
    stations = re.compile(STATIONS + r"\b", re.IGNORECASE)
    assert stations.fullmatch("TPS") and stations.fullmatch("tempat  pemungutan suara")
    assert not stations.fullmatch("TPS2") and not stations.fullmatch("tempat suara")
    for said in ("85,5 persen dari seluruh TPS", "60,41 % tempat pemungutan suara",
                 "99 persen total TPS"):
        assert campaign_counts._TPS_SHARE.search(said), said
    assert not campaign_counts._TPS_SHARE.search("85,5 persen dari seluruh DPT")
    assert figure_kind._OF_STATIONS.match(" persen TPS")
    assert figure_kind._OF_ALL_STATIONS.match(" persen dari 17.231 tempat pemungutan suara")
    assert figure_kind._SHARE_OF_STATIONS.match(" atau 61,44 persen TPS")
    assert not figure_kind._OF_ALL_STATIONS.match(" persen dari 17.231 desa")


def test_a_name_as_written_is_one_pattern_of_at_most_so_many_capitalised_words():
    three = re.compile(capitalised(3))
    for name in ("Batu", "Ilir Barat I", "Tebing Tinggi", "Ma'ruf Amin", "Pangkal-Pinang"):
        assert three.fullmatch(name), name
    assert not three.fullmatch("Ilir Barat Dua Satu")  # four words: one too many
    assert not three.fullmatch("ilir Barat") and not three.fullmatch("Ilir\nBarat")
    assert re.compile(capitalised(4)).fullmatch("Ilir Barat Dua Satu")
    assert re.compile(capitalised(1)).fullmatch("Sukarami")
    assert not re.compile(capitalised(1)).fullmatch("Sukarami Baru")
    # The modules that splice it read the same names: an address's bare name before its
    # province, a kecamatan before its bracketed count, an area's label before its list.
    text = "di Banjar, Kalimantan Selatan"
    assert addresses._BARE.search(text, 0, text.index(",") + 2).group(1) == "Banjar"
    text = "Lumbung suaranya di Ilir Barat I (38.326 suara)"
    assert kecamatan_brackets._NAME.search(text, 0, text.index("(") + 1).group(1) == "Ilir Barat I"
    assert labels._AREA_ITEMS.search("Kabupaten Badung: Koster-Giri 204.186, Mulia-PAS ")
    assert not labels._AREA_ITEMS.search("kabupaten badung: koster-giri 204.186, mulia-pas ")


def test_free_port_is_a_loopback_port_nothing_holds():
    import socket

    port = free_port()
    assert 0 < port < 65536
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))  # free: binding it again works


def test_stop_ends_a_server_child_process():
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    stop(process)
    assert process.poll() is not None


@dataclass
class _Item:
    slug: str
    note: str


class _Mode:
    """A mode module's shape: a summary of its items."""

    @staticmethod
    def summary(items):
        return {"pages": len(items)}


def test_a_benchmark_mode_prints_its_summary_as_json_or_in_its_own_words(capsys, monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_accuracy
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    items = [_Item("a", "x"), _Item("b", "y")]
    assert bench_accuracy._print_mode(_Mode, "items_list", items, True, 1.0) == 0
    assert json.loads(capsys.readouterr().out) == {
        "pages": 2, "items_list": [{"slug": "a", "note": "x"}, {"slug": "b", "note": "y"}]}
    seen = []
    monkeypatch.setitem(bench_accuracy._PRINTERS, _Mode,
                        lambda summary, its, took: seen.append((summary, its, took)))
    assert bench_accuracy._print_mode(_Mode, "items_list", items, False, 2.5) == 0
    assert seen == [({"pages": 2}, items, 2.5)] and capsys.readouterr().out == ""
    class Other(_Mode):
        pass

    with pytest.raises(KeyError):  # a mode with no printer of its own is no mode
        bench_accuracy._print_mode(Other, "x", [], False, 0.0)
