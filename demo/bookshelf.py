"""The demo's legal bookshelf: the bookshelf page, national legal documents with their
metadata, excerpts of their text, the relations between them, and links from a few demo
pages to the documents they explain.

Documents are published by the editorial board as editors would publish them (one
revision each); one is left as a draft. The texts are short excerpts: the bookshelf
shows their chapters and articles, and the full text lives in the national database.
"""

from dataclasses import dataclass, field
from datetime import date
from html import escape

from wagtail.models import Collection, Page

from bookshelf.models import (
    BookshelfPage,
    DocumentType,
    EffectStatus,
    IssuingBody,
    LegalDocument,
    LegalDocumentAttachment,
    LegalDocumentRelation,
    PageLegalDocument,
    RelationType,
)
from bookshelf.search_index import index_legal_documents
from home.models import LegalField

from . import artwork, library
from .pages import backdate, child_by_slug, publish
from .sections import OPENED_ON

SLUG = "tu-sach-phap-luat"
TITLE = "Tủ sách pháp luật"
SUMMARY = (
    "Văn bản quy phạm pháp luật còn hiệu lực và đã hết hiệu lực, cùng sách, tờ gấp và bài "
    "giảng pháp luật điện tử của tỉnh Quảng Ninh."
)
INTRO = (
    "<p>Tra cứu văn bản theo loại, cơ quan ban hành, lĩnh vực, năm ban hành hoặc tình trạng "
    "hiệu lực; mỗi văn bản có mục lục, các văn bản liên quan và bài viết giới thiệu.</p>"
)
SOURCE = "Cơ sở dữ liệu quốc gia về pháp luật"
SOURCE_URL = "https://vbpl.vn/"
EXCERPT_NOTE = "Trích một số chương, điều. Toàn văn tại Cơ sở dữ liệu quốc gia về pháp luật."

# In the order editors see them in lists.
DOCUMENT_TYPES = ["Hiến pháp", "Bộ luật", "Luật", "Nghị định", "Quyết định", "Thông tư"]
ISSUERS = ["Quốc hội", "Chính phủ", "Thủ tướng Chính phủ", "Bộ Tư pháp"]

ASSEMBLY_CHAIR = "Chủ tịch Quốc hội"


@dataclass(kw_only=True)
class Doc:
    """One demo document. ``text`` uses a small markup: "# Chương I | TITLE" and
    "## Mục 1 | TITLE" put the number and the title on two lines, as official texts do;
    "### Điều 1. Title" is an article heading; anything else is a paragraph."""

    key: str
    number: str
    title: str
    doc_type: str
    issuer: str
    issued: date
    effective: date | None = None
    expiry: date | None = None
    status: EffectStatus = EffectStatus.IN_FORCE
    signer: str = ""
    signer_title: str = ""
    fields: tuple[str, ...] = ()
    summary: str = ""
    text: list[str] = field(default_factory=list)
    live: bool = True


