# English incoming mails, grouped per domain. Written independently of the ja set.

def t(subject, body, urgency, emotion, terse=False):
    return {"subject": subject, "body": body, "urgency": urgency, "emotion": emotion, "terse": terse}

MAILS = {
    "yearbook": [
        t("A pupil who must not appear in the yearbook",
          "Dear Brightpage team,\n\n"
          "I'm the designated safeguarding lead at Hollins Primary. I've just been told by the Year 6 teacher that the yearbook goes to print this Friday.\n\n"
          "One of our Year 6 children is looked after under a court order, and for their safety their image and name must not be published anywhere. "
          "I've checked the proof we were sent last month and the child appears in the class photo on page 8 and in the sports day collage on page 21.\n\n"
          "Could someone please confirm before Friday that these images will be removed or blurred, and tell me what you need from us to make that happen? "
          "I'm very worried that if this slips through, the consequences for the child could be serious.\n\n"
          "Kind regards,\nAnne-Marie Cole\nDSL, Hollins Primary School\n",
          "high", "anxious"),
        t("Duplicate payment - second request",
          "Hello,\n\n"
          "I emailed on 3 March about this and haven't had a reply.\n\n"
          "Our finance office paid your invoice BP-2291 (£3,400) twice, once by BACS on 24 Feb and again on 26 Feb because the first remittance didn't clear our system. "
          "Your own statement shows both payments received.\n\n"
          "Until the duplicate comes back, the school's budget code is frozen and I can't order exercise books for the summer term. "
          "I'd appreciate a date for the refund rather than another week of silence.\n\n"
          "Gareth Pryce\nSchool Business Manager, St Aidan's\n",
          "high", "angry"),
        t("Memorial page",
          "Hi Leon,\n\n"
          "Sadly, Mrs Bell, who taught Year 11 English for twenty years, passed away last month. The students have asked whether we could add a page in her memory to this year's book.\n\n"
          "Is it still possible to add a page at this stage, and what would it cost? We'd supply a photo and a short tribute written by the students.\n\n"
          "Thanks,\nDeborah\n",
          "normal", "neutral"),
        t("photo",
          "hi is it too late to change my photo\n",
          "normal", "neutral", True),
        t("Thank you, and one idea for next year",
          "Dear all at Brightpage,\n\n"
          "The books arrived last week and the leavers loved them — several were still signing each other's copies at the prom.\n\n"
          "One small suggestion for future editions: an index of names at the back, so parents can find every page their child appears on. No need to reply, just passing it on.\n\n"
          "Best wishes,\nJo Hartley, Head of Year 13\n",
          "low", "positive"),
    ],
    "yakatabune": [
        t("Tonight's 6:30 cruise - shellfish allergy",
          "Hello,\n\n"
          "We're booked on tonight's 18:30 dinner cruise (booking SM-4471, 2 people). I've just been reading the menu on your website and I see the tempura course includes prawns and the soup is made with clam stock.\n\n"
          "My husband has a severe shellfish allergy (he carries an EpiPen). I'm so sorry I didn't mention it when booking — I assumed we could choose on the day.\n\n"
          "Is there anything the kitchen can prepare for him without shellfish, and is the same oil used for everything? If not, we'd rather know before we head to the pier at 6.\n\n"
          "Thank you,\nMegan Tully\n+44 7700 900 412\n",
          "high", "anxious"),
        t("Invoice in company name needed today",
          "Dear Sakura Maru team,\n\n"
          "We have a private hire booked for Thursday evening for a visiting delegation from our Singapore office (ref SM-4390, 24 guests).\n\n"
          "Our finance department will only release payment against an invoice made out to Halvorsen Marine KK with our registered address. The invoice we received is addressed to me personally.\n\n"
          "Payment approvals for this week close at 5 pm today; after that the next run is Monday, which would be too late for your deposit deadline. Could you reissue the invoice before then?\n\n"
          "Registered address: Halvorsen Marine KK, 2-8-1 Shibaura, Minato-ku, Tokyo\n\n"
          "Regards,\nErik Lindqvist\n",
          "high", "neutral"),
        t("Last Saturday's cruise",
          "Hi,\n\n"
          "We took your 7 pm cruise last Saturday for my mother's 70th. A karaoke boat moored right alongside us for most of the evening, and we could barely hear each other.\n\n"
          "When I asked the crew whether we could move, I was told rather sharply that \"it's a river, not a private lake\". We paid ¥180,000 for what was supposed to be a quiet family dinner. "
          "I'd like to know what you intend to do about it.\n\n"
          "Rachel Simmons\n",
          "normal", "angry"),
        t("space for 12?",
          "Hi, do you have space for 12?\n",
          "normal", "neutral", True),
        t("Winter cruises?",
          "Hello,\n\n"
          "We're thinking about a trip to Tokyo in January next year, nothing booked yet. Do you run the dinner cruises in winter, and are the boats heated?\n\n"
          "No rush at all.\n\nThanks,\nPaul\n",
          "low", "neutral"),
    ],
    "musicbox": [
        t("Music box for Saturday's wedding returned to sender",
          "Hi Hattie,\n\n"
          "Order #TC-1183, the walnut box playing 'Can't Help Falling in Love'. It's for my daughter's wedding this Saturday — I was going to give it to her the night before.\n\n"
          "The tracking page now says \"returned to sender — address incomplete\". I've checked my confirmation and the flat number is missing, which may well be my fault when I typed it, but I don't know how to get it back in time.\n\n"
          "Could you resend it to the correct address (Flat 3, 17 Whitehall Road, Bristol BS5) with next-day delivery? I'll happily pay whatever the postage costs. I really don't want to turn up empty-handed.\n\n"
          "Thank you,\nLinda\n",
          "high", "anxious"),
        t("Engraving question",
          "Hello,\n\nCan you engrave both the lid and the inside of the lid? I'd like initials and a date on top and a short message inside. How many characters fit?\n\nCheers,\nAmit\n",
          "normal", "neutral"),
        t("Box plays out of tune",
          "Dear Tinkle & Comb,\n\n"
          "The music box I bought from you (order TC-1127, £180) plays several notes noticeably flat. I'm a piano teacher, so I'm not imagining it — the third and fifth notes of the melody are wrong every time.\n\n"
          "For that price I expected it to be in tune. Please tell me how you'll put this right.\n\n"
          "Marion Healey\n",
          "normal", "angry"),
        t("It made my grandmother cry (in a good way)",
          "Hi!\n\n"
          "Just wanted to say the 'Skye Boat Song' box arrived and my gran cried when she opened it — it was her mum's favourite. Thank you.\n\n"
          "Could I order an identical one for my aunt? Same tune, same wood, but with 'For Morag' on the lid instead.\n\n"
          "Fiona\n",
          "normal", "positive"),
        t("Studio Ghibli tunes?",
          "Hi there,\n\nJust curious — any chance you might add some Studio Ghibli melodies to your catalogue one day? Not planning an order yet, just a thought.\n\nBest,\nSam\n",
          "low", "neutral"),
    ],
    "baseball": [
        t("RE: RE: League bats - third email",
          "Ray,\n\n"
          "This is my third email about the 12 youth bats we bought for the Eastside Eagles on 2 April.\n\n"
          "> On 14 Apr, Coach Dana Reyes wrote:\n> The bats don't carry the USA Baseball stamp. Our league requires it. Can you swap them?\n\n"
          "Nobody has answered. Our opening game is this Saturday at 10 am and the umpire has already told us any bat without the stamp will be removed from the game. "
          "I've got twelve kids and nothing legal for them to swing.\n\n"
          "I need to know by Thursday whether you can exchange them or refund us so I can buy elsewhere.\n\n"
          "Dana Reyes\nHead Coach, Eastside Eagles 10U\n",
          "high", "angry"),
        t("Youth vs adult glove",
          "Hi, what's actually different between the youth and adult infield gloves apart from size? My son is 13 and in between. Thanks, Pete\n",
          "normal", "neutral"),
        t("Catcher's gear for a 9-year-old",
          "Hello,\n\n"
          "My son (9) has decided he wants to be the catcher on his team. I'm honestly a bit nervous about it — he's quite small and I keep picturing foul tips hitting him.\n\n"
          "Which helmet, chest protector and shin guards would you recommend for his size to keep him as safe as possible? He's about 4'3\" and 60 lb.\n\n"
          "Thank you,\nClaire\n",
          "normal", "anxious"),
        t("11.5",
          "do you have it in 11.5\n",
          "normal", "neutral", True),
        t("Pre-orders for next season",
          "Hey Dugout,\n\nWhen do pre-orders for next season's gloves usually open? No hurry, I'm just planning my budget.\n\nMike\n",
          "low", "neutral"),
    ],
    "beetles": [
        t("Larvae arrived in the sun - 3 not moving",
          "Hi Nadia,\n\n"
          "The courier left my box of stag beetle larvae (order BB-775) on the front step about an hour ago and it was sitting in full afternoon sun. The box felt warm when I picked it up.\n\n"
          "Two larvae are moving, three aren't. I've brought them into the coolest room in the house. Is there anything I should do right now to give the three still ones a chance? "
          "Mist them? Put them in the fridge? I don't want to make it worse.\n\n"
          "Jake\n",
          "high", "anxious"),
        t("Refund still missing after cancellation",
          "Hello,\n\n"
          "On 2 June I paid $210 for a pair of Dynastes hercules (order BB-741). On 5 June you cancelled it, citing export restrictions, and said I'd be refunded within 5 days.\n\n"
          "It's now 26 June. I've emailed twice since then with no response, and my card statement shows no refund. "
          "I'm not interested in store credit. If I don't hear back with a refund date by Friday, I'll file a chargeback with my bank.\n\n"
          "Victor Osei\n",
          "high", "angry"),
        t("Two males in one tank?",
          "Hello,\n\nCan I keep two male rhinoceros beetles in the same tank if it's big enough (60 cm)? Or will they fight?\n\nThanks,\nRosa\n",
          "normal", "neutral"),
        t("Our first adult emerged!",
          "Nadia,\n\n"
          "Our first adult stag beetle emerged this morning — 58 mm! The kids named him Tank. Photo attached.\n\n"
          "We'd love to try breeding next year. Do you sell females from the same line?\n\n"
          "The Kowalski family\n",
          "normal", "positive"),
        t("Larvae for a classroom project next spring",
          "Dear Beetle Barn,\n\n"
          "I teach Year 3 and I'm thinking of running a life-cycle project with beetle larvae next spring. "
          "Before I put it to the head, could you tell me roughly what a class set costs and how much care they need over the holidays?\n\n"
          "Whenever you have a moment is fine.\n\n"
          "Ms Adebayo\n",
          "low", "neutral"),
    ],
    "succulents": [
        t("Wedding favours - 60 plants missing, wedding is Saturday",
          "Hi Maya,\n\n"
          "I'm the florist for the Ahmed–Clarke wedding this Saturday. We ordered 150 mini succulents in kraft pots as guest favours (order PP-2209). Today's delivery had 90.\n\n"
          "There's no note about a second parcel and the tracking only shows one. The favours are going on each place setting, so I need all 150.\n\n"
          "Could you tell me by 4 pm today whether the remaining 60 are on their way? If not, I need to source them elsewhere this afternoon.\n\n"
          "Thanks,\nHolly — Bloom & Bough\n",
          "high", "neutral"),
        t("Mealybugs",
          "Hello,\n\n"
          "The three haworthias I recieved on Tuesday were covered in mealybugs under the leaves. I didn't spot them until they'd already spread to four plants next to them on my windowsill, including a variegated one I've been growing for six years.\n\n"
          "I'd expect a nursery to check stock before sending it out. I'd like a refund, and frankly some acknowledgement of the damage to the rest of my collection.\n\n"
          "Graham\n",
          "normal", "angry"),
        t("Is my echeveria dying?",
          "Hi,\n\n"
          "The lower leaves on my 'Perle von Nürnberg' have gone soft and see-through over the last three days and one has turned black at the base. Photos attached.\n\n"
          "I water every Sunday. Is it rotting? Is there anything I can do to save it? It was a gift from my late dad so I'm really hoping it can be rescued.\n\n"
          "Lucy\n",
          "normal", "anxious"),
        t("Shipping to Northern Ireland",
          "Hi, do you ship to Northern Ireland, and is there any extra charge or paperwork? Thanks — Ciaran\n",
          "normal", "neutral"),
        t("Look what I made",
          "Hello Prickly Patch!\n\n"
          "Just sharing a photo of the terrarium I put together with the plants from your starter box. Really pleased with how it turned out. No need to reply — just wanted you to see it.\n\n"
          "Ayesha\n",
          "low", "positive"),
    ],
    "dogwear": [
        t("Your harness let my dog loose on a main road",
          "To whoever is responsible,\n\n"
          "Yesterday evening my whippet backed out of the 'escape-proof' harness I bought from you three weeks ago (order WT-3310, size S as per your chart). "
          "She bolted across the A38 and was very nearly hit by a van.\n\n"
          "I measured her exactly as your guide says. A harness sold as escape-proof should not come off a dog that simply walks backwards.\n\n"
          "I want a full refund, and I want to know what you are doing about the design, because other owners are using the same product tonight. "
          "If I don't receive a proper response by the end of the week I will be reporting this to Trading Standards.\n\n"
          "Karen Doyle\n",
          "high", "angry"),
        t("Travel jacket needed for Tuesday's flight",
          "Hello Owen,\n\n"
          "I'm fostering a rescue greyhound, Juno, who flies to her new family in Toronto on Tuesday morning. The airline requires a snug-fitting coat for the hold in winter, and I ordered yours with express delivery last Wednesday (WT-3342).\n\n"
          "It hasn't arrived and the tracking hasn't updated since Friday. The flight can't be moved — the transport is arranged by the charity and her new family are already waiting.\n\n"
          "Is there any way to get a coat to me by Monday? I'm in Leeds. Sorry to bother you, I'm just worried.\n\n"
          "Becky\n",
          "high", "anxious"),
        t("Washing the wool jumper",
          "Hi,\n\nCan the merino jumper go in the washing machiene on a wool cycle, or hand wash only? Bruno has already found a puddle.\n\nDaniel\n",
          "normal", "neutral"),
        t("Wrong size",
          "Wrong size. What now?\n",
          "normal", "neutral", True),
        t("Greyhound coats?",
          "Hello,\n\nAny plans to make coats cut for greyhounds and lurchers, with the deep chest and long neck? Not urgent at all, just hoping!\n\nSiobhan\n",
          "low", "neutral"),
    ],
    "birding": [
        t("Tomorrow's dawn walk - cancelled or not?",
          "Hi,\n\n"
          "We're booked on tomorrow's 5 am dawn walk at the estuary (booking FE-519, 2 people). An automated email came through an hour ago saying the walk is cancelled, "
          "but a friend booked on the same walk got a reminder saying see you at 5.\n\n"
          "We have a two-hour drive and would need to leave at 3. Could you confirm this evening which is right?\n\n"
          "Thanks,\nDavid Morrow\n",
          "high", "neutral"),
        t("Wheelchair access on the estuary walk",
          "Hello,\n\n"
          "I use a manual wheelchair and would love to join one of your estuary walks. I read about the new hide with step-free access. "
          "Is the rest of the route passable, and would I hold the group up? I'd hate to be the reason everyone misses something.\n\n"
          "Kind regards,\nPatricia\n",
          "normal", "anxious"),
        t("Guide was 40 minutes late",
          "Hello,\n\n"
          "On Sunday's dawn walk our guide arrived 40 minutes late. By the time we reached the hide the geese had already lifted off the mudflats — the entire reason we booked.\n\n"
          "Twelve of us stood in a car park in the dark without any word from you. I think a partial refund is the least you can offer.\n\n"
          "Gordon Pike\n",
          "normal", "angry"),
        t("What a morning - autumn dates?",
          "Dear Fen Edge,\n\n"
          "Thank you for a wonderful morning on Saturday. Seeing the barn owl quartering the field at first light was unforgettable, and your guide Tom was so patient with our questions.\n\n"
          "We'd like to book the autumn migration walk. Have the dates been set yet?\n\n"
          "Warmly,\nIris and Malcolm\n",
          "normal", "positive"),
        t("Binoculars",
          "Hi,\n\nWhat binoculars would you recommend for a beginner, around £150? Whenever you get a chance.\n\nTasha\n",
          "low", "neutral"),
    ],
    "nameplate": [
        t("Someone else's address in my order confirmation",
          "Hello,\n\n"
          "My order confirmation (SL-4102) shows another customer's full name and home address under 'delivery details' instead of mine. "
          "If their details came to me, I'm assuming mine have gone to them.\n\n"
          "I left an abusive relationship last year and my new address is known to very few people. I need to know who has been sent my details, "
          "and I need them deleted. Please call me or reply today; I can't stop thinking about it.\n\n"
          "(Name withheld in this email — order SL-4102)\n",
          "high", "anxious"),
        t("Welsh accents",
          "Hi there,\n\nCan you engrave Welsh circumflexes — ŵ and ŷ? Our house is 'Tŷ Gwyn'. Thanks, Rhian\n",
          "normal", "neutral"),
        t("Font on the finished sign is not the one I approved",
          "Dear Slate & Letter,\n\n"
          "I approved a proof in Garamond. The slate that arrived today is engraved in what looks like Times New Roman — the 'g' and the 'a' are clearly different.\n\n"
          "It's a £240 sign that I'd been looking forward to for weeks. I'm not happy, and I'd like to know how this happened and what you'll do about it.\n\n"
          "Helen Whitcombe\n",
          "normal", "angry"),
        t("price",
          "how much for a sign\n",
          "normal", "neutral", True),
        t("Brass signs - next year",
          "Hello,\n\nWe're renovating next year and will want a new sign when the work is done. Do you do brass as well as slate? No rush, just collecting ideas.\n\nJon\n",
          "low", "neutral"),
    ],
    "rollerrink": [
        t("You cancelled my daughter's party - it's TOMORROW",
          "Hi,\n\n"
          "I've just had an email saying my daughter's party tomorrow at 2 pm (booking SC-880) has been cancelled because of a \"double booking\".\n\n"
          "Twenty-five children are invited. I paid the £150 deposit a month ago. Her cake is made, the party bags are packed, and she's been counting down for weeks.\n\n"
          "How is this my problem to solve the day before? I need someone to call me tonight with a way to make this party happen.\n\n"
          "Sinead Byrne\n07700 900 613\n",
          "high", "angry"),
        t("Lost bag with insulin pen",
          "Hello,\n\n"
          "I think I left a small black backpack under the benches by skate hire yesterday afternoon. It has my son's insulin pen and his glucose meter in it.\n\n"
          "We have a spare pen at home but it runs out tonight and the pharmacy can't replace it until Monday. Could someone check whether it's been handed in? "
          "I can come and collect it any time today.\n\n"
          "Thank you so much,\nNaomi\n07700 900 287\n",
          "high", "anxious"),
        t("lessons??",
          "lessons??\n",
          "normal", "neutral", True),
        t("First time - my daughter is nervous",
          "Hi,\n\n"
          "My 6-year-old is coming to her first session on Saturday with her cousins. She's been talking about it for weeks but now she's scared she'll fall over in front of everyone.\n\n"
          "Do you have any staff who help beginners, or those walker frames for little ones? I'd hate for her first time to put her off.\n\n"
          "Thanks,\nLaura\n",
          "normal", "anxious"),
        t("Music volume on Sundays",
          "Hi,\n\n"
          "Just some feedback — the music in the Sunday family session is very loud. Some of the younger kids were covering their ears. "
          "Not expecting a reply, just thought you should know.\n\n"
          "Tom\n",
          "low", "neutral"),
    ],
    "noren": [
        t("Noren held at customs - commercial invoice needed",
          "Dear Aiko,\n\n"
          "The two noren for our restaurant (order IT-208) are being held at Heathrow customs. DHL says they can't release them without a commercial invoice showing the HS code and the value.\n\n"
          "We open on Monday and the press photographer is booked for Friday afternoon; the curtains are the centrepiece of the entrance shot. "
          "DHL tell me that if they have the invoice by end of day today, delivery on Thursday is still possible.\n\n"
          "Could you send it to me and to clearance@dhl-example.co.uk?\n\n"
          "Best,\nMarcus Hughes\nOwner, Kori Ramen\n",
          "high", "neutral"),
        t("Dye ran onto our wall",
          "Hello,\n\n"
          "We washed the indigo noren exactly as your care card said — cold water, by hand — and hung it back up still a little damp. "
          "Blue dye has run onto our freshly painted white door frame. The painter is quoting £180 to redo it.\n\n"
          "Nobody said it had to be completely dry before hanging. I'd like you to cover the repainting.\n\n"
          "Claire Dunn, Dunn's Tea Room\n",
          "normal", "angry"),
        t("Custom width 2 m",
          "Hi, can you make a noren 2 m wide by 1.2 m long, split into four panels? And roughly how long would it take? Thanks, Ben\n",
          "normal", "neutral"),
        t("Paying from abroad",
          "Hello,\n\n"
          "I'd like to order a custom noren for my shop in Melbourne, but I've never bought anything handmade from overseas before and I'm a bit wary about paying by bank transfer. "
          "Do you accept PayPal or a credit card? And what happens if it gets lost in the post?\n\n"
          "Thanks,\nGrace\n",
          "normal", "anxious"),
        t("Indigo workshop?",
          "Hi Aiko,\n\nDo you ever run indigo-dyeing workshops? I'm visiting Japan sometime next year and would love to try it. No rush on a reply.\n\nLiv\n",
          "low", "neutral"),
    ],
    "sportsday": [
        t("Lightning forecast for tomorrow",
          "Hi Sam,\n\n"
          "The Met Office has just put a yellow warning for thunderstorms on tomorrow afternoon for our area — exactly when the relay finals are scheduled.\n\n"
          "We'll have around 200 staff on an open playing field with metal marquee poles. What's your plan if there's lightning? "
          "I'd feel much better knowing before I brief our senior team at 5 today.\n\n"
          "Priti Shah\nPeople Team, Calder Logistics\n",
          "high", "anxious"),
        t("Venue still not confirmed - fourth message",
          "Sam,\n\n"
          "I have now written three times (12, 19 and 26 May) asking for written confirmation that Westfield Park is booked for our event on 21 June. None has been answered.\n\n"
          "Our CEO announced the date to all 300 staff at the town hall last week. If the park isn't actually booked, I need to know now, not in June. "
          "Please confirm the booking in writing or tell me plainly that it hasn't been made.\n\n"
          "Olivia Grant\nHead of Internal Comms, Brackenridge Group\n",
          "high", "angry"),
        t("Quote for September",
          "Hello,\n\nCould we get a quote for a half-day sports day for about 60 people in mid-September? Indoor or outdoor is fine. We're in Sheffield.\n\nThanks,\nRuth, Office Manager\n",
          "normal", "neutral"),
        t("Best away day ever",
          "Hi Sam,\n\n"
          "Just wanted to say a massive thank you for Friday. The egg-and-spoon relay between the directors is all anyone has talked about since.\n\n"
          "Could you send over the photos when they're ready? We'd like to put some in the staff newsletter.\n\n"
          "Cheers,\nNadine\n",
          "normal", "positive"),
        t("Survey results",
          "Hi Sam,\n\nAttached are the results of our staff survey on the sports day — 4.5 out of 5 overall, with a few comments about queues at the barbecue. No reply needed, just for your records.\n\nPriti\n",
          "low", "neutral"),
    ],
}
