from common import M

DATA = {
"wrap": [
    M("Got a fix-it ticket for my tint",
"""Hi,

You tinted the front windows on my Civic three weeks ago. Last night I got pulled over and the officer metered them at 19%. I'd asked for legal tint and was told 35% was what you put on.

The ticket says I have to show the windows corrected at the county inspection station by this Friday, or it turns into a $350 fine. I work Monday to Friday 8 to 5 and I honestly don't know how I'm supposed to fit this in.

Can you strip and redo them before Friday? What are my options?

Jess Moreno
(614) 555-0177
""", "high", "anxious"),
    M("4th email - van graphics for the expo",
"""Dana,

This is my fourth email since the 3rd about the graphics for our two Transit vans. Nobody has replied, and the phone goes to voicemail.

We paid the 50% deposit ($2,100) on March 1. The vans are supposed to be at the Home & Garden Expo on Monday morning with our branding on them. That's what we paid for.

I need to know today whether they'll be done by Saturday. If not, I want the deposit back so I can find someone who answers their phone.

Rick Hollis
Hollis Landscaping
""", "high", "angry"),
    M("PPF quote for a Model 3",
"""Hi there,

I'm picking up a new Model 3 next month and I'd like paint protection film on the front end (bumper, hood, fenders, mirrors). Could you give me a ballpark price and how long you'd need the car? I'm also wondering whether you'd recommend a ceramic coating on top.

Thanks,
Arjun
""", "normal", "neutral"),
    M("tint",
"""how much for tint
""", "normal", "neutral", True),
    M("Still looks brand new",
"""Hey Dana and crew,

Just wanted to say the satin blue wrap you did on my WRX two summers ago still looks brand new, even after two Ohio winters. People still ask me if it's paint.

No need to reply, just passing it along. I'll be back when I'm ready for a new color!

Kyle
""", "low", "positive"),
],
"kite": [
    M("50 kites for Field Day on Friday - tracking hasn't moved",
"""Hello,

I'm the PE teacher at Oak Hollow Elementary. I ordered 50 of the classroom diamond kites (order #SK-30912) on April 28 for our Field Day this Friday, May 16.

The tracking has said "Label created" since May 2. Field Day starts at 9 a.m. Friday, and the kites are the main activity for our 2nd and 3rd graders.

Can you tell me whether they've actually shipped, and if not, whether there's any way to get them here by Thursday afternoon? I'm starting to worry I'll have 120 kids and no kites.

Thanks,
Megan Sorensen
Oak Hollow Elementary
""", "high", "anxious"),
    M("Broken spar again",
"""This is the second Delta I've received with a cracked lower spar. The first one I returned in March, you sent a replacement, and it showed up with the same crack in the same place.

I'm starting to think your not checking these before they go out. I'd like a refund this time, not another kite.

Order #SK-29177
- Paul Whitaker
""", "normal", "angry"),
    M("Kite-building for a Cub Scout den",
"""Hi Skyline folks,

I'm a den leader for a group of nine Cub Scouts (ages 8-9). We'd love to do one of your kite-building workshops sometime in June, ideally a Saturday morning. Do you offer private group sessions, and what would it cost? We'd bring a few parents along to help.

Thanks!
Laura Kim
Pack 214
""", "normal", "neutral"),
    M("Is the 3 m power kite safe for my 12-year-old?",
"""Hi,

My son is 12 and has been flying single-line kites for years. He really wants the 3 m power kite for his birthday, but I read online that power kites can drag people.

He weighs about 90 pounds. Is that kite too much for him? I don't want to be the parent who buys something that ends up hurting him, but I also don't know enough about this to judge.

Thanks,
Nadia
""", "normal", "anxious"),
    M("Festival dates for next year?",
"""Hello,

We had a great time at the Harbor Kite Festival this year. Do you know the dates for next year's festival yet? We're planning our summer vacation around it, but there's no rush at all; whenever they're set is fine.

Best,
The Delgado family
""", "low", "neutral"),
],
"cups": [
    M("You charged me $90 for cups I returned",
"""I just got charged $90 for 30 "unreturned" cups from our office lunch order. We returned every single one at the Main St return bin on the 12th, and I have the scan confirmation emails for all of them.

That charge overdrew my checking account and now my bank is hitting me with a $35 overdraft fee on top. This is my personal card because the company card was at its limit.

I want the $90 back and the $35 fee covered. I've attached the scan confirmations.

Theo Banks
""", "high", "angry"),
    M("No pickup for 5 days - health inspection tomorrow",
"""Hi LoopCup,

This is Sam at Bean There on 4th Ave. We haven't had a cup pickup since last Wednesday, five days now. The return bin is overflowing and we have three crates of used cups stacked by our back door.

We have a county health inspection tomorrow at 10 a.m., and used containers sitting out like that could be written up as a violation.

Can someone collect them today before 6 p.m.? If not, please tell me where you'd like us to store them so we stay compliant.

Sam Ortiz
Bean There Coffee
(503) 555-0181
""", "high", "neutral"),
    M("Joining as a partner cafe",
"""Hello,

I run a small bakery cafe (about 80 to-go drinks a day) and I'm interested in joining LoopCup. What does it cost, how much space does the return bin need, and how long does onboarding usually take?

Thanks,
Irene
Crumb & Co.
""", "normal", "neutral"),
    M("Returned cups still showing as out",
"""Hi,

I dropped two cups in the return bin at Central Station on Sunday evening and the app still shows them as "out". The deposit deadline is Thursday.

I didn't get a scan confirmation email this time, so I'm a bit worried they didn't register and I'll lose the $6. Is there anything I can do to prove I returned them?

Thanks,
Mei
""", "normal", "anxious"),
    M("Idea: reward for returning quickly",
"""Hi LoopCup team,

Love the program. One idea: maybe give a small reward, like points toward a free drink, for returning cups within a day? It might get people like me to stop leaving them on our desks for a week.

Just a thought, no reply needed.
Jonah
""", "low", "neutral"),
],
"workbook": [
    M("Answer keys missing from our order - testing starts Monday",
"""Hello,

We received 150 copies of the Grade 8 Test Prep workbook (order #48590) yesterday, but the 6 teacher answer keys we ordered with them weren't in the shipment. The packing slip lists them as included.

Our state testing window opens this Monday, and the review sessions using these books start tomorrow. Without the keys, our teachers can't run the practice sessions as planned.

Is there any way to get PDFs of the keys today, with the print copies to follow? I'd be grateful for any help.

Dr. Renee Castillo
Assistant Principal, Westbrook Middle School
""", "high", "anxious"),
    M("Sample copy request",
"""Hi,

I teach 4th grade at a charter school in Tucson and I'm reviewing supplementary math materials for next year. Could you send a sample copy of the Grade 4 Math Practice workbook to the school? We're comparing three publishers and will decide in April.

Thank you,
Mr. Daniel Ochoa
Desert Sky Academy
""", "normal", "neutral"),
    M("Sales tax charged AGAIN",
"""Hello,

Your invoice #INV-22871 charges us sales tax again. We are a tax-exempt public school district, and our exemption certificate has been on file with you since last August. This is the second invoice in a row with this mistake, and our accounts payable office has already had to send one back.

Please reissue the invoice without tax. And please fix it in your system so I don't have to write this email a third time.

Carol Beaumont
Purchasing, Riverside Unified
""", "normal", "angry"),
    M("wrong books",
"""wrong books
""", "normal", "neutral", True),
    M("Suggestion for the next edition",
"""Hello Brightpath,

We use the Grade 2 Reading Workbook in our homeschool and like it a lot. One small suggestion for a future edition: a few more lines for the writing prompts would help kids who write big. Nothing urgent, just something to consider when you revise it.

Best,
Hannah Goldberg
""", "low", "neutral"),
],
"clock": [
    M("Grandfather clock movement lost in shipping",
"""Dear Mr. Greene,

I shipped the movement from my grandfather's Herschede tall case clock to you on October 2 via FedEx, insured for $4,000. FedEx now says it was delivered to your shop on October 4 and signed for by "R. Greene," but your assistant told me on the phone today that you have no record of it.

This clock has been in my family for three generations, and the movement can't be replaced. I'm worried sick that it's sitting in a back room somewhere or was taken by someone.

Could you please check with whoever signed for it? I'll need to open a claim with FedEx within the week if it isn't found.

Eleanor Marsh
""", "high", "anxious"),
    M("Fourth email - where is my clock?",
"""Walter,

I've written to you on March 4, March 20 and April 2 and haven't had a single reply. You've had my Seth Thomas mantel clock since February. When I dropped it off you said six weeks at most.

I'm not asking for anything unreasonable. I'd just like to know where my clock is and when I can have it back. If I don't hear anything by the end of the week, I'll come by the shop and collect it, finished or not.

Frank Delaney
""", "high", "angry"),
    M("Estimate for a cuckoo clock",
"""Hello,

I have a Black Forest cuckoo clock (about 14 inches tall, one-day movement) that runs, but the cuckoo door sticks halfway and the bird doesn't come out. I've attached three photos.

Could you give me a rough estimate and tell me whether I should bring it in or whether you do house calls?

Thanks,
Gina Russo
""", "normal", "neutral"),
    M("Thank you, and a winding question",
"""Dear Walter,

Thank you so much for bringing my father's mantel clock back to life. Hearing it chime again on Sunday morning made my whole week.

One question: how often should I wind it, and should I wind the chime side fully every time? I'm terrified of overwinding it after all your work.

With gratitude,
Margaret Ellis
""", "normal", "positive"),
    M("Cleaning schedule for a wall clock",
"""Hi,

No rush at all on this one. You serviced my Vienna regulator about three years ago and it's still keeping great time. How often do you recommend a cleaning for a clock like that? I'm thinking of booking something for next year, just trying to plan ahead.

Thanks,
Owen Pratt
""", "low", "neutral"),
],
"snack": [
    M("Employee reaction after eating from the nut-free box",
"""Hi SnackDrop team,

About an hour ago one of our employees, who has a tree-nut allergy, ate the chocolate wafer from our third-floor nut-free box and developed hives and throat tightness. She used her EpiPen and a coworker drove her to the walk-in clinic on Wabash.

The doctor there is asking for the full ingredient list and allergen statement for that wafer. Can you send the product name and ingredient information for everything in today's nut-free restock as soon as you can today? We've pulled the box and are keeping everything in it.

Lauren Pike
Office Manager, Kestrel Analytics
(312) 555-0152
""", "high", "anxious"),
    M("Adding the 4th floor",
"""Hi Chris,

We're moving our sales team (about 20 people) onto the 4th floor next month. Could we add a second snack box up there? Let me know the monthly cost and how soon you could set it up.

Thanks,
Erin
""", "normal", "neutral"),
    M("Missed restock - twice",
"""Hi,

For the second week running, nobody came to restock on Tuesday. Our box has been empty since Monday and my team has noticed.

We're paying for twice-weekly service. If this is going to be the norm, I need to know, because I'm the one who recommended you to leadership.

Dev Patel
Ops Lead, Lumen Studio

-----Original Message-----
From: SnackDrop Support <help@snackdrop.example.com>
Sent: Wednesday, May 7, 2025 4:12 PM
Subject: RE: No restock this week

Hi Dev, sorry about that! Our driver was out sick. You're back on the normal Tuesday/Friday schedule starting next week.
""", "normal", "angry"),
    M("Re: box",
"""is this still happening?
""", "normal", "neutral", True),
    M("Feedback from the team",
"""Hi SnackDrop,

Quick bit of feedback from our monthly survey: people love the savory options and asked whether you could add more protein bars. Not urgent at all; whenever you next review the lineup is fine.

Thanks!
Priya
""", "low", "neutral"),
],
"lines": [
    M("Fire lane not striped - fire marshal inspection Thursday",
"""Luis,

Our final fire inspection for the new medical office building at 2200 Cedar Park Dr. is this Thursday at 10 a.m. The fire lane along the east side still isn't striped or stenciled, and the marshal told us last week that he won't sign off without it.

Without his sign-off we don't get our certificate of occupancy, and four practices are scheduled to move in on Monday with patients booked.

Can your crew get it done Wednesday? Please confirm by the end of today so I can let the tenants know.

Marcus Hill
Project Manager, Brookline Construction
""", "high", "neutral"),
    M("Your crew never showed up",
"""You were supposed to be here at 6 a.m. today to stripe our lot. It's 10:30. No crew, no call, and your office line goes straight to voicemail.

We open to the public tomorrow at 9. We've spent $12,000 on advertising for this opening, and right now our parking lot is a blank slab of asphalt.

Call me. Today.

Angela Fox
Store Manager, FreshWay Market - Northgate
(512) 555-0166
""", "high", "angry"),
    M("Quote for parking lot striping?",
"""Quote for parking lot striping?
""", "normal", "neutral", True),
    M("Question about paint on customer cars",
"""Hi Luis,

Two of our tenants' customers say there are small white specks on their cars that weren't there before your crew restriped the lot on Saturday. They parked on the street like we asked, but the wind was strong that morning.

Is overspray something your insurance covers? How should I respond to them? They're asking me and I want to give them the right answer.

Gary Lowe
Property Manager, Maple Plaza
""", "normal", "neutral"),
    M("Budget estimate for next fiscal year",
"""Hello,

Our church is putting together next year's maintenance budget. Could you give us a rough figure for restriping our 80-space lot, including two ADA spaces? We wouldn't schedule the work until late summer at the earliest, so there's no hurry on this.

Thank you,
Deacon Robert Hayes
Grace Fellowship Church
""", "low", "neutral"),
],
"carpool": [
    M("Driver made me very uncomfortable",
"""Hi,

On my ride home yesterday, the driver (his profile says "Brent") kept asking personal questions about where exactly I live and whether I live alone, and he took a different exit than the app route without explaining. I got out at a gas station and called a friend.

The app has matched me with him again for tomorrow's 7:15 ride. I don't want to ride with him, and honestly I'm scared he knows where I live now.

How do I block him before tomorrow morning, and who do I report this to?

Kayla
""", "high", "anxious"),
    M("Someone changed my payout account",
"""Hello,

I'm a driver on RideMate. This morning I got an email saying my payout bank account had been updated. I did not make that change.

My weekly payout of $412 is scheduled to go out tonight at midnight. Please freeze payouts on my account until this is sorted out and tell me what I need to do to secure it.

Driver ID: D-88213
Marcus Webb
""", "high", "neutral"),
    M("Drivers cancelling last minute",
"""Three times this month a driver has cancelled on me less then 15 minutes before pickup. Each time I had to pay for a rideshare to get to work on time, which adds up to about $70 so far.

When riders cancel late we get a penalty. Why is there nothing on the driver side? It feels like the app only protects drivers.

Corinne
""", "normal", "angry"),
    M("Setting up the company plan",
"""Hi,

We signed the RideMate for Business agreement last week. What's the best way to invite our 140 employees? Is there a bulk upload, or does each person need to sign up on their own? Also, who on our side should be the admin?

Thanks,
Sofia Mendes
People Operations, Crane & Walsh
""", "normal", "neutral"),
    M("Feature idea",
"""Hi,

It would be great if the app could show how many seats are left in a car before I request a ride. Not urgent at all, just an idea.

Thanks,
Ben
""", "low", "neutral"),
],
"brush": [
    M("Eye swelling after using your eyeshadow brush",
"""Hi,

I started using your blending brush two days ago, and since this morning my right eyelid is swollen almost shut and very itchy. I haven't changed any of my makeup, only the brush.

I have a doctor's appointment at 4 p.m. today. Can you tell me before then what the bristles are made of, and whether they're treated with any dye or chemicals? I want to be able to tell the doctor exactly what touched my eye.

Thank you,
Olivia Grant
""", "high", "anxious"),
    M("Loving my brushes + a question",
"""Hi Fern & Fox!

I got the powder and blush brushes for my birthday and they're the softest things I've ever put on my face. Seriously, I'm obsessed.

Quick question: my sister wants to buy me the eyeshadow set for Christmas. Is it the same goat hair, or synthetic? I'd love to know before she orders.

Thanks!
Becca
""", "normal", "positive"),
    M("Shedding brush",
"""I paid $48 for your "heirloom quality" powder brush and it sheds every time I use it. I've washed it exactly teh way your card says. After a month there's a visible bald patch on one side.

For that price I expected better. What are you going to do about it?

- Tanya Ruiz
""", "normal", "angry"),
    M("order",
"""got the wrong one
""", "normal", "neutral", True),
    M("Will the fan brush come back?",
"""Hello,

I noticed the large fan brush is no longer on your site. Is it discontinued, or just out of stock? I'm in no hurry; I still have my old one. I'd just like to know whether to keep checking back.

Thanks,
Dominique
""", "low", "neutral"),
],
"salt": [
    M("Restaurant order lost - opening night is Friday",
"""Hi Ben,

I placed an order for 20 lb of your flake salt and 10 lb of smoked salt (order #SH-4471) two weeks ago for the opening of my restaurant, Tidewater Kitchen. The carrier now says the package was "damaged in transit and returned to sender."

We open this Friday with 90 covers booked, and the tasting menu is built around your salts. Could you ship a replacement overnight so it arrives by Thursday? I'll pay the overnight shipping.

Chef Lena Park
Tidewater Kitchen
(207) 555-0138
""", "high", "neutral"),
    M("Microplastics question - pregnant",
"""Hello,

I recently found out I'm pregnant and read that sea salt can contain microplastics. I've been using your flake salt daily for a year.

Do you test for microplastics or heavy metals? I'd really like to know whether I should keep using it. I know it's probably fine, but I can't stop thinking about it.

Thank you,
Sarah
""", "normal", "anxious"),
    M("Corporate gift order",
"""Hi there,

We'd like to send your three-salt gift tin to about 35 clients in December. Do you offer bulk pricing, and can you include a printed card with our company logo? We'd need them delivered by December 12.

Thanks,
Michelle Tran
Harborview Financial
""", "normal", "neutral"),
    M("Charged after I cancelled",
"""I cancelled my subscription on August 28, and I have the confirmation email. I was still charged $24 on September 15 and a box showed up.

I don't want the box and I shouldn't have been charged for it. Please refund me and make sure I'm actually cancelled this time.

Greg Foley
""", "normal", "angry"),
    M("Best salt I've ever had",
"""Hi Saltmarsh team,

I just wanted to tell you that your flake salt has ruined all other salt for me. My husband now brings a little tin of it when we go out to eat. (Don't tell the restaurants.)

Keep doing what you're doing!
Joanne
""", "low", "positive"),
],
"fence": [
    M("Horse caught in the poly-tape fence",
"""Hello,

This evening one of our horses spooked and got tangled in the electric poly-tape you sold us last month. The tape didn't break; it wrapped around her hind leg and she has a deep cut above the hoof. The vet is on his way.

We have three more horses in that paddock. Is this tape supposed to break away under load? Should I take the whole line down tonight? I need to know what's safe before I turn the others out in the morning.

Claire Donovan
Donovan Stables
""", "high", "anxious"),
    M("Energizer died - harvest starts Monday",
"""Hi Kelly,

Our 6-joule energizer (bought from you in April) stopped working on Tuesday night. By Wednesday morning wild hogs had torn through about a quarter of our sweet corn.

We start picking Monday for our farmers' market and CSA customers. If the hogs get in two more nights, there won't be much left to pick.

Can you ship a replacement or a loaner to arrive by Saturday? I'll sort out the warranty paperwork afterwards.

Tom Reyes
Reyes Family Farm
""", "high", "neutral"),
    M("Quote for deer fencing",
"""Hello,

I have a 2-acre vegetable plot and deer have become a real problem this year. Could you quote a complete electric fencing kit (energizer, posts, wire or tape) for roughly 1,200 feet of perimeter? I can install it myself.

Thanks,
Harold Jenkins
""", "normal", "neutral"),
    M("Wrong insulators - again",
"""Second order in a row where you've sent the wrong insulators. I ordered 100 T-post insulators and got 100 ring insulators, which don't fit T-posts. Last month it was the wrong gauge of wire.

I lost a Saturday waiting on this order. Send the right ones and a return label, and please double-check before it goes out this time.

Walt Brennan
""", "normal", "angry"),
    M("Planning for next spring",
"""Hi,

We're planning to fence a new pasture next spring, about 5 acres for goats. No rush on this; I'm just starting to research. When you have a moment, could you tell me whether you'd suggest netting or multi-strand wire for goats?

Thanks,
Amy Schultz
""", "low", "neutral"),
],
"maps": [
    M("Map shows a bridge that washed out - group trip this weekend",
"""Hello,

The Cascade Crest map (3rd edition) shows a footbridge over Miller Creek on the Lost Lake loop. I was there last weekend: the bridge is gone, washed out, and the creek is running high and fast. I saw two hikers try to wade it.

I'm leading a youth group of 12 on that loop this Saturday and had planned the route around that crossing. Other people using your map will do the same.

Do you know about this? Can you put a warning in the app before the weekend?

Daniel Cho
""", "high", "anxious"),
    M("Bulk order for our hiking club",
"""Hi Trailhead,

Our hiking club would like to order 25 copies of the Cascade Crest map for new members. Do you offer a club discount, and can you invoice us instead of charging a card?

Thanks,
Patricia Nolan
Treasurer, Evergreen Trail Club
""", "normal", "neutral"),
    M("app",
"""app broken
""", "normal", "neutral", True),
    M("Charged after cancelling Pro",
"""I cancelled my Pro subscription in the app on June 2, and the app confirmed it. On June 15 I was charged $39.99 for another year anyway.

This kind of thing is exactly why people hate subscriptions. I want the charge reversed.

Nate Summers
""", "normal", "angry"),
    M("Thank you for the Olympic Peninsula map",
"""Hi Jen and team,

I just got back from a week on the Olympic Peninsula coast, and your tide-crossing notes on the map were spot on. They saved us from a very wet afternoon at least twice.

No need to reply. Just wanted you to know the work is appreciated.

Rosa
""", "low", "positive"),
],
}
