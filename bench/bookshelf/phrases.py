"""Sentences and headings the synthetic corpus is written with.

Sentences are templates: ``{ai}`` an actor, ``{cq}`` an agency, ``{th}`` a time limit,
``{vb}`` a citation of an earlier document ("Nghị định số 52/2015/NĐ-CP ngày ..."),
``{dt}`` what the document regulates, ``{luat}`` a law of its field, ``{nay}`` the
document itself ("Nghị định này"), ``{tinh}`` its province, ``{ld}`` its field, ``{so}``
and ``{k}`` article and clause numbers.
"""

ACTORS = (
    "cơ quan, tổ chức, cá nhân",
    "tổ chức, cá nhân",
    "hộ gia đình, cá nhân",
    "người dân",
    "doanh nghiệp",
    "cán bộ, công chức, viên chức",
    "người đứng đầu cơ quan, đơn vị",
    "người sử dụng đất",
    "người lao động",
    "người nộp thuế",
    "chủ đầu tư",
    "nhà đầu tư",
    "đối tượng được hỗ trợ",
    "người yêu cầu",
)

AGENCIES = (
    "Sở Tư pháp",
    "Sở Tài chính",
    "Sở Nội vụ",
    "Sở Xây dựng",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Công Thương",
    "Sở Nông nghiệp và Môi trường",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ",
    "Công an tỉnh",
    "Thanh tra tỉnh",
    "Ủy ban nhân dân cấp xã",
    "Ủy ban nhân dân cấp tỉnh",
    "Bộ Tư pháp",
    "Bộ Tài chính",
    "cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh",
    "Văn phòng Ủy ban nhân dân tỉnh",
)

TIME_LIMITS = (
    "03 ngày làm việc",
    "05 ngày làm việc",
    "07 ngày làm việc",
    "10 ngày làm việc",
    "15 ngày",
    "20 ngày",
    "30 ngày",
    "45 ngày",
    "60 ngày",
    "03 tháng",
)

