# English reply drafts, written independently of the Japanese ones.
ITEMS = {
"chandlery": [
    dict(subject="MV Nordkap: stores delivery confirmed for 06:00 Wednesday, berth 12",
         text="Dear Captain Halvorsen,\n\nThis is Priya at Solent Ship Supply. Your stores order (ref SSS-7731) is confirmed for delivery at 06:00 on Wednesday 19 November at berth 12.\n\n"
              "The delivery covers fresh provisions, 40 cartons of frozen stores and the two replacement fuel filters. Our van will need the gangway clear for about 40 minutes.\n"
              "If your ETA moves, a message to this address by 18:00 on Tuesday lets us rebook the van without a late-change fee.\n\n"
              "Best regards,\nPriya Nair\nSolent Ship Supply | +44 23 8055 0199",
         labels=[]),
],
"miso": [
    dict(subject="Your broken jar: our apology",
         text="Hi Joanna,\n\nI'm so sorry your order arrived with the 1 kg jar of barley miso broken and the box soaked through.\n\n"
              "It looks as if the jar cracked because we packed it upright against another jar without a divider, and the parcel was dropped somewhere in transit.\n"
              "A replacement jar went out by tracked post this morning (tracking JP 4410 2287 5GB) and should reach you on Thursday. You don't need to send anything back.\n\n"
              "Kind regards,\nMika\nKurashiki Miso Co.",
         labels=["apology_incomplete"]),
],
"bell": [
    dict(subject="Recasting quote for St Anne's tenor bell",
         text="Dear [Name],\n\nThank you for sending the measurements of the tenor bell. Recasting it to match the other five bells would cost £18,400 plus VAT, including removal, transport and rehanging.\n\n"
              "The work takes 14 weeks from the date we take the bell down, so ringing could resume in early May if we start in the last week of January.\n\n"
              "Yours sincerely,\n[Company Name] Bell Foundry",
         labels=["placeholder_left"]),
],
"organ": [
    dict(subject="Apology for the missed tuning visit on 8 November",
         text="Dear Mr Whitfield,\n\nI'm sorry that our tuner did not arrive on Saturday 8 November and that you were left waiting at the church without any word from us.\n\n"
              "The visit had been entered in our diary for 8 December by mistake when it was rebooked over the phone, so nobody was scheduled to come.\n"
              "We have rebooked the tuning for Friday 14 November at 9:00, in time for Sunday's service, and there will be no charge for this visit.\n"
              "From now on, every rebooking will be confirmed back to you by email the same day, so a wrong date would be caught straight away.\n\n"
              "With apologies,\nDaniel Reyes\nHarcourt Organ Builders",
         labels=[]),
    dict(subject="News from the workshop",
         text="Dear Friends at St Columba's,\n\nIt has been a busy autumn here at the workshop. We completed the restoration of the 1887 Hill organ at Ashby in October and have just taken on two new apprentices.\n"
              "Our annual open day will be on 6 December, and we would love to see you there.\n\n"
              "Incidentally, the swell pedal repair we quoted for in September needs your written approval by 21 November, otherwise the parts we reserved will be released and the lead time goes up to five months.\n\n"
              "Warm wishes,\nHarcourt Organ Builders",
         labels=["purpose_not_upfront"]),
],
"farrier": [
    dict(subject="Next visit: Tuesday 25 November, 7:30, four horses",
         text="Hi Sarah,\n\nI'll be with you on Tuesday 25 November at 7:30 to reshoe Bramble, Dusty and Kestrel and trim the pony.\n\n"
              "Bramble's front shoes were worn thin last time, so I'll fit a heavier set; that adds £10 to her usual £95.\n"
              "If you can have them in and dry beforehand, the shoes will sit better and I'll be finished by 10.\n\n"
              "Cheers,\nTom Fenwick, farrier\n07700 900418",
         labels=[]),
    dict(subject="Re: Willow's shoes",
         text="Hi Karen,\n\nThanks for your message about Willow.\n\n"
              "I'll try to get round to you some time next week, depending on how the other yards go. There might be a small extra charge for the road studs you asked about.\n\n"
              "Tom",
         labels=["vague"]),
],
"greenhouse": [
    dict(subject="Quote for your 30 m polytunnel extension",
         text="Hi {first_name},\n\nThanks for having us out on Monday. Extending the tunnel by 30 m with the same 7.3 m span comes to £6,240 including VAT, covering the hoops, new polythene, doors at the far end and labour.\n\n"
              "We can start on 2 February and the job takes three days. The quote is valid until 31 December.\n\n"
              "Best,\nOwen\nGreenSpan Tunnels",
         labels=["placeholder_left"]),
    dict(subject="Your repair booking: Thursday 20 November, 8:00 to 12:00",
         text="Dear Mr Okafor,\n\nOur crew will replace the two broken roof vents in glasshouse 3 on Thursday 20 November between 8:00 and 12:00.\n\n"
              "The vents and fitting come to £860 plus VAT, as quoted on 10 November. We'll need to switch off the misting system in that house for the morning, so please water the benches by hand first thing if the weather is warm.\n\n"
              "Kind regards,\nOwen Price\nGreenSpan Tunnels",
         labels=[]),
],
"factoring": [
    dict(subject="Funds sent: £42,500 advance on invoice INV-2291",
         text="Dear Ms Adeyemi,\n\nWe have released an advance of £42,500 (85% of invoice INV-2291) to your account ending 4471; it left us at 11:05 today and should arrive within two hours.\n\n"
              "The remaining 15%, less our fee of £1,250, will be paid within one working day of Harbrook Ltd settling the invoice, which is due on 19 December.\n\n"
              "Best regards,\nLuke Brennan\nCedar Invoice Finance",
         labels=[]),
    dict(subject="About the delayed payment on 3 November",
         text="Dear Mr Patel,\n\nYour advance for invoice 1187 was paid on 4 November instead of 3 November.\n\n"
              "Our bank's payment file was rejected because of an expired certificate on our side, and nobody noticed until the next morning's reconciliation.\n"
              "We refunded the £85 overdraft charge your bank applied, and the payment has been confirmed as received.\n"
              "We now receive an automatic alert if a payment file is rejected, and certificates are renewed 30 days before they expire.\n\n"
              "Regards,\nLuke Brennan\nCedar Invoice Finance",
         labels=["apology_incomplete"]),
],
"stockphoto": [
    dict(subject="Your upgrade to the extended licence is complete",
         text="Hi Marco,\n\nI've upgraded your licence for image 5520317 (harbour at dawn) to the extended licence, so you can now use it on the mugs and tote bags you mentioned, with no limit on units.\n\n"
              "We charged the $79 difference to the card on file, and the new licence certificate is attached.\n\n"
              "Cheers,\nAisha, Clearframe Support",
         labels=[]),
    dict(subject="A quick hello from Clearframe",
         text="Hi Dana,\n\nWe hope your autumn campaigns are going well! This month we added 40,000 new images from photographers in South America, and our new AI search now understands colour names.\n"
              "We've also updated the look of the lightbox, which many of you asked for.\n\n"
              "One more thing: the image you used on your homepage (ID 771045) was licensed under an editorial-only licence. If it stays on a commercial page after 30 November, we'll have to treat it as unlicensed use. You can upgrade it from your account page.\n\n"
              "The Clearframe Team",
         labels=["purpose_not_upfront"]),
],
"baggage": [
    dict(subject="Our apology: your suitcase arrived with a broken wheel",
         text="Dear Mr and Mrs Castellano,\n\nWe are very sorry that your large suitcase reached the Park Hotel in Hakone with one wheel snapped off.\n\n"
              "Our driver loaded it on its side under a heavier case, which put the full weight on the wheel housing.\n"
              "We have arranged for a repair shop in Hakone to collect it from the hotel tomorrow at 10:00 and return it by 18:00 the same day, at our cost. If it can't be repaired, we'll refund its value up to ¥60,000.\n"
              "Since yesterday all our drivers load hard-shell cases upright, and we have added a check to the loading sheet.\n\n"
              "With our apologies,\nKenji Mori\nTabiLight Luggage Service",
         labels=[]),
    dict(subject="Your booking",
         text="Hi Tom,\n\nThanks for choosing TabiLight! We've been moving luggage between Japan's airports and hotels since 2015, and we now serve over 900 hotels in 14 cities.\n"
              "Many of our customers tell us that travelling without bags made their trip.\n\n"
              "By the way, the hotel address on your booking for 2 December doesn't match any hotel on our list. Could you send us the correct hotel name and address by 28 November so we can route your bags?\n\n"
              "TabiLight Luggage Service",
         labels=["purpose_not_upfront"]),
],
"swim": [
    dict(subject="Leo moves up to Stage 4 from Monday 1 December",
         text="Dear Ms Brooks,\n\nGreat news: Leo passed his Stage 3 assessment on Saturday, so he moves up to Stage 4 from Monday 1 December.\n\n"
              "Stage 4 runs on Mondays at 17:15 (instead of his current 16:30 slot) with coach Hannah. The fee stays the same at £38 a month.\n"
              "If 17:15 doesn't work for you, reply by 26 November and we'll offer you a Thursday place instead.\n\n"
              "Best wishes,\nRiverside Swim Academy",
         labels=[]),
],
"matchmaking": [
    dict(subject="Your membership is paused from 1 December to 28 February",
         text="Dear Gemma,\n\nAs you asked, your membership is paused from 1 December until 28 February. No monthly fees will be taken during that time, and your profile is hidden from other members.\n\n"
              "It will restart automatically on 1 March at the same fee. If you'd like to come back earlier, just reply to this email.\n\n"
              "Warm regards,\nEleanor\nHeart & Hearth Introductions",
         labels=[]),
    dict(subject="Sorry about Saturday's missed introduction meeting",
         text="Dear Rohan,\n\nI'm truly sorry that nobody from Heart & Hearth was at the Lantern Café on Saturday to introduce you to Meera, and that you both waited for forty minutes.\n\n"
              "Meera has kindly agreed to meet again, and I'll be there in person on Saturday 29 November at 15:00 at the same café. Your December fee has been waived.\n"
              "From now on, each introduction will have a named back-up consultant who is told the details the day before, so a meeting can't go uncovered.\n\n"
              "With apologies,\nEleanor\nHeart & Hearth Introductions",
         labels=["apology_incomplete"]),
],
"memoir": [
    dict(subject="Proof schedule for 'Salt on the Wind'",
         text="Dear Mr Gallagher,\n\nThe first proof of your father's memoir will be posted to you on 24 November and should arrive on the 26th.\n\n"
              "If you can return your corrections by 8 December, the printer can deliver the 60 copies by 17 January, three days before the family lunch.\n"
              "I've marked two places where the dates in the text and the photo captions disagree, so you can check them against the family records.\n\n"
              "Best wishes,\nRuth Lindsay\nInkwell Memoirs",
         labels=[]),
    dict(subject="Interview dates for [Client Name]",
         text="Dear [Client Name],\n\nThank you for booking the full memoir package. Our writer would like to hold the first three interviews at your home on [date], [date] and [date], each lasting about two hours.\n\n"
              "Please let us know if those dates suit you.\n\n"
              "Kind regards,\nInkwell Memoirs",
         labels=["placeholder_left"]),
],
}
