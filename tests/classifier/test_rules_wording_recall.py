"""The wording rules (``pressure``, ``vague_job``, ``vulnerable_targeting``) read the ways
people write these flags: each mechanism has an advert that must fire, quoting the words that
show the flag, and an honest advert that must not.
"""

from __future__ import annotations

import pytest

from tests.classifier.rule_quotes import quotes


def _quotes(text: str, code: str) -> list[str]:
    quoted = quotes(text, code, lower=True)
    assert quoted is not None, f"{code} did not fire on: {text}"
    return quoted


def _silent(text: str, code: str) -> None:
    quoted = quotes(text, code)
    assert quoted is None, f"{code} fired on: {text} ({quoted})"


# --- pressure ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # Few places left, said in several ways and languages.
        (
            "Kerja kebun sawit di Sabah, gaji RM1.800. Slot tinggal 4, WA Bang Ucok.",
            "slot tinggal 4",
        ),
        ("Factory job Penang RM2,000, only 3 seats left, DM me.", "only 3 seats"),
        ("Nak kerja kilang? ada 2 tempat je lagi, gaji RM1,900.", "2 tempat je lagi"),
        (
            "Loker pabrik Batam, kuota kloter ini cepat habis, gaji 6 jt.",
            "kuota kloter ini cepat habis",
        ),
        # The last batch, leaving at once, and deadlines of hours.
        ("Magang ke Jepang kloter terakhir bulan ini, DP 5 jt.", "kloter terakhir"),
        ("Kerja restoran di Dubai, keberangkatan lusa, tiket ditanggung.", "keberangkatan lusa"),
        ("Ikut kerja di Tawau, berangkat dr Nunukan sabtu ini ya.", "sabtu ini"),
        ("Biaya medical 1 jt, transfer paling lambat besok jam 10.", "paling lambat besok"),
        ("Pendaftaran kerja kapal ditutup 2x24 jam, biaya 2 jt.", "2x24 jam"),
        ("Gaji RM2.000. Besok sudah ditutup, daftar ke Bu Ani.", "besok sudah ditutup"),
        ("Konfirmasi pembayaran hari ini juga, kalau tidak slot hilang.", "hari ini juga"),
        (
            "Please make the payment within 3 working days to secure the job.",
            "within 3 working days",
        ),
        ("Kerja kebun di Sarawak, yang cepat yang dapat! japri ya.", "yang cepat yang dapat"),
        ("DP 3 juta untuk kunci kursi keberangkatan Korea.", "kunci kursi"),
        # Secrecy in short spellings and in English.
        ("Kerja di Kuching gaji 7 jt, jgn cerita ke family dulu ya.", "jgn cerita ke family"),
        (
            "Kerja kilang Johor RM90 sehari, bot gerak hari khamis, PM saya.",
            "bot gerak hari khamis",
        ),
        ("Kerja kebun Riau 10 jt, butuh cepat, yang ragu-ragu jgn daftar.", "ragu-ragu jgn daftar"),
        ("Jalur khusus Korea, biaya 25 jt, cuma untuk 5 orang pertama.", "5 orang pertama"),
        ("Need typist for Myawaddy office $1400. Leave friday. TG @hr", "leave friday"),
        (
            "Kebutuhan mendesak pabrik sepatu di Vietnam, bayar 1,5 jt ke panitia.",
            "kebutuhan mendesak",
        ),
        ("Magang Jepang, kuotanya terbatas, daftar lewat kami.", "kuotanya terbatas"),
        ("Booking majikan 3 jt hari ini ya, besok sudah ada yang ambil.", "sudah ada yang ambil"),
        (
            "Kerja di Saudi, berangkat 2 minggu setelah daftar, biaya 3 jt.",
            "2 minggu setelah daftar",
        ),
        ("Visa Eropa lewat orang dalam, jangan tanya di grup, japri saja.", "jangan tanya di grup"),
        ("Kerja karaoke di Batam, tidak usah kasih tau mama kamu dulu ya.", "kasih tau mama"),
        ("Candidates should not disclose this offer to anyone.", "should not disclose"),
    ],
)
def test_pressure_reads_scarcity_haste_and_secrecy(text: str, quoted: str) -> None:
    assert any(quoted in q for q in _quotes(text, "pressure")), _quotes(text, "pressure")


