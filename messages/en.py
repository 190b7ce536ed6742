"""English texts, the same keys and placeholders as `messages.nl`; warm and plain, no guilt."""

from __future__ import annotations

from typing import Final

TEXTS: Final[dict[str, str]] = {
    # -- onboarding ----------------------------------------------------------------------------
    "onboarding.language": (
        "Welcome to Darm-Huid Coach.\nWhich language would you like your messages in?"
    ),
    "onboarding.disclaimer": (
        "A word on what I am and what I am not.\n"
        "I help you with daily habits for your gut flora and your skin: a probiotic, water, "
        "fibre and winding down. I also keep track of how your skin and your gut are doing.\n"
        "I give no medical advice and I do not replace your GP or dermatologist. Never stop a "
        "treatment you were prescribed without talking to your doctor first."
    ),
    "onboarding.age": (
        "Are you 16 or older? Or are you using me as a parent or carer for a child?"
    ),
    "onboarding.age_under": (
        "Thank you for being honest. I am made for people aged 16 and over. Ask a parent or "
        "carer to start together with you. I have kept nothing about you."
    ),
    "onboarding.consent": (
        "Consent for your health data\n"
        "To coach you I keep: your times and time zone, what you do with the reminders (done, "
        "later, skipped), how many glasses of water you tap and, later, your answers about "
        "skin, gut, sleep and stress. That is health data.\n"
        "I only keep your Telegram number, no name. Nobody else sees your answers. You can "
        "stop at any time with /stop.\n"
        "Do you give your consent?"
    ),
    "onboarding.declined": (
        "That is completely fine. Without consent I keep nothing about your health and send "
        "no reminders. I have erased your data. You can still start later with /start."
    ),
    "onboarding.timezone": (
        "Which time zone do you live in? Tap one, or type its name, such as Europe/Berlin."
    ),
    "onboarding.wake": (
        "What time do you usually get up? Tap a time or type it, for example 07:30."
    ),
    "onboarding.bed": (
        "What time do you usually go to sleep? Between bedtime and getting up I send nothing."
    ),
    "onboarding.probiotic": (
        "When would you like a nudge for your probiotic? With breakfast works well for many people."
    ),
    "onboarding.fibre": (
        "When would you like a nudge about fibre? Before dinner is a good moment."
    ),
    "onboarding.done": (
        "All set, your programme starts today. This is your daily rhythm:\n"
        "{schedule}\n"
        "/today shows your list, /settings changes anything and /help shows everything."
    ),
    "onboarding.finish_first": (
        "We are still getting to know each other. Please answer the question below first, "
        "then this will work too."
    ),
    "onboarding.already_answered": "You had already answered that one. Here is where we are:",
    "schedule.line": "{at}  {label}",
    # -- input ---------------------------------------------------------------------------------
    "input.bad_time": (
        "I don't recognise that as a time. Type for example 07:30, 7.30 or 0730, or tap a button."
    ),
    "input.bad_zone": (
        "I don't know that time zone. Type a name such as Europe/Amsterdam, or tap a button."
    ),
    "input.use_buttons": "Please tap one of the buttons below and we'll carry on.",
    "input.unknown": "I didn't quite get that. /help shows what I can do.",
    # -- buttons -------------------------------------------------------------------------------
    "button.default_choice": "{label} (default)",
    "button.understood": "Understood",
    "button.age_adult": "Yes, 16 or older",
    "button.age_parent": "I'm a parent/carer",
    "button.age_under": "No, under 16",
    "button.consent_yes": "Yes, I consent",
    "button.consent_no": "No, rather not",
    "button.done": "✓ Done",
    "button.done_item": "✓ {label}",
    "button.later": "Later",
    "button.skip": "Skip",
    "button.snooze_30": "30 min",
    "button.snooze_60": "1 hour",
    "button.snooze_180": "3 hours",
    "button.back": "Back",
    "button.glass": "💧 +1 glass",
    "button.recorded_done": "✓ {label}: done",
    "button.recorded_skipped": "{label}: skipped",
    "button.recorded_snoozed": "{label}: at {at}",
    "button.set_language": "Language",
    "button.set_timezone": "Time zone",
    "button.set_wake": "Wake-up",
    "button.set_bed": "Bedtime",
    "button.set_probiotic": "Probiotic time",
    "button.set_fibre": "Fibre time",
    "button.set_hydration": "Water per day",
    "button.toggle": "{label}: {state}",
    "button.pause_days": "{days} days",
    "button.pause_day": "1 day",
    "button.cancel": "Never mind",
    # -- reminder kinds ------------------------------------------------------------------------
    "kind.probiotic": "Probiotic",
    "kind.hydration": "Water",
    "kind.fibre": "Fibre",
    "kind.winddown": "Winding down",
    "reminder.single.probiotic": "Time for your probiotic.",
    "reminder.single.hydration": "Time for a glass of water.",
    "reminder.single.fibre": "A nudge for your fibre today.",
    "reminder.single.winddown": "Bedtime is in an hour: time to wind down.",
    "reminder.late": "This one was due at {at}; it comes a little later than planned.",
    "reminder.combined": "A few things for now:",
    "reminder.combined_item": "• {label} ({at})",
    "reminder.tip": "Tip: {tip}",
    # -- answers to buttons --------------------------------------------------------------------
    "answer.done": "Noted: done.",
    "answer.skipped": "Noted: skipped.",
    "answer.done_for_day": "Noted for {date}: done.",
    "answer.skipped_for_day": "Noted for {date}: skipped.",
    "answer.snoozed": "I'll remind you again at {at}.",
    "answer.already_done": "You had already answered this one: done. Nothing changed.",
    "answer.already_skipped": "You had already answered this one: skipped. Nothing changed.",
    "answer.already_snoozed": "This one is already snoozed until {at}. Nothing changed.",
    "answer.cannot_snooze": (
        "This reminder is from {date}; it can't be snoozed any more, but you can tick it off "
        "or skip it."
    ),
    "answer.glass": "Noted: {glasses} glasses of water on {date}.",
    "answer.stale": "This button no longer works. /today shows today's list.",
    "answer.saved": "Saved.",
    # -- settings ------------------------------------------------------------------------------
    "settings.overview": (
        "Your settings\n"
        "Language: {language} · Time zone: {timezone}\n"
        "Wake-up {wake} · Bedtime {bed}\n"
        "Probiotic {probiotic} ({probiotic_state})\n"
        "Water {hydration_count}× a day ({hydration_state})\n"
        "Fibre {fibre} ({fibre_state})\n"
        "Winding down {winddown} ({winddown_state})\n"
        "Tap what you would like to change."
    ),
    "settings.saved": "Saved. Your reminders follow your new choice from now on.",
    "settings.hydration": "How many times a day would you like a nudge to drink water?",
    "settings.language": "Which language would you like your messages in?",
    "state.on": "on",
    "state.off": "off",
    "language.name": "English",
    "language.saved": "From now on I'll talk to you in English.",
    # -- today ---------------------------------------------------------------------------------
    "today.header": "Today, {date}",
    "today.line": "{at}  {label}: {state}",
    "today.empty": "There are no reminders for you today.",
    "today.water": "Water: {glasses} glasses",
    "today.paused": "Your reminders are paused until {until}.",
    "today.stopped": "You get no reminders; /start switches them back on.",
    "status.done": "done",
    "status.skipped": "skipped",
    "status.snoozed": "snoozed until {at}",
    "status.planned": "still to come",
    "status.open": "open",
    "status.missed": "not sent",
    "status.failed": "not delivered",
    # -- pause, stop ---------------------------------------------------------------------------
    "pause.ask": "How long would you like to pause? I'll send nothing, and your data stays.",
    "pause.bad": "Type /pause with a number of days, for example /pause 3 (1 to {max} days).",
    "pause.done": "Paused up to and including {until}. /resume picks up earlier.",
    "resume.done": "Welcome back. Your reminders are running again.",
    "resume.not_paused": "Your reminders are already running, there is nothing to resume.",
    "stop.done": (
        "I won't send you any more messages. Your data is kept; /start switches the reminders "
        "back on."
    ),
    "start.welcome_back": "Good to have you back. Your reminders are running again.",
    # -- groups and errors ---------------------------------------------------------------------
    "group.refuse": (
        "I only work in a private chat, because this is about health data. Feel free to send "
        "me a personal message. I'm leaving this group now."
    ),
    "error.generic": (
        "Sorry, something went wrong on my side. Your data is safe; please try again in a moment."
    ),
    # -- help and menu -------------------------------------------------------------------------
    "help": (
        "This is what I can do for you:\n"
        "{commands}\n"
        "I give no medical advice. If you are unsure about your skin or your treatment, "
        "call your GP."
    ),
    "help.line": "/{command} – {description}",
    "cmd.start": "start, or open your settings",
    "cmd.today": "today's list and your glasses of water",
    "cmd.settings": "times, language and reminders on or off",
    "cmd.pause": "a few days' break, for example /pause 3",
    "cmd.resume": "carry on after a pause",
    "cmd.language": "Dutch or English",
    "cmd.stop": "no more messages (/start picks up again)",
    "cmd.help": "this overview",
    # -- chart (/progress) ---------------------------------------------------------------------
    "chart.title": "Your skin and itch by week",
    "chart.skin": "Skin score (POEM scale, 0–28)",
    "chart.itch": "Itch (weekly mean, 0–10)",
    "chart.adherence": "Done (% of sent)",
    "chart.week": "Week",
    "chart.phase": "Phase {phase}",
    "chart.no_data": "No data yet",
}
