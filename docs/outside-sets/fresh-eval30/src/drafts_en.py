# en reply drafts (written independently of the ja drafts)
D = [
("umbrella", "Repair quote for your walking umbrella: $42, ready 19 November", """Hi Martin,

Thanks for sending in your walking umbrella. Here is the repair quote before we start work.

- Two replacement ribs: $36
- Re-seating the ferrule: $6
Total: $42, and it would be ready to post back on 19 November.

If you're happy with that, just reply "go ahead" and we'll start on Monday. If not, we'll post it back unrepaired at no charge.

Best,
Dana
Brolly & Co. Repairs
""", []),
("fpen", "Your pen is on its way back", """Dear {first_name},

Good news: your {pen_model} has been through the workshop and went out in today's post.

We smoothed the nib, replaced the converter seal and tested it with three different inks. The tracking number is RM 2208 4431 GB.

Happy writing,
Owen
The Nib Hospital
""", ["placeholder_left"]),
("linen", "Short delivery on Friday - apology and what we've changed", """Hi Priya,

I'm sorry that Friday's delivery to The Copper Pot arrived 60 napkins and 12 aprons short. That left your team scrambling before service, and it shouldn't have happened.

The cause was on our side: a new packer used last month's order sheet for your account.
Our driver dropped off the missing items at 2 p.m. the same day, and I've taken the full cost of Friday's delivery off this month's invoice.
From this week, every order is checked against the live order list by a second person before the van is loaded.

Sorry again,
Graham
Fresh Fold Linen Services
""", []),
("foodtruck", "Summer season news from Riverside Street Food", """Hi Jo,

What a spring! Our May night market drew over 4,000 visitors, and the dumpling stall queue went round the block twice. We're adding a live music stage for July and extending the Saturday markets to 11 p.m.

We've also had some lovely feedback about your tacos - three people mentioned them by name in our survey.

One more thing: the council now requires every trader's public liability certificate on file before a pitch can be confirmed, so we'll need yours by 30 May to keep your July spots.

Cheers,
Sam
Riverside Street Food
""", ["purpose_not_upfront"]),
("indigo", "Booking confirmed: indigo workshop, Saturday 8 June, 10:00 (2 people)", """Hi Ellie,

Your booking for two places on the indigo dyeing workshop on Saturday 8 June, 10:00-12:30, is confirmed.

The $120 fee is paid, and each of you will dye a cotton scarf and a tea towel to take home. Indigo stains skin and fabric for a few days, so old clothes are a good idea; we provide gloves and aprons.

The studio is at 14 Mill Lane, and there's free parking in the yard.

See you then,
Kenji
Blue Vat Studio
""", []),
("hosting", "Apology for yesterday's outage", """Hello Mr Okafor,

We're very sorry that your websites were unavailable yesterday between 14:10 and 16:55. We know that for an online shop three hours of downtime means lost orders.

Service was fully restored at 16:55, and we have added a credit of one month's hosting ($29) to your account.
We are also adding a second, independent power feed to that server rack, which will be in place by the end of the month.

Kind regards,
Lena
NorthPeak Hosting Support
""", ["apology_incomplete"]),
("hosting", "Your server move on 12 March, 01:00-02:00 - no action needed", """Hi Tom,

We're moving your site to a new server on 12 March between 01:00 and 02:00 (UK time), and you don't need to do anything.

During that hour the site will stay online, but the admin area will be read-only, so please avoid publishing posts in that window - changes made then would not be carried across.
Your IP address will change, but your DNS is managed by us and will be updated automatically.

If anything looks wrong afterwards, reply to this email and it goes straight to the engineer on shift.

Regards,
Lena
NorthPeak Hosting Support
""", []),
("docstore", "Confidential shredding collection booked", """Dear Ms Reyes,

Your confidential shredding collection has been booked.

Collection date: [DATE]
Number of consoles: 6
Driver: [DRIVER NAME]

Our driver will show photo ID before taking any material, and you will receive a certificate of destruction within 5 working days of collection.

Kind regards,
Archive Point Records
""", ["placeholder_left"]),
("fonts", "Re: using Harbour Sans in our mobile app", """Hi Chris,

Embedding in apps is not covered by the desktop licence, as anyone who reads the licence page would know.
We don't make exceptions and don't discuss custom terms for individual customers.

Regards,
Type Foundry Halden
""", ["condescending", "dismissive"]),
("fonts", "Quote to upgrade your licence to 25 seats", """Hi Aisha,

Here's the quote you asked for to move your studio licence from 10 to 25 desktop seats.

Current licence: 10 seats, paid until 31 August.
Upgrade to 25 seats: $540, pro-rated to your renewal date.
From September the annual price for 25 seats is $1,200.

If you reply to accept, we'll send an invoice the same day and the extra seats go live as soon as it's paid.

Best,
Mikael
Type Foundry Halden
""", []),
("bagrepair", "Sorry about the strap on your satchel", """Hi Rosa,

I'm really sorry that the new strap on your satchel came away from its buckle after only two weeks.

We looked at the photos you sent, and the stitching at the buckle end was done with the wrong thread weight - too light for a load-bearing strap. That's our mistake.

I've sent a prepaid label; once the satchel reaches us, we'll restitch the strap with the correct thread at no charge and post it back within 3 working days.

Best wishes,
Ivan
Stitch & Hide Repairs
""", ["apology_incomplete"]),
("bagrepair", "Your briefcase: new handle fitted, $55 - collect from Thursday", """Hi Declan,

Your briefcase is ready: the new handle is fitted and the brass fixings have been polished.

The total is $55, payable on collection. You can pick it up any time from Thursday between 10 a.m. and 6 p.m. at our shop at 3 Harbour Street.

If you'd rather have it posted, it's $9 by tracked courier - just let me know and I'll send a payment link.

Cheers,
Ivan
Stitch & Hide Repairs
""", []),
("kaiseki", "Your reservation at Kiyomizu", """Dear [Guest name],

Thank you for reserving a private room at Kiyomizu.

Date: Friday 21 February, 7:00 p.m.
Guests: [number]
Course: the winter kaiseki, ¥18,000 per person

We look forward to welcoming you.

Kiyomizu Reservations
""", ["placeholder_left"]),
("kaiseki", "Dinner for 6 on 2 May: vegetarian course confirmed for two guests", """Dear Ms Lindqvist,

I'm writing to confirm that the kitchen will prepare the vegetarian kaiseki for two of your six guests at dinner on 2 May at 6:30 p.m.

The vegetarian course uses a kelp and shiitake stock, so it contains no fish or meat at any stage. It is priced the same as the standard course, ¥16,000 per person.

The private room has a low table with leg wells, so guests who prefer not to kneel will be comfortable.

With kind regards,
Haruka
Kiyomizu Reservations
""", []),
("tea", "From the tea garden - May", """Dear Gwen,

The first flush has come in beautifully this year. A cool April slowed the leaves down and the sencha has a deeper, sweeter taste than last season. Our picking team finished on 9 May, two days ahead of schedule.

We've also started growing a small plot of black tea, which we hope to offer next spring.

On a separate note, the card on your monthly subscription was declined on 1 May. If it isn't updated in your account by Friday 16 May, we'll have to pause your June box.

Warm wishes,
Hana
Green Terrace Tea
""", ["purpose_not_upfront"]),
("tea", "Replacement tin sent for the dented gyokuro", """Hi Marcus,

A replacement tin of gyokuro went out this morning by tracked post (JP 5521 0093 2), and should reach you by Thursday.

There's no need to send the dented tin back; the tea inside is fine if the seal is intact, so please keep it with our compliments.

Best,
Hana
Green Terrace Tea
""", []),
("dolls", "About the mould found on your doll's kimono", """Dear Mrs Carter,

When we unpacked your doll for restoration we found mould on the kimono, and we've looked into where it came from.

The storage box we supplied with the restoration in 2021 was lined with untreated paper, which holds moisture. We have cleaned and treated the kimono at no cost, and the doll will be back with you by 28 March.
All our storage boxes are now lined with acid-free, moisture-resistant tissue, and we're contacting every customer who received one of the older boxes.

Yours sincerely,
Ruth
The Doll Hospital
""", ["apology_incomplete"]),
("dolls", "Your hina dolls are booked in: collection 10 January", """Dear Mr Ito,

Your set of hina dolls is booked in for restoration, and our courier will collect them from your home on 10 January between 9 a.m. and noon.

We'll wrap and box the dolls ourselves, so you only need to have them ready on one table. Restoration of all seven figures will cost $1,260 and take about 6 weeks, so they'll be back with you well before Girls' Day on 3 March.

With best wishes,
Ruth
The Doll Hospital
""", []),
("umbrella", "About your umbrella order", """Hi Sophie,

Thanks for your order of the custom tartan umbrella.

Because the fabric is being specially woven, there'll be a small extra fee, and your umbrella should be ready soon.
We'll be in touch once it's finished.

Best,
Dana
Brolly & Co.
""", ["vague"]),
("docstore", "Sorry for the missed collection on Tuesday - what happened and what we've changed", """Dear Mr Haddad,

I apologise that our driver did not arrive for your scheduled shredding collection on Tuesday afternoon, and that nobody called to tell you.

The route planner dropped your address when a van broke down and its stops were moved to another route.
We collected your consoles on Wednesday at 9 a.m., and this month's collection fee has been waived.
When routes are changed now, the planner has to confirm each moved stop with the customer by phone before the end of the day.

Sincerely,
Nadia
Archive Point Records
""", []),
]
