# English incoming mails, written independently of the Japanese ones.
from triage_ja_a import m

MAILS_EN = [
# ---- kayak ----
m("kayak", "Tomorrow 8am - pacemaker question", """Hi,

We're a group of 6 booked on tomorrow's 8am coastal trip (booking under Desai).
My brother-in-law has just mentioned he had a pacemaker fitted last year. He feels fine and is keen to come, but is it okay for him to be out on the water, and do the guides need to know anything?

He'd be driving 3 hours to get to you, so we need to decide tonight whether he comes or not.

Thanks,
Priya Desai
07700 914 226
""", "high", "anxious"),
m("kayak", "Yesterday's school session - I need an explanation", """Dear Coastline Paddle,

I'm head of PE at Trevanion School. Yesterday our Year 9 group (12 pupils) was on your afternoon session, and I've now heard from three separate pupils that they were left on the island for around 40 minutes with no adult while your guide towed another boat back to the beach.

That is not what our risk assessment agreed, and parents are already asking questions.
The governors meet on Friday morning and I need a written account from you of what happened, and who was supervising the pupils, by Thursday 5pm.

Regards,
Mark Ellery
Head of PE, Trevanion School
""", "high", "angry"),
m("kayak", "dogs on tandem kayaks?", """hello! do you let dogs come on the tandem kayaks? ours is a small terrier, very calm, has her own life jacket. thinking of booking sometime in august
""", "normal", "neutral"),
m("kayak", "booking", """hi can i change it
""", "normal", "neutral", True),
m("kayak", "Seal trip - thank you!", """Just wanted to say the seal colony trip last Thursday was the highlight of our whole holiday. The kids haven't stopped talking about it. Please tell Jamie thanks from the Hendersons!
""", "low", "positive"),
# ---- print3d ----
m("print3d", "LW-5602 housings - show opens Thursday", """Hi Marta,

The six prototype housings on order LW-5602 were due with us yesterday and haven't arrived. The tracking page hasn't updated since Monday afternoon.

They're the centrepiece of our stand at the Birmingham NEC show, which opens on Thursday at 9:00. We set up on Wednesday from 14:00, so if they're not with us by Wednesday midday we'll have an empty plinth.

Can you check with the courier, or tell me whether a reprint and same-day courier is possible?

Thanks,
Oliver Grant
Grant Acoustics Ltd
""", "high", "neutral"),
m("print3d", "undersized holes AGAIN", """Third order in a row where the M3 holes come out undersized and I have to drill every single one by hand. I put the tolerance in the notes field every time.

I'm starting to wonder why I don't just buy my own printer.
""", "normal", "angry"),
m("print3d", "SLS max size", """Quick one - what's the maximum build size for SLS nylon? I have a part that's 340 mm long.
""", "normal", "neutral"),
m("print3d", "who can see my uploaded files?", """Hello,
I uploaded a design yesterday for a quote (file name clamp_final.step). It's for a part with a patent application pending and I've only just realised I didn't check your privacy terms first.

Who at your company can see uploaded files? Are they kept after the quote, and can I ask for mine to be deleted if I don't go ahead?

I'm a bit worried I've been careless here.

Ruth
""", "normal", "anxious"),
m("print3d", "TPU hardness typo", """Your materials page lists TPU as 95A in the top table and 85A further down. Not urgent at all, just thought you'd want to know.
""", "low", "neutral"),
# ---- rugs ----
m("rugs", "Deposit of £702 - chargeback on Monday", """Dear Loomhouse,

I paid a deposit of £702 on 3 March for a hand-tufted rug (quote ref LH-0217). It is now 7 weeks later.

I have emailed three times (21 March, 2 April, 11 April) and left two voicemails, and I have had no reply to any of them. Your website still says you are taking orders.

Unless I hear from you with a firm delivery date by Friday, I will ask my bank to reverse the payment on Monday.

Celine Laurent
""", "high", "angry"),
m("rugs", "dark patch on new rug", """Hi,

Our rug arrived yesterday and it's lovely, but there's a dark patch about the size of a hand near one edge. I can't tell if it's dye that will settle or some kind of stain from the packaging.

I don't want to try cleaning it and make it worse. What should I do? Photos attached.

Thanks,
Amy
""", "normal", "anxious"),
m("rugs", "Round rugs?", """Do you make round rugs? We'd be looking at about 180 cm across, wool, in greens.
""", "normal", "neutral"),
m("rugs", "Matching runner for the landing", """Hello Isla,

The runner looks fantastic in our hallway. Everyone who comes round asks about it!

Would you be able to make a smaller matching one for the landing, roughly 70 x 150 cm? Same colours please.

Best,
Tom and Gwen Pryce
""", "normal", "positive"),
m("rugs", "Open studio days", """Do you ever hold open studio days? We'd love to visit next time we're up north, though we've no dates planned yet.
""", "low", "neutral"),
# ---- ebook ----
m("ebook", "someone has taken over my account", """Hi

Someone changed the email address on my Pageturn account last night (I got a notification at 23:48 saying my email had been updated, which I didn't do). Now I can't log in at all.

My debit card is saved on the account. Please can you lock it before they buy anything? I've got about £900 of books on there too.

Account was under danielle.okoro@mailbox.example
Danielle
""", "high", "anxious"),
m("ebook", "Class set of 'Wild Water' shows as unavailable", """Hello,

I teach Year 8 English and set 'Wild Water' by H. Marsh as the class reader. 28 students bought the ebook from you over the last fortnight.

Since this morning, every one of them sees 'Title unavailable' when they try to open it, and it's vanished from their libraries. Their written assessment on the book is on Monday.

Could you tell me what has happened and whether they'll have access again before the weekend?

Many thanks,
Ms J. Farrow
Hollins Park Academy
""", "high", "neutral"),
m("ebook", "app", """the app is broken again. sort it out
""", "normal", "angry", True),
m("ebook", "Exporting highlights", """Is there a way to export all my highlights and notes from a book, e.g. as a text file? I'm writing an essay and would like them in one place.
""", "normal", "neutral"),
m("ebook", "Audiobooks?", """Any plans to add audiobooks at some point? Just curious, I'd happily keep everything in one app.
""", "low", "neutral"),
# ---- stationery ----
m("stationery", "Order of service booklets for Friday's funeral", """Hello,

I ordered 120 printed order-of-service booklets for my mother's funeral, which is this Friday at 11am. Your confirmation said they would be dispatched on Monday, but I haven't had a dispatch email and the order page still says 'In production'.

The funeral director needs them by Thursday afternoon. I'm sorry to chase, it's been a very hard week, but I really need to know they're coming.

Order number IW-33018
Sarah Whitlock
""", "high", "anxious"),
m("stationery", "A5 dot grid?", """Do your stitched notebooks come in A5 dot grid, or only lined? Looking for about 20.
""", "normal", "neutral"),
m("stationery", "Leaking pen", """The fountain pen I bought for my dad's 70th leaked all over the inside of the gift box before I even gave it to him. Ink on the box, ink on the card, ink on my hands.

For £85 I expected a lot better. Not impressed.
""", "normal", "angry"),
m("stationery", "quote?", """Can you send me a quote
""", "normal", "neutral", True),
m("stationery", "New cream paper", """Love the new cream paper! Any chance it'll come in a larger pad someday? No rush, just hoping.
""", "low", "positive"),
# ---- soap ----
m("soap", "peppermint scrub in my daughter's eyes", """Hello

About an hour ago my daughter (8) got some of your peppermint foot scrub in both eyes. We've rinsed them with water for a good while but she says they still sting and they're quite red.

I'm on the phone to 111 and they want the full ingredient list, including what's in the fragrance. The label on the tub has partly washed off.

Please call me on 07812 330 584 if you can.
Lucy Brennan
""", "high", "anxious"),
m("soap", "Out-of-date stock, market on Saturday", """Hi Jo,

Two cases of lavender bars arrived this morning for my shop and every single bar has a best-before date from last October.

I've got my market stall on Saturday morning and these were meant to be most of my stock. This is the second time it's happened, and nobody replied to my email about the first one last week.

I need fresh stock in my hands by Friday, or a refund, and I need to know which today.

Kerry Walsh
The Little Green Shop
""", "high", "angry"),
m("soap", "Shipping to Norway?", """Hello, do you ship to Norway? And if so, roughly how much does it cost for 4 bars?
""", "normal", "neutral"),
m("soap", "Did my order go through?", """Hi, I placed an order about ten days ago (3 bars and a dish) and paid through PayPal. PayPal shows the payment, but I've had no confirmation or dispatch email from you.

Could you check it's on your system?

Thanks, Fiona
""", "normal", "neutral"),
m("soap", "refill idea", """Would you ever think about selling refill pouches for the liquid hand soap? I'd buy them. Not urgent, just an idea for the future.
""", "low", "neutral"),
# ---- weather ----
m("weather", "/forecast returning yesterday's data since 04:00 UTC", """Hi Skyline support,

Since about 04:00 UTC today the /v3/forecast endpoint has been returning yesterday's forecast run (the 'issued' timestamp is 2025-01-14T00:00Z for every request).

Our de-icing schedule for the airport apron is generated from this feed at 05:30 local each morning. The night shift are currently working from a printed Met Office forecast, and the day shift plan for 18 stands is on hold.

Example request ID: 8f2c-77a1-4e0b. Can you tell us when a fresh run will be served?

Viktor Hansen
Operations Systems, Nordby Airport
""", "high", "neutral"),
m("weather", "INV-2291 - fourth email", """This is my fourth email about invoice INV-2291 being charged to the wrong card.

It was charged to my personal card instead of the company card on file, and the £3,400 has put me over my limit, so two of my own payments bounced this week.

Each time I get an automated acknowledgement and nothing else. I want the charge reversed and confirmation in writing.

Rebecca Stone
""", "high", "angry"),
m("weather", "Liability if forecasts are wrong", """Hello,

We're evaluating your API for a crop insurance product, where payouts would depend on your rainfall data. Our legal team is quite worried about where liability sits if a forecast or observation turns out to be wrong.

Do your enterprise terms cover this? I'd rather raise it now than find out later that we've built on the wrong assumption.

Kind regards,
Anjali Rao
""", "normal", "anxious"),
m("weather", "api not working", """getting errors
""", "normal", "neutral", True),
m("weather", "Feature request: feels-like temperature", """It would be great to have a 'feels like' temperature field in the hourly forecast. We calculate it ourselves for now, so no hurry.
""", "low", "neutral"),
# ---- futsal ----
m("futsal", "Summer tournament cancelled?!", """We paid £300 for the summer tournament on Saturday and have just found out FROM YOUR INSTAGRAM that it's been cancelled. Not one email.

Half my team booked trains and a hotel for Friday night on the strength of your confirmation. Who is going to cover that?

I'd like the entry fee back and an explanation, before Friday.

Craig Munro
Team captain, Leith Lions
""", "high", "angry"),
m("futsal", "My son collapsed at tonight's session", """Hello,

My son Alfie (11) collapsed briefly during the Under-12 session this evening. The coach rang me, and by the time I got there he was sitting up and seemed okay.

We're now at A&E and the doctor is asking exactly what happened: how long he was down, whether he hit his head, and whether he'd been complaining of anything before. I only got a rushed version at the door.

Could the coach or whoever was there reply tonight, or ring me on 07931 662 048?

Thank you,
Nadia Hussain
""", "high", "anxious"),
m("futsal", "Showers", """Are there showers at the Eastside site, and do we need to bring our own towels?
""", "normal", "neutral"),
m("futsal", "Great night + slot change", """Great league night yesterday, thanks to the refs for keeping things friendly!

Would it be possible for our team (Dalry Dynamos) to move from the 7pm to the 8pm slot from next week? A couple of the lads can't get there for 7.

Cheers,
Sandy
""", "normal", "positive"),
m("futsal", "Vending machine", """The vending machine at Pitch 3 has been out of water for a while. Not a big deal, just letting you know.
""", "low", "neutral"),
# ---- nori ----
m("nori", "Shipment held at French customs - certificate needed by Thursday", """Dear Ariake Nori Farm,

I run a small sushi restaurant in Lyon. The 20 kg of roasted nori I ordered (order AR-7731) is being held by French customs at Roissy.

They are asking for a certificate of origin and say that if it is not provided by Thursday the shipment will be sent back to Japan. Without it, I will run out of nori by the weekend.

Can you send me the certificate, or send it directly to the customs broker (details below)?

Transitaire: Alpha Fret, dossier 24-11873, douane@alphafret.example

Merci,
Julien Moreau
""", "high", "anxious"),
m("nori", "Grade A vs grade B", """What's the actual difference between your grade A and grade B nori? Is grade B fine for hand rolls at home?
""", "normal", "neutral"),
m("nori", "Broken sheets", """Half the sheets in my order arrived cracked into pieces. For what you charge, I expected better packaging than a single padded envelope.
""", "normal", "angry"),
m("nori", "order", """where is it
""", "normal", "neutral", True),
m("nori", "Factory visit", """Do you offer tours of the farm or the roasting room? We may be in Kyushu next spring, nothing booked yet.
""", "low", "neutral"),
# ---- towels ----
m("towels", "Linen for our reopening on 1 May", """Hello,

I manage the Harbour View guest house (40 rooms). We paid £4,200 on 12 February for bath sheets, hand towels and bath mats for our reopening after refurbishment, and were told they'd ship mid-April.

Nothing has arrived and I've had no shipping notice. We reopen on 1 May, five days from now, and we're fully booked for the first weekend.

Please let me know where the order is and when it will be delivered.

Aidan Byrne
Manager, Harbour View
""", "high", "neutral"),
m("towels", "These are not grey", """The 'storm grey' towels I ordered are clearly blue. I've put them next to the photo on your site and there's no comparison.

Not what I ordered, and not what I paid for.
""", "normal", "angry"),
m("towels", "Hand towels in packs of 6?", """Do you sell the cotton hand towels in packs of 6? Looking for white for a small office kitchen.
""", "normal", "neutral"),
m("towels", "Wrong postcode on my order", """Hi, I think I typed the wrong postcode on my order this morning (I put BS6 7PT but it should be BS6 7TP). Will it still reach me? It hasn't been dispatched yet as far as I can tell.

Sorry, and thanks,
Hannah
""", "normal", "anxious"),
m("towels", "Two years on", """Just a note to say the towels we bought for our gym two years ago are still going strong after hundreds of washes. Great product!
""", "low", "positive"),
# ---- counsel ----
m("counsel", "My daughter - session booked for Friday", """Hello,

My daughter (16) has a session booked with Marcus for this Friday. Tonight she said some things about not wanting to be here any more that really frightened me. She's calmer now and in her room.

I don't know whether I should wait until Friday or what I should be doing tonight. Could someone call me this evening? I'm at 07745 118 392.

Thank you,
Claire
""", "high", "anxious"),
m("counsel", "I received another client's session notes", """I have just received an email from your service with a PDF attached containing another client's session notes, including their full name and what they discussed.

This is a serious breach of confidentiality. I have not forwarded it and I will delete it once you confirm what you want me to do. But I want to know today what you are doing about this, and whether MY notes have been sent to someone else.

J. Adebayo
""", "high", "angry"),
m("counsel", "Sessions in Polish?", """Hello, do you have any counsellors who work in Polish? My mother would prefer that.
""", "normal", "neutral"),
m("counsel", "appointment", """need to change it
""", "normal", "neutral", True),
m("counsel", "Reading list", """Is there a reading list you'd recommend on anxiety? Not urgent, just something to look at between sessions.
""", "low", "neutral"),
# ---- weeding ----
m("weeding", "Weedkiller drift onto my neighbour's vegetables", """Your crew sprayed my gravel drive this morning while it was blowing a gale, and the spray has drifted across onto my neighbour's organic vegetable beds. The leaves are already curling.

She sells at the farmers' market this Saturday and says she'll have to throw the lot out. She's talking about a solicitor, and frankly I don't blame her.

I need to know today what product was used and what you intend to do about it.

Graham Lowe
""", "high", "angry"),
m("weeding", "Quote for back field", """Hi, could I get a quote for clearing a back field of about 400 m²? Mostly long grass and some brambles along the fence. Photos attached. We're in Penarth.
""", "normal", "neutral"),
m("weeding", "Price after the visit", """Hello,

Your colleague came round on Tuesday and gave a price of £180 for the front and back, but only verbally. I'm on a pension and a bit nervous it'll turn out to be more once the work is done.

Could you put the price in writing before the job goes ahead?

Thank you,
Margaret Hale
""", "normal", "anxious"),
m("weeding", "Fortnightly visits over summer", """Could you come every fortnight from June to September to keep the borders and paths clear? Small garden, about 80 m².
""", "normal", "neutral"),
m("weeding", "Moss on roof", """Do you also do moss removal from roofs? Thinking about it for next year, no rush.
""", "low", "neutral"),
]
