# English reply drafts, written independently: (domain, subject, text, label codes)
D = [
# apology_incomplete
("podcast", "Sorry about episode 12",
"Hi Priya,\n\nI'm really sorry that episode 12 went out with the intro music cutting off your first sentence. "
"That was our mistake, and I understand how frustrating it is to have listeners hear it that way.\n\n"
"We'll make sure it doesn't happen again.\n\nBest,\nTom\nClearCut Audio\n", "A"),
("vrarcade", "Your visit on Saturday",
"Dear Mr Okafor,\n\nWe're very sorry that two of the four headsets in your group's session on Saturday stopped tracking halfway through the game. "
"The base stations in room 2 had been knocked out of alignment during cleaning that morning, and our staff didn't run the calibration check before your session.\n\n"
"From this week, staff run the calibration check before the first booking in every room and sign it off on the room sheet.\n\n"
"Kind regards,\nHelen Park\nPortal VR Arena\n", "A"),
("futonrental", "Late delivery on 30 December",
"Dear Ms Lindqvist,\n\nYour futon set was delivered at 7:40 p.m. on 30 December instead of during the morning slot you booked. "
"Our driver's van broke down on the expressway and the replacement van had to come from the depot.\n\n"
"We've refunded the delivery fee (¥1,100) to your card; it should show within five business days. "
"We now keep a second van on standby during the New Year peak so a breakdown doesn't hold up a whole route.\n\n"
"Regards,\nNemuriya Futon Rental\n", "A"),
# placeholder_left
("leathercraft", "Your workshop booking",
"Hi [Customer Name],\n\nThanks for booking the card-holder workshop on Sunday 19 May, 1–4 p.m. at our Kichijoji studio. "
"All tools and leather are provided, and you'll choose from five colours on the day.\n\n"
"The fee of ¥7,700 was charged when you booked, so there's nothing to pay at the door.\n\nSee you then,\nKen\nKAWA-YA Leather\n", "P"),
("hydraulic", "Quote for hose replacement at your Chiba yard",
"Hello Mr Grant,\n\nHere is the quote for replacing the two boom hoses on your CAT 320 at the Chiba yard:\n\n"
"- 2 x 3/4\" four-wire hose assemblies: ¥41,200\n- Call-out (within 30 km): ¥12,000\n- Labour: ¥XX,XXX\n\n"
"If you reply to accept, we can have a technician on site within 90 minutes during working hours.\n\n"
"Regards,\nMika Sato\nTowa Hydraulic Service\n", "P"),
("freepaper", "Proof of your spring ad",
"Hello Daniel,\n\nAttached is the proof of your quarter-page ad for the {issue_date} issue of Machi Navi. "
"Could you check the opening hours and phone number? The file goes to the printer on Thursday, and changes after that can't be made.\n\n"
"A reply by Wednesday 5 p.m. is all we need.\n\nBest,\nAyumi\nMachi Navi advertising\n", "P"),
# purpose_not_upfront
("handloom", "News from the studio",
"Dear Margaret,\n\nWhat a lovely autumn it has been at the studio. Our students' work filled the front room for the October show, "
"and the rag-weave rugs were the clear favourite with visitors. We've also just taken delivery of two new floor looms from Sweden, "
"which are set up in the back room if you'd like to try them.\n\nOn another note, the Thursday evening class is moving to Tuesdays from November. "
"Could you let me know by 25 October whether you'll continue on Tuesdays? We order yarn per student, so I need numbers before then.\n\n"
"Warm wishes,\nEllen\nTsumugi Weaving Studio\n", "Q"),
("figure", "Luminous Figures update",
"Hi Jordan,\n\nThanks for being a Luminous customer! This month we passed 10,000 orders shipped overseas, and we're adding DHL as a shipping option from June. "
"Our summer sale starts on the 15th with up to 30% off in-stock scale figures.\n\n"
"Also, the payment for your preorder of the Aria 1/7 figure didn't go through because the card on file has expired. "
"To keep your preorder, the card needs updating in your account by 10 May.\n\nCheers,\nLuminous Figures\n", "Q"),
# sentence labels in drafts
("sewpattern", "Re: Printing problem",
"Hi Sarah,\n\nPrint the pattern again at 100% and measure the test square.\n\n"
"Send me a photo of the first page too.\n\nThanks,\nJo\nHedgehog Patterns\n", "IR"),
("nightbus", "Re: Cold bus on the 22:40 from Kyoto",
"Dear Mr Evans,\n\nThank you for your message about the temperature on the 22:40 Kyoto–Tokyo service on 11 January.\n\n"
"Cabin temperature is set by the driver, and passengers' comfort preferences vary. We won't be taking any further action on this.\n\n"
"Regards,\nStarliner Highway Bus Customer Service\n", "D"),
# clean
("watertank", "Please confirm: tank cleaning on Wed 11 Dec, 9 a.m.–1 p.m.",
"Dear Mr Hayes,\n\nCould you confirm that we can clean the water tanks at Riverside Court on Wednesday 11 December, 9 a.m. to 1 p.m.? "
"The water will be off in all flats during that window, so residents need a notice at least a week ahead.\n\n"
"I've attached a notice you can print and post in the lobby. If the 11th doesn't suit, Wednesday the 18th is also free.\n\n"
"A reply by Monday 2 December would let us keep the slot for you.\n\n"
"Best regards,\nNaoki Hori\nAqua Sanitation Services\n", ""),
("watertank", "Cloudy water at Riverside Court on 25 October: what happened and what we've changed",
"Dear Ms Tan,\n\nI'm sorry that residents in six flats had cloudy water after our tank cleaning on 25 October.\n\n"
"Our technician started draining the tank before confirming the supply pump had been switched off, which pulled sediment into the pipes. "
"We flushed every line the same afternoon, and the 4 p.m. water test was within limits; the report is attached. "
"Any resident who had laundry stained can send the cleaning bill to us directly, and we'll pay it.\n\n"
"From now on, two technicians must check the pump is off and sign a checklist before any draining starts.\n\n"
"Sincerely,\nNaoki Hori\nAqua Sanitation Services\n", ""),
("vrarcade", "Your birthday party booking: 3 things to know",
"Hi Mrs Duarte,\n\nYour party for eight on Saturday 8 June, 2–4 p.m., is confirmed. Three things will help the day go smoothly:\n\n"
"1. Each child under 16 needs a waiver signed by a parent. The form is on our website, and we can't let anyone into the arena without one.\n"
"2. The minimum height for the free-roam arena is 130 cm, because the backpack harness won't sit safely on smaller children; anyone shorter can use the racing pods.\n"
"3. You're welcome to bring a cake. The party room has a fridge and plates.\n\n"
"See you on the 8th,\nHelen\nPortal VR Arena\n", ""),
("hydraulic", "Technician arriving at 2 p.m. today",
"Hello Mr Novak,\n\nOur technician, Ryo, will be at the Kasukabe site at 2 p.m. today to replace the split bucket hose on your ZX120. "
"We have the part in stock, and the job should take about an hour.\n\n"
"Could you have the engine off and the bucket resting on the ground before he arrives? That releases the pressure in the line, so oil won't spray when he disconnects it.\n\n"
"The total is ¥41,500 plus tax. Ryo's mobile is 090-0000-7777 if anything changes.\n\nRegards,\nMika Sato\nTowa Hydraulic Service\n", ""),
("figure", "Release of Lumina 1/7 delayed: next update by 30 June",
"Hi Alex,\n\nThe maker has postponed the Lumina 1/7 figure from its July release and hasn't announced a new date yet.\n\n"
"They've told shops they will announce the new month by the end of June. I'll email you the day they do, and if they haven't by 30 June, "
"I'll write anyway with whatever we know.\n\n"
"Your card won't be charged until the figure ships. If you'd rather cancel because of the delay, a reply to this email is enough; there's no fee.\n\n"
"Best,\nLuminous Figures\n", ""),
("footcare", "Your first appointment: Friday 12 April, 11:00",
"Dear Ms Ward,\n\nThank you for booking. Your first ingrown-nail session is on Friday 12 April at 11:00 and takes about an hour; the fee is ¥6,600.\n\n"
"We'd be grateful if you could come without nail polish on your toes, since we need to see the nail surface to fit the correction brace.\n\n"
"You'll be able to walk and drive normally straight afterwards.\n\nKind regards,\nAshimoto Foot Care\n", ""),
("podcast", "Episode 43 is ready, plus one question about a company name",
"Hi Priya,\n\nEpisode 43 is in the shared folder, 28:40 long.\n\n"
"One question before you publish: at about 12:05 your guest names a client company. We can't tell whether they're happy to be named, "
"so could you let us know by tomorrow whether to keep or cut it? We'll send the revised file within 30 minutes of hearing from you.\n\n"
"Best,\nTom\nClearCut Audio\n", ""),
("leathercraft", "Tan leather back in stock on 3 June",
"Hi Marco,\n\nGood news: our supplier has confirmed the tan vegetable-tanned leather will reach us on 3 June. "
"Your wallet kit is reserved, and we'll ship it on 4 June by tracked mail, so it should be with you by the 6th.\n\n"
"If you'd prefer a refund instead of waiting, you can reply to this email and we'll process it the same day.\n\nCheers,\nKen\nKAWA-YA Leather\n", ""),
("freepaper", "Quote for the spring issue (out 25 March)",
"Hello Ms Byrne,\n\nThank you for your enquiry. Here are the rates for the spring issue of Machi Navi, published 25 March:\n\n"
"- Quarter page, colour: ¥38,500\n- Eighth page, colour: ¥22,000\n(both including tax and design)\n\n"
"We print 32,000 copies, delivered to every household in Midori and Minuma wards. Bookings close on 28 February, "
"and we need about a week to design the ad, so it helps to hear which size you'd like by then.\n\nBest regards,\nAyumi Okada\nMachi Navi\n", ""),
("nightbus", "Refund for your cancelled 24 January Sendai–Tokyo trip",
"Dear Ms Clarke,\n\nBecause of heavy snow, the 22:00 Sendai–Tokyo service on 24 January was cancelled.\n\n"
"We've refunded the full fare of ¥5,800 to the card you paid with. There's no fee, and the refund normally shows on your statement within 3 to 7 business days, depending on your card issuer.\n\n"
"Regards,\nStarliner Highway Bus Customer Service\n", ""),
]
