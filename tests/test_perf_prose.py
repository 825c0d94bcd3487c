"""The prose reader's faster ways of finding things give what the plain way gave (issue 12 §5).
Each is checked against the plain search it replaces, on sentences in the style of the pages
that needed it."""

import itertools
import re

from checker.figures import bare_ballots as bb

# The one search bare_ballots used to make: its opening, blanks, the number (in that order).
_PLAIN = re.compile(bb._OPENERS + r"[^\S\n]*" + bb._NUMBER, re.MULTILINE)

_BALLOT_TEXTS = [
    "Paslon 04 meraih 10.608 suara, diikuti 03 dengan 8.806 suara, lalu 01 dengan 1.178 suara",
    "04 mendapat 6.242 suara, 03 meraih 5.220 suara",
    "03 Erman-Heldo unggul di 12 kecamatan",
    "pukul 09.00 WIB, Selasa, 03 Desember 2024, di TPS 03 (03/12) dengan 03 orang",
    "Medan 01 meraih; sedan 01 meraih; xsementara 02 meraih; sementara 02 meraih",
    "kemudian\u00a0\u00a005 hanya 1.000 suara\n  02 dengan 5 suara\n02\tsebanyak 3",
    "dan01 meraih, dan 01-02 meraih, (01) dengan, :07 Budi Santoso",
]


def _plain(text: str, limit: int) -> list[tuple[int, int, str]]:
    found = []
    for match in _PLAIN.finditer(text):
        found.append((match.start(1), match.end(1), str(int(match.group(1)))))
        if len(found) >= limit:
            break
    return found


def test_bare_ballots_are_the_plain_searchs_matches():
    pieces = [" ", "\n", ",", "dan", "sedan", "01", "02", "Jan", "meraih", "Budi Ani", "2024"]
    texts = _BALLOT_TEXTS + [" ".join(p) for p in itertools.product(pieces, repeat=3)]
    found = 0
    for text in texts:
        for limit in (1, 2000):
            assert bb.bare_ballots(text, limit) == _plain(text, limit), text
        found += len(bb.bare_ballots(text))
    assert found > 50  # (the texts do hold such numbers)
    assert [b[2] for b in bb.bare_ballots(_BALLOT_TEXTS[0])] == ["3", "1"]


def test_kpu_addresses_are_the_plain_searchs_matches():
    from itertools import islice

    from checker.analyse.checks import page as checks

    domains = ("kpu.go.id",)
    plain = checks._host_mention(domains)
    pieces = ["kpu.go.id", "pemilu2024.", "x", "-", ".", " ", "kpu.go.idx", "/", "_"]
    texts = ["Data diambil dari Sirekap (pilkada2024.kpu.go.id) dan www.kpu.go.id",
             "lihat di situs KPU" + " lorem ipsum" * 100 + " infopemilu.kpu.go.id/hasil",
             # more domains written than are tried one by one: the plain search takes over
             "Xkpu.go.id " * 30 + "www.kpu.go.id kpu.go.id.x a.kpu.go.id b.kpu.go.id"]
    texts += ["".join(p) for p in itertools.product(pieces, repeat=4)]
    found = 0
    for text in texts:
        expected = [m.group(0) for m in islice(plain.finditer(text), 3)]
        assert checks._mentioned_hosts(text, domains) == expected, text
        found += len(expected)
    assert found > 500
    assert checks._mentioned_hosts(texts[0], domains) == ["pilkada2024.kpu.go.id",
                                                          "www.kpu.go.id"]
    assert checks._mentioned_hosts(texts[2], domains) == ["www.kpu.go.id", "a.kpu.go.id",
                                                          "b.kpu.go.id"]
