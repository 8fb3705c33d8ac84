from ninja import Router

router = Router(tags=["Phân loại"])
