"""Legal news (tin pháp luật) in the provincial "Tin tức pháp luật" section."""

from datetime import datetime
from zoneinfo import ZoneInfo

from ..body import attachment, figure, heading, quote, table, text, video
from ..specs import News

SECTION = "tin-tuc-phap-luat"
LOCAL_TIME = ZoneInfo("Asia/Ho_Chi_Minh")

NEWS = [
    News(
        title="Những điểm mới của Luật Đất đai 2024 người dân cần biết",
        summary=(
            "Luật Đất đai số 31/2024/QH15 có hiệu lực từ ngày 01/8/2024 với nhiều quy định mới "
            "về giá đất, cấp Giấy chứng nhận và quyền của người sử dụng đất. Sở Tư pháp tóm "
            "lược những nội dung người dân cần lưu ý."
        ),
        section=SECTION,
        unit="STP",
        fields=("Đất đai",),
        tags=("Luật Đất đai 2024", "văn bản mới"),
        days_ago=6,
        body=[
            text(
                "Luật Đất đai số 31/2024/QH15 được Quốc hội khóa XV thông qua tại kỳ họp bất "
                "thường lần thứ năm ngày 18/01/2024 và có hiệu lực thi hành từ ngày 01/8/2024. "
                "Luật gồm 16 chương, 260 điều, thay thế Luật Đất đai năm 2013.",
                "Luật thể chế hóa chủ trương hoàn thiện thể chế, chính sách về đất đai, bảo đảm "
                "quyền lợi hợp pháp của người sử dụng đất và công khai, minh bạch trong quản lý "
                "đất đai. Dưới đây là một số điểm mới gắn trực tiếp với đời sống người dân.",
            ),
            heading("Bỏ khung giá đất, bảng giá đất áp dụng từ ngày 01/01 hằng năm"),
            text(
                "Luật bỏ quy định về khung giá đất do Chính phủ ban hành. Ủy ban nhân dân cấp "
                "tỉnh xây dựng bảng giá đất, trình Hội đồng nhân dân cùng cấp quyết định; bảng "
                "giá đất được công bố và áp dụng từ ngày 01 tháng 01 hằng năm và được điều chỉnh, "
                "sửa đổi, bổ sung khi cần thiết.",
                "Bảng giá đất là căn cứ để tính tiền sử dụng đất, tiền thuê đất, thuế sử dụng "
                "đất, phí và lệ phí trong quản lý, sử dụng đất đai, tính tiền xử phạt vi phạm "
                "hành chính về đất đai và nhiều khoản nghĩa vụ tài chính khác.",
            ),
            heading("Mở rộng các trường hợp được cấp Giấy chứng nhận"),
            text(
                "Hộ gia đình, cá nhân đang sử dụng đất không có giấy tờ về quyền sử dụng đất, "
                "sử dụng ổn định từ trước ngày 01/7/2014, không vi phạm pháp luật về đất đai, "
                "không thuộc trường hợp đất được giao không đúng thẩm quyền, nay được Ủy ban "
                "nhân dân cấp xã xác nhận không có tranh chấp thì được xem xét cấp Giấy chứng "
                "nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất.",
                "Trường hợp thửa đất có nhiều người chung quyền sử dụng, Giấy chứng nhận ghi đầy "
                "đủ tên những người có chung quyền sử dụng đất, kể cả các thành viên của hộ gia "
                "đình.",
            ),
            figure("Cán bộ tư pháp giới thiệu Luật Đất đai 2024 tại nhà văn hóa khu phố"),
            heading("Quyền của người Việt Nam định cư ở nước ngoài"),
            text(
                "Người Việt Nam định cư ở nước ngoài là công dân Việt Nam được sử dụng đất như "
                "cá nhân trong nước: được nhận chuyển nhượng, nhận thừa kế, nhận tặng cho quyền "
                "sử dụng đất và có các quyền, nghĩa vụ theo quy định của Luật."
            ),
            heading("So sánh một số quy định", level="h3"),
            table(
                ("Nội dung", "Luật Đất đai 2013", "Luật Đất đai 2024"),
                ("Khung giá đất", "Chính phủ ban hành định kỳ 05 năm một lần", "Bỏ khung giá đất"),
                (
                    "Bảng giá đất",
                    "Xây dựng định kỳ 05 năm một lần",
                    "Công bố và áp dụng từ ngày 01/01 hằng năm",
                ),
                (
                    "Hạn mức nhận chuyển quyền sử dụng đất nông nghiệp của cá nhân",
                    "Không quá 10 lần hạn mức giao đất nông nghiệp",
                    "Không quá 15 lần hạn mức giao đất nông nghiệp",
                ),
                (
                    "Người Việt Nam định cư ở nước ngoài là công dân Việt Nam",
                    "Chỉ được sử dụng đất trong một số trường hợp",
                    "Sử dụng đất như cá nhân trong nước",
                ),
            ),
            quote(
                "Đất đai thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và thống nhất "
                "quản lý.",
                "Luật Đất đai 2024",
            ),
            text(
                "Người dân cần tìm hiểu thêm có thể liên hệ bộ phận tiếp nhận và trả kết quả thủ "
                "tục hành chính của Ủy ban nhân dân cấp xã nơi có đất, hoặc tải đề cương giới "
                "thiệu Luật dưới đây."
            ),
            attachment(
                "Đề cương giới thiệu Luật Đất đai 2024",
                [
                    "## I. Sự cần thiết ban hành Luật",
                    "Sau 10 năm thi hành, Luật Đất đai năm 2013 đã bộc lộ những hạn chế về giá "
                    "đất, thu hồi đất, bồi thường, hỗ trợ, tái định cư và cấp Giấy chứng nhận. "
                    "Luật Đất đai năm 2024 được ban hành để khắc phục các hạn chế đó.",
                    "## II. Bố cục của Luật",
                    "Luật gồm 16 chương, 260 điều, quy định về chế độ sở hữu đất đai, quyền hạn "
                    "và trách nhiệm của Nhà nước, chế độ quản lý và sử dụng đất đai, quyền và "
                    "nghĩa vụ của công dân, người sử dụng đất.",
                    "## III. Những điểm mới chủ yếu",
                    "- Bỏ khung giá đất; bảng giá đất áp dụng từ ngày 01/01 hằng năm.",
                    "- Mở rộng các trường hợp được cấp Giấy chứng nhận cho đất không có giấy tờ.",
                    "- Người Việt Nam định cư ở nước ngoài là công dân Việt Nam sử dụng đất như "
                    "cá nhân trong nước.",
                    "- Nâng hạn mức nhận chuyển quyền sử dụng đất nông nghiệp của cá nhân.",
                    "- Quy định cụ thể hơn về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu "
                    "hồi đất.",
                    "## IV. Tổ chức thực hiện",
                    "Các cơ quan, đơn vị, địa phương tổ chức phổ biến Luật bằng nhiều hình thức "
                    "phù hợp với từng nhóm đối tượng, chú trọng người dân ở nông thôn, vùng đồng "
                    "bào dân tộc thiểu số.",
                ],
            ),
        ],
    ),
    News(
        title="Từ 01/01/2025, trẻ em dưới 10 tuổi không được ngồi cùng hàng ghế với người lái ô tô",
        summary=(
            "Luật Trật tự, an toàn giao thông đường bộ 2024 yêu cầu người lái xe không cho trẻ "
            "em dưới 10 tuổi và cao dưới 1,35 mét ngồi cùng hàng ghế với mình, và phải dùng "
            "thiết bị an toàn phù hợp cho trẻ."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Giao thông đường bộ",),
        tags=("Luật Trật tự, an toàn giao thông đường bộ", "trẻ em", "an toàn giao thông"),
        days_ago=12,
        hour=9,
        translated=True,
        body=[
            text(
                "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 có hiệu lực từ ngày "
                "01/01/2025 bổ sung quy định nhằm bảo vệ trẻ em khi đi ô tô.",
                "Theo đó, khi chở trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét, người lái xe "
                "không được cho trẻ ngồi cùng hàng ghế với mình, trừ loại xe ô tô chỉ có một "
                "hàng ghế. Người lái xe còn phải sử dụng, hướng dẫn sử dụng thiết bị an toàn "
                "phù hợp cho trẻ em.",
            ),
            quote(
                "Người lái xe khi chở trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét trên xe ô "
                "tô chở người không được cho trẻ em ngồi cùng hàng ghế với người lái xe, trừ "
                "loại xe ô tô chỉ có một hàng ghế.",
                "Luật Trật tự, an toàn giao thông đường bộ 2024",
            ),
            heading("Vì sao trẻ nhỏ không nên ngồi ghế trước?"),
            text(
                "Túi khí phía trước được thiết kế cho người lớn. Khi xảy ra va chạm, túi khí bung "
                "ra với lực rất mạnh và có thể gây chấn thương nghiêm trọng cho trẻ nhỏ. Dây đai "
                "an toàn thông thường cũng không vừa với vóc dáng của trẻ."
            ),
            figure("Ghế ngồi an toàn dành cho trẻ em lắp ở hàng ghế sau"),
            heading("Lời khuyên cho cha mẹ"),
            text(
                "- Cho trẻ ngồi ở hàng ghế sau, dùng ghế ngồi hoặc đệm nâng phù hợp với cân nặng, "
                "chiều cao của trẻ.",
                "- Không bế trẻ ngồi trong lòng khi xe đang chạy.",
                "- Bật khóa an toàn trẻ em ở cửa sau.",
                "- Không để trẻ ở một mình trong xe.",
            ),
        ],
    ),
    News(
        title="Giấy phép lái xe có 12 điểm: khi nào bị trừ, khi nào được phục hồi?",
        summary=(
            "Từ năm 2025, mỗi giấy phép lái xe có 12 điểm. Người vi phạm bị trừ điểm; hết điểm "
            "thì không được lái xe cho đến khi vượt qua kỳ kiểm tra kiến thức pháp luật."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Giao thông đường bộ",),
        tags=("Luật Trật tự, an toàn giao thông đường bộ", "giấy phép lái xe"),
        days_ago=25,
        body=[
            text(
                "Luật Trật tự, an toàn giao thông đường bộ 2024 quy định điểm của giấy phép lái "
                "xe để quản lý việc chấp hành pháp luật của người lái xe. Điểm được theo dõi "
                "trên hệ thống cơ sở dữ liệu về trật tự, an toàn giao thông đường bộ; mỗi giấy "
                "phép lái xe có 12 điểm."
            ),
            heading("Bị trừ điểm khi nào?"),
            text(
                "Số điểm bị trừ mỗi lần vi phạm tùy theo tính chất, mức độ của hành vi, theo quy "
                "định của Chính phủ. Điểm bị trừ khi quyết định xử phạt vi phạm hành chính có "
                "hiệu lực, và người vi phạm được thông báo ngay trên hệ thống."
            ),
            heading("Phục hồi điểm"),
            table(
                ("Tình huống", "Hệ quả"),
                (
                    "Chưa bị trừ hết 12 điểm, không bị trừ thêm trong 12 tháng kể từ lần trừ "
                    "gần nhất",
                    "Được phục hồi đủ 12 điểm",
                ),
                ("Bị trừ hết 12 điểm", "Không được lái xe theo giấy phép đó"),
                (
                    "Sau ít nhất 06 tháng kể từ ngày bị trừ hết điểm",
                    "Được dự kiểm tra kiến thức pháp luật; đạt yêu cầu thì được phục hồi đủ "
                    "12 điểm",
                ),
            ),
            figure("Cảnh sát giao thông hướng dẫn người dân tra cứu điểm giấy phép lái xe"),
            text(
                "Người lái xe có thể theo dõi điểm giấy phép lái xe của mình trên ứng dụng định "
                "danh điện tử. Cách tốt nhất để giữ đủ điểm là chấp hành nghiêm quy tắc giao "
                "thông: không sử dụng rượu, bia khi lái xe, đi đúng làn đường, đúng tốc độ."
            ),
        ],
    ),
    News(
        title="Hợp đồng lao động theo Bộ luật Lao động 2019: những điều người lao động cần biết",
        summary=(
            "Bộ luật Lao động số 45/2019/QH14 quy định hai loại hợp đồng lao động, thời gian "
            "thử việc tối đa và thời hạn báo trước khi người lao động muốn nghỉ việc."
        ),
        section=SECTION,
        unit="SNV",
        fields=("Lao động",),
        tags=("Bộ luật Lao động 2019", "người lao động", "hợp đồng lao động"),
        days_ago=40,
        body=[
            text(
                "Bộ luật Lao động số 45/2019/QH14 có hiệu lực từ ngày 01/01/2021. Bộ luật có "
                "nhiều quy định bảo vệ người lao động khi giao kết, thực hiện và chấm dứt hợp "
                "đồng lao động."
            ),
            heading("Hai loại hợp đồng lao động"),
            text(
                "- Hợp đồng lao động không xác định thời hạn: hai bên không xác định thời hạn, "
                "thời điểm chấm dứt hiệu lực của hợp đồng.",
                "- Hợp đồng lao động xác định thời hạn: thời hạn không quá 36 tháng kể từ thời "
                "điểm có hiệu lực.",
                "Hợp đồng lao động phải được giao kết bằng văn bản, hoặc qua phương tiện điện tử "
                "dưới hình thức thông điệp dữ liệu; hợp đồng dưới 01 tháng có thể giao kết bằng "
                "lời nói, trừ một số trường hợp luật định.",
            ),
            heading("Thử việc"),
            text(
                "Thời gian thử việc tối đa 180 ngày đối với người quản lý doanh nghiệp; 60 ngày "
                "với công việc cần trình độ từ cao đẳng trở lên; 30 ngày với công việc cần trình "
                "độ trung cấp; 06 ngày làm việc với công việc khác. Tiền lương thử việc ít nhất "
                "bằng 85% mức lương của công việc đó. Không áp dụng thử việc với hợp đồng lao "
                "động dưới 01 tháng."
            ),
            heading("Thời hạn báo trước khi nghỉ việc"),
            table(
                ("Loại hợp đồng", "Người lao động phải báo trước"),
                ("Không xác định thời hạn", "Ít nhất 45 ngày"),
                ("Xác định thời hạn từ 12 tháng đến 36 tháng", "Ít nhất 30 ngày"),
                ("Xác định thời hạn dưới 12 tháng", "Ít nhất 03 ngày làm việc"),
            ),
            text(
                "Người lao động được đơn phương chấm dứt hợp đồng mà không cần báo trước trong "
                "một số trường hợp, như: không được bố trí đúng công việc, địa điểm làm việc "
                "theo thỏa thuận; không được trả đủ lương hoặc trả lương không đúng hạn; bị "
                "ngược đãi, đánh đập, quấy rối tình dục tại nơi làm việc; đủ tuổi nghỉ hưu."
            ),
            figure("Người lao động tìm hiểu quy định về hợp đồng lao động tại doanh nghiệp"),
        ],
    ),
    News(
        title="Điều kiện kết hôn và những trường hợp bị cấm kết hôn",
        summary=(
            "Luật Hôn nhân và gia đình 2014 quy định bốn điều kiện kết hôn và những trường hợp "
            "bị cấm. Hội Liên hiệp Phụ nữ tỉnh tóm lược để các đôi bạn trẻ nắm rõ trước khi "
            "đăng ký kết hôn."
        ),
        section=SECTION,
        unit="HLHPN",
        fields=("Hôn nhân và gia đình",),
        tags=("Luật Hôn nhân và gia đình", "tảo hôn", "đăng ký kết hôn"),
        days_ago=33,
        hour=14,
        body=[
            text(
                "Luật Hôn nhân và gia đình số 52/2014/QH13 có hiệu lực từ ngày 01/01/2015. Việc "
                "kết hôn phải được đăng ký tại cơ quan nhà nước có thẩm quyền; việc kết hôn "
                "không đăng ký thì không có giá trị pháp lý."
            ),
            quote(
                "Hôn nhân tự nguyện, tiến bộ, một vợ một chồng, vợ chồng bình đẳng.",
                "Luật Hôn nhân và gia đình 2014",
            ),
            heading("Bốn điều kiện kết hôn"),
            text(
                "- Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên.",
                "- Việc kết hôn do nam và nữ tự nguyện quyết định.",
                "- Không bị mất năng lực hành vi dân sự.",
                "- Không thuộc trường hợp bị cấm kết hôn.",
                "Nhà nước không thừa nhận hôn nhân giữa những người cùng giới tính.",
            ),
            heading("Những trường hợp bị cấm"),
            text(
                "- Kết hôn giả tạo.",
                "- Tảo hôn, cưỡng ép kết hôn, lừa dối kết hôn, cản trở kết hôn.",
                "- Người đang có vợ, có chồng mà kết hôn hoặc chung sống như vợ chồng với người "
                "khác.",
                "- Kết hôn giữa những người cùng dòng máu về trực hệ; giữa những người có họ "
                "trong phạm vi ba đời.",
                "- Kết hôn giữa cha, mẹ nuôi với con nuôi; giữa cha chồng với con dâu, mẹ vợ với "
                "con rể, cha dượng với con riêng của vợ, mẹ kế với con riêng của chồng.",
            ),
            figure("Đôi bạn trẻ tìm hiểu thủ tục đăng ký kết hôn"),
            text(
                "Hai bên nam, nữ đăng ký kết hôn tại Ủy ban nhân dân cấp xã nơi cư trú của một "
                "trong hai bên. Tảo hôn để lại nhiều hệ lụy cho sức khỏe, học tập và tương lai "
                "của trẻ em; mỗi gia đình cần nói không với tảo hôn."
            ),
        ],
    ),
    News(
        title="Phân loại chất thải rắn sinh hoạt tại nguồn: trách nhiệm của mỗi hộ gia đình",
        summary=(
            "Luật Bảo vệ môi trường 2020 yêu cầu hộ gia đình, cá nhân phân loại chất thải rắn "
            "sinh hoạt thành ba nhóm. Chi phí thu gom, xử lý sẽ tính theo khối lượng hoặc thể "
            "tích chất thải."
        ),
        section=SECTION,
        unit="SNNMT",
        fields=("Bảo vệ môi trường",),
        tags=("Luật Bảo vệ môi trường", "phân loại rác", "vịnh Hạ Long"),
        days_ago=48,
        body=[
            text(
                "Luật Bảo vệ môi trường năm 2020 có hiệu lực từ ngày 01/01/2022, trong đó quy "
                "định chất thải rắn sinh hoạt phát sinh từ hộ gia đình, cá nhân phải được phân "
                "loại tại nguồn. Thời hạn thực hiện chậm nhất là ngày 31/12/2024."
            ),
            heading("Ba nhóm chất thải"),
            table(
                ("Nhóm", "Ví dụ", "Cách xử lý"),
                (
                    "Chất thải có khả năng tái sử dụng, tái chế",
                    "Giấy, bìa, chai nhựa, lon kim loại",
                    "Bán hoặc chuyển cho tổ chức, cá nhân tái chế",
                ),
                (
                    "Chất thải thực phẩm",
                    "Rau, củ, quả hỏng, thức ăn thừa",
                    "Ủ làm phân hữu cơ hoặc chuyển cho đơn vị thu gom",
                ),
                (
                    "Chất thải rắn sinh hoạt khác",
                    "Túi nilon bẩn, tã bỉm, sành sứ vỡ",
                    "Đựng trong bao bì, chuyển cho đơn vị thu gom",
                ),
            ),
            text(
                "Giá dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt được tính dựa "
                "trên khối lượng hoặc thể tích chất thải đã được phân loại. Hộ gia đình phân "
                "loại tốt sẽ giảm lượng chất thải phải xử lý và giảm chi phí."
            ),
            figure("Bộ thùng đựng rác ba màu đặt tại khu dân cư"),
            heading("Giữ sạch môi trường vịnh Hạ Long"),
            text(
                "Vịnh Hạ Long là di sản thiên nhiên thế giới. Mỗi hộ gia đình, cơ sở kinh doanh "
                "ven biển không xả rác, nước thải chưa xử lý ra môi trường là góp phần giữ gìn "
                "di sản cho các thế hệ sau."
            ),
        ],
    ),
    News(
        title="Quảng Ninh hưởng ứng Ngày Pháp luật Việt Nam trên nền tảng số",
        summary=(
            "Các sở, ngành, địa phương trong tỉnh hưởng ứng Ngày Pháp luật Việt Nam bằng "
            "infographic, video, tờ gấp điện tử và cuộc thi tìm hiểu pháp luật trực tuyến."
        ),
        section=SECTION,
        unit="STP",
        fields=("Phổ biến, giáo dục pháp luật",),
        tags=("Ngày Pháp luật", "chuyển đổi số"),
        days_ago=18,
        hour=10,
        body=[
            text(
                "Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam, Sở Tư pháp "
                "phối hợp với các sở, ngành, địa phương đẩy mạnh phổ biến pháp luật trên môi "
                "trường số, để người dân tìm hiểu pháp luật mọi lúc, mọi nơi trên điện thoại."
            ),
            quote(
                "Ngày 9 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt "
                "Nam.",
                "Luật Phổ biến, giáo dục pháp luật năm 2012",
            ),
            heading("Nhiều hình thức phù hợp từng nhóm đối tượng"),
            text(
                "- Infographic, video ngắn giới thiệu các luật mới có hiệu lực.",
                "- Tờ gấp điện tử để các xã, phường in phát tại khu dân cư.",
                "- Cuộc thi tìm hiểu pháp luật trực tuyến dành cho cán bộ, công chức và Nhân dân.",
                "- Sách và bài giảng điện tử phục vụ báo cáo viên, tuyên truyền viên pháp luật.",
            ),
            video("PBGDPLqn101"),
            figure("Hội nghị hưởng ứng Ngày Pháp luật Việt Nam"),
            text(
                "Các đơn vị, địa phương đăng tải sản phẩm lên cổng thông tin phổ biến, giáo dục "
                "pháp luật của tỉnh để dùng chung, tránh trùng lặp và tiết kiệm kinh phí."
            ),
        ],
    ),
    News(
        title="Tăng cường phổ biến pháp luật về phòng, chống ma túy trong trường học",
        summary=(
            "Công an tỉnh phối hợp với các trường học tuyên truyền Luật Phòng, chống ma túy năm "
            "2021, giúp học sinh nhận diện các loại ma túy trá hình và biết cách từ chối."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Phòng, chống ma túy",),
        tags=("Luật Phòng, chống ma túy", "học sinh", "ma túy trá hình"),
        days_ago=60,
        body=[
            text(
                "Luật Phòng, chống ma túy năm 2021 có hiệu lực từ ngày 01/01/2022, bổ sung quy "
                "định về quản lý người sử dụng trái phép chất ma túy và đa dạng hóa các hình thức "
                "cai nghiện."
            ),
            heading("Nhận diện ma túy trá hình"),
            text(
                "Ma túy ngày càng được ngụy trang tinh vi dưới dạng bánh kẹo, nước uống, tem "
                "giấy hay tinh dầu thuốc lá điện tử. Học sinh cần cảnh giác, không nhận đồ ăn, "
                "đồ uống, thuốc lá điện tử từ người lạ và báo ngay cho thầy cô, cha mẹ khi bị "
                "rủ rê."
            ),
            figure("Buổi ngoại khóa phòng, chống ma túy tại trường trung học phổ thông"),
            heading("Một số quy định học sinh cần biết"),
            text(
                "- Nghiêm cấm sử dụng, tổ chức sử dụng trái phép chất ma túy; xúi giục, cưỡng "
                "bức, lôi kéo người khác sử dụng trái phép chất ma túy.",
                "- Người sử dụng trái phép chất ma túy bị quản lý trong thời hạn 01 năm tại nơi "
                "cư trú.",
                "- Người từ đủ 12 tuổi đến dưới 18 tuổi nghiện ma túy có thể bị Tòa án quyết định "
                "đưa vào cơ sở cai nghiện bắt buộc.",
            ),
            quote(
                "Phòng, chống ma túy là trách nhiệm của cá nhân, gia đình, cơ quan, tổ chức và "
                "của toàn xã hội.",
                "Luật Phòng, chống ma túy năm 2021",
            ),
        ],
    ),
    News(
        title="Lộ trình tăng tuổi nghỉ hưu theo Bộ luật Lao động 2019",
        summary=(
            "Tuổi nghỉ hưu trong điều kiện lao động bình thường tăng dần mỗi năm, đến năm 2028 "
            "nam đủ 62 tuổi và đến năm 2035 nữ đủ 60 tuổi."
        ),
        section=SECTION,
        unit="SNV",
        fields=("Lao động",),
        tags=("Bộ luật Lao động 2019", "tuổi nghỉ hưu", "người lao động"),
        days_ago=75,
        body=[
            text(
                "Từ năm 2021, tuổi nghỉ hưu của người lao động trong điều kiện lao động bình "
                "thường được điều chỉnh theo lộ trình: mỗi năm tăng 03 tháng đối với nam và 04 "
                "tháng đối với nữ, cho đến khi nam đủ 62 tuổi vào năm 2028 và nữ đủ 60 tuổi vào "
                "năm 2035."
            ),
            table(
                ("Năm nghỉ hưu", "Lao động nam", "Lao động nữ"),
                ("2021", "60 tuổi 3 tháng", "55 tuổi 4 tháng"),
                ("2022", "60 tuổi 6 tháng", "55 tuổi 8 tháng"),
                ("2023", "60 tuổi 9 tháng", "56 tuổi"),
                ("2024", "61 tuổi", "56 tuổi 4 tháng"),
                ("2025", "61 tuổi 3 tháng", "56 tuổi 8 tháng"),
                ("2026", "61 tuổi 6 tháng", "57 tuổi"),
                ("2027", "61 tuổi 9 tháng", "57 tuổi 4 tháng"),
                ("2028", "62 tuổi", "57 tuổi 8 tháng"),
                ("Từ 2029", "62 tuổi", "Mỗi năm tăng 4 tháng, đủ 60 tuổi từ năm 2035"),
            ),
            heading("Nghỉ hưu sớm hơn hoặc muộn hơn"),
            text(
                "Người lao động bị suy giảm khả năng lao động, làm nghề, công việc đặc biệt nặng "
                "nhọc, độc hại, nguy hiểm như khai thác than trong hầm lò, hoặc làm việc ở vùng "
                "có điều kiện kinh tế - xã hội đặc biệt khó khăn có thể nghỉ hưu ở tuổi thấp "
                "hơn, nhưng không quá 05 tuổi so với quy định.",
                "Người lao động có trình độ chuyên môn, kỹ thuật cao và một số trường hợp đặc "
                "biệt có thể nghỉ hưu ở tuổi cao hơn, nhưng không quá 05 tuổi.",
            ),
            figure("Thợ mỏ tìm hiểu quy định về tuổi nghỉ hưu"),
        ],
    ),
    News(
        title="Những điều cần biết về thẻ căn cước theo Luật Căn cước 2023",
        summary=(
            "Luật Căn cước có hiệu lực từ ngày 01/7/2024: đổi tên thẻ căn cước công dân thành "
            "thẻ căn cước, bỏ vân tay trên thẻ, cấp thẻ cho trẻ em dưới 14 tuổi khi có nhu cầu."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Căn cước",),
        tags=("Luật Căn cước", "thẻ căn cước", "VNeID"),
        days_ago=90,
        body=[
            text(
                "Luật Căn cước năm 2023 có hiệu lực từ ngày 01/7/2024, thay thế Luật Căn cước "
                "công dân năm 2014. Thẻ căn cước công dân đã cấp vẫn có giá trị sử dụng đến hết "
                "thời hạn in trên thẻ."
            ),
            heading("Thông tin trên thẻ thay đổi thế nào?"),
            text(
                "- Bỏ vân tay và đặc điểm nhận dạng trên thẻ.",
                "- Thay “quê quán” bằng “nơi đăng ký khai sinh”.",
                "- Thay “nơi thường trú” bằng “nơi cư trú”.",
            ),
            heading("Ai được cấp thẻ?"),
            text(
                "Công dân từ đủ 14 tuổi trở lên phải làm thủ tục cấp thẻ căn cước. Công dân dưới "
                "14 tuổi được cấp thẻ căn cước nếu có nhu cầu, do cha, mẹ hoặc người giám hộ "
                "làm thủ tục."
            ),
            table(
                ("Độ tuổi", "Việc cần làm"),
                ("Đủ 14 tuổi", "Làm thủ tục cấp thẻ hoặc cấp đổi thẻ"),
                ("Đủ 25 tuổi", "Cấp đổi thẻ"),
                ("Đủ 40 tuổi", "Cấp đổi thẻ"),
                ("Đủ 60 tuổi", "Cấp đổi thẻ, thẻ có giá trị sử dụng đến khi qua đời"),
            ),
            figure("Cán bộ công an thu nhận hồ sơ cấp thẻ căn cước cho học sinh"),
            text(
                "Ngoài thẻ vật lý, công dân có căn cước điện tử trên ứng dụng định danh quốc gia "
                "VNeID, có giá trị tương đương thẻ căn cước khi thực hiện thủ tục hành chính."
            ),
        ],
    ),
    News(
        title="Mặt trận Tổ quốc tỉnh phối hợp đưa pháp luật về khu dân cư",
        summary=(
            "Ban công tác Mặt trận ở khu dân cư lồng ghép phổ biến pháp luật trong sinh hoạt "
            "cộng đồng và phối hợp kiện toàn tổ hòa giải ở cơ sở."
        ),
        section=SECTION,
        unit="MTTQ",
        fields=("Phổ biến, giáo dục pháp luật", "Hòa giải ở cơ sở"),
        tags=("khu dân cư", "hòa giải ở cơ sở"),
        # Counted in the demo's 2026 statistics (demo.statistics).
        published_on=datetime(2026, 8, 23, 8, 35, tzinfo=LOCAL_TIME),
        body=[
            text(
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đề nghị Ban công tác Mặt trận ở các khu "
                "dân cư lồng ghép phổ biến pháp luật trong các buổi sinh hoạt cộng đồng, Ngày hội "
                "Đại đoàn kết toàn dân tộc, và trong việc xây dựng hương ước, quy ước."
            ),
            heading("Phối hợp kiện toàn tổ hòa giải"),
            text(
                "Theo Luật Hòa giải ở cơ sở năm 2013, tổ hòa giải có từ 03 thành viên trở lên, "
                "trong đó có thành viên nữ. Trưởng ban công tác Mặt trận chủ trì, phối hợp với "
                "trưởng thôn, tổ trưởng tổ dân phố lựa chọn người có uy tín, hiểu biết pháp luật "
                "để đề nghị công nhận hòa giải viên."
            ),
            figure("Buổi sinh hoạt pháp luật tại nhà văn hóa khu dân cư"),
            quote(
                "Hòa giải ở cơ sở góp phần giữ gìn đoàn kết trong nội bộ Nhân dân, phòng ngừa vi "
                "phạm pháp luật ngay từ thôn, khu phố.",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            ),
        ],
    ),
    News(
        title="Thị xã Quảng Yên tập huấn kỹ năng hòa giải ở cơ sở",
        summary=(
            "Phòng Tư pháp thị xã tập huấn cho hòa giải viên các thôn, khu phố về Luật Hòa giải "
            "ở cơ sở và kỹ năng giải quyết mâu thuẫn đất đai, gia đình."
        ),
        section=SECTION,
        unit="QUANGYEN",
        fields=("Hòa giải ở cơ sở",),
        tags=("hòa giải ở cơ sở", "tập huấn"),
        published_on=datetime(2025, 4, 15, 9, 30, tzinfo=LOCAL_TIME),
        body=[
            text(
                "Phòng Tư pháp thị xã Quảng Yên tổ chức hội nghị tập huấn nghiệp vụ cho hòa giải "
                "viên ở cơ sở trên địa bàn thị xã. Hội nghị giới thiệu những nội dung cơ bản của "
                "Luật Hòa giải ở cơ sở năm 2013 và các văn bản hướng dẫn."
            ),
            heading("Nội dung tập huấn"),
            text(
                "- Nguyên tắc hòa giải: tôn trọng sự tự nguyện của các bên, khách quan, công "
                "bằng, kịp thời.",
                "- Kỹ năng lắng nghe, đặt câu hỏi và thuyết phục các bên.",
                "- Xử lý tình huống thường gặp: tranh chấp ranh giới đất, mâu thuẫn gia đình, "
                "xích mích giữa hàng xóm.",
            ),
            figure("Hòa giải viên thảo luận tình huống tại hội nghị tập huấn"),
        ],
    ),
]
