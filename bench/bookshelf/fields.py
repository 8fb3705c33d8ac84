"""Legal fields of the synthetic corpus: for each, how common it is, the ministries that
issue its circulars, its laws, what its documents regulate and sentences of its own."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    weight: float
    ministries: tuple[str, ...]
    laws: tuple[str, ...]
    subjects: tuple[str, ...]
    sentences: tuple[str, ...]


FIELDS = (
    Field(
        "Đất đai",
        11,
        ("BTNMT",),
        ("Luật Đất đai",),
        (
            "bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất",
            "cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
            "bảng giá đất",
            "hạn mức giao đất ở và hạn mức công nhận quyền sử dụng đất",
            "điều kiện tách thửa đất, hợp thửa đất",
            "thu tiền sử dụng đất, thu tiền thuê đất",
            "quản lý, sử dụng đất trồng lúa",
            "đăng ký đất đai, tài sản gắn liền với đất",
        ),
        (
            "Người sử dụng đất được cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản "
            "gắn liền với đất khi có đủ các điều kiện theo quy định của {luat}.",
            "Việc thu hồi đất phải được thông báo bằng văn bản cho người có đất thu hồi trước ít "
            "nhất {th}.",
            "Giá đất cụ thể được xác định theo phương pháp so sánh, phương pháp thu nhập, phương "
            "pháp thặng dư hoặc phương pháp hệ số điều chỉnh giá đất.",
            "Hộ gia đình, cá nhân đang sử dụng đất ổn định, không có tranh chấp thì được xem xét "
            "công nhận quyền sử dụng đất.",
            "Trường hợp người sử dụng đất không đồng ý với phương án bồi thường, hỗ trợ, tái định "
            "cư thì có quyền khiếu nại theo quy định của pháp luật về khiếu nại.",
            "Diện tích đất ở tối thiểu sau khi tách thửa không nhỏ hơn 40 mét vuông đối với khu "
            "vực đô thị và 60 mét vuông đối với khu vực nông thôn.",
            "Văn phòng đăng ký đất đai có trách nhiệm cập nhật, chỉnh lý hồ sơ địa chính và cơ sở "
            "dữ liệu đất đai sau khi hoàn thành thủ tục.",
            "Người được Nhà nước giao đất, cho thuê đất phải sử dụng đất đúng mục đích, đúng ranh "
            "giới thửa đất và bảo vệ các công trình công cộng trong lòng đất.",
            "Tiền sử dụng đất được nộp vào ngân sách nhà nước trong thời hạn {th} kể từ ngày nhận "
            "được thông báo của cơ quan thuế.",
            "Khi Nhà nước thu hồi đất, người có đất thu hồi được bồi thường bằng việc giao đất có "
            "cùng mục đích sử dụng hoặc bằng tiền theo giá đất cụ thể.",
        ),
    ),
    Field(
        "Xây dựng - Đô thị",
        6,
        ("BXD",),
        ("Luật Xây dựng", "Luật Nhà ở", "Luật Kinh doanh bất động sản", "Luật Quy hoạch đô thị"),
        (
            "cấp giấy phép xây dựng",
            "quản lý chất lượng, thi công xây dựng và bảo trì công trình xây dựng",
            "quản lý chi phí đầu tư xây dựng",
            "phát triển và quản lý nhà ở xã hội",
            "quản lý trật tự xây dựng",
            "cải tạo, xây dựng lại nhà chung cư",
        ),
        (
            "Chủ đầu tư có trách nhiệm tổ chức lập hồ sơ thiết kế xây dựng công trình phù hợp với "
            "quy hoạch chi tiết được phê duyệt.",
            "Công trình xây dựng phải có giấy phép xây dựng trước khi khởi công, trừ các trường "
            "hợp được miễn giấy phép xây dựng theo quy định.",
            "Nhà thầu thi công xây dựng phải bảo đảm an toàn lao động, vệ sinh môi trường và "
            "phòng, chống cháy, nổ trong quá trình thi công.",
            "Hồ sơ đề nghị cấp giấy phép xây dựng được nộp trực tiếp hoặc qua dịch vụ công trực "
            "tuyến tại bộ phận một cửa.",
            "Đối tượng được hưởng chính sách hỗ trợ về nhà ở xã hội phải đáp ứng điều kiện về nhà "
            "ở và điều kiện về thu nhập.",
            "Ủy ban nhân dân cấp xã có trách nhiệm kiểm tra, phát hiện và xử lý kịp thời các công "
            "trình xây dựng vi phạm trật tự xây dựng trên địa bàn.",
            "Công trình hết thời hạn sử dụng theo thiết kế phải được kiểm định, đánh giá an toàn "
            "chịu lực trước khi tiếp tục sử dụng.",
        ),
    ),
    Field(
        "Tài chính nhà nước",
        9,
        ("BTC",),
        ("Luật Ngân sách nhà nước", "Luật Quản lý, sử dụng tài sản công", "Luật Kế toán"),
        (
            "lập, chấp hành và quyết toán ngân sách nhà nước",
            "quản lý, sử dụng tài sản công",
            "chế độ công tác phí, chế độ chi hội nghị",
            "mức chi bảo đảm cho công tác phổ biến, giáo dục pháp luật",
            "phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách",
            "quản lý, sử dụng kinh phí sự nghiệp",
            "định mức phân bổ dự toán chi thường xuyên ngân sách địa phương",
        ),
        (
            "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên của cơ quan, đơn vị "
            "theo phân cấp quản lý ngân sách nhà nước hiện hành.",
            "Việc lập dự toán, quản lý, sử dụng và quyết toán kinh phí thực hiện theo quy định của "
            "{luat} và các văn bản hướng dẫn thi hành.",
            "Thủ trưởng cơ quan, đơn vị chịu trách nhiệm về việc sử dụng kinh phí đúng mục đích, "
            "đúng chế độ, tiết kiệm và hiệu quả.",
            "Kho bạc Nhà nước thực hiện kiểm soát chi theo quy định và từ chối thanh toán đối với "
            "các khoản chi không đúng chế độ.",
            "Mức chi quy định tại Điều này là mức chi tối đa; căn cứ khả năng cân đối ngân sách, "
            "cơ quan, đơn vị quyết định mức chi cụ thể.",
            "Tài sản công được giao cho cơ quan, đơn vị quản lý, sử dụng phải được hạch toán, theo "
            "dõi đầy đủ về hiện vật và giá trị.",
            "Số dư dự toán cuối năm được chuyển nguồn sang năm sau hoặc hủy bỏ theo quy định của "
            "pháp luật về ngân sách nhà nước.",
            "Chứng từ chi phải hợp pháp, hợp lệ và được lưu trữ đầy đủ phục vụ công tác kiểm tra, "
            "kiểm toán.",
        ),
    ),
    Field(
        "Thuế - Phí - Lệ phí",
        5,
        ("BTC",),
        ("Luật Quản lý thuế", "Luật Thuế thu nhập cá nhân", "Luật Phí và lệ phí"),
        (
            "mức thu, chế độ thu, nộp, quản lý và sử dụng lệ phí trước bạ",
            "thuế thu nhập cá nhân đối với cá nhân kinh doanh",
            "hóa đơn, chứng từ",
            "phí tham quan danh lam thắng cảnh",
            "quản lý thuế đối với hộ kinh doanh",
            "lệ phí cấp giấy phép xây dựng",
        ),
        (
            "Người nộp thuế có trách nhiệm kê khai chính xác, trung thực, đầy đủ các nội dung "
            "trong tờ khai thuế và nộp đủ số tiền thuế vào ngân sách nhà nước.",
            "Tổ chức thu phí được để lại một phần số tiền phí thu được để trang trải chi phí cho "
            "hoạt động cung cấp dịch vụ, thu phí.",
            "Cơ quan thuế có trách nhiệm hướng dẫn, hỗ trợ người nộp thuế thực hiện thủ tục hành "
            "chính thuế bằng phương thức điện tử.",
            "Trường hợp nộp chậm tiền thuế, người nộp thuế phải nộp tiền chậm nộp theo mức "
            "0,03%/ngày tính trên số tiền thuế chậm nộp.",
            "Đối tượng được miễn, giảm phí, lệ phí thực hiện theo quy định tại Điều {so} của văn "
            "bản này.",
            "Hóa đơn điện tử phải được lập đầy đủ các nội dung bắt buộc và gửi cho người mua theo "
            "thời hạn quy định.",
        ),
    ),
    Field(
        "Đầu tư",
        4,
        ("BKHĐT",),
        ("Luật Đầu tư", "Luật Đầu tư công", "Luật Đầu tư theo phương thức đối tác công tư"),
        (
            "trình tự, thủ tục chấp thuận chủ trương đầu tư",
            "quản lý dự án đầu tư công",
            "ưu đãi và hỗ trợ đầu tư",
            "lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất",
            "giám sát và đánh giá đầu tư",
        ),
        (
            "Nhà đầu tư có trách nhiệm thực hiện dự án đầu tư đúng tiến độ đã cam kết trong văn "
            "bản chấp thuận chủ trương đầu tư.",
            "Dự án đầu tư được hưởng ưu đãi đầu tư khi đáp ứng điều kiện về ngành, nghề ưu đãi đầu "
            "tư hoặc địa bàn ưu đãi đầu tư.",
            "Cơ quan đăng ký đầu tư cấp Giấy chứng nhận đăng ký đầu tư trong thời hạn {th} kể từ "
            "ngày nhận được hồ sơ hợp lệ.",
            "Kế hoạch đầu tư công trung hạn phải phù hợp với chiến lược, kế hoạch phát triển kinh "
            "tế - xã hội và khả năng cân đối nguồn vốn.",
            "Trường hợp dự án chậm tiến độ quá 24 tháng mà không có lý do chính đáng, cơ quan có "
            "thẩm quyền xem xét chấm dứt hoạt động của dự án.",
        ),
    ),
    Field(
        "Doanh nghiệp",
        3,
        ("BKHĐT",),
        ("Luật Doanh nghiệp", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa"),
        (
            "đăng ký doanh nghiệp",
            "hỗ trợ doanh nghiệp nhỏ và vừa",
            "quản lý vốn nhà nước tại doanh nghiệp",
            "đăng ký hộ kinh doanh",
        ),
        (
            "Doanh nghiệp có quyền tự do kinh doanh ngành, nghề mà luật không cấm.",
            "Hồ sơ đăng ký doanh nghiệp được nộp tại Phòng Đăng ký kinh doanh nơi doanh nghiệp đặt "
            "trụ sở chính.",
            "Doanh nghiệp nhỏ và vừa được hỗ trợ tư vấn, đào tạo nguồn nhân lực và chuyển đổi số "
            "theo quy định.",
            "Người đại diện theo pháp luật của doanh nghiệp phải cư trú tại Việt Nam và chịu trách "
            "nhiệm trước pháp luật về việc thực hiện quyền, nghĩa vụ của doanh nghiệp.",
            "Doanh nghiệp phải thông báo cho cơ quan đăng ký kinh doanh khi thay đổi nội dung đăng "
            "ký doanh nghiệp trong thời hạn {th}.",
        ),
    ),
    Field(
        "Lao động - Tiền lương",
        5,
        ("BLĐTBXH",),
        ("Bộ luật Lao động", "Luật Việc làm", "Luật An toàn, vệ sinh lao động"),
        (
            "mức lương tối thiểu đối với người lao động làm việc theo hợp đồng lao động",
            "chế độ phụ cấp đối với cán bộ, công chức cấp xã",
            "an toàn, vệ sinh lao động",
            "hỗ trợ người lao động mất việc làm",
            "tuyển dụng, sử dụng và quản lý người lao động",
        ),
        (
            "Người sử dụng lao động có trách nhiệm trả lương đầy đủ, đúng hạn cho người lao động "
            "theo thỏa thuận trong hợp đồng lao động.",
            "Người lao động được nghỉ làm việc, hưởng nguyên lương trong những ngày lễ, tết theo "
            "quy định của {luat}.",
            "Thời giờ làm việc bình thường không quá 08 giờ trong 01 ngày và không quá 48 giờ "
            "trong 01 tuần.",
            "Mức phụ cấp được tính trên mức lương cơ sở và được chi trả cùng kỳ lương hằng tháng.",
            "Người sử dụng lao động phải tổ chức huấn luyện an toàn, vệ sinh lao động cho người "
            "lao động trước khi bố trí làm việc.",
            "Trường hợp đơn phương chấm dứt hợp đồng lao động, người lao động phải báo trước cho "
            "người sử dụng lao động ít nhất 30 ngày.",
        ),
    ),
    Field(
        "Bảo hiểm",
        3,
        ("BLĐTBXH", "BYT"),
        ("Luật Bảo hiểm xã hội", "Luật Bảo hiểm y tế"),
        (
            "bảo hiểm xã hội bắt buộc",
            "hỗ trợ mức đóng bảo hiểm y tế",
            "bảo hiểm xã hội tự nguyện",
            "chế độ ốm đau, thai sản",
        ),
        (
            "Người lao động và người sử dụng lao động có trách nhiệm đóng bảo hiểm xã hội bắt buộc "
            "đầy đủ, đúng hạn.",
            "Người tham gia bảo hiểm y tế được quỹ bảo hiểm y tế chi trả chi phí khám bệnh, chữa "
            "bệnh trong phạm vi được hưởng.",
            "Ngân sách địa phương hỗ trợ thêm mức đóng bảo hiểm y tế cho người thuộc hộ gia đình "
            "cận nghèo trên địa bàn tỉnh.",
            "Cơ quan bảo hiểm xã hội có trách nhiệm giải quyết hưởng chế độ trong thời hạn {th} kể "
            "từ ngày nhận đủ hồ sơ theo quy định.",
            "Thời gian đóng bảo hiểm xã hội được tính để hưởng chế độ hưu trí theo quy định của "
            "{luat}.",
        ),
    ),
    Field(
        "Giáo dục - Đào tạo",
        5,
        ("BGDĐT",),
        ("Luật Giáo dục", "Luật Giáo dục đại học", "Luật Giáo dục nghề nghiệp"),
        (
            "học phí đối với cơ sở giáo dục công lập",
            "tuyển sinh trung học cơ sở và trung học phổ thông",
            "chính sách hỗ trợ học sinh, sinh viên",
            "tiêu chuẩn cơ sở vật chất trường mầm non",
            "dạy thêm, học thêm",
        ),
        (
            "Cơ sở giáo dục có trách nhiệm công khai mức thu học phí và các khoản thu dịch vụ "
            "trước khi bắt đầu năm học.",
            "Học sinh thuộc hộ nghèo, hộ cận nghèo được miễn, giảm học phí theo quy định.",
            "Nhà giáo phải đáp ứng chuẩn trình độ đào tạo và tiêu chuẩn nghề nghiệp theo quy định "
            "của {luat}.",
            "Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục tổ chức thực hiện chương trình "
            "giáo dục phổ thông.",
            "Việc tuyển sinh được tổ chức công khai, minh bạch, bảo đảm quyền lợi hợp pháp của "
            "người học.",
            "Cơ sở giáo dục không được thu các khoản ngoài quy định hoặc ép buộc học sinh tham gia "
            "học thêm.",
        ),
    ),
    Field(
        "Y tế",
        5,
        ("BYT",),
        ("Luật Khám bệnh, chữa bệnh", "Luật Dược", "Luật An toàn thực phẩm"),
        (
            "giá dịch vụ khám bệnh, chữa bệnh",
            "phòng, chống dịch bệnh truyền nhiễm",
            "bảo đảm an toàn thực phẩm",
            "quản lý thuốc và trang thiết bị y tế",
            "chăm sóc sức khỏe ban đầu tại trạm y tế cấp xã",
        ),
        (
            "Cơ sở khám bệnh, chữa bệnh phải niêm yết công khai giá dịch vụ khám bệnh, chữa bệnh "
            "tại nơi dễ quan sát.",
            "Người hành nghề khám bệnh, chữa bệnh phải có giấy phép hành nghề và chỉ được thực "
            "hiện phạm vi hoạt động chuyên môn được cấp phép.",
            "Khi phát hiện ca bệnh truyền nhiễm nhóm A, cơ sở y tế phải báo cáo ngay cho cơ quan y "
            "tế dự phòng trong vòng 24 giờ.",
            "Cơ sở sản xuất, kinh doanh thực phẩm phải bảo đảm điều kiện an toàn thực phẩm trong "
            "suốt quá trình hoạt động.",
            "Trạm y tế cấp xã thực hiện quản lý sức khỏe hộ gia đình và chăm sóc sức khỏe ban đầu "
            "cho người dân trên địa bàn.",
            "Thuốc thuộc danh mục thuốc phải kê đơn chỉ được bán khi có đơn thuốc của người hành "
            "nghề có thẩm quyền.",
        ),
    ),
    Field(
        "Giao thông - Vận tải",
        5,
        ("BGTVT",),
        (
            "Luật Trật tự, an toàn giao thông đường bộ",
            "Luật Đường bộ",
            "Luật Giao thông đường thủy nội địa",
        ),
        (
            "quản lý, khai thác và bảo trì công trình đường bộ",
            "kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô",
            "đào tạo, sát hạch, cấp giấy phép lái xe",
            "quản lý hoạt động của phương tiện thủy nội địa",
            "bảo đảm trật tự, an toàn giao thông đường bộ",
        ),
        (
            "Người điều khiển phương tiện tham gia giao thông phải chấp hành quy tắc giao thông và "
            "sự chỉ huy, hướng dẫn của người điều khiển giao thông.",
            "Phương tiện tham gia giao thông đường bộ phải bảo đảm chất lượng an toàn kỹ thuật và "
            "bảo vệ môi trường theo quy định.",
            "Đơn vị kinh doanh vận tải hành khách phải niêm yết giá cước, số điện thoại đường dây "
            "nóng trên phương tiện.",
            "Ủy ban nhân dân cấp tỉnh tổ chức quản lý, bảo trì hệ thống đường địa phương và bảo "
            "đảm hành lang an toàn đường bộ.",
            "Phương tiện thủy nội địa phải được đăng ký, đăng kiểm và có đủ trang thiết bị cứu "
            "sinh theo quy định.",
            "Nghiêm cấm điều khiển phương tiện tham gia giao thông mà trong máu hoặc hơi thở có "
            "nồng độ cồn.",
        ),
    ),
    Field(
        "Tài nguyên - Môi trường",
        6,
        ("BTNMT",),
        ("Luật Bảo vệ môi trường", "Luật Tài nguyên nước", "Luật Khoáng sản"),
        (
            "quản lý chất thải rắn sinh hoạt",
            "cấp phép khai thác khoáng sản",
            "bảo vệ môi trường trong hoạt động khai thác khoáng sản",
            "quản lý tài nguyên nước",
            "bảo vệ tài nguyên, môi trường biển và hải đảo",
        ),
        (
            "Cơ sở sản xuất, kinh doanh, dịch vụ phải thu gom, xử lý nước thải đạt quy chuẩn kỹ "
            "thuật môi trường trước khi xả ra nguồn tiếp nhận.",
            "Tổ chức, cá nhân khai thác khoáng sản phải thực hiện ký quỹ cải tạo, phục hồi môi "
            "trường trước khi đưa mỏ vào khai thác.",
            "Chất thải rắn sinh hoạt phải được phân loại tại nguồn theo quy định của Ủy ban nhân "
            "dân cấp tỉnh.",
            "Dự án đầu tư thuộc đối tượng phải thực hiện đánh giá tác động môi trường chỉ được "
            "triển khai sau khi có quyết định phê duyệt kết quả thẩm định.",
            "Việc khai thác, sử dụng tài nguyên nước phải bảo đảm tiết kiệm, hiệu quả và không gây "
            "suy thoái, cạn kiệt nguồn nước.",
            "Ủy ban nhân dân cấp xã có trách nhiệm tuyên truyền, vận động cộng đồng dân cư tham "
            "gia bảo vệ môi trường.",
        ),
    ),
    Field(
        "Nông nghiệp - Nông thôn",
        5,
        ("BNNPTNT",),
        ("Luật Trồng trọt", "Luật Chăn nuôi", "Luật Lâm nghiệp", "Luật Thủy sản"),
        (
            "chính sách hỗ trợ phát triển sản xuất nông nghiệp",
            "xây dựng nông thôn mới",
            "quản lý, bảo vệ và phát triển rừng",
            "phòng, chống thiên tai",
            "khai thác và bảo vệ nguồn lợi thủy sản",
            "phát triển hợp tác xã nông nghiệp",
        ),
        (
            "Hộ gia đình, cá nhân, hợp tác xã sản xuất nông nghiệp được hỗ trợ một lần kinh phí "
            "mua giống cây trồng, vật nuôi.",
            "Chủ rừng có trách nhiệm quản lý, bảo vệ, phát triển và sử dụng rừng bền vững theo "
            "phương án quản lý rừng được phê duyệt.",
            "Tàu cá hoạt động khai thác thủy sản phải có giấy phép khai thác và lắp đặt thiết bị "
            "giám sát hành trình theo quy định.",
            "Ủy ban nhân dân cấp xã chủ động triển khai phương án ứng phó thiên tai theo phương "
            "châm bốn tại chỗ.",
            "Mức hỗ trợ không vượt quá 70% chi phí thực hiện dự án và không quá 01 tỷ đồng đối với "
            "mỗi dự án.",
            "Tiêu chí xã nông thôn mới được đánh giá hằng năm và công bố công khai trên Cổng thông "
            "tin điện tử của tỉnh.",
        ),
    ),
    Field(
        "Văn hóa - Xã hội",
        5,
        ("BVHTTDL", "BLĐTBXH"),
        ("Luật Di sản văn hóa", "Luật Du lịch", "Luật Trẻ em", "Luật Người cao tuổi"),
        (
            "chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội",
            "quản lý và tổ chức lễ hội",
            "bảo vệ và phát huy giá trị di sản văn hóa",
            "phát triển du lịch",
            "chăm sóc, giáo dục và bảo vệ trẻ em",
        ),
        (
            "Đối tượng bảo trợ xã hội được hưởng trợ cấp xã hội hằng tháng kể từ tháng Chủ tịch Ủy "
            "ban nhân dân cấp xã ký quyết định.",
            "Việc tổ chức lễ hội phải bảo đảm trang trọng, an toàn, tiết kiệm, phù hợp với truyền "
            "thống văn hóa của địa phương.",
            "Di tích lịch sử - văn hóa phải được bảo vệ, tu bổ, phục hồi theo đúng quy hoạch và dự "
            "án được phê duyệt.",
            "Cơ sở kinh doanh dịch vụ du lịch phải niêm yết giá công khai và thực hiện đúng giá đã "
            "niêm yết.",
            "Trẻ em có hoàn cảnh đặc biệt được hỗ trợ, can thiệp kịp thời để bảo đảm quyền được "
            "bảo vệ, chăm sóc và giáo dục.",
            "Mức trợ cấp xã hội hằng tháng được tính bằng mức chuẩn trợ giúp xã hội nhân với hệ số "
            "tương ứng.",
        ),
    ),
    Field(
        "Bộ máy hành chính",
        10,
        ("BNV",),
        (
            "Luật Tổ chức chính quyền địa phương",
            "Luật Cán bộ, công chức",
            "Luật Viên chức",
            "Luật Tổ chức Chính phủ",
        ),
        (
            "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tư pháp",
            "phân cấp quản lý tổ chức bộ máy, biên chế",
            "tiêu chuẩn chức danh lãnh đạo, quản lý",
            "thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
            "tuyển dụng, sử dụng và quản lý công chức, viên chức",
            "đánh giá, xếp loại chất lượng cán bộ, công chức",
            "sắp xếp đơn vị hành chính cấp xã",
        ),
        (
            "Sở là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, chịu sự chỉ đạo, quản lý về tổ "
            "chức, biên chế và công tác của Ủy ban nhân dân tỉnh.",
            "Thủ tục hành chính được giải quyết theo cơ chế một cửa, một cửa liên thông tại Trung "
            "tâm Phục vụ hành chính công.",
            "Cán bộ, công chức có trách nhiệm tận tụy phục vụ nhân dân, tôn trọng nhân dân và chịu "
            "sự giám sát của nhân dân.",
            "Việc đánh giá, xếp loại chất lượng cán bộ, công chức được thực hiện hằng năm, bảo đảm "
            "khách quan, công bằng và thực chất.",
            "Người đứng đầu cơ quan hành chính nhà nước chịu trách nhiệm về kết quả giải quyết thủ "
            "tục hành chính thuộc thẩm quyền.",
            "Cơ cấu tổ chức của Sở gồm Văn phòng, Thanh tra, các phòng chuyên môn, nghiệp vụ và "
            "đơn vị sự nghiệp công lập trực thuộc.",
            "Biên chế công chức được giao trên cơ sở vị trí việc làm, chức năng, nhiệm vụ, phạm vi "
            "hoạt động của cơ quan, tổ chức.",
        ),
    ),
    Field(
        "Tư pháp",
        4,
        ("BTP",),
        (
            "Luật Phổ biến, giáo dục pháp luật",
            "Luật Hòa giải ở cơ sở",
            "Luật Hộ tịch",
            "Luật Trợ giúp pháp lý",
            "Luật Ban hành văn bản quy phạm pháp luật",
        ),
        (
            "công tác phổ biến, giáo dục pháp luật",
            "hòa giải ở cơ sở",
            "đăng ký và quản lý hộ tịch",
            "trợ giúp pháp lý",
            "xây dựng, kiểm tra, rà soát văn bản quy phạm pháp luật",
            "chứng thực bản sao từ bản chính",
            "xây dựng cấp xã đạt chuẩn tiếp cận pháp luật",
        ),
        (
            "Báo cáo viên pháp luật, tuyên truyền viên pháp luật có trách nhiệm phổ biến, giáo dục "
            "pháp luật cho cán bộ và nhân dân.",
            "Hòa giải viên ở cơ sở được hỗ trợ thù lao theo vụ, việc hòa giải thành hoặc không "
            "thành.",
            "Cơ quan đăng ký hộ tịch có trách nhiệm cập nhật kịp thời, đầy đủ thông tin vào Cơ sở "
            "dữ liệu hộ tịch điện tử.",
            "Người được trợ giúp pháp lý có quyền được trợ giúp pháp lý miễn phí và không phải trả "
            "tiền, lợi ích vật chất hoặc lợi ích khác.",
            "Văn bản quy phạm pháp luật sau khi ban hành phải được gửi để kiểm tra và đăng tải "
            "trên Cơ sở dữ liệu quốc gia về pháp luật.",
            "Hằng năm, Ủy ban nhân dân cấp xã tự đánh giá, chấm điểm các chỉ tiêu tiếp cận pháp "
            "luật và gửi kết quả về Ủy ban nhân dân cấp tỉnh.",
            "Nội dung phổ biến, giáo dục pháp luật phải chính xác, dễ hiểu, phù hợp với từng đối "
            "tượng, địa bàn.",
            "Việc chứng thực bản sao từ bản chính được thực hiện ngay trong ngày cơ quan, tổ chức "
            "tiếp nhận yêu cầu.",
        ),
    ),
    Field(
        "Hình sự - Tố tụng",
        1.5,
        ("BCA",),
        ("Bộ luật Hình sự", "Bộ luật Tố tụng hình sự", "Luật Thi hành án hình sự"),
        (
            "tiếp nhận, giải quyết tố giác, tin báo về tội phạm",
            "thi hành án treo, cải tạo không giam giữ",
            "phòng, chống tội phạm và vi phạm pháp luật",
            "tái hòa nhập cộng đồng đối với người chấp hành xong án phạt tù",
        ),
        (
            "Mọi tố giác, tin báo về tội phạm phải được tiếp nhận đầy đủ, giải quyết kịp thời theo "
            "quy định của {luat}.",
            "Người chấp hành án có nghĩa vụ chấp hành nghiêm chỉnh cam kết và chịu sự giám sát, "
            "giáo dục của Ủy ban nhân dân cấp xã.",
            "Cơ quan điều tra có trách nhiệm thông báo kết quả giải quyết cho cơ quan, tổ chức, cá "
            "nhân đã tố giác, báo tin về tội phạm.",
            "Người đã chấp hành xong án phạt tù được tạo điều kiện học nghề, tìm việc làm và vay "
            "vốn để tái hòa nhập cộng đồng.",
        ),
    ),
    Field(
        "Dân sự",
        1.5,
        ("BTP",),
        ("Bộ luật Dân sự", "Luật Công chứng", "Luật Thi hành án dân sự"),
        (
            "công chứng hợp đồng, giao dịch",
            "thi hành án dân sự",
            "bồi thường thiệt hại ngoài hợp đồng",
            "đăng ký biện pháp bảo đảm",
        ),
        (
            "Hợp đồng chuyển nhượng quyền sử dụng đất phải được công chứng hoặc chứng thực theo "
            "quy định.",
            "Cá nhân, pháp nhân phải xác lập, thực hiện, chấm dứt quyền, nghĩa vụ dân sự của mình "
            "trên tinh thần thiện chí, trung thực.",
            "Người gây thiệt hại phải bồi thường toàn bộ và kịp thời thiệt hại theo quy định của "
            "{luat}.",
            "Chấp hành viên có trách nhiệm tổ chức thi hành đúng nội dung bản án, quyết định của "
            "Tòa án.",
        ),
    ),
    Field(
        "Hôn nhân và gia đình",
        1,
        ("BTP",),
        ("Luật Hôn nhân và gia đình", "Luật Phòng, chống bạo lực gia đình"),
        (
            "đăng ký kết hôn có yếu tố nước ngoài",
            "phòng, chống bạo lực gia đình",
            "nuôi con nuôi",
        ),
        (
            "Nam, nữ kết hôn với nhau phải tự nguyện quyết định và đáp ứng đủ điều kiện kết hôn "
            "theo quy định của {luat}.",
            "Mọi hành vi bạo lực gia đình phải được phát hiện, ngăn chặn và xử lý kịp thời, nghiêm "
            "minh.",
            "Việc nuôi con nuôi phải bảo đảm quyền, lợi ích hợp pháp của người được nhận làm con "
            "nuôi.",
            "Vợ chồng bình đẳng với nhau, có quyền, nghĩa vụ ngang nhau về mọi mặt trong gia đình.",
        ),
    ),
    Field(
        "Thông tin - Truyền thông",
        2.5,
        ("BTTTT",),
        ("Luật Báo chí", "Luật An ninh mạng", "Luật Giao dịch điện tử", "Luật Tiếp cận thông tin"),
        (
            "quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng",
            "chuyển đổi số",
            "cổng thông tin điện tử của cơ quan nhà nước",
            "quản lý hoạt động thông tin cơ sở",
            "bảo vệ dữ liệu cá nhân",
        ),
        (
            "Cơ quan nhà nước có trách nhiệm cung cấp thông tin đầy đủ, chính xác, kịp thời trên "
            "cổng thông tin điện tử.",
            "Tổ chức, cá nhân cung cấp dịch vụ trên mạng phải lưu trữ, bảo vệ dữ liệu cá nhân của "
            "người sử dụng theo quy định.",
            "Hệ thống thông tin phải được phân loại cấp độ và triển khai phương án bảo đảm an toàn "
            "thông tin tương ứng.",
            "Dịch vụ công trực tuyến toàn trình được cung cấp trên Cổng Dịch vụ công quốc gia và "
            "hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh.",
            "Đài truyền thanh cấp xã thực hiện thông tin, tuyên truyền chủ trương của Đảng, chính "
            "sách, pháp luật của Nhà nước đến người dân.",
        ),
    ),
    Field(
        "An ninh - Quốc phòng",
        2,
        ("BCA", "BQP"),
        ("Luật Cư trú", "Luật Căn cước", "Luật Nghĩa vụ quân sự", "Luật Dân quân tự vệ"),
        (
            "đăng ký, quản lý cư trú",
            "phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            "tổ chức, xây dựng lực lượng dân quân tự vệ",
            "bảo đảm an ninh, trật tự ở cơ sở",
        ),
        (
            "Công dân có trách nhiệm thực hiện đăng ký thường trú, tạm trú và khai báo tạm vắng "
            "theo quy định của {luat}.",
            "Cơ sở kinh doanh phải bảo đảm điều kiện an toàn về phòng cháy, chữa cháy trước khi "
            "đưa vào hoạt động.",
            "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được hỗ trợ, trang bị phương tiện "
            "để thực hiện nhiệm vụ.",
            "Công dân đủ 18 tuổi được gọi nhập ngũ; độ tuổi gọi nhập ngũ từ đủ 18 tuổi đến hết 25 "
            "tuổi.",
        ),
    ),
    Field(
        "Thương mại - Công nghiệp",
        3,
        ("BCT",),
        ("Luật Thương mại", "Luật Quản lý ngoại thương", "Luật Bảo vệ quyền lợi người tiêu dùng"),
        (
            "phát triển và quản lý chợ",
            "quản lý cụm công nghiệp",
            "bảo vệ quyền lợi người tiêu dùng",
            "khuyến công",
            "hoạt động thương mại biên giới",
        ),
        (
            "Thương nhân kinh doanh hàng hóa, dịch vụ có trách nhiệm cung cấp thông tin chính xác, "
            "đầy đủ về hàng hóa, dịch vụ cho người tiêu dùng.",
            "Chợ phải có nội quy, bố trí khu vực kinh doanh theo ngành hàng và bảo đảm vệ sinh môi "
            "trường, phòng cháy, chữa cháy.",
            "Kinh phí khuyến công địa phương được sử dụng để hỗ trợ các cơ sở công nghiệp nông "
            "thôn đổi mới công nghệ.",
            "Hàng hóa xuất khẩu, nhập khẩu qua cửa khẩu biên giới phải làm thủ tục hải quan và "
            "chịu sự kiểm tra, giám sát của cơ quan có thẩm quyền.",
        ),
    ),
    Field(
        "Khoa học - Công nghệ",
        2,
        ("BKHCN",),
        ("Luật Khoa học và công nghệ", "Luật Sở hữu trí tuệ", "Luật Đo lường"),
        (
            "quản lý nhiệm vụ khoa học và công nghệ",
            "hỗ trợ đổi mới sáng tạo và khởi nghiệp",
            "bảo hộ và phát triển tài sản trí tuệ",
            "quản lý đo lường, chất lượng sản phẩm, hàng hóa",
        ),
        (
            "Nhiệm vụ khoa học và công nghệ cấp tỉnh được tuyển chọn, giao trực tiếp trên cơ sở đề "
            "xuất đặt hàng của các sở, ngành, địa phương.",
            "Kết quả thực hiện nhiệm vụ khoa học và công nghệ phải được đánh giá, nghiệm thu và "
            "đăng ký, lưu giữ theo quy định.",
            "Tổ chức, cá nhân có sáng chế, giải pháp hữu ích được hỗ trợ chi phí đăng ký bảo hộ "
            "quyền sở hữu công nghiệp.",
            "Phương tiện đo nhóm 2 phải được kiểm định ban đầu, kiểm định định kỳ theo quy định.",
        ),
    ),
)

FIELDS_BY_NAME = {field.name: field for field in FIELDS}
