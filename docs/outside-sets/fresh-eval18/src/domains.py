DOMAINS = {
    "horse": "horse riding club (乗馬クラブ: lessons, trail rides, horse boarding)",
    "septic": "septic tank inspection and pumping (浄化槽の保守点検・清掃)",
    "futon": "futon remaking and wool/cotton re-carding (布団の打ち直し・仕立て直し)",
    "oyster": "oyster farm selling direct by mail order (牡蠣養殖場の通販)",
    "planet": "planetarium (プラネタリウム: shows, group bookings, school visits)",
    "archery": "archery range (アーチェリー場: lane booking, equipment hire, beginner courses)",
    "ricemill": "rice milling and rice delivery shop (米穀店・精米・配達)",
    "snow": "snow removal contractor (除雪・雪下ろし・排雪の契約サービス)",
    "junk": "unwanted-goods collection and house clearing (不用品回収・遺品整理)",
    "tent": "event tent and marquee hire (イベント用テント・什器レンタル)",
    "coding": "children's programming school (子ども向けプログラミング教室)",
    "grave": "grave cleaning and visiting on behalf (お墓掃除・お参り代行)",
}