GENERIC_SENTENCES = (
    "{cq} có trách nhiệm hướng dẫn, kiểm tra, đôn đốc việc thực hiện {dt} trên địa bàn.",
    "Việc {dt} phải bảo đảm công khai, minh bạch, đúng thẩm quyền và đúng quy định của pháp luật.",
    "Trong thời hạn {th} kể từ ngày nhận đủ hồ sơ hợp lệ, {cq} có trách nhiệm xem xét, giải quyết "
    "và trả kết quả.",
    "Trường hợp hồ sơ chưa đầy đủ, chưa hợp lệ thì trong thời hạn 03 ngày làm việc, cơ quan tiếp "
    "nhận phải thông báo bằng văn bản và hướng dẫn {ai} bổ sung, hoàn thiện hồ sơ.",
    "Trường hợp từ chối thì phải trả lời bằng văn bản và nêu rõ lý do.",
    "Nghiêm cấm lợi dụng việc {dt} để trục lợi, gây phiền hà, sách nhiễu {ai}.",
    "{cq} chủ trì, phối hợp với các cơ quan có liên quan tổ chức thực hiện {nay}.",
    "Định kỳ hằng năm, trước ngày 15 tháng 12, {cq} tổng hợp, báo cáo kết quả thực hiện về Ủy "
    "ban nhân dân tỉnh.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, tổ chức, cá nhân phản "
    "ánh kịp thời về {cq} để tổng hợp, báo cáo cấp có thẩm quyền xem xét, giải quyết.",
    "Trường hợp các văn bản quy phạm pháp luật được dẫn chiếu tại {nay} được sửa đổi, bổ sung "
    "hoặc thay thế thì áp dụng theo văn bản sửa đổi, bổ sung hoặc thay thế.",
    "{ai} vi phạm quy định tại {nay} thì tùy theo tính chất, mức độ vi phạm mà bị xử lý kỷ luật, "
    "xử phạt vi phạm hành chính hoặc bị truy cứu trách nhiệm hình sự; nếu gây thiệt hại thì phải "
    "bồi thường theo quy định của pháp luật.",
    "Hồ sơ được nộp trực tiếp, qua dịch vụ bưu chính công ích hoặc nộp trực tuyến trên Cổng Dịch "
    "vụ công quốc gia.",
    "Kinh phí thực hiện {dt} do ngân sách nhà nước bảo đảm theo phân cấp hiện hành và các nguồn "
    "kinh phí hợp pháp khác.",
    "{cq} có trách nhiệm thanh tra, kiểm tra và xử lý theo thẩm quyền các hành vi vi phạm trong "
    "lĩnh vực {ld}.",
    "Cơ quan, tổ chức, cá nhân có quyền khiếu nại, khởi kiện đối với quyết định hành chính, hành "
    "vi hành chính theo quy định của pháp luật.",
    "Việc tiếp nhận, giải quyết thủ tục hành chính được thực hiện theo cơ chế một cửa, một cửa "
    "liên thông.",
    "Thông tin về {dt} được công khai trên Cổng thông tin điện tử của {tinh} và niêm yết tại trụ "
    "sở Ủy ban nhân dân cấp xã.",
    "{cq} hướng dẫn chi tiết hồ sơ, trình tự, thủ tục thực hiện quy định tại Điều {so} {nay}.",
    "Việc chuyển tiếp đối với các hồ sơ đã tiếp nhận trước ngày {nay} có hiệu lực thi hành được "
    "thực hiện theo quy định tại thời điểm tiếp nhận hồ sơ.",
    "Đối với các trường hợp đã được cấp có thẩm quyền phê duyệt trước ngày {nay} có hiệu lực thì "
    "tiếp tục thực hiện theo nội dung đã được phê duyệt.",
    "Ủy ban nhân dân cấp xã có trách nhiệm tổ chức thực hiện {dt} trên địa bàn và báo cáo kết quả "
    "cho cơ quan cấp trên.",
    "Căn cứ tình hình thực tế, {cq} đề xuất sửa đổi, bổ sung {nay} cho phù hợp.",
    "Cơ quan, tổ chức, cá nhân có thành tích trong {dt} được khen thưởng theo quy định của pháp "
    "luật về thi đua, khen thưởng.",
    "Mọi hành vi vi phạm pháp luật trong lĩnh vực {ld} phải được phát hiện, ngăn chặn kịp thời và "
    "xử lý nghiêm minh.",
    "Việc phối hợp giữa các cơ quan được thực hiện thông qua trao đổi ý kiến bằng văn bản, tổ "
    "chức họp liên ngành hoặc thành lập đoàn kiểm tra liên ngành.",
    "Cơ quan được lấy ý kiến có trách nhiệm trả lời bằng văn bản trong thời hạn {th} kể từ ngày "
    "nhận được đề nghị.",
    "Quá thời hạn nêu trên mà không có ý kiến trả lời thì được coi là đã đồng ý và phải chịu "
    "trách nhiệm về nội dung thuộc chức năng quản lý của mình.",
    "Người đứng đầu cơ quan, đơn vị chịu trách nhiệm trước pháp luật và trước cấp trên về kết quả "
    "thực hiện nhiệm vụ được giao.",
    "Dữ liệu về {dt} được cập nhật, kết nối, chia sẻ với cơ sở dữ liệu quốc gia và các hệ thống "
    "thông tin có liên quan.",
    "Việc lưu trữ hồ sơ được thực hiện theo quy định của pháp luật về lưu trữ.",
    "Kết quả giải quyết thủ tục hành chính được trả trực tiếp, qua dịch vụ bưu chính công ích "
    "hoặc trả bản điện tử cho {ai}.",
    "Chế độ báo cáo định kỳ được thực hiện 06 tháng và hằng năm theo mẫu ban hành kèm theo {nay}.",
    "Bảo đảm sự lãnh đạo của Đảng, sự quản lý thống nhất của Nhà nước và phát huy quyền làm chủ "
    "của nhân dân.",
    "Bảo đảm bình đẳng giới, không phân biệt đối xử và tôn trọng quyền, lợi ích hợp pháp của cơ "
    "quan, tổ chức, cá nhân.",
    "Nội dung, trình tự thực hiện phải bảo đảm tính khả thi, phù hợp với điều kiện kinh tế - xã "
    "hội của {tinh}.",
    "Ưu tiên ứng dụng công nghệ thông tin, chuyển đổi số trong {dt}.",
    "{cq} có trách nhiệm tuyên truyền, phổ biến, giáo dục pháp luật về {dt} đến cán bộ và nhân "
    "dân.",
    "Các cơ quan báo chí, Đài Phát thanh và Truyền hình tỉnh có trách nhiệm thông tin, tuyên "
    "truyền về {dt}.",
    "Khi hết thời hạn mà {ai} không thực hiện thì cơ quan có thẩm quyền ra quyết định cưỡng chế "
    "theo quy định.",
    "Quyết định xử lý phải được gửi cho {ai} trong thời hạn {th} kể từ ngày ký.",
    "Việc kiểm tra được thực hiện định kỳ hoặc đột xuất khi có dấu hiệu vi phạm hoặc theo yêu cầu "
    "của cấp có thẩm quyền.",
    "Đoàn kiểm tra có trách nhiệm lập biên bản kiểm tra và báo cáo kết quả kiểm tra với người ra "
    "quyết định kiểm tra.",
    "Nguồn kinh phí thực hiện được bố trí từ ngân sách tỉnh, ngân sách cấp xã và các nguồn huy "
    "động hợp pháp khác.",
    "Ngân sách nhà nước hỗ trợ một phần kinh phí theo khả năng cân đối của ngân sách địa phương.",
    "{ai} phải chịu trách nhiệm về tính chính xác, trung thực của các thông tin, tài liệu đã cung "
    "cấp.",
    "Các trường hợp đặc biệt do Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định.",
    "Thời gian thực hiện được tính theo ngày làm việc, không kể ngày nghỉ lễ, tết và ngày nghỉ "
    "hằng tuần.",
    "Giao {cq} chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn, kiểm tra việc thực hiện "
    "{nay}.",
    "Bãi bỏ các quy định trước đây trái với {nay}.",
    "Cơ quan tiếp nhận hồ sơ không được yêu cầu {ai} nộp thêm giấy tờ ngoài thành phần hồ sơ đã "
    "được công bố.",
    "{ai} có quyền tra cứu thông tin về tình trạng giải quyết hồ sơ trên hệ thống thông tin giải "
    "quyết thủ tục hành chính.",
    "Cơ quan có thẩm quyền phải xin lỗi {ai} bằng văn bản khi giải quyết hồ sơ quá hạn.",
    "Mức phạt tiền quy định tại {nay} là mức phạt áp dụng đối với cá nhân; mức phạt tiền đối với "
    "tổ chức bằng 02 lần mức phạt tiền đối với cá nhân.",
    "Người có thẩm quyền xử phạt phải lập biên bản vi phạm hành chính ngay khi phát hiện hành vi "
    "vi phạm.",
    "Việc tổ chức thực hiện phải gắn với nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc "
    "phòng, an ninh của {tinh}.",
    "Ủy ban nhân dân tỉnh giao chỉ tiêu cụ thể cho từng địa phương, đơn vị làm căn cứ tổ chức "
    "thực hiện.",
    "Các chỉ tiêu, nhiệm vụ phải được lượng hóa, có lộ trình thực hiện và phân công trách nhiệm "
    "rõ ràng.",
    "Cơ quan chủ trì có trách nhiệm lấy ý kiến của Sở Tư pháp trước khi trình Ủy ban nhân dân "
    "tỉnh xem xét, quyết định.",
    "Người được giao nhiệm vụ phải có trình độ chuyên môn phù hợp và được bồi dưỡng nghiệp vụ "
    "định kỳ.",
    "Thủ trưởng cơ quan quản lý trực tiếp có trách nhiệm bố trí đủ nhân lực, kinh phí và điều "
    "kiện vật chất để thực hiện nhiệm vụ.",
    "Các mẫu văn bản, biểu mẫu được ban hành kèm theo {nay}.",
    "{cq} có trách nhiệm rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý.",
    "Khuyến khích {ai} tham gia đóng góp ý kiến, giám sát việc thực hiện {dt}.",
    "Ủy ban Mặt trận Tổ quốc Việt Nam các cấp và các tổ chức chính trị - xã hội tham gia tuyên "
    "truyền, vận động và giám sát việc thực hiện.",
    "Điều kiện, tiêu chuẩn, định mức được xác định trên cơ sở nhu cầu thực tế và khả năng cân đối "
    "nguồn lực của địa phương.",
    "Người có hành vi cản trở, gây khó khăn cho việc thực hiện nhiệm vụ của cơ quan có thẩm quyền "
    "thì bị xử lý theo quy định của pháp luật.",
    "Hồ sơ, tài liệu được lập thành 02 bộ, 01 bộ lưu tại cơ quan giải quyết và 01 bộ trả cho {ai}.",
    "Thông tin cá nhân thu thập trong quá trình giải quyết hồ sơ phải được bảo mật và chỉ được "
    "sử dụng đúng mục đích.",
)

