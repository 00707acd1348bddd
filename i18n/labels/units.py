"""Labels for how a unit is named (i18n/units.py)."""

LABELS: dict[str, tuple[str, str]] = {
    "unit.axis.province": ("จังหวัด{name}", "{name} (province)"),
}
