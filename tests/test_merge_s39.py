"""Shapes met while merging stop 39's branches, each in our own words with real figures of the
shipped record and the near shape that must keep its grade.

blind43's earlier_reading holds a flagged figure set at an earlier moment ("semula", "sempat")
when no word of the later count follows that word; a sentence that turns from the earlier moment
("semula yakin menang, namun cuma memperoleh ...") gives the result as it stands, so a wrong
share there must stay caught (test_merge_s37 caught it only through the page's own counts)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from builders import page_claims

DKI = "KPU DKI Jakarta menetapkan hasil rekapitulasi Pilgub DKI Jakarta 2024."


def _of(ctx, value: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(c.status, c.reason) for claim, c in page_claims(ctx, "Hasil Pilgub Jakarta 2024", body)
            if c is not None and claim.value == Decimal(value)]


@pytest.mark.parametrize("turn", ["namun", "tetapi", "tapi", "ternyata"])
def test_a_share_after_the_turn_is_graded(shipped_context, turn):
    for share, status in (("39,40", "consistent"), ("41,40", "discrepant")):
        got = _of(shipped_context, share.replace(",", "."), DKI,
                  "Pramono Anung-Rano Karno meraih 50,07 persen. Ridwan Kamil-Suswono semula "
                  f"yakin menang, {turn} cuma memperoleh {share} persen.")
        assert got and got[0][0] == status, (turn, share, got)


def test_the_earlier_reading_itself_stays_held(shipped_context):
    # negative control: the figure said of the earlier moment, with no turn before it, is held
    got = _of(shipped_context, "41.40", DKI,
              "Pramono Anung-Rano Karno meraih 50,07 persen. Ridwan Kamil-Suswono semula "
              "meraih 41,40 persen.")
    assert got and got[0] == ("unverifiable", "another_moment"), got


# acc-bd's headline reader ("Raih 35,62 Persen Suara ..., Paket AKUR Menang") reads the pair
# after "Persen Suara,": the verb after the pair is no part of its name (blind set 19's
# "Raih 82,4 Persen Suara, Muhidin-Hasnur Menangi Pilkada Kalsel").
@pytest.mark.parametrize("title,value,pair", [
    ("Raih 82,4 Persen Suara, Muhidin-Hasnur Menangi Pilkada Kalsel", "82.4", "Muhidin-Hasnur"),
    ("Raih 58,81 Persen Suara, Khofifah-Emil Memenangi Pilgub Jatim", "58.81", "Khofifah-Emil"),
    ("Raup 50,07 Persen Suara, Pramono-Rano Memenangkan Pilgub Jakarta", "50.07",
     "Pramono-Rano")])
def test_a_headline_verb_is_no_part_of_the_name(shipped_context, title, value, pair):
    got = [claim for claim, c in page_claims(shipped_context, title, "<p>Hasil rekapitulasi "
                                             "KPU telah ditetapkan.</p>")
           if claim.value == Decimal(value)]
    assert got and all(claim.candidate_name == pair for claim in got), \
        [(claim.candidate_name, claim.nomor_urut) for claim in got]


# fix-bd2's family_names drops one word a member is written with that the ballot name lacks
# ("Amri Djamaluddin-Husmaluddin"); a lower-case word after the pair is no family name: on an
# English page (blind set 31) "Prabowo-Gibran is most dominant in Central Kalimantan where they
# secured a million votes compared to their rivals who only garnered around 200,000 votes" gave
# the rivals' 200,000 to Prabowo-Gibran, flagged against 1.097.070. (With "was" or "has" the
# 200,000 is flagged on main too: "their rivals who only garnered" is not yet read as the
# other pairs' figure; left, in the stop's note.)
@pytest.mark.parametrize("verb", ["is"])
def test_a_lower_case_word_after_the_pair_is_no_family_name(shipped_context, verb):
    body = ("<p>15 Maret 2024</p><p>Jakarta - Presidential pair No 2, Prabowo Subianto and "
            "Gibran Rakabuming Raka, got the most votes in 24 provinces based on the national "
            "votes recap by the General Elections Commission (KPU).</p>"
            f"<p>Meanwhile, in Kalimantan, support for Prabowo-Gibran {verb} most dominant in "
            "Central Kalimantan where they secured a million votes compared to their rivals who "
            "only garnered around 200,000 votes.</p>")
    got = [(claim.nomor_urut, c.status) for claim, c in page_claims(
        shipped_context, "KPU National Recapitulation: Prabowo-Gibran Wins in 24 Provinces", body)
        if c is not None and claim.value == 200000]
    assert all(status not in ("minor", "discrepant") for _, status in got), got


# poll_before (blind42) searched the figure's paragraph for a poll's noun once per figure: on a
# page of one long paragraph that is quadratic (bench_prose: hostile_nested_headings 1.17x
# main). The poll nouns are found once per text; the answer is the same.
def test_poll_before_finds_each_poll_once_per_text(monkeypatch):
    from types import SimpleNamespace

    from checker.figures import poll_before as module

    calls = []
    real = module.POLL

    class Counting:
        def finditer(self, *args):
            calls.append(args[1:])
            return real.finditer(*args)

        def match(self, text, pos=0, *args):  # (at_words: tried at a poll word's start)
            calls.append(("match", pos))
            return real.match(text, pos, *args)

    module._polls.cache_clear()
    monkeypatch.setattr(module, "POLL", Counting())
    monkeypatch.setattr(module, "in_teaser", lambda layout, at: None)  # no teaser lines
    text = "Survei LSI terbit kemarin. " + " ".join(f"Pasangan {i} meraih {i},5 persen."
                                                  for i in range(200))
    layout = SimpleNamespace(text=text, paragraphs=[0])
    answers = {module.poll_before(layout, 0, m, 0, m + 20) for m in range(40, len(text), 97)}
    assert answers == {True}
    # one look at the whole text (at its one poll word, perf40: at_words), none per figure
    assert calls == [("match", 0)]
    module._polls.cache_clear()
