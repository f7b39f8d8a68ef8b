"""The centre's static certificate verification page: one HTML file, its script inline.

It holds salted SHA-256 hashes of each certificate's serial and code, never a name or anything
else about a person, so it can go on any web host. Whoever opens it with ``#s=SERIAL&c=CODE`` (the
QR code on a certificate) or ``?s=...&c=...`` in the address, or types the two into its fields,
is told "genuine" or "not found", in Polish, Ukrainian or English after the browser's language.

The script computes SHA-256 itself (no Web Crypto: browsers offer it only on https pages) over
``salt + "\\n" + serial + "\\n" + code``, serial and code normalised the way the desk does
(``services.certificates.normalise_serial`` / ``normalise_code``). The result element carries
``data-state`` = ``genuine``, ``not-found`` or ``empty`` for scripts and tests.
"""

from __future__ import annotations

import datetime as dt
import html
import json

FILE_NAME = "index.html"


def _first_primes(count: int) -> list[int]:
    primes: list[int] = []
    n = 2
    while len(primes) < count:
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
        n += 1
    return primes


def _icbrt(n: int) -> int:
    """The integer cube root (floor), exact for big integers."""
    x = 1 << ((n.bit_length() + 2) // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x ** 3 > n:
        x -= 1
    while (x + 1) ** 3 <= n:
        x += 1
    return x


# SHA-256's round constants: the first 32 bits of the fractional parts of the cube roots of the
# first 64 primes, computed exactly rather than copied by hand.
_K = [_icbrt(p << 96) & 0xFFFFFFFF for p in _first_primes(64)]

TEXTS = {
    "pl": {
        "title": "Weryfikacja zaświadczenia",
        "intro": "Wpisz numer zaświadczenia i kod weryfikacyjny wydrukowane pod kodem QR.",
        "serial": "Numer zaświadczenia",
        "code": "Kod weryfikacyjny",
        "check": "Sprawdź",
        "genuine": "Autentyczne: to zaświadczenie zostało wydane przez Centrum.",
        "not_found": "Nie znaleziono: na liście opublikowanej {date} nie ma zaświadczenia o tym numerze i kodzie. "
                     "Sprawdź wpisane dane lub zapytaj w Centrum.",
        "privacy": "Ta strona nie zawiera danych osobowych, tylko skróty (hasze) numerów i kodów zaświadczeń.",
        "published": "Lista z dnia {date}",
    },
    "uk": {
        "title": "Перевірка сертифіката",
        "intro": "Введіть номер сертифіката і код перевірки, надруковані під QR-кодом.",
        "serial": "Номер сертифіката",
        "code": "Код перевірки",
        "check": "Перевірити",
        "genuine": "Справжній: цей сертифікат видав Центр.",
        "not_found": "Не знайдено: у списку, опублікованому {date}, немає сертифіката з таким номером і кодом. "
                     "Перевірте введені дані або зверніться до Центру.",
        "privacy": "Ця сторінка не містить персональних даних, лише хеші номерів і кодів сертифікатів.",
        "published": "Список від {date}",
    },
    "en": {
        "title": "Certificate verification",
        "intro": "Type the certificate's number and the verification code printed beneath its QR code.",
        "serial": "Certificate number",
        "code": "Verification code",
        "check": "Check",
        "genuine": "Genuine: this certificate was issued by the Centre.",
        "not_found": "Not found: no certificate with this number and code is on the list published on {date}. "
                     "Check what you typed, or ask the Centre.",
        "privacy": "This page holds no personal data, only hashes of the certificates' numbers and codes.",
        "published": "List of {date}",
    },
}

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>__CENTRE__</title>
<style>
body { font-family: system-ui, "DejaVu Sans", sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem;
       color: #1a1a1a; }
h1 { font-size: 1.4rem; color: #1F4E79; }
label { display: block; margin-top: 1rem; font-weight: bold; }
input { font-size: 1.1rem; width: 100%; box-sizing: border-box; padding: .4rem; font-family: monospace; }
button { margin-top: 1rem; font-size: 1.1rem; padding: .4rem 1.2rem; }
#result { margin-top: 1.5rem; padding: .8rem; border-radius: .3rem; font-size: 1.15rem; }
#result[data-state="genuine"] { background: #e3f4e1; border: 2px solid #2e7d32; }
#result[data-state="not-found"] { background: #fdecea; border: 2px solid #c62828; }
#result[data-state="empty"] { display: none; }
.small { color: #555; font-size: .85rem; margin-top: 2rem; }
</style>
</head>
<body>
<p class="small">__CENTRE__</p>
<h1 id="title"></h1>
<p id="intro"></p>
<form id="form" autocomplete="off">
<label for="serial" id="serial-label"></label>
<input id="serial" name="s" spellcheck="false" placeholder="WIC/2026/ABCD/000123">
<label for="code" id="code-label"></label>
<input id="code" name="c" spellcheck="false" placeholder="ABCD-EFGH-JK23">
<button type="submit" id="check"></button>
</form>
<div id="result" role="status" aria-live="polite" data-state="empty"></div>
<p class="small" id="published"></p>
<p class="small" id="privacy"></p>
<script type="application/json" id="data">__DATA__</script>
<script>
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("data").textContent);
  var TEXTS = DATA.texts;
  var K = DATA.k;
  var known = {};
  DATA.hashes.forEach(function (h) { known[h] = true; });

  function pickLanguage() {
    var wanted = (navigator.languages && navigator.languages.length) ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i] || "").slice(0, 2).toLowerCase();
      if (TEXTS[code]) { return code; }
    }
    return "en";
  }
  var lang = pickLanguage();
  var T = TEXTS[lang];
  document.documentElement.lang = lang;

  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }

  function sha256(text) {
    var bytes = new TextEncoder().encode(text);
    var length = bytes.length;
    var size = ((length + 9 + 63) >> 6) << 6;
    var block = new Uint8Array(size);
    block.set(bytes);
    block[length] = 0x80;
    var bits = length * 8;
    var high = Math.floor(bits / 4294967296);
    for (var b = 0; b < 4; b++) {
      block[size - 1 - b] = (bits >>> (8 * b)) & 255;
      block[size - 5 - b] = (high >>> (8 * b)) & 255;
    }
    var H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var W = new Array(64);
    for (var i = 0; i < size; i += 64) {
      var t;
      for (t = 0; t < 16; t++) {
        var j = i + 4 * t;
        W[t] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3];
      }
      for (t = 16; t < 64; t++) {
        var x = W[t - 15], y = W[t - 2];
        var s0 = ror(x, 7) ^ ror(x, 18) ^ (x >>> 3);
        var s1 = ror(y, 17) ^ ror(y, 19) ^ (y >>> 10);
        W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
      }
      var a = H[0], c1 = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
      for (t = 0; t < 64; t++) {
        var S1 = ror(e, 6) ^ ror(e, 11) ^ ror(e, 25);
        var ch = (e & f) ^ (~e & g);
        var t1 = (h + S1 + ch + K[t] + W[t]) | 0;
        var S0 = ror(a, 2) ^ ror(a, 13) ^ ror(a, 22);
        var maj = (a & c1) ^ (a & c) ^ (c1 & c);
        var t2 = (S0 + maj) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = c1; c1 = a; a = (t1 + t2) | 0;
      }
      H[0] = (H[0] + a) | 0; H[1] = (H[1] + c1) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
      H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
    }
    return H.map(function (v) { return ("00000000" + (v >>> 0).toString(16)).slice(-8); }).join("");
  }

  var SERIAL = /^\\s*wic\\s*[\\/\\-_ ]\\s*(\\d{4})\\s*[\\/\\-_ ]\\s*(?:([a-z2-9]{4})\\s*[\\/\\-_ ]\\s*)?(\\d{1,6})\\s*$/i;
  function normaliseSerial(text) {
    var m = SERIAL.exec(text || "");
    if (!m) { return (text || "").trim(); }
    var number = ("000000" + parseInt(m[3], 10)).slice(-6);
    return m[2] ? "WIC/" + m[1] + "/" + m[2].toUpperCase() + "/" + number : "WIC/" + m[1] + "/" + number;
  }
  function normaliseCode(text) {
    var t = (text || "").replace(/[\\s\\-_.]/g, "").toUpperCase();
    return t.length === 12 ? t.slice(0, 4) + "-" + t.slice(4, 8) + "-" + t.slice(8, 12) : t;
  }

  var result = document.getElementById("result");
  function check(serial, code) {
    serial = normaliseSerial(serial);
    code = normaliseCode(code);
    if (!serial || !code) { result.setAttribute("data-state", "empty"); result.textContent = ""; return; }
    var genuine = known[sha256(DATA.salt + "\\n" + serial + "\\n" + code)] === true;
    result.setAttribute("data-state", genuine ? "genuine" : "not-found");
    result.textContent = serial + " \\u2014 " + (genuine ? T.genuine : T.not_found.replace("{date}", DATA.published));
  }

  document.getElementById("title").textContent = T.title;
  document.title = T.title + " \\u2014 " + document.title;
  document.getElementById("intro").textContent = T.intro;
  document.getElementById("serial-label").textContent = T.serial;
  document.getElementById("code-label").textContent = T.code;
  document.getElementById("check").textContent = T.check;
  document.getElementById("published").textContent = T.published.replace("{date}", DATA.published);
  document.getElementById("privacy").textContent = T.privacy;

  var serialInput = document.getElementById("serial");
  var codeInput = document.getElementById("code");
  document.getElementById("form").addEventListener("submit", function (event) {
    event.preventDefault();
    check(serialInput.value, codeInput.value);
  });

  function fromAddress() {
    var sources = [location.hash.replace(/^#/, ""), location.search.replace(/^\\?/, "")];
    for (var i = 0; i < sources.length; i++) {
      var params = new URLSearchParams(sources[i]);
      var s = params.get("s") || params.get("serial");
      var c = params.get("c") || params.get("code");
      if (s && c) {
        serialInput.value = s;
        codeInput.value = c;
        check(s, c);
        return;
      }
    }
  }
  window.addEventListener("hashchange", fromAddress);
  fromAddress();
})();
</script>
</body>
</html>
"""


def render(salt: str, hashes: list[str], published_on: dt.date, centre: str = "") -> str:
    """The page's HTML. ``hashes``: hex SHA-256 of ``salt\\nSERIAL\\nCODE`` for each certificate."""
    data = {"salt": salt, "hashes": sorted(hashes), "published": published_on.strftime("%d.%m.%Y"),
            "texts": TEXTS, "k": _K}
    # "</" cannot end the script element early: JSON allows "<\\/" for "</"
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return _PAGE.replace("__CENTRE__", html.escape(centre or "WIC")).replace("__DATA__", payload)
