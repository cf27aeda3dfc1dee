from common import D

AI, PL, PU = "apology_incomplete", "placeholder_left", "purpose_not_upfront"
C, V, I, R, X = "condescending", "vague", "imperative", "request_without_reason", "dismissive"

DATA = {
"shred": [
    D("Your one-off purge collection: Monday 3 March, 7-9 a.m.",
      "Hi Priya,\n\nThanks for booking the archive purge. Our crew will arrive on Monday 3 March between 7 and 9 a.m. with a shredding truck and four wheeled bins.\n\nThe truck is 3.4 m high, so it will park on Dock Street rather than in your underground car park. If your building needs a loading-bay permit, could you let me know by Thursday so I can send the vehicle registration?\n\nYou're welcome to watch the shredding from the pavement, and your certificate of destruction will follow within two business days.\n\nBest regards,\nTom Avery\nClearSheet Secure Shredding\n"),
    D("Your collection reminder",
      "Hi {first_name},\n\nJust a reminder that your next scheduled collection is on Wednesday 12 February. Please make sure the consoles are accessible and unlocked by 8 a.m.\n\nThanks,\nClearSheet Secure Shredding\n", PL),
],
"reagent": [
    D("Backorder update: anti-GFP antibody, order 55812",
      "Dear Dr Okafor,\n\nThe anti-GFP antibody on your order 55812 is still on backorder. The manufacturer has now confirmed a ship date of 22 April, and we will send it to you by cold courier the same day, so it should reach your lab on 23 April.\n\nIf that is too late for your experiments, we have the same clone from a second supplier in stock at £12 more; if you reply to this email, we can send it tomorrow, with the price difference waived.\n\nKind regards,\nHelen Marsh\nBenchline Scientific\n"),
    D("Quote for your lab",
      "Dear Dr Lindqvist,\n\nThank you for your enquiry. Please find attached our quote for the items you requested, valid for 30 days.\n\nWhen you order, please quote PO number [PO NUMBER] so that our accounts team can match the invoice.\n\nKind regards,\nHelen Marsh\nBenchline Scientific\n", PL),
],
"workwear": [
    D("Sorry about the missing hi-vis jackets on Tuesday's delivery",
      "Hi Gareth,\n\nI'm sorry that Tuesday's delivery arrived without the twelve hi-vis jackets for your night shift, and that your team had to start the shift in their own coats.\n\nWhat went wrong: the jackets were washed on time, but they were put on the rail for another customer with a similar account number, so the driver loaded the wrong rail.\n\nA driver brought all twelve jackets to your depot at 6 p.m. the same day, and we've credited this week's rental for those items on your next invoice.\n\nTo stop it happening again, every rail now carries the customer name as well as the number, and drivers scan each rail against the delivery sheet before they load the van.\n\nSorry again for the disruption.\n\nNadia Ross\nKitwell Workwear Services\n"),
    D("Quick note from Kitwell",
      "Hi Gareth,\n\nHope the new depot is settling in well. We've been busy here too: our new laundry line in Leeds went live last month, and turnaround is now a day faster on most garments. We've also added a range of winter fleeces, and I've attached the brochure in case your team needs anything for the colder months.\n\nOne more thing: your contract renewal form needs to be signed and returned by 30 September or the account will roll over on the current rates.\n\nCheers,\nNadia\n", PU),
],
"kitchencar": [
    D("A few updates",
      "Hi Leanne,\n\nWhat a summer it's been! We've had vans out at nearly every weekend market across the county, and the feedback from traders has been great. We've also repainted two of the older vans and fitted new fridges in the coffee trailer.\n\nLooking ahead, the Christmas markets are filling up fast, and a few organisers have already been in touch asking about our fleet.\n\nBy the way, your insurance certificate on file expires on 1 October, so we'll need an updated copy before your next hire.\n\nAll the best,\nAbi\n", PU),
],
"kidscamp": [
    D("Medication form for Ella - needed by 20 June",
      "Dear Mrs Patel,\n\nThanks for letting us know that Ella uses an inhaler. So that our camp nurse can give it to her safely, we need the attached medication form completed and signed by 20 June; the nurse plans each camper's doses before the buses leave.\n\nPlease pack the inhaler in its original box with the pharmacy label, so the nurse can check the prescription, and hand it to the nurse at the check-in desk on the first morning rather than putting it in Ella's bag.\n\nIf anything is unclear, I'm on 01632 960155 every weekday from 9 to 5.\n\nWarm regards,\nJosh Kendrick\nPine Hollow Summer Camp\n"),
],
"indigo": [
    D("Your indigo workshop on Saturday 5 October",
      "Hi Claire,\n\nYou're booked onto Saturday's shibori workshop, 10:00 to 13:00, for two people. The £90 total was paid online, so there's nothing to pay on the day.\n\nThe vat is kept warm in an unheated barn, so a jumper is a good idea. We provide aprons and gloves; the dye doesn't wash out of fabric, so closed shoes you don't mind marking are best.\n\nThe studio is behind the farm shop; parking is free in the yard.\n\nSee you Saturday,\nRuth\nBlue Barn Indigo\n"),
    D("Your order",
      "Hi Sam,\n\nWe understand your scarf arrived with uneven colour. Our dye vat was running cooler than usual that week, which made the dye take patchily.\n\nWe're sorry about this. We've now fitted a thermostat to the vat.\n\nRuth\nBlue Barn Indigo\n", AI),
],
"noodlemc": [
    D("Apology for Friday's failed repair and what we've changed",
      "Dear Mr Cheng,\n\nI'm very sorry that your noodle machine stopped again on Friday evening, only a day after our engineer's visit, and that you lost the rest of that dinner service.\n\nThe cause: the replacement drive belt we fitted on Thursday was the right length but for an older model, and it slipped once the machine warmed up.\n\nOur engineer came out on Saturday morning, fitted the correct belt, and ran the machine for 45 minutes under load before leaving. We won't charge for either visit, and we've credited £300 to your account towards the lost service.\n\nFrom this week our engineers check each part number against the machine's serial plate before fitting, and every repair ends with a 30-minute loaded test run.\n\nYours sincerely,\nDaniel Price\nMenmaster UK Service\n"),
    D("Your service visit",
      "Dear Ms Tan,\n\nOur engineer will visit on [DATE] between [TIME] to carry out the annual service on your extruder.\n\nYours sincerely,\nDaniel Price\nMenmaster UK Service\n", PL),
],
"mtguide": [
    D("Kit list for your Snowdon winter day, 8 February",
      "Hi Ben,\n\nHere's what to bring on 8 February.\n\nWe provide: ice axe, crampons, helmet, and a group shelter.\nYou bring: stiff-soled winter boots (B1 or B2, so the crampons fit), waterproof jacket and trousers, two pairs of gloves, a warm hat, lunch and at least a litre of water.\n\nIf you don't own B1 boots, we can lend you a pair for £10 if you send us your UK shoe size by 1 February.\n\nWe meet at 7:30 a.m. at Pen-y-Pass car park.\n\nSee you on the hill,\nCat\nRidgeline Guiding\n"),
],
"restaurant": [
    D("Private dining quote: Friday 6 December, 24 guests",
      "Dear Ms Walsh,\n\nThank you for considering us for your team dinner. Here is our quote for Friday 6 December.\n\nPrivate room for up to 28, 7 p.m. to 11 p.m.\nThree-course set menu at £48 per head: £1,152 for 24 guests\nDrinks on a tab, charged as consumed\n\nWe ask for a £200 deposit to hold the room, which comes off the final bill. The room is also being asked about by another party for that date, so I can hold it for you until Monday 18 November.\n\nBest wishes,\nOliver Grant\nThe Salt House\n"),
    D("Saturday evening",
      "Dear Mr Reyes,\n\nThank you for your email about Saturday night. Our booking system double-allocated table 12 after a software update that afternoon, which is why your party of eight was split across two tables.\n\nThe software provider has since fixed the update, and we now print and check the evening's table plan against the booking list at 5 p.m. each day.\n\nOliver Grant\nThe Salt House\n", AI),
],
"fpen": [
    D("Your Pelikan is repaired and on its way back",
      "Hi Ana,\n\nGood news: the piston seal on your Pelikan M400 has been replaced, and the nib has been smoothed as you asked. It now fills fully and writes without skipping on our test paper.\n\nThe repair came to $65, as quoted, and it shipped today by tracked mail (tracking 9400 1118 2233 4455 6677 88). It should reach you by Thursday.\n\nThe new seal is covered by our 12-month repair warranty.\n\nBest,\nLeo\nInkwell & Nib\n"),
    D("Re: Leaking pen",
      "Hi Robert,\n\nLeaks like this are almost always caused by people carrying the pen nib-down or overfilling it. We don't handle repairs on pens bought from other shops.\n\nLeo\nInkwell & Nib\n", C, X),
],
"furnsub": [
    D("Sorry about the damaged bookcase",
      "Hi Jenna,\n\nI'm really sorry your bookcase arrived with a split side panel. Our delivery crew tells us it was knocked against the stairwell on the way up, and the panel cracked.\n\nWe've ordered a new side panel for you; I'll let you know when it's in.\n\nThanks for your patience,\nMaya\nNestly Furniture Subscriptions\n", AI, V),
    D("Checking in",
      "Hi Omar,\n\nIt's been three months since your living room set arrived, and we hope you're enjoying it! Lots of our members add a side table or lamp around now, and we've just launched a new oak range you might like.\n\nWe also wanted to mention that your card on file expires this month, and your next payment on the 28th will fail unless it's updated.\n\nBest,\nMaya\n", PU),
],
"hydro": [
    D("Your replacement LED panel ships tomorrow",
      "Hi Greg,\n\nThanks for the photos. The dark strip on your LED panel is a failed driver board, which is covered under warranty, so we're sending a complete replacement panel tomorrow by next-day courier.\n\nWhen it arrives, please put the old panel in the same box and use the prepaid label inside; we test every returned board to track faults by batch.\n\nYour plants will be fine for a day or two on the remaining light, so there's no need to move them.\n\nCheers,\nPaula\nLeafStack Hydroponics\n"),
],
}
