# (domain, subject, text, labels) -- written independently of the Japanese items
A, P, N = "apology_incomplete", "placeholder_left", "purpose_not_upfront"
ITEMS = [
# clean
("caraudio", "Sorry about the scratched door panel on your Golf",
 "Hi Mr Dawson,\n\nI'm very sorry that your driver's door panel was scratched while we were fitting your new speakers on Tuesday.\n\nOur fitter used a metal trim tool instead of the plastic one we normally use, because the plastic set had gone missing from the bay that morning.\n\nWe've ordered a replacement panel from VW, which arrives on Monday 14th, and we'll fit it free of charge — it takes about 40 minutes. Would Monday afternoon or Tuesday morning suit you better?\n\nWe've since bought a second plastic tool set for each bay, and metal tools are no longer kept on the fitting benches.\n\nAll the best,\nRyan Cole\nBaySound Car Audio\n", []),
("datsumou", "Apology for the cancelled appointment on 3 April",
 "Dear Ms Okafor,\n\nI'm sorry that your appointment on 3 April was cancelled with only an hour's notice.\n\nThe cause was a double booking: our new booking system allowed two clients into the same room slot after a software update the night before. We have rebooked you for Thursday 10 April at 11:00 with your usual therapist, and that session will not be deducted from your course.\n\nThe booking software supplier has fixed the fault, and until we are confident it is stable, our front desk checks every next-day booking against the room plan at 6 p.m.\n\nKind regards,\nHannah Reyes\nLumière Laser Clinic\n", []),
("parts", "Your refund for order #77310 has been issued",
 "Hi Priya,\n\nYour refund of £64.50 for the alternator bracket (order #77310) was issued this morning. Depending on your bank it should reach your card within 3–5 working days.\n\nYou don't need to send anything back — the courier has already confirmed the return.\n\nThanks,\nLiam\nHarbour Auto Parts\n", []),
("fruit", "Booking confirmed: cherry picking, Saturday 21 June, 10 a.m.",
 "Hi Sam,\n\nYour booking for 2 adults and 3 children on Saturday 21 June at 10 a.m. is confirmed.\n\nEntry is paid on arrival: £8 per adult and £4 per child, £28 in total. We provide baskets; you only pay for the fruit you take home (£6/kg).\n\nIf the weather looks bad, we'll text you by 7 a.m. on the day.\n\nSee you soon,\nJo at Hillside Orchard\n", []),
("botanic", "Can you confirm your group's arrival time for 12 May?",
 "Dear Mr Hughes,\n\nCould you let me know what time your walking group of 22 will arrive on 12 May? Our volunteer guides work in two shifts, and I need to tell them by Friday 2 May which shift your tour falls in.\n\nThe tour itself takes about 90 minutes and costs £4 per person, payable on the day.\n\nBest wishes,\nAnna Price\nLearning Officer, Westmere Botanic Garden\n", []),
("admit", "Your application is complete",
 "Dear Daniel,\n\nThank you for applying to the BSc Environmental Science programme. We have now received all of your documents, and your application is complete.\n\nThe admissions panel meets on 28 February, and you will receive a decision by email no later than 7 March.\n\nIf any of your contact details change before then, you can update them in the applicant portal.\n\nYours sincerely,\nAdmissions Office\nNorthgate University\n", []),
("darts", "Your team is in — spring league starts 6 March",
 "Hi Kev,\n\nThe Arrowheads are registered for the spring league. Your first match is at home on Thursday 6 March at 8 p.m. against Double Top.\n\nThe team fee of $60 is due before that first match; you can pay at the bar or by bank transfer (details below).\n\nCheers,\nMarco\nFlight Darts Bar\n\nBank: Lakeside Credit Union, acct 4410-22871\n", []),
("cad", "Revised site plan (rev C) uploaded",
 "Hi Laura,\n\nRev C of the site plan is now in the shared folder. It corrects the setback on the northern boundary from 3.0 m to 4.5 m, as you asked.\n\nIf you can confirm by Wednesday that rev C is final, we'll start on the elevations on Thursday and deliver them by the 18th.\n\nRegards,\nTom Hale\nLineWork Drafting\n", []),
("manga", "Re: left my charger in booth 14",
 "Hi Alex,\n\nGood news — a white USB-C charger was found in booth 14 on Sunday night and is at the front desk. We'll hold it until 30 June.\n\nWhen you pick it up, just tell the staff your member number so they can match it to the lost-property log.\n\nBest,\nMina\nPage Turner Manga Café\n", []),
("beach", "Beach hut 7 booked for 2–9 August",
 "Dear Mrs Fenwick,\n\nBeach hut 7 is booked for you from Saturday 2 to Saturday 9 August. The total is £350, of which you paid a £100 deposit; the remaining £250 is due by 19 July.\n\nThe key can be collected from the kiosk from 10 a.m. on the 2nd.\n\nKind regards,\nSandbanks Beach Huts\n", []),
# apology_incomplete
("batting", "Sorry about Saturday",
 "Hi Coach Rivera,\n\nSorry that cages 3 and 4 were out of action during your team's session on Saturday. The pitching wheels had worn down and the machines kept jamming.\n\nWe'll make sure this doesn't happen again.\n\nThanks,\nDerek\nHome Run Batting Cages\n", [A]),
("wall", "About your damaged order",
 "Hi Ellie,\n\nWe're sorry the rolls arrived creased. Our courier changed their parcel handling last month and long items are now sorted on a conveyor, which seems to be where the damage happened.\n\nFrom now on we'll ship rolls in reinforced tubes rather than flat boxes.\n\nBest,\nPapered Walls\n", [A]),
("admit", "Portal outage on 14 January",
 "Dear applicant,\n\nOn 14 January the application portal was unavailable for about six hours because of a failed server update. We have extended the deadline for everyone affected to 17 January at 5 p.m., and any application you had started has been saved.\n\nWe have also moved all future updates out of the application window.\n\nAdmissions Office\nNorthgate University\n", [A]),
# placeholder_left
("darts", "Tournament result and prize",
 "Hi {first_name},\n\nCongratulations on reaching the final of Saturday's 501 tournament! Your runner-up prize of a $50 bar voucher is waiting for you behind the bar.\n\nCheers,\nMarco\nFlight Darts Bar\n", [P]),
("fruit", "Your group visit on [DATE]",
 "Hi Mrs Lowe,\n\nThanks for booking the school visit for Year 2. We've reserved the strawberry field and the barn for lunch, and two of our staff will lead the tour.\n\nThe cost is £5 per child; adults are free.\n\nBest,\nJo at Hillside Orchard\n", [P]),
("cad", "Quotation for warehouse extension drawings",
 "Hi Laura,\n\nAs discussed, here is our quote for the warehouse extension drawings:\n\n- Floor plans (2 sheets): $190\n- Elevations (4 sheets): $380\n- Sections (2 sheets): $190\nTotal: $XXX\n\nWe can deliver within ten working days of your go-ahead.\n\nRegards,\nTom Hale\nLineWork Drafting\n", [P]),
# purpose_not_upfront
("botanic", "News from Westmere",
 "Dear Friend of Westmere,\n\nWhat a spring it has been! The magnolias were the best we have seen in a decade, and our volunteers planted over 3,000 bulbs along the lakeside walk. Visitor numbers were up 15% on last year.\n\nWe're also delighted to welcome our new head gardener, Fiona, who joins us from Edinburgh.\n\nOne last thing: your Friends membership lapses on 31 May, and the renewal price is £35. If you'd like to keep your free entry and member events, please renew through the link below before then.\n\nWarm regards,\nWestmere Botanic Garden\n", [N]),
("caraudio", "BaySound update",
 "Hi Mr Dawson,\n\nThanks again for choosing BaySound. We've just taken on a second fitter, so waiting times are now under a week, and we've started stocking the new Alpine range.\n\nBy the way, the head unit you ordered came in faulty from the distributor, so your fitting on Friday can't go ahead. Could you let us know whether you'd prefer the 24th or the 27th instead?\n\nRyan\nBaySound Car Audio\n", [N]),
# sentence-level labels
("manga", "Re: booth booking",
 "Alex,\n\nSend us a photo of your ID before your next visit.\n\nMina\nPage Turner Manga Café\n", ["imperative", "request_without_reason"]),
("beach", "Re: theft from hut 12",
 "Dear Mr Grant,\n\nI'm sorry to hear your bag was taken. However, the huts are rented as they are, and what you leave in them is not something we can take responsibility for.\n\nSandbanks Beach Huts\n", ["dismissive"]),
]