DOCUMENTS = [
    Doc(
        key="hien-phap",
        number="Không số",
        title="Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        doc_type="Hiến pháp",
        issuer="Quốc hội",
        issued=date(2013, 11, 28),
        effective=date(2014, 1, 1),
        signer="Nguyễn Sinh Hùng",
        signer_title=ASSEMBLY_CHAIR,
        summary="Đạo luật cơ bản của Nhà nước, có hiệu lực pháp lý cao nhất.",
        text=[
            "# Chương I | CHẾ ĐỘ CHÍNH TRỊ",
            "### Điều 1.",
            "Nước Cộng hòa xã hội chủ nghĩa Việt Nam là một nước độc lập, có chủ quyền, thống "
            "nhất và toàn vẹn lãnh thổ, bao gồm đất liền, hải đảo, vùng biển và vùng trời.",
            "### Điều 2.",
            "1. Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền xã hội chủ "
            "nghĩa của Nhân dân, do Nhân dân, vì Nhân dân.",
            "# Chương II | QUYỀN CON NGƯỜI, QUYỀN VÀ NGHĨA VỤ CƠ BẢN CỦA CÔNG DÂN",
            "### Điều 14.",
            "1. Ở nước Cộng hòa xã hội chủ nghĩa Việt Nam, các quyền con người, quyền công dân "
            "về chính trị, dân sự, kinh tế, văn hóa, xã hội được công nhận, tôn trọng, bảo vệ, "
            "bảo đảm theo Hiến pháp và pháp luật.",
            "# Chương III | KINH TẾ, XÃ HỘI, VĂN HÓA, GIÁO DỤC, KHOA HỌC, CÔNG NGHỆ VÀ MÔI TRƯỜNG",
            "### Điều 53.",
            "Đất đai, tài nguyên nước, tài nguyên khoáng sản, nguồn lợi ở vùng biển, vùng trời, "
            "tài nguyên thiên nhiên khác và các tài sản do Nhà nước đầu tư, quản lý là tài sản "
            "công thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và thống nhất quản lý.",
        ],
    ),
    Doc(
        key="luat-dat-dai-2024",
        number="31/2024/QH15",
        title="Luật Đất đai",
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2024, 1, 18),
        effective=date(2024, 8, 1),
        signer="Vương Đình Huệ",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Đất đai",),
        summary=(
            "Quy định chế độ sở hữu đất đai, quyền và trách nhiệm của Nhà nước đối với đất đai, "
            "quyền và nghĩa vụ của người sử dụng đất."
        ),
        text=[
            "# Chương I | QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước "
            "đại diện chủ sở hữu toàn dân về đất đai và thống nhất quản lý về đất đai, chế độ "
            "quản lý và sử dụng đất đai, quyền và nghĩa vụ của công dân, người sử dụng đất đối "
            "với đất đai thuộc lãnh thổ của nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
            "### Điều 2. Đối tượng áp dụng",
            "1. Cơ quan nhà nước thực hiện quyền hạn và trách nhiệm đại diện chủ sở hữu toàn "
            "dân về đất đai, thực hiện nhiệm vụ thống nhất quản lý nhà nước về đất đai.",
            "2. Người sử dụng đất.",
            "3. Các đối tượng khác có liên quan đến việc quản lý, sử dụng đất đai.",
            "# Chương II | QUYỀN VÀ TRÁCH NHIỆM CỦA NHÀ NƯỚC, NGHĨA VỤ CỦA CÔNG DÂN ĐỐI VỚI "
            "ĐẤT ĐAI",
            "## Mục 1 | QUYỀN CỦA NHÀ NƯỚC LÀ ĐẠI DIỆN CHỦ SỞ HỮU VỀ ĐẤT ĐAI",
            "### Điều 12. Sở hữu đất đai",
            "Đất đai thuộc sở hữu toàn dân do Nhà nước đại diện chủ sở hữu và thống nhất quản "
            "lý. Nhà nước trao quyền sử dụng đất cho người sử dụng đất theo quy định của Luật "
            "này.",
            "# Chương XVI | ĐIỀU KHOẢN THI HÀNH",
            "### Điều 252. Hiệu lực thi hành",
            "Luật Đất đai số 45/2013/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
        ],
    ),
    Doc(
        key="luat-43-2024",
        number="43/2024/QH15",
        title=(
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số "
            "27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Các tổ chức tín "
            "dụng số 32/2024/QH15"
        ),
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2024, 6, 29),
        effective=date(2024, 8, 1),
        signer="Trần Thanh Mẫn",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Đất đai",),
        summary="Đưa Luật Đất đai năm 2024 vào thi hành sớm hơn, từ ngày 01/8/2024.",
        text=[
            "### Điều 1. Sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15",
            "Sửa đổi, bổ sung khoản 1 Điều 252 về thời điểm Luật Đất đai có hiệu lực thi hành.",
        ],
    ),
    Doc(
        key="luat-dat-dai-2013",
        number="45/2013/QH13",
        title="Luật Đất đai",
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2013, 11, 29),
        effective=date(2014, 7, 1),
        expiry=date(2024, 8, 1),
        status=EffectStatus.EXPIRED,
        signer="Nguyễn Sinh Hùng",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Đất đai",),
        text=[
            "# Chương I | NHỮNG QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về chế độ sở hữu đất đai, quyền hạn và trách nhiệm của Nhà nước "
            "đại diện chủ sở hữu toàn dân về đất đai và thống nhất quản lý về đất đai, chế độ "
            "quản lý và sử dụng đất đai, quyền và nghĩa vụ của người sử dụng đất đối với đất "
            "đai thuộc lãnh thổ của nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
        ],
    ),
    Doc(
        key="nd-102-2024",
        number="102/2024/NĐ-CP",
        title="Nghị định quy định chi tiết thi hành một số điều của Luật Đất đai",
        doc_type="Nghị định",
        issuer="Chính phủ",
        issued=date(2024, 7, 30),
        effective=date(2024, 8, 1),
        signer="Trần Hồng Hà",
        signer_title="Phó Thủ tướng",
        fields=("Đất đai",),
        text=[
            "# Chương I | QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Nghị định này quy định chi tiết một số điều, khoản của Luật Đất đai.",
            "### Điều 2. Đối tượng áp dụng",
            "Cơ quan nhà nước, người sử dụng đất và tổ chức, cá nhân khác có liên quan.",
        ],
    ),
    Doc(
        key="nd-52-2015",
        number="52/2015/NĐ-CP",
        title="Nghị định về Cơ sở dữ liệu quốc gia về pháp luật",
        doc_type="Nghị định",
        issuer="Chính phủ",
        issued=date(2015, 5, 28),
        effective=date(2015, 7, 15),
        signer="Nguyễn Tấn Dũng",
        signer_title="Thủ tướng",
        fields=("Phổ biến, giáo dục pháp luật",),
        text=[
            "# Chương I | QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Nghị định này quy định về xây dựng, quản lý, duy trì, khai thác và sử dụng Cơ sở "
            "dữ liệu quốc gia về pháp luật.",
        ],
    ),
    Doc(
        key="luat-pbgdpl",
        number="14/2012/QH13",
        title="Luật Phổ biến, giáo dục pháp luật",
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2012, 6, 20),
        effective=date(2013, 1, 1),
        signer="Nguyễn Sinh Hùng",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Phổ biến, giáo dục pháp luật",),
        summary="Quyền và nghĩa vụ tìm hiểu, học tập pháp luật của công dân; nội dung, hình "
        "thức phổ biến, giáo dục pháp luật.",
        text=[
            "# Chương I | NHỮNG QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về quyền, nghĩa vụ tìm hiểu, học tập pháp luật của công dân; "
            "nội dung, hình thức phổ biến, giáo dục pháp luật; trách nhiệm của cơ quan, tổ "
            "chức, cá nhân trong công tác phổ biến, giáo dục pháp luật và các điều kiện bảo đảm "
            "cho công tác phổ biến, giáo dục pháp luật.",
            "### Điều 2. Quyền và nghĩa vụ tìm hiểu, học tập pháp luật của công dân",
            "Công dân có quyền được thông tin về pháp luật và có nghĩa vụ chủ động tìm hiểu, "
            "học tập pháp luật. Nhà nước bảo đảm, tạo điều kiện cho công dân thực hiện quyền và "
            "nghĩa vụ tìm hiểu, học tập pháp luật.",
        ],
    ),
    Doc(
        key="qd-14-2019",
        number="14/2019/QĐ-TTg",
        title="Quyết định quy định về xây dựng, quản lý, khai thác Tủ sách pháp luật",
        doc_type="Quyết định",
        issuer="Thủ tướng Chính phủ",
        issued=date(2019, 3, 13),
        effective=date(2019, 5, 1),
        expiry=date(2025, 12, 15),
        status=EffectStatus.EXPIRED,
        fields=("Phổ biến, giáo dục pháp luật",),
        text=[
            "### Điều 1. Phạm vi điều chỉnh",
            "Quyết định này quy định về xây dựng, quản lý, khai thác Tủ sách pháp luật.",
        ],
    ),
    Doc(
        key="qd-39-2025",
        number="39/2025/QĐ-TTg",
        title="Quyết định quy định về xây dựng, quản lý, khai thác Tủ sách pháp luật",
        doc_type="Quyết định",
        issuer="Thủ tướng Chính phủ",
        issued=date(2025, 10, 27),
        effective=date(2025, 12, 15),
        fields=("Phổ biến, giáo dục pháp luật",),
        summary="Các tỉnh cập nhật phần Tủ sách pháp luật của địa phương trên Tủ sách pháp "
        "luật điện tử quốc gia.",
        text=[
            "### Điều 1. Phạm vi điều chỉnh",
            "Quyết định này quy định về xây dựng, quản lý, khai thác Tủ sách pháp luật.",
        ],
    ),
    Doc(
        key="tt-03-2019",
        number="03/2019/TT-BTP",
        title="Thông tư quy định một số nội dung về hoạt động thống kê của Ngành Tư pháp",
        doc_type="Thông tư",
        issuer="Bộ Tư pháp",
        issued=date(2019, 3, 20),
        fields=("Phổ biến, giáo dục pháp luật",),
        # Left as a draft: its metadata is still being checked.
        live=False,
    ),
    Doc(
        key="luat-hngd",
        number="52/2014/QH13",
        title="Luật Hôn nhân và gia đình",
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2014, 6, 19),
        effective=date(2015, 1, 1),
        signer="Nguyễn Sinh Hùng",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Hôn nhân và gia đình",),
        text=[
            "# Chương I | NHỮNG QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định chế độ hôn nhân và gia đình; chuẩn mực pháp lý cho cách ứng xử "
            "giữa các thành viên gia đình; trách nhiệm của cá nhân, tổ chức, Nhà nước và xã hội "
            "trong việc xây dựng, củng cố chế độ hôn nhân và gia đình.",
            "# Chương II | KẾT HÔN",
            "### Điều 8. Điều kiện kết hôn",
            "1. Nam, nữ kết hôn với nhau phải tuân theo các điều kiện sau đây: a) Nam từ đủ 20 "
            "tuổi trở lên, nữ từ đủ 18 tuổi trở lên; b) Việc kết hôn do nam và nữ tự nguyện "
            "quyết định; c) Không bị mất năng lực hành vi dân sự; d) Việc kết hôn không thuộc "
            "một trong các trường hợp cấm kết hôn.",
        ],
    ),
    Doc(
        key="blld-2019",
        number="45/2019/QH14",
        title="Bộ luật Lao động",
        doc_type="Bộ luật",
        issuer="Quốc hội",
        issued=date(2019, 11, 20),
        effective=date(2021, 1, 1),
        signer="Nguyễn Thị Kim Ngân",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Lao động",),
        text=[
            "# Chương I | NHỮNG QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Bộ luật Lao động quy định tiêu chuẩn lao động; quyền, nghĩa vụ, trách nhiệm của "
            "người lao động, người sử dụng lao động, tổ chức đại diện người lao động tại cơ sở, "
            "tổ chức đại diện người sử dụng lao động trong quan hệ lao động và các quan hệ khác "
            "liên quan trực tiếp đến quan hệ lao động; quản lý nhà nước về lao động.",
            "# Chương III | HỢP ĐỒNG LAO ĐỘNG",
            "## Mục 1 | GIAO KẾT HỢP ĐỒNG LAO ĐỘNG",
            "### Điều 13. Hợp đồng lao động",
            "1. Hợp đồng lao động là sự thỏa thuận giữa người lao động và người sử dụng lao động "
            "về việc làm có trả công, tiền lương, điều kiện lao động, quyền và nghĩa vụ của mỗi "
            "bên trong quan hệ lao động.",
            "# Chương XVII | ĐIỀU KHOẢN THI HÀNH",
            "### Điều 219. Hiệu lực thi hành",
            "1. Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021. Bộ luật Lao động "
            "số 10/2012/QH13 hết hiệu lực kể từ ngày Bộ luật này có hiệu lực thi hành.",
        ],
    ),
    Doc(
        key="nd-135-2020",
        number="135/2020/NĐ-CP",
        title="Nghị định quy định về tuổi nghỉ hưu",
        doc_type="Nghị định",
        issuer="Chính phủ",
        issued=date(2020, 11, 18),
        effective=date(2021, 1, 1),
        signer="Nguyễn Xuân Phúc",
        signer_title="Thủ tướng",
        fields=("Lao động",),
        text=[
            "### Điều 1. Phạm vi điều chỉnh",
            "Nghị định này quy định chi tiết về tuổi nghỉ hưu, lộ trình điều chỉnh tuổi nghỉ "
            "hưu, nghỉ hưu ở tuổi thấp hơn và cao hơn tuổi nghỉ hưu trong điều kiện lao động "
            "bình thường.",
        ],
    ),
    Doc(
        key="luat-ttatgtdb",
        number="36/2024/QH15",
        title="Luật Trật tự, an toàn giao thông đường bộ",
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2024, 6, 27),
        effective=date(2025, 1, 1),
        signer="Trần Thanh Mẫn",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Giao thông đường bộ",),
        text=[
            "# Chương I | QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về quy tắc, phương tiện tham gia giao thông đường bộ; người lái "
            "xe tham gia giao thông đường bộ; chỉ huy, điều khiển giao thông đường bộ; tuần "
            "tra, kiểm soát, xử lý vi phạm pháp luật về trật tự, an toàn giao thông đường bộ.",
        ],
    ),
    Doc(
        key="nd-168-2024",
        number="168/2024/NĐ-CP",
        title=(
            "Nghị định quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông "
            "trong lĩnh vực giao thông đường bộ; trừ điểm, phục hồi điểm giấy phép lái xe"
        ),
        doc_type="Nghị định",
        issuer="Chính phủ",
        issued=date(2024, 12, 26),
        effective=date(2025, 1, 1),
        signer="Trần Hồng Hà",
        signer_title="Phó Thủ tướng",
        fields=("Giao thông đường bộ",),
        text=[
            "# Chương I | QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Nghị định này quy định hành vi vi phạm hành chính, hình thức, mức xử phạt, biện "
            "pháp khắc phục hậu quả; mức trừ điểm giấy phép lái xe; trình tự, thủ tục trừ "
            "điểm, phục hồi điểm giấy phép lái xe.",
        ],
    ),
    Doc(
        key="luat-can-cuoc",
        number="26/2023/QH15",
        title="Luật Căn cước",
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2023, 11, 27),
        effective=date(2024, 7, 1),
        signer="Vương Đình Huệ",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Căn cước",),
        text=[
            "# Chương I | NHỮNG QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về Cơ sở dữ liệu quốc gia về dân cư, Cơ sở dữ liệu căn cước, "
            "căn cước, thẻ căn cước, giấy chứng nhận căn cước và căn cước điện tử.",
        ],
    ),
    Doc(
        key="luat-pcmt",
        number="73/2021/QH14",
        title="Luật Phòng, chống ma túy",
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2021, 3, 30),
        effective=date(2022, 1, 1),
        signer="Nguyễn Thị Kim Ngân",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Phòng, chống ma túy",),
        text=[
            "# Chương I | NHỮNG QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về phòng, chống ma túy; quản lý người sử dụng trái phép chất ma "
            "túy; cai nghiện ma túy; trách nhiệm của cá nhân, gia đình, cơ quan, tổ chức trong "
            "phòng, chống ma túy.",
        ],
    ),
    Doc(
        key="luat-hgcs",
        number="35/2013/QH13",
        title="Luật Hòa giải ở cơ sở",
        doc_type="Luật",
        issuer="Quốc hội",
        issued=date(2013, 6, 20),
        effective=date(2014, 1, 1),
        signer="Nguyễn Sinh Hùng",
        signer_title=ASSEMBLY_CHAIR,
        fields=("Hòa giải ở cơ sở",),
        text=[
            "# Chương I | NHỮNG QUY ĐỊNH CHUNG",
            "### Điều 1. Phạm vi điều chỉnh",
            "Luật này quy định về nguyên tắc, chính sách của Nhà nước về hòa giải ở cơ sở; hòa "
            "giải viên; tổ hòa giải; hoạt động hòa giải ở cơ sở; trách nhiệm của cơ quan, tổ "
            "chức trong hoạt động hòa giải ở cơ sở.",
        ],
    ),
]

