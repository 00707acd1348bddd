"""What every process of the product runs with: configuration, the Bangkok clock, the audit log.

Used by the loads, the app and the CLIs alike, so it belongs to none of them.
"""
