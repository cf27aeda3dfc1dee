# Domain codes used in fresh-eval44. Each is used in both languages.
DOMAINS = {
    "homecenter": "DIY / hardware store (ホームセンター): online orders, heavy-goods delivery, timber cutting, key cutting, points",
    "survey": "online survey / research panel (アンケートモニター): points, payouts, screen-outs, group interviews",
    "jam": "small jam and preserves maker: mail order, gift boxes, café wholesale, allergens",
    "yose": "rakugo / comedy storytelling hall (寄席) and, in English, a comedy & storytelling club: tickets, line-ups, access",
    "posting": "leaflet / flyer door-to-door distribution (ポスティング): areas, deadlines, GPS reports, resident complaints",
    "housebuilder": "custom home builder (注文住宅): contracts, schedules, handover, defects, after-service",
    "rentguarantee": "rent guarantee company (家賃保証会社): screening, collections, landlord payouts",
    "playground": "playground-equipment inspection and repair for nurseries, parks and condominiums",
    "musicdist": "music distribution for independent artists (配信代行): releases, store delivery, royalties, claims",
    "novelty": "promotional merchandise / novelty goods (ノベルティ): printed pens, tote bags, proofs, event deadlines",
    "concrete": "ready-mix concrete supplier (生コン): pours, trucks, pumps, test results, invoices",
    "iot": "smart-home device maker: plugs, sensors, hubs, elderly-monitoring sensor, companion app",
}
