# English incoming mails, written independently of the Japanese ones.
from triage_ja_a import T

ITEMS = [
    # ---------------- engrave ----------------
    T("engrave", "Memorial plaque for Saturday's bench dedication",
      """Hello,

I ordered a brass plaque (order #LL-4471) for a memorial bench in my late father's name. The town is holding a small dedication at the park this Saturday at 11, and the council has asked me to bring the plaque so their groundsman can fix it to the bench before people arrive.

Your site said it would ship within five working days. It's now day eight and the order page still says "in production". I haven't had any email from you.

Will it be here by Friday? If it can't be, I need to know today so I can tell the council and my family. I really don't know what else to do.

Thank you,
Margaret Doyle
""", "high", "anxious"),
    T("engrave", "Fourth email about our gala awards",
      """This is my fourth email since October 2 and I still have not had a single reply from a person.

We paid $2,380 up front for 40 engraved crystal awards for our foundation's volunteers. Your automated system says "shipped" but the tracking number you gave us doesn't exist on the carrier's site.

I'd appreciate a reply from someone who can actually look at the order. If I don't hear back by Monday I'll dispute the charge with our bank.

Regards,
Tomasz Nowak
Treasurer, Riverside Literacy Foundation
""", "high", "angry"),
    T("engrave", "sizes?",
      """what sizes
""", "normal", "neutral", True),
    T("engrave", "Loved the board - coasters to match?",
      """Hi Priya,

The walnut cutting board arrived yesterday and it's gorgeous. My sister cried when she opened it, in a good way!

Do you make coasters in the same wood? I'd love a set of four with just the initials "K & R" to go with it.

Best,
Keisha
""", "normal", "positive"),
    T("engrave", "Suggestion for your website",
      """Hi there,

Just a small idea, no reply needed: it would be really helpful if the font preview on your site showed the text at the actual engraved size. I picked a script font that looked great on screen but turned out quite small on the pen.

Still very happy with the result overall.

Ben
""", "low", "neutral"),

    # ---------------- fruit ----------------
    T("fruit", "Second request - duplicate charge on our holiday order",
      """Hello,

I wrote on the 3rd about this and haven't heard back, so trying again.

Our company order for 60 holiday gift boxes (invoice OG-2291, $3,900) was charged to our corporate card twice on December 1. Our card has a monthly limit, and the duplicate charge has pushed us over it, so our staff can't use the card for other business expenses until this is fixed.

Please reverse the second charge and confirm in writing.

Alicia Grant
Office Manager, Harlow & Finch LLP
""", "high", "angry"),
    T("fruit", "Can I delay the pear box?",
      """Hi,

I ordered the pear sampler for my daughter, but I've just found out her summer camp runs until the 20th, not the 13th as I thought. The box is due to arrive on the 14th and I'm worried the pears will be mushy by the time she's home.

Is it possible to push delivery back a week? Sorry for the hassle.

Julie
""", "normal", "anxious"),
    T("fruit", "Switching to every other month",
      """Hello, I'd like to change my fruit club subscription from monthly to every other month starting with the March box. Account email is d.pereira@fastmail.example. Thanks!
""", "normal", "neutral"),
    T("fruit", "Question about the citrus sampler",
      """Hi there,
is the citrus sampler all from your own orchards, or do some of the fruit come from other growers? A friend with a pretty serious grapefruit interaction from her medication wants to know exactly
which varieties are in it before I order one for her.
Thanks, Sam
""", "normal", "neutral"),
    T("fruit", "Best peaches I've had",
      """Just wanted to say the white peaches this year were the best I've ever tasted. We ate the whole box in two days.
Nothing needed from you - keep doing what you're doing.
Cheers, Frank
""", "low", "neutral"),

    # ---------------- dbox ----------------
    T("dbox", "Main locker door jammed - residents' medication inside",
      """Hi LockBay support,

I manage Harbour View Apartments. Since about 7 this morning the main locker bank (the 30-bay unit in the lobby) has been stuck: none of the doors will open, and the screen just says "SYSTEM BUSY".

There are at least 30 parcels inside. Two residents have told me their pharmacy deliveries are in there, and one of them is an elderly gentleman who needs his heart medication this evening.

Can you get a technician here today? I'm at the front desk until 6 p.m. on 555-0148.

Claire Brennan
Property Manager, Harbour View Apartments
""", "high", "neutral"),
    T("dbox", "RE: RE: Locker fees and my parcel",
      """I have now emailed three times and called twice. Nobody has got back to me.

Your locker charged me an "overtime storage fee" of $18 because I was away for a long weekend, and now it refuses to open the door until I pay through an app that keeps crashing. My passport is in that locker. I fly on the 22nd.

I want the door opened and the fee removed. I'm not paying to collect my own mail.

> On Mon, 9 Sep, Daniel Osei wrote:
> The app won't let me pay the fee. Bay 14, building B.

Daniel Osei
Unit 4C
""", "high", "angry"),
    T("dbox", "Quote for outdoor lockers",
      """Hi Tom,

Our community centre is thinking about adding an outdoor parcel locker by the car park. Do you have weatherproof models, and could you quote for one with around 12 bays? We'd like to include it in the budget we're putting together for next quarter.

Thanks,
Sunita Rao
Eastfield Community Centre
""", "normal", "neutral"),
    T("dbox", "Help with the new lockers",
      """Dear Sir or Madam,

I am 81 and live in flat 2 at Linden Court. The new parcel lockers were installed last week and I cannot work out the touch screen at all. Yesterday the courier left a card saying my parcel was in the locker but I could not get it to open and I was too embarrassed to ask anyone.

Is there a simpler way for someone like me? I worry I will keep missing my deliveries.

Yours faithfully,
Edith Marlow
""", "normal", "anxious"),
    T("dbox", "Colour options for next year",
      """Hello,

Our HOA board is planning a lobby refurbishment sometime next year. Could you send over the colour and finish options for the locker fronts when you get a chance? No rush at all, we're only at the mood-board stage.

Best,
Greg Hollis
Maple Row HOA
""", "low", "neutral"),

    # ---------------- babyfood ----------------
    T("babyfood", "Pouch was puffed up - my son ate some and has been sick",
      """Hi,

This morning I opened one of the pear & oat pouches from Tuesday's box. It was a bit puffed up, which I didn't think much of at the time. My 9 month old ate about half of it and has thrown up twice since lunch.

We're on the phone to the doctor's nurse line now. Can you tell me if there's a problem with that batch? The code on the pouch is PO-1108-3.

I still have the rest of the pouch and the others from the box.

Lauren
""", "high", "anxious"),
    T("babyfood", "Wrong stage AGAIN",
      """Third week running my box has had Stage 1 purees in it, when my account clearly says Stage 2 (chunky). My daughter is 10 months old, she won't eat the smooth stuff anymore and I'm throwing money away.

I'm getting really tired of checking the box every week. Fix it please.

Marisol
""", "normal", "angry"),
    T("babyfood", "Gift subscription for my sister",
      """Hello,
my sister is due in April and I'd like to buy her three months of deliveries starting when the baby is around 6 months. Is that something you offer, and can I choose the start date in advance?
Thanks,
Hannah
""", "normal", "neutral"),
    T("babyfood", "(no subject)",
      """is this still ok
""", "normal", "anxious", True),
    T("babyfood", "Ice packs",
      """Small suggestion: the gel ice packs pile up quickly in our freezer. Could you ever switch to ones we can recycle, or run a return scheme? Not pressing, just something to think about.
""", "low", "neutral"),

    # ---------------- staging ----------------
    T("staging", "Lamp sparked at 22 Larch Road - open home tomorrow",
      """Hi Lena,

I went round to 22 Larch Road this evening to check everything before tomorrow's open home. When I switched on the tall floor lamp in the living room, it made a loud pop, there was a spark from the base, and the whole circuit tripped. There's a faint burnt smell near the socket.

I've unplugged it and left the breaker off in that room, but now I'm nervous about the other lamps you brought. We have people walking through from 10 a.m. tomorrow. Can someone come and check before then?

Devon Price
Price & Lowe Realty
""", "high", "anxious"),
    T("staging", "Furniture pickup before Thursday walkthrough",
      """Hi Lena,

Quick one on 9 Alder Court: the sale settles on Friday, and the buyers' final walkthrough is Thursday at 9 a.m. Their contract requires the property to be vacant for the walkthrough.

We still don't have a confirmed pickup date from your crew. Can you confirm by end of day tomorrow that everything will be out by Wednesday evening?

Thanks,
Marion Keyes
Keyes Property
""", "high", "neutral"),
    T("staging", "The sofa smells of dogs",
      """Lena,

The grey sofa your team delivered on Monday is covered in pet hair and smells strongly of dog. My house is being shown to buyers, and one of them actually asked if we had pets. We don't.

I paid for a professional service. I expect furniture that's clean. Please swap it out.

R. Singh
""", "normal", "angry"),
    T("staging", "Staging a small condo",
      """Hi,

Is it worth staging a small one-bed condo (about 600 sq ft), and do you take jobs that size? I'm listing in about six weeks. If so, roughly what would it cost for the living area and bedroom only?

Thanks,
Carla
""", "normal", "neutral"),
    T("staging", "Thank you!",
      """Hi Lena and team,

Just wanted to let you know we accepted an offer on the house, over asking, after the first weekend. Our agent said the photos made a huge difference. I'll be recommending you to everyone.

No need to reply!
Anna & Josh
""", "low", "positive"),

    # ---------------- btopc ----------------
    T("btopc", "4th email - RMA 5521, six weeks with no update",
      """To whoever is reading this,

We sent our main CAD workstation back under RMA 5521 on August 14. Six weeks later we have had no diagnosis, no quote, and no reply to three previous emails or the ticket.

We're a three-person architecture practice and this was the only machine that can run our rendering software. We've been turning down work because of it.

I need a named person, a status, and a return date. If that's not possible, tell me and I'll arrange to collect the machine myself.

Sofia Marchetti
Marchetti Studio
""", "high", "angry"),
    T("btopc", "Linux preinstalled?",
      """Hey, can you ship a build with Ubuntu 24.04 preinstalled instead of Windows, and does that change the price? Looking at the Forge 7 config with the 7800X3D.
""", "normal", "neutral"),
    T("btopc", "Shut off twice in a storm",
      """Hi Kit,

We had a big thunderstorm last night and my PC (the one you built me in June) switched itself off twice while I was using it. It's working fine today, but I'm worried something in the power supply got damaged and it'll just die one day and take my files with it.

Is there anything I should check, or should I send it in? I don't have a surge protector, which I now realise was dumb.

Ahmed
""", "normal", "anxious"),
    T("btopc", "black screen",
      """black screen after update
""", "normal", "neutral", True),
    T("btopc", "Trade-in program?",
      """Hi, not buying anything yet, but when I upgrade in a year or two, do you take old builds as trade-in? Just curious whether it's something you do.
""", "low", "neutral"),

    # ---------------- fuelcard ----------------
    T("fuelcard", "Driver stranded on Route 93 - card declined",
      """Hi,

One of our drivers, Luis, is stuck at the truck stop on Route 93 near Wells. His RouteFuel card (ending 7712) was declined twice at the pump around 11 tonight, and the nearest other station is 60 miles away.

He's carrying a refrigerated load of fresh produce due at the distribution centre in Reno at 6 a.m. and the reefer unit runs off the same tank. I've checked the portal and I can't see any reason for the decline.

Can someone on your side get this card working tonight? My cell is 555-0172.

Paula Ng
Night Dispatch, Sierra Fresh Haulers
""", "high", "anxious"),
    T("fuelcard", "Fraudulent charges - reported Friday, still nothing",
      """I reported on Friday afternoon that card 4419 was being used by someone who isn't one of our drivers. Your agent said it would be "looked into".

Over the weekend it was used another 11 times. That's $2,300 of fuel we didn't buy, on top of the $600 I already reported. Nobody blocked the card.

I want the card stopped today, the charges reversed, and an explanation of why a fraud report took three days to do nothing.

Gareth Pryce
Fleet Manager, Pryce Plumbing & Heating
""", "high", "angry"),
    T("fuelcard", "Setting limits per driver",
      """Hi Imogen,

Is it possible to set a different weekly spending limit for each driver's card? Our van drivers need less than the two long-haul guys. If so, where do I do that in the portal?

Thanks,
Mike
""", "normal", "neutral"),
    T("fuelcard", "card",
      """card's not working again
""", "normal", "angry", True),
    T("fuelcard", "Year-end summary",
      """Hello,

Will the annual fuel summary for tax purposes be available in the portal in January like last year? Just planning our accountant's timetable; no action needed right now.

Thanks,
Dee Walsh
Walsh Landscaping
""", "low", "neutral"),

    # ---------------- bungee ----------------
    T("bungee", "Booked for 8am tomorrow - just found out I'm pregnant",
      """Hi,

I'm booked for the 8:00 a.m. jump tomorrow (booking GL-3308). I literally just found out tonight that I'm pregnant, so obviously I can't jump.

My brother would love to take my place. Is it possible to transfer the booking to him before the morning slot? I don't want to lose the $189, but I also don't know if it's even allowed to swap names.

Sorry to spring this on you so late. I'm a bit all over the place right now.

Jess
""", "high", "anxious"),
    T("bungee", "Gift voucher expiry",
      """Hi, I was given a gift voucher for a jump last Christmas. It doesn't show an expiry date. How long is it valid for, and can I use it on a weekend? Thanks, Ollie
""", "normal", "neutral"),
    T("bungee", "Amazing day - photos?",
      """Hi Nikki,

We jumped on Saturday afternoon (the hen party in pink tutus, you can't have missed us). Your crew were brilliant, especially with the bride who nearly backed out.

Is there any way to get the photos your staff took on the bridge? We didn't buy the video package but would happily pay for the pictures.

Thanks so much!
Amber
""", "normal", "positive"),
    T("bungee", "Weight limit question",
      """Hello, my husband weighs about 108 kg. I saw the limit on the website is 105. Is there any flexibility, or a different harness for heavier jumpers? We're looking at coming in September.
""", "normal", "neutral"),
    T("bungee", "Winter opening?",
      """Do you open at all in winter? Thinking about a trip next year, maybe January. Nothing booked yet, just gathering ideas.
""", "low", "neutral"),

    # ---------------- plating ----------------
    T("plating", "FW: Salt spray failure - 8D required by Friday",
      """Helen,

See below from our customer. We need your containment actions and a root-cause summary by Thursday noon so we can put together the 8D they want by Friday. If we miss it, they'll drop us to "conditional supplier", which freezes new business with them for a year.

Can you confirm you'll have it to us by then?

Raj Patel
Supplier Quality, Kestrel Components

---------- Forwarded message ----------
From: Supplier Quality <sq@northline-auto.example>
Subject: NCR-2291 Salt spray failure, P/N 44-7710

Batch 2291 failed 96h neutral salt spray at 52h (white corrosion).
Submit 8D with containment, root cause and corrective action by Friday 17:00.
""", "high", "neutral"),
    T("plating", "Plating on threads again - line down",
      """Helen,

The hinge brackets delivered this morning have plating build-up in the M6 threads. Our assembly line jammed on the first 40 parts and has been stopped since 8:30. This is the third batch this quarter with the same problem, after you told us in July that masking had been fixed.

We need a replacement batch with clean threads by tomorrow's second shift, or we'll have to source elsewhere and back-charge you for the downtime.

Call me on 0121 555 0190.

Karen Ellis
Production Manager, Ellis Hardware Ltd
""", "high", "angry"),
    T("plating", "Zinc-nickel quote",
      """Hello,

Could you quote zinc-nickel (12-15% Ni, 8 µm, with black passivate) on the attached steel bracket, 2,000 pcs per month? Drawing attached, rev C.

Thanks,
Pieter de Vries
Buyer, Van Dam Engineering
""", "normal", "neutral"),
    T("plating", "Any update?",
      """Any update?
""", "normal", "neutral", True),
    T("plating", "Capabilities for a future project",
      """Hi,

We may have a project in 2026 involving electroless nickel on aluminium housings roughly 400 x 300 mm. Is that within your tank sizes? Purely exploratory at this stage, reply whenever convenient.

Regards,
Lindsey Ford
""", "low", "neutral"),

    # ---------------- foodsample ----------------
    T("foodsample", "Airport restaurant opening Friday - replicas needed for inspection",
      """Hi Lucy,

Our new counter at Terminal 2 opens on Friday. The airport's concessions team does a final inspection on Thursday at 2 p.m., and our lease requires the menu display, including the food replicas, to be installed by then. We can't open without passing it.

Your last email said the 8 replicas would ship "this week", but there's no tracking yet. Can you confirm they'll reach us by Wednesday?

Ken Morales
Operations, Noodle Bar T2
""", "high", "neutral"),
    T("foodsample", "Sushi replicas look fake",
      """Hi,

I'm sorry but the sushi replicas we got look like plastic toys. The tuna is bright pink and the rice is shiny. We sent you real pieces to copy, so I don't understand how they came out like this.

We paid a lot for these and I don't want to put them in the window. What are you going to do about it?

Hiro Tanaka
Sushi Kaze
""", "normal", "angry"),
    T("foodsample", "Are the replicas safe around kids?",
      """Hello,

We're a family restaurant and little kids are always touching the display case. If a child somehow got hold of one of the replicas and chewed on it, is the material toxic? I've been lying awake thinking about it, which is probably silly, but I'd rather know.

Thanks,
Maria Lopez
""", "normal", "anxious"),
    T("foodsample", "Dessert replicas next",
      """Lucy,

The pasta replicas have been a hit. People stop at the window and point at them all day! We'd like to add three desserts: tiramisu, panna cotta and a lemon tart. What would the timeline and price be?

Cheers,
Gino
Trattoria Gino
""", "normal", "positive"),
    T("foodsample", "Wedding cake replica as a keepsake?",
      """Hi, odd question: do you ever make a replica of a wedding cake as a keepsake? Our wedding is next summer, so there's plenty of time. Just wondering if it's a thing you'd do.
""", "low", "neutral"),

    # ---------------- adops ----------------
    T("adops", "Account disabled the day before Black Friday",
      """Owen,

Our Meta ad account was disabled about an hour ago with a vague "unusual activity" message. Black Friday starts tomorrow at midnight and all our sale campaigns sit in that account. Last year, those four days were a third of our annual online sales.

I have no idea what triggered it or how to appeal. What can we do tonight? I'm honestly panicking a bit.

Rachel Kim
Owner, Fernleaf Home
""", "high", "anxious"),
    T("adops", "Third request: September invoice breakdown",
      """Owen,

I've asked three times now (Oct 2, Oct 9, Oct 15) for a breakdown of the September invoice. Our approved budget was $12,000. You charged our card $20,140.

I still have no explanation. Until I get one, I'm not approving any more spend and I've asked our bank about a chargeback.

Tom Hadley
Finance Director, Hadley Outdoor
""", "high", "angry"),
    T("adops", "New product line for campaigns",
      """Hi Owen,

We're launching a line of linen bedding on the 15th of next month. Could you add it to the Google Shopping campaigns, and let me know what you'll need from us (feed updates, images, budget)?

Thanks,
Rachel
""", "normal", "neutral"),
    T("adops", "thoughts?",
      """thoughts?
""", "normal", "neutral", True),
    T("adops", "Strategy chat in the spring",
      """Hi Owen,

Would be good to sit down sometime in the spring and look at the bigger picture for next year: channels, budget split, that kind of thing. No rush, we can pick a date in February.

Best,
Tom
""", "low", "neutral"),

    # ---------------- gelato ----------------
    T("gelato", "Our wedding is Saturday - order says ON HOLD",
      """Hi Marco,

We ordered 200 mini cups of gelato (order NV-8812) for our wedding this Saturday. I just logged in and the order status says "ON HOLD - action required", but there's no email explaining what action, and nobody answers the phone.

The caterer needs to know by tomorrow evening whether to plan a backup dessert. Please tell me what's wrong - we've paid in full.

Thank you,
Priyanka & Dev
""", "high", "anxious"),
    T("gelato", "Wrong flavours, twice now",
      """Hi,

My subscription box came with hazelnut and coffee again, even though I changed my preferences to fruit sorbets only (I can't have dairy right now). This happened last month too.

I'm paying for something I can't eat. Can you sort out my account properly this time and tell me what you're going to do about these two boxes?

Chloe
""", "normal", "angry"),
    T("gelato", "Shipping to Alaska?",
      """Hello, do you ship to Anchorage? I'd like to send a box to my dad for his birthday on the 28th, but I'm not sure whether the dry ice would last that far.
""", "normal", "neutral"),
    T("gelato", "That pistachio...",
      """Hi team, just had your pistachio gelato for the first time and wow. Is it possible to buy it in a larger tub than the 500 ml? I'd order a couple for a family dinner next month.
""", "normal", "positive"),
    T("gelato", "Dairy-free ideas",
      """Hi! Long-time customer. It would be great to see a few more dairy-free flavours, maybe a coconut or oat-based one. Just a suggestion for whenever you're planning the next season.
""", "low", "neutral"),
]
