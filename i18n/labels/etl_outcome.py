"""What an import says about each file, on the command line (etl.outcome.describe)."""

LABELS = {
    "outcome.status.ok": ("นำเข้าแล้ว", "loaded"),
    "outcome.status.skipped": ("ข้ามไป", "skipped"),
    "outcome.status.refused": ("ไม่รับ", "REFUSED"),
    "outcome.recognised": (" — รู้จักเป็น {what}", " — recognised as {what}"),
    "outcome.tab": (" (แท็บ '{sheet}')", " (tab '{sheet}')"),
    "outcome.counts": (
        "อ่าน {read} แถว ใหม่ {new} ซ้ำ {duplicate} กักไว้ {quarantined}",
        "read {read}, new {new}, duplicate {duplicate}, quarantined {quarantined}",
    ),
    "outcome.months": ("เดือน {span} ({n} เดือน) {what}", "months {span} ({n}) {what}"),
}
