"""E-law books of the provincial bookshelf: chapters on the page, a printed PDF, and for
some an EPUB for phones and e-readers."""

from datetime import datetime
from zoneinfo import ZoneInfo

from ..specs import Chapter, EBook

SECTION = "sach-phap-luat-dien-tu"

EBOOKS = [
    EBook(
        title="Hỏi đáp Luật Đất đai 2024",
        summary=(
            "Sách hỏi đáp những tình huống người dân thường gặp về giá đất, cấp Giấy chứng nhận, "
            "chuyển quyền sử dụng đất và bồi thường khi Nhà nước thu hồi đất."
        ),
        section=SECTION,
        unit="STP",
        fields=("Đất đai",),
        tags=("Luật Đất đai 2024", "hỏi đáp", "tủ sách pháp luật"),
        days_ago=14,
        with_epub=True,
        chapters=[
            Chapter(
                "Chương 1. Những quy định chung",
                [
                    "## Luật Đất đai 2024 có hiệu lực từ khi nào?",
                    "Luật Đất đai số 31/2024/QH15 có hiệu lực thi hành từ ngày 01/8/2024, thay thế "
                    "Luật Đất đai năm 2013.",
                    "## Ai là chủ sở hữu đất đai?",
                    "Đất đai thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và thống nhất "
                    "quản lý. Nhà nước trao quyền sử dụng đất cho người sử dụng đất theo quy định "
                    "của Luật.",
                    "## Người sử dụng đất gồm những ai?",
                    "Người sử dụng đất gồm tổ chức trong nước, cá nhân trong nước, cộng đồng dân "
                    "cư, cơ sở tôn giáo, tổ chức kinh tế có vốn đầu tư nước ngoài và các đối "
                    "tượng khác theo quy định. Người Việt Nam định cư ở nước ngoài là công dân "
                    "Việt Nam được sử dụng đất như cá nhân trong nước.",
                ],
            ),
            Chapter(
                "Chương 2. Giá đất",
                [
                    "## Khung giá đất còn được áp dụng không?",
                    "Không. Luật Đất đai 2024 bỏ khung giá đất. Ủy ban nhân dân cấp tỉnh xây dựng "
                    "bảng giá đất, trình Hội đồng nhân dân cùng cấp quyết định.",
                    "## Bảng giá đất được áp dụng từ khi nào?",
                    "Bảng giá đất được công bố và áp dụng từ ngày 01 tháng 01 hằng năm; khi cần "
                    "thiết, Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp quyết định "
                    "điều chỉnh, sửa đổi, bổ sung.",
                    "## Bảng giá đất dùng để làm gì?",
                    "- Tính tiền sử dụng đất, tiền thuê đất.",
                    "- Tính thuế sử dụng đất, phí và lệ phí trong quản lý, sử dụng đất đai.",
                    "- Tính tiền xử phạt vi phạm hành chính trong lĩnh vực đất đai.",
                ],
            ),
            Chapter(
                "Chương 3. Giấy chứng nhận quyền sử dụng đất",
                [
                    "## Đất ông bà để lại, không có giấy tờ, có được cấp Giấy chứng nhận không?",
                    "Hộ gia đình, cá nhân sử dụng đất ổn định từ trước ngày 01/7/2014, không có "
                    "giấy tờ về quyền sử dụng đất, không vi phạm pháp luật về đất đai, không thuộc "
                    "trường hợp đất được giao không đúng thẩm quyền, được Ủy ban nhân dân cấp xã "
                    "xác nhận không có tranh chấp thì được xem xét cấp Giấy chứng nhận.",
                    "## Giấy chứng nhận của hộ gia đình ghi tên ai?",
                    "Thửa đất có nhiều người chung quyền sử dụng thì Giấy chứng nhận ghi đầy đủ "
                    "tên những người có chung quyền sử dụng đất; nếu có yêu cầu, được cấp chung "
                    "một Giấy chứng nhận và trao cho người đại diện.",
                ],
            ),
            Chapter(
                "Chương 4. Bồi thường khi Nhà nước thu hồi đất",
                [
                    "## Được bồi thường bằng hình thức nào?",
                    "Người có đất bị thu hồi được bồi thường bằng việc giao đất có cùng mục đích "
                    "sử dụng với loại đất thu hồi. Nếu không có đất để bồi thường thì được bồi "
                    "thường bằng tiền theo giá đất cụ thể do Ủy ban nhân dân có thẩm quyền quyết "
                    "định.",
                    "## Khi nào được bố trí tái định cư?",
                    "Người có đất ở bị thu hồi mà không còn chỗ ở nào khác trong địa bàn cấp xã "
                    "nơi có đất thu hồi được bố trí tái định cư. Khu tái định cư phải hoàn thiện "
                    "các điều kiện về hạ tầng kỹ thuật, hạ tầng xã hội trước khi bố trí.",
                ],
            ),
        ],
    ),
    EBook(
        title="Sổ tay pháp luật về hôn nhân và gia đình",
        summary=(
            "Sổ tay ngắn gọn về kết hôn, quan hệ vợ chồng, quan hệ cha mẹ và con, và phòng, chống "
            "bạo lực gia đình."
        ),
        section=SECTION,
        unit="HLHPN",
        fields=("Hôn nhân và gia đình", "Phòng, chống bạo lực gia đình"),
        tags=("Luật Hôn nhân và gia đình", "sổ tay", "tủ sách pháp luật"),
        # Counted in the demo's 2026 statistics (demo.statistics).
        published_on=datetime(2026, 10, 3, 8, 45, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        chapters=[
            Chapter(
                "Phần 1. Kết hôn",
                [
                    "Luật Hôn nhân và gia đình số 52/2014/QH13 quy định nam từ đủ 20 tuổi, nữ từ "
                    "đủ 18 tuổi trở lên được kết hôn; việc kết hôn do nam và nữ tự nguyện quyết "
                    "định.",
                    "Việc kết hôn phải được đăng ký tại Ủy ban nhân dân cấp xã nơi cư trú của một "
                    "trong hai bên. Kết hôn không đăng ký thì không có giá trị pháp lý.",
                    "## Các hành vi bị cấm",
                    "- Kết hôn giả tạo, tảo hôn, cưỡng ép kết hôn, lừa dối kết hôn, cản trở "
                    "kết hôn.",
                    "- Người đang có vợ, có chồng mà kết hôn hoặc chung sống như vợ chồng với "
                    "người khác.",
                ],
            ),
            Chapter(
                "Phần 2. Quan hệ giữa vợ và chồng",
                [
                    "Vợ, chồng bình đẳng với nhau, có quyền, nghĩa vụ ngang nhau về mọi mặt trong "
                    "gia đình. Vợ chồng có nghĩa vụ thương yêu, chung thủy, tôn trọng, quan tâm, "
                    "chăm sóc, giúp đỡ nhau.",
                    "Vợ chồng có quyền lựa chọn áp dụng chế độ tài sản theo luật định hoặc theo "
                    "thỏa thuận. Thỏa thuận về chế độ tài sản phải được lập trước khi kết hôn, "
                    "bằng văn bản có công chứng hoặc chứng thực.",
                    "Trong trường hợp vợ đang có thai, sinh con hoặc đang nuôi con dưới 12 tháng "
                    "tuổi, người chồng không có quyền yêu cầu ly hôn.",
                ],
            ),
            Chapter(
                "Phần 3. Phòng, chống bạo lực gia đình",
                [
                    "Luật Phòng, chống bạo lực gia đình năm 2022 có hiệu lực từ ngày 01/7/2023.",
                    "- Hành hạ, ngược đãi, đánh đập là hành vi bạo lực gia đình.",
                    "- Lăng mạ, chì chiết, xúc phạm danh dự, nhân phẩm cũng là bạo lực gia đình.",
                    "- Cưỡng ép quan hệ tình dục, cưỡng ép tảo hôn là bạo lực gia đình.",
                    "Người bị bạo lực gia đình có quyền yêu cầu áp dụng biện pháp cấm tiếp xúc, "
                    "được hỗ trợ y tế, tư vấn tâm lý và trợ giúp pháp lý. Khi cần giúp đỡ, hãy gọi "
                    "công an theo số 113.",
                ],
            ),
        ],
    ),
    EBook(
        title="Cẩm nang an toàn giao thông đường bộ cho học sinh",
        summary=(
            "Cẩm nang giúp học sinh đi bộ, đi xe đạp, ngồi sau xe máy và đi ô tô an toàn, theo "
            "Luật Trật tự, an toàn giao thông đường bộ 2024."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Giao thông đường bộ",),
        tags=("an toàn giao thông", "học sinh", "cẩm nang"),
        days_ago=98,
        chapters=[
            Chapter(
                "Bài 1. Đi bộ an toàn",
                [
                    "Đi trên hè phố, lề đường; nơi không có hè phố, lề đường thì đi sát mép đường.",
                    "Qua đường ở nơi có vạch kẻ đường dành cho người đi bộ, quan sát kỹ các phương "
                    "tiện trước khi qua đường.",
                ],
            ),
            Chapter(
                "Bài 2. Ngồi sau xe máy, đi xe đạp",
                [
                    "- Luôn đội mũ bảo hiểm và cài quai đúng quy cách khi ngồi sau xe máy.",
                    "- Không đứng, nằm trên yên xe, không bám, kéo, đẩy xe khác.",
                    "- Đi xe đạp hàng một, không dàn hàng ngang, không buông cả hai tay.",
                ],
            ),
            Chapter(
                "Bài 3. Đi ô tô an toàn",
                [
                    "Từ ngày 01/01/2025, trẻ em dưới 10 tuổi và cao dưới 1,35 mét không được ngồi "
                    "cùng hàng ghế với người lái xe ô tô, trừ xe chỉ có một hàng ghế.",
                    "Khi đi ô tô, học sinh luôn thắt dây an toàn hoặc ngồi ghế an toàn phù hợp; "
                    "chỉ mở cửa xe khi xe đã dừng hẳn và đã quan sát phía sau.",
                ],
            ),
        ],
    ),
    EBook(
        title="Tài liệu nghiệp vụ dành cho hòa giải viên ở cơ sở",
        summary=(
            "Tài liệu nghiệp vụ giúp hòa giải viên nắm vững Luật Hòa giải ở cơ sở năm 2013, quy "
            "trình và kỹ năng hòa giải các vụ việc thường gặp."
        ),
        section=SECTION,
        unit="STP",
        fields=("Hòa giải ở cơ sở",),
        tags=("hòa giải ở cơ sở", "tài liệu nghiệp vụ", "tủ sách pháp luật"),
        days_ago=130,
        with_epub=True,
        chapters=[
            Chapter(
                "Chương 1. Khái quát về hòa giải ở cơ sở",
                [
                    "Hòa giải ở cơ sở là việc hòa giải viên hướng dẫn, giúp đỡ các bên đạt được "
                    "thỏa thuận, tự nguyện giải quyết với nhau các mâu thuẫn, tranh chấp, vi phạm "
                    "pháp luật theo quy định của Luật Hòa giải ở cơ sở.",
                    "## Nguyên tắc hòa giải",
                    "- Tôn trọng sự tự nguyện của các bên.",
                    "- Khách quan, công bằng, kịp thời, có lý, có tình.",
                    "- Giữ bí mật thông tin đời tư của các bên.",
                    "- Tôn trọng quyền và lợi ích hợp pháp của người khác, không xâm phạm lợi ích "
                    "của Nhà nước, lợi ích công cộng.",
                ],
            ),
            Chapter(
                "Chương 2. Tổ hòa giải và hòa giải viên",
                [
                    "Tổ hòa giải được thành lập ở thôn, tổ dân phố, có từ 03 thành viên trở lên, "
                    "trong đó có thành viên nữ.",
                    "Người được công nhận là hòa giải viên phải là công dân Việt Nam thường trú "
                    "tại cơ sở, tự nguyện tham gia, có phẩm chất đạo đức tốt, có uy tín trong cộng "
                    "đồng, có khả năng thuyết phục và có hiểu biết pháp luật.",
                ],
            ),
            Chapter(
                "Chương 3. Quy trình hòa giải",
                [
                    "- Tiếp nhận yêu cầu của một hoặc các bên, hoặc khi hòa giải viên chứng kiến, "
                    "biết vụ việc.",
                    "- Tìm hiểu nguyên nhân phát sinh mâu thuẫn, tranh chấp.",
                    "- Tổ chức buổi hòa giải, giúp các bên đạt được thỏa thuận.",
                    "- Theo dõi, đôn đốc việc thực hiện thỏa thuận hòa giải thành.",
                ],
            ),
            Chapter(
                "Chương 4. Kỹ năng hòa giải một số vụ việc thường gặp",
                [
                    "## Tranh chấp ranh giới đất giữa hai hộ liền kề",
                    "Hòa giải viên cùng các bên đối chiếu giấy tờ, hỏi ý kiến người cao tuổi trong "
                    "thôn biết rõ quá trình sử dụng đất, giúp các bên thỏa thuận mốc giới. Nếu "
                    "không thành, hướng dẫn các bên gửi đơn đến Ủy ban nhân dân cấp xã.",
                    "## Mâu thuẫn giữa vợ và chồng",
                    "Gặp riêng từng bên để lắng nghe, tránh để các bên đổ lỗi cho nhau trước đông "
                    "người; phát hiện dấu hiệu bạo lực gia đình thì báo ngay cho công an cấp xã.",
                ],
            ),
        ],
    ),
]
