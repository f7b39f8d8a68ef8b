"""Names found in any script: folding, transliteration, search keys and Polish sorting.

A person registered as "Олександр Шевченко" must be found by "Shevchenko" (Ukrainian national
romanisation, as in passports), "Szewczenko" (Polish), "Ševčenko" (scientific), "шевч" and
"Olek". We cannot know which convention a receptionist types, so a name written in Cyrillic is
turned into every convention at registration, each folded (lower case, no diacritics, ł -> l),
plus a loose "skeleton" that also forgives y/j/i, w/v and sz/sh differences. A query gets the
same treatment, and matches when any of its variants is a substring of any of the name's.
"""

from __future__ import annotations

import re
import unicodedata

# -- folding -----------------------------------------------------------------------------------

_SPECIAL_FOLDS = str.maketrans({
    "ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "'": "", "’": "", "ʼ": "", "`": "", "ʹ": "",
})


def fold(text: str) -> str:
    """Lower case without diacritics; ł becomes l (Unicode does not decompose it)."""
    text = text.translate(_SPECIAL_FOLDS)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Cyrillic й and ї decompose into и/і + a combining mark; keep them whole.
    stripped = unicodedata.normalize("NFC", stripped)
    return stripped.casefold()


_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC_RE.search(text))


# -- transliteration tables ---------------------------------------------------------------------
# Each table maps a lower-case Cyrillic letter to (at the start of a word, elsewhere).

def _same(mapping: dict[str, str]) -> dict[str, tuple[str, str]]:
    return {k: (v, v) for k, v in mapping.items()}


_UK_NATIONAL = _same({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "'": "", "ʼ": "", "’": "",
    # Russian and Belarusian letters, so a mixed name still comes out in Latin
    "ё": "io", "ъ": "", "ы": "y", "э": "e", "ў": "u",
})
_UK_NATIONAL.update({"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"),
                     "я": ("ya", "ia")})

_RU_PASSPORT = _same({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "і": "i", "ї": "i", "є": "e", "ґ": "g", "ў": "u", "'": "", "ʼ": "", "’": "",
})

_EN_COMMON = _same({  # the spelling most often seen in English texts and older documents
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "w", "'": "", "ʼ": "", "’": "",
})

_POLISH = _same({
    "а": "a", "б": "b", "в": "w", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "ż", "з": "z",
    "и": "y", "і": "i", "к": "k", "л": "ł", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz", "ш": "sz",
    "щ": "szcz", "ь": "", "ъ": "", "ы": "y", "э": "e", "ў": "ł", "'": "", "ʼ": "", "’": "",
})
_POLISH.update({"є": ("je", "ie"), "ї": ("ji", "ji"), "й": ("j", "j"), "ю": ("ju", "iu"),
                "я": ("ja", "ia"), "ё": ("jo", "io")})

_POLISH_RU = dict(_POLISH)  # Russian names in Polish: и is i, г is g, е after a vowel is je
_POLISH_RU.update(_same({"и": "i", "г": "g"}))

_SCIENTIFIC = _same({
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "je", "ж": "ž",
    "з": "z", "и": "y", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c",
    "ч": "č", "ш": "š", "щ": "šč", "ь": "", "ю": "ju", "я": "ja", "ё": "jo", "ъ": "",
    "ы": "y", "э": "e", "ў": "ŭ", "'": "", "ʼ": "", "’": "",
})

_SCIENTIFIC_RU = dict(_SCIENTIFIC)
_SCIENTIFIC_RU.update(_same({"г": "g", "и": "i", "х": "ch", "щ": "šč"}))

SCHEMES: tuple[dict[str, tuple[str, str]], ...] = (
    _UK_NATIONAL, _RU_PASSPORT, _EN_COMMON, _POLISH, _POLISH_RU, _SCIENTIFIC, _SCIENTIFIC_RU,
)


