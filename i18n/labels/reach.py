"""Labels of the social-media reach page and its monthly report."""

LABELS: dict[str, tuple[str, str]] = {
    "nav.pr": ("ประชาสัมพันธ์", "Public relations"),
    "page.reach": ("การเข้าถึงสื่อสังคมออนไลน์", "Social-media reach"),
    "reach.title": ("การเข้าถึงข่าวสารทางสื่อสังคมออนไลน์", "Social-media reach"),
    "reach.intro": (
        "ยอดการเข้าถึงรายเดือนของแต่ละแพลตฟอร์ม เทียบเดือนก่อนและเดือนเดียวกันปีก่อน "
        "พร้อมดาวน์โหลดรายงานประจำเดือนถึงปลัดกระทรวง (สำเนา ศปท.)",
        "Monthly reach per platform against last month and the same month last year, and the "
        "monthly report to the Permanent Secretary (copy to the ACC)",
    ),
    "reach.month": ("เดือนที่รายงาน", "Month reported"),
    "reach.total": ("การเข้าถึงรวม", "Total reach"),
    "reach.vs": ("เทียบ {month}", "vs {month}"),
    "reach.no_figure": ("ไม่มีตัวเลขให้เทียบ", "no figure to compare"),
    "reach.includes": ("รวม {n} แพลตฟอร์ม: {platforms}", "{n} platforms: {platforms}"),
    "reach.common": ("เทียบเฉพาะ {platforms}", "like for like: {platforms}"),
    "reach.missing": ("ยังไม่มีตัวเลขการเข้าถึงเดือนนี้: {platforms}", "No reach figure yet this month: {platforms}"),
    "reach.double_count": (
        "การเข้าถึงรวมคือผลรวมของแต่ละแพลตฟอร์ม ผู้ใช้คนเดียวอาจถูกนับซ้ำข้ามแพลตฟอร์ม",
        "Total reach adds up each platform's reach: one person may count on several platforms",
    ),
    "reach.daily_sum": (
        "การเข้าถึงรายเดือนที่มาจากไฟล์รายวัน (Meta, YouTube, TikTok) คือผลรวมของการเข้าถึงแต่ละวัน "
        "คนที่เห็นเนื้อหาหลายวันจะถูกนับซ้ำทุกวัน ตัวเลขจึงสูงกว่าจำนวนคนจริงในเดือนนั้น "
        "เมื่อมีตัวเลขรายเดือนจากแพลตฟอร์มหรือจากชีตของกลุ่มงาน จะใช้ตัวเลขรายเดือนนั้นก่อน",
        "Monthly reach from daily exports (Meta, YouTube, TikTok) is the sum of each day's reach: a person "
        "reached on several days counts once per day, so it is higher than the number of people reached in "
        "the month. Where a monthly figure exists (from the platform or the PR sheet), that one is used.",
    ),
    "reach.daily_sum.here": (
        "เดือนนี้ การเข้าถึงของ {platforms} เป็นผลรวมรายวัน",
        "This month, the reach of {platforms} is a sum of daily reach",
    ),
    "reach.report": ("รายงานประจำเดือน", "Monthly report"),
    "reach.report.help": (
        "ดาวน์โหลดรายงานประจำเดือนถึงปลัดกระทรวง (สำเนาเรียน ศปท.) ตัวเลขเดียวกับในหน้านี้",
        "Download the monthly report to the Permanent Secretary, with the figures on this page "
        "(copy to the Anti-Corruption Operation Center, ACC)",
    ),
    "reach.download.docx": ("บันทึก (Word)", "Memo (Word)"),
    "reach.download.pdf": ("บันทึก (PDF)", "Memo (PDF)"),
    "reach.download.xlsx": ("ตัวเลข (Excel)", "Figures (Excel)"),
    "reach.chart_platforms": ("การเข้าถึงรายเดือน แยกแพลตฟอร์ม", "Monthly reach by platform"),
    "reach.chart_platforms.caption": (
        "แต่ละกรอบคือหนึ่งแพลตฟอร์ม (สเกลแกนตั้งของแต่ละกรอบต่างกัน) เดือนที่ไม่มีตัวเลขจะเว้นว่าง ไม่ใช่ศูนย์",
        "One panel per platform (each with its own scale); months without a figure are gaps, not zero",
    ),
    "reach.chart_engagement": (
        "อัตราการมีส่วนร่วม (การมีส่วนร่วม ÷ การเข้าถึง)",
        "Engagement rate (engagement ÷ reach)",
    ),
    "reach.chart_engagement.caption": (
        "แสดงเฉพาะเดือนที่มีทั้งตัวเลขการมีส่วนร่วมและการเข้าถึง",
        "Shown only for months with both an engagement and a reach figure",
    ),
    "reach.chart_followers": ("ผู้ติดตามที่เพิ่มขึ้นในเดือนนี้", "Follower growth this month"),
    "reach.chart_followers.caption": (
        "ผู้ติดตามสิ้นเดือนนี้ ลบ ผู้ติดตามสิ้นเดือนก่อน",
        "Followers at this month's end minus last month's",
    ),
    "reach.followers.none": ("ไม่มีตัวเลขผู้ติดตามของสองเดือนติดกัน", "No follower figures for two months in a row"),
    "reach.table": ("ตัวเลขแยกแพลตฟอร์ม", "Figures per platform"),
    "reach.table.caption": (
        "– คือไม่มีตัวเลข · อัตราการมีส่วนร่วมเปลี่ยนแปลงเป็นจุดร้อยละ (pp) · ที่มา: แหล่งข้อมูลที่นำเข้าล่าสุด",
        "– means no figure · engagement-rate changes are percentage points (pp) · source: the latest load",
    ),
    "reach.empty.title": ("ไม่มีตัวเลขการเข้าถึงในช่วงที่เลือก", "No reach figures in this period"),
    "reach.empty.hint": (
        "เลือกปีงบประมาณอื่น หรือนำเข้าไฟล์: python -m etl import reach ไฟล์.csv (ชีตของกลุ่มงาน ไฟล์จาก Meta หรือ YouTube Studio)",
        "Choose another fiscal year, or import: python -m etl import reach FILE.csv (the PR sheet, Meta or YouTube Studio exports)",
    ),
    "metric.reach": ("การเข้าถึง", "Reach"),
    "metric.views": ("การดู/การแสดงผล", "Views / impressions"),
    "metric.engagement": ("การมีส่วนร่วม", "Engagement"),
    "metric.engagement_rate": ("อัตราการมีส่วนร่วม", "Engagement rate"),
    "metric.followers": ("ผู้ติดตาม", "Followers"),
    "metric.posts": ("จำนวนโพสต์", "Posts"),
    "metric.new_followers": ("ผู้ติดตามใหม่", "New followers"),
    "metric.profile_visits": ("การเข้าชมเพจ/โปรไฟล์", "Page / profile visits"),
    "metric.link_clicks": ("การคลิกลิงก์", "Link clicks"),
    "col.platform": ("แพลตฟอร์ม", "Platform"),
    "col.metric": ("ตัววัด", "Metric"),
    "col.this_month": ("เดือนนี้", "This month"),
    "col.prev_month": ("เดือนก่อน", "Last month"),
    "col.mom": ("เปลี่ยนแปลงจากเดือนก่อน", "Change on last month"),
    "col.last_year": ("เดือนเดียวกันปีก่อน", "Same month last year"),
    "col.yoy": ("เปลี่ยนแปลงจากปีก่อน", "Change on last year"),
    "col.growth": ("ผู้ติดตามเพิ่มขึ้น", "Follower growth"),
    "summary.lead": (
        "เดือน{month} ข่าวสารของสำนักงานมียอดการเข้าถึงรวม {total} จาก {n} แพลตฟอร์ม ({platforms})",
        "In {month} the office's news reached {total} in total on {n} platforms ({platforms})",
    ),
    "summary.change": ("{direction} {pct} จากเดือน{month}", "{direction} {pct} on {month}"),
    "summary.change_common": (
        "{direction} {pct} จากเดือน{month} (เทียบเฉพาะ {platforms} ที่มีตัวเลขทั้งสองเดือน)",
        "{direction} {pct} on {month} (like for like: {platforms}, with figures in both months)",
    ),
    "summary.no_base": ("ไม่มีตัวเลขของเดือน{month} ให้เทียบ", "no figure for {month} to compare"),
    "summary.up": ("เพิ่มขึ้น", "up"),
    "summary.down": ("ลดลง", "down"),
    "summary.same": ("เท่าเดิม", "unchanged"),
    "summary.top": (
        "แพลตฟอร์มที่เข้าถึงมากที่สุดคือ {platform} ({value})",
        "The widest reach was on {platform} ({value})",
    ),
    "summary.none": ("เดือน{month} ยังไม่มีตัวเลขการเข้าถึง", "No reach figures yet for {month}"),
}
