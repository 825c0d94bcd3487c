"""Shapes left open by session 41's stop (tests/corpus/findings/hunt.md, "Known open cases,
fixed (branch fix-known13)"), each on short pages in our own words with the record's real
figures; every test of a shape fails on the base bee1867a, its controls pass on both (the
English hopes need "they" read first, so they fail on the base too: no claim there).

1. A re-vote's page (PSU) recalls when the annulled round was held in a sentence of its own
   ("Pilkada Serang digelar 27 November 2024.") and gives the re-vote's result in the next:
   that date named when the round happened, it does not date the next sentence's figures.
   Kabupaten Serang: the 2024 round (Sirekap 98,9 %: Ratu Rachmatuzakiyah-Najib Hamas 592.243,
   Andika Hazrumy-Nanang Supriatna 251.618) and the court-ordered re-vote of 19 April 2025
   (583.971 / 185.352, 75,91 / 24,09 %: blind hunt 59, pages 12, 13).
2. A campaign team's tally called "rekapitulasi" is the team's count (NTB).
4. English "they", "he" point back at the one pair named before; an English hope is a hope.
5. A decree quoted with no subject after a paragraph carrying the one before on ("Penetapan
   itu ...") is the pair that paragraph names (turnbackhoax, blind hunt 57).
(3, Sirekap as a real count's yardstick, was tried and dropped: see hunt.md.)"""

from __future__ import annotations

import pytest

from builders import check_article, every_claim

FLAGS = ("minor", "discrepant")


def _claims(ctx, title: str, *paragraphs: str, url: str = "https://berita.example/a"):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return every_claim(check_article(title, body, url=url, ctx=ctx))


def _one(claims, value: str):
    found = [(claim, c) for claim, c in claims if str(claim.value) == value]
    assert found, [(str(claim.value), c and c.status) for claim, c in claims]
    return found[0]


# ---- 1. The round's date in a sentence of its own does not date the re-vote's figures
SERANG_TITLE = "PSU Pilkada Kabupaten Serang Digelar 19 April 2025"
SERANG_LEAD = ("Mahkamah Konstitusi memerintahkan pemungutan suara ulang (PSU) Pilkada "
               "Kabupaten Serang, yang digelar Sabtu, 19 April 2025.")

RE_VOTE_AFTER_THE_ROUND_S_DAY = [
    ("Pilkada Serang digelar 27 November 2024. Kini pasangan Ratu Rachmatuzakiyah-Najib Hamas "
     "meraih 75,91 persen suara.", "75.91"),
    ("Pilkada Serang digelar 27 November 2024. Kini Ratu Rachmatuzakiyah-Najib Hamas meraih "
     "583.971 suara, sedangkan Andika Hazrumy-Nanang Supriatna 185.352 suara.", "583971"),
    ("Pemungutan suara Pilkada Serang 2024 berlangsung 27/11/2024. Andika Hazrumy-Nanang "
     "Supriatna kini meraih 24,09 persen suara.", "24.09"),
]


@pytest.mark.parametrize("text,value", RE_VOTE_AFTER_THE_ROUND_S_DAY)
def test_the_round_s_day_in_its_own_sentence_leaves_the_next_figures_to_the_re_vote(
        shipped_context, text, value):
    claim, compared = _one(_claims(shipped_context, SERANG_TITLE, SERANG_LEAD, text), value)
    assert claim.election.endswith("-psu"), (claim.election, compared)
    assert compared is None or compared.status not in FLAGS and \
        compared.status != "consistent", compared


def test_the_round_s_figures_in_the_dated_sentence_still_date_the_list(shipped_context):
    # control: the sentence with the round's day gives the round's count itself
    text = ("Pada Pilkada Serang 27 November 2024, Ratu Rachmatuzakiyah-Najib Hamas meraih 592.243 "
            "suara. Andika Hazrumy-Nanang Supriatna meraih 251.618 suara.")
    claims = _claims(shipped_context, SERANG_TITLE, SERANG_LEAD, text)
    for value in ("592243", "251618"):
        claim, compared = _one(claims, value)
        assert compared is not None and compared.status == "consistent", (claim.election, compared)


