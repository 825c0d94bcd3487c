"""Issue 11, no near-copies (branch dedup-s36): what two or more places wrote again is written
once. Each test asks the one place and the patterns built from it, with variants and the near
words that must stay out. (Behaviour is unchanged: every corpus report is byte for byte the
same, dump_reports, 612 pages.)"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest

from checker.figures import campaign_counts, count_basis, dapil, figure_kind, layout
from checker.figures import listed_counts, named_pollster, not_owner, own_tally, ranks
from checker.figures import speaker_count, speech_place
from checker.figures.area_sum import area_sum_blamed
from checker.figures.own_repeat import repeat_blamed
from checker.figures.own_total import against_record
from checker.figures.pair_reach import beyond_reach_blamed
from checker.figures.past_pairs import PastHit, _Entry
from checker.figures.share_bound import beyond_share_blamed
from checker.figures.share_sum import share_sum_blamed
from checker.figures.swapped_shares import swapped_blamed
from checker.figures.wording import (LOOK_AFTER, OWNER_AFTER, QUICK_COUNT, SPEECH_VERBS,
                                     word_pattern)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import _timing  # noqa: E402
import bench_accuracy  # noqa: E402


def test_the_words_that_give_a_figure_to_the_name_after_it_are_one_list():
    for words in ("untuk", "bagi", "milik", "diraih", "diperoleh", "ditorehkan", "diraup",
                  "dikantongi", "didapat", "didapatkan", "memilih", "memilih pasangan",
                  "memilih paslon"):
        for after in (" suara " + words + " Prabowo", " " + words.upper() + " Anies"):
            assert OWNER_AFTER.match(after) and LOOK_AFTER.match(after), after
    # LOOK_AFTER's own words point at a name without giving it the figure.
    for words in ("oleh", "dari"):
        assert LOOK_AFTER.match(f" suara {words} Ganjar") and not OWNER_AFTER.match(
            f" suara {words} Ganjar")
    # Near words: no space after the word, or another word of the same root.
    for near in (" untukmu Prabowo", " peraih Anies", " pilihan Ganjar"):
        assert not OWNER_AFTER.match(near) and not LOOK_AFTER.match(near)


_QUICK = ("quick count", "Quick Count", "hitung cepat", "hitungan cepat", "penghitungan cepat",
          "perhitungan  cepat")


def test_a_quick_count_s_names_are_one_alternation_both_modules_splice():
    assert QUICK_COUNT in campaign_counts._ESTIMATE.pattern
    assert QUICK_COUNT in named_pollster._SOURCE.pattern
    for name in _QUICK:
        assert campaign_counts._ESTIMATE.search(f"menurut {name} internal tim")
        assert named_pollster._SOURCE.search(f"Hasil akhir versi {name} ")
        assert named_pollster._SOURCE.search(f"{name} ")
    # A count that is no quick count, and the source words alone with no pollster after them.
    assert not campaign_counts._ESTIMATE.search("menurut hitungan resmi tim")
    assert not named_pollster._SOURCE.search("menurut hitungan resmi ")
    assert not named_pollster._SOURCE.search("hitung cepatnya ")


_SPEECH = ("ujar", "kata", "ucap", "tutur", "jelas", "ungkap", "terang", "papar", "tegas", "sebut")


def test_the_speech_verbs_of_an_attribution_are_one_list_four_modules_splice():
    assert SPEECH_VERBS.split("|") == list(_SPEECH)
    for verb in _SPEECH:
        assert speech_place._SAID.search(f'73.980 suara," {verb} Ketua KPU Malut, di ')
        assert speech_place._WORDS.search(f"lalu {verb}nya")
        assert count_basis._SAID.search(f'sudah 100 persen," {verb} Pramono dalam konferensi')
        assert count_basis._SAID.search(f'sudah 100 persen," {verb}nya kepada wartawan')
        assert speaker_count._SAID.search(f'data yang masuk 99,8 persen," {verb}nya.')
        assert speaker_count._SAID.search(f'data yang masuk 99,8 persen," {verb} Tatit.')
        assert own_tally._BODY_SAYS.search(f'menghitung ulang," {verb} Ketua KPU Jabar')
    # Each module's own verbs stay its own: "klaim" after a quote, "imbuh" and "tambah".
    assert count_basis._SAID.search('"," klaimnya tadi')
    assert speaker_count._SAID.search('," imbuhnya')
    assert not speech_place._SAID.search('," imbuh Ketua KPU Malut, di ')
    # A near word that is no speech verb: "katak", and a body that is not named.
    for text in ('persen," katak itu', 'persen," ujarlah'):
        assert not count_basis._SAID.search(text) and not speaker_count._SAID.search(text)
    assert not own_tally._BODY_SAYS.search('," kata Ketua Tim Pemenangan')


def test_the_record_guard_of_the_page_s_own_figure_checks_is_one_decorator():
    asked = []

    @against_record
    def check(claims, record, limits, fine=False):
        asked.append((claims, record, limits, fine))
        return {0: "blamed"}

    assert check((c for c in "ab"), None, {}) == {} and asked == []
    assert check((c for c in "ab"), "record", {"x": 1}, fine=True) == {0: "blamed"}
    assert asked == [(["a", "b"], "record", {"x": 1}, True)]
    for blamed in (beyond_reach_blamed, beyond_share_blamed, share_sum_blamed, swapped_blamed,
                   area_sum_blamed, repeat_blamed):
        assert blamed.__wrapped__ is not None
        assert blamed(iter(()), None, {}) == {}


def test_plain_word_alternations_are_word_lists_built_by_word_pattern():
    for pattern, words, near in (
            (listed_counts._OTHER_THING, ("DPT", "dptb", "dana", "Rp", "kursi", "unggul"),
             ("danau", "rpm", "sahabat", "orangtua")),
            (not_owner._ENDED, ("kini", "Namun", "sementara", "akhirnya"),
             ("kinilah", "tapis", "lalui")),
            (dapil._PAIR_NAMED, ("pasangan", "Pilpres", "cawapres", "PILWALKOT"),
             ("pasangannya", "capresnya", "pilkadanya"))):
        assert pattern.pattern.startswith("(?<!\\w)(?:")  # (word_pattern's whole words)
        for word in words:
            assert pattern.search(f"lalu {word}, lalu"), word
        for word in near:
            assert not pattern.search(f"x {word} x"), word
    assert word_pattern(("dana",)).search("Dana kampanye")


def test_after_figure_patterns_share_one_start():
    for unit in ("", " ", "%", " persen", " % ", " PERSEN "):
        assert figure_kind._SEATS_AFTER.match(f"{unit} dari 45 kursi")
        assert figure_kind._ROLL_AFTER.match(f"{unit} dari DPT")
        assert figure_kind._PLUS_ONE.match(f"{unit} plus satu")
        assert figure_kind._FORMS_AFTER.match(f"{unit} formulir C1")
        assert figure_kind._OVER_BAR.match(f"{unit} di atas ambang batas")
        assert figure_kind._PLUS_BEFORE.search(f"mencapai 50{unit} + ")
    assert not figure_kind._SEATS_AFTER.match(" persen suara sah")
    assert not figure_kind._PLUS_ONE.match(" persen plusnya")
    for figure in ("32.274", "56,29", "9"):
        for unit in ("", " suara", " persen", "%"):
            assert layout._PLACE_AFTER.match(f"{figure}{unit} di Kabupaten Aceh Singkil")
            assert layout._RACE_AFTER.match(f"{figure}{unit} untuk Wali Kota")
            assert layout._LEVEL_AFTER.match(f"{figure}{unit} dari Garut")
    assert not layout._RACE_AFTER.match("9.694 suara sah untuk Wali Kota")


def test_a_lead_s_closing_words_of_amount_are_written_once():
    for end in figure_kind._LEAD_OVER_ENDS:
        text = f"Koster-Giri unggul dari Mulia-PAS {end} "
        assert figure_kind._LEAD_OVER.search(text), end
        assert not figure_kind._LEAD_OVER.search(
            f"Koster-Giri unggul dari Mulia-PAS dengan {end} ")
    assert not figure_kind._LEAD_OVER.search("Koster-Giri unggul dari Mulia-PAS sebesarnya ")


def test_a_rank_s_later_places_are_written_once_for_the_pattern_and_its_quick_look():
    assert set(ranks._LATER) <= set(ranks._WORDS)
    for place in ranks._LATER:
        assert ranks.ranked(f"Pasangan itu berada di posisi {place} dengan", 0, 40)
        assert ranks.ranked(f"Ridwan Kamil-Suswono {place}, meraih", 0, 40)
        assert ranks.ranked(f"Dharma-Kun {place.upper()} mengantongi", 0, 40)
    assert ranks.ranked("tertinggal jauh, hanya", 0, 30)
    # A bare ordinal before no count is no rank ("kedua pasangan" is both pairs).
    assert not ranks.ranked("kedua pasangan calon itu bertemu", 0, 32)
    assert not ranks.ranked("posisi pertama dengan", 0, 21)


def test_a_roster_entry_is_a_past_hit_with_its_name_words():
    assert issubclass(_Entry, PastHit)
    fields = list(_Entry.__dataclass_fields__)
    assert fields[:2] == ["race", "pair"] and fields[2:] == ["members", "whole"]


def test_the_golden_fixture_of_the_data_pemilu_page_is_the_shipped_sample():
    page = ROOT / "tests/fixtures/pages/unofficial_fig_data_pemilu_gubernur_with_json/page.html"
    assert page.resolve() == (ROOT / "samples/data-pemilu-gubernur.html").resolve()


def test_the_crawl_benchmarks_share_their_options_and_their_cpu_measure():
    args = _timing.crawl_bench_args(64, "workers").parse_args([])
    assert (args.pages, args.rounds, args.workers, args.bare_child) == (64, 3, None, None)
    args = _timing.crawl_bench_args(600, "workers").parse_args(["--bare-child", "f", "--pages",
                                                                "5"])
    assert (args.pages, args.bare_child) == (5, "f")
    got, cpu = _timing.children_cpu(lambda x: {"pages": x}, 3)
    assert got == {"pages": 3} and cpu >= 0


@pytest.mark.parametrize("groups", [{}, {"votes": {"n": 1}, "share": {"n": 22}}])
def test_a_mode_s_summary_is_its_head_then_one_line_a_group(groups):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        bench_accuracy._print_table("head", groups, lambda name, g: f"  {name:6s}{g['n']:3d}")
    assert out.getvalue().splitlines() == ["head"] + [f"  {n:6s}{g['n']:3d}"
                                                      for n, g in groups.items()]
