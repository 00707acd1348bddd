"""The office's clock: every stored and shown time is Asia/Bangkok local time, whatever the server's zone.

Servers often run in UTC; a load stamped with the server's local time would show 7 hours off on every
page (refresh log, freshness, quarantine, audit). Times are stored naive, meaning Bangkok local time.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BANGKOK = ZoneInfo("Asia/Bangkok")


def bangkok_now() -> datetime:
    return datetime.now(BANGKOK).replace(tzinfo=None)
