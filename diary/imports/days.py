"""What the day-by-day trackers (Bearable, Flaredown) share: a check-in gathered from
many cells of one day, scores on other scales brought to Overlap's 0 to 10, and times of
day for the doses they note without a clock time."""

import datetime
from typing import Any

from diary.imports.entries import join_notes, text

# Check-in scores Overlap keeps, by the words other apps use for them.
SCORES = {
    "fatigue": "fatigue",
    "tiredness": "fatigue",
    "low energy": "fatigue",
    "joint pain": "joint_pain",
    "joint stiffness": "joint_pain",
    "joint swelling": "joint_pain",
    "stress": "stress",
    "anxiety": "stress",
}
TIMES_OF_DAY = {"am": 8, "morning": 8, "mid": 13, "afternoon": 14, "pm": 18, "evening": 20}
DEFAULT_HOUR = 12


def scaled(value: float, top: int) -> int:
    """A score out of `top` as Overlap's 0 to 10."""
    return max(0, min(10, round(value * 10 / top)))


class Day:
    """One day's check-in, gathered cell by cell."""

    def __init__(self, day: datetime.date, row: int) -> None:
        self.day = day
        self.row = row
        self.values: dict[str, Any] = {}
        self.triggers: list[str] = []
        self.notes: list[str] = []

    def score(self, name: str, value: int) -> None:
        # Two ratings of one score on a day: the worse one counts.
        self.values[name] = max(value, self.values.get(name) or 0)

    def note(self, line: str) -> None:
        if line and line not in self.notes:
            self.notes.append(line)

    def is_empty(self) -> bool:
        return not (self.values or self.triggers or self.notes)

    def entry(self) -> dict[str, Any]:
        return {
            "day": self.day.isoformat(),
            "sleep_hours": self.values.get("sleep_hours"),
            "stress": self.values.get("stress"),
            "water_glasses": self.values.get("water_glasses"),
            "gluten": self.values.get("gluten"),
            "menstruation": self.values.get("menstruation"),
            "fatigue": self.values.get("fatigue"),
            "joint_pain": self.values.get("joint_pain"),
            "triggers": list(dict.fromkeys(self.triggers)),
            "notes": text(join_notes(*self.notes)),
        }


def dose_moment(day: datetime.date, time_of_day: str, tz: datetime.tzinfo) -> datetime.datetime:
    hour = TIMES_OF_DAY.get(time_of_day.strip().casefold(), DEFAULT_HOUR)
    return datetime.datetime(day.year, day.month, day.day, hour, tzinfo=tz)