# Sentences that cite another document: each carries {vb}.
CITING_SENTENCES = (
    "{ai} có trách nhiệm thực hiện đúng các quy định tại {vb}.",
    "Các nội dung khác không quy định tại {nay} được thực hiện theo quy định tại {vb}.",
    "Hồ sơ gồm: đơn đề nghị theo mẫu; bản sao giấy tờ chứng minh đủ điều kiện; các giấy tờ khác "
    "có liên quan theo quy định tại {vb}.",
    "Quy định tại khoản {k} Điều này không áp dụng đối với trường hợp quy định tại {vb}.",
    "{ai} được hưởng các quyền và thực hiện các nghĩa vụ theo quy định tại {vb}.",
    "Thẩm quyền xử phạt vi phạm hành chính thực hiện theo quy định tại {vb}.",
    "Việc áp dụng văn bản quy phạm pháp luật phải bảo đảm nguyên tắc quy định tại {vb}.",
    "Trường hợp có sự khác nhau giữa quy định tại {nay} và quy định tại {vb} về cùng một vấn đề "
    "thì áp dụng văn bản có hiệu lực pháp lý cao hơn.",
    "Theo quy định tại {vb}, {ai} có trách nhiệm thực hiện đầy đủ các nghĩa vụ được giao.",
    "Trình tự, thủ tục thực hiện theo quy định tại Điều {so} {vb}.",
    "Các nội dung liên quan được thực hiện theo hướng dẫn tại {vb}.",
    "Quy định này được xây dựng trên cơ sở {vb} và tình hình thực tế tại {tinh}.",
)

