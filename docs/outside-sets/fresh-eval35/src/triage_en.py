from triage_common import T, H, N, L, ANG, ANX, NEU, POS

# Written independently of the Japanese mails: different situations, people and stakes.
TRIAGE_EN = [
# ======================= soundproof =======================
T("soundproof", H, ANX, "Noise notice from our landlord - 7 days", """
Hi Jordan,

We spoke in March about soundproofing the back bedroom where my son practises drums. You said you'd be in touch with a date and we haven't heard anything since.

This morning the letting agent hand-delivered a formal noise notice. It says that if the problem isn't dealt with within 7 days (so by next Tuesday) they will start proceedings to end our tenancy. We have two kids and nowhere else to go.

Is there any way you can get us in this week, even if it's just the door and the wall on the neighbours' side? We'll take whatever slot you have.

Thanks,
Aisha Begum
07700 900632
"""),
T("soundproof", N, NEU, "Quote for a podcast booth in a garage", """
Hello,

I'm after a quote for a small recording booth inside a detached single garage (roughly 2.4m x 5m, concrete floor, up-and-over door). It's for two people recording a weekly podcast, so mostly speech, no instruments.

I'm flexible on whether it's a modular booth or built-in. Could you give me a rough price range for both and let me know whether you'd need to come and look first?

Cheers,
Rob Kettering
"""),
T("soundproof", N, ANG, "State of the hallway after Tuesday", """
Hi,

Your team finished the studio wall on Tuesday and the wall itself looks good. The problem is everything around it.

There are scuffs and a long scrape down the hallway paint where the plasterboard was carried in, plaster dust trodden into the stair carpet, and a cracked light switch plate that definitely wasn't cracked before. Nobody mentioned any of this when they left.

I was told at the quote stage that you "leave the place as you found it". I'd like to know how you're going to put this right.

Helen Morrow
"""),
T("soundproof", N, NEU, "booth", """
how much for one?
""", terse=True),
T("soundproof", L, POS, "Booth is brilliant + a small question", """
Hi Jordan,

Just wanted to say the vocal booth has been a game changer - I recorded a full audiobook chapter last night with a bin lorry going past outside and you can't hear a thing.

Small question whenever you get a chance: what's the best way to clean the foam panels? They're starting to collect a bit of dust. No hurry at all.

Nadia
"""),
# ======================= electric =======================
T("electric", H, ANX, "Half the house has no power - dad on home dialysis", """
Hello,

Since about 6am half the sockets in my parents' house have gone dead, including the bedroom where my dad's home dialysis machine is. The trip switch won't stay up - it snaps straight back down.

He's due on the machine tonight at 9pm and it can't be skipped. We've run an extension lead from the kitchen for now but the renal nurse isn't happy with that as a long-term setup.

Can someone come out today? Address is 14 Larchfield Road, Heaton. I'm there all day.

Sarah Whitlock
07700 900218
"""),
T("electric", H, ANG, "Third email - EICR certificate, sale completes Friday", """
Mark,

This is the third time I'm asking for the electrical certificate for the rewire you did in January.

I emailed on the 2nd and the 9th and phoned the office last Thursday. Each time I was told it would be "sent over today". It hasn't been.

Our house sale completes this Friday. The buyer's solicitor has said in writing that they will not exchange without the certificate. If this falls through because of a missing PDF, I will be holding your company responsible for the costs.

Please send it today.

Gareth Pryce

> On 9 Apr, Gareth Pryce wrote:
> Hi Mark, just chasing the certificate again - the solicitors are asking.
"""),
T("electric", N, NEU, "Garden lighting quote", """
Hi there,

We'd like some low-level lighting put in along the garden path (about 15 metres) and two outdoor sockets on the back wall of the house for a patio heater and the lawnmower.

Could you give us a ballpark price? We're in no rush to have it done before the spring but would like to budget for it.

Thanks,
Claire & Ian Mottram
"""),
T("electric", N, ANG, "No-show this morning", """
Hi,

I took the morning off work for your electrician to come and look at the bathroom extractor fan. Booked for 8-12. Nobody came and nobody called.

When I rang at 12:30 I was told he'd been "moved to another job". Fine, things happen, but a text would have taken ten seconds.

I still need the fan looked at. Can you rebook me for a Saturday, and this time actually turn up?

Dev Patel
"""),
T("electric", L, NEU, "Smart switches - thinking ahead", """
Hi,

Not urgent at all - we're thinking about replacing the light switches with smart ones sometime next year when we redecorate.

Is that something you do, and do the older back boxes usually need changing? Just trying to get a feel for it before we plan anything.

Thanks,
Tom
"""),
# ======================= selfpub =======================
T("selfpub", H, NEU, "Barcode on the back cover scans as a different book", """
Hi Oliver,

The Waterstones buyer for our region has just told me that when they scan the barcode on the back of "Letters from the Fens", it comes up as a cookery book. I checked with an app and she's right - the barcode doesn't match the ISBN printed above it.

She's happy to stock it in six branches, but their buying window for the spring local-authors table closes on the 30th, and they won't take copies with a wrong barcode.

Could you tell me by the end of this week whether you can reprint the covers (or sticker them) before the 30th? If not, I'll have to tell her now so she can offer the space to someone else.

Margaret Hale
"""),
T("selfpub", N, NEU, "Ebook version?", """
Hello,

You printed my late husband's walking guide two years ago. A few people have asked whether there's an ebook version. Could you convert the existing files into an ebook, and roughly what would that cost? I'd also like to know whether it would get its own ISBN.

Best wishes,
Jean Aldous
"""),
T("selfpub", N, ANX, "Could I get into trouble over my memoir?", """
Hi,

I've nearly finished my memoir and I'm hoping to publish with you later this year. The thing that's keeping me up at night is that several chapters are about my time working at a care home, and some of the people I describe (managers, mostly) did things that weren't OK.

I've changed their names, but anyone who worked there would know who they are. I'm frightened that one of them could sue me, and I really can't afford a lawyer.

Do you check manuscripts for this kind of thing, or can you tell me what I should do before it goes to print?

Thank you,
Sandra
"""),
T("selfpub", N, NEU, "Printing", """
Can you do my book?
""", terse=True),
T("selfpub", L, NEU, "Poetry?", """
Hi,

I'm just curious - do you ever publish poetry collections, or is it mainly prose? I don't have a project ready yet, it's more something I'm mulling over for the next couple of years.

Regards,
Owen Price
"""),
# ======================= narration =======================
T("narration", H, ANG, "4th email: deposit paid six weeks ago, no session date", """
To whoever is reading this,

We paid a £3,000 deposit on 2 September for narration on our twelve safety-training modules. Six weeks later there is still no recording date.

I have now emailed Ruth three times and left two voicemails. The only reply, on 19 September, said "we'll confirm dates this week".

Our compliance deadline means the modules have to be live by the end of next month. If I don't have a confirmed session date by Friday, I'll be asking for the deposit back and going elsewhere, and I'll want it back in full.

Marcus Greene
Learning & Development Lead, Fenwick Logistics

-----Original Message-----
From: Marcus Greene
Sent: 30 September
Subject: RE: Recording dates

Hi Ruth, any news on dates? We're starting to get nervous about the timeline.
"""),
T("narration", N, NEU, "Audiobook narration - non-fiction, approx. 9 hours", """
Hi,

I have a non-fiction book (about 78,000 words, popular history) that I'd like to turn into an audiobook for Audible and other platforms.

Do you offer narration plus editing and mastering to ACX standards? I'd be interested in a male narrator with a neutral British accent. I'd also like to know whether you charge per finished hour.

Kind regards,
Dr Philip Amos
"""),
T("narration", N, POS, "Loved the demo - can we book module 2?", """
Hi Ruth!

Our team listened to the demo for module 1 this morning and everyone loved it. Josh's delivery is spot on - warm but still clear on the technical bits.

We'd like to book the same voice for module 2 (script attached, about 14 minutes). Sometime in the next month would be perfect.

Thanks so much,
Priya
"""),
T("narration", N, ANX, "Voicing my own ad - bit nervous", """
Hello,

I run a small bakery and I've booked a session with you on the 18th to voice my own radio advert. Now that it's getting closer I'm honestly quite nervous - I've never done anything like this and I hate the sound of my own voice.

Is it OK if I bring notes, and will someone help me if I keep messing up? I'm worried I'll freeze and waste the whole hour you've booked.

Jenny
(Crumb & Co)
"""),
T("narration", L, NEU, "Raw files from 2021", """
Hi,

Do you still keep the raw recordings from a job we did with you in 2021 (project "Harbour Walk", for the museum)? We don't need them now - we're just tidying our archive and wanted to know whether a copy exists anywhere.

Whenever you have a moment.

Best,
Lucy, Seaton Museum
"""),
# ======================= restore =======================
T("restore", H, NEU, "Condition report needed before the loss adjuster's visit", """
Dear Clare,

Following the kitchen fire at our home last month, the insurers' loss adjuster is visiting on Monday morning to assess the contents claim.

The most valuable item is the smoke-damaged portrait you collected from us on the 3rd. The adjuster has asked for a written condition report and treatment estimate from the conservator before Monday; without it, he says the painting will be valued as "total loss pending evidence", which would greatly reduce what we can claim.

Could you send even a preliminary report by Friday? A PDF by email is fine.

With thanks,
Dr Hugh Ashworth
"""),
T("restore", N, NEU, "Torn watercolour", """
Hello,

I have a small Victorian watercolour (about 30 x 20 cm) with a 4 cm tear near the bottom edge. It's unframed and the paper is slightly yellowed.

Is this something you could repair? I'd love a rough idea of cost and how long you'd need it for. I can bring it in on a weekday.

Many thanks,
Eleanor Voss
"""),
T("restore", N, ANG, "Your revised quote", """
Clare,

When I brought the seascape in, you quoted £1,400. Today I received a "revised estimate" for £2,850.

I understand that things are found once work starts. But the painting is now on your bench, half-cleaned, which leaves me with very little choice, and nobody rang me before the extra work was started.

I'd like a proper explanation, item by item, of why the cost has doubled.

R. Lindqvist
"""),
T("restore", N, ANX, "A flake came off in the car", """
Hi,

I collected my mother's portrait from you on Saturday and it looks wonderful. But when I got it home I noticed a small flake of paint (about the size of a grain of rice) in the bottom of the bubble wrap.

I'm worried I damaged it on the journey, or that more will come off. I can't see where it came from. Should I be doing something? Should I bring it back?

Thanks,
Anna
"""),
T("restore", L, POS, "Back on the wall", """
Dear Clare,

The landscape is back in the hall and it looks marvellous. The grandchildren keep spotting things in it they'd never noticed before - the little boat in the corner was a revelation.

Thank you, and please pass our thanks to the whole studio. No need to reply.

Hugh & Margaret Ashworth
"""),
# ======================= bftravel =======================
T("bftravel", H, ANG, "Airline broke my wife's wheelchair - stuck in Rome hotel", """
Sofia,

We landed in Rome yesterday afternoon and my wife's power chair came off the plane with the joystick snapped off and one of the wheels bent. She cannot use it at all.

The airline gave us a reference number and a flimsy manual chair that she can't propel herself. We're here for five more days and she hasn't left the hotel room since we arrived.

We booked with you precisely so that someone would sort out this kind of thing. I've rung your office twice this morning and got voicemail both times.

I need you to get us a replacement power chair hired locally today, and deal with the airline. Please ring me on +44 7700 900471.

David Halloran
"""),
T("bftravel", H, ANX, "Cruise tender hoist - sailing Thursday", """
Hi Sofia,

Sorry to bother you again. We sail on Thursday and I still haven't had confirmation about the tender boats at Santorini and Mykonos.

My son (14) uses a manual wheelchair and can't do steps. When I booked you said you'd check whether the ship's tenders have a hoist or ramp. If they don't, he'll be stuck on board for two of the four ports, which he'd be heartbroken about, and I'd rather know now so I can prepare him.

Is there any news? Even a "we don't know yet" would help.

Thanks,
Kerry Nash
"""),
T("bftravel", N, NEU, "Group trip for a wheelchair basketball club", """
Hello,

I coordinate a wheelchair basketball club in Leeds. We'd like to take 10 players plus 4 staff to a tournament in Amsterdam next September (3 nights).

Could you put together a rough quote for accessible hotel rooms (at least 10 wheelchair-accessible rooms, ideally in one hotel), accessible transfers, and rail or flights?

Many thanks,
Jonah Whitfield
Leeds Rollers WBC
"""),
T("bftravel", N, ANG, "\"Fully accessible\"?", """
Hi,

Your website lists the Douro Valley tour as "fully accessible". The detailed itinerary PDF then mentions "a short climb of 12 steps to the quinta terrace" on day 2 and "cobbled lanes unsuitable for wheelchairs" on day 3.

I haven't booked, and now I won't. But I'm tired of spending hours reading small print because companies that should know better use "fully accessible" to mean "mostly accessible if someone carries you".

Please fix the listing.

Rhiannon Jeffs
"""),
T("bftravel", L, NEU, "Suggestion: sensory-friendly trips", """
Hello,

I filled in your feedback survey after our Cornwall trip but ran out of space, so here's the rest.

It would be great if you offered some trips designed for autistic travellers - quieter accommodation, time slots at attractions outside peak hours, that sort of thing. Our daughter would love more of that.

Just a suggestion for the future - no reply needed.

Best,
Mel Okoro
"""),
# ======================= doula =======================
T("doula", H, ANX, "My wife's bleeding has got heavier", """
Hi Lou,

Sorry to email, I couldn't get through on the phone. Grace gave birth 9 days ago. Since this morning her bleeding has got a lot heavier - she's soaked through two pads in the last hour and she says she feels dizzy.

We've rung the midwife's number twice but it goes to voicemail. Sam isn't due until tomorrow morning.

I don't know if this is normal or if I should be taking her to A&E. Can Sam or someone call us back right now? 07700 900555.

Ben
"""),
T("doula", H, ANG, "Night doula cancelled AGAIN - I'm back in theatre tomorrow", """
Lou,

At 8pm tonight, two hours before the shift, Priyanka texted to say she can't come. That's the second late cancellation in ten days.

We have three-week-old twins. I'm back at work tomorrow - I'm a surgeon with a full operating list at 7:30am - and my husband is recovering from a C-section and physically cannot do the night feeds on his own.

You sold us this package on the basis that there is always backup cover. Where is it? I need someone here by 10pm tonight, and I need a call back in the next half hour.

Dr Alicia Moreno
"""),
T("doula", N, NEU, "Booking for an April baby", """
Hi there,

We're expecting our first baby in mid-April and would like to book postnatal support - probably daytime visits, three mornings a week for the first six weeks.

Could you send over your rates and let us know what availability you have around then?

Thanks,
Hannah & Jo
"""),
T("doula", N, ANX, "Is this something you can help with?", """
Hi,

I'm not sure if this is the right place to ask. My daughter is 5 weeks old and I love her, I think, but I don't feel that rush people talk about. I look after her and do everything right but it feels like I'm babysitting someone else's child.

I'm scared that something is wrong with me, and I'm too embarrassed to tell my health visitor.

Do your doulas help with this sort of thing, or is it something else I need?

C.
"""),
T("doula", L, POS, "Thank you, and a review?", """
Hi Lou,

Our last session with Sam was on Friday and I wanted to say thank you. Those first six weeks would have been so much harder without her.

Is there somewhere I can leave a review? I'd love to recommend you to the other parents in my NCT group. Whenever you get a chance.

Grace
"""),
# ======================= choco =======================
T("choco", H, ANX, "Wedding favours going back to sender - wedding is Saturday", """
Hi Hannah,

The courier has just emailed me to say they couldn't deliver our 120 wedding favour boxes because "the recipient has moved". I checked the order and it's gone to my old flat - I'm so sorry, I must have left the old address saved on my account.

The tracking now says "returning to sender". The wedding is this Saturday, in four days.

Is there any way to stop the return and redirect them to 22 Birch Avenue, or to make another batch in time? I'll pay whatever it costs. I'm panicking a bit.

Priya Sharma
07700 900784
"""),
T("choco", H, ANG, "You've charged me three times - £540 gone", """
Hello,

I placed ONE order on your website on Sunday (order #CT-4471, £180). My bank app now shows three separate payments of £180 to Cocoa & Thistle, all on the same day.

That's £540 out of my account, and my rent goes out on Monday. There isn't enough left to cover it.

I want the two duplicate payments refunded now, and I want written confirmation today that it's been done so I can show my bank.

Ryan Doyle
"""),
T("choco", N, NEU, "Vegan options", """
Hi,

Do you make any vegan chocolates, and are they made separately from the milk chocolate? I'd like to order a box for a friend's birthday in a few weeks. She's vegan for ethical reasons rather than an allergy, so traces aren't a problem.

Thanks,
Zoe
"""),
T("choco", N, NEU, "Order", """
where is it
""", terse=True),
T("choco", L, NEU, "Tasting classes?", """
Hello!

Do you ever run chocolate-tasting or truffle-making classes? I was thinking it might be a fun thing to do for my 40th, which isn't until next October, so I'm just gathering ideas for now.

Many thanks,
Louise
"""),
# ======================= scan =======================
T("scan", H, ANX, "Parcel shows delivered to you 5 days ago - claim deadline Thursday", """
Hello,

On the 3rd I sent you a box containing about 30 years of our family's photographs and negatives - the only copies that exist. The courier's tracking says it was delivered to your unit on the 5th and signed for by "K. Ellis".

When I rang yesterday, I was told you have no record of receiving it.

The courier says any lost-parcel claim has to be filed within 7 days of the delivery date, which is this Thursday, and they need a written statement from you about whether you received it.

Could you please search for it, and tell me in writing before Thursday whether it's there? I feel sick thinking these might be gone.

Margaret Fielding
"""),
T("scan", N, NEU, "Quote for 40 archive boxes of invoices", """
Hi,

We're a small accountancy practice moving to paperless. We have around 40 standard archive boxes of client invoices and correspondence from 2016-2022.

Could you quote for scanning to searchable PDF, one file per client folder, with secure destruction of the originals afterwards? We'd also need to know how you handle confidentiality.

Regards,
Simon Hale
Hale & Barker Accountants
"""),
T("scan", N, ANG, "One 3,000-page PDF?!", """
Hi,

I've just downloaded the scans of my late father's letters and it's one single PDF of over 3,000 pages, with no bookmarks and files named "scan_0001" etc. inside a zip as well.

The order form clearly asked for "one file per year" - I ticked that box. Trying to open this crashes my laptop.

I'm not paying extra to have it done the way I originally asked. Please split it properly.

Jonas Berg
"""),
T("scan", N, NEU, "scanning", """
slides?
""", terse=True),
T("scan", L, NEU, "Charity discount?", """
Hello,

I volunteer with a local history society. Next year we're hoping to digitise our collection of parish magazines from 1920-1980 (roughly 600 issues).

Do you offer any discount for charities or community groups? We haven't applied for funding yet, so this is just early research.

Thank you,
Peter Lowe
Hollingbourne Local History Society
"""),
# ======================= tsushin =======================
T("tsushin", H, ANG, "4th time asking - Callum still locked out, portfolio due Friday", """
To the admin team,

This is my fourth message about my son Callum Reid (Year 12) being locked out of the learning platform. It started last Monday after the password reset.

I've used the support form twice and emailed this address once. The only reply was an automated ticket number.

He has now missed a week of lessons, and his art coursework portfolio has to be uploaded by this Friday or it won't be marked this term. He's sitting at home unable to do anything.

I'm paying for a school that he currently can't attend. Someone needs to sort this out and phone me today.

Fiona Reid
07700 900340
"""),
T("tsushin", N, NEU, "Enrolment for a student moving from Spain", """
Dear Admissions,

We're relocating from Madrid to the UK in January and are looking at your school for our son Mateo, who will be 16. He has been in a Spanish state school, so he's studied a different curriculum.

Could you tell us how you assess placement for students from abroad, and whether he can join mid-year?

Kind regards,
Laura Ortega
"""),
T("tsushin", N, ANX, "Worried about Ellie", """
Dear Ms Rowe,

I've just looked at Ellie's progress page for the first time in a while and she hasn't submitted anything in three weeks. When I asked her, she said everything was fine and she was "on top of it".

I'm worried that she's struggling and hiding it from me. She's been very withdrawn since we moved, and I don't know whether to push her or give her space.

Could we have a chat about how she's really doing?

Thank you,
Sam Carter
"""),
T("tsushin", N, NEU, "login", """
doesnt work
""", terse=True),
T("tsushin", L, POS, "Thank you to Mr Hughes", """
Hi,

I just wanted to pass on our thanks to Mr Hughes. Our daughter was really struggling with chemistry and he spent extra time after the live sessions going through it with her. She got a 7 in her mock!

No need to reply - we just wanted someone to know.

The Okafor family
"""),
# ======================= detective =======================
T("detective", H, ANX, "Possible tracker on my car", """
Hello,

I left my husband three weeks ago and I'm staying with a friend. Twice now he has turned up at places I'd driven to, places I hadn't told anyone about. My friend thinks there might be a tracker on my car.

Tomorrow morning I'm driving to my sister's in Bristol, and I can't let him find out where she lives.

Can someone check the car today? I can bring it anywhere in the city. I'd rather not put my address in an email.

J.
"""),
T("detective", H, NEU, "Suspected leak of client data - board meets Thursday", """
Dear Mr Reyes,

I'm the operations director of a mid-sized recruitment firm. Over the past month, three of our clients have told us a competitor contacted them with details that only appear in our internal CRM, including salary bands and candidate names.

We suspect a current employee is passing data on. Our board meets on Thursday to decide on notifying the ICO and our clients, and we need to know before then whether this can be investigated discreetly (device forensics, and possibly surveillance).

Could we speak tomorrow? I'm available all day on 0161 496 0733.

Regards,
Andrew Kemp
"""),
T("detective", N, NEU, "Tracing a former tenant who owes rent", """
Hi,

A former tenant left one of my flats last year owing £4,200 in rent. I have a county court judgment but no forwarding address.

What would it cost to trace her current address so the judgment can be enforced? I have her full name, date of birth and last known employer.

Thanks,
Graham Ince
"""),
T("detective", N, NEU, "need help", """
with my husband
""", terse=True),
T("detective", L, NEU, "Speaker for our neighbourhood watch?", """
Hello,

I chair a small neighbourhood watch group. Some members suggested inviting a private investigator to give a talk on personal safety and scams at one of our meetings next year.

Is that something you or a colleague would ever do? No fixed date yet - I'm just testing the water.

Best wishes,
Brenda Haworth
"""),
# ======================= akiya =======================
T("akiya", H, ANX, "Front door open at Mum's house - I'm in Singapore", """
Hi Tom,

My mum's old neighbour has just messaged me on WhatsApp to say the front door at 7 Hollins Lane is standing open. She didn't want to go in on her own.

I'm in Singapore and it's the middle of the night here. I've no idea whether someone has broken in or whether the door just wasn't shut properly after your last visit. Mum's jewellery and all the family papers are still in the house.

Can someone get over there today and check? I've asked the neighbour not to go in.

Thank you,
Chidi Okafor
"""),
T("akiya", H, NEU, "Heating oil may have run out - hard frost tonight", """
Hi Tom,

The forecast for tonight in the village is minus 8. Looking at the oil delivery records, I think the tank at Hollins Lane might be almost empty - the last top-up was in October and the boiler has been on frost protection since.

If the heating goes off tonight, I'm worried the pipes will freeze and burst, like what happened to the house next door last winter.

Could someone check the tank gauge today and, if it's low, let me know so I can order an extra delivery? I'll pay the call-out fee.

Chidi
"""),
T("akiya", N, NEU, "Changing the locks next month", """
Hello,

The tenant at my property on Mill Street moved out at the end of last month and didn't return one of the keys. Could you arrange for a locksmith to change the front and back door locks sometime next month, and keep a set of the new keys with you?

Please let me know the likely cost first.

Kind regards,
Ruth Anand
"""),
T("akiya", N, ANG, "Same photos as last month?", """
Tom,

I've just compared this month's visit report with last month's. Four of the six photos are identical - same light, same pile of post on the mat, same angle. Even the calendar on the kitchen wall is showing the same page.

I pay £65 a month on the understanding that somebody actually goes into the house. Either there's been a mix-up with the files, or nobody went.

I'd like an explanation, and the real photos from this month's visit.

Ruth Anand
"""),
T("akiya", L, NEU, "Skipping August?", """
Hi Tom,

I'll be staying at the house myself for most of August, so there's probably no need for a visit that month. Can the August visit be skipped, and would that come off the bill?

Nothing needs sorting soon - just letting you know well ahead.

Chidi
"""),
]
