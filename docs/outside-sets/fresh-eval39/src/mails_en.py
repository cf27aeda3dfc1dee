from common import m

MAILS = {
    "star": [
        m("Road to the observatory closed",
          "Hi,\n\nWe're booked on tonight's 9pm Dark Sky Walk (booking NS-4471, 14 people, it's my mum's 70th). "
          "We've just got to the bottom of the hill road and there's a police sign saying it's closed because of a fallen tree.\n\n"
          "Is there another way up, or is the walk going ahead somewhere else? We've got about an hour and a half and "
          "no phone signal once we leave the village.\n\nLaura (07700 900412)", "H", "X"),
        m("Gift voucher code rejected - second email",
          "Hello,\n\nI wrote last Tuesday and haven't heard back. The gift voucher my brother gave me (code SKY-88213, worth £92) "
          "is rejected by your booking page as 'invalid', and it expires this Sunday.\n\n"
          "I'd rather not lose £92 because your website doesn't work. Can someone either fix the code or book me onto a "
          "walk manually before Sunday?\n\nRegards,\nOwen Price", "H", "A"),
        m("Dogs?",
          "Hiya, are well-behaved dogs allowed on the walks? Ours is a very calm old lab who's fine with red torches and crowds. "
          "Thinking of booking for October.\n\nCheers, Sian", "N", "N"),
        m("Knee replacement - is the walk OK for me?",
          "Good afternoon,\n\nI had a knee replaced last year and walk fine on paths, but I'm not great on rough ground in the "
          "dark. How long is the walk and what's the terrain like? Are there places to sit?\n\nThank you,\nMargaret Doyle", "N", "N"),
        m("Loving the newsletter",
          "Just wanted to say the monthly sky guide you send out is brilliant - my kids look forward to it. "
          "Have you ever thought about a winter solstice night? We'd definitely come. No reply needed really!\n\nAbi", "L", "P"),
    ],
    "petmem": [
        m("Cremation before Thursday?",
          "Dear Willow Rest,\n\nOur rabbit Pepper died in her sleep last night. We are flying to my husband's family in Lagos "
          "early on Thursday morning and will be away for six weeks, and I can't bear the thought of leaving her with a "
          "stranger or not bringing her home.\n\n"
          "Is there any chance of an individual cremation tomorrow or Wednesday, with the ashes ready before we leave? "
          "We can bring her to you at any time.\n\nThank you,\nFunmi Adebayo", "H", "X"),
        m("Communal vs individual",
          "Hello, could you tell me the difference in price between a communal and an individual cremation for a medium dog "
          "(about 18 kg)? And do you collect from home in the Harrogate area?\nThanks, Rob", "N", "N"),
        m("Wrong dates on Bella's plaque",
          "I collected Bella's memorial plaque on Saturday and the dates are wrong. It says 2009-2023. She was born in 2010 "
          "and died this year, 2024. I filled in your form myself and wrote it clearly.\n\n"
          "I paid £65 for something I can't put up in the garden. I'm honestly upset that nobody checked it.\n\nKaren Walsh", "N", "A"),
        m("Rex", "any news?", "N", "N", True),
        m("Paw print keepsakes",
          "Hi there, could you let me know sometime whether you do paw-print keepsakes in clay or ink? "
          "Our cat is still very much alive, I'm just the type who plans ahead. No rush at all.\n\nJo", "L", "N"),
    ],
    "bousai": [
        m("CO alarm going off in the nursery",
          "The carbon monoxide alarm I bought from you in March (ReadyHome CO-2) has gone off three times tonight in my "
          "baby's room. Each time I open the window it stops, then starts again about twenty minutes later.\n\n"
          "We have a gas boiler in the cupboard next to that room. Is the alarm faulty, or could there really be CO? "
          "I've taken the baby downstairs for now. What should I do?\n\nTom", "H", "X"),
        m("Order 20415 - wrong items, drill on Monday",
          "Dear ReadyHome,\n\nWe ordered 40 pupil grab bags (order 20415) for our school's evacuation drill this coming "
          "Monday at 9:30. The box that arrived today contains 40 adult first-aid pouches instead.\n\n"
          "The drill has been arranged with the fire service and the local council and can't be moved. Please confirm "
          "whether the correct bags can be delivered by Friday afternoon; if not, I need to know today so I can source them "
          "elsewhere.\n\nKind regards,\nHelen Marsh\nBusiness Manager, Ashby Primary School", "H", "N"),
        m("Ration bars shelf life",
          "How long do the emergency ration bars last once the outer box is opened? The label only gives the date for "
          "the unopened pack.", "N", "N"),
        m("So much for 'waterproof'",
          "Your 'fully waterproof' dynamo torch died after one evening in the rain on a camping trip. Not dropped in a lake. "
          "Rain. It's now full of water and won't light.\n\nI bought it specifically because it was advertised for "
          "storms and power cuts. Frankly it's useless, and I'd like to know what you're going to do about it.\n\nG. Hughes", "N", "A"),
        m("Small point about the instructions",
          "The leaflet in the radio box uses a very small font - my dad (84) couldn't read it even with his glasses. "
          "Might be worth a larger-print version at some point. Not a complaint, just feedback.", "L", "N"),
    ],
    "illust": [
        m("Files are 72 dpi - printer needs them by 5pm",
          "Hi Ella,\n\nThe final cover files came through last night, thank you - but the PDF is only 72 dpi. Our printer "
          "has just rejected it: they need 300 dpi to print the sleeves.\n\n"
          "The launch gig is tomorrow at 9am and the printer closes at 5pm today, so I'm getting a bit panicky. "
          "Could you re-export at 300 dpi before 3pm?\n\nMarcus\n\nSent from my iPhone", "H", "X"),
        m("Wedding invitation illustration",
          "Hello! My fiancé and I love your watercolour style and would like an illustration of the church we're getting "
          "married in, for our invitations. The wedding is in May next year. Could you let us know your rates and how far "
          "in advance we should book?\n\nBest,\nHannah & Dev", "N", "N"),
        m("This isn't what I approved",
          "Ella,\n\nI approved sketch B, with the character facing left and the city behind her. The final has her facing "
          "right, different hair, and the city is gone. It looks nothing like the sketch.\n\n"
          "I've paid the full amount. I don't see how this counts as 'minor changes during colouring'.", "N", "A"),
        m("commission", "how much", "N", "N", True),
        m("Mum's portrait",
          "Just wanted to let you know I gave Mum the portrait of her and Dad on her birthday yesterday and she cried "
          "(happy tears). Thank you so much for the care you put into it.", "L", "P"),
    ],
    "score": [
        m("Orchestral parts for Saturday - not arrived",
          "Dear Cadenza hire department,\n\nWe hired the orchestral parts for Elgar's Enigma Variations (hire ref H-3098) "
          "for our concert this Saturday. They were due last Friday and have not arrived; the tracking page hasn't updated "
          "since it left your warehouse.\n\n"
          "Our dress rehearsal is on Thursday evening with 55 players. Can you tell us where the parts are, or send a "
          "second set so that they reach us by Thursday midday?\n\nYours sincerely,\nDr Alan Ferris\n"
          "Librarian, Wessex Symphony Orchestra", "H", "N"),
        m("Choir discount?",
          "Hello, do you give a discount for choir orders? We'd need 48 copies of the Rutter Gloria. "
          "Also, how long would delivery take to Cork?\n\nMany thanks,\nSiobhán", "N", "N"),
        m("wrong", "wrong key", "N", "N", True),
        m("Is my exam book out of date?",
          "Hi, I bought the Grade 5 piano book from you last month and I've just seen online that there's a new syllabus. "
          "My exam is in March and I've been practising from this book for weeks. Will the examiner still accept these "
          "pieces? I'm really worried I've wasted all this time.\n\nLily (age 15)", "N", "X"),
        m("Large print editions",
          "Some of us in the community band are getting on a bit and struggle with the small print. "
          "Would you ever consider large-print editions of the standard marches? Just a suggestion for the future.", "L", "N"),
    ],
    "ramen": [
        m("Three of us sick after the chicken broth",
          "Hi Noodle Post,\n\nThree of us shared a box of your chicken paitan ramen last night (box dated 14 Oct). Within about "
          "four hours all three had stomach cramps and vomiting; one of us is still quite unwell this morning.\n\n"
          "Is there a problem with this batch? We still have two unopened portions from the same box. Should we keep them "
          "for testing? And are other customers affected?\n\nJames Whitfield", "H", "X"),
        m("RE: RE: Cancelled subscription still charging",
          "This is my third email.\n\nI cancelled my subscription on 28 August (confirmation below). You have taken £34.99 "
          "in September, October and now November. That's £104.97 for boxes I didn't order; two of them were left on my "
          "doorstep and went off.\n\n"
          "I want a full refund, and if it doesn't reach my account this week I'll raise a chargeback with my bank.\n\n"
          "> Your subscription has been cancelled. You will not be charged again.\n> Noodle Post Team, 28 Aug\n\nPriya Shah", "H", "A"),
        m("Next box address",
          "Hi, could my next box go to my work address instead of home? It's 14 Harbour St, Leith, EH6 6LP. "
          "Just the next one, then back to normal.", "N", "N"),
        m("Best ramen outside Japan",
          "Honestly the best ramen I've had since living in Osaka. My flatmates are now hooked. Do you ship to Ireland? "
          "I'm moving to Galway in January and I'd like to keep my subscription going!", "N", "P"),
        m("Veggie option?",
          "Would be great to see a vegetarian broth one day - my partner doesn't eat meat, so I end up eating both portions "
          "(not complaining too much). Whenever you get round to it.", "L", "N"),
    ],
    "seitai": [
        m("Dad has chest pain since Tuesday's session",
          "Hello,\n\nMy father, Derek Collins (78), had a treatment with you on Tuesday for his back. Since then he has pain on "
          "the right side of his chest when he breathes in deeply and he couldn't lie flat to sleep last night.\n\n"
          "Was anything done around his ribs? I'm trying to decide whether to take him to A&E now or wait for his GP "
          "appointment on Monday.\n\nClaire Collins\n07700 900778", "H", "X"),
        m("Booking for lower back pain",
          "Hi, I've had lower back pain for about three weeks from lifting at work. Do you have anything on weekday evenings "
          "after 6? And do I need to bring anything?\nThanks, Marek", "N", "N"),
        m("No-show fee even though I called",
          "I've been charged a £30 no-show fee for 9 October. I rang the clinic on the 8th at around 4pm and spoke to the "
          "receptionist, who said it was cancelled.\n\nI'm not happy being charged for something I did properly. "
          "Please remove the fee.\n\nS. Grant", "N", "A"),
        m("appointment", "Can I come in?", "N", "N", True),
        m("Gift vouchers",
          "Do you sell gift vouchers? I'm thinking of getting one for my sister for Christmas, so there's plenty of time.", "L", "N"),
    ],
    "space": [
        m("Party booking cancelled?!",
          "Hi Ben,\n\nI've just had an automated email saying my booking for the Garden Room this Saturday (2-5pm) has been "
          "cancelled. I didn't cancel it. It's my daughter's 6th birthday party, 25 children are invited and the "
          "entertainer is booked.\n\nCan you tell me what's happened and whether the room is still ours? "
          "If not I need to find somewhere else in the next day or so.\n\nRachel", "H", "X"),
        m("Upload speed for streaming",
          "We're planning to livestream a panel talk from the Loft Room next month. What upload speed does the Wi-Fi give, "
          "and is there a wired connection we could use?", "N", "N"),
        m("Hi", "Hi, is the room free?", "N", "N", True),
        m("Heating for our next class",
          "Hi, when we arrived for our Tuesday evening class last night the heating was off and it took a good hour to warm up. "
          "Could you make sure it's on from 6pm for our next session on the 14th? Several of our members are elderly.\n\n"
          "Thanks,\nGwen (Tuesday Pilates group)", "N", "N"),
        m("Lovely venue - one small thing",
          "We had our book launch in the Loft on Saturday and everyone loved it. Thank you! One tiny suggestion: a sign "
          "at the street door would help - a couple of guests walked past twice.", "L", "P"),
    ],
    "pos": [
        m("All card payments declining",
          "Every card payment on both our TillPoint terminals has been declined since about 11:00. It's Saturday market day "
          "and the queue is out of the door; we're turning people away who don't carry cash.\n\n"
          "Your status page says 'all systems operational'. I've been on hold for 35 minutes. Somebody needs to call me back "
          "on 01632 960331 now.\n\nMike Brennan, Brennan's Bakery", "H", "A"),
        m("Dismissed employee still has back-office access",
          "Hello,\n\nWe dismissed a member of staff yesterday. She still has a manager login to our TillPoint back office, "
          "which gives access to refunds and to our customer list. When I try to remove her account, the page says "
          "'cannot delete the account owner' - she set the system up for us originally.\n\n"
          "We need her access removed before she can use it. Can you do that from your side, and can you tell us whether "
          "she has logged in since yesterday 5pm?\n\nNadia Duarte\nOwner, Duarte Deli", "H", "N"),
        m("Export to accounting software",
          "Is there a way to export our daily sales into Xero automatically, or do we have to download the CSV each time? "
          "We're switching accountants in the new year.", "N", "N"),
        m("Printer jammed again",
          "Third time this month the receipt printer has jammed. Your technician told me on the phone to 'try better quality "
          "paper'. It's the paper YOU sold us.\n\nI'm paying £39 a month for this. I'd like a replacement printer, not advice "
          "about paper.", "N", "A"),
        m("Tap to pay on phones",
          "Curious whether you're planning to support tap-to-pay on iPhone next year - it'd save us buying another terminal "
          "for the food truck. No rush on an answer.", "L", "N"),
    ],
    "tackle": [
        m("Third email - refund for returned waders",
          "Hi,\n\nThis is the third time I'm writing about this. I returned the chest waders (order HT-7714) on 2 September and "
          "Steve emailed on the 9th saying the refund of £129 would be processed 'this week'. Nothing has arrived.\n\n"
          "If I don't have the money or a real answer by Friday, I'll go to my card provider.\n\nDan Okoro", "H", "A"),
        m("Surf rod length",
          "Looking for a beachcaster for Chesil. Would you go 13ft or 15ft for someone fairly new to it? "
          "Budget around £150 for the rod.", "N", "N"),
        m("reel", "broken again", "N", "A", True),
        m("Carrying a knife for my son's fishing trip",
          "My son (16) is going on his first sea-fishing trip with a club next month and I bought him the folding bait knife "
          "from your shop. Is he allowed to carry it on the train and at the harbour? I don't want him getting into trouble.", "N", "X"),
        m("New Penn reels",
          "Will you be stocking the new Penn Spinfisher range next season? Happy to wait and buy from you rather than online.", "L", "N"),
    ],
    "whale": [
        m("30 weeks pregnant - 2pm trip today",
          "Hi, we're booked on your 2pm trip today. My wife is 30 weeks pregnant and we've only just read the line in the "
          "booking terms about 'pregnant passengers'. The trip is in three hours and we're already in town.\n\n"
          "Is it safe for her to come? If not, can I still go with our son, or can we move all three of us to another date?\n\n"
          "Chris", "H", "X"),
        m("App says cancelled, no email, we drove five hours",
          "Hello,\n\nOur 10am sailing tomorrow (booking SS-2290, four people) now shows as 'cancelled' in your app. "
          "We had no email or text, and we've already driven five hours and paid for two nights at the hotel.\n\n"
          "Is tomorrow's afternoon trip running, and can you move us onto it? We head home on Sunday morning.\n\n"
          "Kind regards,\nPaul and Ines Marques", "H", "X"),
        m("Maria was fantastic",
          "Our guide Maria on Thursday's trip was fantastic - she spotted the minke before anyone else and kept the kids "
          "entertained the whole way. Is there a review site you'd prefer we use?", "N", "P"),
        m("Minimum age",
          "What's the youngest age you take on the boat? Our twins will be three in July.", "N", "N"),
        m("Winter trips?",
          "Do you run any trips in the winter months at all? Just planning ahead for next year.", "L", "N"),
    ],
    "fanclub": [
        m("Still no presale code - presale closes 10am tomorrow",
          "Hi,\n\nI emailed on Monday and again on Wednesday. My presale code for the Manchester show still hasn't arrived, "
          "membership no. CL-20771. I've checked spam, promotions, everything.\n\n"
          "The presale closes at 10am tomorrow and general sale will be gone in minutes. I've paid for membership mainly for "
          "this. Please just send the code.\n\nBecca", "H", "A"),
        m("Your email contained someone else's address",
          "Hello,\n\nThe 'your merch order has shipped' email I received this morning contains another member's full name, "
          "home address and phone number, not mine. I'm worried my details may have gone to someone else in the same way.\n\n"
          "I've attached a screenshot with her details blacked out. What's happening, and has my information been sent "
          "to anyone?\n\nKind regards,\nEmily Carter", "H", "X"),
        m("Adding my daughter",
          "How do I add my daughter as a family member on my account? She's 12. Does she get her own card?", "N", "N"),
        m("£120 for a 30-second photo?",
          "I paid £120 for the members' meet & greet in Leeds. We queued for two hours, had thirty seconds for one photo, "
          "and weren't allowed to speak to the band. Nothing in the description said it would be like that.\n\n"
          "I've been a member for six years. I expected better.", "N", "A"),
        m("Old newsletters online?",
          "Any plans for an online archive of the old newsletters? I've lost a few of my paper copies over the years. "
          "Just a thought.", "L", "N"),
    ],
}