# Sentences about places and things few documents mention: the benchmark's rare words.
# Documents of the home province use them more often.
RARE_SENTENCES = (
    "Khu vực nuôi cấy ngọc trai trên vịnh Bái Tử Long phải được khoanh vùng, cắm mốc và công bố "
    "công khai.",
    "Việc khai thác than hầm lò dưới khu dân cư chỉ được thực hiện khi có phương án bảo đảm an "
    "toàn được cơ quan có thẩm quyền phê duyệt.",
    "Tàu du lịch lưu trú nghỉ đêm trên vịnh Hạ Long phải neo đậu tại các điểm được phép và lắp "
    "đặt hệ thống xử lý nước thải.",
    "Khu kinh tế Vân Đồn được áp dụng cơ chế đặc thù về đầu tư, tài chính và quản lý đất đai theo "
    "quy định.",
    "Hoạt động khai thác sá sùng tại các bãi triều phải tuân thủ mùa vụ và kích cỡ được phép khai "
    "thác.",
    "Khu bảo tồn biển Cô Tô được quản lý theo quy chế riêng nhằm bảo vệ rạn san hô và thảm cỏ "
    "biển.",
    "Cửa khẩu quốc tế Móng Cái thực hiện thông quan hàng hóa bằng phương thức điện tử theo quy "
    "định.",
    "Rừng ngập mặn ven biển được ưu tiên bảo vệ nghiêm ngặt để phòng, chống sạt lở và thích ứng "
    "với biến đổi khí hậu.",
    "Vùng nuôi hàu, nuôi ngao trên biển phải được giao khu vực biển và có phương án bảo vệ môi "
    "trường.",
    "Rùa biển và các loài thuộc danh mục loài nguy cấp, quý, hiếm được ưu tiên bảo vệ; nghiêm cấm "
    "săn bắt, mua bán trái phép.",
    "Di sản văn hóa phi vật thể hát nhà tơ, hát đúm được kiểm kê, lập hồ sơ khoa học và truyền "
    "dạy trong cộng đồng.",
    "Lễ hội Xuân Yên Tử được tổ chức trang trọng, an toàn, bảo đảm cảnh quan khu di tích và danh "
    "thắng Yên Tử.",
    "Hồ Yên Lập là nguồn nước cấp cho sinh hoạt nên nghiêm cấm mọi hoạt động xả thải vào lòng hồ.",
    "Đồng bào dân tộc Sán Dìu, Dao Thanh Phán được hỗ trợ giữ gìn tiếng nói, chữ viết và trang "
    "phục truyền thống.",
    "Đặc sản chả mực được hỗ trợ xây dựng chỉ dẫn địa lý và nhãn hiệu chứng nhận.",
    "Cơ sở chế biến chè hoa vàng được hỗ trợ chứng nhận sản phẩm OCOP từ 3 sao trở lên.",
    "Thuyền viên tàu cá vỏ thép được đào tạo kỹ năng vận hành máy và xử lý sự cố trên biển.",
    "Việc nuôi chim yến trong khu dân cư phải bảo đảm khoảng cách và không gây ô nhiễm tiếng ồn.",
    "Xe điện bốn bánh chở khách du lịch chỉ được hoạt động trong phạm vi, tuyến đường được Ủy ban "
    "nhân dân cấp tỉnh cho phép.",
    "Cáp treo vượt biển phải được kiểm định an toàn kỹ thuật định kỳ sáu tháng một lần.",
    "Di chỉ khảo cổ học Soi Nhụ và hang Đầu Gỗ được khoanh vùng bảo vệ theo quy định của pháp "
    "luật về di sản văn hóa.",
    "Đơn giá bồi thường cây ba kích tím được xác định theo năm trồng và mật độ cây trên một mét "
    "vuông.",
)

