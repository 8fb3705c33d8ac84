"""English texts of the translated demo pages, keyed by the Vietnamese source string as
wagtail-localize exports it (one entry per title, slug, field, block or paragraph)."""

ENGLISH = {
    # Home page
    "Phổ biến, giáo dục pháp luật tỉnh Quảng Ninh": (
        "Legal dissemination and education in Quảng Ninh province"
    ),
    "trang-chu": "home",
    "Cổng thông tin phổ biến, giáo dục pháp luật của tỉnh Quảng Ninh: tin tức, infographic, "
    "video, tờ gấp, sách và bài giảng pháp luật điện tử do các sở, ngành, địa phương thực hiện.": (
        "The legal information portal of Quảng Ninh province: news, infographics, videos, "
        "leaflets, e-books and e-lectures on the law, made by provincial departments and "
        "local governments."
    ),
    # Sections
    "Tin tức pháp luật": "Legal news",
    "tin-tuc-phap-luat": "legal-news",
    "Tin về văn bản pháp luật mới, hoạt động phổ biến, giáo dục pháp luật trong tỉnh.": (
        "News about new legislation and legal education activities in the province."
    ),
    "Infographic pháp luật": "Legal infographics",
    "infographic-phap-luat": "legal-infographics",
    "Những quy định pháp luật thiết thực, trình bày ngắn gọn bằng hình ảnh.": (
        "Practical legal rules, explained briefly in pictures."
    ),
    "Video pháp luật": "Legal videos",
    "video-phap-luat": "legal-videos",
    "Phóng sự, tiểu phẩm và video hỏi đáp pháp luật.": (
        "Reports, short plays and legal Q&A videos."
    ),
    # News: children in cars
    "Từ 01/01/2025, trẻ em dưới 10 tuổi không được ngồi cùng hàng ghế với người lái ô tô": (
        "From 1 January 2025, children under 10 may not sit in the driver's row of a car"
    ),
    "tu-01-01-2025-tre-em-duoi-10-tuoi-khong-duoc-ngoi-cung-hang-ghe-voi-nguoi-lai-o": (
        "children-under-10-may-not-sit-in-the-drivers-row"
    ),
    "Luật Trật tự, an toàn giao thông đường bộ 2024 yêu cầu người lái xe không cho trẻ em dưới "
    "10 tuổi và cao dưới 1,35 mét ngồi cùng hàng ghế với mình, và phải dùng thiết bị an toàn phù "
    "hợp cho trẻ.": (
        "The 2024 Law on Road Traffic Order and Safety requires drivers not to seat children "
        "under 10 years old and shorter than 1.35 metres in their own row, and to use child "
        "safety equipment suited to them."
    ),
    "Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 có hiệu lực từ ngày 01/01/2025 "
    "bổ sung quy định nhằm bảo vệ trẻ em khi đi ô tô.": (
        "The Law on Road Traffic Order and Safety No. 36/2024/QH15, in force since 1 January "
        "2025, adds rules that protect children travelling by car."
    ),
    "Theo đó, khi chở trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét, người lái xe không được "
    "cho trẻ ngồi cùng hàng ghế với mình, trừ loại xe ô tô chỉ có một hàng ghế. Người lái xe còn "
    "phải sử dụng, hướng dẫn sử dụng thiết bị an toàn phù hợp cho trẻ em.": (
        "When carrying a child under 10 years old and shorter than 1.35 metres, the driver may "
        "not let the child sit in the driver's row, except in cars with a single row of seats. "
        "The driver must also use, and show how to use, safety equipment suited to the child."
    ),
    "Người lái xe khi chở trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét trên xe ô tô chở người "
    "không được cho trẻ em ngồi cùng hàng ghế với người lái xe, trừ loại xe ô tô chỉ có một hàng "
    "ghế.": (
        "A driver carrying a child under 10 years old and shorter than 1.35 metres in a "
        "passenger car shall not let the child sit in the same row as the driver, except in "
        "cars with a single row of seats."
    ),
    "Luật Trật tự, an toàn giao thông đường bộ 2024": "Law on Road Traffic Order and Safety, 2024",
    "Vì sao trẻ nhỏ không nên ngồi ghế trước?": "Why shouldn't young children sit in front?",
    "Túi khí phía trước được thiết kế cho người lớn. Khi xảy ra va chạm, túi khí bung ra với lực "
    "rất mạnh và có thể gây chấn thương nghiêm trọng cho trẻ nhỏ. Dây đai an toàn thông thường "
    "cũng không vừa với vóc dáng của trẻ.": (
        "Front airbags are designed for adults. In a crash they inflate with great force and can "
        "seriously injure a young child. Ordinary seat belts do not fit a child's body either."
    ),
    "Ghế ngồi an toàn dành cho trẻ em lắp ở hàng ghế sau": (
        "A child safety seat fitted in the back row"
    ),
    "Công an tỉnh": "Provincial Police",
    "Lời khuyên cho cha mẹ": "Advice for parents",
    "Cho trẻ ngồi ở hàng ghế sau, dùng ghế ngồi hoặc đệm nâng phù hợp với cân nặng, chiều cao "
    "của trẻ.": (
        "Seat children in the back, in a child seat or booster suited to their weight and height."
    ),
    "Không bế trẻ ngồi trong lòng khi xe đang chạy.": (
        "Never hold a child on your lap while the car is moving."
    ),
    "Bật khóa an toàn trẻ em ở cửa sau.": "Turn on the child locks of the rear doors.",
    "Không để trẻ ở một mình trong xe.": "Never leave a child alone in the car.",
    # Infographic: conditions for marriage
    "Infographic: Điều kiện kết hôn theo Luật Hôn nhân và gia đình 2014": (
        "Infographic: conditions for marriage under the 2014 Law on Marriage and Family"
    ),
    "infographic-dieu-kien-ket-hon-theo-luat-hon-nhan-va-gia-dinh-2014": (
        "infographic-conditions-for-marriage"
    ),
    "Bốn điều kiện kết hôn và nơi đăng ký kết hôn theo Luật Hôn nhân và gia đình 2014, trình "
    "bày ngắn gọn để dễ nhớ.": (
        "The four conditions for marriage and where to register a marriage under the 2014 Law "
        "on Marriage and Family, in a short form that is easy to remember."
    ),
    "Infographic “Bốn điều kiện kết hôn”. Đủ tuổi kết hôn: Nam từ đủ 20 tuổi trở lên, nữ từ đủ "
    "18 tuổi trở lên. Tự nguyện: Việc kết hôn do nam và nữ tự nguyện quyết định. Có năng lực "
    "hành vi dân sự: Hai bên không bị mất năng lực hành vi dân sự. Không thuộc trường hợp bị "
    "cấm: Không kết hôn giả tạo, tảo hôn, cưỡng ép hoặc lừa dối kết hôn; không kết hôn khi đang "
    "có vợ, có chồng.": (
        "Infographic “Four conditions for marriage”. Marriageable age: men from 20, women from "
        "18. Free will: the man and the woman decide to marry of their own free will. Legal "
        "capacity: neither has lost civil legal capacity. Not prohibited: no sham, child, "
        "forced or deceitful marriage; no marriage while already married."
    ),
    "Bốn điều kiện kết hôn": "Four conditions for marriage",
    "Infographic “Đăng ký kết hôn”. Nơi đăng ký: Ủy ban nhân dân cấp xã nơi cư trú của một "
    "trong hai bên. Giá trị pháp lý: Việc kết hôn không đăng ký thì không có giá trị pháp lý.": (
        "Infographic “Registering a marriage”. Where: the commune People's Committee where "
        "either partner resides. Legal effect: an unregistered marriage has no legal validity."
    ),
    "Đăng ký kết hôn": "Registering a marriage",
    "1. Đủ tuổi kết hôn": "1. Marriageable age",
    "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên.": (
        "Men aged 20 or over, women aged 18 or over."
    ),
    "2. Tự nguyện": "2. Free will",
    "Việc kết hôn do nam và nữ tự nguyện quyết định.": (
        "The man and the woman decide to marry of their own free will."
    ),
    "3. Có năng lực hành vi dân sự": "3. Legal capacity",
    "Hai bên không bị mất năng lực hành vi dân sự.": (
        "Neither partner has lost civil legal capacity."
    ),
    "4. Không thuộc trường hợp bị cấm": "4. Not a prohibited marriage",
    "Không kết hôn giả tạo, tảo hôn, cưỡng ép hoặc lừa dối kết hôn; không kết hôn khi đang có "
    "vợ, có chồng.": (
        "No sham, child, forced or deceitful marriage; no marriage while already married."
    ),
    "5. Nơi đăng ký": "5. Where to register",
    "Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên.": (
        "The commune People's Committee where either partner resides."
    ),
    "6. Giá trị pháp lý": "6. Legal effect",
    "Việc kết hôn không đăng ký thì không có giá trị pháp lý.": (
        "A marriage that is not registered has no legal validity."
    ),
    # Video: drink-driving report
    "Phóng sự: Đã uống rượu, bia thì không lái xe": "Report: if you drink, don't drive",
    "phong-su-da-uong-ruou-bia-thi-khong-lai-xe": "report-if-you-drink-dont-drive",
    "Phóng sự ghi lại một ca tuần tra kiểm soát nồng độ cồn và những câu chuyện sau các vụ tai "
    "nạn do rượu, bia.": (
        "A report on one night of alcohol checks by the traffic police, and the stories behind "
        "drink-driving crashes."
    ),
    "Chín giờ tối, tổ công tác cảnh sát giao thông bắt đầu ca kiểm soát nồng độ cồn trên tuyến "
    "quốc lộ.": (
        "Nine in the evening: a traffic police team starts its alcohol-check shift on the "
        "national highway."
    ),
    "Luật Trật tự, an toàn giao thông đường bộ năm 2024 nghiêm cấm điều khiển phương tiện mà "
    "trong máu hoặc hơi thở có nồng độ cồn.": (
        "The 2024 Law on Road Traffic Order and Safety prohibits driving any vehicle with "
        "alcohol in the blood or breath."
    ),
    "Nhiều người vi phạm cho rằng mình chỉ uống một chút và vẫn tỉnh táo. Nhưng chỉ một lượng "
    "cồn nhỏ cũng làm chậm phản xạ và giảm khả năng phán đoán.": (
        "Many offenders say they only had a little and feel fine. But even a small amount of "
        "alcohol slows reactions and clouds judgement."
    ),
    "Sau mỗi vụ tai nạn do rượu, bia là những gia đình mất người thân, những người phải sống với "
    "thương tật suốt đời.": (
        "Behind every drink-driving crash are families who lost someone, and people who live "
        "with their injuries for the rest of their lives."
    ),
    "Thông điệp của chúng tôi rất đơn giản: đã uống rượu, bia thì không lái xe.": (
        "Our message is simple: if you drink, don't drive."
    ),
}
