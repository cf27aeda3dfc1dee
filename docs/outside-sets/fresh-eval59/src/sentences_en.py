# English single reply sentences, written on their own.
from common import S

C, V, I, R, U, X = ("condescending", "vague", "imperative", "request_without_reason",
                    "unknown_without_followup", "dismissive")

ITEMS = [
# ---------------------------------------------------------------- racehorse
S("racehorse", "Your share of the prize money from the 14 June race, £212.40, will be paid into your nominated account on 5 July."),
S("racehorse", "Horses get injured - that's racing, and it's all laid out in the agreement you signed.", [C]),
S("racehorse", "We'll let you know about her next run in due course.", [V]),
S("racehorse", "Fill in the transfer form and post it back.", [I, R]),
S("racehorse", "Why the vet scratched him that morning isn't something we've been told.", [U]),
S("racehorse", "Owners' badges for the Newbury meeting are capped at two per share so that every member gets a fair chance at one."),
S("racehorse", "I can't yet say whether he'll stay in training, but the trainer is reviewing the scan on Thursday and I'll email you that evening with the decision."),

# ---------------------------------------------------------------- dashi
S("dashi", "Each 500 g bag makes roughly 10 litres of stock at the strength most ramen shops use."),
S("dashi", "If the broth tastes weak, you're most likely not letting the flakes steep for long enough.", [C]),
S("dashi", "Your wholesale order will ship a little later than usual this month.", [V]),
S("dashi", "We don't know which port this batch was landed at.", [U]),
S("dashi", "Could you send a photo of the label on the back of the bag, so we can match the batch code against our production records?"),
S("dashi", "Because the kelp-only packs run on the same line as our bonito products, we print a fish warning on them too."),
S("dashi", "Customs hold-ups in your country are outside our control, so there's really nothing more we can do.", [X]),

# ---------------------------------------------------------------- mascot
S("mascot", "Please switch the fan off if it starts clicking; a jammed blade can catch the lining and tear it."),
S("mascot", "Measure the performer and send us the numbers.", [I, R]),
S("mascot", "The fur matted because the suit was obviously washed in hot water.", [C]),
S("mascot", "Repairs are taking three weeks at the moment because of festival season, so we'd need the suit by 1 June to have it back for your 22 June parade."),
S("mascot", "The $4,800 quote covers the full build, a spare pair of gloves and one cooling vest."),
S("mascot", "Whether the head can be made any lighter, we honestly don't know.", [U]),
S("mascot", "I'm sure you'll find the care sheet perfectly clear once you've had a proper look at it.", [C]),

# ---------------------------------------------------------------- dutyfree
S("dutyfree", "Your order is ready for collection at the Gate 112 desk from 06:30 until boarding closes."),
S("dutyfree", "What the airline lets you carry on isn't something we deal with.", [X]),
S("dutyfree", "Bring your boarding pass.", [I, R]),
S("dutyfree", "Refunds for cancelled flights are processed within a reasonable period.", [V]),
S("dutyfree", "Keep the perfume in its sealed bag until you reach your final destination, otherwise security at your connecting airport may take it off you.", [I]),
S("dutyfree", "We have no idea when that gin will be back in stock.", [U]),
S("dutyfree", "Had you read the pre-order terms, you'd know collection closes 60 minutes before departure.", [C]),

# ---------------------------------------------------------------- seismic
S("seismic", "The retrofit comes to $36,400, and the city grant covers up to $7,000 of that if we file before 30 September."),
S("seismic", "There may be some additional cost once we open up the cripple walls.", [V]),
S("seismic", "Clear the crawl-space entrance before Tuesday.", [I, R]),
S("seismic", "Houses on that street have stood for ninety years, so I really wouldn't lose sleep over a hairline crack.", [X]),
S("seismic", "With respect, structural calculations aren't something a homeowner normally needs to follow.", [C]),
S("seismic", "Our crew will be on site from 8 a.m. to 4 p.m., Monday 3 March to Friday 14 March."),
S("seismic", "Could you send us the original permit number? The city won't release the grant without it."),

# ---------------------------------------------------------------- tlscert
S("tlscert", "Your certificate expires on 2 May at 23:59 UTC, and renewal opens 30 days before that."),
S("tlscert", "Resubmit the CSR.", [I, R]),
S("tlscert", "As our documentation explains - and it is worth reading - the chain file goes in a separate directive.", [C]),
S("tlscert", "DNS propagation on your side is not our concern.", [X]),
S("tlscert", "We refunded the duplicate order in full on 11 March; it should reach your card within 5 business days."),
S("tlscert", "We can't tell why older iOS devices reject the chain.", [U]),
S("tlscert", "So that we can reproduce the handshake error, could you run the openssl command below and paste the output into your reply?"),

# ---------------------------------------------------------------- airpurifier
S("airpurifier", "The replacement unit goes out on Thursday by next-day courier, and the driver will collect the faulty one at the same time."),
S("airpurifier", "Filters need changing every so often, depending on use.", [V]),
S("airpurifier", "Keep the unit at least 30 cm from the wall.", [I, R]),
S("airpurifier", "Water damage from an overflowing tank isn't covered, and we won't be discussing it any further.", [X]),
S("airpurifier", "Could you tell us the size of the waiting room? That tells us whether one unit will be enough."),
S("airpurifier", "If the tank had been emptied daily as the manual says, this wouldn't have happened.", [C]),

# ---------------------------------------------------------------- satimg
S("satimg", "The 50 cm imagery for your AOI was captured on 18 August with 4% cloud cover."),
S("satimg", "Tasking success depends on the weather, and that's not something we can predict.", [U]),
S("satimg", "Send the AOI as a KML.", [I, R]),
S("satimg", "Atmospheric correction is fairly standard; any trained GIS analyst should be able to manage it.", [C]),
S("satimg", "Licensing questions beyond what the EULA says aren't something we answer.", [X]),
S("satimg", "Please confirm the delivery projection by Friday, because reprojecting after delivery adds two working days."),
S("satimg", "We don't yet know why the tiles are shifted, but our processing team is re-running the orthorectification today and I'll send you their findings by noon Wednesday."),

# ---------------------------------------------------------------- pearl
S("pearl", "Restringing with a knot between each pearl takes ten working days and costs £85."),
S("pearl", "Pearls do lose their lustre when they're stored loose with other jewellery - I'd assumed that was common knowledge.", [C]),
S("pearl", "A modest fee applies for engraving.", [V]),
S("pearl", "We're unable to comment on pieces we didn't sell.", [X]),
S("pearl", "So that the length matches her other necklace, could you measure that one from clasp to clasp and send us the figure?"),
S("pearl", "We don't know where this strand was originally strung.", [U]),

# ---------------------------------------------------------------- medlab
S("medlab", "Specimens received after the 6 p.m. cut-off are run the next morning, with results posted by 2 p.m."),
S("medlab", "Results for send-out tests should be back in a few days.", [V]),
S("medlab", "Label the tubes properly next time.", [I, C]),
S("medlab", "The analyser fault on Tuesday affected potassium only; we've re-run all 46 samples and the corrected reports are in your portal."),
S("medlab", "Reference ranges are what they are; explaining an individual result to your patient isn't really our job.", [X]),
S("medlab", "Please spin the SST tubes within two hours of collection, otherwise glucose falls and the result reads low."),
S("medlab", "Why the courier missed your pickup yesterday is unclear.", [U]),

# ---------------------------------------------------------------- petchip
S("petchip", "We've flagged chip 985 112 003 456 789 as missing, so any vet or shelter that scans it will see your mobile number straight away."),
S("petchip", "We can't reissue the paper certificate, but I can email you a signed PDF today, and most airlines accept that at check-in."),
S("petchip", "Ownership disputes are a matter between you and the previous keeper.", [X]),
S("petchip", "The change will show on the database after a short delay.", [V]),
S("petchip", "Could you tell us which clinic implanted the chip? Their records show the original registration date, which we need to correct yours."),
S("petchip", "Please make sure you've actually entered all fifteen digits before getting in touch again.", [C, R]),

# ---------------------------------------------------------------- interpequip
S("interpequip", "We'll set up three booths and 320 receivers on 10 October from 2 p.m. and run a sound check with your interpreters at 5 p.m."),
S("interpequip", "Any receivers not returned will be billed at our standard rate.", [V]),
S("interpequip", "Get the venue's floor plan to us.", [I, R]),
S("interpequip", "Whether we can add a fourth channel this late, I couldn't tell you.", [U]),
S("interpequip", "If you can send the final headcount by 3 October, we'll pack that number of receivers plus 10% spares."),
S("interpequip", "We don't supply interpreters ourselves, but I can put you in touch with two agencies we work with regularly - shall I send their details?"),
]
