"""Phrases of the ``informal_contact`` rule: personal channels, social and shortened
links, free mail, and the office addresses that make contact formal.
"""

from __future__ import annotations

_PLATFORM = (
    r"(?:whatsapp|whatsap|wa|w\.a|telegram|tele|tg|instagram|ig|facebook|fb|tiktok|messenger|line)"
    r"(?![a-z])"
)
_CONTACT_VERB = (
    r"(?:hubungi|hub|kontak|contact|chat|kirim\w*|via|lewat|melalui|minat|info\w*|daftar|"
    r"japri|dm|follow|cv|langsung)"
)
_TITLE = (
    r"(?:mr|mrs|ms|miss|encik|cik|puan|pak|bu|bapak|ibu|mas|mbak|bang|abang|kak|mak|tante|om|ci|"
    r"koh|cece|uncle|aunty)"
)
INFORMAL_CHANNEL = (
    r"japri",
    r"\bdm\b",
    r"direct\s+message",
    r"inbox",
    r"private\s+message",
    r"(?:chat|hubungi|hub|kontak|contact|wa|whatsapp)\s+(?:saja|aja|langsung|only|sahaja)",
    r"(?:hanya|only|cuma)\s+(?:via|lewat|melalui)?\s*(?:wa|whatsapp|telegram|dm|inbox)",
    r"komen\w*\s+(?:minat|mau|saya|di\s+bawah)",
    r"comment\s+(?:below|interested)",
    r"(?:tulis|ketik|komen)\s+[\"']?(?:minat|mau|ready|siap)",
    # A platform counts as the channel only when the advert sends people there ("hubungi
    # via WhatsApp", "DM IG kami", "WA: ..."): job-board adverts name TikTok, Instagram and
    # Messenger as the work itself ("kelola akun Instagram", "host live TikTok", "Messenger/
    # kurir"), and "PM" is a project manager or preventive maintenance more often than a
    # private message.
    _CONTACT_VERB + r"\s*(?:ke\s+|di\s+|dengan\s+)?(?:no\.?\s*|nomor\s+|akun\s+)?" + _PLATFORM,
    _PLATFORM + r"\s*(?:admin|kami|saya|hrd?|:)?\s*[:=]?\s*(?:\+?62|0)\s?8\d",
    _PLATFORM + r"\s+(?:saja|aja|only|admin|kami|saya)(?![a-z])",
    _PLATFORM + r"\s*[:\-]?\s*@[a-z0-9_]{3,}",
    r"(?:message|text|reach|apply|send|contact|dm|chat)\s+(?:\S+\s+){0,3}(?:on|via|through)\s+"
    + _PLATFORM,
    r"(?:dm|inbox|pm)\s+(?:me|saya|aja|saja|kami|admin|ya|untuk|for|ig|instagram|fb|facebook|"
    r"cepat|segera|kalau|kalo|jika|sekarang|now|terus|je|sahaja)(?![a-z])",
    r"(?:dm|inbox|pm)\s*[.!]*\s*$",
    r"reply\s+(?:di\s+)?(?:grup|group|wa|dm|pm)",
    r"(?:via|lewat|melalui|ke|di)\s+(?:pm|dm|inbox)",
    r"grup\s+(?:wa|whatsapp|telegram)",
    r"channel\s+telegram",
    r"akun\s+telegram",
    r"wa\.me",
    r"(?:menghubungi|hubungi|chat|kontak)\s+(?:langsung\s+)?(?:admin|kakak\s+admin|mimin)(?![a-z])",
    r"link\s+(?:di\s+)?bio",
    r"wa\.link",
    r"s\.id/",
    r"bit\.ly",
    r"linktr\.ee",
    r"@[a-z][a-z0-9_.]{3,}",
    r"line\s+id",
    r"link\s+in\s+(?:my\s+|the\s+)?bio",
    r"(?:cek|check|lihat|klik|see)\s+(?:my\s+)?bio",
    r"(?:slide\s+into|check)\s+(?:my\s+)?dms?",
    r"wa\s*\.?\s*me\s*/\s*\d",
    # Answer the post itself, a story or a chat ("balas story ini", "reply this message").
    r"(?:balas|bales|reply)\s+(?:ke\s+)?(?:story|status|pesan|chat|postingan)\s+(?:ini|saya|aku)",
    r"reply\s+(?:to\s+)?(?:this|my)\s+(?:message|story|post)",
    r"(?:kabari|kabarin|kabar2in|infokan\s+ke)\s+(?:saya|aku|sy|gw|gue|ak)(?![a-z])",
    r"(?:minat|berminat|mau|interested)\s+(?:langsung\s+)?(?:chat|japri|inbox|pc|dm)(?![a-z])",
    r"(?:komen|comment|ketik|tulis)\s+[\"'“]?(?:aku|saya|gas|ikut|join|interested|nak)[\"'”]?"
    r"(?![a-z])",
    # A person, named and titled, is the contact ("WhatsApp Mrs Chan", "hubungi Encik Faizal
    # di WhatsApp", "hub bang Ucok"): nobody at a company desk answers.
    r"(?:text|whatsapp|wa|chat|sms)\s+" + _TITLE + r"\.?\s+[a-z]{3,}",
    r"(?:hubungi|hub|kontak|contact|call)\s+"
    + _TITLE
    + r"\.?\s+[a-z]{3,}\s+(?:di|via|lewat|on)\s+"
    + _PLATFORM,
    r"text\s+\+?\d",
    _PLATFORM + r"\s*[:\-]?\s*\+\d{2,3}[\s\-]?\d+",
    # A mobile number (Indonesian 08.., Malaysian 01.., Thai, Cambodian, Lao, Philippine) after
    # a contact word, even when the number is written so that no dialler would take it (0800 is a
    # toll-free line).
    r"(?:hub|hubungi|telp|tlp|telepon|call|sms|kontak|contact|cp|berminat\s+hubungi)\s*[:\-]?\s*"
    r"(?:[a-z]+\.?\s+){0,3}(?:\+?62\s?8(?!00)|08(?!00)|\+?60\s?1|01[0-9]|\+66|\+855|\+856|\+63\s?9)\d*",
    # The poster him- or herself is the contact: "pm aku", "hubungi sy", "contact me", "chat ya",
    # "nanti aku kasih nomornya", "minat balas YA", "reply with your age and photos".
    r"(?:hubungi|hub|kontak|contact|pm|chat|inbox|japri|call|whatsapp)\s+(?:sy|saya|aku|ak|gw|gue|"
    r"me|ambo|awak)(?![a-z])",
    r"chat\s+(?:ya|yah|yaa|aja|ja|yuk)(?![a-z])",
    r"(?:nanti|nnt|ntar)\s+(?:sy|saya|aku|ak|gw|gue)\s+(?:kasih|kirim\w*|hantar|bagi|share)\s+"
    r"(?:(?:nomor|nombor|nomer|no|kontak)(?:nya|nye)?|detail\w*)",
    r"(?:minat|mau|berminat)\s+(?:balas|bales|reply)",
    r"reply\s+with\s+your",
    # The page or profile itself is the channel: "kirim pesan ke page ini", "mesej peribadi
    # halaman ini", "msg admin kat sini", "contact the recruiter in my bio".
    r"(?:kirim|send|hantar)\s+(?:\w+\s+){0,2}(?:pesan|mesej|message|inbox)\s+(?:\w+\s+){0,2}"
    r"(?:page|halaman|laman|akun|account)\s+(?:ini|this|kami)",
    r"mesej\s+peribadi",
    r"(?:msg|message|mesej|pesan)\s+(?:admin|kami|saya)\s+(?:kat|di|dekat)\s+sini",
    r"in\s+my\s+bio",
    r"(?:interview|wawancara|temuduga|temu\s+duga)\w*\s+(?:\w+\s+){0,2}(?:by|via|lewat|melalui)\s+"
    r"telegram",
    r"tombol\s+(?:whatsapp|wa|chat)",
    r"(?:register|daftar|apply|message|contact)\s+(?:\w+\s+){0,2}(?:facebook|fb|instagram|ig)\s+page",
    r"wechat",
    # The offer itself arrives as a private message from a stranger who "got your number" from
    # a job site or a database: the opening of the task-scam chats (docs/domain.md section 5).
    r"(?:saya|kami|sy)\s+(?:men)?(?:dapat|dapatkan|peroleh|memperoleh)\w*\s+(?:nomor|no\.?|kontak)"
    r"\s*(?:hp\s+|wa\s+|whatsapp\s+|telepon\s+)?(?:anda|kamu|kakak|kak|bapak|ibu|agan)\s+dari",
    r"(?:nomor|kontak)\s+(?:anda|kamu|kakak)\s+(?:kami|saya)\s+(?:dapat|dapatkan|peroleh)\w*\s+dari",
    r"(?:i|we)\s+(?:got|obtained|found|received)\s+your\s+(?:number|contact)\s+(?:from|on|through|via)",
)
# Link shorteners: whoever sends applicants through one hides where they are going.
SHORTENER_HOSTS = frozenset(
    ["bit.ly", "t.ly", "s.id", "tinyurl.com", "cutt.ly", "shorturl.at", "rebrand.ly", "wa.link",
     "linktr.ee", "lynk.id", "heylink.me", "bit.do", "is.gd", "ow.ly", "forms.gle"]
)  # fmt: skip
FREE_MAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "yahoo.com",
        "yahoo.co.id",
        "ymail.com",
        "hotmail.com",
        "outlook.com",
        "live.com",
        "icloud.com",
        "aol.com",
        "protonmail.com",
        "proton.me",
        "mail.com",
        "yandex.com",
        "rocketmail.com",
        "gmx.com",
    ]
)
SOCIAL_HOSTS = (
    r"facebook\.com",
    r"fb\.com",
    r"fb\.me",
    r"instagram\.com",
    r"tiktok\.com",
    r"bit\.ly",
    r"linktr\.ee",
    r"s\.id",
    r"wa\.link",
    r"t\.co",
    r"youtube\.com",
    r"forms\.gle",
    r"docs\.google\.com",
    r"blogspot\.com",
    r"wordpress\.com",
    r"x\.com",
    r"twitter\.com",
    r"tinyurl\.com",
    r"shope\.ee",
    r"telegram\.org",
)
OFFICE_ADDRESS = (
    r"\b(?:jl|jln|jalan)\.?\s+[a-z0-9]",
    r"alamat\s*(?:kantor|lengkap|perusahaan)?\s*[:\-]",
    r"kantor\s+(?:kami|pusat|cabang|di|perwakilan|pt|resmi)",
    r"\bgedung\b",
    r"\bruko\b",
    r"\blantai\s+\d",
    r"\bkomplek\b",
    r"\bkompleks\b",
    r"\brt\s*\.?\s*\d+\s*/\s*rw",
    r"datang\s+(?:langsung\s+)?(?:ke|di)\s+(?:kantor|alamat|lokasi|toko|outlet|gudang|pabrik|"
    r"workshop|base\s*camp|kami)",
    r"walk[\s-]?in",
    r"office\s*(?:address)?\s*:",
    r"\blevel\s+\d",
    r"\bno\.?\s*\d+[a-z]?\s*,",
    r"antar\s+(?:langsung\s+)?lamaran",
    r"kirim\s+lamaran\s+ke\s+alamat",
    r"lowongan\s+(?:resmi\s+)?(?:di|melalui)\s+(?:karirhub|siapkerja|jobstreet|kalibrr|glints)",
    r"(?:website|situs|portal)\s+resmi",
    r"\.go\.id",
    r"loket",
    r"datang\s+langsung",
)
