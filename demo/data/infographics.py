"""Infographics: each sheet becomes one image; the transcript is written from the same points."""

from ..specs import Infographic, Sheet

SECTION = "infographic-phap-luat"

INFOGRAPHICS = [
    Infographic(
        title="Infographic: 6 điểm mới của Luật Đất đai 2024",
        summary=(
            "Sáu thay đổi đáng chú ý của Luật Đất đai 2024: giá đất, cấp Giấy chứng nhận, quyền "
            "của người Việt Nam ở nước ngoài, hạn mức nhận chuyển quyền và bồi thường."
        ),
        section=SECTION,
        unit="STP",
        fields=("Đất đai",),
        tags=("Luật Đất đai 2024", "infographic"),
        days_ago=4,
        sheets=[
            Sheet(
                "6 điểm mới của Luật Đất đai 2024 (phần 1)",
                [
                    (
                        "Bỏ khung giá đất",
                        "Bảng giá đất do Hội đồng nhân dân tỉnh quyết định, công bố và áp dụng "
                        "từ ngày 01/01 hằng năm.",
                    ),
                    (
                        "Cấp Giấy chứng nhận cho đất không có giấy tờ",
                        "Đất sử dụng ổn định trước 01/7/2014, không vi phạm pháp luật đất đai, "
                        "không có tranh chấp được xem xét cấp Giấy chứng nhận.",
                    ),
                    (
                        "Ghi đủ tên người có chung quyền",
                        "Giấy chứng nhận ghi đầy đủ tên những người có chung quyền sử dụng đất.",
                    ),
                ],
            ),
            Sheet(
                "6 điểm mới của Luật Đất đai 2024 (phần 2)",
                [
                    (
                        "Mở rộng quyền của người Việt Nam ở nước ngoài",
                        "Người Việt Nam định cư ở nước ngoài là công dân Việt Nam sử dụng đất "
                        "như cá nhân trong nước.",
                    ),
                    (
                        "Nâng hạn mức nhận chuyển quyền",
                        "Cá nhân được nhận chuyển quyền sử dụng đất nông nghiệp không quá 15 lần "
                        "hạn mức giao đất nông nghiệp.",
                    ),
                    (
                        "Bồi thường khi thu hồi đất",
                        "Người có đất bị thu hồi được bồi thường bằng đất có cùng mục đích sử "
                        "dụng; không có đất để bồi thường thì được bồi thường bằng tiền.",
                    ),
                ],
            ),
        ],
    ),
    Infographic(
        title="Infographic: Điều kiện kết hôn theo Luật Hôn nhân và gia đình 2014",
        summary=(
            "Bốn điều kiện kết hôn và nơi đăng ký kết hôn theo Luật Hôn nhân và gia đình 2014, "
            "trình bày ngắn gọn để dễ nhớ."
        ),
        section=SECTION,
        unit="HLHPN",
        fields=("Hôn nhân và gia đình",),
        tags=("Luật Hôn nhân và gia đình", "infographic", "đăng ký kết hôn"),
        days_ago=21,
        hour=10,
        translated=True,
        sheets=[
            Sheet(
                "Bốn điều kiện kết hôn",
                [
                    ("Đủ tuổi kết hôn", "Nam từ đủ 20 tuổi trở lên, nữ từ đủ 18 tuổi trở lên."),
                    ("Tự nguyện", "Việc kết hôn do nam và nữ tự nguyện quyết định."),
                    (
                        "Có năng lực hành vi dân sự",
                        "Hai bên không bị mất năng lực hành vi dân sự.",
                    ),
                    (
                        "Không thuộc trường hợp bị cấm",
                        "Không kết hôn giả tạo, tảo hôn, cưỡng ép hoặc lừa dối kết hôn; không "
                        "kết hôn khi đang có vợ, có chồng.",
                    ),
                ],
            ),
            Sheet(
                "Đăng ký kết hôn",
                [
                    (
                        "Nơi đăng ký",
                        "Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên.",
                    ),
                    (
                        "Giá trị pháp lý",
                        "Việc kết hôn không đăng ký thì không có giá trị pháp lý.",
                    ),
                ],
            ),
        ],
    ),
    Infographic(
        title="Infographic: Đã uống rượu, bia – không lái xe",
        summary=(
            "Luật Trật tự, an toàn giao thông đường bộ 2024 nghiêm cấm lái xe khi trong máu hoặc "
            "hơi thở có nồng độ cồn, với mọi loại phương tiện."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Giao thông đường bộ",),
        tags=("nồng độ cồn", "an toàn giao thông", "infographic"),
        days_ago=30,
        sheets=[
            Sheet(
                "Đã uống rượu, bia – không lái xe",
                [
                    (
                        "Cấm tuyệt đối",
                        "Nghiêm cấm điều khiển phương tiện mà trong máu hoặc hơi thở có nồng độ "
                        "cồn.",
                    ),
                    (
                        "Mọi loại phương tiện",
                        "Áp dụng với người lái ô tô, mô tô, xe gắn máy và cả xe thô sơ như xe đạp.",
                    ),
                    (
                        "Xử phạt nghiêm",
                        "Ngoài phạt tiền, người vi phạm có thể bị trừ điểm hoặc tước giấy phép "
                        "lái xe theo quy định của Chính phủ.",
                    ),
                    (
                        "Chọn cách an toàn",
                        "Đi taxi, nhờ người không uống rượu, bia đưa về, hoặc nghỉ lại.",
                    ),
                ],
            ),
        ],
    ),
    Infographic(
        title="Infographic: Các hạng giấy phép lái xe từ ngày 01/01/2025",
        summary=(
            "Luật Trật tự, an toàn giao thông đường bộ 2024 quy định 15 hạng giấy phép lái xe. "
            "Infographic tóm tắt loại xe được lái theo từng hạng."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Giao thông đường bộ",),
        tags=("giấy phép lái xe", "infographic"),
        days_ago=55,
        sheets=[
            Sheet(
                "Hạng giấy phép lái xe mô tô và ô tô con",
                [
                    (
                        "Hạng A1",
                        "Xe mô tô hai bánh có dung tích xi-lanh đến 125 cm3 hoặc công suất động "
                        "cơ điện đến 11 kW.",
                    ),
                    (
                        "Hạng A",
                        "Xe mô tô hai bánh có dung tích xi-lanh trên 125 cm3 hoặc công suất động "
                        "cơ điện trên 11 kW, và xe hạng A1.",
                    ),
                    ("Hạng B1", "Xe mô tô ba bánh và các loại xe của hạng A1."),
                    (
                        "Hạng B",
                        "Ô tô chở người đến 08 chỗ (không kể chỗ người lái); ô tô tải, ô tô "
                        "chuyên dùng có khối lượng toàn bộ theo thiết kế đến 3.500 kg.",
                    ),
                ],
            ),
            Sheet(
                "Hạng giấy phép lái xe tải, xe khách và xe kéo rơ moóc",
                [
                    (
                        "Hạng C1 và C",
                        "Ô tô tải, ô tô chuyên dùng có khối lượng toàn bộ theo thiết kế trên "
                        "3.500 kg đến 7.500 kg (C1) và trên 7.500 kg (C).",
                    ),
                    (
                        "Hạng D1, D2 và D",
                        "Ô tô chở người trên 08 chỗ đến 16 chỗ (D1), trên 16 chỗ đến 29 chỗ "
                        "(D2), trên 29 chỗ (D), không kể chỗ người lái.",
                    ),
                    (
                        "Hạng BE, C1E, CE, D1E, D2E, DE",
                        "Lái xe của hạng B, C1, C, D1, D2, D kéo rơ moóc có khối lượng toàn bộ "
                        "theo thiết kế trên 750 kg.",
                    ),
                ],
            ),
        ],
    ),
    Infographic(
        title="Infographic: Người lao động nghỉ việc cần báo trước bao lâu?",
        summary=(
            "Thời hạn báo trước khi người lao động đơn phương chấm dứt hợp đồng lao động và các "
            "trường hợp được nghỉ việc không cần báo trước."
        ),
        section=SECTION,
        unit="SNV",
        fields=("Lao động",),
        tags=("Bộ luật Lao động 2019", "hợp đồng lao động", "infographic"),
        days_ago=68,
        sheets=[
            Sheet(
                "Nghỉ việc: báo trước bao lâu?",
                [
                    ("Hợp đồng không xác định thời hạn", "Báo trước ít nhất 45 ngày."),
                    ("Hợp đồng từ 12 đến 36 tháng", "Báo trước ít nhất 30 ngày."),
                    ("Hợp đồng dưới 12 tháng", "Báo trước ít nhất 03 ngày làm việc."),
                    (
                        "Không cần báo trước",
                        "Khi không được trả đủ lương, trả lương không đúng hạn; bị ngược đãi, "
                        "quấy rối tình dục tại nơi làm việc; đủ tuổi nghỉ hưu.",
                    ),
                ],
            ),
        ],
    ),
    Infographic(
        title="Infographic: Phân loại chất thải rắn sinh hoạt thành 3 nhóm",
        summary=(
            "Hộ gia đình, cá nhân phân loại chất thải rắn sinh hoạt thành ba nhóm theo Luật Bảo "
            "vệ môi trường 2020."
        ),
        section=SECTION,
        unit="SNNMT",
        fields=("Bảo vệ môi trường",),
        tags=("phân loại rác", "Luật Bảo vệ môi trường", "infographic"),
        days_ago=82,
        sheets=[
            Sheet(
                "Phân loại rác tại nhà: 3 nhóm",
                [
                    (
                        "Tái sử dụng, tái chế",
                        "Giấy, bìa, chai nhựa, lon kim loại: để riêng, bán hoặc chuyển cho nơi "
                        "tái chế.",
                    ),
                    (
                        "Chất thải thực phẩm",
                        "Thức ăn thừa, rau, củ, quả hỏng: ủ làm phân hữu cơ hoặc chuyển cho đơn "
                        "vị thu gom.",
                    ),
                    (
                        "Chất thải rắn sinh hoạt khác",
                        "Túi nilon bẩn, tã bỉm, sành sứ vỡ: đựng trong bao bì, chuyển cho đơn vị "
                        "thu gom.",
                    ),
                    (
                        "Phân loại tốt, trả phí ít hơn",
                        "Giá dịch vụ thu gom, xử lý tính theo khối lượng hoặc thể tích chất thải.",
                    ),
                ],
            ),
        ],
    ),
    Infographic(
        title="Infographic: Những hành vi bị nghiêm cấm về ma túy",
        summary=(
            "Các nhóm hành vi bị nghiêm cấm theo Luật Phòng, chống ma túy năm 2021, để mỗi người "
            "dân nhận biết và tố giác."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Phòng, chống ma túy",),
        tags=("Luật Phòng, chống ma túy", "infographic"),
        days_ago=120,
        sheets=[
            Sheet(
                "Luật Phòng, chống ma túy nghiêm cấm",
                [
                    (
                        "Trồng cây có chứa chất ma túy",
                        "Kể cả hướng dẫn người khác trồng cây có chứa chất ma túy.",
                    ),
                    (
                        "Sản xuất, tàng trữ, mua bán trái phép",
                        "Sản xuất, tàng trữ, vận chuyển, mua bán trái phép chất ma túy, tiền chất.",
                    ),
                    (
                        "Sử dụng trái phép",
                        "Sử dụng, tổ chức sử dụng trái phép chất ma túy; xúi giục, cưỡng bức, "
                        "lôi kéo, chứa chấp việc sử dụng.",
                    ),
                    (
                        "Cản trở cai nghiện",
                        "Chống lại, cản trở việc cai nghiện ma túy; trả thù người phát hiện, tố "
                        "giác tội phạm về ma túy.",
                    ),
                ],
            ),
        ],
    ),
]