@pytest.mark.parametrize(
    "text",
    [
        # Honest group posts: a hurry to fill a local job, asking leave to post, and a
        # licensed agency's departure news.
        "Dibutuhkan cepat 2 orang helper toko bangunan di Sipin, gaji UMK. Datang bawa KTP.",
        "Hotel Melati Jambi buka lowongan front office, kirim CV paling lambat akhir bulan.",
        "Kedai kopi Kak Ros cari barista, PM segera untuk info, gaji RM1,800.",
        "Cari budak kedai tayar kat Rawang, RM1,800, boleh start esok.",
        "Agensi resmi kami: proses 2 minggu langsung terbang setelah visa kerja terbit.",
        "Permisi min, izin promo loker: admin gudang PT Sinar Jaya Karawang, gaji UMK.",
        "Alhamdulillah 20 CPMI kami selesai OPP di BP3MI dan terbang ke Taiwan minggu depan.",
        "Lamaran paling lambat 30 hari setelah pengumuman ini, dikirim ke email HRD.",
    ],
)
def test_pressure_is_silent_on_honest_posts(text: str) -> None:
    _silent(text, "pressure")


# --- vague_job --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Kerja di Phnom Penh gaji 1.200$, cuma modal ngetik, mess gratis.", "cuma modal ngetik"),
        ("Lowongan luar negeri, negara tujuan dirahasiakan dulu, gaji 20 jt.", "dirahasiakan"),
        ("Kerja Hong Kong, nanti dicarikan majikan, biaya admin 2 jt.", "dicarikan majikan"),
        (
            "Kerja di Malaysia gaji 8 jt, detailnya dikasih tau pas briefing.",
            "dikasih tau pas briefing",
        ),
        ("Buruh bangunan Batam 3,5 jt, PT nanti dikasih tau, WA saja.", "pt nanti dikasih tau"),
        ("Kerja kapal Karimun gaji 15 jt, posisi bebas, tiket ditanggung.", "posisi bebas"),
        ("Kerja sampingan: kasih rating hotel, dibayar 20rb per tugas.", "kasih rating"),
        ("Loker Manila: CS representative, gaji US$1,200, mess gratis.", "cs representative"),
        ("Gaji 50 juta. Kerja di Kamboja. Tidak perlu ijazah, modal paspor.", "kerja di kamboja"),
        ("Ada job jadi 'karyawan' di Filipina, gaji 1.500 dolar, dm saja.", "'karyawan'"),
        ("Kerja luar negeri, negara bebas pilih, gaji 30 jt, biaya visa 18 jt.", "bebas pilih"),
        ("Kerja kemboja gaji RM9 ribu, tiket free, gerak lusa.", "kerja kemboja"),
        ("Ada kerja di luar negeri, kerjanya nanti dijelasin di sana, gaji 20 jt.", "dijelasin"),
        ("Kerja dari rumah, isi saldo misi 200 ribu, komisi harian.", "isi saldo"),
        ("Sharing: kerja kerja taip di Laos, 5.000 ringgit sebulan.", "kerja kerja taip"),
        (
            "Hai! saya Cindy dari HR. Tugas harian: tonton video & subscribe, 10rb per tugas.",
            "subscribe",
        ),
        ("Ada kerja admin di Jakarta, belum tau nanti tugasnya apa, gaji 9 jt.", "belum tau"),
        (
            "Rekrutmen pabrik, semua lulusan bisa daftar, posisi menyesuaikan.",
            "posisi menyesuaikan",
        ),
    ],
)
def test_vague_job_reads_work_left_unsaid(text: str, quoted: str) -> None:
    assert any(quoted in q for q in _quotes(text, "vague_job")), _quotes(text, "vague_job")


