"""region_mentions' word scan (checker/figures/region_words._scan) folds words at C speed: it must
give exactly the words, offsets and folded forms of the per-word path it replaced (one
_WORD.finditer and fold() per word), ASCII or not, or region hits would move."""

from __future__ import annotations

import pytest

from builders import context
from checker.figures.matching import matcher_for
from checker.figures.region_words import _WORD, _scan, fold

TEXTS = [
    "",
    "Pramono-Rano 50,07 persen di Kota Adm. Jakarta Pusat; Kab. Bogor, Pilbup Bogor.",
    "Ma\u2019ruf Amin dan MAS'UD di D.I. Yogyakarta: ''' x_y 'a'. K.H. Abdul",
    "\u0130stanbul \u00bd \ufb01nal \uff33\uff55\uff4d\uff41\uff54\uff45\uff52\uff41 \u00c9douard Jos\u00e9",
    "TPS 05 Desa Sumerta Kaja, Denpasar\n\nKALIMANTAN TIMUR\nKutai Kartanegara 1.234 suara",
]


@pytest.mark.parametrize("text", TEXTS)
def test_scan_is_the_per_word_fold(text):
    words, folded = _scan(text)
    expected = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(text)]
    assert [words[i] for i in range(len(words))] == expected
    assert folded == [fold(w) for w, _, _ in expected]


def test_region_hits_in_order_of_their_start():
    """Layout bisects the hits by start (_in_region, _region_for): they must come sorted."""
    matcher = matcher_for(context().official, context().rules.figures)
    text = ("Di Kabupaten Aceh Singkil 32.274 suara, Kota Bogor dan Kab. Bogor, DKI Jakarta,"
            " Jawa Barat; Pilwalkot Bandung, provinsi Jawa Timur")
    hits = matcher.region_mentions(text)
    assert len(hits) >= 5
    assert [h.start for h in hits] == sorted(h.start for h in hits)
