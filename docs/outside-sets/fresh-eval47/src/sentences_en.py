# English single reply sentences, written independently of the Japanese ones.
# (domain, text, label codes)  C V I R U D as in sentences_ja.py
ITEMS = [
    # engrave
    ("engrave", "Engraving can't be undone, so we'll email you a proof to approve before anything is cut.", ""),
    ("engrave", "Send us the artwork as a vector file.", "I R"),
    ("engrave", "You typed the name yourself, so the spelling mistake isn't something we can be held responsible for.", "C"),
    ("engrave", "Rush engraving costs a little extra.", "V"),
    ("engrave", "We can't say whether that font supports accented letters.", "U"),
    ("engrave", "Your replacement plaque ships Tuesday and should reach you by Thursday.", ""),
    ("engrave", "The lettering is cut 0.3 mm deep, which keeps it legible for decades of handling.", ""),

    # fruit
    ("fruit", "Peaches bruise easily, so if any arrive damaged, a photo sent within 48 hours is all we need to replace them.", ""),
    ("fruit", "Honestly, if someone had been home to take the delivery, this wouldn't have happened.", "C"),
    ("fruit", "Your melons will go out sometime soon.", "V"),
    ("fruit", "Fill in the gift message form.", "I R"),
    ("fruit", "We don't know when the cherries will be back in stock.", "U"),
    ("fruit", "A box of six Okayama peaches is $68, including chilled shipping.", ""),

    # dbox (parcel lockers)
    ("dbox", "The manufacturer is looking into the firmware fault, and we'll pass their findings on to you by October 20.", ""),
    ("dbox", "Residents forgetting their codes is a building management problem, not ours.", "D"),
    ("dbox", "Please power-cycle the controller.", "I R"),
    ("dbox", "Could you send us a photo of the wall where the lockers will go?", "R"),
    ("dbox", "So our installer can check the wall will hold the anchors, could you send a photo of where the lockers will go?", ""),
    ("dbox", "I'm sorry the locker jammed with a resident's parcel inside; our technician will be on site at 10 a.m. tomorrow to open it.", ""),

    # babyfood
    ("babyfood", "All our purées are made in a facility that handles no peanuts or tree nuts.", ""),
    ("babyfood", "We're not able to tell you whether the pouches contain traces of sesame.", "U"),
    ("babyfood", "If your little one won't eat it, maybe try following the age guide next time.", "C"),
    ("babyfood", "Throw away any pouch that arrived thawed, as it may not be safe; replacements go out today at no charge.", "I"),
    ("babyfood", "You can skip or pause a delivery from your account page up to 5 days before it ships.", ""),
    ("babyfood", "Whatever your pediatrician told you is between you and them; we just make the food.", "D"),

    # staging
    ("staging", "We'll need the keys by the 12th so the movers can get in at 8 a.m.", ""),
    ("staging", "Trust us, we've staged hundreds of homes, so there's really no need for you to weigh in on the furniture.", "C"),
    ("staging", "Any damage fee will be assessed later.", "V"),
    ("staging", "Move your personal items out before we arrive.", "I R"),
    ("staging", "If the house hasn't sold, that's down to the asking price, not our styling.", "D"),
    ("staging", "Extending the rental costs $350 a month, billed on the 1st.", ""),
    ("staging", "We have no idea who scratched the floor.", "U"),

    # btopc
    ("btopc", "The graphics card is back-ordered; our supplier has confirmed delivery to us on May 14, and your build will ship within 2 business days of that.", ""),
    ("btopc", "I'd have thought reseating a RAM stick was within anyone's ability.", "C"),
    ("btopc", "Shipping may be slightly delayed.", "V"),
    ("btopc", "Could you run a memory test and send us the log?", "R"),
    ("btopc", "So we can tell whether the RAM is faulty, could you run MemTest86 overnight and send us a screenshot of the result?", ""),

    # fuelcard
    ("fuelcard", "Your lost card was blocked at 9:40 this morning, so nobody can use it from now on.", ""),
    ("fuelcard", "The declined transactions are the station's fault, so you'll need to take it up with them.", "D"),
    ("fuelcard", "We can't explain the surcharge on your invoice.", "U"),
    ("fuelcard", "The new limit of $5,000 per card per month takes effect on June 1.", ""),
    ("fuelcard", "We don't yet know which driver used the card at 2 a.m.; the station's camera footage takes about a week to request, and I'll update you on the 19th.", ""),

    # bungee
    ("bungee", "Jumpers must weigh between 40 and 105 kg, and we weigh everyone at check-in.", ""),
    ("bungee", "Bring your signed waiver on the day.", "I R"),
    ("bungee", "There's usually a bit of a wait, so don't come on a tight schedule.", "V"),
    ("bungee", "If you chicken out at the top, that's on you, and there are no refunds.", "C"),
    ("bungee", "We can't tell you yet whether Saturday will go ahead.", "U"),
    ("bungee", "If high winds cancel your jump, we'll text you by 7 a.m. and you can rebook any date this season for free.", ""),
    ("bungee", "Jumps run every 20 minutes, so allow about an hour from check-in to landing.", ""),

    # plating
    ("plating", "The thickness deviation came from a worn anode, which we replaced on March 3.", ""),
    ("plating", "We should have the quote for you in a few days.", "V"),
    ("plating", "Discoloration like that is normal in the industry and isn't worth worrying about.", "D"),
    ("plating", "Could you send us the material certificate?", "R"),
    ("plating", "We don't know why the parts blistered.", "U"),
    ("plating", "Your drawing didn't specify the thickness, so frankly the problem is on your end.", "C"),
    ("plating", "The re-plated parts ship on June 12 and will reach you on the 13th.", ""),

    # foodsample
    ("foodsample", "Please freeze a portion of the dish and ship it to us.", "I R"),
    ("foodsample", "Each replica takes about three weeks, or five for orders of ten or more.", ""),
    ("foodsample", "Fading happens when replicas sit in direct sunlight, which the care card tells you not to do.", "C"),
    ("foodsample", "The repair won't cost much.", "V"),
    ("foodsample", "The steam effect on the ramen is our house style, and we don't change it.", "D"),
    ("foodsample", "Unfortunately we can't make replicas for outdoor display, but an acrylic case keeps indoor ones looking new for years.", ""),

    # adops
    ("adops", "Your cost per click rose because two competitors raised their bids; I'll walk you through the data on Thursday's call.", ""),
    ("adops", "Grant us admin access to the ad account.", "I R"),
    ("adops", "Results will improve over time.", "V"),
    ("adops", "Your landing page is the real problem here, not our campaigns.", "C D"),
    ("adops", "Ad platforms don't share suspension reasons, so we can't tell you anything.", "U"),
    ("adops", "To see the conversion data ourselves, could you give us read access to your analytics?", ""),
    ("adops", "The account was suspended over one banner; we've appealed, and the platform usually answers within 3 business days.", ""),

    # gelato
    ("gelato", "We pack enough dry ice to keep the gelato frozen for 24 hours in transit.", ""),
    ("gelato", "If it melted, it's because nobody was home to take it in.", "C"),
    ("gelato", "Choose a delivery slot in the app.", "I R"),
    ("gelato", "We'll ship once things calm down.", "V"),
    ("gelato", "We can't answer allergen questions.", "U D"),
    ("gelato", "Wholesale orders start at 12 tubs, delivered every Tuesday.", ""),
    ("gelato", "If additives worry you, maybe buy from someone else.", "D C"),
    # extra clean items
    ("fruit", "We're sorry the box arrived crushed; a replacement left our packing shed this morning, and the tracking number will follow by email today.", ""),
    ("staging", "If you'd like the living room a bit brighter, we can swap the rug and cushions at no charge on Friday.", ""),
    ("btopc", "We'll cover return shipping, and the prepaid label is attached to this email.", ""),
    ("plating", "Read the spec sheet before asking us again.", "I C"),
]
