# English incoming mails, written independently: (domain, subject, body, urgency, emotion, terse)
M = [
# ---------------- watertank ----------------
("watertank", "Rooftop tank overflowing into the electrical room",
"Hello,\n\nI manage Harbour View Residence in Minato-ku. The overflow alarm on the rooftop tank you serviced last week has been sounding since 6 this morning, "
"and water is running down the inside wall of the stairwell into the room where the building's main electrical panel is.\n\n"
"Our caretaker has put buckets down but doesn't know which valve to close, and I'm worried about the panel getting wet. "
"Can someone talk us through shutting it off, and get a technician here today?\n\nKate Moreno\nBuilding Manager\n", "h", "x", False),
("watertank", "4th request: inspection report for Riverside Court",
"To whoever is reading this,\n\nThis is my fourth email about the annual tank inspection report for Riverside Court. "
"You inspected on 14 February and promised the report within ten days. It is now 19 March.\n\n"
"The city's public health inspector is visiting on Friday, and without your report we will be cited. "
"I have called twice and been told each time that 'the person in charge will call back'. Nobody has.\n\n"
"I need the report in my inbox by Thursday noon.\n\nR. Hayes\nRiverside Court Owners' Association\n\n"
"> On 2 Mar, Hayes wrote:\n> Could you let me know when we'll receive the inspection report?\n", "h", "a", False),
("watertank", "Booking",
"can you come next week?\n", "n", "n", True),
("watertank", "What the annual contract covers",
"Hi,\n\nWe're comparing providers for a 40-unit building in Yokohama. Does your annual contract include the statutory water test, "
"or is that billed separately? And how many cleanings a year does the standard plan include?\n\nThanks,\nMin-jun Lee\n", "n", "n", False),
("watertank", "Thanks to your crew",
"Just a quick note to say your team did a great job on Tuesday. They were finished 20 minutes early and left the roof spotless. "
"No need to reply, and see you in the autumn.\n\nGeorge, caretaker at Sunrise Heights\n", "l", "p", False),
# ---------------- handloom ----------------
("handloom", "Wrong yarn pack for Friday's school workshop",
"Dear Tsumugi studio,\n\nWe ordered 30 yarn packs (order TS-0412) for a weaving workshop with our Year 5 pupils this Friday at 9:30. "
"The box arrived this morning, but it contains the thick chunky wool packs, and the pupils' frame looms are set up for the fine cotton ones.\n\n"
"Is there any way to get the right packs to us by Thursday afternoon? The workshop is part of a parents' open day and can't be moved.\n\n"
"Regards,\nAnna Fischer\nArts coordinator, Seaside International School\n", "h", "n", False),
("handloom", "Warped back beam on my new loom",
"Hello,\n\nThe floor loom I bought from you for ¥89,000 arrived last week, and the back beam is visibly warped: it rocks when I turn it, and my warp tension is all over the place.\n\n"
"I chose your studio because of its reputation. Frankly, I expected the equipment you sell to be checked before it leaves the building. "
"I'd like to know how you're going to put this right.\n\nDeborah Hall\n", "n", "a", False),
("handloom", "Worried about keeping up in class",
"Hi Ellen,\n\nI'd love to join the beginners' course in May, but I have arthritis in both hands and some days my fingers are quite stiff. "
"I'm nervous that I'll slow everyone down or won't be able to manage the shuttle. Is the class something I could realistically do?\n\nBest,\nMargaret\n", "n", "x", False),
("handloom", "Thursday",
"Is the Thursday one still on?\n\nSent from my iPhone\n", "n", "n", True),
("handloom", "Lovely class!",
"Thank you so much for Saturday's taster session. I finished my coaster and I'm a bit obsessed now. I'll definitely sign up when next term's dates are out.\n\nPriti\n", "l", "p", False),
# ---------------- vrarcade ----------------
("vrarcade", "Strange charges after booking on your site",
"Hi,\n\nI booked two tickets on your website last night. This morning my bank app shows three more charges on the same card, from shops in other countries, "
"totalling about ¥140,000. The only new place I used the card this week was your booking page.\n\n"
"I've frozen the card, but I'm scared my details were taken from your site. Has anything happened to your payment system? "
"I need to tell my bank today what I know.\n\nSofia\n", "h", "x", False),
("vrarcade", "Team booking at 4 pm today: can we move it?",
"Hello,\n\nWe have the free-roam arena booked today at 4 p.m. for 25 people (booking VR-88213). Our chartered bus has broken down on the way, "
"and the new bus won't reach us until about 5.\n\nCould we move the session to 6 p.m.? I need to tell everyone within the hour whether we go straight to you or to dinner first.\n\n"
"Thanks,\nOliver Grant\nNorthbridge Consulting\n", "h", "n", False),
("vrarcade", "The way your staff treated my friend",
"My friend got motion sick halfway through the zombie game on Sunday and had to take her headset off. "
"The young man running the session laughed and said 'another one down' to his colleague, loud enough for all of us to hear.\n\n"
"She was embarrassed and felt awful for the rest of the day. I don't think that's how you want your customers treated.\n\nL. Chen\n", "n", "a", False),
("vrarcade", "Gift vouchers?",
"Do you sell gift vouchers? I'd like to get one for my brother's birthday next month. If so, can they be used on any game?\n", "n", "n", False),
("vrarcade", "Small suggestion",
"Had a great time last week. One idea for the future: English subtitles in the haunted-hospital game would help tourists like us follow the story. "
"Just feedback, no need to reply.\n", "l", "n", False),
# ---------------- sewpattern ----------------
("sewpattern", "Your order email contains another customer's address",
"Hello,\n\nThe 'order confirmation' you sent me twenty minutes ago is not my order. It shows another customer's full name, home address, phone number and the last four digits of their card.\n\n"
"If her details were sent to me, I have to assume mine have been sent to a stranger as well. "
"I want to know today what happened and whether my information is out there.\n\nRuth Adeyemi\n", "h", "a", False),
("sewpattern", "I think I've ruined my fabric",
"Hi,\n\nI cut out the Linen Shirt in size 12 tonight, and only after cutting did I measure the test square: it's 4.6 cm, not 5. "
"So my pieces are smaller than they should be. The linen was quite expensive and I can't afford to buy more. "
"Is there any way to save this, or have I wasted it?\n\nJenny\n", "n", "x", False),
("sewpattern", "Seam allowance",
"Do your PDF patterns include seam allowance, or do I need to add it? If it's included, how wide is it?\n\nThanks!\n", "n", "n", False),
("sewpattern", "Doesn't fit",
"It doesn't fit.\n", "n", "n", True),
("sewpattern", "Pattern idea",
"A suggestion for a future pattern: a simple kimono-style jacket with deep pockets. I'd buy it in a heartbeat! No need to reply.\n\nMaya\n", "l", "n", False),
# ---------------- hydraulic ----------------
("hydraulic", "Crane outrigger hose weeping: lift at 7 tomorrow",
"Hi Towa team,\n\nThe outrigger hose on our 25-tonne rough-terrain crane at the Funabashi warehouse site has started weeping oil at the crimp. "
"We've got a steel beam lift booked for 7 a.m. tomorrow, and I won't let the crew set up on a hose that might let go.\n\n"
"Can you get a technician out this evening? The site is open until 10 p.m. and the gate code is 4471.\n\n"
"Dave Murray\nSite Supervisor, Kasai Steel Erectors\n090-0000-2468\n", "h", "n", False),
("hydraulic", "Wrong hose fitted - my operator got sprayed",
"Mika,\n\nThe hose your tech fitted on our excavator yesterday blew at 8 this morning and sprayed hot oil across the cab door. "
"My operator jumped clear and he's OK, but it could have been much worse. The tag on the failed hose says it's a two-wire; the original was four-wire.\n\n"
"I've rung your office three times since 8:30 and nobody has called back. The machine stays tagged out until someone from your company comes and looks at it. "
"I want that visit today, and I want to know how it happened.\n\nBrian Walsh\n", "h", "a", False),
("hydraulic", "Bulge on an old hose",
"Hello,\n\nOne of the hoses on our mini excavator has a small bulge near the fitting. We've parked that machine and are using the other one, so nothing is held up.\n\n"
"What worries me is that all the hoses on both machines are the same age (about 8 years). Should we be replacing them all? "
"I don't want someone hurt because we ignored a warning sign.\n\nKen Ota\n", "n", "x", False),
("hydraulic", "Hose",
"need a 1/2 hose how much\n", "n", "n", True),
("hydraulic", "Safety training for new operators?",
"Hi,\n\nDo you run any hydraulic safety or hose-inspection training for new operators? We're thinking about it for our spring intake. "
"No rush at all, just collecting options.\n\nRegards,\nSam\n", "l", "n", False),
# ---------------- figure ----------------
("figure", "Gift for my son in hospital: tracking hasn't moved in 5 days",
"Hello,\n\nI ordered the Starlight Aria figure (order LM-60452) for my son, who is in hospital for an operation on Thursday. "
"I promised he'd have it before he goes in. The tracking has said 'arrived at sorting facility' for five days now.\n\n"
"Is there anything you can do to find it, or send another one that would arrive by Wednesday? I don't want to let him down.\n\nMarina\n", "h", "x", False),
("figure", "Refund for cancelled preorder - second time asking",
"I cancelled my preorder for the 1/4 scale Valkyrie (¥64,000) on 2 May, 20 hours after ordering, well inside your 48-hour cancellation window. "
"You charged my card anyway on 10 May.\n\nI emailed on 11 May and 15 May. No reply to either. "
"If the money isn't back by Friday, I'll file a chargeback with my bank and leave a review explaining why.\n\nJ. Whitfield\n", "h", "a", False),
("figure", "Adding to my preorder",
"Hi! Can I add the display base to my existing preorder for the Leon figure so they ship together? Order LM-59002.\n", "n", "n", False),
("figure", "Great packaging + shipping question",
"Just got my first order from you and the packaging was perfect, not a dent anywhere. Really impressed!\n\n"
"Quick question: do you ship to Canada? My cousin in Vancouver wants to order too.\n", "n", "p", False),
("figure", "Restock of the 2019 version?",
"Any chance you'll stock the 2019 release of the Dragon Maid figure again? No hurry, I'm just curious.\n", "l", "n", False),
# ---------------- nightbus ----------------
("nightbus", "My daughter's bus hasn't arrived",
"Hello,\n\nMy 16-year-old daughter took the 22:50 from Hiroshima to Osaka last night. She was due at Umeda at 6:10. It's now 7:45, "
"she isn't answering her phone, and the last message I got from her was at 1 a.m. from a service area.\n\n"
"Is the bus late? Did she get back on after the stop? I don't know who else to ask.\n\nTakako Reed\n090-0000-1357\n", "h", "x", False),
("nightbus", "Passport left in luggage hold - flight at 14:20 today",
"Dear Starliner,\n\nI arrived in Tokyo this morning on the 23:30 from Kobe (coach 2). I've just realised my passport was in the side pocket of the suitcase I left in the hold; "
"I took my backpack but forgot the suitcase.\n\nMy flight from Haneda leaves at 14:20 today. Where is the coach now, and can I collect the case before noon?\n\n"
"Regards,\nPaul Dubois\n+33 6 00 00 00 00\n", "h", "n", False),
("nightbus", "Toilet out of order for 8 hours",
"The toilet on the 21:40 Fukuoka–Osaka bus on 3 March was out of order for the whole trip. When I asked the driver, he just shrugged and said to wait for the rest stop, "
"which was two and a half hours away.\n\nThat's not acceptable for an overnight service that advertises an on-board toilet. I'd like an explanation and a partial refund.\n\nMark\n", "n", "a", False),
("nightbus", "booking",
"refund?\n", "n", "n", True),
("nightbus", "New seats are great",
"Took your bus to Sendai last weekend and the new reclining seats are a huge improvement. I actually slept! "
"Any plans for a Hiroshima route at some point? Not in a rush, just hoping.\n\nCheers,\nTom\n", "l", "p", False),
# ---------------- footcare ----------------
("footcare", "Bleeding after yesterday's treatment",
"Hello,\n\nMy husband, Robert Gale, had his ingrown toenail treated at your salon yesterday afternoon. He takes blood thinners (he mentioned it on the form), "
"and the toe has been bleeding through the dressing all night; we've changed it four times.\n\nShould we go to the hospital, or is this expected? "
"Please tell us what to do this morning.\n\nEllen Gale\n", "h", "x", False),
("footcare", "40 minutes late and no apology",
"I had an 11:00 appointment on Saturday and wasn't seen until 11:40. Nobody told me there was a delay, and when I asked, the receptionist said 'we're busy on weekends'.\n\n"
"I took a morning off work to come. I like the treatment itself, but I won't book again if this is how my time is treated.\n\nN. Sato\n", "n", "a", False),
("footcare", "Gift certificates",
"Do you offer gift certificates? I'd like one for my mum's 70th birthday next month.\n", "n", "n", False),
("footcare", "Next appointment",
"Thank you for yesterday, my toe feels so much better already! Could I book my next session for the first week of next month, ideally a weekday morning?\n\nLucy\n", "n", "p", False),
("footcare", "Sunday opening",
"Are there any plans to open on Sundays? It's the only day I'm free. Not urgent for me at the moment.\n", "l", "n", False),
# ---------------- podcast ----------------
("podcast", "Episode 51 has last month's sponsor read",
"Hi Tom,\n\nEpisode 51 is scheduled to publish at 9 a.m. tomorrow, and it's the first episode with our new sponsor. "
"The edited file you sent today still has last month's sponsor read at 00:45. If it goes out like this, we breach the new contract on day one.\n\n"
"Can you send a corrected file by 8 p.m. tonight? The new read is in the shared folder as 'sponsor_v2.wav'.\n\nPriya\n", "h", "n", False),
("podcast", "Guest names misspelled again",
"Tom,\n\nFor the fourth episode in a row, I've had to fix guest names in the show notes myself. This week it was 'Dr. Okonkwo' spelled three different ways.\n\n"
"We pay for show notes so that we don't have to proofread them. I'd like to know what you're going to change.\n\nPriya\n", "n", "a", False),
("podcast", "Worried about what we said in episode 7",
"Hi,\n\nIn episode 7, which you're editing now, my co-host said a competitor's app 'basically steals your data'. Listening back, I'm worried that could get us into legal trouble. "
"Can the line be cut cleanly, and should we be doing anything else? It's not published yet.\n\nBen\n", "n", "x", False),
("podcast", "episode",
"can you fix it?\n", "n", "n", True),
("podcast", "Live recording next year?",
"We're toying with the idea of a live show next year. Do you ever do live recording or multi-mic setups? Just exploring for now, nothing booked.\n\nAlex\n", "l", "n", False),
# ---------------- leathercraft ----------------
("leathercraft", "Cut my thumb in class - still bleeding",
"Hi,\n\nI cut my thumb on the skiving knife in this afternoon's workshop. The instructor put a plaster on and said it'd be fine, "
"but it's been three hours and it's still bleeding through, and the cut looks deeper than I thought.\n\n"
"Was the knife clean? Do I need to get a tetanus shot tonight? I'm not sure how worried to be.\n\nHannah\n", "h", "x", False),
("leathercraft", "'Full-grain' leather in the wallet kit",
"The wallet kit says 'full-grain vegetable-tanned leather'. What arrived is obviously corrected grain with a sprayed finish; it cracks when you fold it.\n\n"
"I teach leatherwork myself, so please don't tell me I don't know the difference. I'd like either the leather you advertised or my money back.\n\nMarco\n", "n", "a", False),
("leathercraft", "Initials on a belt",
"Can you engrave initials on a belt you sell, or only on the small goods? Looking at the 35 mm brown belt.\n", "n", "n", False),
("leathercraft", "Left-handed edge beveller",
"Do you stock a left-handed edge beveller, size 1? I couldn't find it on the site.\n", "n", "n", False),
("leathercraft", "My first wallet!",
"Finished the wallet from the beginner kit this weekend. It's far from perfect but I'm ridiculously proud of it. Thanks for the great video guides!\n\nSam\n", "l", "p", False),
# ---------------- freepaper ----------------
("freepaper", "Our ad ran with last month's prices",
"Hello,\n\nOur ad in this week's Machi Navi shows our lunch set at ¥1,980. The correct price, which I approved on the proof on the 5th, is ¥2,980.\n\n"
"Customers are coming in with the paper and insisting on ¥1,980, and we're honouring it because it's printed. That's ¥1,000 lost on every set, every day, "
"until the next issue in a month.\n\nI want to know by tomorrow what you're going to do about it.\n\nSusan Park\nOwner, Park's Kitchen\n", "h", "a", False),
("freepaper", "First ad: nervous about the design",
"Hi Ayumi,\n\nThis is my first time advertising anywhere; we opened the café in January. I'm worried the ad won't look appealing and we'll have spent money for nothing. "
"Would it be possible to see the design before it goes to print and maybe talk it through?\n\nYuki Tanaka\n", "n", "x", False),
("freepaper", "Copies in Urawa",
"How many copies of Machi Navi are delivered in Urawa ward each issue? We're deciding whether to advertise.\n", "n", "n", False),
("freepaper", "Space in the April issue?",
"Is there still space for a quarter-page ad in the April issue? If so, what's the deadline for artwork?\n\nThanks,\nRob\n", "n", "n", False),
("freepaper", "Sponsoring the summer festival page",
"We're considering sponsoring your summer festival page next year. Could you send information when you have it? No rush at all.\n\nLocal Business Association\n", "l", "n", False),
# ---------------- futonrental ----------------
("futonrental", "3rd message: futons not delivered, guests arriving today",
"This is my third message. I booked and paid for 3 futon sets to be delivered on 22 December (booking NM-2231). It's the 22nd, 3 p.m., nothing has arrived, "
"and your phone line just rings out.\n\nMy in-laws land at 6 p.m. and are staying with us for a week. "
"If I don't hear from you by 4, I'm buying futons elsewhere and I'll expect you to cover it.\n\nDaniel Brooks\n", "h", "a", False),
("futonrental", "Bites after using your futon - my mother is diabetic",
"Hello,\n\nMy mother (78) slept on one of your rental futons for the last two nights and woke up this morning covered in small red bites on her arms and back. "
"We think they might be bedbugs. She is diabetic, so skin problems worry us a lot.\n\nWhat should we do with the futons right now, and could the bugs already be in our flat? "
"We'd like to know before tonight.\n\nAkiko Lindqvist\n", "h", "x", False),
("futonrental", "Baby cot rental?",
"Hi, do you rent baby cots as well as futons? We have family with a 6-month-old visiting in April.\n", "n", "n", False),
("futonrental", "Change collection address",
"Could the collection on the 8th be from my neighbour's flat (room 204) instead of mine (room 203)? I'll be away that day and she's agreed to hand them over.\n", "n", "n", False),
("futonrental", "Sizes for next summer",
"What sizes do you have for children? Just planning ahead for next summer, no hurry.\n", "l", "n", False),
]
