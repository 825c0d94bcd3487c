"""Blind hunt 53 (wiki mirrors, aggregators and data pages; tests/corpus/findings/hunt.md,
"Blind hunt 53"): English pages name a party by its chairman, who is also a pair's candidate
("President-elect Prabowo Subianto's Gerindra Party placed third with 20 million votes",
asianews.network; "Gerindra, chaired by Prabowo Subianto ... won 8,339,252 votes", voi.id).
Without a province the figure was held (national_unproven); with one, it was graded as the
pair's count there. Short pages in our own words with the real figures of the record: the DPR
vote of Central Java read at KPU's national plenary of 11 March 2024 (Gerindra 2,179,011, PKB
2,672,895) against the Pilpres count of the same province (Prabowo-Gibran 12,096,454,
Anies-Muhaimin 2,866,373)."""

from __future__ import annotations

import pytest

from builders import found, flags

TITLE = "Central Java results"


def _of(figures: list, value: float) -> list:
    return [f for f in figures if f[1] == value]


# ---- A. A party named with its chairman (who runs for president or vice president): the
# figure after the party's verb is the party's (legislative: held), never the chairman's pair's.
PARTY_LED = [
    # the possessive before the party (asianews.network's shape, a province added)
    ("In Central Java, President-elect Prabowo Subianto's Gerindra Party placed fourth with "
     "2,179,011 votes in the House race.", 2179011),
    ("In Central Java, Prabowo Subianto's Gerindra won 2,179,011 votes for the House.", 2179011),
    # an aside between dashes (asianews.network's own sentence for PKB)
    ("In Central Java, the National Awakening Party (PKB) – whose chair Muhaimin Iskandar was the "
     "running mate of presidential candidate Anies Baswedan – came second with 2,672,895 votes.",
     2672895),
    # the chairman in an apposition between commas (voi.id's shape)
    ("In Central Java, the PKB, chaired by Muhaimin Iskandar, the running mate of Anies "
     "Baswedan, won 2,672,895 votes.", 2672895),
    ("In Central Java, Gerindra, the party of Prabowo Subianto, secured 2,179,011 votes.",
     2179011),
    ("In Central Java, the Gerindra Party led by Prabowo Subianto won 2,179,011 votes.", 2179011),
]


@pytest.mark.parametrize("body, value", PARTY_LED)
def test_a_party_named_by_its_chairman_owns_its_figure(shipped_context, body, value):
    figures = found(shipped_context, TITLE, body)
    assert not flags(figures), figures
    assert all(f[5] is None for f in _of(figures, value)), figures


# ---- Controls: the pair's own figure, its backers or its party named in English, stays the
# pair's: graded right when right, flagged when wrong.
PAIR_OWN = [
    "In Central Java, Prabowo-Gibran, backed by Gerindra, won {n} votes in the presidential race.",
    "In Central Java, Gerindra chairman Prabowo Subianto and Gibran Rakabuming Raka won {n} votes "
    "in the presidential race.",
    "In Central Java, the pair nominated by Gerindra, Prabowo-Gibran, won {n} votes in the "
    "presidential race.",
]


@pytest.mark.parametrize("body", PAIR_OWN)
def test_a_pairs_own_count_with_its_party_named_stays_the_pairs(shipped_context, body):
    right = found(shipped_context, TITLE, body.format(n="12,096,454"))
    assert [f[3] for f in _of(right, 12096454)] == ["consistent"], right
    wrong = found(shipped_context, TITLE, body.format(n="12,906,454"))
    assert [f[3] for f in _of(wrong, 12906454)] == ["discrepant"], wrong

