"""What every key and every allowed value of the content format means, in English and Finnish.

The JSON Schema carries these texts so that an editor with the YAML language server shows
them on hover and next to completions (``level:`` offers 1, 2 and 3 and says what each
means). They live here, beside the models rather than inside them, because they are
documentation for facilitators in two languages, not rules; ``tests/content/test_schema.py``
fails when a field or an allowed value has no description.
"""

from __future__ import annotations

Bilingual = tuple[str, str]
"""(English, Finnish)."""

MODELS: dict[str, Bilingual] = {
    "Deck": ("A deck of cards (kind: deck).", "Korttipakka (kind: deck)."),
    "Card": ("One card of a deck.", "Pakan yksi kortti."),
    "Story": (
        "A character's story: scenes with choices (kind: story).",
        "Hahmon tarina: kohtauksia ja valintoja (kind: story).",
    ),
    "Character": ("The character whose story this is.", "Hahmo, jonka tarina tämä on."),
    "Scene": ("One scene of a story.", "Tarinan yksi kohtaus."),
    "Choice": ("A choice at the end of a scene.", "Valinta kohtauksen lopussa."),
    "ThemesFile": (
        "Themes of cards and board spaces (kind: themes).",
        "Korttien ja ruutujen teemat (kind: themes).",
    ),
    "Theme": ("One theme: a colour, an icon and a name.", "Yksi teema: väri, kuvake ja nimi."),
    "Board": ("A board: the path of spaces (kind: board).", "Pelilauta: ruutujen polku (kind: board)."),
    "Space": ("One space of the board.", "Laudan yksi ruutu."),
    "StrengthsFile": (
        "Strengths players can give each other (kind: strengths).",
        "Vahvuudet, joita pelaajat voivat antaa toisilleen (kind: strengths).",
    ),
    "Strength": ("One strength.", "Yksi vahvuus."),
    "ResourcesFile": (
        "Help services shown on the help screen (kind: resources).",
        "Ohjenäkymän tukipalvelut (kind: resources).",
    ),
    "HelpService": (
        "One help service: a phone line, chat or place.",
        "Yksi tukipalvelu: puhelin, chat tai paikka.",
    ),
}

_TEXT = (
    "A text: a plain string (in the file's first language), or one per language such as "
    "`fi: …` and `en: …` on their own lines. In a one-line `{…}` put each text in quotes.",
    "Teksti: pelkkä merkkijono (tiedoston ensimmäisellä kielellä) tai kieli kerrallaan, "
    "esim. `fi: …` ja `en: …` omilla riveillään. Yhden rivin `{…}`-muodossa jokainen teksti lainausmerkkeihin.",
)

