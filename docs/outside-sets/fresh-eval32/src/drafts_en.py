# English reply drafts, per domain (written independently). labels: [] = clean.
def D(subject, text, labels=()):
    return {"subject": subject, "text": text.lstrip("\n"), "labels": list(labels)}


DRAFTS_EN = {
    "shoji": [
        D("Your quote: re-papering 8 shoji panels, ¥24,200", """
Hi Ms Whitfield,

Thanks for sending the photos. Here is the quote for re-papering the eight shoji panels in your living room.

- 8 panels, reinforced (tear-resistant) paper: ¥3,025 each = ¥24,200
- Collection and return: free within Kamakura city
- Turnaround: 5 working days from collection

If that works for you, could you give us two or three mornings that suit you for collection? We plan the van route a week ahead, so a few options help us fit you in sooner.

Best regards,
Kenta Ishida
Kamiya Shoji & Fusuma
""", []),
    ],
    "charcoal": [
        D("A note from the kiln", """
Dear Mr Okafor,

Greetings from Yamaguchi Charcoal. The winter burn went well this year — we fired the big kiln four times in January, and the oak we cut last autumn turned out dense and ringing, the way good binchotan should.
Our kiln master has been with us for thirty-one years now, and he says this is one of the best batches he remembers.
We've also started bagging in thicker paper sacks, which keep the moisture out much better on long sea crossings.

On your standing order: the freight company has raised its rate to Melbourne from ¥6,800 to ¥7,900 per sack from April. Could you let us know by 20 March whether you'd like to keep the monthly four sacks at the new rate, or switch to a two-monthly shipment of eight to save on freight?

Warm regards,
Haruto Tamura
Yamaguchi Charcoal
""", ["purpose_not_upfront"]),
        D("Sorry about the broken sacks in your last delivery — replacement ships Friday", """
Dear Ms Lindqvist,

I'm very sorry that two of the five sacks in your March delivery arrived split open, with charcoal loose in the container.

We checked with the freight forwarder: the pallet was loaded under heavier cargo at the Kobe warehouse, and our plastic wrap was not strong enough to protect the top layer.

We are sending two replacement sacks on Friday 14 March at our cost, and we've credited ¥3,400 to your account for the cleaning you had to do.

From this shipment on, every pallet goes out with corner boards and a rigid top sheet, and it is marked "top load only" on all four sides.

Kind regards,
Haruto Tamura
Yamaguchi Charcoal
""", []),
    ],
    "chochin": [
        D("Your lantern proof and the delivery date", """
Hi Marco,

Attached is the proof for the two red lanterns for Trattoria Sole, with your logo on the front and "Sole" in katakana on the back.

If you're happy with it, just reply "approved" and we'll start painting. Lanterns ship 18 working days after approval, so they would reach Milan around [date].

Best,
Aya Oka
Hikariya Lantern Workshop
""", ["placeholder_left"]),
        D("Approved — your 12 lanterns will ship on 2 June", """
Hi Priya,

Thanks for approving the proof. Your 12 lanterns for the Diwali night market go into painting tomorrow and will ship on 2 June by air, arriving in London around 9 June.

The total is ¥118,800 including air freight; the invoice is attached, and you can pay by card through the link on it any time before shipping.

One suggestion: the market is outdoors, so we've added the waterproof coating to the quote as a separate line (¥13,200). If you'd rather leave it off, just tell us before 1 June and we'll remove it.

Best wishes,
Aya Oka
Hikariya Lantern Workshop
""", []),
    ],
    "glassblow": [
        D("Sorry for the mix-up with your booking", """
Dear Mr and Mrs Tanner,

I'm so sorry you arrived on Saturday to find the studio closed and no record of your booking.

Our booking system had a problem that day, and your reservation was not saved.

We have refunded your ¥11,000 deposit in full, and we'd love to offer you a free session on any date that suits you before you leave Japan — just reply with a day and time.

Warm regards,
Emi Morishita
Nagi Glass Studio
""", ["apology_incomplete"]),
        D("Your cracked vase: we're sending a new one, and what went wrong", """
Dear Dr Abara,

I'm truly sorry the vase you made with us arrived with a crack across the base.

When we looked into it, we found that your piece came out of the annealing oven two hours early because a colleague misread the timer log. Glass cooled that quickly keeps internal stress and can crack days later, which is what happened here.

Our glassmaker has remade the vase to the shape and colour you chose, using the photos we took during your session. It left our studio this morning by EMS and should reach Nairobi in about a week; tracking number EJ 553 218 904 JP.

We've now fitted the oven with a lock that stops it opening before the cycle ends, so this can't happen again.

With apologies,
Emi Morishita
Nagi Glass Studio
""", []),
    ],
    "pickles": [
        D("About your order", """
Dear Ms Fairbanks,

We are very sorry that the jar of umeboshi in your order arrived with a broken lid.

A new jar went out by EMS this morning, and it should reach you in Vancouver within a week (tracking: EN 771 042 338 JP).

From now on, all our glass jars will be packed in moulded pulp sleeves rather than bubble wrap.

Kind regards,
Sachiko Koike
Umeya Pickles
""", ["apology_incomplete"]),
    ],
    "retrogame": [
        D("Your Game Boy repair is running late", """
Hi Tom,

Your Game Boy was due back with you last Friday, and it is still on our bench.

The replacement screen we ordered from our supplier in Shenzhen turned out to be the wrong revision, and we didn't spot it until we tried to fit it.

The correct part arrived yesterday. We'll fit and test it tomorrow, and post the console to you on Thursday by tracked mail.

We've started checking every part's revision code the day it arrives, so a wrong part is caught before we give anyone a return date.

Cheers,
Daichi Hirano
8bit Repair Workshop
""", ["apology_incomplete"]),
        D("Quote for your Famicom Disk System: ¥9,900 — OK to go ahead?", """
Hi Lucas,

We've finished checking your Famicom Disk System and need your OK on the quote before we start the repair.

- Fault: the drive belt has perished, so disks don't spin
- Fix: new belt, head cleaning, speed adjustment
- Cost: ¥9,900 including return shipping to Lyon
- Time: 4 working days after you approve

If you'd rather not go ahead, we'll only charge the ¥1,100 inspection fee plus return postage. Either way, a one-line reply is all we need.

Cheers,
Daichi Hirano
8bit Repair Workshop
""", []),
    ],
    "puppet": [
        D("Greetings from Donguri Puppet Theatre", """
Dear Ms Novak,

Greetings from all of us at Donguri! It has been a busy autumn — we performed at eleven kindergartens in October alone, and our new fox puppet has become a favourite with the little ones.
We've also repainted the whole stage in brighter colours, and one of our puppeteers has started learning a few songs in English.

By the way, we still need to know whether your school hall has a raised stage or a flat floor for the December show. Could you let us know by 25 November? It decides which of our two set-ups we bring.

Best wishes,
Yuki Ono
Donguri Puppet Theatre
""", ["purpose_not_upfront"]),
    ],
    "taxidermy": [
        D("Collecting your pheasant on 12 April", """
Dear [Customer Name],

Thank you for choosing Mori no Mado Studio for your pheasant mount.

We'll collect the bird from your home on Saturday 12 April between 10 and 11 a.m. Please keep it in the freezer, wrapped as it is now, until we arrive — thawing and refreezing loosens the feathers.

The mount will take around seven months and costs ¥110,000, with half due at collection.

Best regards,
Ryo Onishi
Mori no Mado Taxidermy Studio
""", ["placeholder_left"]),
        D("Biscuit is finished — how would you like to collect him?", """
Dear Ms Harrow,

Biscuit's mount is finished, and we'd like to arrange how he comes home to you.

I've attached four photos. We set him in the curled sleeping pose from the picture you chose, and matched the colour of his ears to the close-ups you sent.

You can collect him from the studio any weekday between 10 and 5, or we can deliver him to your home in Yokohama for ¥4,400 in a padded case carried by one of our staff.

Could you let us know which you prefer and a day that suits you? We give the fur a final brushing the day before handover, so it helps to fix the date first.

With warm regards,
Ryo Onishi
Mori no Mado Taxidermy Studio
""", []),
    ],
    "bamboo": [
        D("Your place in the May basket course is confirmed", """
Hi Daniel,

Your place in the May basket-weaving course is confirmed: six Sunday mornings from 4 May, 10:00 to 12:00, at our Saiwai-cho workshop.

The fee is ¥24,000, including all bamboo. Could you transfer it by 27 April? We cut and split the bamboo for each student the week before the first class, so we need final numbers by then.

You don't need to bring anything except a towel — knives and gloves are provided.

See you soon,
Sayaka Harada
Sayakaze Bamboo Workshop
""", []),
    ],
    "mahjong": [
        D("Re: question about the scoring", """
Hi Grace,

Thanks for your email about the scoring in last Wednesday's class.

As I said in class, and as it says on the sheet we hand out every week, dealer wins are worth one and a half times the normal score. It really is something you should have picked up by now, so I'd suggest you reread the sheet before asking again.

See you Wednesday,
Mei Yamashita
Suzuran Mahjong Club
""", ["condescending"]),
        D("Thursday English class moves to 1:30 p.m. from 3 July", """
Dear Thursday class members,

From 3 July, the Thursday English-language class will start at 1:30 p.m. instead of 2 p.m., and finish at 3:30 p.m.

The building now switches off the air conditioning at 4 p.m., and we don't want anyone playing in a hot room in July and August.

If the new time doesn't work for you, you're welcome to move to the Tuesday evening class at no cost. Just reply by 26 June so we can set up the right number of tables.

Best,
Mei Yamashita
Suzuran Mahjong Club
""", []),
    ],
    "sword": [
        D("Your wakizashi polishing estimate", """
Dear {name},

Thank you for your enquiry about polishing your wakizashi.

- Polishing (blade length 48 cm): ¥176,000
- New habaki: ¥33,000
- Time: about four months

Because the registration certificate must travel with the sword by law, could you send the original with the blade?

Regards,
Shun Aoyama
Aoyama Togishi Studio
""", ["placeholder_left"]),
        D("Your katana is ready — collection on Saturday?", """
Dear Mr Delacroix,

The polish on your katana was completed today, and we'd like to arrange collection.

The hamon came up clearly along the whole blade, and the small flaw near the tip we showed you in March is now barely visible. I'll walk you through the details when you collect.

We're open Saturday 10 a.m.–3 p.m. and weekdays 10 a.m.–6 p.m. Could you bring photo ID with the same name as on the registration certificate? We're required to check it before handing over a registered sword.

Regards,
Shun Aoyama
Aoyama Togishi Studio
""", []),
    ],
    "inflatables": [
        D("Re: the castle deflating on Sunday", """
Hi Jess,

Thanks for your message about the bouncy castle going flat at the international school fair on Sunday.

We're not sure what caused it. It could have been the blower, the power supply, or something else on site.

Regards,
Takuya Kikuchi
Poyon Inflatables
""", ["unknown_without_followup"]),
        D("Sorry about the late set-up on Saturday — ¥15,000 refunded", """
Hi Sam,

I'm very sorry our crew arrived 50 minutes late to set up the castle for your daughter's birthday party on Saturday.

The delay was our fault: the driver was sent the address of the previous booking, because our schedule sheet hadn't been updated after you changed the venue.

We've refunded ¥15,000 of the ¥38,500 fee to your card today; it should show within three working days.

We now send every driver the address straight from the booking itself the evening before, rather than from the printed sheet, and we call the customer when the van leaves the depot.

Best,
Takuya Kikuchi
Poyon Inflatables
""", []),
    ],
}
