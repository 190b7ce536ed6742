"""The database schema as numbered migrations, each applied once in its own transaction."""

from __future__ import annotations

import datetime as dtm
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlite_utils import Database, Migrations

migrations = Migrations("darm_huid_coach")


@migrations(name="0001_participants_and_occurrences")
def m0001(db: Database) -> None:
    # Only the Telegram user id identifies a person: no names, no usernames (data minimisation).
    db.execute(
        """
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            language TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'onboarding',
            step TEXT NOT NULL DEFAULT 'language',
            awaiting TEXT,
            age_group TEXT,
            consent_version TEXT,
            consent_at TEXT,
            timezone TEXT NOT NULL,
            wake TEXT NOT NULL DEFAULT '07:00',
            bed TEXT NOT NULL DEFAULT '23:00',
            probiotic_time TEXT NOT NULL DEFAULT '08:00',
            fibre_time TEXT NOT NULL DEFAULT '17:30',
            hydration_count INTEGER NOT NULL DEFAULT 4,
            probiotic_on INTEGER NOT NULL DEFAULT 1,
            hydration_on INTEGER NOT NULL DEFAULT 1,
            fibre_on INTEGER NOT NULL DEFAULT 1,
            winddown_on INTEGER NOT NULL DEFAULT 1,
            start_date TEXT,
            paused_until INTEGER,
            planned_through TEXT,
            next_plan_at INTEGER,
            created_at INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_participants_plan ON participants(status, next_plan_at)")
    db.execute(
        """
        CREATE TABLE occurrences (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            slot INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            due_at INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'planned',
            answer TEXT,
            answered_at INTEGER,
            snoozes INTEGER NOT NULL DEFAULT 0,
            tip_key TEXT,
            message_id INTEGER,
            sent_at INTEGER,
            UNIQUE (participant_id, kind, slot, local_date)
        )
        """
    )
    # "What is due now" is one range scan at any scale.
    db.execute("CREATE INDEX idx_occurrences_due ON occurrences(status, due_at)")
    db.execute(
        """
        CREATE TABLE water (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            local_date TEXT NOT NULL,
            glasses INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (participant_id, local_date)
        )
        """
    )


@migrations(name="0002_checkins_and_itch")
def m0002(db: Database) -> None:
    # Weekday as Python counts it (0 = Monday); Sunday 19:00 is the programme's default.
    db.execute("ALTER TABLE participants ADD COLUMN checkin_day INTEGER NOT NULL DEFAULT 6")
    db.execute("ALTER TABLE participants ADD COLUMN checkin_time TEXT NOT NULL DEFAULT '19:00'")
    db.execute(
        """
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            source TEXT NOT NULL,
            local_date TEXT NOT NULL,
            opened_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            status TEXT NOT NULL DEFAULT 'open',
            step INTEGER NOT NULL DEFAULT 0,
            poem1 INTEGER, poem2 INTEGER, poem3 INTEGER, poem4 INTEGER,
            poem5 INTEGER, poem6 INTEGER, poem7 INTEGER,
            bloating INTEGER, pain INTEGER, stools INTEGER,
            sleep REAL, stress INTEGER,
            triggers TEXT NOT NULL DEFAULT '',
            note TEXT,
            skin_score INTEGER,
            completed_at INTEGER
        )
        """
    )
    db.execute("CREATE INDEX idx_checkins_participant ON checkins(participant_id, status)")
    db.execute(
        """
        CREATE TABLE itch (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            local_date TEXT NOT NULL,
            score INTEGER NOT NULL,
            answered_at INTEGER NOT NULL,
            PRIMARY KEY (participant_id, local_date)
        )
        """
    )


@migrations(name="0003_indexes_for_scale")
def m0003(db: Database) -> None:
    # A person's rows still to send, without walking their history (months of sent rows):
    # claiming, combining and re-planning read only these. Partial, so it stays small.
    db.execute(
        "CREATE INDEX idx_occurrences_planned ON occurrences(participant_id, due_at) "
        "WHERE status = 'planned'"
    )
    # Every dispatcher tick expires open check-ins: without this, a scan of all check-ins ever.
    db.execute(
        "CREATE INDEX idx_checkins_open_expiry ON checkins(expires_at) WHERE status = 'open'"
    )


@migrations(name="0004_due_index_covers_person")
def m0004(db: Database) -> None:
    # "Who has something due" read from the index alone, in due order (id breaks ties), with
    # no visit to each row for its person: the dispatcher asks this every tick.
    db.execute("DROP INDEX idx_occurrences_due")
    db.execute(
        "CREATE INDEX idx_occurrences_due ON occurrences(status, due_at, id, participant_id)"
    )


@migrations(name="0005_claims")
def m0005(db: Database) -> None:
    # A reminder used to be written three times (planned, sending, sent), each write also
    # rewriting its entry in the due index. Now the dispatcher claims a *person* in a small
    # table of its own, and the reminder row is written once, when it was sent.
    db.execute(
        """
        CREATE TABLE claims (
            participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
            due_before INTEGER NOT NULL
        )
        """
    )
    # What a crash left half-sent under the old rule: it may have reached Telegram.
    db.execute("UPDATE occurrences SET status = 'failed' WHERE status = 'sending'")
    # Only planned rows are looked up by due time: partial, the index stays the size of two
    # days' plan instead of holding every reminder ever sent.
    db.execute("DROP INDEX idx_occurrences_due")
    db.execute(
        "CREATE INDEX idx_occurrences_due ON occurrences(due_at, id, participant_id) "
        "WHERE status = 'planned'"
    )


@migrations(name="0006_delivery_outcomes")
def m0006(db: Database) -> None:
    # The reminders of a claimed person whose request may have reached Telegram (ids, comma
    # separated), written before the request leaves: after a crash only these are failed,
    # everything else claimed is planned again.
    db.execute("ALTER TABLE claims ADD COLUMN on_wire TEXT")
    # Why a reminder failed: blocked (403), uncertain (it may have arrived), rejected (400),
    # rate_limited, unreachable, error.
    db.execute("ALTER TABLE occurrences ADD COLUMN fail_reason TEXT")
    # Planning that failed for one person is retried with backoff, never holding up others.
    db.execute("ALTER TABLE participants ADD COLUMN plan_errors INTEGER NOT NULL DEFAULT 0")
    # Logs name a participant by a keyed hash of their id, never the Telegram id itself; the
    # key is this installation's own, made once.
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta (key, value) VALUES ('log_key', lower(hex(randomblob(16))))")


@migrations(name="0007_privacy")
def m0007(db: Database) -> None:
    # Onboarding left halfway is erased after a while (jobs/housekeeping.py): found by this alone.
    db.execute(
        "CREATE INDEX idx_participants_onboarding ON participants(created_at) "
        "WHERE status = 'onboarding'"
    )
    # The ids (never the content) of the bot's messages to a person in the last 48 hours:
    # Telegram lets a bot delete its own messages that long, and /delete does.
    db.execute(
        """
        CREATE TABLE sent_messages (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            message_id INTEGER NOT NULL,
            sent_at INTEGER NOT NULL,
            PRIMARY KEY (participant_id, message_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX idx_sent_messages_age ON sent_messages(sent_at)")


@migrations(name="0008_open_question")
def m0008(db: Database) -> None:
    # `awaiting` is the one open question (a setting's field, "checkin", "quiet:..."); this is
    # the message it was asked in, edited in place as the answer comes.
    db.execute("ALTER TABLE participants ADD COLUMN question_message_id INTEGER")
    # Reminder kinds the person chose to keep inside their sleep window, on purpose.
    db.execute("ALTER TABLE participants ADD COLUMN quiet_ok TEXT NOT NULL DEFAULT ''")
    # Settings questions were asked in their own message before: a leftover is just text.
    db.execute("UPDATE participants SET awaiting = NULL")


@migrations(name="0009_for_a_child")
def m0009(db: Database) -> None:
    # Whom a check-in's answers are about: the participant ("self") or, for a parent or carer,
    # their child ("child"). Kept per check-in: answers keep the mode they were given in when
    # a parent switches in /settings.
    db.execute("ALTER TABLE checkins ADD COLUMN about TEXT NOT NULL DEFAULT 'self'")


@migrations(name="0010_itch_about")
def m0010(db: Database) -> None:
    # The evening itch is about the participant or, for a parent, their child, like the
    # check-ins: a verdict never mixes the two.
    db.execute("ALTER TABLE itch ADD COLUMN about TEXT NOT NULL DEFAULT 'self'")


@migrations(name="0011_day_triggers")
def m0011(db: Database) -> None:
    # A suspected trigger noted on the day it happened (/trigger, or the evening message's
    # button), for the pattern finder; about the participant or, for a parent, their child.
    db.execute(
        """
        CREATE TABLE day_triggers (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            local_date TEXT NOT NULL,
            trigger TEXT NOT NULL,
            about TEXT NOT NULL DEFAULT 'self',
            noted_at INTEGER NOT NULL,
            PRIMARY KEY (participant_id, local_date, trigger)
        ) WITHOUT ROWID
        """
    )


@migrations(name="0012_chart_photos")
def m0012(db: Database) -> None:
    # The /progress chart last sent to a person: a hash of what it shows, and Telegram's
    # file_id of the photo, so an unchanged chart is neither drawn nor uploaded again. The
    # picture itself is not kept.
    db.execute(
        """
        CREATE TABLE chart_photos (
            participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
            chart_key TEXT NOT NULL,
            file_id TEXT NOT NULL
        )
        """
    )


@migrations(name="0013_declared_questions")
def m0013(db: Database) -> None:
    # The open question is now written as its kind and what it needs ("setting/wake",
    # "checkin/12", "note/12", ...; bot/storage/participants.py). A question open at this
    # moment keeps its meaning.
    db.execute(
        "UPDATE participants SET awaiting = 'setting/' || awaiting WHERE awaiting IN "
        "('for_whom', 'language', 'timezone', 'wake', 'bed', 'probiotic', 'fibre', "
        "'hydration', 'checkin_day', 'checkin_time')"
    )
    db.execute(
        "UPDATE participants SET awaiting = ("
        "SELECT CASE WHEN c.step = 13 THEN 'note/' ELSE 'checkin/' END || c.id FROM checkins c "
        "WHERE c.participant_id = participants.id AND c.status = 'open' "
        "ORDER BY c.id DESC LIMIT 1) WHERE awaiting = 'checkin'"
    )
    # "quiet:bed:20:30" (a field, then the time as saved) becomes "quiet/bed/2030".
    db.execute(
        "UPDATE participants SET awaiting = 'quiet/' "
        "|| substr(substr(awaiting, 7), 1, instr(substr(awaiting, 7), ':') - 1) || '/' "
        "|| replace(substr(substr(awaiting, 7), instr(substr(awaiting, 7), ':') + 1), ':', '') "
        "WHERE awaiting LIKE 'quiet:%:%'"
    )
    db.execute("UPDATE participants SET awaiting = NULL WHERE step != 'done'")
    # One check-in counts per programme week (and person it is about): of two done in the
    # same week, the later one stands and the earlier is kept as replaced, so a baseline is
    # never two check-ins minutes apart.
    db.execute(
        """
        UPDATE checkins SET status = 'replaced' WHERE status = 'done' AND EXISTS (
            SELECT 1 FROM checkins later JOIN participants p ON p.id = later.participant_id
            WHERE later.participant_id = checkins.participant_id AND later.status = 'done'
            AND later.about = checkins.about AND p.start_date IS NOT NULL
            AND CAST((julianday(later.local_date) - julianday(p.start_date)) / 7 AS INTEGER)
              = CAST((julianday(checkins.local_date) - julianday(p.start_date)) / 7 AS INTEGER)
            AND (later.completed_at > checkins.completed_at
                 OR (later.completed_at = checkins.completed_at AND later.id > checkins.id))
        )
        """
    )


@migrations(name="0014_child_age")
def m0014(db: Database) -> None:
    # A parent's child's age band ("under1", "1to3", "4to11", "12to15"; messages/audience.py),
    # never a birth date: what a baby or a toddler may be sent depends on it. Asked once, so a
    # parent from before is asked at their next change of "for whom", or in /settings.
    db.execute("ALTER TABLE participants ADD COLUMN child_age TEXT")


@migrations(name="0015_zone_before")
def m0015(db: Database) -> None:
    # After a change of time zone, /today shows what was sent before it at the old zone's
    # hours (the hours the person lived), and the rest at the new zone's.
    db.execute("ALTER TABLE participants ADD COLUMN zone_before TEXT")
    db.execute("ALTER TABLE participants ADD COLUMN zone_changed_at INTEGER")


@migrations(name="0016_heard_at")
def m0016(db: Database) -> None:
    # When the person last tapped or wrote, so the bot backs off when ignored; those already
    # here count as heard now, not as silent since they began.
    db.execute("ALTER TABLE participants ADD COLUMN heard_at INTEGER")
    db.execute("ALTER TABLE participants ADD COLUMN rested_at INTEGER")
    db.execute("UPDATE participants SET heard_at = CAST(strftime('%s', 'now') AS INTEGER)")


@migrations(name="0017_corrections")
def m0017(db: Database) -> None:
    # A corrected answer keeps what it replaced: the doctor's page and /export show the final
    # answer, /export also each change (what, for which day, from what to what, when).
    db.execute(
        """
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            what TEXT NOT NULL,
            local_date TEXT NOT NULL,
            old TEXT,
            new TEXT,
            changed_at INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX corrections_by_participant ON corrections (participant_id, id)")


@migrations(name="0018_treatments")
def m0018(db: Database) -> None:
    # What the person (or their child) uses, in their own words (/treatment): the name as
    # typed, what for ("skin", "gut", "other"; NULL while being added), since when and stopped
    # when (local dates), and whether the evening message asks "used it today?" (`daily`);
    # the days it was used, as answered there. Erased with the person.
    db.execute(
        """
        CREATE TABLE treatments (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            purpose TEXT,
            since TEXT NOT NULL,
            stopped TEXT,
            about TEXT NOT NULL DEFAULT 'self',
            daily INTEGER NOT NULL DEFAULT 0,
            added_at INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX treatments_by_participant ON treatments (participant_id, id)")
    db.execute(
        """
        CREATE TABLE treatment_uses (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            treatment_id INTEGER NOT NULL REFERENCES treatments(id) ON DELETE CASCADE,
            local_date TEXT NOT NULL,
            noted_at INTEGER NOT NULL,
            PRIMARY KEY (treatment_id, local_date)
        )
        """
    )
    db.execute(
        "CREATE INDEX treatment_uses_by_participant ON treatment_uses (participant_id, local_date)"
    )


@migrations(name="0019_probiotic_pack")
def m0019(db: Database) -> None:
    # The probiotic's name as typed, and the pack counted down by the "done" taps, so the
    # bot can say once, about five days ahead, that it runs out (bot/programme/stock.py).
    db.execute("ALTER TABLE participants ADD COLUMN probiotic_name TEXT")
    db.execute("ALTER TABLE participants ADD COLUMN probiotic_pack INTEGER")
    db.execute("ALTER TABLE participants ADD COLUMN pack_started TEXT")
    db.execute("ALTER TABLE participants ADD COLUMN stock_told INTEGER NOT NULL DEFAULT 0")


@migrations(name="0021_reminder_weeks")
def m0021(db: Database) -> None:
    # Reminder rows older than HISTORY_DAYS are compacted, nightly, into weekly counts per
    # person and kind (programme weeks, from the start date), and per kind the state the
    # habit score and the streak need at the boundary (bot/programme/habits.py `compact`).
    db.execute(
        """
        CREATE TABLE reminder_weeks (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            week_start TEXT NOT NULL,
            kind TEXT NOT NULL,
            sent INTEGER NOT NULL,
            done INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            snoozed INTEGER NOT NULL,
            itch_done INTEGER NOT NULL,
            PRIMARY KEY (participant_id, week_start, kind)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE reminder_carry (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            boundary TEXT NOT NULL,
            first_day TEXT NOT NULL,
            score REAL,
            streak INTEGER NOT NULL,
            PRIMARY KEY (participant_id, kind)
        ) WITHOUT ROWID
        """
    )
    # Per person, the day before which reminder rows are compacted (none: nothing yet).
    db.execute(
        """
        CREATE TABLE reminder_compacted (
            participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
            before TEXT NOT NULL
        )
        """
    )


def apply(db: Database) -> None:
    migrations.apply(db)


@migrations(name="0020_webhook_inbox")
def m0020(db: Database) -> None:
    # Webhook mode: each update is stored before Telegram hears 200 (bot/storage/inbox.py).
    # The body is set to NULL once handled; the id stays a day, to spot a resend.
    db.execute(
        """
        CREATE TABLE inbox (
            update_id INTEGER PRIMARY KEY,
            body TEXT,
            received_at INTEGER NOT NULL,
            handled_at INTEGER,
            replays INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX idx_inbox_handled ON inbox(handled_at)")


@migrations(name="0022_diary_without_rowid")
def m0022(db: Database) -> None:
    # Itch and water were rowid tables with a (person, day) key: each row was held twice, once
    # in the table and once in the key's own index. Without a rowid the key is the table: about
    # half the bytes (docs/benchmark.md, `year`). Same columns, same order, same rows.
    db.execute(
        """
        CREATE TABLE itch_new (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            local_date TEXT NOT NULL,
            score INTEGER NOT NULL,
            answered_at INTEGER NOT NULL,
            about TEXT NOT NULL DEFAULT 'self',
            PRIMARY KEY (participant_id, local_date)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        "INSERT INTO itch_new (participant_id, local_date, score, answered_at, about) "
        "SELECT participant_id, local_date, score, answered_at, about FROM itch"
    )
    db.execute("DROP TABLE itch")
    db.execute("ALTER TABLE itch_new RENAME TO itch")
    db.execute(
        """
        CREATE TABLE water_new (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            local_date TEXT NOT NULL,
            glasses INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (participant_id, local_date)
        ) WITHOUT ROWID
        """
    )
    db.execute(
        "INSERT INTO water_new (participant_id, local_date, glasses) "
        "SELECT participant_id, local_date, glasses FROM water"
    )
    db.execute("DROP TABLE water")
    db.execute("ALTER TABLE water_new RENAME TO water")
    # Water is not the clinical record: its days older than HISTORY_DAYS are packed, nightly
    # with the reminders (jobs/compaction.py), one row a programme week: the glasses of its
    # seven days as a JSON array, null for a day with none written. Nothing is lost: /export
    # lists every day as before (bot/storage/export.py).
    db.execute(
        """
        CREATE TABLE water_weeks (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            week_start TEXT NOT NULL,
            glasses TEXT NOT NULL,
            PRIMARY KEY (participant_id, week_start)
        ) WITHOUT ROWID
        """
    )


@migrations(name="0023_skincare")
def m0023(db: Database) -> None:
    # Skin care, the fifth reminder kind (bot/programme/kinds.py): off unless the person says
    # yes to its one offer or switches it on in /settings; no time stored means its default.
    db.execute("ALTER TABLE participants ADD COLUMN skincare_on INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE participants ADD COLUMN skincare_time TEXT")


@migrations(name="0024_offers_done")
def m0024(db: Database) -> None:
    # The reminder kinds (bot/programme/kinds.py) a person was offered, or decided about in
    # /settings: each is offered once, and never after a choice of its own.
    db.execute("ALTER TABLE participants ADD COLUMN offers_done TEXT NOT NULL DEFAULT ''")


@migrations(name="0025_night_owls_evening")
def m0025(db: Database) -> None:
    # A chosen time after midnight and before a bedtime after midnight became the evening
    # before's (bot/programme/schedule.py `evening_minutes`). The rows written under the old
    # rule carry their calendar day, which the new rule gives the next night's: the planner
    # would find each day's row taken and a night would pass without its reminder, and a Done
    # on the old rows would be "for" the wrong day. So, for people up past midnight, the rows
    # of a chosen time (and the offers) due between midnight and bedtime on their own calendar
    # day move to the day before, oldest first (each day's place is free when its turn
    # comes), never into a week already compacted; nothing is deleted, a row on the wire at a
    # crash included. Their horizon is reset: the next night's row is planned at once.
    kinds = ("probiotic", "fibre", "skincare", "offer")  # the kinds of a chosen time, then
    marks = ", ".join("?" * len(kinds))
    owls = db.execute("SELECT id, timezone, bed FROM participants WHERE bed < wake").fetchall()
    for pid, zone, bed in owls:
        try:
            here = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            continue  # a zone tzdata dropped: mended at start-up; its rows keep their day
        (compacted,) = db.execute(
            "SELECT max(week_start) FROM reminder_weeks WHERE participant_id = ?", [pid]
        ).fetchone()
        floor = dtm.date.min
        if compacted is not None:
            floor = dtm.date.fromisoformat(compacted) + dtm.timedelta(days=7)
        rows = db.execute(
            f"SELECT id, local_date, due_at FROM occurrences WHERE participant_id = ? "
            f"AND kind IN ({marks}) ORDER BY local_date, due_at",
            [pid, *kinds],
        ).fetchall()
        for row_id, label, due in rows:
            local = dtm.datetime.fromtimestamp(due, here)
            day = dtm.date.fromisoformat(label)
            before = day - dtm.timedelta(days=1)
            if local.date() != day or local.strftime("%H:%M") >= bed or before < floor:
                continue
            db.execute(
                "UPDATE OR IGNORE occurrences SET local_date = ? WHERE id = ?",
                [before.isoformat(), row_id],
            )
        db.execute(
            "UPDATE participants SET planned_through = NULL, next_plan_at = 0 "
            "WHERE id = ? AND planned_through IS NOT NULL",
            [pid],
        )