# (source, relation, target key, or None and the number of a document not on the shelf).
RELATIONS = [
    ("luat-dat-dai-2024", RelationType.REPLACES, "luat-dat-dai-2013", ""),
    ("luat-43-2024", RelationType.AMENDS, "luat-dat-dai-2024", ""),
    ("nd-102-2024", RelationType.GUIDES, "luat-dat-dai-2024", ""),
    ("nd-102-2024", RelationType.REPLACES, None, "43/2014/NĐ-CP"),
    ("qd-39-2025", RelationType.REPLACES, "qd-14-2019", ""),
    ("blld-2019", RelationType.REPLACES, None, "10/2012/QH13"),
    ("nd-135-2020", RelationType.GUIDES, "blld-2019", ""),
    ("nd-168-2024", RelationType.GUIDES, "luat-ttatgtdb", ""),
    ("luat-can-cuoc", RelationType.REPLACES, None, "59/2014/QH13"),
]

# Demo pages (by title) and the documents they explain.
PAGE_LINKS = {
    "Những điểm mới của Luật Đất đai 2024 người dân cần biết": [
        "luat-dat-dai-2024",
        "nd-102-2024",
    ],
    "Bài giảng: Những nội dung cơ bản của Luật Đất đai 2024": ["luat-dat-dai-2024"],
    "Giấy phép lái xe có 12 điểm: khi nào bị trừ, khi nào được phục hồi?": [
        "luat-ttatgtdb",
        "nd-168-2024",
    ],
    "Lộ trình tăng tuổi nghỉ hưu theo Bộ luật Lao động 2019": ["blld-2019", "nd-135-2020"],
}

