"""News written by the communes in their own sections, including the drafts that wait
for the editorial board."""

from ..body import figure, heading, quote, table, text
from ..specs import News

HALONG = "phap-luat-o-co-so/phuong-ha-long"
QUANGHA = "phap-luat-o-co-so/xa-quang-ha"
VANDON = "phap-luat-o-co-so/dac-khu-van-don"

LOCAL_NEWS = [
    News(
        title="Phường Hạ Long tuyên truyền pháp luật bảo vệ môi trường cho hộ kinh doanh ven vịnh",
        summary=(
            "Phường Hạ Long tổ chức tuyên truyền Luật Bảo vệ môi trường cho các hộ kinh doanh "
            "dịch vụ ăn uống, lưu trú dọc tuyến đường ven vịnh."
        ),
        section=HALONG,
        unit="HALONG",
        fields=("Bảo vệ môi trường",),
        tags=("vịnh Hạ Long", "hộ kinh doanh", "phân loại rác"),
        days_ago=9,
        hour=15,
        body=[
            text(
                "Ủy ban nhân dân phường Hạ Long phối hợp với các tổ dân phố tổ chức tuyên truyền "
                "quy định về bảo vệ môi trường cho các hộ kinh doanh dịch vụ ăn uống, lưu trú "
                "ven vịnh. Cán bộ phường đến từng cơ sở phát tờ gấp, hướng dẫn phân loại chất "
                "thải và ký cam kết không xả rác, nước thải ra vịnh."
            ),
            heading("Những việc hộ kinh doanh cần làm"),
            text(
                "- Phân loại chất thải rắn sinh hoạt thành ba nhóm trước khi chuyển cho đơn vị "
                "thu gom.",
                "- Thu gom dầu mỡ thải từ bếp, không đổ xuống cống thoát nước.",
                "- Hạn chế sử dụng túi nilon khó phân hủy và đồ nhựa dùng một lần.",
            ),
            figure("Cán bộ phường hướng dẫn hộ kinh doanh phân loại rác thải"),
        ],
    ),
    News(
        title="Phường Hạ Long ra mắt tủ sách pháp luật tại nhà văn hóa khu phố",
        summary=(
            "Tủ sách pháp luật tại nhà văn hóa khu phố giúp người dân mượn sách, đọc tài liệu "
            "và quét mã để đọc sách pháp luật điện tử của tỉnh."
        ),
        section=HALONG,
        unit="HALONG",
        fields=("Phổ biến, giáo dục pháp luật",),
        tags=("tủ sách pháp luật", "khu dân cư"),
        days_ago=27,
        body=[
            text(
                "Phường Hạ Long đưa vào sử dụng tủ sách pháp luật tại nhà văn hóa khu phố, với "
                "sách hỏi đáp về đất đai, hôn nhân và gia đình, giao thông, lao động và các tờ "
                "gấp pháp luật do các sở, ngành của tỉnh biên soạn.",
                "Bên cạnh sách in, mỗi tủ sách có mã QR dẫn tới Tủ sách pháp luật điện tử trên "
                "cổng thông tin phổ biến, giáo dục pháp luật của tỉnh, để người dân đọc trên "
                "điện thoại.",
            ),
            figure("Người dân đọc sách tại tủ sách pháp luật của khu phố"),
            quote(
                "Tủ sách đặt ngay tại nhà văn hóa nên bà con đi sinh hoạt là có thể mượn sách về "
                "đọc.",
                "Tổ trưởng tổ dân phố",
            ),
        ],
    ),
    News(
        title="Xã Quảng Hà phổ biến Luật Đất đai 2024 cho bà con các thôn",
        summary=(
            "Xã Quảng Hà tổ chức các buổi phổ biến Luật Đất đai 2024 tại thôn, giải đáp vướng "
            "mắc của người dân về cấp Giấy chứng nhận và chuyển mục đích sử dụng đất."
        ),
        section=QUANGHA,
        unit="QUANGHA",
        fields=("Đất đai",),
        tags=("Luật Đất đai 2024", "nông thôn"),
        days_ago=15,
        body=[
            text(
                "Ủy ban nhân dân xã Quảng Hà phối hợp với Mặt trận Tổ quốc xã tổ chức các buổi "
                "phổ biến Luật Đất đai 2024 tại nhà văn hóa các thôn. Báo cáo viên giới thiệu "
                "những điểm mới gắn với đời sống bà con, như cấp Giấy chứng nhận cho đất không "
                "có giấy tờ, bảng giá đất áp dụng hằng năm."
            ),
            heading("Giải đáp tại chỗ"),
            table(
                ("Câu hỏi của người dân", "Giải đáp tóm tắt"),
                (
                    "Đất ông bà để lại, không có giấy tờ, có được cấp Giấy chứng nhận không?",
                    "Được xem xét cấp nếu sử dụng ổn định trước 01/7/2014, không vi phạm pháp "
                    "luật đất đai, không có tranh chấp.",
                ),
                (
                    "Giấy chứng nhận của hộ gia đình ghi tên ai?",
                    "Ghi đầy đủ tên những người có chung quyền sử dụng đất.",
                ),
            ),
            figure("Báo cáo viên pháp luật giải đáp vướng mắc về đất đai tại nhà văn hóa thôn"),
        ],
    ),
    News(
        title="Đặc khu Vân Đồn tuyên truyền chống khai thác hải sản bất hợp pháp cho ngư dân",
        summary=(
            "Đặc khu Vân Đồn tuyên truyền quy định của Luật Thủy sản về thiết bị giám sát hành "
            "trình, nhật ký khai thác, góp phần chống khai thác IUU."
        ),
        section=VANDON,
        unit="VANDON",
        fields=("Thủy sản",),
        tags=("IUU", "ngư dân", "vùng biển, đảo"),
        days_ago=20,
        hour=7,
        body=[
            text(
                "Đặc khu Vân Đồn phối hợp với lực lượng biên phòng tổ chức tuyên truyền cho ngư "
                "dân tại các bến cá về chống khai thác hải sản bất hợp pháp, không báo cáo và "
                "không theo quy định (IUU)."
            ),
            heading("Ngư dân cần nhớ"),
            text(
                "- Tàu cá có chiều dài lớn nhất từ 15 mét trở lên phải lắp thiết bị giám sát "
                "hành trình và duy trì hoạt động suốt chuyến biển.",
                "- Ghi, nộp nhật ký khai thác thủy sản theo quy định.",
                "- Không khai thác ở vùng biển nước ngoài; không sử dụng chất nổ, chất độc, xung "
                "điện để khai thác.",
            ),
            figure("Biên phòng và cán bộ đặc khu tuyên truyền cho ngư dân tại bến cá"),
            quote(
                "Chống khai thác IUU là trách nhiệm chung để sớm gỡ thẻ vàng đối với thủy sản "
                "Việt Nam.",
                "Đặc khu Vân Đồn",
            ),
        ],
    ),
    News(
        title="Phường Hạ Long tổ chức đối thoại với người dân về thủ tục đất đai",
        summary=(
            "Bản nháp: phường dự kiến tổ chức đối thoại với người dân về thủ tục cấp Giấy chứng "
            "nhận quyền sử dụng đất sau khi Luật Đất đai 2024 có hiệu lực."
        ),
        section=HALONG,
        unit="HALONG",
        fields=("Đất đai",),
        tags=("Luật Đất đai 2024", "đối thoại"),
        status="draft",
        body=[
            text(
                "Ủy ban nhân dân phường Hạ Long dự kiến tổ chức hội nghị đối thoại với người dân "
                "về thủ tục cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền "
                "với đất. Nội dung chi tiết sẽ được cập nhật sau khi thống nhất thời gian, địa "
                "điểm."
            ),
        ],
    ),
    News(
        title="Hướng dẫn đăng ký kết hôn tại Trung tâm Phục vụ hành chính công phường",
        summary=(
            "Hồ sơ, nơi nộp và thời hạn giải quyết thủ tục đăng ký kết hôn tại phường Hạ Long."
        ),
        section=HALONG,
        unit="HALONG",
        fields=("Hôn nhân và gia đình",),
        tags=("đăng ký kết hôn", "thủ tục hành chính"),
        status="submitted",
        body=[
            text(
                "Hai bên nam, nữ đủ điều kiện kết hôn theo Luật Hôn nhân và gia đình nộp hồ sơ "
                "đăng ký kết hôn tại Trung tâm Phục vụ hành chính công phường, hoặc nộp trực "
                "tuyến trên Cổng Dịch vụ công."
            ),
            heading("Hồ sơ gồm"),
            text(
                "- Tờ khai đăng ký kết hôn theo mẫu.",
                "- Giấy tờ tùy thân của hai bên để đối chiếu.",
                "- Giấy xác nhận tình trạng hôn nhân, nếu một bên cư trú ở nơi khác.",
                "Khi nhận Giấy chứng nhận kết hôn, cả hai bên phải có mặt.",
            ),
        ],
    ),
]
