"""Video clips, linked from YouTube (see embeds.py about the placeholder ids), and one
uploaded as a file (drawn and encoded by mp4.py)."""

from ..specs import Slide, Video

SECTION = "video-phap-luat"

VIDEOS = [
    Video(
        title="Video: Luật Đất đai 2024 – 5 phút hiểu những điểm mới",
        summary=(
            "Video đồ họa giới thiệu ngắn gọn những điểm mới của Luật Đất đai 2024 về giá đất, "
            "cấp Giấy chứng nhận và quyền của người sử dụng đất."
        ),
        section=SECTION,
        unit="STP",
        fields=("Đất đai",),
        tags=("Luật Đất đai 2024", "video"),
        days_ago=3,
        hour=16,
        youtube_id="PBGDPLqn001",
        duration_seconds=312,
        transcript=[
            "Luật Đất đai năm 2024 có hiệu lực từ ngày 01 tháng 8 năm 2024, gồm 16 chương, 260 "
            "điều. Trong năm phút, chúng ta cùng điểm lại những thay đổi gắn với mỗi gia đình.",
            "Thứ nhất, Luật bỏ khung giá đất. Bảng giá đất do Hội đồng nhân dân tỉnh quyết định, "
            "được công bố và áp dụng từ ngày 01 tháng 01 hằng năm.",
            "Thứ hai, đất đang sử dụng ổn định từ trước ngày 01 tháng 7 năm 2014, không có giấy "
            "tờ, không vi phạm pháp luật đất đai, không có tranh chấp, được xem xét cấp Giấy "
            "chứng nhận.",
            "Thứ ba, người Việt Nam định cư ở nước ngoài là công dân Việt Nam được sử dụng đất như "
            "cá nhân trong nước.",
            "Thứ tư, khi Nhà nước thu hồi đất, người có đất bị thu hồi được ưu tiên bồi thường "
            "bằng đất có cùng mục đích sử dụng.",
            "Mọi thắc mắc, bà con hãy liên hệ Ủy ban nhân dân cấp xã nơi có đất để được hướng dẫn.",
        ],
    ),
    Video(
        title="Phóng sự: Đã uống rượu, bia thì không lái xe",
        summary=(
            "Phóng sự ghi lại một ca tuần tra kiểm soát nồng độ cồn và những câu chuyện sau các "
            "vụ tai nạn do rượu, bia."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Giao thông đường bộ",),
        tags=("nồng độ cồn", "an toàn giao thông", "phóng sự"),
        days_ago=16,
        hour=19,
        translated=True,
        youtube_id="PBGDPLqn002",
        duration_seconds=400,
        transcript=[
            "Chín giờ tối, tổ công tác cảnh sát giao thông bắt đầu ca kiểm soát nồng độ cồn trên "
            "tuyến quốc lộ.",
            "Luật Trật tự, an toàn giao thông đường bộ năm 2024 nghiêm cấm điều khiển phương tiện "
            "mà trong máu hoặc hơi thở có nồng độ cồn.",
            "Nhiều người vi phạm cho rằng mình chỉ uống một chút và vẫn tỉnh táo. Nhưng chỉ một "
            "lượng cồn nhỏ cũng làm chậm phản xạ và giảm khả năng phán đoán.",
            "Sau mỗi vụ tai nạn do rượu, bia là những gia đình mất người thân, những người phải "
            "sống với thương tật suốt đời.",
            "Thông điệp của chúng tôi rất đơn giản: đã uống rượu, bia thì không lái xe.",
        ],
    ),
    Video(
        title="Tiểu phẩm: Tảo hôn – hệ lụy khôn lường",
        summary=(
            "Tiểu phẩm do đội tuyên truyền xã Quảng Hà dàn dựng, kể câu chuyện của một cô gái "
            "phải bỏ học vì lấy chồng khi chưa đủ tuổi."
        ),
        section=SECTION,
        unit="QUANGHA",
        fields=("Hôn nhân và gia đình",),
        tags=("tảo hôn", "tiểu phẩm"),
        days_ago=38,
        youtube_id="PBGDPLqn003",
        duration_seconds=485,
        transcript=[
            "Mai mười sáu tuổi, đang học lớp mười thì gia đình muốn cô lấy chồng.",
            "Cán bộ tư pháp xã đến nhà, giải thích: theo Luật Hôn nhân và gia đình, nữ phải từ "
            "đủ mười tám tuổi, nam từ đủ hai mươi tuổi mới được kết hôn. Lấy vợ, lấy chồng khi "
            "chưa đủ tuổi là tảo hôn, bị pháp luật nghiêm cấm.",
            "Tảo hôn ảnh hưởng đến sức khỏe của người mẹ trẻ và em bé, khiến các em phải bỏ dở "
            "việc học.",
            "Gia đình Mai hiểu ra và để Mai tiếp tục đến trường.",
        ],
    ),
    Video(
        title="Video trình chiếu: Ba nhóm chất thải rắn sinh hoạt",
        summary=(
            "Video trình chiếu ngắn, có phụ đề, giới thiệu ba nhóm chất thải rắn sinh hoạt mà "
            "mỗi hộ gia đình phải phân loại theo Luật Bảo vệ môi trường 2020."
        ),
        section=SECTION,
        unit="SNNMT",
        fields=("Bảo vệ môi trường",),
        tags=("phân loại rác", "video"),
        days_ago=24,
        hour=11,
        file_slides=[
            Slide("Ba nhóm chất thải rắn sinh hoạt", ["Luật Bảo vệ môi trường năm 2020"]),
            Slide("Nhóm 1: Tái sử dụng, tái chế", ["Giấy, bìa, chai nhựa, lon kim loại"]),
            Slide("Nhóm 2: Chất thải thực phẩm", ["Thức ăn thừa, rau, củ, quả hỏng"]),
            Slide("Nhóm 3: Chất thải rắn sinh hoạt khác", ["Túi nilon bẩn, tã bỉm, sành sứ vỡ"]),
            Slide("Phân loại tốt, trả phí ít hơn", ["Phí tính theo khối lượng hoặc thể tích"]),
        ],
    ),
    Video(
        title="Hỏi đáp: Nghỉ việc phải báo trước bao nhiêu ngày?",
        summary=(
            "Video hỏi đáp ngắn về thời hạn báo trước khi người lao động đơn phương chấm dứt hợp "
            "đồng lao động."
        ),
        section=SECTION,
        unit="SNV",
        fields=("Lao động",),
        tags=("hợp đồng lao động", "hỏi đáp"),
        days_ago=52,
        youtube_id="PBGDPLqn004",
        duration_seconds=168,
        transcript=[
            "Hỏi: Tôi làm việc theo hợp đồng lao động không xác định thời hạn, nay muốn nghỉ việc "
            "thì phải báo trước bao nhiêu ngày?",
            "Đáp: Theo Bộ luật Lao động năm 2019, bạn phải báo trước cho người sử dụng lao động ít "
            "nhất 45 ngày. Với hợp đồng xác định thời hạn từ 12 đến 36 tháng là ít nhất 30 ngày; "
            "dưới 12 tháng là ít nhất 03 ngày làm việc.",
            "Trong một số trường hợp như không được trả đủ lương, bị ngược đãi hoặc quấy rối tình "
            "dục tại nơi làm việc, người lao động được nghỉ việc mà không cần báo trước.",
        ],
    ),
    Video(
        title="Hướng dẫn phân loại rác thải sinh hoạt tại nhà",
        summary=(
            "Ba bước đơn giản để mỗi gia đình phân loại chất thải rắn sinh hoạt theo Luật Bảo vệ "
            "môi trường 2020."
        ),
        section=SECTION,
        unit="SNNMT",
        fields=("Bảo vệ môi trường",),
        tags=("phân loại rác", "hướng dẫn"),
        days_ago=66,
        youtube_id="PBGDPLqn005",
        duration_seconds=210,
        transcript=[
            "Bước một: chuẩn bị ba thùng hoặc ba túi đựng riêng.",
            "Bước hai: để riêng giấy, bìa, chai nhựa, lon kim loại có thể tái chế; để riêng thức "
            "ăn thừa, rau, củ, quả hỏng; phần còn lại là chất thải rắn sinh hoạt khác.",
            "Bước ba: chuyển từng loại cho đơn vị thu gom đúng ngày, đúng giờ; thức ăn thừa có thể "
            "ủ làm phân bón cho vườn nhà.",
        ],
    ),
    Video(
        title="Nói không với ma túy – thông điệp từ học đường",
        summary=(
            "Học sinh các trường trung học phổ thông gửi thông điệp nói không với ma túy, cảnh "
            "giác với ma túy trá hình trong bánh kẹo, nước uống, thuốc lá điện tử."
        ),
        section=SECTION,
        unit="CAT",
        fields=("Phòng, chống ma túy",),
        tags=("học sinh", "ma túy trá hình"),
        days_ago=95,
        youtube_id="PBGDPLqn006",
        duration_seconds=255,
        transcript=[
            "Chúng em là học sinh. Chúng em nói không với ma túy.",
            "Không nhận bánh kẹo, nước uống, thuốc lá điện tử từ người lạ. Khi bị rủ rê, hãy từ "
            "chối và báo ngay cho thầy cô, cha mẹ.",
            "Luật Phòng, chống ma túy nghiêm cấm việc sử dụng trái phép chất ma túy và lôi kéo "
            "người khác sử dụng.",
        ],
    ),
    Video(
        title="Ngư dân Vân Đồn cùng chống khai thác hải sản bất hợp pháp",
        summary=(
            "Ngư dân đặc khu Vân Đồn chia sẻ việc lắp thiết bị giám sát hành trình, ghi nhật ký "
            "khai thác, cùng chống khai thác IUU."
        ),
        section=SECTION,
        unit="VANDON",
        fields=("Thủy sản",),
        tags=("IUU", "ngư dân", "vùng biển, đảo"),
        days_ago=110,
        youtube_id="PBGDPLqn007",
        duration_seconds=300,
        transcript=[
            "Tàu cá của anh Hùng dài hơn 15 mét, đã lắp thiết bị giám sát hành trình từ nhiều năm "
            "nay.",
            "Mỗi chuyến biển, anh ghi nhật ký khai thác và không bao giờ tắt thiết bị.",
            "Theo Luật Thủy sản, tàu cá có chiều dài lớn nhất từ 15 mét trở lên phải lắp thiết bị "
            "giám sát hành trình. Không khai thác ở vùng biển nước ngoài là cách ngư dân góp phần "
            "gỡ thẻ vàng cho thủy sản Việt Nam.",
        ],
    ),
]
