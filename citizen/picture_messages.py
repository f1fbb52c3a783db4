"""The words of "Unggah gambar / tangkapan layar" (adverts as pictures), in Bahasa Indonesia
and English, written like :mod:`citizen.messages` (which merges them into its ERRORS and UI).

Every refusal says what is wrong with the file and what to do instead; pasting the advert's
text always works, so every message offers it.
"""

from __future__ import annotations

PICTURE_ERRORS: dict[str, dict[str, str]] = {
    "id": {
        "no_image": "Belum ada gambar yang dipilih. Pilih foto, tangkapan layar atau PDF iklan "
        "lowongannya, lalu kirim lagi.",
        "not_a_picture": "File ini bukan gambar atau PDF yang bisa kami baca. Kirim foto "
        "(JPG, PNG, WebP, GIF) atau PDF iklannya, atau tempelkan teks iklannya.",
        "file_too_large": "File terlalu besar (lebih dari {max_mb} MB). Kirim tangkapan layar "
        "saja, atau potong gambarnya di bagian iklan.",
        "too_many_pixels": "Gambar ini terlalu besar untuk dibaca (lebih dari {max_megapixels} "
        "juta titik). Kirim tangkapan layar, atau foto dengan ukuran lebih kecil.",
        "bad_dimensions": "Ukuran gambar ini tidak wajar (terlalu kecil atau terlalu panjang). "
        "Kirim tangkapan layar atau foto iklannya yang biasa.",
        "damaged": "Gambar ini rusak atau tidak lengkap, jadi tidak bisa dibuka. Kirim ulang "
        "dari sumber aslinya, atau tempelkan teks iklannya.",
        "pdf_locked": "PDF ini dikunci dengan kata sandi, jadi tidak bisa kami baca. Kirim "
        "tangkapan layar halamannya, atau tempelkan teksnya.",
        "no_text": "Kami tidak menemukan tulisan di gambar ini. Pastikan tulisan iklannya "
        "terlihat jelas (tidak buram, tidak terlalu kecil), atau tempelkan teksnya.",
        "ocr_timeout": "Gambar ini terlalu lama dibaca (lebih dari {seconds:g} detik). Kirim "
        "gambar yang lebih kecil atau potong bagian iklannya saja, atau tempelkan teksnya.",
        "ocr_busy": "Pembaca gambar sedang sibuk. Coba lagi sebentar lagi, atau tempelkan teks "
        "iklannya.",
        "ocr_unavailable": "Pembaca gambar sedang tidak tersedia. Tempelkan teks iklannya, atau "
        "coba lagi nanti.",
    },
    "en": {
        "no_image": "No picture was chosen. Choose a photo, screenshot or PDF of the job advert, "
        "and send it again.",
        "not_a_picture": "This file is not a picture or PDF we can read. Send a photo (JPG, PNG, "
        "WebP, GIF) or a PDF of the advert, or paste its text.",
        "file_too_large": "The file is too big (more than {max_mb} MB). Send a screenshot, or "
        "crop the picture to the advert.",
        "too_many_pixels": "This picture is too large to read (more than {max_megapixels} "
        "million pixels). Send a screenshot, or a smaller photo.",
        "bad_dimensions": "This picture has an odd size (too small or far too long). Send an "
        "ordinary screenshot or photo of the advert.",
        "damaged": "This picture is damaged or incomplete and cannot be opened. Send it again "
        "from where you got it, or paste the advert's text.",
        "pdf_locked": "This PDF is locked with a password, so we cannot read it. Send a "
        "screenshot of the page, or paste its text.",
        "no_text": "We found no writing in this picture. Make sure the advert's words are clear "
        "(not blurred, not too small), or paste its text.",
        "ocr_timeout": "This picture took too long to read (more than {seconds:g} seconds). "
        "Send a smaller picture or crop it to the advert, or paste its text.",
        "ocr_busy": "The picture reader is busy. Try again in a moment, or paste the advert's "
        "text.",
        "ocr_unavailable": "The picture reader is not available right now. Paste the advert's "
        "text, or try again later.",
    },
}

PICTURE_UI: dict[str, dict[str, str]] = {
    "id": {
        "or": "atau",
        "upload_label": "Unggah gambar / tangkapan layar",
        "upload_hint": "Foto atau tangkapan layar iklan lowongan (JPG, PNG, WebP, GIF) atau "
        "PDF, paling besar {max_mb} MB. Gambar tidak kami simpan.",
        "upload_submit": "Periksa gambar",
        "read_picture": "Tulisan yang kami baca dari gambar",
        "read_picture_fix": "Mesin bisa salah baca. Jika ada kata yang salah, perbaiki di "
        "kotak ini lalu periksa lagi.",
        "read_pages": "Kami membaca {read} halaman pertama dari {total} halaman.",
        "recheck": "Periksa teks ini",
        "tip_picture": "Lampirkan gambarnya lagi supaya petugas bisa melihatnya (boleh "
        "dikosongkan; data lokasi dan kamera di dalam foto dihapus dulu)",
    },
    "en": {
        "or": "or",
        "upload_label": "Upload a picture / screenshot",
        "upload_hint": "A photo or screenshot of the job advert (JPG, PNG, WebP, GIF) or a PDF, "
        "at most {max_mb} MB. We do not keep the picture.",
        "upload_submit": "Check picture",
        "read_picture": "The words we read in the picture",
        "read_picture_fix": "The machine can misread. If a word is wrong, correct it in this "
        "box and check again.",
        "read_pages": "We read the first {read} of {total} pages.",
        "recheck": "Check this text",
        "tip_picture": "Attach the picture again so the officers can see it (optional; location "
        "and camera data inside the photo are removed first)",
    },
}