FIELDS: dict[str, Bilingual] = {
    "kind": (
        "What the file holds: deck, story, themes, board, strengths or resources.",
        "Mitä tiedosto sisältää: deck, story, themes, board, strengths tai resources.",
    ),
    "languages": (
        "The languages of this file; the first is the language of plain-string texts. Default: [fi].",
        "Tiedoston kielet; ensimmäinen on pelkkien tekstien kieli. Oletus: [fi].",
    ),
    "id": (
        "An id: lowercase letters a–z, digits and single hyphens (ystavat-01); unique across all files.",
        "Tunniste: pienet kirjaimet a–z, numerot ja yksittäiset yhdysviivat (ystavat-01); ainutlaatuinen kaikissa tiedostoissa.",
    ),
    "title": (f"The name shown to players. {_TEXT[0]}", f"Pelaajille näkyvä nimi. {_TEXT[1]}"),
    "theme": (
        "The id of a theme (built-in or from a kind: themes file).",
        "Teeman tunniste (pelin oma tai kind: themes -tiedostosta).",
    ),
    "content_notes": (
        "Ids of sensitive topics (substance-use, self-harm, violence, loss, bullying …): off unless the worker turns them on.",
        "Herkkien aiheiden tunnisteet (substance-use, self-harm, violence, loss, bullying …): pois päältä, ellei ohjaaja ota niitä käyttöön.",
    ),
    "one_to_one": (
        "true: for two players only; not drawn when more than two play.",
        "true: vain kahdelle pelaajalle; ei nosteta, kun pelaajia on enemmän.",
    ),
    "everyone": (
        "true: everyone at the table answers in turn.",
        "true: kaikki pöydän ääressä vastaavat vuorollaan.",
    ),
    "cards": ("The cards of the deck (at least one).", "Pakan kortit (vähintään yksi)."),
    "type": (
        "What kind of card: question, reflection or action.",
        "Kortin tyyppi: question, reflection tai action.",
    ),
    "level": (
        "How deep the card goes: 1 light, 2 middle, 3 deep.",
        "Kortin syvyys: 1 kevyt, 2 keskitaso, 3 syvä.",
    ),
    "text": (f"The text players read. {_TEXT[0]}", f"Pelaajien lukema teksti. {_TEXT[1]}"),
    "follow_up": (
        f"Optional deeper question the worker can reveal. {_TEXT[0]}",
        f"Vapaaehtoinen syventävä kysymys, jonka ohjaaja voi avata. {_TEXT[1]}",
    ),
    "tags": (
        "Words about the card, e.g. closing, session, story for reflection cards.",
        "Sanoja kortista, esim. pohdintakorteille closing, session, story.",
    ),
    "character": (
        "The character: name (required), age, portrait, intro.",
        "Hahmo: name (pakollinen), age, portrait, intro.",
    ),
    "name": ("The name shown to players.", "Pelaajille näkyvä nimi."),
    "age": ("The character's age, 0–120 (optional).", "Hahmon ikä, 0–120 (vapaaehtoinen)."),
    "portrait": (
        "An image file (SVG or PNG) beside this file, in your folder or its assets/portraits/, or built in.",
        "Kuvatiedosto (SVG tai PNG) tämän tiedoston vieressä, kansiossasi tai sen assets/portraits/-kansiossa tai pelin oma.",
    ),
    "intro": (f"A short introduction of the character. {_TEXT[0]}", f"Lyhyt esittely hahmosta. {_TEXT[1]}"),
    "start": ("The id of the scene the story starts from.", "Kohtauksen tunniste, josta tarina alkaa."),
    "scenes": ("The scenes of the story.", "Tarinan kohtaukset."),
    "choices": (
        "Choices that lead to other scenes (none in an ending).",
        "Valinnat, jotka vievät muihin kohtauksiin (loppukohtauksessa ei ole).",
    ),
    "discuss": (
        f"Optional question for the table after the choice. {_TEXT[0]}",
        f"Vapaaehtoinen kysymys pöydälle valinnan jälkeen. {_TEXT[1]}",
    ),
    "ending": (
        f"Makes the scene an ending: the ending's text. {_TEXT[0]}",
        f"Tekee kohtauksesta loppukohtauksen: lopun teksti. {_TEXT[1]}",
    ),
    "once": (
        "true: the scene can happen only once in a play; validate reports any choice that could lead back to it.",
        "true: kohtaus voi tapahtua vain kerran pelissä; validate ilmoittaa valinnoista, jotka voisivat johtaa siihen takaisin.",
    ),
    "next": ("The id of the scene this choice leads to.", "Sen kohtauksen tunniste, johon valinta vie."),
    "themes": ("The themes (at least one).", "Teemat (vähintään yksi)."),
    "colour": (
        'A colour in quotes: "#" and six hex digits, e.g. "#4c9f70".',
        'Väri lainausmerkeissä: "#" ja kuusi heksadesimaalinumeroa, esim. "#4c9f70".',
    ),
    "icon": (
        "An image file beside this file, in your folder or its assets/icons/, or built in.",
        "Kuvatiedosto tämän tiedoston vieressä, kansiossasi tai sen assets/icons/-kansiossa tai pelin oma.",
    ),
    "description": ("A short description (optional).", "Lyhyt kuvaus (vapaaehtoinen)."),
    "spaces": ("The spaces in order, from start to goal.", "Ruudut järjestyksessä lähdöstä maaliin."),
    "strengths": ("The strengths (at least one).", "Vahvuudet (vähintään yksi)."),
    "checked": (
        "When the contacts were last checked: YYYY-MM-DD.",
        "Milloin yhteystiedot on viimeksi tarkistettu: VVVV-KK-PP.",
    ),
    "replace": (
        "true: these services replace the built-in list; otherwise they are added after it.",
        "true: nämä palvelut korvaavat pelin luettelon; muuten ne lisätään sen perään.",
    ),
    "resources": (
        "Help services per language: fi:, en:, … each a list.",
        "Tukipalvelut kielittäin: fi:, en:, … kukin luettelona.",
    ),
    "contact": (
        'A phone number, web address or chat, in quotes if it is only digits ("0440000000").',
        'Puhelinnumero, verkko-osoite tai chat, lainausmerkeissä jos se on pelkkiä numeroita ("0440000000").',
    ),
    "topics": (
        "Content-note ids and theme ids this service helps with: Help lists it first when the table is on that topic.",
        "Sisältövaroitusten ja teemojen tunnisteet, joissa palvelu auttaa: Apua-näkymä näyttää sen ensin, kun pöydässä puhutaan siitä aiheesta.",
    ),
    "hours": (
        "When the service is open, in quotes if it contains a comma inside {…}.",
        "Milloin palvelu on auki, lainausmerkeissä jos siinä on pilkku {…}-merkinnän sisällä.",
    ),
}
"""By field name; where a name means something else in one model, :data:`MODEL_FIELDS` wins."""