CHAPTER_TITLES = (
    "QUY ĐỊNH CỤ THỂ",
    "TRÌNH TỰ, THỦ TỤC",
    "QUẢN LÝ NHÀ NƯỚC",
    "THANH TRA, KIỂM TRA VÀ XỬ LÝ VI PHẠM",
    "QUYỀN VÀ NGHĨA VỤ CỦA TỔ CHỨC, CÁ NHÂN",
    "ĐIỀU KIỆN VÀ TIÊU CHUẨN",
    "KINH PHÍ VÀ CHẾ ĐỘ BÁO CÁO",
    "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, TỔ CHỨC",
    "CHÍNH SÁCH HỖ TRỢ",
    "HỒ SƠ VÀ THỜI HẠN GIẢI QUYẾT",
    "PHỐI HỢP GIỮA CÁC CƠ QUAN",
    "ỨNG DỤNG CÔNG NGHỆ THÔNG TIN",
)
FIRST_CHAPTER = "NHỮNG QUY ĐỊNH CHUNG"
LAST_CHAPTER = "ĐIỀU KHOẢN THI HÀNH"

SECTION_TITLES = (
    "QUY ĐỊNH CHUNG",
    "ĐIỀU KIỆN VÀ HỒ SƠ",
    "TRÌNH TỰ, THỦ TỤC",
    "MỨC HỖ TRỢ VÀ NGUỒN KINH PHÍ",
    "TRÁCH NHIỆM CỦA CƠ QUAN NHÀ NƯỚC",
    "QUYỀN VÀ NGHĨA VỤ",
    "KIỂM TRA, GIÁM SÁT",
)

