"""Labels of the executive overview."""

LABELS: dict[str, tuple[str, str]] = {
    "page.overview": ("ภาพรวม", "Overview"),
    "help.page.overview": (
        "หน้าเดียวสำหรับผู้บริหาร: ตัวชี้วัดที่ 7 เทียบ {baseline:.2f} คะแนนรวม การรับรู้ปีนี้เทียบปีก่อน การส่งรายงานตรงเวลา และยอดการเข้าถึงเดือนล่าสุด",
        "One screen for executives: indicator 7 against {baseline:.2f}, the overall score, this year's awareness against last "
        "year's, on-time reports, and last month's reach",
    ),
    "overview.title": ("ภาพรวมประสิทธิภาพการสื่อสาร", "Communication at a glance"),
    "overview.intro": (
        "การสื่อสารของ สป.ดศ. ดีขึ้นหรือไม่ และพร้อมสำหรับการประเมิน ITA ครั้งต่อไปเพียงใด",
        "Is the office's communication improving, and is it on track for the next ITA?",
    ),
    "overview.ind7": ("ตัวชี้วัดที่ 7 (การสื่อสาร)", "Indicator 7 (communication)"),
    "overview.ind7.above": (
        "ปีงบ {fy} สูงกว่าฐานปี 2565 ({baseline:.2f}) อยู่ {diff:.2f} คะแนน",
        "FY{fy}: {diff:.2f} points above the FY2565 baseline ({baseline:.2f})",
    ),
    "overview.ind7.below": (
        "ปีงบ {fy} ต่ำกว่าฐานปี 2565 ({baseline:.2f}) อยู่ {diff:.2f} คะแนน",
        "FY{fy}: {diff:.2f} points below the FY2565 baseline ({baseline:.2f})",
    ),
    "overview.ind7.same": (
        "ปีงบ {fy} เท่ากับฐานปี 2565 ({baseline:.2f})",
        "FY{fy}: level with the FY2565 baseline ({baseline:.2f})",
    ),
    "overview.ind7.target_met": ("ถึงเป้าหมาย {target:.2f} แล้ว", "target {target:.2f} reached"),
    "overview.ind7.target_gap": (
        "ยังต่ำกว่าเป้าหมาย {target:.2f} อยู่ {gap:.2f}",
        "{gap:.2f} short of the {target:.2f} target",
    ),
    "overview.ind7.trend.up": (
        "แนวโน้ม {arrow} ดีขึ้น {diff:.2f} จากปีก่อน",
        "trend {arrow} up {diff:.2f} on the year before",
    ),
    "overview.ind7.trend.down": (
        "แนวโน้ม {arrow} ลดลง {diff:.2f} จากปีก่อน",
        "trend {arrow} down {diff:.2f} on the year before",
    ),
    "overview.ind7.trend.flat": ("แนวโน้ม {arrow} ทรงตัวจากปีก่อน", "trend {arrow} level with the year before"),
    "overview.attention": ("ควรติดตาม", "Needs attention"),
    "overview.attention.weakest": (
        "การรับรู้ที่ต่ำที่สุด: {item} ({rate:.1%})",
        "weakest awareness item: {item} ({rate:.1%})",
    ),
    "overview.attention.overdue": (
        "รายงานค้างส่ง {reports} รายการ จาก {units} หน่วยงาน",
        "{reports} reports overdue from {units} units",
    ),
    "overview.attention.none_overdue": ("ไม่มีรายงานค้างส่ง", "no report overdue"),
    "overview.as_of": ("ข้อมูล ณ วันที่ {date}", "Data as of {date}"),
    "overview.as_of.survey": (
        "ข้อมูล ณ วันที่ {date} · แบบสำรวจถึงวันที่ {last}",
        "Data as of {date} · survey answers to {last}",
    ),
    "overview.overall": ("คะแนนรวม ITA", "Overall ITA score"),
    "overview.overall.up": (
        "ปีงบ {fy} ระดับ {grade} · เพิ่มขึ้น {diff:.2f} จากปีก่อน",
        "FY{fy}, grade {grade} · up {diff:.2f} on the year before",
    ),
    "overview.overall.down": (
        "ปีงบ {fy} ระดับ {grade} · ลดลง {diff:.2f} จากปีก่อน",
        "FY{fy}, grade {grade} · down {diff:.2f} on the year before",
    ),
    "overview.overall.first": ("ปีงบ {fy} ระดับ {grade}", "FY{fy}, grade {grade}"),
    "overview.awareness": (
        "การรับรู้จากแบบสำรวจ ปีงบ {fy} เทียบปีก่อน",
        "Survey awareness, FY{fy} against the year before",
    ),
    "overview.awareness.vs": (
        "ปีก่อน {prev:.1%} · {arrow} {points:.1f} จุด",
        "year before {prev:.1%} · {arrow} {points:.1f} points",
    ),
    "overview.awareness.no_prev": ("ไม่มีข้อมูลปีก่อนให้เทียบ", "no year before to compare"),
    "overview.compliance": ("ส่งรายงานตรงเวลา", "Reports filed on time"),
    "overview.compliance.line": (
        "ปีงบ {fy} {round}: ตรงเวลา {on_time} จาก {due} รายการ · ยังไม่ส่ง {missing}",
        "FY{fy} {round}: {on_time} of {due} on time · {missing} not filed",
    ),
    "overview.reach": ("ยอดเข้าถึงสื่อออนไลน์", "Social-media reach"),
    "overview.reach.vs": (
        "{month}: {sign}{change:.0%} จาก {last} · รวม {n} แพลตฟอร์ม",
        "{month}: {sign}{change:.0%} on {last} · {n} platforms",
    ),
    "overview.reach.no_prev": (
        "{month}: ยังไม่มีเดือนเดียวกันของปีก่อนให้เทียบ · {n} แพลตฟอร์ม",
        "{month}: no same month last year to compare · {n} platforms",
    ),
    "overview.no_data": ("ยังไม่มีข้อมูล", "No data yet"),
    "overview.signal": (
        "สัญญาณจากแบบสำรวจ: อัตราการรับรู้รายเดือน 12 เดือนล่าสุด",
        "Survey signal: monthly awareness, last 12 months",
    ),
    "overview.print": (
        "พิมพ์หน้านี้ (A4 แนวนอน) ได้จากเมนูพิมพ์ของเบราว์เซอร์ (Ctrl+P)",
        "Print this page (A4 landscape) from the browser's print menu (Ctrl+P)",
    ),
}
