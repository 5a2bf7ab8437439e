"""Whether a value is said of the province or of another place (the nation, another province, a district,
the city, one border gate). Places come from the catalog (etl/catalog.yaml `places`); a figure said of one
of them is held for review, never published as Lạng Sơn's.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from etl.casefold import compile_lowered, lowered
from etl.literals import may_match, quick, words_gate
from etl.periods import YEAR
from etl.spans import IN_DOLLARS
from etl.values import DIGIT

# Words that bring the subject back to the province after another place was named.
_OURS = quick(
    compile_lowered(
        # (not "dẫn đầu toàn tỉnh", "cao nhất toàn tỉnh": a part compared with the province, not the province)
        # (nor "cao nhất trong các huyện của tỉnh": the province's districts, not the province)
        # (nor "cao hơn mức chung của tỉnh", "thấp thứ hai toàn tỉnh": the province a part is compared with)
        # (nor "Quảng Ninh, tỉnh giáp Lạng Sơn ở phía Đông, tăng 7,08%": a neighbour described by ours)
        # (nor "Cao Bằng, tỉnh cũng giữ nguyên địa giới như Lạng Sơn, xếp thứ 31": ours likened to)
        # (nor the city: "nhiều nhất toàn tỉnh sau thành phố Lạng Sơn")
        r"(?<!giáp )(?<!giáp với )(?<!giáp tỉnh )(?<!giáp với tỉnh )(?<!như )(?<!giống )"
        r"(?<!thành phố )(?<!tp\. )(?<!tp )lạng sơn|\btỉnh ta\b"
        # (nor "Huyện Cao Lộc đứng thứ hai của tỉnh về thu ngân sách": a part ranked in the province)
        r"|\bcủa tỉnh\b(?<!huyện của tỉnh)(?<!xã của tỉnh)(?<!chung của tỉnh)(?<!thứ hai của tỉnh)"
        r"(?<!thứ ba của tỉnh)(?<!nhất của tỉnh)(?<!đầu của tỉnh)"
        r"|(?<!dẫn đầu )(?<!đứng đầu )(?<!nhất )(?<!thứ hai )(?<!thứ ba )\btoàn tỉnh\b"
        # (not a count of provinces: "cả nước có 5 / năm tỉnh đạt trên 70 điểm" -- but "Năm 2024 tỉnh đạt …")
        r"|\btỉnh(?<!\s\d tỉnh)(?<!\s\d\d tỉnh)(?<!các tỉnh)(?<!những tỉnh)(?<!có năm tỉnh)(?<!hai tỉnh)"
        r"(?<!ba tỉnh)(?<!bốn tỉnh)(?<!sáu tỉnh)(?<!bảy tỉnh)(?<!tám tỉnh)(?<!chín tỉnh)(?<!mười tỉnh)"
        r"(?<!vài tỉnh)(?<!nhiều tỉnh) (?:đạt|tăng)\b"
        # "tổng kim ngạch xuất nhập khẩu qua địa bàn" (not "trên địa bàn": a district's sentence says it too)
        r"|\bqua địa bàn\b(?! (?:huyện|xã|thành phố|phường|thị trấn)\b)|\btrên địa bàn tỉnh\b"
        # "thấp hơn bình quân cả nước và còn xa con số kế hoạch giao là 8%": the province's own plan
        # (not a plan an office was given: "bằng 43% dự toán giao cho đơn vị năm 2025 (9.600 tỷ đồng)")
        r"|\b(?:kế hoạch|chỉ tiêu|dự toán) (?:được )?giao\b(?! cho (?:đơn vị|chi cục|cục|ngành))"
    )
)
_QUALIFIED = re.compile(r"\s*(?:(?:của )?(?:toàn|cả) tỉnh\b|của tỉnh\b)?")
# A place named right after the value: "7,09% của cả nước", "tại cửa khẩu Hữu Nghị".
# "chiếm gần 60% cơ cấu kinh tế của huyện": the whole a share is of, then whose it is
_AFTER = compile_lowered(
    # ("chiếm trên 70% giá trị tăng thêm của thành phố": the whole named between)
    r"^\s*(?:/năm\s+)?(?:trở lên\s+|trở xuống\s+)?"
    # ("mức 114 triệu đồng (4.700 USD) của cả nước": past the level restated in dollars)
    rf"(?:{IN_DOLLARS}\s*)?"
    r"(?:\(|,)?\s*"
    # ("chiếm tới 52% giá trị sản xuất trên địa bàn huyện")
    r"(?:(?:trong )?cơ cấu(?: kinh tế)?\s+|giá trị (?:tăng thêm|sản xuất)\s+|tổng sản phẩm\s+|grdp\s+)?"
    # ("quý I đã thu 2.612,8 tỷ đồng trên toàn địa bàn quản lý": an agency's area; not "đứng thứ 9, trên Cao
    # Bằng, …", a rank above others)
    # (or the place past "trên địa bàn": "đạt 212 tỷ đồng trên địa bàn huyện Cao Lộc")
    # (the measure named between: "so với 26,46 tỷ USD vốn FDI đăng ký của cả nước")
    r"(?:(?:vốn (?:fdi|đầu tư(?: trực tiếp nước ngoài)?)(?: đăng ký)?|kim ngạch(?: xuất nhập khẩu)?"
    r"|thu ngân sách(?: nhà nước)?)\s+)?"
    # ("cao hơn so với mức khoảng 7% mà cả nước ước đạt trong năm nay": whose the level is, named as its
    # subject)
    r"(?:của|tại|ở|qua|mà|trên(?=\s+(?:toàn\s+)?địa bàn\s+(?:do\s|quản lý|(?:hai|2|cả hai|các) tỉnh))"
    r"|trên\s+(?:toàn\s+)?địa bàn)\s+"
    # ("thấp hơn mức tăng 9,6% của toàn ngành công nghiệp cả nước": a sector of the place named between)
    r"(?:(?:toàn )?ngành(?: công nghiệp)?\s+)?"
)


# A comma segment that opens on a place makes it the subject of what follows in the clause ("Tính chung
# cả nước, …", "Cùng kỳ, tỉnh Cao Bằng tăng 6,01%, xếp thứ 55/63"), until the province is named again. A
# place inside a segment that opens otherwise is background ("Trong bối cảnh cả nước khó khăn, GRDP tỉnh
# tăng 3%").
_LEAD = re.compile(
    # ("Cùng thời gian, qua cửa khẩu Móng Cái (Quảng Ninh), kim ngạch 10 tháng đạt …": through a gate)
    # ("VCCI cho rằng Việt Nam đang ở thời điểm chuyển mình, với mục tiêu tăng trưởng kinh tế 8%": whose view
    # it is comes first)
    r"^\s*(?:[^,;]{1,80}? (?:cho rằng|nhận định|khẳng định) )?"
    r"(?:tính chung|trên phạm vi|trên bình diện|trên|trong|tại|ở|còn|riêng|đối với|với|trong khi|khi đó"
    r"|cùng kỳ"
    r"|cũng|qua)?\s*"
    # (a period with no comma after it: "…, năm qua huyện có thêm 2 xã đạt chuẩn, thu nhập … ước đạt …")
    rf"(?:(?:năm (?:qua|nay|{YEAR})|\d{{1,2}} tháng(?: đầu năm)?(?: qua)?)\s+)?"
    # ("HĐND tỉnh Cao Bằng cũng khai mạc kỳ họp …, đặt mục tiêu …": another province's council or committee
    # is that province speaking)
    r"(?:đó\s+)?(?:đại hội(?: đại biểu)?(?: đảng bộ)?\s+)?"
    r"(?:(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|tỉnh ủy|tỉnh uỷ|đảng bộ"
    r"|cục thống kê)\s+)?"
    r"(?:toàn\s+|tỉnh\s+|thành phố\s+|của\s+)?$"
)
# (or on its revenue: "khu du lịch đón khoảng 160.000 lượt khách …; doanh thu ước 28 tỷ đồng")
_OPENS_ON_A_VERB = compile_lowered(r"\s*(?:đón|thu hút|doanh thu)\b")
# (or on the next measure of a list of the place's figures, the clause before giving one: "Quảng Ninh năm 2019
# ước đón 14,1 triệu lượt khách; tổng thu từ du lịch khoảng 30.000 tỷ đồng" -- not a place that only did
# something: "huyện Cao Lộc tổ chức nhiều hoạt động xúc tiến; kim ngạch … đạt 3,5 tỷ USD")
_OPENS_ON_A_MEASURE = compile_lowered(
    r"\s*(?:tổng thu|thu nhập|grdp|tổng sản phẩm|tốc độ tăng|kim ngạch|số thu|tỷ lệ hộ nghèo)\b"
)
_A_PROVINCES_PRODUCT = compile_lowered(r"\s*grdp\b")
_THE_NATIONS_PRODUCT = compile_lowered(r"\bgdp\b")
_GIVES_A_FIGURE = compile_lowered(
    r"\b(?:ước )?(?:đón|đạt|tăng|giảm|thu hút|vượt)(?: (?:khoảng|hơn|gần|trên|xấp xỉ))? \d"
)
# (a lead: a period opening the sentence, "Năm 2024, …", "Trong 6 tháng đầu năm, …", "Dịp Tết Nguyên đán, …",
# or a source or a place, "Theo Sở Văn hóa, Thể thao và Du lịch, …", "Tại Hội nghị tổng kết, …")
_A_LEAD_AT_MOST = compile_lowered(
    # ("Từ đầu năm đến nay, …", "Sáu tháng đầu năm, …", "Giai đoạn 2021 - 2024, …", "Tính đến hết năm …")
    # ("Đến nay, …", "Hiện nay, …")
    r"\s*(?:(?:(?:(?:trong|từ|đến|sau|dịp|những|các|cuối|đầu|tính|hết|qua|hiện|cho)\s+){0,3}"
    r"(?:(?:\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười) tháng|năm|quý|tháng|tết|nửa|giai đoạn|nhiệm kỳ|nay\b)"
    # (the department's name keeps its comma: "Theo số liệu các sở Văn hóa, Thể thao và Du lịch báo cáo …")
    r"[^,;]{0,40}|tại [^,;]{0,60}|theo (?:[^,;]|, (?=thể thao và du lịch\b)){0,100}),\s*)?$"
)
_READ_BACK = 400  # characters: far more than a subject and its values take in prose
# (or a partner: "Quan hệ hợp tác với Quảng Tây năm 2024 đạt nhiều kết quả, kim ngạch …")
_COMPARED = compile_lowered(r"\b(?:hơn|bằng|kém|như|với)\b")
# (and holding a congress or a session: "Trước đó, Đảng bộ tỉnh Cao Bằng đã tổ chức thành công đại hội …, đặt
# mục tiêu tăng trưởng bình quân 7%/năm")
_SUBJECT_VERB = compile_lowered(
    # (a bracket may stand between: "Phú Thọ (sau hợp nhất với Vĩnh Phúc và Hòa Bình) là điểm sáng …"; or a
    # period: "GDP cả nước nửa đầu năm tăng 6,42%, cao hơn hẳn mức 3,72% cùng kỳ năm ngoái")
    # ("Lào Cai trong nửa đầu năm đón hơn 2,2 triệu lượt khách", "Cửa khẩu … luôn chiếm trên 50% …, năm 2020
    # đạt …")
    r"\s+(?:\([^()]{0,80}\)\s+)?"
    # ("tăng trưởng GDP cả nước năm 2020 ước khoảng 2,9%, mục tiêu năm 2021 khoảng 6%": the nation's product)
    r"(?:(?:của )?(?:cả nước|toàn quốc)\s+)?"
    r"(?:(?:trong )?(?:nửa đầu năm(?: \d{4})?|\d{1,2} tháng(?: đầu năm)?(?: \d{4})?|quý [ivx]+|năm \d{4}"
    r"|cùng kỳ) )?"
    # (or what it will do or is expected to: "Việt Nam sẽ đứng thứ tư Đông Nam Á …, với mức tăng trưởng …")
    r"(?:vẫn |đã |đang |cũng |tiếp tục |còn |luôn |vẫn luôn |sẽ |có thể |dự kiến |được dự báo )?"
    # (or the subject of a ranking: "Lào Cai giữ vị trí cao nhất vùng …, đứng thứ 6 cả nước")
    r"(?:phấn đấu|đặt mục tiêu|đề ra mục tiêu|là|đạt|tăng|giảm|tổ chức|giữ|xếp|đứng|dẫn đầu|vươn lên"
    # (or of its visitors: "Tỉnh láng giềng Quảng Ninh đón khoảng 14 triệu lượt khách, doanh thu đạt …"; or of
    # its trade: "Tính từ đầu năm, công ty đã xuất khẩu khoảng 1.200 tấn …, trị giá khoảng 1,9 triệu USD"; or
    # of its own work toward a target: "Xã đang xây dựng hai điểm du lịch …, mục tiêu năm 2026 đón …")
    r"|đón|thu hút|xuất khẩu|nhập khẩu|xây dựng|triển khai|chiếm"
    # (or of the area it serves and the work it does: "Chi cục Hải quan khu vực quản lý địa bàn hai tỉnh …")
    r"|quản lý|phụ trách|làm thủ tục"
    # (or where its figure stands: "tỷ lệ hộ nghèo của huyện Bình Gia vẫn ở mức cao nhất, 17,3%")
    r"|ở mức"
    r"|ước(?= (?:đạt|tăng|khoảng|tính|đón|thu|\d)))\b"
)
# ("Quảng Ninh tiếp tục thuộc nhóm dẫn đầu với 45,88 điểm, đứng thứ 4", "tỉnh bạn Cao Bằng ước tăng …"):
# weaker verbs, a subject only where the place opens its segment (not "đoàn công tác tỉnh Cao Bằng có …")
# ("Huyện Đình Lập hiện có hơn 83.000 ha rừng": what it has now)
_SUBJECT_WEAK_VERB = compile_lowered(
    r"\s+(?:vẫn |đã |cũng |tiếp tục |còn |mới |hiện |hiện nay )?(?:thuộc|ước|có)\b"
)
# ("tỉnh Bắc Giang phải tạm dừng hoạt động 4 khu công nghiệp …, dù vậy 6 tháng vẫn thu hút …"): what befell
# another province, its subject going on -- a province only (a district's mishap is news of ours: "Huyện
# Tràng Định bị thiệt hại nặng do bão. Thu ngân sách …")
_SUBJECT_BEFELL = compile_lowered(r"\s+(?:vẫn |đã |cũng |còn )?(?:phải|bị|chịu)\b")
_OWNS_THE_SUBJECT = compile_lowered(
    r"\s*(?:quy mô |tổng )?(?:grdp|gdp|tổng sản phẩm|thu ngân sách|kim ngạch|thu nhập|tỷ lệ)"
    r"[^,;:]{0,40}\bcủa\s+"
)
_A_DISTRICTS_NAME = ("huyện", "thị xã", "thành phố", "xã ", "phường", "thị trấn")
_OPENS_SEGMENT = re.compile(
    r"^(?:[^,;:]*:)?[\s\"“]*(?:(?:còn|riêng|trong khi đó|khi đó)\s+)?"
    r"(?:tỉnh\s+(?:bạn\s+|láng giềng\s+|lân cận\s+)?)?$"
)
# (a period may stand between: "Tỉnh Cao Bằng cùng kỳ ghi nhận kim ngạch qua địa bàn khoảng 270 triệu USD")
_REPORTS = compile_lowered(
    r"(?:\s+[ivx]+\b)?\s*(?:\([^()]{0,80}\)\s*)?(?:(?:cùng kỳ|năm \d{4}|\d{1,2} tháng(?: đầu năm)?) )?"
    # ("ghi nhận" only as recording its own figure: not "ghi nhận kết quả của tỉnh bạn", a visitor's praise)
    r"(?:cho biết|báo cáo|thông tin"
    r"|ghi nhận(?= (?:kim ngạch|mức|tốc độ|tăng trưởng|số thu|thu ngân sách|lượng)))\b"
)
# "… cho biết riêng cửa khẩu Tân Thanh trong 9 tháng …, kim ngạch đạt …": a place singled out mid-segment.
_SINGLED_OUT = re.compile(r"\briêng\s+$")
# "63 tỉnh, thành", "các tỉnh, thành phố": a comma inside a name is no boundary.
# (and a list of names after "như": "một số huyện như Bình Gia, Đình Lập tỷ lệ hộ nghèo vẫn ở mức trên 30%")
_NAME_COMMA = re.compile(
    r"tỉnh, thành|huyện, thành phố"
    r"|\b(?:huyện|xã|tỉnh|địa phương|nơi) như (?:[^\W\d_]+ ){1,3}?[^\W\d_]+, (?=[^\W\d_]+ [^\W\d_]+)"
)
# (and "nhưng": "thấp hơn bình quân cả nước nhưng đã cải thiện so với mức 4,21% của năm 2023" turns back to
# the subject's own figures)
_BOUNDARY = re.compile(r",(?=\s)|\s(?=nhưng\s)")


_BRACKETED = re.compile(r"\([^()]{0,200}\)")


def _segments(low: str, start: int, stop: int) -> list[tuple[int, int]]:
    text = _NAME_COMMA.sub(lambda m: m.group().replace(",", " "), low[start:stop])
    # (a bracket's commas end no segment: "thành phố Lạng Sơn cũ (nay là các phường Đông Kinh, Tam Thanh, Kỳ
    # Lừa) thu ngân sách …")
    text = _BRACKETED.sub(lambda m: m.group().replace(",", " "), text)
    # A comma with a space after it ends a segment; "93,77" is a number.
    cuts = [start, *(start + m.end() for m in _BOUNDARY.finditer(text)), stop]
    return list(itertools.pairwise(cuts))


def place_named(text: str, places: dict[str, re.Pattern]) -> str | None:
    """The first other place `text` names, as written ("huyện cao lộc"), or None."""
    m = _first_place(text, places)
    return m.group() if m is not None else None


def _first_place(
    text: str, places: dict[str, re.Pattern], a: int = 0, b: int | None = None
) -> re.Match | None:
    """The first other place text[a:b] names; for a segment, a match in text[a:b] whose look-behinds read the
    text before it ("tổ chức các hội chợ, ngày hội, thu hút …": a list of events, not one)."""
    b = len(text) if b is None else b
    gate = _places_gate(places)
    if gate is not None and gate.search(text, a, b) is None:
        return None  # (no word any place needs: one scan, not a test per kind of place)
    found = [
        m
        for pattern in places.values()
        if may_match(pattern, text, a, b) and (m := quick(pattern).search(text, a, b))
    ]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return first if (a, b) == (0, len(text)) else first.re.match(text[a:b], first.start() - a)


def _places_gate(places: dict[str, re.Pattern]) -> re.Pattern | None:
    """The words one of which every kind of place needs, as one pattern (etl/literals.py `words_gate`): built
    once per dict of places (the catalog's, or a part of it a rule reads)."""
    known = _PLACES_GATES.get(id(places))
    if known is None or known[0] is not places:
        if len(_PLACES_GATES) >= 64:
            _PLACES_GATES.clear()
        known = _PLACES_GATES[id(places)] = (places, words_gate(places.values()))
    return known[1]


_PLACES_GATES: dict[int, tuple[dict, re.Pattern | None]] = {}


# ours opening a segment as its subject (not "Các tỉnh láng giềng của Lạng Sơn có kết quả khác nhau: Bắc
# Giang đạt …", ours only what the others are neighbours of)
_OURS_OPENING = compile_lowered(
    r"\W*(?:(?:năm \d{4}|trong năm \d{4}|quý [ivx]+(?:/\d{4})?)\s*,?\s*)?(?:tỉnh\s+)?(?:lạng sơn|xứ lạng)\b"
)
_WITH = re.compile(r",?\s*với\s")
_WHERE = re.compile(r",?\s*nơi\s")
# (a province qualifying the noun before it tells where people or goods come from: "các đoàn khách Hà Nội",
# "nguồn khách Quảng Ninh", "hàng hóa Bắc Giang", "học sinh Hà Nội", "du khách thủ đô Hà Nội")
_ORIGIN_BEFORE = re.compile(
    r"\b(?:khách|du lịch|hàng|hàng hóa|hàng hoá|nông sản|doanh nghiệp|thương nhân|người|dân|học sinh"
    r"|sinh viên|đoàn|thủ đô|xe|thị trường|tour)\s+$"
)
_PARTNER_BEFORE = re.compile(r"\b(?:với|cùng|và|sau|trước|hơn|như|giáp|của|tới|sang|từ)\s+(?:tỉnh\s+)?$")
_PARTS_WITH_A_FLOW = ("border_gate", "site", "zone", "district", "named_unit")


def place_right_before(low: str, at: int, places: dict[str, re.Pattern]) -> str | None:
    """The place named right before `at` (only spaces between), as written: "…, chỉ sau Phú Thọ (…", "tiếp đến
    là Bình Gia (20,37%)" -- read in place, its look-ahead seeing what follows."""
    end = len(low[:at].rstrip())
    for pattern in places.values():
        if not may_match(pattern, low, max(0, at - 40), at):
            continue
        for m in quick(pattern).finditer(low, max(0, at - 40), min(len(low), at + 12)):
            if m.end() == end:
                return m.group()
    return None


def _last_place(segment: str, places: dict[str, re.Pattern]) -> str | None:
    """The place a segment closes on (nothing but spaces and a comma after it), as written, or None."""
    tail = segment.rstrip(" ,")
    for pattern in places.values():
        if not may_match(pattern, tail):
            continue
        for m in quick(pattern).finditer(tail):
            if m.end() == len(tail) and not _OURS.search(tail, m.start()):
                return m.group()
    return None


def _ends_on_unit(segment: str, places: dict[str, re.Pattern]) -> bool:
    """Whether the segment ends on a province or district named (one of a list running on), not the nation
    or a region."""
    for kind in ("district", "province"):
        m = places[kind].search(segment) if kind in places else None
        if m is not None and not segment[m.end() :].strip(" ,"):
            return True
    return False


# communes (or wards, towns) and the districts they lie in, just before the district's name
_UNITS_BELONG_TO = compile_lowered(
    r"\b(?:xã|phường|thị trấn)(?:, (?:phường|thị trấn))* thuộc (?:các |\d+ )?$"
)


def other_place(
    low: str, clause_start: int, start: int, end: int, places: dict[str, re.Pattern]
) -> str | None:
    """The other place a value at low[start:end] is said of, as written, or None when it is the province's.

    Read as a reader does: the value's own comma segment (a place named in it, not followed by the
    province), the subject an earlier segment of the clause opened on, and right after the value
    ("… của cả nước")."""
    if (
        0 < clause_start < start
        and low[clause_start - 1] == ";"
        and (_OPENS_ON_A_VERB.match(low, clause_start) or _OPENS_ON_A_MEASURE.match(low, clause_start))
    ):
        # "Khu du lịch Mẫu Sơn được công nhận là khu du lịch quốc gia; đón khoảng 600.000 lượt khách/năm": a
        # clause opening on its verb goes on with the subject the clause before opened on (not a place it only
        # names: "…, ngành du lịch đẩy mạnh quảng bá tại Hà Nội; đón 3 triệu lượt khách")
        before_start = low.rfind(";", 0, clause_start - 1) + 1
        m = _first_place(low, places, before_start, clause_start - 1)
        if m is not None:
            segment_start = max(before_start, low.rfind(",", before_start, m.start()) + 1)
            if (
                # (the place opening its comma segment, after a lead at most: "Năm 2024, huyện Cao Lộc …;
                # đón …" -- not after a subject's clause: "Năm 2024, du lịch tỉnh khởi sắc, huyện Bắc Sơn …")
                (
                    _OPENS_SEGMENT.match(low[segment_start : m.start()])
                    # (or owns the subject that opens it: "Quy mô GRDP của toàn vùng ước vượt 1 triệu tỷ đồng;
                    # GRDP bình quân đầu người khoảng 76 triệu đồng")
                    # (the region's only: not "GDP của cả nước tăng 7,09%; GRDP ước tăng 7,1%", ours)
                    # (or a district's: "Thu nhập bình quân đầu người của huyện đạt 45,2 triệu đồng …; tỷ lệ
                    # hộ nghèo còn 6,9%")
                    or (
                        ("vùng" in m.group() or m.group().startswith(_A_DISTRICTS_NAME))
                        and (owner := _OWNS_THE_SUBJECT.match(low, segment_start, m.end())) is not None
                        and m.start() <= owner.end() < m.end()
                    )
                )
                and _A_LEAD_AT_MOST.match(low[before_start:segment_start])
                and not _OURS.search(low, clause_start, start)
                # (nor ours named right after the value: "…; tỷ lệ hộ nghèo của huyện … là 10,2%, thấp hơn mức
                # 16,78% của toàn tỉnh")
                and not ours_right_after(low, end)
                and (
                    _OPENS_ON_A_VERB.match(low, clause_start)
                    or (
                        _GIVES_A_FIGURE.search(low, m.end(), clause_start - 1)
                        # (a province's product after the nation's is ours: "GDP của cả nước tăng 7,09%;
                        # GRDP ước tăng 7,1%")
                        and not (
                            _A_PROVINCES_PRODUCT.match(low, clause_start)
                            and _THE_NATIONS_PRODUCT.search(low, before_start, clause_start)
                        )
                    )
                )
            ):
                return m.group()
    # (a clause without end in a run-on text is read back a reader's span, from a comma, not to its start)
    if start - clause_start > _READ_BACK:
        comma = low.find(", ", start - _READ_BACK, start)
        clause_start = comma + 1 if comma >= 0 else start - _READ_BACK
    *earlier, own = _segments(low, clause_start, start)
    subject = event = None
    for a, b in earlier:
        segment = low[a:b]
        if subject is not None and _APPOSITION.match(segment):
            continue
        m = _first_place(low, places, a, b)
        if m is not None and _UNITS_BELONG_TO.search(segment, max(0, m.start() - 40), m.start()):
            # "tỉnh sắp xếp 14 xã thuộc các huyện Tràng Định, Văn Quan, …, giảm 7 xã": where the units counted
            # lie, no subject of the clause
            m = None
        if (given := _A_PLACE_GIVEN_TO.match(segment)) is not None and (
            named := _place_at(low, a + given.end(), places, b)
        ) is not None:
            # "Dẫn đầu trong top 10 địa phương thu hút FDI là TP.HCM với 12.398 dự án, có tổng vốn …": the
            # place a ranking's place is given to, named after it, whatever the words before name
            subject = named.group()
            continue
        if (
            m is not None
            and "vùng" in m.group()
            and (owner := _OWNS_THE_SUBJECT.match(segment, 0, m.end())) is not None
            and m.start() <= owner.end()
            and not _names_ours(segment, 0)
        ):
            # "Quy mô GRDP theo giá hiện hành của vùng ước vượt 1 triệu tỷ đồng, GRDP bình quân đầu người
            # khoảng 76 triệu đồng": the region owns the subject its segment opens on, and the segments after
            # go on with it
            subject = m.group()
            continue
        if (
            m is not None
            and _opens_on_subject(segment, m, places)
            and not _A_BACKGROUND.match(segment)
            # (not a place ours is set against, ours opening the segment: "Năm 2024, Lạng Sơn có tốc độ tăng
            # trưởng cao hơn Cao Bằng, tốc độ tăng GRDP ước đạt 7,2%")
            and not _OURS_OPENING.match(low, a, m.start())
        ):
            # (not a background: "Trong bối cảnh GDP cả nước 9 tháng ước tăng 6,82%, tăng trưởng GRDP …")
            subject = m.group()
        event = m.group() if m is not None and _HELD_AN_EVENT.search(segment, 0, m.start()) else None
        if _names_ours(segment, m.end() if m is not None else 0) and not (
            # (not the province named as where the gate or its office the segment before opened on stands:
            # "Ngày 3/2, Hải quan cửa khẩu Chi Ma, Lạng Sơn đã làm thủ tục cho 100 xe hàng, kim ngạch đạt …")
            subject is not None
            and _WHERE_IT_STANDS.match(segment)
            and any(
                kind in places and places[kind].fullmatch(subject)
                for kind in ("border_gate", "customs_region")
            )
        ):
            subject = event = None
    if (
        subject is None
        and event is not None
        and _DRAWS.match(low, own[0])
        and not _THE_WHOLE.search(low, own[0], min(len(low), end + 30))
    ):
        # "tỉnh tổ chức Tuần lễ Văn hóa du lịch năm 2023, thu hút 20.000 lượt khách": the event held draws
        # them (not "…, cả năm thu hút 3,1 triệu lượt khách", nor "…, tổng mức bán lẻ … ước đạt …")
        return event
    if earlier and _WITH.match(low, own[0]) and not _OURS.search(low, own[0], own[1]):
        # "Phần lớn hàng hóa đi qua cửa khẩu quốc tế Hữu Nghị, với kim ngạch khoảng 40,2 tỷ USD": the value
        # belongs to the part of the province the segment before closed on (not a partner or a benchmark:
        # "hợp tác với Quảng Tây, với kim ngạch …", "so với cả nước, với tốc độ tăng trưởng …")
        parts = {k: v for k, v in places.items() if k in _PARTS_WITH_A_FLOW}
        closing = _last_place(low[earlier[-1][0] : earlier[-1][1]], parts)
        if closing is not None:
            return closing
        # (or another province the segment before spoke of, neither partner nor benchmark: "Du lịch là mảng
        # Quảng Ninh gần như không có đối thủ trong khu vực, với gần 10 triệu lượt khách"; not where visitors
        # or goods come from: "các đoàn khách Hà Nội lên nghỉ dưỡng tăng mạnh, với …")
        said = low[earlier[-1][0] : earlier[-1][1]]
        if "province" in places and not _OURS.search(said):
            for m in quick(places["province"]).finditer(said):
                before_it = said[max(0, m.start() - 16) : m.start()]
                if not _PARTNER_BEFORE.search(before_it) and not _ORIGIN_BEFORE.search(before_it):
                    return m.group()
    if earlier and _WHERE.match(low, own[0]):
        # "So với mặt bằng vùng trung du và miền núi phía Bắc, nơi tỷ lệ hộ nghèo bình quân khoảng 14,5%": the
        # place the segment before named, where the value is
        said = low[earlier[-1][0] : earlier[-1][1]]
        last = max(
            (
                m
                for pattern in places.values()
                if may_match(pattern, said)
                for m in quick(pattern).finditer(said)
            ),
            key=lambda m: m.start(),
            default=None,
        )
        if last is not None and not _OURS.search(said, last.end()):
            return last.group()
    before = low[own[0] : own[1]]
    named = None
    for kind, pattern in places.items():
        if not may_match(pattern, low, own[0], own[1]):  # spares most scans (etl/literals.py)
            continue
        # (the same matches, letters first; their look-behinds reading the text before the segment)
        for m in quick(pattern).finditer(low, own[0], own[1]):
            if named is None or m.start() - own[0] > named[0]:
                named = (m.start() - own[0], m.group(), kind)
    if named is not None:
        # "khu vực nông thôn toàn tỉnh": the province's words right after a place qualify that place
        rest = named[0] + len(named[1])
        if named[2] == "province" and _REPORTS.match(before, rest) and "lạng sơn" not in before[rest:]:
            # "Cùng thời điểm, Cao Bằng cho biết kim ngạch … qua địa bàn năm 2016 đạt …": a province telling
            # its own figure, its "địa bàn" its own
            return named[1]
        rest += len(_QUALIFIED.match(before, rest)[0])
        # (ours named after it turns the value back to ours -- not in an aside saying what the place is: "Cao
        # Bằng - tỉnh láng giềng của Lạng Sơn - tăng 6,8%")
        ours_after = (
            (match := _OURS.search(before, rest)) is not None
            and not _in_an_aside(before, rest, match)
            # (nor in a site's name: "Công viên địa chất toàn cầu UNESCO Lạng Sơn năm 2025 đón khoảng 1,3
            # triệu lượt khách")
            and not (
                named[2] == "site"
                and match.group() == "lạng sơn"
                and _IN_A_SITES_NAME.fullmatch(before, rest, match.start())
            )
            # (nor in an event's name or as its venue: "Hội thi … các dân tộc thiểu số tỉnh Lạng Sơn lần thứ V
            # năm 2024 thu hút …", "Liên hoan Du lịch Đông Bắc năm 2024 tại Lạng Sơn đã thu hút …")
            and not (named[2] == "site" and _AN_EVENTS_OWN.match(before, match.start(), match.end() + 12))
        )
        return None if ours_after else named[1]
    if subject is not None and not (
        # ("GDP cả nước 6 tháng tăng 6,76%, …, vậy mục tiêu tăng trưởng 8,5% năm 2019 của Lạng Sơn …": ours,
        # named right after the value)
        ours_right_after(low, end)
        # (the province's own product named in the value's segment after the nation's: "GDP cả nước …, tăng
        # trưởng GRDP 9 tháng đạt 7,2%" -- not after another province's or region's, whose GRDP it is too:
        # "Năm 2025, tỉnh Cao Bằng có quy mô nhỏ, tốc độ tăng GRDP ước đạt 4,1%")
        or ("grdp" in before and not _has_its_own_grdp(subject, places))
        or (
            _OURS.search(before)
            # (after another province opened the clause, only our name turns back: "Cao Bằng tăng 7,1%, kim
            # ngạch qua các cửa khẩu của tỉnh đạt khoảng 1,2 tỷ USD")
            and (
                "lạng sơn" in before
                or "tỉnh ta" in before
                or "province" not in places
                or not places["province"].fullmatch(subject)
            )
        )
    ):
        return subject
    after = low[end : end + 60]
    lead = _AFTER.match(after)
    if lead:
        for pattern in places.values():
            m = pattern.match(after, lead.end())  # (in place: "của huyện" is read behind the name)
            if m:
                return m.group()
    return _the_lists_owner(low, clause_start, start, places)


_A_SHORT_LEAD = re.compile(r"(?:[^,;]{0,40},\s*)?")
# a body setting out its targets, a list following: "Đảng bộ huyện xác định 22 chỉ tiêu chủ yếu, trong đó …"
_SETS_OUT_A_LIST = compile_lowered(
    r"[^;.]{0,80}?\b(?:xác định|đề ra|đặt ra|thông qua|đặt mục tiêu)\b[^;.]{0,80}?(?:, trong đó\b|:)"
)


def _the_lists_owner(low: str, clause_start: int, start: int, places: dict[str, re.Pattern]) -> str | None:
    """The district (or city) a sentence opens on, setting out a list of targets, for a value in a later
    clause of that list ("Bước vào nhiệm kỳ mới, Đảng bộ huyện xác định 22 chỉ tiêu, trong đó phấn đấu …; đến
    năm 2025, thu nhập bình quân đầu người đạt trên 60 triệu đồng; …": the district's, not the province's)."""
    first = low.find(";")
    if (
        first < 0
        or clause_start <= first
        or "district" not in places
        or _OURS.search(low, clause_start, start)
    ):
        return None
    m = _first_place(low, {"district": places["district"]}, 0, first)
    # (its subject after a short lead at most: "Bước vào nhiệm kỳ mới, …")
    if m is None or not _A_SHORT_LEAD.fullmatch(low, 0, m.start()):
        return None
    return m.group() if _SETS_OUT_A_LIST.match(low, m.end(), first) else None


def rank_given_to(low: str, end: int, places: dict[str, re.Pattern]) -> str | None:
    """The place a rank at low[..end] is given to, named after it ("xếp vị trí thứ 2 là Quảng Ninh", "Vị trí
    thứ 3 trong bảng xếp hạng thuộc về TP. Huế", "Xếp thứ hai sau Hải Phòng là Bắc Giang"), or None."""
    given = _GIVEN_TO.match(low, end)
    named = _place_at(low, given.end(), places) if given is not None else None
    return named.group() if named is not None else None


def _place_at(low: str, pos: int, places: dict[str, re.Pattern], end: int | None = None) -> re.Match | None:
    """The place named right at low[pos] (before `end`), its look-behinds reading the text before it."""
    end = len(low) if end is None else end
    return next((m for pattern in places.values() if (m := quick(pattern).match(low, pos, end))), None)


# (not "xếp thứ 15, là năm thứ hai liên tiếp", "xếp thứ 3 là tỉnh có …": a place's name must follow)
_GIVEN_TO = compile_lowered(
    r"(?:\s*/\s*\d{1,2})?(?:\s+(?:trong|trên) (?:bảng )?xếp hạng(?: [^\s,;.:()]+){0,3}?)?"
    r"(?:\s+sau [^,;.:()]{1,40}?)?"
    r"\s+(?:là|thuộc về)\s+(?:tỉnh |thành phố |tp\.\s*|tp )?"
)


def _has_its_own_grdp(subject: str, places: dict[str, re.Pattern]) -> bool:
    """Whether the place is one with a GRDP of its own (another province, a region -- ours too, "GRDP toàn
    vùng"): not the nation."""
    return any(
        kind in places and places[kind].fullmatch(subject) is not None
        for kind in ("province", "other_region", "region")
    )


_A_PLACE_GIVEN_TO = compile_lowered(
    r"\W*(?:dẫn đầu|đứng đầu|xếp (?:vị trí )?thứ \S+|đứng (?:vị trí )?thứ \S+"
    r"|tiếp theo|tiếp đến|kế đến|theo sau)"
    r"\b[^,;]{0,80}? là (?:tỉnh |thành phố )?"
)


def subject_opening(low: str, places: dict[str, re.Pattern]) -> str | None:
    """The other province or region a sentence opens on as the subject of its verb ("Vùng Đồng bằng sông Hồng
    tiếp tục giữ vai trò …", "Năm 2025, Bắc Giang dẫn đầu …"), or None. Not the nation, which a report
    gives in passing for comparison ("Cả nước cùng kỳ tăng 6,76%. Chỉ số sản xuất công nghiệp … tăng
    7,8%")."""
    m = _first_place(low[:_OPENING_SPAN], places)
    if m is None or _OURS.search(low) or not _A_TIME_AT_MOST.fullmatch(low[: m.start()]):
        return None
    kinds = ("province", "other_region")
    if not any(_is_a(places, kind, low, m) for kind in kinds if kind in places):
        return None
    verb = _SUBJECT_VERB.match(low, m.end()) or _SUBJECT_WEAK_VERB.match(low, m.end())
    return m.group() if verb is not None else None


_OPENING_SPAN = 60
_A_TIME_AT_MOST = compile_lowered(
    r"\W*(?:(?:năm \d{4}|trong năm \d{4}|quý [ivx]+(?:/\d{4})?|\d{1,2} tháng(?: đầu năm)?(?: \d{4})?)"
    r"\s*,?\s*)?"
    r"(?:vùng |tỉnh |thành phố )?"
)


def ours_right_after(low: str, end: int) -> bool:
    """Whether the province is named right after a value ("… 8,5% năm 2019 của Lạng Sơn")."""
    after = low[end : end + 40]
    lead = _AFTER_A_PERIOD.match(after)
    return lead is not None and (
        _OURS.match(after, lead.start("of")) is not None or _OURS.match(after, lead.end()) is not None
    )


_AFTER_A_PERIOD = compile_lowered(
    r"\s*(?:/năm\s+)?(?:(?:năm|quý [ivx]+|\d{1,2} tháng)(?: \d{4})?\s+)?(?P<of>của|tại|ở)\s+"
)


_A_MEASURE_OF = compile_lowered(
    r"\s*(?:tốc độ tăng(?: trưởng)?(?: kinh tế)?|tăng trưởng kinh tế|kim ngạch(?: xuất nhập khẩu)?"
    r"|(?:tổng )?thu ngân sách(?: nhà nước)?)\s*(?:trong|của|tại|thuộc)?\s*"
)
_OF_A_PLACE = compile_lowered(r"(?:trong|của|tại|thuộc|khu|kktck)\s")


def _before_a_comparison(rest: str) -> str:
    at = rest.find(" so với ")
    return rest if at < 0 else rest[:at]


def _opens_on_subject(segment: str, m: re.Match, places: dict[str, re.Pattern]) -> bool:
    """Whether the place `m`, the first the segment names, is the subject its clause goes on about."""
    # (past an aside between dashes that says what the place is: "Cao Bằng - tỉnh láng giềng của Lạng Sơn -
    # tăng 6,8%")
    end = m.end()
    for dash in (" - ", " – "):
        if segment.startswith(dash, end) and 0 < (closing := segment.find(dash, end + 3)) - end <= 80:
            end = closing + 2
            break
    return bool(
        # (what it is compared with is no more of the segment: "Tốc độ tăng trưởng kinh tế trong KKTCK giai
        # đoạn 2009-2017 liên tục ở mức cao so với tốc độ tăng chung của tỉnh, …")
        (
            _LEAD.match(segment[: m.start()])
            and len(_before_a_comparison(_after_its_bracket(segment[end:]))) <= 40
        )
        or _SINGLED_OUT.search(segment[: m.start()])
        # "Tốc độ tăng trưởng kinh tế trong KKTCK giai đoạn 2009-2017 … , bình quân hàng năm đạt 11,26%": the
        # measure of the place the segment opens on
        or (_A_MEASURE_OF.fullmatch(segment[: m.start()]) and _OF_A_PLACE.match(m.group() + " "))
        # "tỷ lệ hộ nghèo ở các huyện Bình Gia, Đình Lập còn trên 20%": a list of named places runs on
        # (not "cao hơn mức bình quân của cả nước, nhưng …": the nation is no list)
        or _ends_on_unit(segment, places)
        # "giai đoạn 2016 - 2020 huyện phấn đấu tăng trưởng 12%/năm, thu nhập … đạt 45 triệu đồng": a place
        # that is the subject of a plan or a result carries over the clause (not one compared with: "thấp
        # hơn bình quân cả nước là 7,09%, …")
        or (_SUBJECT_VERB.match(segment, end) and not _COMPARED.search(segment, 0, m.start()))
        or (
            _SUBJECT_BEFELL.match(segment, m.end())
            and _OPENS_SEGMENT.match(segment[: m.start()])
            and _is_a(places, "province", segment, m)
        )
        or (
            _SUBJECT_WEAK_VERB.match(segment, m.end())
            and _OPENS_SEGMENT.match(segment[: m.start()])
            # (another province: not a partner abroad, "Quảng Tây có nhu cầu nhập khẩu lớn, kim ngạch …"; or a
            # district or commune of ours: "Xã mới có 19/19 tiêu chí từ năm 2020, giờ tỷ lệ hộ nghèo …")
            and any(_is_a(places, kind, segment, m) for kind in ("province", "district"))
        )
        # "Chi cục Hải quan khu vực VII (quản lý địa bàn …) cho biết tổng kim ngạch …": who reports
        or (_LEAD.match(segment[: m.start()]) and _REPORTS.match(segment, m.end()))
        # "tỷ lệ hộ nghèo ở các xã vùng cao, biên giới vẫn trên 30%": some communes, their list running on
        or _SOME_UNITS.fullmatch(m.group()) is not None
        # "Lễ hội Văn hóa Du lịch Mẫu Sơn năm 2024 diễn ra từ ngày 20 đến 22/9, dự kiến đón …": an event
        # opening its segment and taking place there
        or (_LEAD.match(segment[: m.start()]) and _EVENT_HAPPENS.match(segment, m.end()) is not None)
        # "số thu toàn Chi cục … đạt 4.126,5 tỷ đồng, bằng 43% dự toán giao cho đơn vị (9.600 tỷ đồng)": an
        # office's whole, the clause going on with it
        or m.group() in ("toàn chi cục", "toàn đơn vị")
        # "tổng vốn đầu tư nước ngoài đăng ký vào Việt Nam, gồm …, đạt 27,72 tỷ USD": the country closing the
        # subject's own words
        or (m.group().endswith("vào việt nam") and not segment[m.end() :].strip(" ,"))
        # "kim ngạch qua cửa khẩu quốc tế Hữu Nghị vẫn chiếm tỷ trọng lớn nhất, đạt khoảng 2,9 tỷ USD": the
        # trade through one named gate, the clause going on with its amount
        or (_THROUGH_A_GATE.search(segment, 0, m.start()) is not None and m.group().startswith("cửa khẩu "))
        # "hoạt động qua cửa khẩu quốc tế Lào Cai cũng chững lại, kim ngạch 9 tháng đạt …": what passes
        # another province's gate (not ours: "Hàng hóa qua cửa khẩu Hữu Nghị thông suốt, tổng kim ngạch …")
        or (
            _PASSING_A_GATE.search(segment, 0, m.start()) is not None
            and m.group().startswith("cửa khẩu ")
            and "province" in places
            and places["province"].search(m.group()) is not None
        )
    )


def _is_a(places: dict[str, re.Pattern], kind: str, text: str, m: re.Match) -> bool:
    """Whether the place `m` matched in `text` is one of `kind` (read in place: "xã" alone is a commune only
    before its verb, "Xã mới có …")."""
    if kind not in places:
        return False
    if places[kind].fullmatch(m.group()):
        return True
    found = places[kind].match(text, m.start())
    return found is not None and found.end() == m.end()


_THROUGH_A_GATE = compile_lowered(r"\bkim ngạch(?: xuất,? nhập khẩu)?(?: hàng hóa)? qua $")
_PASSING_A_GATE = compile_lowered(r"(?<!nếu )\b(?:hoạt động(?: xuất nhập khẩu| thông quan)?|hàng hóa) qua $")


_DRAWS = compile_lowered(r"\W*(?:(?:dự kiến|ước|sẽ|có thể) )?(?:thu hút|đón|thu về|với)\b")
# … but not what the whole year or quarter drew ("…, với tổng mức bán lẻ hàng hóa cả năm đạt …", "đón 3,2
# triệu lượt khách trong cả năm")
# (nor "… thu hút 3,2 triệu lượt khách trong năm.", "…, tăng 15% so với cùng kỳ": a period's -- not "trong năm
# ngày diễn ra", "trong tháng diễn ra lễ hội", "trong tỉnh và du khách quốc tế", the event's own)
_THE_WHOLE = compile_lowered(
    r"\b(?:cả|trong cả|toàn) (?:năm|quý|tháng|tỉnh)\b|\btổng mức\b|\bso với cùng kỳ\b"
    r"|\btrong (?:năm|quý|tháng)(?: \d{4})?(?=\s*(?:[,.;]|$))"
)
# an event taking place in its own segment ("Lễ hội … năm 2024 diễn ra từ ngày 20 đến 22/9, dự kiến đón …")
_EVENT_HAPPENS = compile_lowered(r"[^,;]{0,60}?\b(?:diễn ra|khai mạc|được tổ chức)\b")
# (or told of: "Đại diện Sở … thông tin về Lễ hội Kỳ Lừa năm 2026, dự kiến thu hút khoảng 60.000 lượt khách")
_HELD_AN_EVENT = compile_lowered(
    r"\b(?:tổ chức|khai mạc|diễn ra|thông tin về|giới thiệu về)(?: thành công)?\s+$"
)
# "Cao Bằng, tỉnh láng giềng của Lạng Sơn, …": a segment that only describes the place before it
_APPOSITION = compile_lowered(
    r"^\s*(?:là )?(?:một )?(?:tỉnh|địa phương)\s+(?:láng giềng|giáp ranh|lân cận|bạn)\b"
    # ("Cao Bằng, địa phương cùng Lạng Sơn giữ nguyên địa giới sau sắp xếp, tăng 6,9%": likened to ours)
    r"|^\s*(?:là )?(?:một )?(?:tỉnh|địa phương)\s+(?:cùng|như|giống)\b"
    # (or what a part is to the province: "Thành phố Lạng Sơn, trung tâm kinh tế của tỉnh, được giao …")
    r"|^\s*(?:là )?(?:trung tâm|cửa ngõ|đầu mối|vùng động lực|đô thị loại)\b[^,;]*\bcủa tỉnh[\s,]*$"
    # (or what an office covers: "Chi cục Hải quan khu vực VI, đơn vị quản lý địa bàn hai tỉnh Lạng Sơn và Cao
    # Bằng, cho biết …": still the office's figure)
    r"|^\s*(?:là )?(?:đơn vị|cơ quan)\s+(?:quản lý|phụ trách|phụ trách quản lý)\b"
)


_SOME_UNITS = compile_lowered(r"(?:ở|tại) (?:các|những|một số|\d{1,3}) (?:xã|huyện|thôn|bản)")


def _after_its_bracket(rest: str) -> str:
    """The words after a place, past a bracket that describes it ("Tại xã Thất Khê (hình thành từ thị trấn
    Thất Khê và các xã …), thu ngân sách …": the bracket may run past the segment's comma)."""
    if not rest.lstrip().startswith("("):
        return rest
    closed = rest.find(")")
    return rest[closed + 1 :] if closed >= 0 else ""


def _names_ours(segment: str, at: int) -> bool:
    """Whether the segment names the province after `at`, outside a bracket: "Chi cục Hải quan khu vực VII
    (quản lý địa bàn Lạng Sơn và Cao Bằng) cho biết …" describes the office's area; the office stays the
    subject."""
    for m in _OURS.finditer(segment, at):
        if "chiếm" in segment[at : m.start()] or "so với" in segment[at : m.start()]:
            # "Cửa khẩu quốc tế Hữu Nghị luôn chiếm trên 50% kim ngạch toàn tỉnh, …": the whole the place's
            # share is of, the place still the subject; so is what it is compared with ("Tốc độ tăng trưởng
            # kinh tế trong KKTCK … ở mức cao so với tốc độ tăng chung của tỉnh, …")
            continue
        # (nor an aside between dashes that says what the place is: "Cao Bằng - tỉnh láng giềng của Lạng Sơn -
        # tăng 6,8%")
        if _in_an_aside(segment, at, m):
            continue
        if _ONE_OF_ITS_PARTS.search(segment, 0, m.start()):
            # (nor the province whose part the place is said to be: "Lộc Bình là một trong những huyện thu hút
            # vốn đầu tư khá của tỉnh, với …")
            continue
        if segment.rfind("(", at, m.start()) <= segment.rfind(")", at, m.start()):
            return True
    return False


_ONE_OF_ITS_PARTS = compile_lowered(
    r"\blà (?:một trong (?:những|các|số) )?(?:huyện|xã|phường|địa phương|đơn vị)\b[^,;.]*$"
)


_ORGAN_OF = compile_lowered(
    r"toàn|(?:(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|tỉnh ủy|tỉnh uỷ|đảng bộ) )?tỉnh"
)


# (its own figures told: not "Năm 2024, Hà Nội là thị trường gửi khách lớn nhất; tổng lượt khách …")
_A_PROVINCES_OWN_VERB = compile_lowered(r"\s+(?:có|đạt|tăng|giảm|thu|ước|xếp|đứng|đón|thu hút)\b")
_A_CONTRAST = compile_lowered(r"\b(?:trong khi|còn|riêng|ngược lại)\b")
# a lead that only dates what follows ("Năm 2022", "Trong 6 tháng đầu năm 2024", "Cùng kỳ")
_A_PERIOD_LEAD = re.compile(
    r"\s*(?:trong |riêng |tính đến |đến )?"
    r"(?:năm \d{4}|(?:\d{1,2} tháng|quý [ivx]+)(?: đầu)?(?: năm)?(?:[ /]\d{4})?"
    r"|giai đoạn \d{4}\s*[-–]\s*\d{4})\s*"
)


def _segment_end(low: str, start: int) -> int:
    """Where the comma or semicolon segment opening at `start` ends, or -1 if it runs to the end."""
    return min((i for i in (low.find(",", start), low.find(";", start)) if i > 0), default=-1)


_AT_A_PLACE = re.compile(r"(?:riêng\s+)?(?:tại|ở)")


def opening_place(low: str, places: dict[str, re.Pattern]) -> tuple[int, str] | None:
    """(end, place) where a sentence opens on another place before its first comma ("Bình quân cả nước, thu
    nhập … ; tỷ lệ hộ nghèo còn 1,93%"): the subject of all its clauses until the province is named."""
    # (a semicolon too: "Toàn huyện hiện có 8/22 xã đạt chuẩn …; thu nhập bình quân … đạt 24,6 triệu đồng")
    comma = _segment_end(low, 0)
    if comma <= 0:
        return None
    if _A_PERIOD_LEAD.fullmatch(low, 0, comma):
        # ("Năm 2022, Lào Cai có quy mô kinh tế gần 68.000 tỷ đồng; GRDP bình quân đầu người khoảng 90 triệu
        # đồng": the place the clause after a period's lead opens on, as its subject)
        # (another province only, never the nation or a region: "Năm 2024, GDP của cả nước tăng 7,09%; GRDP
        # ước tăng 7,1%" goes back to the province; and no contrast with ours later: "Năm 2024, Cao Bằng tăng
        # 7,1%, trong khi tỉnh ta …")
        after = len(low) - len(low[comma + 1 :].lstrip())
        stop = _segment_end(low, after)
        provinces = {"province": places["province"]} if "province" in places else {}
        m = _first_place(low[after : min(stop, after + 45)], provinces) if stop > 0 and provinces else None
        if (
            m is not None
            and m.start() == 0
            and not _OURS.search(low)
            and not _A_CONTRAST.search(low, stop)
            and _A_PROVINCES_OWN_VERB.match(low, after + m.end())
        ):
            return stop, m.group()
    # (or a place qualifying the subject the sentence opens on: "Tốc độ tăng trưởng kinh tế của huyện bình
    # quân … đạt 10,2%/năm, thu nhập bình quân đầu người … đạt 22 triệu đồng")
    m = _first_place(low[: min(comma, 80)], places)
    if m is None or _OURS.search(low, 0, comma):
        return None
    # (or opens on its council, committee or party: "HĐND tỉnh Cao Bằng thông qua kế hoạch …"; or on where, a
    # long name: "Riêng tại Hải quan cửa khẩu quốc tế Hữu Nghị, kim ngạch 8 tháng đạt 1.982 triệu USD")
    before = low[: m.start()].strip(" \n\t-–")
    opens = not before or _ORGAN_OF.fullmatch(before) is not None or _AT_A_PLACE.fullmatch(before) is not None
    if m.end() > 45 and not (opens and m.end() == comma):
        return None
    if (
        comma > 40
        and not opens
        and (DIGIT.search(low, 0, m.start()) or not low.endswith("của ", 0, m.start()))
    ):
        return None  # ("Nếu các lối thông quan … vận hành đúng tiến độ, …": a condition, not the subject)
    if _BACKGROUND.match(low):
        # "Trong bối cảnh kinh tế của cả nước …, ", "Phát biểu tại xã Tân Thanh, …": not the subject
        return None
    return comma, m.group()


def part_opening(low: str, sentence: str, places: dict[str, re.Pattern]) -> str | None:
    """The part of the province (a district, commune or ward, the city, a site, the zone) a sentence opens on
    as its subject, after a lead at most ("Xã Yên Trạch (huyện Cao Lộc) là một trong những xã về đích …",
    "Năm 2022, huyện Văn Quan có …"), or None -- for the next sentence of its paragraph to go on about."""
    named = with_named_units(places, named_units(sentence))
    # (or the trade through one gate the sentence opens on: "Kim ngạch xuất nhập khẩu qua cửa khẩu Ga đường
    # sắt quốc tế Đồng Đăng mấy năm gần đây có tăng nhưng không đều. Năm 2021, kim ngạch đạt 161,7 triệu USD")
    if (
        "border_gate" in places
        and (gate := _first_place(low[:100], {"border_gate": places["border_gate"]})) is not None
        and _ONE_GATES_TRADE_OPENS.fullmatch(low, 0, gate.start()) is not None
        and not DIGIT.search(low)
        and not any(
            quick(pattern).search(low, gate.end()) for kind, pattern in named.items() if kind != "border_gate"
        )
    ):
        return gate.group()
    parts = {k: v for k, v in named.items() if k in _PARTS_OPENING}
    m = _first_place(low[:80], parts)
    if m is None or _OURS.search(low, 0, m.start()):
        return None
    segment_start = low.rfind(", ", 0, m.start()) + 2 if ", " in low[: m.start()] else 0
    if not (_LEAD.match(low[segment_start : m.start()]) and _A_LEAD_AT_MOST.match(low[:segment_start])):
        return None
    if not (_SUBJECT_VERB.match(low, m.end()) or _SUBJECT_WEAK_VERB.match(low, m.end())):
        return None
    if _RANKED_AMONG_PARTS.search(low[m.end() :]):
        return None  # (the parts compared, "Huyện Hữu Lũng là địa phương có tốc độ tăng trưởng cao nhất")
    # (about it alone: not "Huyện Bình Gia vẫn là địa phương có tỷ lệ hộ nghèo cao nhất …, trong khi thành phố
    # Lạng Sơn chỉ còn 0,6%", the parts compared, after which the paragraph goes on about the province)
    after = m.end()
    if low.startswith(" (", after) and (closing := low.find(")", after)) > 0:
        after = closing + 1  # (its own bracket: "Xã Yên Trạch (huyện Cao Lộc) là …")
    for pattern in named.values():
        for other in quick(pattern).finditer(low, after):
            if any(c.isupper() for c in sentence[other.start() : other.end()]):
                return None  # (another place named: not "là một trong những xã về đích …", a kind)
    return m.group()


# A part of the province telling the sentence's figures: its organ speaking ("Ông …, Chủ tịch UBND thành phố
# Lạng Sơn, cho biết …", "Chủ tịch UBND huyện cho biết, …") or its report ("Theo báo cáo của thị trấn, …")
_A_PART = r"(?:huyện|thị trấn|thành phố|tp\.|xã(?! hội)|phường)"
_PART_TELLS = compile_lowered(
    r"(?:\b(?:chủ tịch|phó chủ tịch|lãnh đạo|bí thư|đại diện)"
    r"(?: (?:ubnd|ủy ban nhân dân|hđnd|huyện ủy|thành ủy|đảng ủy))? "
    rf"(?P<organ>{_A_PART}(?: (?!cho\b|thông\b|báo\b)[^\s,;]+){{0,3}})"
    r",?\s+(?:cho biết|thông tin|báo cáo)\b"
    r"|\btheo (?:báo cáo |số liệu )?(?:của )?(?:ubnd |ủy ban nhân dân )?"
    rf"(?P<source>{_A_PART}(?: [^\s,;]+){{0,3}}?),"
    # (the part's party committee speaking: "Đồng chí Bí thư Huyện ủy cho biết, mục tiêu nhiệm kỳ mới …")
    r"|\b(?:bí thư|phó bí thư) (?P<committee>huyện ủy|huyện uỷ|thành ủy|thành uỷ)\b"
    r",?\s+(?:cho biết|thông tin)\b"
    # (or its chair named after whom the text follows: "Theo ông …, Chủ tịch UBND xã Bắc Sơn, từ đầu năm …")
    r"|\btheo (?:ông|bà) [^,;]{2,40}, (?:phó )?chủ tịch (?:ubnd|ủy ban nhân dân) "
    rf"(?P<teller>{_A_PART}(?: [^\s,;]+){{0,3}}?),)"
)


@lru_cache(maxsize=4)  # (asked for each value of a sentence: read once per sentence)
def part_telling(low: str) -> tuple[int, str] | None:
    """(end, part) where a part of the province tells the sentence's figures from there on, or None."""
    m = _PART_TELLS.search(low) if may_match(_PART_TELLS, low) else None
    return (m.end(), m["organ"] or m["source"] or m["committee"] or m["teller"]) if m is not None else None


_PARTS_OPENING = ("district", "site", "zone", "named_unit")
# a sentence opening on the trade through one gate, no figure of its own ("Kim ngạch xuất nhập khẩu qua cửa
# khẩu …")
_ONE_GATES_TRADE_OPENS = compile_lowered(
    r"\W*(?:tổng )?(?:kim ngạch|trị giá|giá trị)(?: hàng (?:hóa|hoá))?(?: xuất,? nhập khẩu)?"
    r"(?: hàng (?:hóa|hoá))? qua "
)
# ("là địa phương có tốc độ tăng trưởng cao nhất", "có kim ngạch lớn nhất", "đứng đầu tỉnh về …": the part
# ranked among the parts or set against the province -- not "đã có 20 xã đạt chuẩn, nhiều nhất tỉnh", "là
# huyện dẫn đầu về xây dựng nông thôn mới", its own count or standing with a rank aside)
_RANKED_AMONG_PARTS = compile_lowered(
    r"\blà (?:địa phương|huyện|xã|phường|đơn vị)\b[^,.;]{0,60}?\bnhất\b"
    r"|\bcó [^,.;]{0,40}?(?:cao|thấp|lớn|nhiều|ít) nhất\b"
    # ("đứng đầu tỉnh về thu hút đầu tư", "dẫn đầu các huyện về …", "có thu nhập cao hơn mức bình quân của
    # tỉnh": what the sentence says of the part, with no comma before it -- not "đã có 15/20 xã đạt chuẩn,
    # đứng đầu tỉnh", "có tốc độ tăng trưởng 9,1%, cao hơn tỉnh", its own figure with a rank aside)
    r"|^[^,.;]*?\b(?:(?:dẫn đầu|đứng đầu)(?: (?:toàn|các|trong|của))? (?:tỉnh|huyện|địa phương)"
    r"|(?:cao|thấp) hơn (?:mức )?(?:bình quân |trung bình )?(?:chung )?(?:của )?(?:toàn )?tỉnh\b)"
)


# An opening that sets the scene: where someone spoke, what the times were, not whose figures follow.
_A_BACKGROUND = compile_lowered(r"\s*(?:trong bối cảnh|bối cảnh|trước (?:tình hình|bối cảnh))\b")
_BACKGROUND = compile_lowered(
    r"\s*(?:trong bối cảnh|bối cảnh|trước (?:tình hình|những|bối cảnh)|do\b|dù\b|mặc dù|tuy\b|nhờ\b|bên cạnh"
    r"|cùng với|phát biểu|làm việc|đến thăm|thăm\b|tại buổi|tại hội nghị|tại phiên|dự\b)"
)


def names_province(low: str, start: int, end: int, after_another_province: bool = False) -> bool:
    """Whether low[start:end] names the province ("Lạng Sơn", "toàn tỉnh", "của tỉnh"). In a sentence opened
    on another province ("Quảng Ninh ghi nhận …, thu ngân sách … toàn tỉnh chỉ đạt …") "tỉnh" is that one:
    only Lạng Sơn's name turns back."""
    if after_another_province:
        # (not named beside the other as its like: "Cao Bằng, địa phương cùng Lạng Sơn giữ nguyên địa giới …,
        # tăng 6,9%")
        # (nor as where a gate stands: "qua cửa khẩu Tân Thanh, Lạng Sơn, …", "cửa khẩu Chi Ma (Lạng Sơn)")
        # (nor in an aside saying what the other is: "Cao Bằng - tỉnh láng giềng của Lạng Sơn - tăng 6,8%")
        return any(
            not _BESIDE.search(low, max(start, m.start() - 12), m.start())
            and not _WHERE_A_GATE_STANDS.search(low, max(start, m.start() - 40), m.start())
            and not _in_an_aside(low, start, m)
            for m in _LANG_SON.finditer(low, start, end)
        )
    for m in _OURS.finditer(low, start, end):
        # (not a part described as the province's: "đưa Hữu Lũng trở thành huyện công nghiệp - dịch vụ của
        # tỉnh")
        if not (
            m.group() == "của tỉnh" and _A_PART_DESCRIBED.search(low, max(start, m.start() - 50), m.start())
        ):
            return True
    return False


def _in_an_aside(low: str, start: int, m: re.Match) -> bool:
    """Whether the match stands between two dashes after `start`, with no number between them -- or names
    the area a customs branch serves ("Chi cục Hải quan khu vực quản lý địa bàn hai tỉnh Lạng Sơn và Cao
    Bằng đã …, thu ngân sách đạt …": the branch's take over both, not ours)."""
    if _THE_AREA_SERVED.search(low, max(0, m.start() - 40), m.start()):
        return True
    # (the opening dash may stand right at `start`, its space read with what comes before; a hyphen or an en
    # dash, "Cao Bằng – tỉnh bạn của Lạng Sơn – đón 2 triệu lượt")
    for dash in (" - ", " – "):
        opened, closed = low.rfind(dash, max(0, start - 2), m.start()), low.find(dash, m.end())
        if opened >= 0 and closed >= 0 and not DIGIT.search(low, opened, closed):
            return True
    return False


_THE_AREA_SERVED = compile_lowered(
    r"\b(?:quản lý|phụ trách)(?: địa bàn)?(?: (?:cả )?(?:hai|2|các) tỉnh)? (?:tỉnh )?$"
)
_A_PART_DESCRIBED = compile_lowered(r"\b(?:trở thành|là) (?:huyện|xã|thành phố|đô thị)\b[^,;.]*$")
_LANG_SON = compile_lowered(r"\blạng sơn\b")
# the words of a site's name up to the province's ("… toàn cầu UNESCO Lạng Sơn", "Khu du lịch Mẫu Sơn"), not a
# conjunction or a verb setting the province beside it ("… và toàn tỉnh Lạng Sơn đón …")
_AN_EVENTS_OWN = compile_lowered(r"(?:tỉnh )?lạng sơn(?= lần thứ\b)|(?<=\btại )lạng sơn\b")
_IN_A_SITES_NAME = compile_lowered(
    r"\s*(?:(?!(?:và|cùng|của|toàn tỉnh|tỉnh|đón|đạt|thu|có|với|so)\b)[^\s,;.()]+\s+){0,3}"
)
_BESIDE = compile_lowered(r"\b(?:cùng|như|giống|với|hơn|sau)\s+(?:tỉnh\s+)?$")
_WHERE_IT_STANDS = compile_lowered(r"\s*(?:tỉnh\s+)?lạng sơn\b(?!\s*(?:đạt|có|tăng|giảm|là|ước|xếp)\b)")
# a gate named with where it stands after it ("cửa khẩu Tân Thanh, Lạng Sơn", "cửa khẩu Chi Ma (Lạng Sơn)")
_A_GATE_THEN_WHERE = (
    r"\bcửa khẩu(?: quốc tế| chính| song phương| phụ)?(?: [^\s,;.()]+){1,3}\s*[,(]\s*(?:tỉnh\s+)?"
)
_WHERE_A_GATE_STANDS = compile_lowered(_A_GATE_THEN_WHERE + "$")
A_GATE_WITH_ITS_PROVINCE = compile_lowered(_A_GATE_THEN_WHERE + r"lạng sơn\b")


# A commune, ward, town or village named with capitals ("Xã Bắc Sơn hiện có 23 homestay …, đón trên 60.000
# lượt khách", "thôn Quỳnh Sơn"): its figures are not the province's. Capitals tell a name from a kind of
# commune ("xã đạt chuẩn nông thôn mới", "xã biên giới"), so they are read in the text as written.
_UNIT_WORD = re.compile(r"\b(?:[Xx]ã|[Pp]hường|[Tt]hị trấn|(?<![Nn]ông )[Tt]hôn) ")


def named_units(sentence: str) -> tuple[str, ...]:
    """The lower-cased names of the communes, wards and villages a sentence names with capitals."""
    names = []
    for m in _UNIT_WORD.finditer(sentence):
        words = []
        for word in sentence[m.end() : m.end() + 60].split()[:4]:
            bare = word.strip(",.;:()\"'")
            if not words and bare.lower() == "hội":
                break  # "Kinh tế - Xã Hội": society, no commune
            if not bare[:1].isupper() or not bare.isalpha():
                break
            words.append(bare)
            if bare != word:
                break  # punctuation ends the name
        if words:
            names.append(lowered(m.group() + " ".join(words)))
    return tuple(names)


def with_named_units(places: dict[str, re.Pattern], names: tuple[str, ...]) -> dict[str, re.Pattern]:
    """`places` and the units a sentence names (etl.places.named_units)."""
    return {**places, "named_unit": _units_pattern(names)} if names else places


@lru_cache(maxsize=256)
def _units_pattern(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(re.escape(name) for name in sorted(set(names), key=len, reverse=True)))