# ---- 2. A campaign's own tally called "rekapitulasi" is the campaign's. Nusa Tenggara Barat:
# the decree (6 Dec 2024) gives Lalu Muhamad Iqbal-Indah Dhamayanti Putri 1.163.194 votes
# (41,15 %); their team's own count on election night gave 1.156.159 (41,23 %: blind hunt 61,
# pages 06-09). The bare "rekapitulasi" typed the team's figures a plenary result, both minor.
NTB_TITLE = "Iqbal-Dinda Unggul di Pilgub NTB"
TEAM_RECAP = [
    "Tim pemenangan Iqbal-Dinda merampungkan rekapitulasi. Hasilnya, Iqbal-Dinda meraih "
    "1.156.159 suara atau 41,23 persen.",
    "Ketua tim pemenangan Iqbal-Dinda mengatakan, hasil rekapitulasi C1 menunjukkan pasangan "
    "nomor urut 3 meraih 1.156.159 suara atau 41,23 persen.",
]


@pytest.mark.parametrize("text", TEAM_RECAP)
def test_a_team_s_recapitulation_is_the_team_s_count(shipped_context, text):
    claims = _claims(shipped_context, NTB_TITLE, text, url="https://berita.example/pilgub-ntb")
    for value in ("1156159", "41.23"):
        claim, compared = _one(claims, value)
        assert claim.claim_type == "internal_count", (claim.claim_type, compared)
        assert compared is None or compared.status not in FLAGS, compared


@pytest.mark.parametrize("text,value", [
    # KPU's recapitulation after a sentence on the team: KPU's, graded (a slip caught)
    ("Tim pemenangan Iqbal-Dinda mengikuti rapat pleno. Rekapitulasi KPU NTB menetapkan "
     "Iqbal-Dinda meraih 1.156.159 suara.", "1156159"),
    # a bare recapitulation two sentences after the team: not the team's
    ("Tim pemenangan Iqbal-Dinda bersyukur. Mereka berterima kasih kepada warga. Hasil "
     "rekapitulasi menetapkan Iqbal-Dinda meraih 1.156.159 suara.", "1156159"),
])
def test_kpu_s_recapitulation_after_a_team_keeps_its_grade(shipped_context, text, value):
    claims = _claims(shipped_context, NTB_TITLE, text, url="https://berita.example/pilgub-ntb")
    claim, compared = _one(claims, value)
    assert compared is not None and compared.status in FLAGS, (claim.claim_type, compared)



# ---- 4. English "they", "he", "she" point back at the one pair named before, as "mereka" and
# "ia" do (fix-known12 read "the pair"); after two pairs they point at nobody. Jakarta's decree:
# Pramono Anung-Rano Karno 2.183.239 votes, 50,07 %.
JAKARTA_EN = "Pramono-Rano win the Jakarta governor race"


@pytest.mark.parametrize("text,value,status", [
    ("The Jakarta election commission declared Pramono Anung and Rano Karno the winners on "
     "Sunday. They won 2,183,239 votes, or 50.07 percent.", "2183239", "consistent"),
    ("The Jakarta election commission declared Pramono Anung and Rano Karno the winners on "
     "Sunday. They won 2,183,239 votes, or 50.07 percent.", "50.07", "consistent"),
    ("Pramono Anung was declared the winner of the Jakarta race. He won 50.07 percent of the "
     "vote, with his running mate Rano Karno.", "50.07", "consistent"),
    ("Pramono Anung-Rano Karno topped the count in Jakarta. They won 55.07 percent of the "
     "votes.", "55.07", "discrepant"),
])
def test_english_pointers_name_the_one_pair_before(shipped_context, text, value, status):
    claim, compared = _one(_claims(shipped_context, JAKARTA_EN, text,
                                   url="https://news.example/jakarta-governor"), value)
    assert claim.region_code == "31" and claim.nomor_urut == 3, claim
    assert compared is not None and compared.status == status, compared


@pytest.mark.parametrize("text", [
    "Pramono Anung-Rano Karno beat Ridwan Kamil-Suswono in Jakarta. They won 39.40 percent of "
    "the votes.",
    "Pramono Anung and Rano Karno finished ahead of Ridwan Kamil and Suswono. They won 39.40 "
    "percent.",
])
def test_english_pointers_after_two_pairs_name_nobody(shipped_context, text):
    claims = _claims(shipped_context, JAKARTA_EN, text, url="https://news.example/jakarta-governor")
    assert not [c for c, cmp in claims if str(c.value) == "39.40" and cmp is not None
                and cmp.status in FLAGS + ("consistent",)], claims


