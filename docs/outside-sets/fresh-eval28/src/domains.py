# The 12 business domains of fresh-eval28 (code -> meaning). None appears in the kit's list of used domains.
DOMAINS = {
    "coffee": "coffee roaster: online bean shop and bean subscription (自家焙煎コーヒー豆の通販・定期便)",
    "dance": "dance studio: kids' and adult classes, recitals (ダンススタジオ)",
    "inspect": "home inspection before buying a house (住宅診断・ホームインスペクション)",
    "costume": "costume rental for parties, events and cosplay (コスチューム・衣装レンタル)",
    "mealkit": "meal-kit delivery subscription (ミールキット宅配)",
    "phonefix": "smartphone repair shop (スマホ修理店)",
    "studio": "rehearsal and recording studio rental (音楽スタジオ・リハーサルスタジオ)",
    "surf": "surf school (サーフスクール)",
    "visa": "immigration / visa application office (行政書士・在留資格申請)",
    "lash": "eyelash-extension salon (まつげエクステサロン)",
    "survey": "land surveyor, boundary surveys and land registration (土地家屋調査士)",
    "scaffold": "scaffolding rental and erection for builders (足場レンタル・仮設工事)",
}
