"""E-lectures for legal rapporteurs: parts with slides, an optional video and notes."""

from ..specs import Lecture, LecturePart, Slide

SECTION = "bai-giang-dien-tu"

LECTURES = [
    Lecture(
        title="Bài giảng: Những nội dung cơ bản của Luật Đất đai 2024",
        summary=(
            "Bài giảng ba phần dành cho báo cáo viên pháp luật: bố cục của Luật, giá đất và "
            "Giấy chứng nhận, bồi thường khi Nhà nước thu hồi đất."
        ),
        section=SECTION,
        unit="STP",
        fields=("Đất đai",),
        tags=("Luật Đất đai 2024", "báo cáo viên pháp luật"),
        days_ago=11,
        parts=[
            LecturePart(
                "Phần 1. Khái quát về Luật Đất đai 2024",
                [
                    Slide(
                        "Luật Đất đai số 31/2024/QH15",
                        [
                            "Thông qua ngày 18/01/2024",
                            "Có hiệu lực từ ngày 01/8/2024",
                            "16 chương, 260 điều",
                        ],
                    ),
                    Slide(
                        "Mục tiêu của Luật",
                        [
                            "Hoàn thiện thể chế, chính sách về đất đai",
                            "Bảo đảm quyền lợi hợp pháp của người sử dụng đất",
                            "Công khai, minh bạch trong quản lý đất đai",
                        ],
                    ),
                ],
                notes=[
                    "Mở đầu bằng câu hỏi: gia đình anh chị đã có Giấy chứng nhận quyền sử dụng đất "
                    "chưa? Từ đó dẫn dắt vào những điểm mới gắn với đời sống.",
                ],
                with_pdf=True,
            ),
            LecturePart(
                "Phần 2. Giá đất và Giấy chứng nhận",
                [
                    Slide(
                        "Giá đất",
                        [
                            "Bỏ khung giá đất",
                            "Bảng giá đất áp dụng từ ngày 01/01 hằng năm",
                        ],
                    ),
                    Slide(
                        "Giấy chứng nhận",
                        [
                            "Đất không có giấy tờ, sử dụng ổn định trước 01/7/2014",
                            "Ghi đủ tên những người có chung quyền sử dụng đất",
                        ],
                    ),
                ],
                notes=[
                    "Nêu ví dụ thực tế tại địa phương; lưu ý điều kiện không vi phạm pháp luật đất "
                    "đai và không có tranh chấp.",
                ],
            ),
            LecturePart(
                "Phần 3. Bồi thường, hỗ trợ, tái định cư",
                [
                    Slide(
                        "Nguyên tắc bồi thường",
                        [
                            "Bồi thường bằng đất có cùng mục đích sử dụng",
                            "Không có đất thì bồi thường bằng tiền",
                            "Khu tái định cư hoàn thiện hạ tầng trước khi bố trí",
                        ],
                    ),
                ],
                notes=["Dành 10 phút cuối để người nghe đặt câu hỏi."],
            ),
        ],
    ),
    Lecture(
        title="Bài giảng: Luật Trật tự, an toàn giao thông đường bộ 2024",
        summary=(
            "Bài giảng giới thiệu những quy định mới về nồng độ cồn, điểm giấy phép lái xe và bảo "
            "vệ trẻ em khi tham gia giao thông."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Giao thông đường bộ",),
        tags=("Luật Trật tự, an toàn giao thông đường bộ", "báo cáo viên pháp luật"),
        days_ago=36,
        parts=[
            LecturePart(
                "Phần 1. Khái quát",
                [
                    Slide(
                        "Luật số 36/2024/QH15",
                        [
                            "Có hiệu lực từ ngày 01/01/2025",
                            "Quy định về quy tắc giao thông, phương tiện, người lái xe",
                        ],
                    ),
                ],
                notes=["Phân biệt Luật này với Luật Đường bộ năm 2024 về kết cấu hạ tầng."],
            ),
            LecturePart(
                "Phần 2. Nồng độ cồn và điểm giấy phép lái xe",
                [
                    Slide(
                        "Nồng độ cồn",
                        ["Nghiêm cấm lái xe khi có nồng độ cồn", "Áp dụng với mọi phương tiện"],
                    ),
                    Slide(
                        "Điểm giấy phép lái xe",
                        [
                            "12 điểm cho mỗi giấy phép",
                            "Không bị trừ điểm 12 tháng: phục hồi đủ 12 điểm",
                            "Hết điểm: kiểm tra kiến thức sau ít nhất 06 tháng",
                        ],
                    ),
                ],
                youtube_id="PBGDPLqn102",
                notes=["Chiếu phóng sự về kiểm soát nồng độ cồn trước khi trình bày."],
            ),
            LecturePart(
                "Phần 3. Bảo vệ trẻ em",
                [
                    Slide(
                        "Trẻ em trên ô tô",
                        [
                            "Dưới 10 tuổi và cao dưới 1,35 mét: không ngồi cùng hàng ghế người lái",
                            "Sử dụng thiết bị an toàn phù hợp",
                        ],
                    ),
                ],
            ),
        ],
    ),
    Lecture(
        title="Bài giảng: Hợp đồng lao động theo Bộ luật Lao động 2019",
        summary=(
            "Bài giảng hai phần về giao kết và chấm dứt hợp đồng lao động, dành cho người lao "
            "động tại các khu công nghiệp."
        ),
        section=SECTION,
        unit="SNV",
        fields=("Lao động",),
        tags=("Bộ luật Lao động 2019", "hợp đồng lao động"),
        days_ago=79,
        parts=[
            LecturePart(
                "Phần 1. Giao kết hợp đồng lao động",
                [
                    Slide(
                        "Hai loại hợp đồng",
                        ["Không xác định thời hạn", "Xác định thời hạn: không quá 36 tháng"],
                    ),
                    Slide(
                        "Thử việc",
                        [
                            "Tối đa 180 ngày với người quản lý doanh nghiệp",
                            "Lương thử việc ít nhất 85% lương công việc",
                        ],
                    ),
                ],
                with_pdf=True,
            ),
            LecturePart(
                "Phần 2. Chấm dứt hợp đồng lao động",
                [
                    Slide(
                        "Báo trước khi nghỉ việc",
                        [
                            "Không xác định thời hạn: 45 ngày",
                            "Từ 12 đến 36 tháng: 30 ngày",
                            "Dưới 12 tháng: 03 ngày làm việc",
                        ],
                    ),
                ],
                notes=["Phát tờ gấp về quyền và nghĩa vụ của người lao động cho người nghe."],
                with_pdf=True,
            ),
        ],
    ),
    Lecture(
        title="Bài giảng: Kỹ năng hòa giải ở cơ sở",
        summary=(
            "Bài giảng dành cho hòa giải viên: nguyên tắc, quy trình và kỹ năng hòa giải các vụ "
            "việc thường gặp ở thôn, khu phố."
        ),
        section=SECTION,
        unit="STP",
        fields=("Hòa giải ở cơ sở",),
        tags=("hòa giải ở cơ sở", "kỹ năng"),
        days_ago=115,
        parts=[
            LecturePart(
                "Phần 1. Nguyên tắc hòa giải",
                [
                    Slide(
                        "Nguyên tắc",
                        [
                            "Tôn trọng sự tự nguyện của các bên",
                            "Khách quan, công bằng, kịp thời",
                            "Giữ bí mật thông tin đời tư",
                        ],
                    ),
                ],
            ),
            LecturePart(
                "Phần 2. Quy trình hòa giải",
                [
                    Slide(
                        "Bốn bước",
                        [
                            "Tiếp nhận vụ việc",
                            "Tìm hiểu nguyên nhân",
                            "Tổ chức hòa giải",
                            "Theo dõi thực hiện thỏa thuận",
                        ],
                    ),
                ],
            ),
            LecturePart(
                "Phần 3. Kỹ năng giao tiếp",
                [
                    Slide(
                        "Lắng nghe và thuyết phục",
                        [
                            "Để từng bên trình bày, không ngắt lời",
                            "Đặt câu hỏi mở",
                            "Dẫn chứng quy định pháp luật phù hợp",
                        ],
                    ),
                ],
                notes=["Cho học viên đóng vai hai bên tranh chấp ranh giới đất."],
            ),
        ],
    ),
    Lecture(
        title="Bài giảng: Phòng, chống ma túy trong trường học",
        summary=(
            "Bài giảng ngoại khóa cho học sinh trung học: tác hại của ma túy, ma túy trá hình và "
            "quy định của Luật Phòng, chống ma túy năm 2021."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Phòng, chống ma túy",),
        tags=("học sinh", "ngoại khóa"),
        days_ago=140,
        parts=[
            LecturePart(
                "Phần 1. Nhận diện ma túy trá hình",
                [
                    Slide(
                        "Ma túy trá hình",
                        ["Bánh kẹo, nước uống lạ", "Tem giấy", "Tinh dầu thuốc lá điện tử"],
                    ),
                ],
                youtube_id="PBGDPLqn006",
            ),
            LecturePart(
                "Phần 2. Pháp luật về phòng, chống ma túy",
                [
                    Slide(
                        "Những điều cần biết",
                        [
                            "Nghiêm cấm sử dụng trái phép chất ma túy",
                            "Người sử dụng trái phép bị quản lý 01 năm",
                            "Từ đủ 12 đến dưới 18 tuổi có thể bị đưa vào cơ sở cai nghiện bắt buộc",
                        ],
                    ),
                ],
                notes=["Kết thúc bằng phần hỏi đáp, phát tờ gấp phòng, chống ma túy."],
            ),
        ],
    ),
]