# ---- 5. A fact-check quoting the decree, its pair named two paragraphs back with a paragraph
# between that carries on ("Penetapan itu ..."): turnbackhoax (blind hunt 57), KPU's decree of
# the Pilpres, Prabowo Subianto-Gibran Rakabuming Raka 96.214.691 votes, 58,59 %.
HOAX_TITLE = "[SALAH] Tentara China Masuk Indonesia karena Prabowo-Gibran Kalah"
HOAX_OPENING = ("Beredar video yang mengklaim tentara China masuk ke Indonesia karena "
                "Prabowo-Gibran kalah di Pilpres 2024. Klaim tersebut tidak benar.")
DECREE_QUOTE = ("\"Dengan perolehan suara sebanyak 96.214.691 suara atau 58,59 persen dari total "
                "suara sah nasional,\" kata Hasyim.")


def _hoax_page(ctx, *middle: str):
    return _claims(ctx, HOAX_TITLE, HOAX_OPENING, *middle, DECREE_QUOTE,
                   url="https://cekfakta.example/salah-tentara-china")


def test_the_decree_quoted_after_a_paragraph_going_on_is_the_pair_s(shipped_context):
    claims = _hoax_page(shipped_context,
                        "Faktanya, KPU telah menetapkan Prabowo Subianto-Gibran Rakabuming Raka "
                        "sebagai pasangan presiden dan wakil presiden terpilih. Penetapan dibacakan "
                        "Ketua KPU Hasyim Asy'ari dalam rapat pleno di Jakarta pada Rabu, 24 April "
                        "2024.",
                        "Penetapan itu juga dituangkan dalam Keputusan KPU Nomor 504 Tahun 2024.")
    for value in ("96214691", "58.59"):
        claim, compared = _one(claims, value)
        assert claim.nomor_urut == 2 and compared is not None and \
            compared.status == "consistent", (claim, compared)


@pytest.mark.parametrize("middle", [
    # two pairs two paragraphs back: nobody's
    ("Faktanya, KPU telah menetapkan Prabowo Subianto-Gibran Rakabuming Raka sebagai pemenang, "
     "mengalahkan Anies Baswedan-Muhaimin Iskandar.",
     "Penetapan itu juga dituangkan dalam Keputusan KPU Nomor 504 Tahun 2024."),
    # the paragraph between does not point back: nobody's
    ("Faktanya, KPU telah menetapkan Prabowo Subianto-Gibran Rakabuming Raka sebagai pemenang.",
     "Rapat pleno digelar di kantor KPU, Jakarta."),
])
def test_the_quote_stays_nobody_s_without_the_thread(shipped_context, middle):
    claims = _hoax_page(shipped_context, *middle)
    assert not [c for c, cmp in claims if c.nomor_urut is not None and str(c.value) in
                ("96214691", "58.59")], claims


# With "they" read, an English campaign's aim is a hope, never a share (blind hunt 45, page 26:
# "They hoped to win in a single round with 52 to 53 percent of the votes"; Prabowo-Gibran's
# decree share is 58,59 %).
PILPRES_EN = "Prabowo-Gibran win Indonesia's 2024 presidential election"


@pytest.mark.parametrize("verb", ["hoped to win", "aimed to win", "were expected to win"])
def test_an_english_aim_after_they_is_held_as_a_hope(shipped_context, verb):
    text = (f"Prabowo Subianto-Gibran Rakabuming Raka led every poll. They {verb} with 60 percent "
            "of the votes nationwide.")
    claim, compared = _one(_claims(shipped_context, PILPRES_EN, text,
                                   url="https://news.example/prabowo-wins"), "60")
    assert compared is None or compared.status not in FLAGS + ("consistent",), compared


def test_they_won_is_still_graded(shipped_context):
    text = ("Prabowo Subianto-Gibran Rakabuming Raka led every poll. They won 58.59 percent of the "
            "votes nationwide.")
    claim, compared = _one(_claims(shipped_context, PILPRES_EN, text,
                                   url="https://news.example/prabowo-wins"), "58.59")
    assert compared is not None and compared.status == "consistent", compared
