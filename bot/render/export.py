"""What /export hands a person: a zip of readable CSV files in their language (local dates and
times, but the consent's time in UTC as stored; words instead of codes), the same data as JSON
for machines, and a README that says what each file holds. Only their own data, and nothing
the bot keeps for its own workings.

A pure function of the rows storage hands over (`Store.export`) and the clock passed in.
"""

from __future__ import annotations

import csv
import datetime as dtm
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final
from zoneinfo import ZoneInfo

from bot.programme.checkin import NO_TRIGGERS, QUESTIONS
from bot.programme.instruments import skin_band
from bot.programme.kinds import DECLARED, KINDS, TIME_COLUMNS
from bot.programme.records import DONE, SKIPPED
from bot.programme.times import epoch
from messages import t
from messages.words import weekday_label

# 3: each check-in says whom it is about; 4: corrections, the pack; 5: skin care's columns.
FORMAT: Final = 5
# The participant's own settings and consent, as they chose them; the rest of the row (the
# onboarding step, planning bookkeeping, error counts) is the bot's, not theirs.
SETTINGS: Final[tuple[str, ...]] = (
    "id",
    "language",
    "timezone",
    "wake",
    "bed",
    "probiotic_time",
    "probiotic_name",
    "probiotic_pack",
    "pack_started",
    *(column for column in TIME_COLUMNS if column != "probiotic_time"),
    "hydration_count",
    *(declared.enabled_column for declared in DECLARED),
    "checkin_day",
    "checkin_time",
    "age_group",
    "child_age",
    "status",
    "start_date",
    "consent_version",
    "consent_at",
    "paused_until",
)
ANSWERS: Final[tuple[str, ...]] = tuple(q.key for q in QUESTIONS if q.key != "triggers")
FILES: Final[tuple[str, ...]] = (
    "settings.csv",
    "reminders.csv",
    "reminder_weeks.csv",
    "checkins.csv",
    "itch.csv",
    "triggers.csv",
    "water.csv",
    "corrections.csv",
    "treatments.csv",
    "treatment_days.csv",
    "data.json",
)


