# English incoming mails: T(domain, subject, body, urgency, emotion, terse).
# Written on their own, not translated from the Japanese set.
def T(domain, subject, body, urgency, emotion, terse=False):
    return dict(domain=domain, subject=subject, body=body, urgency=urgency, emotion=emotion, terse=terse)


TRIAGE_EN = [
    # ================= saddle =================
    T("saddle", "Girth strap failure - Oakfield Riding School",
      """To whoever deals with faults,

During a lesson at 4 pm yesterday the girth billet on one of the three GP saddles we bought from you in January tore clean through at the stitching. The saddle slipped and our pupil, who is eleven, fell and has broken her wrist. Her parents have, understandably, asked for an explanation.

The other two saddles are from the same order. We have taken them out of use, but that leaves us three saddles short for lessons that start at 9 tomorrow morning, and I am not putting a child on either of them until someone tells me whether the billets are sound.

I expect a call from you today.

Margaret Dunn
Proprietor, Oakfield Riding School
07700 918 442
""", "high", "angry"),
    T("saddle", "Booking a fitting",
      """Hi there,

Could I book a fitter to come out and look at my mare? She's dropped a bit of weight over winter and I think her saddle is bridging now. We're at Long Acre livery, near Brecon. Weekday mornings are easiest for me.

Thanks,
Helen
""", "normal", "neutral"),
    T("saddle", "order",
      """hi think youve sent the wrong one

Liz""", "normal", "neutral", True),
    T("saddle", "Coloured stitching on a bridle?",
      """Hello,

I'm after a padded cob-size bridle for my Connemara and wondered whether you can do the stitching in navy rather than the usual tan. It's for our club colours. Happy to pay a bit extra. How long would it take to make?

Cheers,
Owen Price
""", "normal", "neutral"),
    T("saddle", "Thank you!",
      """Anna,

Just a quick note to say the dressage saddle is wonderful. Bramble has never moved so freely through his shoulder and my instructor noticed the difference straight away. Thank you for taking the time to get it right over three visits.

Rachel
""", "low", "positive"),

    # ================= medmaint =================
    T("medmaint", "Ultrasound down - Rosehill maternity unit",
      """Hello,

Our only obstetric ultrasound unit (Ref CS-20931) failed to boot this morning: the fan runs but the screen stays on the logo. We have two growth scans for high-risk pregnancies booked at 2 pm and 3:30 pm which the consultant does not want postponed, and the nearest other scanner is forty minutes away.

Can an engineer get to us before 2 pm? If not, please tell me by noon so we can arrange transport for the two patients.

Jo Whitfield
Maternity Unit Manager, Rosehill Community Hospital
01632 960 441 (bleep 212)
""", "high", "neutral"),
    T("medmaint", "RE: RE: Contract renewal - engineer refused to attend",
      """This is the third time I have written about this.

We paid your renewal invoice (CS-INV-8834, £3,960) on 28 February; the bank confirmation is attached again. On Tuesday your engineer arrived for the annual safety test on our X-ray unit, told reception our contract had lapsed, and left without doing it.

The CQC inspect us on Monday and will ask for a current safety certificate. Nobody has replied to either of my previous emails or returned my calls. I need an engineer booked before Monday and written confirmation that the contract is live, today.

Sanjay Mehta
Practice Manager, Brookside Medical Centre

-----Original Message-----
From: Sanjay Mehta
Sent: 05 March 10:14
Subject: RE: Contract renewal - engineer refused to attend

Following up on my email below. Please call me.
""", "high", "angry"),
    T("medmaint", "Remote diagnostics - can you see patient records?",
      """Dear ClearScan,

Your engineer suggested we switch on remote diagnostics for the ECG machines so faults can be looked at without a visit. Before I agree, I need to understand what your staff can actually see. The machines store patient names and dates of birth alongside the traces, and I'm worried that we'd be opening up patient data to a third party without the right paperwork in place.

Could you tell me what data is accessible and whether you have a data processing agreement we can review?

Thanks,
Fiona Clarke
Information Governance Lead, Harbourside Surgery
""", "normal", "anxious"),
    T("medmaint", "Extended warranty quote",
      """Hi,

The warranty on our two patient monitors (serials PM4-11873 and PM4-11874) runs out in August. Could you quote for a two-year extension, parts and labour?

Regards,
Tom Ellis
Westgate Clinic
""", "normal", "neutral"),
    T("medmaint", "Suggestion: text reminders for visits",
      """Hello,

Small suggestion: it would help if your visit reminders came by text as well as email, as our practice inbox is shared and they sometimes get missed. Not a problem at the moment, just something to consider.

Best,
Lena
""", "low", "neutral"),

    # ================= journal =================
    T("journal", "Proofs for HAP-2198 - wrong corresponding author and missing grant number",
      """Dear Editorial Office,

I've just opened the proofs for our accepted paper (HAP-2198), which I understand goes online this Friday. The corresponding author is listed as my co-author, who left academia last year and no longer has access to that email address, and our funder's grant number has dropped out of the acknowledgements entirely.

The funder requires the grant number on every output; if the paper appears without it, we'll be in breach of the award conditions and I may have to account for that in our final report. I've marked both corrections on the proof, but the system says it is locked. Can someone please confirm these will be fixed before Friday?

Dr Aisha Rahman
Department of Earth Sciences, University of Kessington
""", "high", "anxious"),
    T("journal", "Data availability statement",
      """Dear Editor,

Our dataset includes interview transcripts that cannot be made public under our ethics approval. Is it acceptable to state that the data are available on request from the authors, or does the journal require deposit in a repository with restricted access?

Kind regards,
Tomás Ortega
""", "normal", "neutral"),
    T("journal", "Desk rejection after three months",
      """Dear Editor,

I submitted manuscript HAP-2044 on 2 February. Today, 6 May, I received a two-line desk rejection saying it was "not a good fit for the journal", with no further explanation.

If the paper was out of scope, that should have been obvious on day one. Instead it sat in your system for three months, during which we could have sent it elsewhere. I would appreciate at least some indication of why it took this long and what about it was judged unsuitable.

Prof. David Kerr
""", "normal", "angry"),
    T("journal", "submission",
      """Hi, what's happening with the submission? thx""", "normal", "neutral", True),
    T("journal", "Idea for a special issue",
      """Dear Prof. Avery,

A few of us at the soil ecology conference last month were talking about how little has been published on microplastics in agricultural soils. Would the journal be open to a special issue on the topic some time next year? I'd be glad to help guest-edit. No rush on this at all; I'm just floating the idea.

Best regards,
Dr Ingrid Solberg
""", "low", "neutral"),

    # ================= puzzle =================
    T("puzzle", "Dad's puzzle - stuck in transit, funeral is Saturday",
      """Hello,

I ordered a 500-piece puzzle of a photo of my dad on his allotment (order PP-44871). He died last month, and the plan was to have the puzzle on a table at the reception after his funeral this Saturday, so the grandchildren could put it together.

The tracking has said "at local delivery office" since Monday and hasn't moved. I've rung the delivery office twice and they can't find it.

Is there anything you can do to get it, or another copy, to me by Friday? I'm sorry if I sound frantic. It just matters a lot.

Claire Benton
""", "high", "anxious"),
    T("puzzle", "You charged me £240 for a £24 order",
      """Order PP-45002. The order page said £24.00. My bank statement shows £240.00 from PiecePerfect this morning.

That was most of what was left in my account until payday and my rent goes out on Thursday. I want the difference back before then, and frankly an explanation of how a decimal point goes missing on a payment page.

Ryan Doyle
""", "high", "angry"),
    T("puzzle", "2000 pieces?",
      """Hi, do you do 2000-piece puzzles, and if so what resolution would the photo need to be? It's a panorama from a drone, 8000 x 3000 px.

Thanks, Mei
""", "normal", "neutral"),
    T("puzzle", "Re: Missing piece",
      """Thanks for getting back to me. The missing piece is from the top edge, about a third of the way in from the left (it's part of the sky). Photo of the gap attached. Order number PP-43390.

Greg

> On 3 June, PiecePerfect wrote:
> Sorry to hear a piece is missing! If you can tell us roughly where in the
> picture it is, we can reprint just that piece.
""", "normal", "neutral"),
    T("puzzle", "Wooden puzzles?",
      """Hello! Not in any hurry here - just wondering whether you make wooden jigsaws as well as cardboard ones. Thinking about something for my niece's birthday in the autumn.

Pat
""", "low", "neutral"),

    # ================= tableware =================
    T("tableware", "No dinner plates in tonight's delivery - Ferndale Gala",
      """Hi Gemma,

Your van has just left the Assembly Rooms. We have 150 champagne flutes, the wine glasses and all the cutlery, but there are no dinner plates at all: the crates marked "dinner plates" contain side plates.

Our charity gala starts at 7 pm and dinner is served at 8 for 150 guests. The caterers have nothing else to plate onto. Can someone bring the plates over before 6? I'm on 07911 204 776 and will be here all afternoon.

Thanks,
Jess Morgan
Events Coordinator, Ferndale Hospice
""", "high", "anxious"),
    T("tableware", "Quote for a Christmas party",
      """Hello,

We're holding our staff Christmas party on Friday 13 December for about 90 people, sit-down dinner, three courses. Could you quote for plates, cutlery, wine and water glasses, delivered to the Old Mill in Thornbury on the Friday morning and collected on Monday?

Many thanks,
Andrew Reid
""", "normal", "neutral"),
    T("tableware", "Breakage charge on invoice SH-1187",
      """Hi,

Your invoice charges us £36 for twelve broken wine glasses. We returned all 120 glasses intact: I counted them into the crates myself, and I have a photo of the full crates taken at 9:15 on the Monday before your driver collected them.

I'm not paying for glasses we didn't break. If something got broken on your van, that's between you and your driver. Please remove the charge.

Lucy Fairbairn
""", "normal", "angry"),
    T("tableware", "plates",
      """need plates for 60""", "normal", "neutral", True),
    T("tableware", "Lovely evening - thank you",
      """Dear Settings Hire team,

Just wanted to say thank you for everything at our ruby wedding party on Saturday. The plates and glasses looked beautiful, the driver was early and so helpful, and collection on Sunday was painless. We'll definitely be recommending you.

Warmly,
Sheila and Graham
""", "low", "positive"),

    # ================= billiards =================
    T("billiards", "Someone is using my membership",
      """Hi,

My account shows a bar tab of £180 from last night, charged to the card you have on file. I wasn't there; I was at home all evening. I still have my membership card, so someone must have my number or a copy of it.

I'm worried that whoever it is can keep running up charges. Can you freeze the account and stop anything else going on my card, and tell me what happens about the £180?

Nadia Hussain
Member 0417
""", "high", "anxious"),
    T("billiards", "Fire exit blocked on league nights",
      """Hello,

On Thursday's league night the fire exit at the back of the upstairs room was blocked by a stack of about thirty chairs, and the door itself was wedged with a cue rack. There were around sixty people up there.

I mentioned it to the bar and was told it's "always like that on league nights". That's not acceptable. If there had been a fire, people would have been trapped. The next league night is this Thursday and I'd like to know it'll be clear before then, or I'll be raising it with the council.

Chris Wardle
""", "high", "angry"),
    T("billiards", "Joining the winter league",
      """Hi,

Our team of four would like to enter the winter league. How do we sign up, and what's the entry fee? We're all members already.

Thanks,
Darren
""", "normal", "neutral"),
    T("billiards", "Overcharged for table time",
      """Hello,

We played on table 3 from 7 to 9 on Wednesday - two hours, which I booked and paid for in advance - and were then charged for another half hour at the bar when we left because the till said we'd started at 6:30. We hadn't even arrived at 6:30.

It's only £7.50 but it's the second time this has happened and it's really annoying to have to argue about it at the till. Can you sort out the refund and whatever's wrong with your booking system?

Kev
""", "normal", "angry"),
    T("billiards", "Snooker table?",
      """Any chance of getting a full-size snooker table at some point? There are a few of us who'd play regularly. Just a thought for the future.

Mike
""", "low", "neutral"),

    # ================= floorcoat =================
    T("floorcoat", "My mother can't breathe properly since the coating",
      """Hello,

You coated the ground floor of my mother's bungalow yesterday. She is 84 and has COPD, and since last night she's been wheezing badly and says the smell is catching her chest. I've opened every window but the smell is still strong this morning.

She can't easily move out. The bedrooms are all on the ground floor and she has nowhere else to go at short notice. I've called her GP but I don't know what the product is or whether it's safe for her to stay here tonight. Please can someone ring me this morning and tell me what's in it and what we should do.

Karen Webb (daughter)
07824 551 093
""", "high", "anxious"),
    T("floorcoat", "Quote for a kitchen floor",
      """Hi,

Could you give me a price for coating a 45 m² kitchen-diner? It's oak engineered boards, about three years old. We'd be looking at doing it over the summer.

Thanks,
Stuart
""", "normal", "neutral"),
    T("floorcoat", "floor",
      """Floor sticky. What now?""", "normal", "neutral", True),
    T("floorcoat", "No-show this morning",
      """I took today off work because your team was booked to start at 8 am. Nobody turned up, nobody called, and when I rang your office at 10 I was told the job "wasn't on today's sheet".

I've lost a day's leave for nothing. I'd like to know what happened, and I'd like a new date that actually happens.

Mark Tan
""", "normal", "angry"),
    T("floorcoat", "Garage floors",
      """Hi there - do you also coat concrete garage floors? We might be converting our garage into a workshop next year and I'm starting to look into options. Nothing needed soon.

Thanks,
Ben
""", "low", "neutral"),

    # ================= plamo =================
    T("plamo", "Someone has got into my account",
      """Hi,

I've just had an email from you saying my password was changed, but I didn't change it. I can't log in now. My card is saved on the account and my address is on there too.

What do I need to do? Can you lock the account so nobody can order anything with my card? I'm really worried.

Ellie Brooks
""", "high", "anxious"),
    T("plamo", "Pre-order refund - third time asking",
      """Hello again,

This is my third message about the refund for the cancelled pre-order of the 1/35 Tiger I (order KB-6520, £135.00).

On 14 April you told me it would be refunded "within 5 working days". It's now 17 May and nothing has arrived. My last two emails (26 April and 6 May) have had no reply at all.

Please refund it now and send me confirmation, or I'll raise a chargeback with my bank.

Graham Lowe
""", "high", "angry"),
    T("plamo", "Restock of the 1/72 Spitfire",
      """Hi, any idea when the 1/72 Spitfire Mk IX will be back in stock? Happy to pre-order if that's possible.

Cheers,
Jon
""", "normal", "neutral"),
    T("plamo", "Airbrush recommendation :)",
      """Hi folks!

Finished my first two kits with brushes and loved it - the guys in the shop were brilliant at pointing me in the right direction. I'm ready to try an airbrush now. What would you recommend for a beginner, with a compressor that won't wake the neighbours? Budget around £150.

Thanks so much,
Priya
""", "normal", "positive"),
    T("plamo", "Packaging suggestion",
      """Hello,

Not a complaint, more an idea: could you offer paper packing instead of plastic air pillows as an option at checkout? Plenty of us would tick that box. No reply needed.

Sam
""", "low", "neutral"),

    # ================= compost =================
    T("compost", "Bulk bag blocking shared driveway - carer can't get in",
      """Hi,

Your driver dropped my 1-tonne bulk bag of compost at the end of our shared driveway this morning instead of on my front garden as I'd asked. It's blocking the drive completely.

My neighbour at number 4 is disabled and her carer comes at 12 and again at 5 to help her eat and take her medication. The carer couldn't get her car up the drive at noon and had to carry everything from the road; she can't do that in the dark this evening. I can't move a tonne of compost by hand.

Can your driver come back and move it today, before 5?

Paul Hendry
07700 331 908
""", "high", "anxious"),
    T("compost", "When will my order come?",
      """Hello,

I ordered 10 bags of peat-free multipurpose last Tuesday (order GF-22817). Do you know which day it will be delivered? I need to be in as the bags won't fit through the side gate.

Thanks,
Mary
""", "normal", "neutral"),
    T("compost", "Bindweed everywhere",
      """I bought 2 tonnes of your "weed-free" screened compost in March and spread it over all my raised beds. Two months later every single bed is full of bindweed and docks, which I never had before.

I've spent the last three weekends pulling it out. "Weed-free" is printed on your website. What are you going to do about this?

Trevor Hill
""", "normal", "angry"),
    T("compost", "compost",
      """is this normal??""", "normal", "anxious", True),
    T("compost", "Autumn mulch",
      """Hello, I'm planning ahead for the autumn and wondered whether you sell a bark mulch suitable for fruit trees. No rush - just planning.

Thanks, Jenny
""", "low", "neutral"),

    # ================= pallet =================
    T("pallet", "Pallets collapsing in racking - Wellingborough DC",
      """Dan,

At 14:20 today a loaded pallet collapsed in aisle 6 at the second beam level and about 400 kg of tinned goods came down into the aisle. A reach-truck driver had passed underneath about twenty seconds before. Nobody was hurt, but it was close.

The pallet was one of yours from the delivery on 2 May; the bottom deck boards split along the grain. We've quarantined the rest of that delivery (around 600 pallets) but our Monday early shift needs them to put away the weekend intake. I need someone here to inspect them before Monday 06:00, or replacements.

Rob Kemp
Site Manager
""", "high", "anxious"),
    T("pallet", "Account suspended - we have paid",
      """Dear PalletPool,

Our account has been put on hold for an unpaid invoice, INV-30871. We paid it on 2 May (£18,240, BACS, remittance attached). As a result, tonight's delivery of 400 pallets has been cancelled.

We have a supermarket DC booking at 06:00 tomorrow that we cannot make without those pallets, and the penalty for a missed slot is £2,500 plus the cost of re-delivery. Reinstate the account and the delivery this afternoon, please.

Sarah Cole
Finance Director, Cole & Sons Foods
""", "high", "angry"),
    T("pallet", "Query on April invoice",
      """Hi,

The April invoice shows 2,310 pallet-days for our Corby site, but our own records come to 2,190. Could you send the daily breakdown so we can reconcile?

Thanks,
Priti Shah
Accounts, Northline Distribution
""", "normal", "neutral"),
    T("pallet", "Collection please",
      """Hello,

We've got about 150 empties stacked and ready at our Rugby site. Could you book a collection for sometime next week? Any day except Wednesday.

Gary, Goods In
""", "normal", "neutral"),
    T("pallet", "Thanks to your driver",
      """Hi,

Please pass on our thanks to Steve, your driver on Tuesday. Our forklift was out of action and he spent half an hour helping our lads hand-ball the pallets off the trailer without a word of complaint. Much appreciated.

Kind regards,
Lorraine
""", "low", "positive"),

    # ================= keyboard =================
    T("keyboard", "Split keyboard stopped working - I can't do my job",
      """Hi,

I have severe RSI and can only type for any length of time on your split ergonomic board (SK-Split, bought last October). Yesterday the right half stopped responding altogether. I've tried two cables and two computers.

I work as a medical transcriber and I'm paid per report. Without the keyboard I can't work at all. My manager has given me until Monday before she has to reassign my caseload, and I'm really scared of losing the contract.

Is there any way to get a replacement or repair before then? I'll pay for express shipping.

Daniel Fox
""", "high", "anxious"),
    T("keyboard", "Will Gateron switches fit the SK65?",
      """Hi! Are the hot-swap sockets on the SK65 PCB compatible with Gateron Milky Yellows, or only with the switches you sell? Thanks, Lee""", "normal", "neutral"),
    T("keyboard", "Wrong legends AGAIN",
      """I ordered the ISO-UK keycap set (order SC-9920) and received ANSI. Again. This is exactly what happened with my last order in February, when you apologised and said it was a one-off.

I'd like the right set sent, obviously, but I'd also like to know why your warehouse can't tell the two apart.

Amelia
""", "normal", "angry"),
    T("keyboard", "keyboard",
      """it stopped working""", "normal", "neutral", True),
    T("keyboard", "Love the board + a little idea",
      """Hey,

Built my SK75 over the weekend and it's the best thing I've typed on. The build guide was fantastic. One little idea for the future: a knob option for the top-right corner would be amazing. Anyway, thanks for making such a good kit!

Sol
""", "low", "positive"),

    # ================= amenity =================
    T("amenity", "Order SW-5531 for our reopening on Friday",
      """Hi Raj,

We reopen on Friday after the refurbishment and have 48 rooms booked for Friday night. Our order SW-5531 (3,000 guest kits and the refillable dispensers) was due on Tuesday. The tracking still shows it at your warehouse with the status "awaiting dispatch".

Without it we have no toiletries in any room. Can you confirm it will be delivered by Thursday, and if not, what can be sent to tide us over for the weekend?

Chloe Martin
General Manager, The Quayside Hotel
""", "high", "neutral"),
    T("amenity", "Mould in sealed conditioner bottles",
      """Hello,

A guest opened a sealed 40 ml conditioner bottle this morning and found black mould inside. She's a beauty blogger and says she'll post photos this evening, and her husband is talking about a solicitor's letter. We've since checked the store room and found three more bottles like it, all from batch CN-2404-17.

I'm very worried about how this will look and whether any guest has already used one. Can you tell me today whether that batch has a known problem, and what we should say to the guest?

Imogen Hart
Front Office Manager, Larchwood House
""", "high", "anxious"),
    T("amenity", "Dispenser samples",
      """Hello,

Could you send samples of the 300 ml wall dispensers in white and in brushed steel? We're comparing two suppliers for our spa rooms.

Thanks,
Oliver Nash
Purchasing, Greystones Spa Hotel
""", "normal", "neutral"),
    T("amenity", "VAT on invoice",
      """Hi,

Invoice SW-INV-4410 charges VAT at 20% on the whole order, but the guest toothpaste was zero-rated on previous invoices. Could you check and reissue if it's wrong? Same thing happened in March, for what it's worth.

Regards,
Chloe

Fwd for info:
---------- Forwarded message ---------
From: Accounts <accounts@thequaysidehotel.example>
To: Chloe Martin
Subject: SW invoice

Chloe, VAT looks off on the StayWell invoice again, can you ask them?
""", "normal", "neutral"),
    T("amenity", "Eco range for next year",
      """Hi Raj,

We're reviewing our amenities for next year's budget and would like to look at your eco range. Could you send the brochure and a price list when you get a chance? There's no deadline on our side yet.

Best,
Hannah
""", "low", "neutral"),
]
