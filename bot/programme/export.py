"""What /export hands a person: a zip of readable CSV files in their language (local dates and
times, words instead of codes), the same data as JSON for machines, and a README that says
what each file holds. Only their own data, and nothing the bot keeps for its own workings.

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
from bot.programme.records import DONE, SKIPPED
from bot.programme.schedule import KINDS
from messages import t
from messages.words import weekday_label

FORMAT: Final = 3  # 3: each check-in says whom it is about
# The participant's own settings and consent, as they chose them; the rest of the row (the
# onboarding step, planning bookkeeping, error counts) is the bot's, not theirs.
SETTINGS: Final[tuple[str, ...]] = (
    "id",
    "language",
    "timezone",
    "wake",
    "bed",
    "probiotic_time",
    "fibre_time",
    "hydration_count",
    *(f"{kind}_on" for kind in KINDS),
    "checkin_day",
    "checkin_time",
    "age_group",
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
    "checkins.csv",
    "itch.csv",
    "triggers.csv",
    "water.csv",
    "data.json",
)


def export_archive(data: dict[str, Any], now: dtm.datetime) -> bytes:
    """The zip, from `Store.export`'s rows of one participant."""
    participant = data["participant"]
    language, zone = participant["language"], ZoneInfo(participant["timezone"])

    def local(epoch: int | None) -> str:
        if epoch is None:
            return ""
        return dtm.datetime.fromtimestamp(epoch, zone).strftime("%Y-%m-%d %H:%M")

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
    checkins = [
        {
            "date": c["local_date"],
            "about": t(language, f"export.about_{c['about']}"),
            "status": t(language, f"export.checkin.{c['status']}"),
            "completed_at": local(c["completed_at"]),
            **{key: "" if c[key] is None else c[key] for key in ANSWERS},
            "triggers": ", ".join(
                _trigger(language, name) for name in c["triggers"].split(",") if name
            ),
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
    settings = [
        {"setting": label(key), "value": _setting_value(participant, key, local)}
        for key in SETTINGS
    ]
    document = {
        "format": FORMAT,
        "exported_at": now.astimezone(zone).isoformat(timespec="seconds"),
        "time_zone": participant["timezone"],
        "settings": {key: participant[key] for key in SETTINGS},
        "reminders": [
            {
                **{k: r[k] for k in ("local_date", "kind", "status", "answer", "snoozes")},
                "due": local(r["due_at"]),
                "answered": local(r["answered_at"]),
            }
            for r in data["reminders"]
        ],
        "checkins": [
            {
                **{k: c[k] for k in ("local_date", "about", "status", "skin_score", *ANSWERS)},
                "triggers": [name for name in c["triggers"].split(",") if name],
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
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(t(language, "export.readme_name"), _readme(language, now, zone))
        archive.writestr("settings.csv", _csv(settings, label))
        archive.writestr("reminders.csv", _csv(reminders, label))
        archive.writestr("checkins.csv", _csv(checkins, label))
        archive.writestr("itch.csv", _csv(itch, label))
        archive.writestr("triggers.csv", _csv(triggers, label))
        archive.writestr("water.csv", _csv(water, label))
        archive.writestr("data.json", json.dumps(document, ensure_ascii=False, indent=2))
    return buffer.getvalue()


def _trigger(language: str, name: str) -> str:
    """A ticked trigger in words; "none" is the answer "nothing noticed"."""
    return t(language, "export.triggers_none" if name == NO_TRIGGERS else f"trigger.{name}")


def _status(language: str, status: str, answer: str | None) -> str:
    if answer in (DONE, SKIPPED):
        return t(language, f"status.{answer}")
    return t(language, "status.open") if status == "sent" else t(language, f"export.{status}")


def _setting_value(
    participant: dict[str, Any], key: str, local: Callable[[int | None], str]
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
        return local(int(value))
    if key == "language":
        return t(str(value), "language.name")
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