@pytest.mark.parametrize(
    "text",
    [
        # A named job with duties in a scam-hub country, and a local job that asks for typing.
        "PT Asia Hotel Group, Bangkok: cook, tugas menyiapkan menu, kontrak 2 tahun.",
        "Toko Sumber Rejeki Jambi cari kasir, bisa mengetik, jam kerja 08.00-16.00, gaji UMK.",
        "Kerja di Bangkok sebagai chef restoran Indonesia, tugas memasak menu harian.",
        # A warning that cites the lure in quotes.
        'Sosialisasi BP3MI: kenali tawaran palsu seperti "kerja Kamboja gaji dolar".',
        # A named job in quotes is still a named job.
        'Lowongan "Staf Administrasi" PT Maju Jaya Jambi: arsip, surat-menyurat, jam kerja 8-16.',
    ],
)
def test_vague_job_is_silent_on_honest_posts(text: str) -> None:
    _silent(text, "vague_job")


# --- vulnerable_targeting ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Jawatan pelayan di pusat hiburan Kuala Lumpur, gaji RM250 semalam.", "pusat hiburan"),
        (
            "Dicari wanita 20-30 jadi istri kontrak pengusaha asing, uang bulanan 20 jt.",
            "istri kontrak",
        ),
        ("Kami agen perjodohan, cari wanita 20-30 untuk pria Taiwan.", "agen perjodohan"),
        ("Lowongan helper tambang di Palembang, cewek saja, umur 18-23, gaji 12 jt.", "cewek saja"),
        (
            "Kerja kafe di Pekanbaru, cewek saja, umur 16 juga bisa, tiket ditanggung.",
            "umur 16 juga bisa",
        ),
        ("Kerja nemenin tamu ngobrol di Tanjung Pinang, gaji 10 jt.", "nemenin tamu"),
        ("Model endorse ke KL, cewek 18-22, kirim foto full body.", "model endorse"),
        ("Pabrik boneka cari perempuan usia mak 23 tahun, tb min 155cm.", "tb min 155cm"),
        ("Cari pengasuh, gadis desa umur 15-17, tinggal di rumah majikan.", "15-17"),
        ("Bos di Taipei cari pacar sewaan buat tamu restoran, gaji 40 jt.", "pacar sewaan"),
        ("Dicari cewek usia 17-22 kerja toko di Tarakan, tidak perlu izin ortu.", "izin ortu"),
    ],
)
def test_vulnerable_targeting_reads_who_is_picked(text: str, quoted: str) -> None:
    quotes = _quotes(text, "vulnerable_targeting")
    assert any(quoted in q for q in quotes), quotes


@pytest.mark.parametrize(
    "text",
    [
        # A guard asked his height, a secretary who receives guests, a salon's therapist.
        "Dicari satpam pria, belum menikah, tinggi min 170 cm, PT Jaga Aman Jambi.",
        "Sekretaris direksi: mendampingi tamu perusahaan, menyusun jadwal rapat, S1.",
        "Salon Nur Cantik cari terapis creambath, pelatihan gratis, gaji 1,8 jt + komisi.",
        # Both sexes asked for in one breath is not a search for young women.
        "Operator produksi PT Tekstil Jaya: pria/wanita 18-25 tahun, belum menikah, SMK.",
        # "PL" as the recruiter's field agent, not a karaoke hostess.
        "Lowongan Hong Kong resmi, PT berizin, zero cost. Hub PL kami Mbak Sari, wanita ramah.",
    ],
)
def test_vulnerable_targeting_is_silent_on_honest_posts(text: str) -> None:
    _silent(text, "vulnerable_targeting")
