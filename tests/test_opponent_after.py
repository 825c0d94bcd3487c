"""A figure whose owner is written after it as the opponent ("meraih 40.676 suara dan 16.221
suara untuk lawannya"): the second count is the other side's, never the pair of the figure
before (fix-ah's report: it went to the winner, one step from a false flag wherever the record
is complete). In a race of two pairs it is the other pair; in a larger race nobody's."""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

SORONG = "KPU Kabupaten Sorong Tetapkan Johny Kamuru-Ahmad Sutejo Bupati Terpilih Pilkada 2024"
JAKARTA = "Hasil Pleno KPU DKI Jakarta Pilgub 2024"


def counts(ctx, title: str, sentence: str) -> dict:
    found = every_claim(check_article(title, f"<p>{sentence}</p>", "https://berita.example/a",
                                      ctx))
    return {c.value: (c.candidate_id, c.nomor_urut) for c, _ in found if c.kind == "votes"}


@pytest.mark.parametrize("sentence", [
    "Pasangan Johny Kamuru-Ahmad Sutejo meraih 40.676 suara dan 16.221 suara untuk lawannya.",
    "Pasangan Johny Kamuru-Ahmad Sutejo meraih 40.676 suara, sementara 16.221 suara diraih "
    "rivalnya.",
    "Johny Kamuru-Ahmad Sutejo memperoleh 40.676 suara, adapun 16.221 suara milik pesaingnya.",
    "Pasangan Johny Kamuru-Ahmad Sutejo mengantongi 40.676 suara serta 16.221 suara bagi sang "
    "penantang.",
])
def test_the_opponent_s_count_goes_to_the_other_pair_of_two(shipped_context, sentence):
    found = counts(shipped_context, SORONG, sentence)
    winner, other = found[40676], found[16221]
    assert winner[0] is not None
    assert other[0] is not None and other[0] != winner[0], found


def test_in_a_race_of_three_the_opponent_s_count_is_nobody_s(shipped_context):
    found = counts(shipped_context, JAKARTA, "Pramono Anung-Rano Karno meraih 2.183.239 suara "
                   "dan 1.718.160 suara untuk lawannya.")
    assert found[2183239][0] is not None
    assert found[1718160] == (None, None), found


def test_a_named_owner_after_the_figure_keeps_its_pair(shipped_context):
    found = counts(shipped_context, SORONG, "Pasangan Johny Kamuru-Ahmad Sutejo meraih 40.676 "
                   "suara dan 16.221 suara untuk Musa Malagam-Suprapto.")
    assert found[16221][0] is not None and found[16221][0] != found[40676][0], found


def test_the_same_pair_s_restated_count_is_still_carried(shipped_context):
    found = counts(shipped_context, SORONG, "Pasangan Johny Kamuru-Ahmad Sutejo meraih 40.676 "
                   "suara atau 68,08 persen, setara 40.676 suara sah.")
    assert found[40676][0] is not None