# The land law comes with a printed excerpt, as documents on the shelf usually do.
ATTACHED = {"luat-dat-dai-2024": "Luật Đất đai số 31/2024/QH15 (bản trích)"}


def legal_text(doc):
    """The document's text markup as rich text HTML."""
    parts = [f"<p><em>{escape(EXCERPT_NOTE)}</em></p>"] if doc.text else []
    for line in doc.text:
        if line.startswith(("# ", "## ")):
            number, title = (part.strip() for part in line.lstrip("# ").split("|"))
            parts.append(f"<p>{escape(number)}</p><p>{escape(title)}</p>")
        elif line.startswith("### "):
            parts.append(f"<p><strong>{escape(line[4:])}</strong></p>")
        else:
            parts.append(f"<p>{escape(line)}</p>")
    return "".join(parts)


def printed_text(doc):
    """Lines for artwork.printed_pages: chapter, section and article headings marked "# "."""
    lines = [doc.title, doc.number]
    for line in doc.text:
        is_heading = line.startswith("#")
        lines.append(("# " + line.lstrip("# ").replace(" | ", ". ")) if is_heading else line)
    return lines


def load_bookshelf(home, board):
    """Create the bookshelf page and the documents that are missing, relate them, and link
    them from the demo pages that explain them; return the number of documents created."""
    if child_by_slug(home, SLUG) is None:
        publish(
            home,
            BookshelfPage(title=TITLE, slug=SLUG, summary=SUMMARY, intro=INTRO),
            author=board,
            publisher=board,
            published_at=OPENED_ON,
        )
    types = _named_list(DocumentType, DOCUMENT_TYPES)
    issuers = _named_list(IssuingBody, ISSUERS)
    fields = {field.name: field for field in LegalField.objects.all()}

    documents, created = {}, []
    for doc in DOCUMENTS:
        existing = LegalDocument.objects.filter(
            title=doc.title, number=doc.number, issuer=issuers[doc.issuer]
        ).first()
        if existing:
            documents[doc.key] = existing
            continue
        documents[doc.key] = _create(doc, types, issuers, fields)
        created.append(doc)

    for doc in created:
        document = documents[doc.key]
        _relate(document, doc.key, documents)
        _attach(document, doc)
        revision = document.save_revision(user=board)
        if doc.live:
            revision.publish(user=board)
    if created:
        index_legal_documents([documents[doc.key].pk for doc in created])

    _link_pages(documents, board)
    return len(created)


