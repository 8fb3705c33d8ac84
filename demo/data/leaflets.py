"""Folded leaflets: each panel is drawn, laid three to a printed A4 sheet in the PDF, and
its text kept for phones and search."""

from datetime import datetime
from zoneinfo import ZoneInfo

from ..specs import Leaflet, Panel

SECTION = "to-gap-phap-luat"

LEAFLETS = [
    Leaflet(
        title="Tờ gấp: Tìm hiểu Luật Đất đai 2024",
        summary=(
            "Tờ gấp sáu mặt giới thiệu Luật Đất đai 2024: những điểm mới, quyền và nghĩa vụ của "
            "người sử dụng đất, nơi giải quyết thủ tục."
        ),
        section=SECTION,
        unit="STP",
        fields=("Đất đai",),
        tags=("Luật Đất đai 2024", "tờ gấp"),
        days_ago=8,
        panels=[
            Panel(
                "Tìm hiểu Luật Đất đai 2024",
                ["Luật số 31/2024/QH15.", "Có hiệu lực từ ngày 01/8/2024.", "16 chương, 260 điều."],
            ),
            Panel(
                "Giá đất",
                [
                    "Bỏ khung giá đất của Chính phủ.",
                    "Bảng giá đất công bố và áp dụng từ ngày 01/01 hằng năm.",
                ],
            ),
            Panel(
                "Giấy chứng nhận",
                [
                    "Đất không có giấy tờ, sử dụng ổn định trước 01/7/2014, không vi phạm, không "
                    "tranh chấp: được xem xét cấp Giấy chứng nhận.",
                    "Ghi đầy đủ tên những người có chung quyền sử dụng đất.",
                ],
            ),
            Panel(
                "Quyền của người sử dụng đất",
                [
                    "Được cấp Giấy chứng nhận khi đủ điều kiện.",
                    "Hưởng thành quả lao động, kết quả đầu tư trên đất.",
                    "Được Nhà nước bảo hộ khi bị xâm phạm quyền hợp pháp.",
                ],
            ),
            Panel(
                "Nghĩa vụ của người sử dụng đất",
                [
                    "Sử dụng đất đúng mục đích, đúng ranh giới thửa đất.",
                    "Thực hiện nghĩa vụ tài chính theo quy định.",
                    "Bảo vệ đất, bảo vệ môi trường.",
                ],
            ),
            Panel(
                "Cần hỗ trợ?",
                [
                    "Liên hệ Ủy ban nhân dân cấp xã nơi có đất.",
                    "Đọc thêm trên cổng thông tin phổ biến, giáo dục pháp luật của tỉnh.",
                ],
            ),
        ],
    ),
    Leaflet(
        title="Tờ gấp: Phòng, chống bạo lực gia đình",
        summary=(
            "Nhận biết hành vi bạo lực gia đình, quyền của người bị bạo lực và nơi tìm sự giúp đỡ "
            "theo Luật Phòng, chống bạo lực gia đình năm 2022."
        ),
        section=SECTION,
        unit="HLHPN",
        fields=("Phòng, chống bạo lực gia đình", "Hôn nhân và gia đình"),
        tags=("bạo lực gia đình", "tờ gấp"),
        days_ago=44,
        panels=[
            Panel(
                "Nói không với bạo lực gia đình",
                ["Luật Phòng, chống bạo lực gia đình năm 2022.", "Có hiệu lực từ ngày 01/7/2023."],
            ),
            Panel(
                "Thế nào là bạo lực gia đình?",
                [
                    "Hành hạ, ngược đãi, đánh đập thành viên gia đình.",
                    "Lăng mạ, chì chiết, xúc phạm danh dự, nhân phẩm.",
                    "Cưỡng ép quan hệ tình dục, cưỡng ép tảo hôn.",
                    "Kiểm soát thu nhập để tạo sự lệ thuộc về tài chính.",
                ],
            ),
            Panel(
                "Quyền của người bị bạo lực",
                [
                    "Yêu cầu cơ quan có thẩm quyền bảo vệ sức khỏe, tính mạng, danh dự.",
                    "Đề nghị áp dụng biện pháp cấm tiếp xúc với người có hành vi bạo lực.",
                    "Được hỗ trợ y tế, tư vấn tâm lý, trợ giúp pháp lý.",
                ],
            ),
            Panel(
                "Khi chứng kiến bạo lực",
                [
                    "Báo ngay cho công an, trưởng thôn, tổ trưởng tổ dân phố.",
                    "Giúp đưa người bị bạo lực đến nơi an toàn.",
                ],
            ),
            Panel(
                "Địa chỉ tin cậy ở cộng đồng",
                [
                    "Nơi tạm lánh an toàn cho người bị bạo lực gia đình.",
                    "Hỏi Hội Liên hiệp Phụ nữ cấp xã để biết địa chỉ gần nhất.",
                ],
            ),
            Panel(
                "Số điện thoại cần nhớ",
                ["Công an: 113.", "Tổng đài quốc gia bảo vệ trẻ em: 111."],
            ),
        ],
    ),
    Leaflet(
        title="Tờ gấp: Phòng, chống ma túy cho học sinh",
        summary=(
            "Tờ gấp bốn mặt giúp học sinh nhận diện ma túy trá hình, biết cách từ chối và tìm sự "
            "giúp đỡ."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Phòng, chống ma túy",),
        tags=("học sinh", "ma túy trá hình", "tờ gấp"),
        days_ago=58,
        panels=[
            Panel("Học sinh nói không với ma túy", ["Vì sức khỏe, tương lai của em."]),
            Panel(
                "Ma túy trá hình",
                [
                    "Bánh kẹo, nước uống lạ.",
                    "Tem giấy, tinh dầu thuốc lá điện tử không rõ nguồn gốc.",
                ],
            ),
            Panel(
                "Cách từ chối",
                [
                    "Nói “không” dứt khoát.",
                    "Rời khỏi nơi có người rủ rê.",
                    "Kể với thầy cô, cha mẹ.",
                ],
            ),
            Panel(
                "Pháp luật nghiêm cấm",
                [
                    "Sử dụng, tổ chức sử dụng trái phép chất ma túy.",
                    "Lôi kéo, xúi giục người khác sử dụng ma túy.",
                ],
            ),
        ],
    ),
    Leaflet(
        title="Tờ gấp: An toàn giao thông cho người đi xe máy",
        summary="Những quy tắc cơ bản giúp người đi xe máy an toàn trên đường.",
        section=SECTION,
        unit="CAT",
        fields=("Giao thông đường bộ",),
        tags=("an toàn giao thông", "mũ bảo hiểm", "tờ gấp"),
        days_ago=86,
        panels=[
            Panel(
                "Đi xe máy an toàn",
                ["Đội mũ bảo hiểm đạt chuẩn, cài quai đúng quy cách.", "Đi đúng làn, đúng tốc độ."],
            ),
            Panel(
                "Không được",
                [
                    "Lái xe khi trong máu hoặc hơi thở có nồng độ cồn.",
                    "Sử dụng điện thoại di động, ô (dù) khi đang lái xe.",
                    "Buông cả hai tay, lạng lách, đánh võng.",
                ],
            ),
            Panel(
                "Nhớ mang theo",
                [
                    "Giấy phép lái xe phù hợp với loại xe.",
                    "Giấy đăng ký xe, giấy chứng nhận bảo hiểm bắt buộc.",
                    "Có thể dùng giấy tờ đã tích hợp trên ứng dụng VNeID.",
                ],
            ),
        ],
    ),
    Leaflet(
        title="Tờ gấp: Quyền và nghĩa vụ của người lao động",
        summary=(
            "Tờ gấp bốn mặt về quyền và nghĩa vụ cơ bản của người lao động theo Bộ luật Lao động "
            "2019."
        ),
        section=SECTION,
        unit="SNV",
        fields=("Lao động",),
        tags=("Bộ luật Lao động 2019", "người lao động", "tờ gấp"),
        days_ago=100,
        panels=[
            Panel("Quyền và nghĩa vụ của người lao động", ["Bộ luật Lao động số 45/2019/QH14."]),
            Panel(
                "Quyền",
                [
                    "Làm việc, tự do lựa chọn việc làm, nghề nghiệp.",
                    "Hưởng lương phù hợp, được bảo hộ lao động.",
                    "Nghỉ theo chế độ, nghỉ hằng năm có hưởng lương.",
                    "Thành lập, gia nhập tổ chức đại diện người lao động.",
                ],
            ),
            Panel(
                "Nghĩa vụ",
                [
                    "Thực hiện hợp đồng lao động, thỏa ước lao động tập thể.",
                    "Chấp hành kỷ luật lao động, sự điều hành hợp pháp của người sử dụng lao động.",
                    "Thực hiện quy định về bảo hiểm xã hội, bảo hiểm y tế.",
                ],
            ),
            Panel(
                "Khi có tranh chấp",
                [
                    "Thương lượng trực tiếp với người sử dụng lao động.",
                    "Yêu cầu hòa giải viên lao động hỗ trợ.",
                ],
            ),
        ],
    ),
    Leaflet(
        title="Tờ gấp: Hòa giải ở cơ sở – giữ tình làng nghĩa xóm",
        summary=(
            "Tờ gấp hai mặt giới thiệu hòa giải ở cơ sở: những việc được hòa giải và nơi yêu cầu "
            "hòa giải ở thôn, khu phố."
        ),
        section=SECTION,
        unit="QUANGYEN",
        fields=("Hòa giải ở cơ sở",),
        tags=("hòa giải ở cơ sở", "tờ gấp"),
        published_on=datetime(2025, 3, 20, 8, 15, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        panels=[
            Panel(
                "Hòa giải ở cơ sở",
                [
                    "Giúp các bên tự thỏa thuận, giải quyết mâu thuẫn, tranh chấp nhỏ.",
                    "Không mất phí, ngay tại thôn, khu phố.",
                ],
            ),
            Panel(
                "Những việc được hòa giải",
                [
                    "Mâu thuẫn giữa các bên do khác biệt quan niệm sống, lối sống.",
                    "Tranh chấp phát sinh từ quan hệ dân sự, hôn nhân và gia đình.",
                    "Liên hệ tổ hòa giải ở thôn, khu phố nơi cư trú.",
                ],
            ),
        ],
    ),
]
