"""What an import says about a file beside its counts (etl.outcome.Note, kept in the import log in both
languages): ``Note.of(said("note.etl.…"))``."""

LABELS: dict[str, tuple[str, str]] = {
    # etl/batches.py
    "note.etl.cut": (
        "ตัดข้อความยาวเหลือ {chars} ตัวอักษรใน {n} {what} (ค่าจำกัด max_text_chars)",
        "free text cut to {chars} characters in {n} {what} (limit max_text_chars)",
    ),
    "note.etl.rows": ("แถว", "rows"),
    "note.etl.cells": ("ช่อง", "cells"),
    # etl/reach_formats.py: what a reach file was recognised as, and why one is skipped
    "note.etl.format.long": (
        "ชีตแบบยาว (เดือน แพลตฟอร์ม ตัววัด ค่า)",
        "long sheet (month, platform, metric, value)",
    ),
    "note.etl.format.wide": ("ชีตแบบกว้าง (คอลัมน์ละแพลตฟอร์ม-ตัววัด)", "wide sheet (a column per platform-metric)"),
    "note.etl.format.meta": ("ไฟล์ส่งออกรายวันของ Meta Business Suite", "Meta Business Suite daily page metric"),
    "note.etl.format.youtube": (
        "ไฟล์ส่งออกของ YouTube Studio (ยอดรวมช่อง)",
        "YouTube Studio export (channel totals)",
    ),
    "note.etl.format.tiktok": ("ไฟล์ภาพรวมของ TikTok Studio (รายวัน)", "TikTok Studio overview (daily)"),
    "note.etl.format.meta_breakdown": (
        "ไฟล์ Meta แบบแจกแจงผู้ชม (อายุ เพศ เมือง)",
        "Meta audience breakdown (age, gender, places)",
    ),
    "note.etl.skip.meta_breakdown": (
        "ไม่ใช่ตัวเลขรายวันของเพจ จึงไม่นำเข้า",
        "not a daily page metric (a breakdown of the audience): not loaded",
    ),
    "note.etl.format.meta_posts": ("ไฟล์ Meta รายโพสต์", "Meta post-level content export"),
    "note.etl.skip.meta_posts": (
        "เป็นตัวเลขรายโพสต์ ไม่ใช่ยอดรวมรายวันของเพจ (รวมกันจะนับซ้ำ) จึงไม่นำเข้า",
        "a row per post, not daily page totals (summing posts would count people again): not loaded",
    ),
    "note.etl.format.youtube_videos": ("ไฟล์ YouTube Studio แยกรายวิดีโอ", "YouTube Studio per-video breakdown"),
    "note.etl.skip.youtube_videos": (
        "เป็นตัวเลขแยกรายวิดีโอ ไม่ใช่ยอดรวมของช่อง จึงไม่นำเข้า (ใช้ Totals.csv สำหรับยอดรวมของช่อง)",
        "per-video figures, not the channel's totals: not loaded (Totals.csv gives the channel's figures)",
    ),
    "note.etl.skip.metric": (
        "ตัววัด '{metrics}' ไม่ใช่ตัววัดที่แดชบอร์ดเก็บ จึงไม่นำเข้า",
        "metric '{metrics}' is not one the dashboard keeps: not loaded",
    ),
    "note.etl.metrics_not_loaded": ("ไม่ได้นำเข้าตัววัด: {metrics}", "metrics not loaded: {metrics}"),
    "note.etl.engagement_part": (
        "การมีส่วนร่วมรวมเฉพาะคอลัมน์ที่มี: {columns}",
        "engagement sums only the columns present: {columns}",
    ),
    "note.etl.youtube_subscribers": (
        "'Subscribers' ของ YouTube คือจำนวนสุทธิที่เปลี่ยนไปในแต่ละวัน ไม่ใช่จำนวนผู้ติดตามทั้งหมด: ไม่นำเข้า",
        "'Subscribers' is YouTube's net daily change, not the subscriber total: not loaded",
    ),
    # etl/reach_import.py
    "note.etl.daily_sum": (
        "ยอดการเข้าถึงรายเดือนที่ได้จากไฟล์รายวันคือผลรวมของยอดรายวัน คนที่เห็นหลายวันถูกนับซ้ำทุกวัน",
        "monthly reach from a daily export is the sum of daily reach: a person reached on several days counts again",
    ),
    "note.etl.kept_loaded": (
        "{platform} {metric} {month:%Y-%m}: เดือนไม่ครบ เก็บค่าที่มีอยู่แล้วไว้",
        "{platform} {metric} {month:%Y-%m}: kept the figure already loaded",
    ),
    "note.etl.replaces": (
        "{platform} {metric} {month:%Y-%m}: แทนค่า {old:,.0f} จากไฟล์ {source} ในการนำเข้าครั้งนี้ด้วย {new:,.0f}",
        "{platform} {metric} {month:%Y-%m}: replaces {old:,.0f} from {source} in this same import with {new:,.0f}",
    ),
    # etl/reach_rows.py
    "note.etl.ignored_columns": ("ไม่ได้นำเข้าคอลัมน์: {columns}", "ignored columns: {columns}"),
    "note.etl.same_date": (
        "{repeated} ค่าซ้ำวันเดียวกัน: ใช้แถวล่าง",
        "{repeated} figure(s) given twice for the same date: the lower row counts",
    ),
    "note.etl.part_month": (
        "{platform} {metric} {month:%Y-%m}: ไฟล์ครอบคลุมเพียงวันที่ {first}–{last} "
        "({days} จาก {length} วัน) จึงไม่นำเข้าเดือนนี้ ส่งออกใหม่ให้ครบทั้งเดือน",
        "{platform} {metric} {month:%Y-%m}: the file covers only days {first}–{last} "
        "({days} of {length}): this month is not loaded; export the whole month",
    ),
    "note.etl.missing_days.stock": (
        "{platform} {metric} {month:%Y-%m}: มี {present} จาก {length} วัน (ขาดวันที่ {shown}); ใช้ค่าวันสุดท้ายที่มี",
        "{platform} {metric} {month:%Y-%m}: {present} of {length} days "
        "(missing day {shown}); the last value covers the days present",
    ),
    "note.etl.missing_days.sum": (
        "{platform} {metric} {month:%Y-%m}: มี {present} จาก {length} วัน (ขาดวันที่ {shown}); ผลรวมนับเฉพาะวันที่มี",
        "{platform} {metric} {month:%Y-%m}: {present} of {length} days "
        "(missing day {shown}); the sum covers the days present",
    ),
    # etl/response_import.py
    "note.etl.unknown_units": (
        "แถวที่ระบุหน่วยงานที่ไม่มีใน units.csv: {unknown} (เก็บไว้และทำเครื่องหมาย)",
        "rows naming a unit not in units.csv: {unknown} (kept, flagged)",
    ),
    "note.etl.visitor_other.shown": (
        "ช่องประเภทผู้มาติดต่อที่ไม่ตรงกับตัวเลือกใดของแบบฟอร์ม: {count} แถว (เช่น {shown}) นับเป็น 'อื่นๆ' "
        "ตรวจว่าตัวเลือกในแบบฟอร์มถูกแก้ไขหรือไม่",
        "visitor-type cells matching no option of the form: {count} (e.g. {shown}), counted as 'other'; "
        "check whether the form's options were renamed",
    ),
    "note.etl.visitor_other.logged": (
        "ช่องประเภทผู้มาติดต่อที่ไม่ตรงกับตัวเลือกใดของแบบฟอร์ม: {count} แถว นับเป็น 'อื่นๆ'",
        "visitor-type cells matching no option of the form: {count}, counted as 'other'",
    ),
}