def _named_list(model, names):
    items = {}
    for order, name in enumerate(names):
        items[name], _ = model.objects.get_or_create(name=name, defaults={"sort_order": order})
    return items


def _create(doc, types, issuers, fields):
    document = LegalDocument(
        number=doc.number,
        title=doc.title,
        doc_type=types[doc.doc_type],
        issuer=issuers[doc.issuer],
        signer=doc.signer,
        signer_title=doc.signer_title,
        issued_date=doc.issued,
        effective_date=doc.effective,
        expiry_date=doc.expiry,
        status=doc.status,
        summary=doc.summary,
        body=legal_text(doc),
        source=SOURCE,
        source_url=SOURCE_URL,
        live=False,
    )
    document.full_clean()
    document.save()
    document.legal_fields.set([fields[name] for name in doc.fields if name in fields])
    return document


def _relate(document, key, documents):
    for source, relation_type, target, target_number in RELATIONS:
        if source != key:
            continue
        document.relations.add(
            LegalDocumentRelation(
                relation_type=relation_type,
                target=documents[target] if target else None,
                target_number=documents[target].number if target else target_number,
            )
        )


def _attach(document, doc):
    title = ATTACHED.get(doc.key)
    if title:
        collection = Collection.get_first_root_node()
        pdf = library.pdf(
            title, collection, lambda: artwork.printed_pages(title, printed_text(doc))
        )
        document.attachments.add(LegalDocumentAttachment(document=pdf, title="Bản trích"))


def _link_pages(documents, board):
    """Add the missing links to the published demo pages, as a new revision published
    by the board; the pages keep their publication date."""
    for title, keys in PAGE_LINKS.items():
        page = Page.objects.filter(title=title, locale__language_code="vi", live=True).first()
        if page is None:
            continue
        page = page.specific
        if page.has_unpublished_changes:
            continue
        linked = set(page.legal_document_links.values_list("legal_document_id", flat=True))
        missing = [documents[key] for key in keys if documents[key].pk not in linked]
        if not missing:
            continue
        for document in missing:
            page.legal_document_links.add(PageLegalDocument(legal_document=document))
        published_at = page.last_published_at
        revision = page.save_revision(user=board)
        revision.publish(user=board)
        if published_at:
            backdate(page, revision, published_at)