def export_archive(data: dict[str, Any], now: dtm.datetime) -> bytes:
    """The zip, from `Store.export`'s rows of one participant."""
    participant = data["participant"]
    language, zone = participant["language"], ZoneInfo(participant["timezone"])

    def local(instant: dtm.datetime | None) -> str:
        if instant is None:
            return ""
        return instant.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    def label(key: str) -> str:
        return t(language, f"export.col.{key}")

    reminders = [
        {
            "date": r["local_date"],
            "time": local(r["due_at"])[11:],
            "reminder": t(language, f"kind.{r['kind']}") if r["kind"] in KINDS else r["kind"],
            "status": _status(language, r["status"], r["answer"]),
            "answered_at": local(r["answered_at"]),
            "snoozes": r["snoozes"],
        }
        for r in data["reminders"]
        if r["kind"] in KINDS
    ]
    # Reminders older than HISTORY_DAYS, compacted into weekly counts (jobs/compaction.py);
    # as in reminders.csv, the habits' (the others, a check-in's say, are in data.json).
    reminder_weeks = [
        {
            "week_start": w["week_start"],
            "reminder": t(language, f"kind.{w['kind']}"),
            **{key: w[key] for key in ("sent", "done", "skipped", "snoozed", "itch_done")},
        }
        for w in data.get("reminder_weeks", [])
        if w["kind"] in KINDS
    ]
    checkins = [
        {
            "date": c["local_date"],
            "about": t(language, f"export.about_{c['about']}"),
            "status": t(language, f"export.checkin.{c['status']}"),
            "completed_at": local(c["completed_at"]),
            **{key: "" if c[key] is None else c[key] for key in ANSWERS},
            "triggers": ", ".join(_trigger(language, name) for name in c["triggers"]),
            "skin_score": "" if c["skin_score"] is None else c["skin_score"],
            "band": ""
            if c["skin_score"] is None
            else t(language, f"band.{skin_band(c['skin_score'])}"),
        }
        for c in data["checkins"]
    ]
    itch = [
        {
            "date": i["local_date"],
            "about": t(language, f"export.about_{i['about']}"),
            "score": i["score"],
        }
        for i in data["itch"]
    ]
    water = [{"date": w["local_date"], "glasses": w["glasses"]} for w in data["water"]]
    triggers = [
        {
            "date": d["local_date"],
            "about": t(language, f"export.about_{d['about']}"),
            "trigger": t(language, f"trigger.{d['trigger']}"),
            "noted_at": local(d["noted_at"]),
        }
        for d in data["triggers"]
    ]
    corrections = [
        {
            "date": k["local_date"],
            "what": _what(language, k["what"]),
            "old": _answer(language, k["old"]),
            "new": _answer(language, k["new"]),
            "changed_at": local(k["changed_at"]),
        }
        for k in data["corrections"]
    ]
    treatments = [
        {
            "name": x["name"],
            "purpose": t(language, f"treatment.purpose.{x['purpose']}") if x["purpose"] else "",
            "since": x["since"],
            "stopped": x["stopped"] or "",
            "about": t(language, f"export.about_{x['about']}"),
            "daily": t(language, "state.on" if x["daily"] else "state.off"),
        }
        for x in data["treatments"]
    ]
    treatment_days = [
        {"date": u["local_date"], "name": u["name"], "noted_at": local(u["noted_at"])}
        for u in data["treatment_uses"]
    ]
    settings = [
        {"setting": label(key), "value": _setting_value(participant, key, local)}
        for key in SETTINGS
    ]
    document = {
        "format": FORMAT,
        "exported_at": now.astimezone(zone).isoformat(timespec="seconds"),
        "time_zone": participant["timezone"],
        "settings": {key: _json_setting(key, participant[key]) for key in SETTINGS},
        "reminders": [
            {
                **{k: r[k] for k in ("local_date", "kind", "status", "answer", "snoozes")},
                "due": local(r["due_at"]),
                "answered": local(r["answered_at"]),
            }
            for r in data["reminders"]
        ],
        "reminder_weeks": [
            {
                key: w[key]
                for key in ("week_start", "kind", "sent", "done", "skipped", "snoozed", "itch_done")
            }
            for w in data.get("reminder_weeks", [])
        ],
        "checkins": [
            {
                **{k: c[k] for k in ("local_date", "about", "status", "skin_score", *ANSWERS)},
                "triggers": list(c["triggers"]),
                "completed": local(c["completed_at"]),
            }
            for c in data["checkins"]
        ],
        "itch": itch,
        "triggers": [
            {"date": d["local_date"], "trigger": d["trigger"], "about": d["about"]}
            for d in data["triggers"]
        ],
        "water": water,
        "corrections": [
            {
                **{key: k[key] for key in ("what", "local_date", "old", "new")},
                "changed": local(k["changed_at"]),
            }
            for k in data["corrections"]
        ],
        "treatments": [
            {key: x[key] for key in ("name", "purpose", "since", "stopped", "about")}
            | {"daily": bool(x["daily"])}
            for x in data["treatments"]
        ],
        "treatment_days": [
            {"date": u["local_date"], "name": u["name"], "noted": local(u["noted_at"])}
            for u in data["treatment_uses"]
        ],
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(t(language, "export.readme_name"), _readme(language, now, zone))
        archive.writestr("settings.csv", _csv(settings, label))
        archive.writestr("reminders.csv", _csv(reminders, label))
        archive.writestr("reminder_weeks.csv", _csv(reminder_weeks, label))
        archive.writestr("checkins.csv", _csv(checkins, label))
        archive.writestr("itch.csv", _csv(itch, label))
        archive.writestr("triggers.csv", _csv(triggers, label))
        archive.writestr("water.csv", _csv(water, label))
        archive.writestr("corrections.csv", _csv(corrections, label))
        archive.writestr("treatments.csv", _csv(treatments, label))
        archive.writestr("treatment_days.csv", _csv(treatment_days, label))
        archive.writestr(
            "data.json", json.dumps(document, ensure_ascii=False, indent=2, default=_iso_date)
        )
    return buffer.getvalue()


def _what(language: str, what: str) -> str:
    """What a correction changed: the itch, or a reminder ("reminder:probiotic")."""
    kind = what.removeprefix("reminder:")
    if kind in KINDS:
        return t(language, f"kind.{kind}")
    if what.startswith("checkin:"):  # "checkin:poem1": the column's own name
        return t(language, f"export.col.{what.removeprefix('checkin:')}")
    return t(language, f"export.what.{what}")


def _answer(language: str, value: str | None) -> str:
    """A corrected answer in words: a score as it is, a reminder's answer by its name."""
    if value is None:
        return t(language, "export.undone")
    return t(language, f"status.{value}") if value in (DONE, SKIPPED) else value


def _json_setting(key: str, value: object) -> object:
    """A setting in data.json as it has always read there: the consent's moment as ISO text,
    the pause's end in whole seconds since 1970 (data.json's format; a day is `_iso_date`)."""
    if isinstance(value, dtm.datetime):
        return value.isoformat() if key == "consent_at" else epoch(value)
    return value


def _iso_date(value: object) -> str:
    """A day in data.json, as it is written everywhere in it: "2026-11-23"."""
    if isinstance(value, dtm.date) and not isinstance(value, dtm.datetime):
        return value.isoformat()
    raise TypeError(f"not for data.json: {value!r}")


def _trigger(language: str, name: str) -> str:
    """A ticked trigger in words; "none" is the answer "nothing noticed"."""
    return t(language, "export.triggers_none" if name == NO_TRIGGERS else f"trigger.{name}")


def _status(language: str, status: str, answer: str | None) -> str:
    if answer in (DONE, SKIPPED):
        return t(language, f"status.{answer}")
    return t(language, "status.open") if status == "sent" else t(language, f"export.{status}")


def _setting_value(
    participant: dict[str, Any], key: str, local: Callable[[dtm.datetime | None], str]
) -> str:
    value = participant[key]
    language = participant["language"]
    if value is None:
        return ""
    if key.endswith("_on"):
        return t(language, "state.on" if value else "state.off")
    if key == "checkin_day":
        return weekday_label(language, int(value))
    if key == "paused_until":
        return local(value)
    if isinstance(value, dtm.datetime):  # the consent's moment, in UTC as stored
        return value.isoformat()
    if key == "language":
        return t(str(value), "language.name")
    if key == "child_age":
        return t(language, f"button.child_age_{value}")
    return str(value)


def _csv(rows: Sequence[dict[str, Any]], label: Callable[[str], str]) -> str:
    """A CSV a spreadsheet opens as it is: a BOM for UTF-8, a header in the person's words."""
    out = io.StringIO()
    out.write("\ufeff")
    columns: Iterable[str] = rows[0].keys() if rows else ()
    writer = csv.writer(out)
    writer.writerow([label(c) for c in columns])
    for row in rows:
        writer.writerow(list(row.values()))
    return out.getvalue()


def _readme(language: str, now: dtm.datetime, zone: ZoneInfo) -> str:
    made = now.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    lines = [t(language, "export.readme", made=made, zone=zone.key), ""]
    lines += [f"{name}: {t(language, f'export.file.{name}')}" for name in FILES]
    return "\n".join(lines) + "\n"