MODEL_FIELDS: dict[tuple[str, str], Bilingual] = {
    ("Space", "type"): ("What happens on this space.", "Mitä ruudussa tapahtuu."),
    ("Space", "theme"): (
        "The theme of a theme space (only theme spaces take it).",
        "Teemaruudun teema (vain teemaruuduilla).",
    ),
    ("HelpService", "description"): (
        "What the service offers (optional).",
        "Mitä palvelu tarjoaa (vapaaehtoinen).",
    ),
    ("HelpService", "name"): ("The service's name.", "Palvelun nimi."),
    ("Character", "name"): ("The character's name.", "Hahmon nimi."),
    ("Deck", "theme"): (
        "The id of a theme; a deck without one holds general cards (reflection cards for Reflection spaces and the close).",
        "Teeman tunniste; pakka ilman teemaa sisältää yleisiä kortteja (pohdintaruutujen ja lopetuksen pohdintakortit).",
    ),
}

VALUES: dict[tuple[str, str], dict[object, Bilingual]] = {
    ("Card", "type"): {
        "question": ("A question, answered aloud.", "Kysymys, johon vastataan ääneen."),
        "reflection": ("A reflection about the session so far.", "Pohdinta tähänastisesta pelikerrasta."),
        "action": ("Something to do, e.g. tell or show.", "Jotain tehtävää, esim. kerro tai näytä."),
    },
    ("Card", "level"): {
        1: ("Light: easy to answer for anyone.", "Kevyt: helppo vastata kenelle tahansa."),
        2: ("Middle: asks a little more of oneself.", "Keskitaso: vaatii vähän enemmän itsestä."),
        3: (
            "Deep: personal; only when the worker allows deep cards.",
            "Syvä: henkilökohtainen; vain kun ohjaaja sallii syvät kortit.",
        ),
    },
    ("Space", "type"): {
        "start": ("The first space.", "Ensimmäinen ruutu."),
        "theme": (
            "A card from the decks of the space's theme (needs theme:).",
            "Kortti ruudun teeman pakoista (tarvitsee theme:).",
        ),
        "story": ("The next scene of a character's story.", "Hahmon tarinan seuraava kohtaus."),
        "reflection": (
            "A reflection card about the session so far.",
            "Pohdintakortti tähänastisesta pelikerrasta.",
        ),
        "strengths": (
            "Name a strength you have seen in another player.",
            "Nimeä vahvuus, jonka olet huomannut toisessa pelaajassa.",
        ),
        "free": ("The player picks the theme.", "Pelaaja valitsee teeman."),
        "breather": ("A pause: nothing is asked.", "Hengähdystauko: mitään ei kysytä."),
        "goal": ("The last space: the future.", "Viimeinen ruutu: tulevaisuus."),
    },
}


def bilingual(text: Bilingual) -> str:
    """One description for hover: English, then Finnish."""
    english, finnish = text
    return f"{english}\n\nSuomeksi: {finnish}"