def transliterate(text: str, scheme: dict[str, tuple[str, str]] = _UK_NATIONAL) -> str:
    """Cyrillic to Latin by one scheme; other characters pass through. Keeps capitals."""
    out: list[str] = []
    word_start = True
    previous = ""
    for ch in text:
        low = ch.lower()
        if low in scheme:
            latin = scheme[low][0 if word_start else 1]
            if scheme is _UK_NATIONAL and low == "г" and previous == "з":
                latin = "gh"  # the national standard writes зг as zgh, not to be read as ж
            if ch != low and latin:
                latin = latin[0].upper() + latin[1:]
            out.append(latin)
            word_start = False
        else:
            out.append(ch)
            word_start = not ch.isalpha()
        previous = low
    return "".join(out)


def to_latin(text: str) -> str:
    """The Latin form printed for a Cyrillic name (Ukrainian national romanisation)."""
    return transliterate(text, _UK_NATIONAL)


# -- search keys --------------------------------------------------------------------------------

_SKELETON_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "sc"), ("szcz", "sc"), ("sch", "s"), ("sh", "s"), ("sz", "s"), ("zh", "z"),
    ("rz", "z"), ("kh", "h"), ("ch", "c"), ("cz", "c"), ("ts", "c"), ("tz", "c"), ("w", "v"),
    ("y", "i"), ("j", "i"), ("x", "ks"), ("q", "k"),
)
_DOUBLES_RE = re.compile(r"(.)\1+")
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


def skeleton(folded_word: str) -> str:
    """A loose form of a folded Latin word, forgiving spelling conventions."""
    word = folded_word
    for a, b in _SKELETON_RULES:
        word = word.replace(a, b)
    return _DOUBLES_RE.sub(r"\1", word)


def words(text: str) -> list[str]:
    return _WORD_RE.findall(text)


def word_variants(word: str) -> set[str]:
    """All folded Latin spellings of one word (and its skeletons), in any script it was written."""
    if has_cyrillic(word):
        latin = {fold(transliterate(word, scheme)) for scheme in SCHEMES}
    else:
        latin = {fold(word)}
    latin.discard("")
    return latin | {skeleton(v) for v in latin}


def search_key(*names: str | None) -> str:
    """The text indexed for a person: every variant of every word of their names."""
    seen: dict[str, None] = {}
    for name in names:
        if not name:
            continue
        for word in words(name):
            for variant in sorted(word_variants(word)):
                seen.setdefault(variant, None)
    return " ".join(seen)


def query_variants(query: str) -> list[set[str]]:
    """For each word of a query, the spellings any of which may match."""
    return [word_variants(word) for word in words(query)]


def name_similarity_forms(*names: str | None) -> set[str]:
    """Whole-name forms for fuzzy duplicate comparison: each scheme's spelling, folded."""
    joined = " ".join(n for n in names if n)
    if not joined.strip():
        return set()
    if has_cyrillic(joined):
        forms = {fold(transliterate(joined, scheme)) for scheme in SCHEMES}
    else:
        forms = {fold(joined)}
    return forms | {" ".join(skeleton(w) for w in f.split()) for f in forms}


# -- Polish sorting ------------------------------------------------------------------------------

_POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoóprsśtuvwxyzźż"
_CYRILLIC_ALPHABET = "абвгґдеєёжзиіїйклмнопрстуўфхцчшщъыьэюя"
_ORDER = {ch: i for i, ch in enumerate(_POLISH_ALPHABET)}
_ORDER.update({ch: 100 + i for i, ch in enumerate(_CYRILLIC_ALPHABET)})
_ORDER["q"] = _ORDER["p"] + 0.5


def polish_sort_key(text: str) -> tuple:
    """Sorts as a Polish reader expects: Ł after L, Ś after S, Ż last; Cyrillic after Latin."""
    key = []
    for ch in text.casefold():
        if ch in _ORDER:
            key.append((_ORDER[ch], 0))
        elif ch.isalpha():
            base = fold(ch)[:1]
            key.append((_ORDER.get(base, 1000 + ord(ch)), 1))
        elif ch.isdigit():
            key.append((-10 + int(ch), 0))
        else:
            key.append((-20, 0))
    return tuple(key)
