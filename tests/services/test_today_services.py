"""Today's queries, the suggestion, help lines per region, dates and settings."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from resilience_desktop.core.errors import ValidationError
from resilience_desktop.services import dates, settings
from resilience_desktop.services import help_resources as hr
from resilience_desktop.services.exercise import sessions as ex
from resilience_desktop.services.exercise.stats import SessionFact
from resilience_desktop.services.journal import entries as journal
from resilience_desktop.services.journal import followups
from resilience_desktop.services.people import contacts, records as people
from resilience_desktop.services.people import status as people_status
from resilience_desktop.services.today import checkin, suggestion
from resilience_desktop.services.today.snapshot import load_today

TODAY = date(2026, 6, 17)


@pytest.fixture(autouse=True)
def fixed_today(wall_clock, monkeypatch):
    wall_clock.set(TODAY)


def test_help_lines_per_region_follow_the_brief():
    lines = {r.key: " ".join(f"{l.name} {l.how}" for l in r.lines) for r in hr.REGIONS}
    assert "988" in lines["us"] and "HOME to 741741" in lines["us"]
    assert "116 123" in lines["uk"] and "SHOUT to 85258" in lines["uk"]
    assert "116 123" in lines["ie"] and "50808" in lines["ie"]
    assert "9-8-8" in lines["ca"] and "Call or text 988" in lines["ca"]
    assert "1-800-668-6868" in lines["ca"] and "CONNECT to 686868" in lines["ca"]
    assert "13 11 14" in lines["au"] and "0477 13 11 14" in lines["au"]
    assert "1737" in lines["nz"]
    assert "0800 111 0 111" in lines["de"] and "0800 111 0 222" in lines["de"]
    assert "3114" in lines["fr"]
    assert "Tele-MANAS" in lines["in"] and "14416" in lines["in"]
    assert "findahelpline.com" in lines["other"]
    assert hr.known_region("uk_ie") == "uk"  # a choice saved by an earlier version
    assert hr.known_region("atlantis") == hr.DEFAULT_REGION


def test_check_in_saves_and_updates_one_entry(db):
    entry_id = checkin.save_check_in(2, 3, ["hopeful"])
    entry = journal.get_entry(entry_id)
    assert (entry.title, entry.pleasantness, entry.energy, entry.emotions) == (
        checkin.CHECK_IN_TITLE, 2, 3, ["hopeful"])
    journal.save_entry(journal.EntryInput(entry_date=TODAY, body="More to say.",
                                          title="Mood check-in", pleasantness=2, energy=3),
                       entry_id)
    assert checkin.save_check_in(-1, 0, [], entry_id) == entry_id
    assert journal.get_entry(entry_id).body == "More to say."  # kept
    assert [(m.day, m.pleasantness) for m in checkin.mood_days(TODAY)] == [(TODAY, -1.0)]


def test_suggestion_comes_from_what_lifted_the_persons_mood():
    facts = [SessionFact(TODAY - timedelta(days=d), 30, 3.5, False, "Walking", 0, 2)
             for d in range(1, 4)]
    facts += [SessionFact(TODAY - timedelta(days=d), 30, 7.0, False, "Running", 1, 1)
              for d in range(1, 5)]
    chosen = suggestion._activity_candidate(facts)
    assert chosen.title == "Walking"
    # says what was counted: the 3 mood-rated Walking sessions of the last 180 days
    assert chosen.why == ("Your mood rose by 2.0 on average across the 3 sessions of it in the "
                          "last 180 days where you rated your mood before and after.")
    assert suggestion._activity_candidate(facts[3:]) is None  # no rise: no claim


def test_suggestion_without_data_is_general_and_says_so(db):
    chosen = suggestion.suggest(TODAY, [], [])
    assert chosen in suggestion.GENERAL
    assert {s.title for s in suggestion.GENERAL} == {"A ten-minute walk",
                                                     "Three minutes of box breathing"}


def test_suggestion_from_calm_practice_that_lowered_stress(db):
    from resilience_desktop.services.calm import sessions as calm

    for day in range(1, 4):
        when = datetime(2026, 6, day, 8, 0)
        session = calm.log_practice(calm.PracticeInput(
            kind="breathing", name="Box", started_at=when, actual_seconds=180, stress_before=7))
        calm.set_stress_after(session, 4)
    chosen = suggestion._calm_candidate(TODAY)
    assert chosen.tab == "Calm" and "Box" in chosen.title
    assert "stress fell by 3.0 points" in chosen.why


def test_snapshot_batches_the_day(db):
    ana = people.add_person(people.PersonInput(name="Ana", relationship="family"),
                            today=TODAY - timedelta(days=30))
    people.add_person(people.PersonInput(name="Bo", relationship="friend"),
                      today=TODAY - timedelta(days=3))
    jog = next(a.id for a in ex.list_activities() if a.name == "Jogging")
    ex.add_session(ex.SessionInput(datetime(2026, 6, 16, 8), jog, 20))
    ex.add_session(ex.SessionInput(datetime(2026, 6, 14, 8), jog, 20))  # last week (Sunday)
    snapshot = load_today(TODAY)
    assert [s.person_id for s in snapshot.people_due] == [ana]
    assert snapshot.week.guideline_minutes == 40
    contacts.log_contact(contacts.ContactInput(day=TODAY, person_ids=[ana]), today=TODAY)
    assert load_today(TODAY).people_due == []


def test_heading_is_computed_from_the_day_shown(db):
    journal.save_entry(journal.EntryInput(entry_date=TODAY - timedelta(days=3), body="x",
                                          kind="hard_time"))
    card = followups.due_follow_ups(TODAY)[0]
    assert card.heading_on(TODAY) == "Looking back: a hard time 3 days ago"
    assert card.heading_on(TODAY + timedelta(days=6)) == "Looking back: a hard time 9 days ago"
    followups.put_off(card, TODAY)
    assert followups.due_follow_ups(TODAY, include_put_off=False) == []
    assert followups.due_follow_ups(TODAY) != []


@pytest.mark.parametrize("style, text", [("weekday", "Tue 1 Dec 2026"), ("day_month", "1 Dec 2026"),
                                         ("iso", "2026-12-01"), ("dmy", "01/12/2026"),
                                         ("mdy", "12/01/2026")])
def test_one_date_formatter(style, text):
    assert dates.format_day(date(2026, 12, 1), style) == text


def test_settings_are_checked_and_persisted(db):
    written = settings.save_settings({settings.THEME: "dark", settings.DATE_FORMAT: "iso",
                                      settings.CADENCES: {"family": 10},
                                      settings.DAILY_REMINDER: "8:05"})
    assert set(written) == {settings.THEME, settings.DATE_FORMAT, settings.CADENCES,
                            settings.DAILY_REMINDER}
    loaded = settings.load_settings()
    assert (loaded[settings.THEME], loaded[settings.DAILY_REMINDER]) == ("dark", "08:05")
    assert dates.format_day(date(2026, 12, 1)) == "2026-12-01"
    assert people.default_cadence("family") == 10
    for bad in ({settings.THEME: "neon"}, {settings.DAILY_REMINDER: "25:00"},
                {settings.CADENCES: {"family": 0}}):
        with pytest.raises(ValidationError):
            settings.save_settings(bad)
    # Back to the default, stored too: a later test with no journal of its own reads the
    # preference from this one's file (the summary PDF's period came out in ISO dates).
    settings.save_settings({settings.DATE_FORMAT: dates.DEFAULT_DATE_FORMAT})
    dates.set_date_format(None)


def test_settings_region_constants_match_the_help_lines():
    assert settings.REGION == hr.REGION_PREFERENCE
    # no stored choice: the region comes from the system locale, never a fixed country
    assert settings.DEFAULTS[settings.REGION] == ""
    assert hr.known_region(settings.DEFAULTS[settings.REGION]) == hr.system_region()
