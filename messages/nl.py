"""Nederlandse teksten. Toon: "je", warm en gewoon, hooguit één emoji, nooit schuldgevoel."""

from __future__ import annotations

from typing import Final

TEXTS: Final[dict[str, str]] = {
    # -- kennismaking --------------------------------------------------------------------------
    "onboarding.language": (
        "Welkom bij Darm-Huid Coach.\nIn welke taal wil je je berichten krijgen?"
    ),
    "onboarding.disclaimer": (
        "Even wat ik wel en niet ben.\n"
        "Ik help je met dagelijkse gewoontes voor je darmflora en je huid: een probioticum, "
        "water, vezels en tot rust komen. Ik houd ook bij hoe het met je huid en je buik gaat.\n"
        "Ik geef geen medisch advies en ik vervang je huisarts of dermatoloog niet. Stop nooit "
        "met een behandeling die je voorgeschreven hebt gekregen zonder dat met je arts te "
        "bespreken."
    ),
    "onboarding.age": (
        "Ben je 16 jaar of ouder? Of gebruik je mij als ouder of verzorger voor een kind?"
    ),
    "onboarding.age_under": (
        "Dank je voor je eerlijkheid. Ik ben gemaakt voor mensen van 16 jaar en ouder. "
        "Vraag een ouder of verzorger om samen met je te beginnen. Ik heb niets van je bewaard."
    ),
    "onboarding.consent": (
        "Toestemming voor je gezondheidsgegevens\n"
        "Om je te coachen bewaar ik: je tijden en tijdzone, wat je met de herinneringen doet "
        "(gedaan, later, overgeslagen), hoeveel glazen water je tikt en later je antwoorden "
        "over huid, buik, slaap en stress. Dat zijn gezondheidsgegevens.\n"
        "Ik bewaar alleen je Telegram-nummer, geen naam. Niemand anders ziet je antwoorden. "
        "Je kunt altijd stoppen met /stop.\n"
        "Geef je daar toestemming voor?"
    ),
    "onboarding.declined": (
        "Helemaal goed. Zonder toestemming bewaar ik niets over je gezondheid en stuur ik je "
        "geen herinneringen. Ik heb je gegevens gewist. Met /start kun je later alsnog beginnen."
    ),
    "onboarding.timezone": (
        "In welke tijdzone woon je? Tik er een aan, of typ de naam, zoals Europe/Berlin."
    ),
    "onboarding.wake": ("Hoe laat sta je meestal op? Tik een tijd of typ hem, bijvoorbeeld 07:30."),
    "onboarding.bed": ("Hoe laat ga je meestal slapen? Tussen bedtijd en opstaan stuur ik niets."),
    "onboarding.probiotic": (
        "Wanneer wil je een seintje voor je probioticum? Bij het ontbijt werkt voor veel "
        "mensen goed."
    ),
    "onboarding.fibre": (
        "Wanneer wil je een seintje over vezels? Voor het avondeten is een goed moment."
    ),
    "onboarding.done": (
        "Klaar, je programma begint vandaag. Dit is je dagritme:\n"
        "{schedule}\n"
        "Met /today zie je je lijstje, met /settings pas je alles aan en /help laat alles zien."
    ),
    "onboarding.finish_first": (
        "We zijn nog aan het kennismaken. Beantwoord eerst de vraag hieronder, dan werkt dit ook."
    ),
    "onboarding.already_answered": ("Die vraag had je al beantwoord. Hier gaan we verder:"),
    "schedule.line": "{at}  {label}",
    # -- invoer --------------------------------------------------------------------------------
    "input.bad_time": (
        "Dat herken ik niet als tijd. Typ bijvoorbeeld 07:30, 7.30 of 0730, of tik een knop."
    ),
    "input.bad_zone": (
        "Die tijdzone ken ik niet. Typ een naam zoals Europe/Amsterdam, of tik een knop."
    ),
    "input.use_buttons": "Tik op een van de knoppen hieronder, dan gaan we verder.",
    "input.unknown": "Dat begrijp ik niet helemaal. Met /help zie je wat ik kan.",
    # -- knoppen -------------------------------------------------------------------------------
    "button.default_choice": "{label} (standaard)",
    "button.understood": "Begrepen",
    "button.age_adult": "Ja, 16 of ouder",
    "button.age_parent": "Ik ben ouder/verzorger",
    "button.age_under": "Nee, jonger dan 16",
    "button.consent_yes": "Ja, ik geef toestemming",
    "button.consent_no": "Nee, liever niet",
    "button.done": "✓ Gedaan",
    "button.done_item": "✓ {label}",
    "button.later": "Later",
    "button.skip": "Overslaan",
    "button.snooze_30": "30 min",
    "button.snooze_60": "1 uur",
    "button.snooze_180": "3 uur",
    "button.back": "Terug",
    "button.glass": "💧 +1 glas",
    "button.recorded_done": "✓ {label}: gedaan",
    "button.recorded_skipped": "{label}: overgeslagen",
    "button.recorded_snoozed": "{label}: om {at}",
    "button.set_language": "Taal",
    "button.set_timezone": "Tijdzone",
    "button.set_wake": "Opstaan",
    "button.set_bed": "Bedtijd",
    "button.set_probiotic": "Tijd probioticum",
    "button.set_fibre": "Tijd vezels",
    "button.set_hydration": "Water per dag",
    "button.toggle": "{label}: {state}",
    "button.pause_days": "{days} dagen",
    "button.pause_day": "1 dag",
    "button.cancel": "Toch niet",
    # -- soorten herinneringen ----------------------------------------------------------------
    "kind.probiotic": "Probioticum",
    "kind.hydration": "Water",
    "kind.fibre": "Vezels",
    "kind.winddown": "Tot rust komen",
    "reminder.single.probiotic": "Tijd voor je probioticum.",
    "reminder.single.hydration": "Tijd voor een glas water.",
    "reminder.single.fibre": "Een seintje voor je vezels vandaag.",
    "reminder.single.winddown": "Over een uur is het bedtijd: tijd om tot rust te komen.",
    "reminder.late": "Deze stond voor {at}; hij komt wat later dan gepland.",
    "reminder.combined": "Een paar dingen voor nu:",
    "reminder.combined_item": "• {label} ({at})",
    "reminder.tip": "Tip: {tip}",
    # -- antwoorden op knoppen ---------------------------------------------------------------
    "answer.done": "Genoteerd: gedaan.",
    "answer.skipped": "Genoteerd: overgeslagen.",
    "answer.done_for_day": "Genoteerd voor {date}: gedaan.",
    "answer.skipped_for_day": "Genoteerd voor {date}: overgeslagen.",
    "answer.snoozed": "Ik herinner je er om {at} nog een keer aan.",
    "answer.already_done": "Dit had je al doorgegeven: gedaan. Er is niets veranderd.",
    "answer.already_skipped": "Dit had je al doorgegeven: overgeslagen. Er is niets veranderd.",
    "answer.already_snoozed": "Deze staat al uitgesteld tot {at}. Er is niets veranderd.",
    "answer.cannot_snooze": (
        "Deze herinnering is van {date}; uitstellen kan niet meer, afvinken of overslaan wel."
    ),
    "answer.glass": "Genoteerd: {glasses} glazen water op {date}.",
    "answer.stale": "Deze knop werkt niet meer. Met /today zie je je lijstje van vandaag.",
    "answer.saved": "Opgeslagen.",
    # -- instellingen --------------------------------------------------------------------------
    "settings.overview": (
        "Je instellingen\n"
        "Taal: {language} · Tijdzone: {timezone}\n"
        "Opstaan {wake} · Bedtijd {bed}\n"
        "Probioticum {probiotic} ({probiotic_state})\n"
        "Water {hydration_count}× per dag ({hydration_state})\n"
        "Vezels {fibre} ({fibre_state})\n"
        "Tot rust komen {winddown} ({winddown_state})\n"
        "Tik op wat je wilt veranderen."
    ),
    "settings.saved": "Opgeslagen. Je herinneringen volgen vanaf nu je nieuwe keuze.",
    "settings.hydration": "Hoe vaak per dag wil je een seintje om water te drinken?",
    "settings.language": "In welke taal wil je je berichten krijgen?",
    "state.on": "aan",
    "state.off": "uit",
    "language.name": "Nederlands",
    "language.saved": "Vanaf nu praat ik Nederlands met je.",
    # -- vandaag -------------------------------------------------------------------------------
    "today.header": "Vandaag, {date}",
    "today.line": "{at}  {label}: {state}",
    "today.empty": "Vandaag staan er geen herinneringen voor je klaar.",
    "today.water": "Water: {glasses} glazen",
    "today.paused": "Je herinneringen staan op pauze tot {until}.",
    "today.stopped": "Je krijgt geen herinneringen; met /start zet je ze weer aan.",
    "status.done": "gedaan",
    "status.skipped": "overgeslagen",
    "status.snoozed": "uitgesteld tot {at}",
    "status.planned": "komt nog",
    "status.open": "open",
    "status.missed": "niet verstuurd",
    "status.failed": "niet bezorgd",
    # -- pauze, stoppen ------------------------------------------------------------------------
    "pause.ask": "Hoe lang wil je pauzeren? Ik stuur dan niets, en je gegevens blijven bewaard.",
    "pause.bad": "Typ /pause met een aantal dagen, bijvoorbeeld /pause 3 (1 tot {max} dagen).",
    "pause.done": "Gepauzeerd tot en met {until}. Met /resume ga je eerder verder.",
    "resume.done": "Welkom terug. Je herinneringen lopen weer.",
    "resume.not_paused": "Je herinneringen lopen al, er is niets te hervatten.",
    "stop.done": (
        "Ik stuur je geen berichten meer. Je gegevens blijven bewaard; met /start zet je de "
        "herinneringen weer aan."
    ),
    "start.welcome_back": "Fijn dat je er weer bent. Je herinneringen lopen weer.",
    # -- groepen en fouten ---------------------------------------------------------------------
    "group.refuse": (
        "Ik werk alleen in een privégesprek, omdat het om gezondheidsgegevens gaat. "
        "Stuur me gerust een persoonlijk bericht. Ik verlaat deze groep nu."
    ),
    "error.generic": (
        "Sorry, daar ging iets mis aan mijn kant. Je gegevens zijn veilig; probeer het zo nog eens."
    ),
    # -- hulp en menu --------------------------------------------------------------------------
    "help": (
        "Dit kan ik voor je doen:\n"
        "{commands}\n"
        "Ik geef geen medisch advies. Twijfel je over je huid of je behandeling, bel dan je "
        "huisarts."
    ),
    "help.line": "/{command} – {description}",
    "cmd.start": "beginnen, of je instellingen openen",
    "cmd.today": "je lijstje van vandaag en je glazen water",
    "cmd.settings": "tijden, taal en herinneringen aan of uit",
    "cmd.pause": "een paar dagen pauze, bijvoorbeeld /pause 3",
    "cmd.resume": "na een pauze weer verder",
    "cmd.language": "Nederlands of Engels",
    "cmd.stop": "geen berichten meer (met /start ga je verder)",
    "cmd.help": "dit overzicht",
    # -- grafiek (/progress) -------------------------------------------------------------------
    "chart.title": "Je huid en jeuk per week",
    "chart.skin": "Huidscore (POEM-schaal, 0–28)",
    "chart.itch": "Jeuk (weekgemiddelde, 0–10)",
    "chart.adherence": "Gedaan (% van verstuurd)",
    "chart.week": "Week",
    "chart.phase": "Fase {phase}",
    "chart.no_data": "Nog geen gegevens",
}
