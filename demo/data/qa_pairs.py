"""Published legal questions and answers of the demo, as a unit's specialist would write
them: the question as the citizen asked it (nothing that names them), a short answer,
and the documents of the demo bookshelf it rests on.

Each entry: (legal field, answering unit key, days ago, title, question, answer
paragraphs, references). A reference is (document number, article label or "").
"""

HNGD = "52/2014/QH13"
DAT_DAI = "31/2024/QH15"
DAT_DAI_SUA_DOI = "43/2024/QH15"
HIEN_PHAP = "Không số"
LAO_DONG = "45/2019/QH14"
HUU_TRI = "135/2020/NĐ-CP"
GIAO_THONG = "36/2024/QH15"
XU_PHAT_GIAO_THONG = "168/2024/NĐ-CP"
CAN_CUOC = "26/2023/QH15"
MA_TUY = "73/2021/QH14"
HOA_GIAI = "35/2013/QH13"
PBGDPL = "14/2012/QH13"

QA_PAIRS = [
    # Hôn nhân và gia đình
    (
        "Hôn nhân và gia đình",
        "STP",
        3,
        "Nam, nữ bao nhiêu tuổi thì được kết hôn?",
        "Con trai tôi năm nay 19 tuổi, muốn đăng ký kết hôn với bạn gái 18 tuổi. "
        "Xin hỏi hai cháu đã đủ tuổi kết hôn chưa?",
        [
            "Theo Điều 8 Luật Hôn nhân và gia đình năm 2014, nam phải từ đủ 20 tuổi trở lên, "
            "nữ từ đủ 18 tuổi trở lên mới được kết hôn; việc kết hôn phải do hai bên tự "
            "nguyện quyết định.",
            "Con trai ông/bà mới 19 tuổi nên chưa đủ tuổi kết hôn. Hai cháu cần chờ đến khi "
            "con trai đủ 20 tuổi rồi mới đăng ký kết hôn tại Ủy ban nhân dân cấp xã.",
        ],
        [(HNGD, "Điều 8")],
    ),
    (
        "Hôn nhân và gia đình",
        "HALONG",
        6,
        "Đăng ký kết hôn ở đâu?",
        "Tôi thường trú ở phường Hạ Long, vợ sắp cưới thường trú ở xã Quảng Hà. Chúng tôi "
        "đăng ký kết hôn ở đâu?",
        [
            "Hai bên nam, nữ đăng ký kết hôn tại Ủy ban nhân dân cấp xã nơi cư trú của một "
            "trong hai bên. Anh chị có thể chọn Ủy ban nhân dân phường Hạ Long hoặc xã "
            "Quảng Hà.",
            "Khi đăng ký, cả hai cùng có mặt, xuất trình giấy tờ tùy thân và nộp tờ khai "
            "đăng ký kết hôn; việc kết hôn chỉ có giá trị pháp lý khi đã được đăng ký.",
        ],
        [(HNGD, "")],
    ),
    (
        "Hôn nhân và gia đình",
        "STP",
        9,
        "Thuận tình ly hôn cần những gì?",
        "Vợ chồng tôi đã thống nhất ly hôn, đã thỏa thuận được việc nuôi con và chia tài "
        "sản. Thủ tục thuận tình ly hôn thế nào?",
        [
            "Khi vợ chồng cùng yêu cầu ly hôn, đã thật sự tự nguyện và thỏa thuận được việc "
            "chia tài sản, việc trông nom, nuôi dưỡng, chăm sóc, giáo dục con trên cơ sở "
            "bảo đảm quyền lợi chính đáng của vợ và con, Tòa án công nhận thuận tình ly hôn.",
            "Anh chị nộp đơn yêu cầu công nhận thuận tình ly hôn kèm bản thỏa thuận tại Tòa "
            "án nhân dân có thẩm quyền nơi một trong hai bên cư trú.",
        ],
        [(HNGD, "")],
    ),
    (
        "Hôn nhân và gia đình",
        "STP",
        12,
        "Khi nào được ly hôn theo yêu cầu của một bên (ly hôn đơn phương)?",
        "Chồng tôi thường xuyên say rượu, đánh đập vợ con. Tôi muốn ly hôn nhưng anh ấy "
        "không đồng ý. Tôi có ly hôn đơn phương được không?",
        [
            "Khi vợ hoặc chồng yêu cầu ly hôn mà hòa giải tại Tòa án không thành thì Tòa án "
            "giải quyết cho ly hôn nếu có căn cứ về việc vợ, chồng có hành vi bạo lực gia "
            "đình hoặc vi phạm nghiêm trọng quyền, nghĩa vụ của vợ, chồng làm cho hôn nhân "
            "lâm vào tình trạng trầm trọng, đời sống chung không thể kéo dài, mục đích của "
            "hôn nhân không đạt được.",
            "Chị có quyền nộp đơn khởi kiện ly hôn tại Tòa án; trong lúc chờ giải quyết, chị "
            "có thể báo ngay cho công an hoặc Ủy ban nhân dân cấp xã khi bị bạo lực.",
        ],
        [(HNGD, "")],
    ),
    (
        "Hôn nhân và gia đình",
        "HLHPN",
        15,
        "Chồng có được ly hôn khi vợ đang mang thai không?",
        "Vợ tôi đang mang thai tháng thứ năm. Tôi có được nộp đơn ly hôn không?",
        [
            "Không. Chồng không có quyền yêu cầu ly hôn trong trường hợp vợ đang có thai, "
            "sinh con hoặc đang nuôi con dưới 12 tháng tuổi.",
            "Quy định này không áp dụng với người vợ: người vợ đang mang thai vẫn có quyền "
            "yêu cầu ly hôn.",
        ],
        [(HNGD, "")],
    ),
    (
        "Hôn nhân và gia đình",
        "HLHPN",
        18,
        "Sau ly hôn, ai nuôi con dưới 36 tháng tuổi?",
        "Con tôi mới 2 tuổi. Nếu ly hôn thì ai được nuôi cháu?",
        [
            "Con dưới 36 tháng tuổi được giao cho mẹ trực tiếp nuôi, trừ trường hợp người "
            "mẹ không đủ điều kiện để trực tiếp trông nom, chăm sóc, nuôi dưỡng, giáo dục "
            "con hoặc cha mẹ có thỏa thuận khác phù hợp với lợi ích của con.",
        ],
        [(HNGD, "")],
    ),
    (
        "Hôn nhân và gia đình",
        "STP",
        21,
        "Tài sản nào là tài sản riêng của vợ, chồng?",
        "Trước khi cưới tôi đã mua một mảnh đất đứng tên mình. Khi ly hôn mảnh đất này có "
        "bị chia đôi không?",
        [
            "Tài sản riêng của vợ, chồng gồm tài sản mỗi người có trước khi kết hôn; tài sản "
            "được thừa kế riêng, được tặng cho riêng trong thời kỳ hôn nhân; tài sản được "
            "chia riêng cho vợ, chồng và tài sản phục vụ nhu cầu thiết yếu của mỗi người.",
            "Mảnh đất anh/chị mua trước khi kết hôn là tài sản riêng, trừ khi đã tự nguyện "
            "nhập vào tài sản chung của vợ chồng.",
        ],
        [(HNGD, "")],
    ),
    (
        "Hôn nhân và gia đình",
        "QUANGHA",
        24,
        "Không trực tiếp nuôi con sau ly hôn có phải cấp dưỡng không?",
        "Sau ly hôn con ở với mẹ. Người cha có phải đóng tiền nuôi con không, mức bao nhiêu?",
        [
            "Cha, mẹ không trực tiếp nuôi con có nghĩa vụ cấp dưỡng cho con. Mức cấp dưỡng "
            "do hai bên thỏa thuận căn cứ vào thu nhập, khả năng thực tế của người cấp dưỡng "
            "và nhu cầu thiết yếu của con; không thỏa thuận được thì yêu cầu Tòa án giải "
            "quyết.",
        ],
        [(HNGD, "")],
    ),
    # Đất đai
    (
        "Đất đai",
        "STP",
        2,
        "Luật Đất đai năm 2024 có hiệu lực từ ngày nào?",
        "Tôi nghe nói Luật Đất đai mới có hiệu lực sớm hơn dự kiến, cụ thể là ngày nào?",
        [
            "Luật Đất đai số 31/2024/QH15 có hiệu lực thi hành từ ngày 01 tháng 8 năm 2024. "
            "Ngày này được Luật số 43/2024/QH15 sửa đổi, đưa lên sớm hơn ngày 01 tháng 01 "
            "năm 2025 như dự kiến ban đầu.",
        ],
        [(DAT_DAI, "Điều 252"), (DAT_DAI_SUA_DOI, "Điều 1")],
    ),
    (
        "Đất đai",
        "SNNMT",
        5,
        "Đất đai thuộc sở hữu của ai?",
        "Gia đình tôi có sổ đỏ mảnh đất ở. Vậy đất đó thuộc sở hữu của gia đình tôi phải không?",
        [
            "Đất đai thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và thống nhất "
            "quản lý. Nhà nước trao quyền sử dụng đất cho người sử dụng đất.",
            "Giấy chứng nhận (sổ đỏ) ghi nhận quyền sử dụng đất của gia đình; gia đình có các "
            "quyền của người sử dụng đất như chuyển nhượng, thừa kế, thế chấp theo quy định.",
        ],
        [(DAT_DAI, "Điều 12"), (HIEN_PHAP, "Điều 53")],
    ),
    (
        "Đất đai",
        "SNNMT",
        8,
        "Điều kiện chuyển nhượng quyền sử dụng đất là gì?",
        "Tôi muốn bán mảnh đất vườn cho hàng xóm thì cần những điều kiện gì?",
        [
            "Người sử dụng đất được chuyển nhượng quyền sử dụng đất khi có Giấy chứng nhận "
            "(trừ một số trường hợp luật quy định), đất không có tranh chấp hoặc tranh chấp "
            "đã được giải quyết, quyền sử dụng đất không bị kê biên hay áp dụng biện pháp "
            "bảo đảm thi hành án, còn trong thời hạn sử dụng đất và không bị áp dụng biện "
            "pháp khẩn cấp tạm thời.",
        ],
        [(DAT_DAI, "")],
    ),
    (
        "Đất đai",
        "SNNMT",
        11,
        "Hợp đồng chuyển nhượng quyền sử dụng đất có phải công chứng không?",
        "Mua bán đất giữa hai gia đình viết giấy tay có ký của trưởng thôn có được không?",
        [
            "Hợp đồng chuyển nhượng, tặng cho, thế chấp, góp vốn bằng quyền sử dụng đất phải "
            "được công chứng hoặc chứng thực, trừ một số trường hợp luật quy định. Giấy viết "
            "tay chỉ có chữ ký của trưởng thôn không đủ để đăng ký biến động đất đai.",
        ],
        [(DAT_DAI, "")],
    ),
    (
        "Đất đai",
        "QUANGHA",
        14,
        "Tranh chấp đất đai có phải hòa giải ở xã trước không?",
        "Nhà tôi và nhà bên cạnh tranh chấp ranh giới đất. Tôi có thể khởi kiện ra Tòa ngay không?",
        [
            "Nhà nước khuyến khích các bên tự hòa giải hoặc hòa giải ở cơ sở. Trước khi đề "
            "nghị cơ quan nhà nước hoặc khởi kiện tại Tòa án, tranh chấp đất đai phải được "
            "hòa giải tại Ủy ban nhân dân cấp xã nơi có đất tranh chấp.",
        ],
        [(DAT_DAI, "")],
    ),
    (
        "Đất đai",
        "SNNMT",
        17,
        "Đất nông nghiệp có được tự ý xây nhà ở không?",
        "Gia đình tôi có đất trồng lúa, muốn xây nhà cho con ở. Có được không?",
        [
            "Không được tự ý xây nhà trên đất nông nghiệp. Muốn làm nhà ở, người sử dụng đất "
            "phải được cơ quan nhà nước có thẩm quyền cho phép chuyển mục đích sử dụng đất "
            "sang đất ở và thực hiện nghĩa vụ tài chính; việc cho phép căn cứ quy hoạch, kế "
            "hoạch sử dụng đất.",
        ],
        [(DAT_DAI, "")],
    ),
    (
        "Đất đai",
        "HALONG",
        20,
        "Làm sổ đỏ lần đầu nộp hồ sơ ở đâu?",
        "Nhà tôi ở ổn định từ năm 1995 nhưng chưa có sổ đỏ. Tôi nộp hồ sơ cấp giấy chứng "
        "nhận ở đâu?",
        [
            "Hồ sơ đăng ký, cấp Giấy chứng nhận quyền sử dụng đất lần đầu nộp tại bộ phận "
            "tiếp nhận và trả kết quả thủ tục hành chính theo hướng dẫn của Ủy ban nhân dân "
            "tỉnh. Người dân có thể hỏi bộ phận một cửa của phường để được hướng dẫn giấy tờ "
            "cần chuẩn bị.",
        ],
        [(DAT_DAI, "")],
    ),
    # Lao động
    (
        "Lao động",
        "SNV",
        4,
        "Hợp đồng lao động có mấy loại?",
        "Công ty đề nghị tôi ký hợp đồng 5 năm. Pháp luật có cho phép không?",
        [
            "Hợp đồng lao động gồm hợp đồng không xác định thời hạn và hợp đồng xác định thời "
            "hạn; hợp đồng xác định thời hạn có thời hạn không quá 36 tháng.",
            "Vì vậy công ty không thể ký hợp đồng xác định thời hạn 5 năm; nếu làm việc lâu "
            "dài, hai bên ký hợp đồng không xác định thời hạn.",
        ],
        [(LAO_DONG, "")],
    ),
    (
        "Lao động",
        "SNV",
        7,
        "Nghỉ việc phải báo trước bao nhiêu ngày?",
        "Tôi làm hợp đồng không xác định thời hạn, nay muốn nghỉ việc. Tôi phải báo trước "
        "cho công ty bao lâu?",
        [
            "Người lao động đơn phương chấm dứt hợp đồng phải báo trước ít nhất 45 ngày nếu "
            "làm việc theo hợp đồng không xác định thời hạn; 30 ngày với hợp đồng từ 12 đến "
            "36 tháng; 03 ngày làm việc với hợp đồng dưới 12 tháng.",
            "Một số trường hợp được nghỉ không cần báo trước, như không được trả đủ lương "
            "hoặc trả lương không đúng hạn, bị ngược đãi, quấy rối tình dục tại nơi làm việc.",
        ],
        [(LAO_DONG, "")],
    ),
    (
        "Lao động",
        "SNV",
        10,
        "Thời gian thử việc tối đa là bao lâu?",
        "Tôi tốt nghiệp đại học, công ty yêu cầu thử việc 3 tháng. Như vậy có đúng không?",
        [
            "Thời gian thử việc không quá 60 ngày đối với công việc cần trình độ từ cao đẳng "
            "trở lên; không quá 180 ngày với người quản lý doanh nghiệp; không quá 30 ngày "
            "với trình độ trung cấp, công nhân kỹ thuật; không quá 06 ngày làm việc với "
            "công việc khác. Chỉ được thử việc một lần đối với một công việc.",
            "Với trình độ đại học, thời gian thử việc 3 tháng là quá thời gian luật cho phép.",
        ],
        [(LAO_DONG, "")],
    ),
    (
        "Lao động",
        "SNV",
        13,
        "Tuổi nghỉ hưu năm 2026 là bao nhiêu?",
        "Tôi là lao động nữ làm việc trong điều kiện bình thường. Năm 2026 tôi bao nhiêu "
        "tuổi thì được nghỉ hưu?",
        [
            "Tuổi nghỉ hưu trong điều kiện lao động bình thường được điều chỉnh theo lộ trình: "
            "mỗi năm tăng 3 tháng đối với nam, 4 tháng đối với nữ, cho đến khi nam đủ 62 tuổi "
            "vào năm 2028 và nữ đủ 60 tuổi vào năm 2035.",
            "Năm 2026, tuổi nghỉ hưu của lao động nữ là đủ 57 tuổi, của lao động nam là đủ 61 "
            "tuổi 6 tháng.",
        ],
        [(LAO_DONG, ""), (HUU_TRI, "")],
    ),
    (
        "Lao động",
        "SNV",
        16,
        "Làm thêm giờ được trả lương thế nào?",
        "Tôi làm thêm vào ngày Chủ nhật và ngày lễ thì được tính lương ra sao?",
        [
            "Tiền lương làm thêm giờ ít nhất bằng 150% vào ngày thường, 200% vào ngày nghỉ "
            "hằng tuần và 300% vào ngày nghỉ lễ, tết, ngày nghỉ có hưởng lương (chưa kể "
            "tiền lương của ngày lễ, tết đối với người hưởng lương ngày).",
        ],
        [(LAO_DONG, "")],
    ),
    (
        "Lao động",
        "SNV",
        19,
        "Mỗi năm được làm thêm tối đa bao nhiêu giờ?",
        "Công ty bắt công nhân làm thêm mỗi ngày 4 tiếng. Như vậy có vi phạm không?",
        [
            "Số giờ làm thêm không quá 50% số giờ làm việc bình thường trong 01 ngày, không "
            "quá 40 giờ trong 01 tháng và không quá 200 giờ trong 01 năm (một số ngành, nghề "
            "được đến 300 giờ). Làm thêm giờ phải được người lao động đồng ý.",
        ],
        [(LAO_DONG, "")],
    ),
    (
        "Lao động",
        "SNV",
        22,
        "Người lao động được nghỉ phép năm bao nhiêu ngày?",
        "Tôi làm việc đủ 12 tháng cho công ty, điều kiện làm việc bình thường. Tôi được nghỉ "
        "phép năm bao nhiêu ngày?",
        [
            "Người lao động làm việc đủ 12 tháng cho một người sử dụng lao động được nghỉ hằng "
            "năm, hưởng nguyên lương, 12 ngày làm việc nếu làm công việc trong điều kiện bình "
            "thường; cứ đủ 05 năm làm việc được tăng thêm 01 ngày.",
        ],
        [(LAO_DONG, "")],
    ),
    # Giao thông đường bộ
    (
        "Giao thông đường bộ",
        "CAT",
        1,
        "Uống rượu bia rồi đi xe máy có bị phạt không?",
        "Tôi chỉ uống một lon bia rồi đi xe máy về nhà thì có bị phạt không?",
        [
            "Có. Luật Trật tự, an toàn giao thông đường bộ nghiêm cấm điều khiển phương tiện "
            "tham gia giao thông đường bộ mà trong máu hoặc hơi thở có nồng độ cồn, dù chỉ "
            "một lon bia.",
            "Mức phạt tiền tăng theo nồng độ cồn, kèm trừ điểm hoặc tước giấy phép lái xe, "
            "theo Nghị định số 168/2024/NĐ-CP.",
        ],
        [(GIAO_THONG, ""), (XU_PHAT_GIAO_THONG, "")],
    ),
    (
        "Giao thông đường bộ",
        "CAT",
        4,
        "Trẻ em được ngồi ghế trước ô tô không?",
        "Con tôi 8 tuổi, có được ngồi ghế trước cạnh bố khi đi ô tô không?",
        [
            "Khi chở trẻ em dưới 10 tuổi và chiều cao dưới 1,35 mét trên xe ô tô, không được "
            "cho trẻ ngồi cùng hàng ghế với người lái xe, trừ xe chỉ có một hàng ghế; người "
            "lái xe phải sử dụng, hướng dẫn sử dụng thiết bị an toàn phù hợp cho trẻ em.",
        ],
        [(GIAO_THONG, "")],
    ),
    (
        "Giao thông đường bộ",
        "CAT",
        7,
        "Điểm của giấy phép lái xe được tính thế nào?",
        "Nghe nói giấy phép lái xe bị trừ điểm. Hết điểm thì sao, điểm có được phục hồi không?",
        [
            "Điểm của giấy phép lái xe có 12 điểm, bị trừ khi người có giấy phép vi phạm. Khi "
            "chưa bị trừ hết điểm và không bị trừ điểm trong 12 tháng kể từ lần bị trừ gần "
            "nhất thì được phục hồi đủ 12 điểm.",
            "Bị trừ hết điểm thì không được điều khiển phương tiện theo giấy phép đó; sau ít "
            "nhất 06 tháng, người có giấy phép được tham gia kiểm tra kiến thức pháp luật về "
            "trật tự, an toàn giao thông đường bộ để được phục hồi điểm.",
        ],
        [(GIAO_THONG, "")],
    ),
    (
        "Giao thông đường bộ",
        "CAT",
        10,
        "Đi xe đạp điện có phải đội mũ bảo hiểm không?",
        "Con tôi học lớp 10, đi xe đạp điện đến trường có bắt buộc đội mũ bảo hiểm không?",
        [
            "Có. Người điều khiển và người được chở trên xe mô tô, xe gắn máy, xe đạp máy "
            "(trong đó có xe đạp điện) phải đội mũ bảo hiểm và cài quai đúng quy cách.",
        ],
        [(GIAO_THONG, "")],
    ),
    # Căn cước
    (
        "Căn cước",
        "CAT",
        3,
        "Thẻ căn cước công dân cũ còn dùng được không?",
        "Tôi có thẻ căn cước công dân gắn chip cấp năm 2021, còn hạn. Có phải đổi sang thẻ "
        "căn cước mới không?",
        [
            "Không bắt buộc. Thẻ căn cước công dân đã cấp trước ngày 01 tháng 7 năm 2024 vẫn "
            "có giá trị sử dụng đến hết thời hạn ghi trên thẻ; công dân có nhu cầu thì được "
            "cấp đổi sang thẻ căn cước.",
        ],
        [(CAN_CUOC, "")],
    ),
    (
        "Căn cước",
        "CAT",
        6,
        "Trẻ em dưới 14 tuổi có làm thẻ căn cước được không?",
        "Cháu tôi 10 tuổi, sắp đi du lịch cùng gia đình. Cháu có làm thẻ căn cước được không?",
        [
            "Công dân Việt Nam từ đủ 14 tuổi trở lên phải làm thủ tục cấp thẻ căn cước; công "
            "dân dưới 14 tuổi được cấp thẻ căn cước theo nhu cầu. Cha, mẹ hoặc người giám hộ "
            "làm thủ tục thay cho trẻ dưới 14 tuổi.",
        ],
        [(CAN_CUOC, "")],
    ),
    (
        "Căn cước",
        "CAT",
        9,
        "Khi nào phải đổi thẻ căn cước?",
        "Thẻ căn cước của tôi cấp năm tôi 23 tuổi. Bao giờ tôi phải đi đổi thẻ?",
        [
            "Công dân phải làm thủ tục cấp đổi thẻ căn cước khi đủ 14 tuổi, 25 tuổi, 40 tuổi "
            "và 60 tuổi. Thẻ cấp năm 23 tuổi phải đổi khi anh/chị đủ 25 tuổi.",
        ],
        [(CAN_CUOC, "")],
    ),
    (
        "Căn cước",
        "CAT",
        12,
        "Căn cước điện tử là gì, dùng thế nào?",
        "Tôi đã kích hoạt tài khoản định danh điện tử. Căn cước điện tử có dùng thay thẻ "
        "được không?",
        [
            "Mỗi công dân Việt Nam được cấp một căn cước điện tử, thể hiện trong ứng dụng định "
            "danh quốc gia (VNeID). Căn cước điện tử có giá trị chứng minh về căn cước và các "
            "thông tin đã tích hợp khi thực hiện thủ tục hành chính, giao dịch.",
        ],
        [(CAN_CUOC, "")],
    ),
    # Phòng, chống ma túy
    (
        "Phòng, chống ma túy",
        "CAT",
        5,
        "Phát hiện người sử dụng trái phép chất ma túy thì báo cho ai?",
        "Tôi thấy một nhóm thanh niên tụ tập sử dụng ma túy ở khu trọ. Tôi phải báo cho ai?",
        [
            "Cá nhân, gia đình phát hiện hành vi sử dụng trái phép chất ma túy có trách nhiệm "
            "báo ngay cho cơ quan công an hoặc Ủy ban nhân dân cấp xã nơi gần nhất. Người báo "
            "tin được giữ bí mật và được bảo vệ theo quy định.",
        ],
        [(MA_TUY, "")],
    ),
    (
        "Phòng, chống ma túy",
        "CAT",
        8,
        "Cai nghiện tự nguyện tại gia đình như thế nào?",
        "Con tôi nghiện ma túy và muốn cai tại nhà. Gia đình cần làm gì?",
        [
            "Người nghiện ma túy có thể cai nghiện tự nguyện tại gia đình, cộng đồng. Người "
            "nghiện hoặc gia đình đăng ký cai nghiện với Ủy ban nhân dân cấp xã nơi cư trú; "
            "việc cai nghiện do cơ sở cai nghiện đủ điều kiện cung cấp dịch vụ thực hiện.",
        ],
        [(MA_TUY, "")],
    ),
    # Hòa giải ở cơ sở
    (
        "Hòa giải ở cơ sở",
        "STP",
        6,
        "Những việc nào được hòa giải ở cơ sở?",
        "Hai gia đình trong thôn mâu thuẫn vì lối đi chung. Tổ hòa giải có giải quyết không?",
        [
            "Hòa giải ở cơ sở được tiến hành với mâu thuẫn giữa các bên do khác nhau về quan "
            "niệm sống, lối sống, tính tình hoặc mâu thuẫn trong sử dụng lối đi qua nhà, lối "
            "đi chung; tranh chấp phát sinh từ quan hệ dân sự; tranh chấp về hôn nhân và gia "
            "đình; một số vi phạm pháp luật nhỏ chưa đến mức bị xử lý.",
        ],
        [(HOA_GIAI, "")],
    ),
    (
        "Hòa giải ở cơ sở",
        "TIENYEN",
        13,
        "Ai có thể làm hòa giải viên ở thôn?",
        "Tôi là giáo viên về hưu, muốn tham gia tổ hòa giải của thôn thì cần điều kiện gì?",
        [
            "Công dân Việt Nam thường trú tại cơ sở, tự nguyện tham gia, có phẩm chất đạo đức "
            "tốt, có uy tín trong cộng đồng dân cư, có khả năng thuyết phục, vận động nhân dân "
            "và có hiểu biết pháp luật thì có thể được bầu làm hòa giải viên.",
        ],
        [(HOA_GIAI, "")],
    ),
    (
        "Hòa giải ở cơ sở",
        "STP",
        26,
        "Kết quả hòa giải thành ở cơ sở có giá trị thế nào?",
        "Hai bên đã hòa giải thành tại thôn nhưng sau đó một bên không thực hiện. Phải làm sao?",
        [
            "Các bên có trách nhiệm thực hiện thỏa thuận hòa giải thành. Khi một bên không "
            "thực hiện, tổ hòa giải có thể động viên, thuyết phục; các bên có quyền yêu cầu "
            "Tòa án công nhận kết quả hòa giải thành ngoài Tòa án theo quy định của pháp luật "
            "tố tụng dân sự.",
        ],
        [(HOA_GIAI, "")],
    ),
    # Phổ biến, giáo dục pháp luật
    (
        "Phổ biến, giáo dục pháp luật",
        "STP",
        2,
        "Ngày Pháp luật Việt Nam là ngày nào?",
        "Ngày Pháp luật Việt Nam được tổ chức vào ngày nào trong năm?",
        [
            "Ngày 09 tháng 11 hằng năm là Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt "
            "Nam, nhằm tôn vinh Hiến pháp, pháp luật và giáo dục ý thức thượng tôn pháp luật "
            "cho mọi người trong xã hội.",
        ],
        [(PBGDPL, "")],
    ),
    (
        "Phổ biến, giáo dục pháp luật",
        "STP",
        11,
        "Công dân có quyền được thông tin về pháp luật không?",
        "Tôi muốn đọc toàn văn các luật mới ban hành. Nhà nước có trách nhiệm cung cấp không?",
        [
            "Công dân có quyền được thông tin về pháp luật và có nghĩa vụ chủ động tìm hiểu, "
            "học tập pháp luật. Nhà nước bảo đảm, tạo điều kiện cho công dân thực hiện quyền "
            "này; toàn văn văn bản được đăng trên Cơ sở dữ liệu quốc gia về pháp luật và tủ "
            "sách pháp luật của Cổng này.",
        ],
        [(PBGDPL, "Điều 2")],
    ),
    (
        "Phổ biến, giáo dục pháp luật",
        "STP",
        30,
        "Tra cứu văn bản pháp luật trên Cổng như thế nào?",
        "Tôi muốn tìm Luật Đất đai nhưng gõ không dấu thì có tìm được không?",
        [
            "Có. Ô tìm kiếm của tủ sách pháp luật tìm cả khi gõ không dấu, gõ d thay cho đ, và "
            "theo số ký hiệu văn bản (ví dụ 31/2024/QH15). Có thể lọc theo loại văn bản, cơ "
            "quan ban hành, lĩnh vực và tình trạng hiệu lực.",
        ],
        [],
    ),
    # Phòng, chống bạo lực gia đình
    (
        "Phòng, chống bạo lực gia đình",
        "HLHPN",
        3,
        "Bị bạo lực gia đình thì báo tin cho ai?",
        "Hàng xóm tôi thường xuyên bị chồng đánh. Tôi có thể báo cho ai để giúp chị ấy?",
        [
            "Người phát hiện hành vi bạo lực gia đình báo tin cho cơ quan công an nơi gần "
            "nhất, Ủy ban nhân dân cấp xã hoặc người đứng đầu cộng đồng dân cư nơi xảy ra. "
            "Người báo tin được giữ bí mật thông tin.",
        ],
        [],
    ),
    (
        "Phòng, chống bạo lực gia đình",
        "HLHPN",
        16,
        "Cấm tiếp xúc là biện pháp gì?",
        "Chồng cũ thường xuyên đến nhà đe dọa mẹ con tôi. Tôi có thể đề nghị cấm anh ta "
        "tiếp xúc không?",
        [
            "Cấm tiếp xúc là biện pháp ngăn chặn, bảo vệ người bị bạo lực gia đình. Chủ tịch "
            "Ủy ban nhân dân cấp xã quyết định cấm người có hành vi bạo lực tiếp xúc với người "
            "bị bạo lực trong thời hạn không quá 03 ngày; Tòa án có thể quyết định cấm tiếp "
            "xúc dài hơn.",
        ],
        [],
    ),
    # Bảo vệ môi trường
    (
        "Bảo vệ môi trường",
        "SNNMT",
        9,
        "Hộ gia đình có phải phân loại rác không?",
        "Phường yêu cầu các hộ phân loại rác trước khi đổ. Quy định này dựa trên luật nào?",
        [
            "Luật Bảo vệ môi trường năm 2020 yêu cầu chất thải rắn sinh hoạt phát sinh từ hộ "
            "gia đình, cá nhân được phân loại thành: chất thải có khả năng tái sử dụng, tái "
            "chế; chất thải thực phẩm; và chất thải rắn sinh hoạt khác.",
        ],
        [],
    ),
    (
        "Bảo vệ môi trường",
        "BAICHAY",
        23,
        "Xả rác xuống vịnh có bị xử phạt không?",
        "Một số hộ nuôi trồng trên vịnh vẫn đổ rác xuống biển. Hành vi này có bị phạt?",
        [
            "Có. Pháp luật nghiêm cấm vận chuyển, chôn, lấp, đổ, thải, đốt chất thải rắn không "
            "đúng quy định về bảo vệ môi trường. Người vi phạm bị xử phạt vi phạm hành chính "
            "và phải khắc phục hậu quả.",
        ],
        [],
    ),
    # Thủy sản
    (
        "Thủy sản",
        "VANDON",
        5,
        "Tàu cá nào phải lắp thiết bị giám sát hành trình?",
        "Tàu cá nhà tôi dài 14 mét, có phải lắp thiết bị giám sát hành trình không?",
        [
            "Tàu cá có chiều dài lớn nhất từ 15 mét trở lên phải lắp thiết bị giám sát hành "
            "trình và duy trì hoạt động suốt chuyến biển. Tàu dài 14 mét chưa thuộc diện bắt "
            "buộc, nhưng vẫn phải tuân thủ các quy định khác về khai thác thủy sản.",
        ],
        [],
    ),
    (
        "Thủy sản",
        "COTO",
        19,
        "Khai thác IUU là gì?",
        "Cán bộ biên phòng tuyên truyền chống khai thác IUU. IUU nghĩa là gì?",
        [
            "IUU là khai thác thủy sản bất hợp pháp, không báo cáo và không theo quy định. "
            "Ngư dân không đưa tàu đi khai thác ở vùng biển nước ngoài, phải mang đủ giấy "
            "tờ, ghi nhật ký khai thác và duy trì thiết bị giám sát hành trình theo quy định.",
        ],
        [],
    ),
]
