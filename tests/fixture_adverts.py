"""Hand-written adverts for the fixture sites (not taken from the training corpus)."""

SCAMS = [
    "DICARI ADMIN ONLINE untuk perusahaan di Phnom Penh, Kamboja. Gaji USD 1.300/bulan, "
    "tanpa pengalaman, cukup bisa mengetik. Tiket pesawat dan mess ditanggung. Berangkat "
    "pakai visa turis dulu, visa kerja diurus di sana. Kuota terbatas, berangkat minggu depan! "
    "Minat japri WA 0813-6677-2190.",
    "Lowongan kerja ringan di Batam!! Dicari karyawati cafe, wanita 18-25 th, single, "
    "berpenampilan menarik. Gaji 9 juta + bonus, tiket & mess gratis. Tidak perlu izin "
    "orang tua. Hubungi kak Rara WA 0822 9911 4532, jangan disebar ya.",
    "Peluang kerja ke Malaysia tanpa ribet: kerja kilang, gaji RM 4.500 sebulan, paspor kami "
    "uruskan, umur bisa diatur. Biaya proses Rp 3.500.000 transfer ke rek BRI 0123-01-998877-50-1 "
    "a.n. Suhendri. Tidak perlu ke Disnaker, langsung berangkat lewat Dumai.",
    "Dibutuhkan segera ART untuk majikan di Riyadh, Arab Saudi. Gaji 7 juta, berangkat pakai "
    "visa umrah, semua diurus sponsor. DP pendaftaran 1,5 jt. Minat inbox saja.",
    "Program kerja Korea jalur khusus tanpa tes EPS-TOPIK! Garansi berangkat 3 bulan, gaji "
    "35 juta/bulan. Biaya 45 juta bisa dicicil. Hub. LPK Maju Jaya, WA 0811-7421-0098.",
    "Kerja paruh waktu dari HP: like & subscribe video, dibayar Rp 350.000/hari. Daftar lewat "
    "Telegram @admin_tugas88, deposit awal 100rb untuk aktivasi akun.",
    "Customer service representative needed in Sihanoukville, Cambodia. Salary USD 1,200 per "
    "month, free accommodation and flight. No experience, basic English. Tourist visa first, "
    "work permit arranged later. Contact Telegram @hr_linda_kh.",
    "URGENT! Terapis spa di Kuala Lumpur, wanita usia 17-24, gaji RM 5.000. Paspor disimpan "
    "agen selama kontrak. Biaya medical 1 juta dibayar di muka. WA 0857 3322 1100.",
]

LEGIT = [
    "Toko Bangunan Sinar Jaya di Jl. Kapten Pattimura, Kota Baru, Jambi membutuhkan 2 orang "
    "pramuniaga. Syarat: pria, maks 30 th, jujur dan rajin. Gaji UMK, uang makan, mess "
    "disediakan. Lamaran diantar langsung ke toko atau WA 0812-7400-5512.",
    "Warung Mie Ayam Pak Darto (Jelutung) cari 1 karyawan bagian dapur. Jam kerja 09.00-17.00, "
    "gaji 2,5 jt/bulan + makan siang. Minat hubungi WA 0853-6611-2034.",
    "PT Bahari Sejahtera Mandiri (P3MI, SIP3MI No. 2/1240/PK.02/2025) membuka lowongan "
    "operator produksi di Taiwan berdasarkan job order terverifikasi KDEI. Gaji NT$ 29.500 + "
    "lembur. Proses resmi: daftar di SIAPkerja, seleksi di LTSA Kota Jambi, medical di sarana "
    "kesehatan yang ditunjuk, perjanjian penempatan, OPP di BP3MI Jambi, visa kerja. Kantor: "
    "Jl. Sumantri Brojonegoro No. 12, Telanaipura. Telp (0741) 668 201.",
    "Pengumuman: pendaftaran EPS-TOPIK 2026 sektor manufaktur dibuka melalui portal resmi "
    "KP2MI. Tidak ada pungutan selain biaya ujian yang dibayar sendiri di bank yang ditunjuk. "
    "Waspada calo yang menjanjikan kelulusan. Info: BP3MI Jambi, Jl. Kol. Abunjani, Sipin.",
    "Klinik Pratama Sehat Bersama, Alam Barajo, membuka lowongan perawat (STR aktif, min. 1 "
    "tahun pengalaman). Gaji Rp 4.200.000, BPJS Kesehatan & Ketenagakerjaan. Kirim CV ke "
    "hrd@klinikbersama.co.id paling lambat 15 Desember.",
    "Bengkel Motor Jaya Abadi Paal Merah cari mekanik berpengalaman. Gaji menarik, bonus "
    "harian. Segera datang langsung bawa KTP dan CV, atau WA 0813 7788 2211.",
    "Senior Mining Engineer, Sarolangun coal site. Min. 8 tahun pengalaman, sertifikat POP/POM. "
    "Gaji Rp 38.000.000/bulan, rotasi 8/2. PT Batu Hitam Persada, Jl. Gatot Subroto 21 Jambi, "
    "recruitment@batuhitam.co.id.",
    "Lowongan guru les matematika SD-SMP di Bimbel Cerdas, Telanaipura. Jadwal sore, honor "
    "Rp 75.000 per pertemuan. Kirim lamaran via WA 0812 1234 8899.",
]