OPENING_ARTICLES = ("Phạm vi điều chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ")
ARTICLE_TITLES = (
    "Nguyên tắc thực hiện",
    "Nguyên tắc áp dụng",
    "Các hành vi bị nghiêm cấm",
    "Điều kiện thực hiện",
    "Hồ sơ đề nghị",
    "Trình tự, thủ tục giải quyết",
    "Thời hạn giải quyết",
    "Thẩm quyền quyết định",
    "Quyền và nghĩa vụ của tổ chức, cá nhân",
    "Trách nhiệm của cơ quan tiếp nhận hồ sơ",
    "Công khai thông tin",
    "Kinh phí thực hiện",
    "Mức hỗ trợ",
    "Nội dung hỗ trợ",
    "Đối tượng được hỗ trợ",
    "Chế độ thông tin, báo cáo",
    "Kiểm tra, thanh tra",
    "Xử lý vi phạm",
    "Khen thưởng",
    "Giải quyết khiếu nại, tố cáo",
    "Ứng dụng công nghệ thông tin",
    "Lưu trữ hồ sơ",
    "Phối hợp giữa các cơ quan",
    "Trách nhiệm của Sở Tư pháp",
    "Trách nhiệm của Ủy ban nhân dân cấp xã",
    "Trách nhiệm của các sở, ban, ngành",
    "Tiêu chuẩn, điều kiện",
    "Quản lý nhà nước",
    "Mẫu văn bản, biểu mẫu",
    "Điều khoản chuyển tiếp",
)
# Points of a clause are lettered without f, j, w and z, and with đ after d.
POINT_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n"]

# Defined terms of a "Giải thích từ ngữ" article.
DEFINITIONS = (
    "Cơ sở dữ liệu là tập hợp thông tin được sắp xếp, tổ chức để truy cập, khai thác, chia sẻ, "
    "quản lý và cập nhật thông qua phương tiện điện tử.",
    "Thủ tục hành chính là trình tự, cách thức thực hiện, hồ sơ và yêu cầu, điều kiện do cơ quan "
    "nhà nước, người có thẩm quyền quy định để giải quyết một công việc cụ thể.",
    "Hồ sơ hợp lệ là hồ sơ có đầy đủ thành phần, số lượng giấy tờ và nội dung được kê khai đầy "
    "đủ theo quy định.",
    "Dịch vụ công trực tuyến là dịch vụ hành chính công và các dịch vụ khác của cơ quan nhà nước "
    "được cung cấp cho các tổ chức, cá nhân trên môi trường mạng.",
    "Người đứng đầu là người giữ chức vụ cao nhất, có thẩm quyền quản lý, điều hành cơ quan, tổ "
    "chức, đơn vị.",
    "Đối tượng thụ hưởng là tổ chức, cá nhân đáp ứng đủ điều kiện được hưởng chính sách theo quy "
    "định.",
)

# Clauses that introduce points ("1. Hồ sơ gồm:" followed by "a) ...", "b) ...").
POINT_INTROS = (
    "Hồ sơ gồm:",
    "{cq} có trách nhiệm sau đây:",
    "Nội dung thực hiện bao gồm:",
    "Điều kiện được xem xét gồm:",
    "Các trường hợp sau đây không áp dụng quy định tại {nay}:",
    "Trình tự thực hiện như sau:",
    "Các hành vi sau đây bị nghiêm cấm:",
)

# Rows of the spending tables of provincial resolutions: (item, unit).
SPENDING_ITEMS = (
    ("Chi biên soạn tài liệu phổ biến, giáo dục pháp luật", "trang"),
    ("Chi thù lao báo cáo viên pháp luật", "người/buổi"),
    ("Chi hỗ trợ hòa giải viên", "vụ, việc"),
    ("Chi tổ chức hội nghị, hội thảo", "người/ngày"),
    ("Chi giải thưởng cuộc thi tìm hiểu pháp luật", "giải"),
    ("Chi xây dựng, duy trì tủ sách pháp luật", "tủ/năm"),
    ("Chi hỗ trợ xây dựng xã đạt chuẩn tiếp cận pháp luật", "xã/năm"),
    ("Chi khảo sát, đánh giá nhu cầu", "phiếu"),
)

RECIPIENTS = {
    "central": (
        "- Ban Bí thư Trung ương Đảng;",
        "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
        "- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;",
        "- HĐND, UBND các tỉnh, thành phố trực thuộc trung ương;",
        "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính (Bộ Tư pháp);",
        "- Công báo, Cổng thông tin điện tử Chính phủ;",
        "- Lưu: VT.",
    ),
    "local": (
        "- Như Điều 3;",
        "- Văn phòng Chính phủ;",
        "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính (Bộ Tư pháp);",
        "- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh;",
        "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;",
        "- Trung tâm Thông tin - Công báo tỉnh;",
        "- Lưu: VT.",
    ),
}
