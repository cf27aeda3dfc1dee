# label shorthands used by the source files
C = "condescending"
V = "vague"
I = "imperative"
R = "request_without_reason"
U = "unknown_without_followup"
D = "dismissive"
AP = "apology_incomplete"
PH = "placeholder_left"
PU = "purpose_not_upfront"

DOMAINS = {
    "dogcare": "dog daycare / 犬の保育園",
    "woodshop": "woodworking school and furniture workshop / 木工教室・家具工房",
    "gravestone": "stonemason, gravestones and inscriptions / 石材店・墓石",
    "tiling": "tile installation contractor / タイル工事",
    "yakatabune": "houseboat and canal-boat hire / 屋形船・貸切船",
    "icecarving": "ice-sculpture orders / 氷彫刻",
    "kendogu": "kendo equipment shop and repairs / 剣道具店",
    "sushiclass": "sushi classes for visitors / 訪日客向け寿司教室",
    "pianomove": "piano moving and storage / ピアノ運送",
    "candle": "candle-making workshop and shop / キャンドル工房",
    "glassblow": "glassblowing studio, classes and commissions / 吹きガラス工房",
    "bouncy": "inflatable bouncy-castle rental for events / エアー遊具レンタル",
}


def S(text, *labels):
    return {"text": text, "labels": list(labels)}
