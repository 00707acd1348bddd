"""Labels of the ITA score pages (indicator 7, the overall score, the ten indicators)."""

LABELS: dict[str, tuple[str, str]] = {
    "nav.executive": ("ภาพรวมผู้บริหาร", "Executive view"),
    "page.indicator7": ("ตัวชี้วัดที่ 7 และคะแนน ITA", "Indicator 7 and ITA scores"),
    "ita.title": (
        "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร และคะแนน ITA",
        "Indicator 7, communication efficiency, and ITA scores",
    ),
    "ita.intro": (
        "คะแนน ITA ที่สำนักงาน ป.ป.ช. ประเมินรายปี เทียบกับคะแนนตั้งต้นปี 2565 (ตัวชี้วัดที่ 7 ได้ {baseline:.2f} ต่ำที่สุดในทุกตัวชี้วัด)",
        "The yearly ITA scores from the NACC, against the FY2565 (2022) reference (indicator 7 scored {baseline:.2f}, the lowest)",
    ),
    "ita.score": ("คะแนน", "Score"),
    "ita.fiscal_year": ("ปีงบประมาณ", "Fiscal year"),
    "ita.overall": ("คะแนนรวม ITA", "Overall ITA score"),
    "ita.baseline_line": ("ฐานปี 2565: {score:.2f}", "FY2565 baseline: {score:.2f}"),
    "ita.target_line": ("เป้าหมาย: {score:.2f}", "Target: {score:.2f}"),
    "ita.kpi.ind7": ("ตัวชี้วัดที่ 7 ล่าสุด (ปีงบ {fy})", "Latest indicator 7 (FY{fy})"),
    "ita.kpi.ind7.delta": ("{delta:+.2f} จากฐานปี 2565", "{delta:+.2f} vs FY2565 baseline"),
    "ita.kpi.overall": ("คะแนนรวมล่าสุด (ปีงบ {fy})", "Latest overall score (FY{fy})"),
    "ita.kpi.grade": ("ระดับ {grade}", "grade {grade}"),
    "ita.kpi.target": ("ห่างจากเป้าหมาย", "Gap to target"),
    "ita.kpi.target.met": ("ถึงเป้าหมายแล้ว", "Target reached"),
    "ita.kpi.none": ("ยังไม่มีคะแนน", "No score yet"),
    "ita.chart.ind7": (
        "ตัวชี้วัดที่ 7 รายปี เทียบฐานปี 2565 และเป้าหมาย",
        "Indicator 7 by year, against the FY2565 baseline and the target",
    ),
    "ita.chart.ind7.caption": (
        "แท่งคือคะแนนตัวชี้วัดที่ 7 ของแต่ละปี เส้นทึบสีส้มคือคะแนนปี 2565 ({baseline:.2f}) เส้นประสีเขียวคือเป้าหมาย "
        "แท่งสีจางที่มี * คือข้อมูลตัวอย่าง",
        "Bars are each year's indicator 7 score; the solid orange line is FY2565's {baseline:.2f}; the dashed green line is "
        "the target. Pale bars marked * are demo values",
    ),
    "ita.chart.overall": (
        "คะแนนรวม ITA ในช่วงระดับผลการประเมิน",
        "The overall ITA score within the grade bands",
    ),
    "ita.chart.overall.caption": (
        "แถบสีคือช่วงระดับ AA (95–100) A (85–94.99) B (75–84.99) … เส้นคือคะแนนรวมของแต่ละปีพร้อมระดับในวงเล็บ",
        "Shaded bands are the grades AA (95–100), A (85–94.99), B (75–84.99) …; the line is each year's overall score, its grade in brackets",
    ),
    "ita.chart.year": ("คะแนนทั้ง 10 ตัวชี้วัดของปีที่เลือก", "All ten indicators of the chosen year"),
    "ita.chart.year.caption": (
        "สีบอกเครื่องมือประเมิน: IIT (บุคลากรภายใน) สีส้ม EIT (ผู้มีส่วนได้ส่วนเสียภายนอก) สีน้ำเงิน OIT (การเปิดเผยข้อมูล) สีเขียว",
        "Colour shows the tool: IIT (internal staff) orange, EIT (external stakeholders) blue, OIT (open data) green",
    ),
    "ita.year": ("ปีงบประมาณที่แสดง", "Fiscal year shown"),
    "ita.chart.matrix": ("ทุกตัวชี้วัดในแต่ละปี", "Every indicator over the years"),
    "ita.chart.matrix.caption": (
        "แต่ละช่องคือคะแนนของตัวชี้วัดในปีนั้น สีเข้มคือคะแนนสูง ช่องว่างคือปีที่ไม่มีคะแนน",
        "Each cell is an indicator's score in a year; darker is higher; blank means no score that year",
    ),
    "ita.signal": ("สัญญาณล่วงหน้าจากแบบสำรวจของเราเอง", "A leading signal from our own survey"),
    "ita.signal.caption": (
        "อัตราการรับรู้รายเดือนจากแบบสำรวจของ สป.ดศ. เอง (แถบคือช่วงความเชื่อมั่น 95%) ใช้ดูทิศทางระหว่างปี "
        "ไม่ใช่การพยากรณ์คะแนนที่ ป.ป.ช. จะประเมิน",
        "The monthly awareness rate from the office's own survey (band = 95% interval): a signal of direction "
        "between assessments, not a forecast of the NACC's score",
    ),
    "ita.demo_note": (
        "คะแนนปี 2565 เป็นคะแนนจริงที่ประกาศแล้ว คะแนนอื่นที่มีเครื่องหมาย * เป็นข้อมูลตัวอย่าง",
        "FY2565 scores are the real published figures; other values marked * are demo data",
    ),
    "ita.empty": (
        "ยังไม่มีคะแนน ITA ในฐานข้อมูล: นำเข้าด้วย python -m etl import ita หรือกรอกในหน้าผู้ดูแล",
        "No ITA scores yet: import them with python -m etl import ita, or enter them on the admin page",
    ),
    "ita.annotations": ("เหตุการณ์สำคัญ", "Milestones"),
}
