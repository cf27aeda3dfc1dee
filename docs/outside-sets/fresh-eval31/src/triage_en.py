# triage mails (en), written independently of the Japanese set
from triage_ja_a import M

MAILS = [
    # ---------------- dogcare ----------------
    M("dogcare", "Milo coughing since pick-up",
      """Hi,

I picked Milo up at 5:30 and he's been coughing ever since, a dry honking sound, maybe every ten minutes. Another parent at pick-up mentioned kennel cough going round the Thursday group. Was he in that group today?

We have a three-week-old baby at home and I honestly don't know whether I should keep him away from her tonight or take him to the after-hours vet now. Anything you can tell me about who he was with would help.

Rachel Kim
(Milo, beagle, Tues/Thurs)""", "high", "anxious"),
    M("dogcare", "4th email - refund for overcharge",
      """This is my fourth email about this, so I'll keep it short.

You charged my card $640 on the 1st for full-time care. Daisy is on the 2-day plan ($280). I emailed on the 3rd, the 7th and the 10th and called once. Nobody has replied, and the front desk just says "the manager handles billing".

My rent comes out on Friday and that $360 is the difference between it clearing and not.

Tom Alvarez

> On Mar 3, Tom Alvarez wrote:
> Hi, I think there's been a billing mistake on this month's invoice...""", "high", "angry"),
    M("dogcare", "Extra day next week?",
      """Hi team,

Would it be possible to add Wednesday next week (the 18th) for Juno on top of her usual Mon/Fri? My office is doing a move and I'll be in all day. Happy to pay the drop-in rate.

Thanks!
Sam""", "normal", "neutral"),
    M("dogcare", "thurs", "hey is there room thurs", "normal", "neutral", True),
    M("dogcare", "Report cards!",
      """Just a quick note to say the little report cards you send home are the highlight of my week. "Olive shared her ball with a new friend (eventually)" made my whole office laugh. No need to reply. Thank you for loving her like you do.

Kat""", "low", "positive"),

    # ---------------- woodshop ----------------
    M("woodshop", "Lectern for 21 June graduation - tracking?",
      """Dear Hardy & Lowe,

I'm the business manager at St Aldhelm's School. The oak lectern you're building for us is the centrepiece of our graduation ceremony on Saturday 21 June. When I spoke to Tom last week he said it would ship on the 10th, but I haven't had a dispatch email or tracking number, and we have a rehearsal on the 19th.

Could you confirm by Monday whether it has gone out, and when we should expect it? If it isn't going to make it I need to arrange a hire lectern this week.

Regards,
Helen Brooke
Business Manager, St Aldhelm's School""", "high", "neutral"),
    M("woodshop", "Summer course and power tools",
      """Hello,

I'm thinking of signing my son (14) up for the summer furniture course. He's keen, but he's never used anything more dangerous than a screwdriver, and I keep picturing the table saw. What tools would he actually use, and how closely are the younger students supervised? I'd rather know before I book than spend the week worrying.

Many thanks,
Andrea""", "normal", "anxious"),
    M("woodshop", "Wobbly chair",
      """Hi Tom,

I collected the walnut dining chair on Saturday. It wobbles. Not a lot, but enough that I noticed within five minutes of sitting on it, which, for £600, I find pretty disappointing. I expected better from a workshop that charges what you charge.

What do you suggest? I'm not in a hurry, I just want it right.

Simon""", "normal", "angry"),
    M("woodshop", "Gift voucher",
      """Hiya, do you do gift vouchers for the weekend courses? My partner's birthday is next month and he's been eyeing up your spoon-carving day. Can it be posted or is it email only?
Cheers, Lou""", "normal", "neutral"),
    M("woodshop", "Evening classes?",
      """Do you ever run evening classes? I work Saturdays so the weekend ones don't suit. No rush at all, just planning what to do with myself in the autumn.

Gareth""", "low", "neutral"),

    # ---------------- gravestone ----------------
    M("gravestone", "Memorial permit - burial on Saturday",
      """Dear Mr Webb,

I'm sorry to bother you again. The cemetery office rang me this afternoon to say they still haven't received the memorial permit application from you for my husband's plot (Section D, row 4). They say that if it isn't with them by Thursday they can't open the plot for the ashes burial on Saturday.

All the family are travelling for it, and the vicar is booked. I don't know what to do if it falls through. Could you let me know whether it's been sent?

Margaret Hollis""", "high", "anxious"),
    M("gravestone", "Five months?",
      """Mr Webb,

We ordered my father's headstone in October. It is now March. I was told "eight to twelve weeks".

I understand stone comes from somewhere and things take time, but nobody has actually told us why this is taking five months, and my mother visits a bare plot every Sunday. I would like someone to explain the timeline to me properly, with a date.

Ian Stott""", "normal", "angry"),
    M("gravestone", "Adding a second name",
      """Good morning,

You made my grandfather's headstone in 2015 (Carter, Highgate Road cemetery). We'd now like to add my grandmother's name and dates below his. Could you give me a rough price and let me know how long it usually takes? There's no particular date we're working to.

Best wishes,
Lydia Carter""", "normal", "neutral"),
    M("gravestone", "Re: stone", "is it done", "normal", "neutral", True),
    M("gravestone", "Pet memorial stones?",
      """Hello, do you make small memorial stones for pets, for a garden rather than a cemetery? Our old lurcher is still going strong, so this really is just me thinking ahead. Whenever you have a moment.

Pam""", "low", "neutral"),

    # ---------------- tiling ----------------
    M("tiling", "Kitchen floor tiles lifting - inspection Wednesday",
      """Hi Dave,

Harbour Street Kitchen here. Four of the floor tiles by the fryer station have cracked and two are lifting at the edges. One of our cooks caught his foot on one last night during service. He's fine, but it's a trip hazard in the busiest part of the kitchen.

We've got an environmental health inspection on Wednesday morning and they will definitely flag it. Can you get someone in on Monday or Tuesday before 4 p.m.? We can close the line for a couple of hours.

Marco Bellini
Head Chef, Harbour Street Kitchen
07700 900 318""", "high", "neutral"),
    M("tiling", "Water coming through ceiling - third call this week",
      """Dave,

Water is coming through the kitchen ceiling directly under the shower you tiled in March. There's a brown stain the size of a dinner plate and it drips whenever anyone showers. We've stopped using it, which with three kids is not great.

I've called you on Monday, Tuesday and this morning and left voicemails each time. I'd like someone out to look at it this week, and I'd like to know whether this is covered by your guarantee.

Karen Doyle
14 Linden Close""", "high", "angry"),
    M("tiling", "Grout cracking after 2 months",
      """Hi,

You regrouted our shower in June. There are now hairline cracks along two of the vertical lines, near the tray. There's no leak that we can see, but I'm worried water is getting behind the tiles and we won't know until the ceiling comes down. Is this normal for new grout, or should someone look at it?

Thanks,
Beth""", "normal", "anxious"),
    M("tiling", "Quote for splashback",
      """Hi there, could I get a quote for tiling a kitchen splashback? About 3.2 m long and 60 cm high, behind a run of worktop. I've bought the tiles already (white gloss, 10 x 20). Photos attached. Flexible on dates.
Nadia""", "normal", "neutral"),
    M("tiling", "Thank you!",
      """Dave and Lee,

The bathroom looks amazing. The herringbone floor is even better than the picture I showed you. I'm leaving you a review on Checkatrade this weekend. If you ever want to come back and take photos for your portfolio, you're very welcome.

Cheers,
Anita""", "low", "positive"),

    # ---------------- yakatabune ----------------
    M("yakatabune", "Engine cutting out - we're on the boat now",
      """Hello, we're on Kingfisher right now (booking 2231, picked up this morning). The engine has cut out three times in the last hour and now won't restart. We're moored on the towpath just past lock 14, I think, near a white footbridge. It's starting to get dark and we have two kids, 4 and 7, on board. The number on the key fob goes to voicemail. What do we do?

Chris Ward
07812 554 190""", "high", "anxious"),
    M("yakatabune", "State of the boat last weekend",
      """Hi,

We picked up Heron last Friday for the weekend. There was mould around the shower, crumbs and a used teabag in the cupboard, and the bedding smelled damp. We spent the first two hours of a holiday we'd paid £680 for cleaning somebody else's mess.

The rest of the trip was lovely, to be fair. But I think a partial refund would be reasonable. Let me know what you think.

Jenny Marsh""", "normal", "angry"),
    M("yakatabune", "Dogs on board?",
      """Hi, can we bring our dog (medium-size spaniel, very chilled) on a 3-night hire in September? If so, is there an extra charge or a deposit? Thanks, Rob""", "normal", "neutral"),
    M("yakatabune", "booking", "booking for august?", "normal", "neutral", True),
    M("yakatabune", "2026 prices",
      """Hello! Do you publish next year's prices yet? We did a week on the Oxford Canal with you years ago and have been talking about doing it again ever since. No plans yet, just dreaming.

Sue & Alan""", "low", "neutral"),

    # ---------------- icecarving ----------------
    M("icecarving", "Gala tonight - van not here",
      """Hi,

Your van was due at the Grand Hotel ballroom at 3 p.m. with the ice bar and the swan for tonight's charity gala. It's now 4:15 and there's no sign of it. The driver's number goes straight to voicemail.

Doors open at 6:30 and the ice bar is where the welcome drinks are served. Can someone tell me where the van is?

Olivia Grant
Events, Hartwell Foundation
07723 410 882""", "high", "neutral"),
    M("icecarving", "No freezer at venue - luge arrives tomorrow morning",
      """Hi Jo,

I've just been told by the venue (Millbrook Barn) that they have no freezer space at all, and the ice luge is scheduled to be dropped off at 9 a.m. tomorrow. The party doesn't start until 7 p.m. That's ten hours sitting in a barn in July.

Will it survive that? Should we change the delivery time, and is that even possible at this point? It's my partner's 40th and this was the big surprise. I'm panicking a bit.

Dev""", "high", "anxious"),
    M("icecarving", "Handling fee on invoice",
      """Hi,

Your invoice for our product launch includes a "handling fee" of $180. It wasn't in the quote I signed, nobody mentioned it, and I can't find it anywhere on your website. I'm not paying for something I never agreed to. Please either remove it or explain what it's for.

Invoice CC-1187
Ben Harlow""", "normal", "angry"),
    M("icecarving", "Logo carving for November launch",
      """Hello,

We're launching a new product on 14 November and would love an ice block with our logo carved into it for the reception. Roughly 60 cm wide. Is that something you do, and can you work from a PDF logo? Ballpark price would be great.

Thanks,
Amara Obi
Brightline Drinks""", "normal", "neutral"),
    M("icecarving", "The swan!",
      """We just got back from our honeymoon and had to write: the swan was the talk of the wedding. My grandmother stood next to it for half the evening telling people she'd "never seen anything like it". Thank you so much.

Hannah & Luis""", "low", "positive"),

    # ---------------- kendogu ----------------
    M("kendogu", "Third message: bogu set for grading on 8 March",
      """Hello,

This is my third message. I paid for a junior bogu set for my son (order #2188) on 10 February. Your website said "dispatched within 3 working days". It still shows "processing". I emailed on the 17th and the 21st and have had nothing back, not even an automatic reply.

His grading is on 8 March and he can't take it in borrowed armour from the dojo box. I need either a tracking number or a refund so I can buy elsewhere.

Neil Ferguson""", "high", "angry"),
    M("kendogu", "Kote size for my daughter",
      """Hi,

I'm about to order kote for my daughter, who's 9 and fairly small for her age. Your size chart goes by hand length, but she keeps fidgeting when I try to measure. I'm worried if they're too big her wrists won't be protected properly and she'll get hurt. Could you tell me what size most 9-year-olds end up with, or how to measure properly?

Thanks,
Claire""", "normal", "anxious"),
    M("kendogu", "Tare name in romaji?",
      """Hi, do you do tare name embroidery in romaji as well as kanji? Our club is in Leeds and not everyone has a kanji name. And what's the price per tag? Cheers, Dan (Leeds Kendo Club)""", "normal", "neutral"),
    M("kendogu", "shinai", "37 or 38?", "normal", "neutral", True),
    M("kendogu", "Custom dogi next season",
      """Hello, I'm interested in having a custom indigo dogi made, heavier weave, for next season. No deadline, I just want to understand the process and roughly what it costs before I save up for it.
Best, Marta""", "low", "neutral"),

    # ---------------- sushiclass ----------------
    M("sushiclass", "Sesame allergy - class tomorrow 10 a.m.",
      """Hi,

We're booked for tomorrow's 10 a.m. class (booking NW-2207, family of four). I forgot to mention when booking that my son, 11, has a severe sesame allergy. He carries an EpiPen. I know sesame is used a lot in Japanese food and I'm now worried about the rolls and the dressing.

Is it possible to make his portion without sesame, and is there a risk from shared boards? If it isn't safe we'd rather know tonight so we can explain to him.

Thank you,
Julie Barnes""", "high", "anxious"),
    M("sushiclass", "Disappointed with Saturday's class",
      """Hi,

I don't usually write complaints, but Saturday's 2 p.m. class was honestly not what we paid for. The instructor spent a good part of the session on his phone, we were hurried through the nigiri, and we never made the hand roll listed on your page.

I've seen your reviews and I'm sure it isn't normally like this, but we only get one trip to Tokyo. I'd appreciate a response.

Aaron Ng""", "normal", "angry"),
    M("sushiclass", "Tamagoyaki recipe please!",
      """Hello Mika,

We did your class last Wednesday and it was the best thing we did in Tokyo, no exaggeration. My daughter wants to make the rolled omelette at home. Could you email us the recipe, including the sugar and dashi amounts?

Warm regards from Melbourne,
The Fitzgeralds""", "normal", "positive"),
    M("sushiclass", "Suitable for a 7-year-old?",
      """Hi, is the class OK for a 7-year-old who loves cucumber rolls but not raw fish? We'd be two adults and one child. Thanks, Priya""", "normal", "neutral"),
    M("sushiclass", "Classes in March 2027?",
      """Hi there, we're vaguely planning a trip to Japan in spring 2027, probably March. Do you usually run classes then? No need to book anything yet, just collecting ideas.
Greg""", "low", "neutral"),

    # ---------------- pianomove ----------------
    M("pianomove", "Piano left outside - it's starting to rain",
      """Hi,

Your movers delivered our upright to 22 Arden Road about an hour ago. It wouldn't go up the stairwell to our flat, so they left it on the pavement outside the front door, under a blanket, and drove off. They said someone would "sort it".

It has started raining. The piano was my mother's and it is sitting in the street. Please tell me what is happening.

Louise Chen
07931 208 447""", "high", "anxious"),
    M("pianomove", "Steinway for Saturday's recital - date on confirmation is wrong",
      """Dear Keynote,

Your confirmation for the Steinway D delivery to St Cecilia's Hall says Saturday 12 October. It needs to be on stage by 2 p.m. on Friday 11 October so the tuner can work on it before Saturday evening's recital, as agreed on the phone with Adam.

Could you correct the booking and confirm the Friday slot by reply? The tuner is only available on Friday afternoon.

Sarah Whitfield
Venue Manager, St Cecilia's Hall""", "high", "neutral"),
    M("pianomove", "Quote £280, invoice £410?",
      """Hi,

Your quote for moving our upright was £280. The invoice says £410, with an extra £130 for "stair access". The stairs were in the quote. I described them on the phone and in the form, and your surveyor saw them.

I haven't paid yet and I won't until someone explains this.

Mark Hughes""", "normal", "angry"),
    M("pianomove", "Quote for moving a baby grand",
      """Hello,

Could I get a quote to move a Yamaha baby grand from a ground-floor house in Brighton to a ground-floor house in Lewes? Sometime in May, dates are flexible. There are two steps up to the front door at the new place.

Thanks,
Elena""", "normal", "neutral"),
    M("pianomove", "Tuning?",
      """Do you also tune pianos, or can you recommend someone? Not now, we're moving in the summer so probably after that. Thanks, Jo""", "low", "neutral"),

    # ---------------- candle ----------------
    M("candle", "Smoke alarm set off twice - customers evacuated",
      """Hello,

We bought 30 of your soy pillar candles for our restaurant tables. Twice this week (Monday and Wednesday evenings) they have smoked so heavily that our alarm went off and we had to take everyone outside. I emailed you on Monday and again on Tuesday with photos and got no reply.

I've taken them off the tables. I need to know whether this is a faulty batch and whether it's safe to use the other box before our private party on Saturday.

Greta Lund
Owner, Lindens Bistro""", "high", "angry"),
    M("candle", "200 gift candles - dispatch after our event",
      """Hi Holly,

We've ordered 200 personalised candles (order WW-5561) as gifts for our client event on 14 December. Today's dispatch email says they will ship on 16 December, which is two days after the event.

When we ordered in October we were told early December. Is there any way to get them to us by the 13th, even in part? Otherwise we need to find a different gift this week.

Rob Atherton
Client Services, Pell & Co""", "high", "neutral"),
    M("candle", "Fragrances and asthma",
      """Hi, I have asthma and some scented candles set me off badly. Before I buy, can you tell me whether your fragrance oils are phthalate-free, and whether any of the range is unscented? I'd really like to try them, I'm just nervous after a bad reaction last year.
Thanks, Orla""", "normal", "anxious"),
    M("candle", "order", "Still waiting", "normal", "neutral", True),
    M("candle", "Fig",
      """Just a note to say the fig and cedar candle is the best thing I've bought this year. Please never discontinue it!
Anna""", "low", "positive"),

    # ---------------- glassblow ----------------
    M("glassblow", "Shard in my hand after yesterday's taster",
      """Hi Niall,

I did the taster session yesterday afternoon. This morning I noticed a small hard spot in my left palm, and it's red and swollen now. I think a sliver of glass got in when I was handling the finished piece. I'm seeing the GP at 3 today.

Is there anything about the glass (coloured? coated?) that I should tell the doctor? I'd rather go in knowing.

Jess Morgan""", "high", "anxious"),
    M("glassblow", "Vase arrived broken",
      """The vase I ordered arrived this morning in three pieces. It was wrapped in one layer of tissue paper in a box twice its size with nothing else in there. Frankly I'm amazed anything you send arrives in one piece.

It was a gift for my sister's birthday. I'd like a replacement, packed properly this time.

Order HG-742
Fiona Reid""", "normal", "angry"),
    M("glassblow", "Hen party booking",
      """Hello! I'm organising a hen party for 8 in June and we'd love to do a glassblowing session. Can you take a group that size, and do you have Saturday afternoon slots? Is there anywhere nearby we could bring some fizz afterwards?
Thanks, Becky""", "normal", "neutral"),
    M("glassblow", "Gift voucher for Mum",
      """Hi, I loved my session with you last month. My paperweight sits on my desk and I grin at it every day. Can I buy a gift voucher for my mum for the same taster? Her birthday's in three weeks.
Sarah""", "normal", "positive"),
    M("glassblow", "Longer course in winter?",
      """Any chance you'll run a longer course, a weekend or a few evenings, sometime over the winter? I'd be interested whenever it happens. Put me on a list if you have one.
Tom""", "low", "neutral"),

    # ---------------- bouncy ----------------
    M("bouncy", "Blower keeps tripping the power - party in 2 hours",
      """Hi, we've got the Pirate Ship for my son's party today, kids arriving at 2. Your guy set it up at 11 but since then the blower has tripped the breaker in the garage three times, and every time it goes down the whole thing sags with the bunting on top. I'm scared it'll collapse with kids inside. Can someone come back or tell me what to do? Ringing the office just rings out.

Nicola, 18 Sandpiper Way""", "high", "anxious"),
    M("bouncy", "You cancelled our school fair booking by text?",
      """At 4:12 this afternoon I got a text saying our booking for tomorrow's Oakfield Primary summer fair "can no longer be fulfilled". No reason, no phone call, no mention of our $150 deposit.

We have 300 children coming and the castle and obstacle course are on every flyer. I've called three times since and it goes to voicemail. I expect a call back tonight with either a replacement or an explanation.

Denise Hart
PTA Chair, Oakfield Primary""", "high", "angry"),
    M("bouncy", "Quote for September",
      """Hi, what would it cost to hire the obstacle course for a Saturday in September (the 20th), from about 10 till 4, at a park in Eastfield? We'd need someone to supervise too. Thanks, Raj (Eastfield Residents' Association)""", "normal", "neutral"),
    M("bouncy", "price", "price?", "normal", "neutral", True),
    M("bouncy", "Used castles",
      """Hello, do you ever sell off older castles? Our nursery is looking for something small for the garden, but there's no hurry, we'd be buying next year at the earliest.
Kind regards, Meg""", "low", "neutral"),
]
