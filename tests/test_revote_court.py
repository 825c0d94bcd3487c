"""A page headlined on a PSU whose text says, further down, that the Constitutional Court
ordered the re-vote: its figures are the re-vote's, never the annulled round's (blind hunt 12,
a Parigi Moutong page with no date: the winner's 62,2 % of the 2025 re-vote was graded
`discrepant` against the 2024 round's 36,86 %)."""

from __future__ import annotations

from builders import page_claims

FLAGS = ("minor", "discrepant")
LEAD = ("<p>Kemenangan pasangan Erwin-Sahid di PSU Pilkada Parimo mengubah peta politik "
        "Parigi Moutong.</p>"
        "<p>Dengan meraup 62,2 persen suara dalam pemungutan suara ulang, pasangan nomor urut 4 "
        "ini unggul jauh atas para pesaingnya,</p><p>menurut hasil real count pilkada yang "
        "dirilis pukul 19.00 Wita.</p>")
COURT = ("<p>Pilkada Parimo harus diulang setelah diputuskan oleh Mahkamah Konstitusi.</p>")
# Paragraphs on turnout and reactions that put the court's order past the lead (1,200 characters)
FILLER = ("<p>Tingkat partisipasi pemilih dalam pemungutan ini tergolong rendah, dan sejumlah tokoh "
          "masyarakat menilai sosialisasi jadwal pemungutan kepada warga di desa-desa terpencil "
          "belum berjalan sebagaimana mestinya.</p>") * 8


def test_a_court_ordered_revote_is_not_graded_against_the_annulled_round(shipped_context):
    found = page_claims(shipped_context, "Erwin-Sahid Menang Telak di PSU Pilkada Parimo",
                        LEAD + FILLER + COURT)
    shares = [(c, cmp) for c, cmp in found if c.kind == "share"]
    assert shares, found
    assert not [c for c, cmp in shares if cmp is not None and cmp.status in FLAGS], shares


def test_the_round_itself_keeps_its_grade_when_the_court_is_only_mentioned(shipped_context):
    found = page_claims(shipped_context, "Hasil Pilkada Parigi Moutong 2024",
                        "<p>Pasangan nomor urut 4, Erwin Burase-Abdul Sahid, meraih 36,86 persen "
                        "suara.</p><p>Pihak yang kalah menyatakan akan menggugat ke Mahkamah "
                        "Konstitusi.</p>")
    shares = [cmp for c, cmp in found if c.kind == "share" and str(c.value) == "36.86"]
    assert shares and shares[0] is not None and shares[0].status == "consistent", found
