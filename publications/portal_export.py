from ninja import Router

router = Router(tags=["Xuất dữ liệu"])
