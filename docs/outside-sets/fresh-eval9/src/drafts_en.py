DE = [
("vet","","Your appointment for Luna's dental cleaning","""Hi Ms. Carter,

This is Amy from Riverside Animal Hospital. Luna's dental cleaning is confirmed for Tuesday, April 8 at 8:30 am.

Because she'll be under general anaesthesia, please don't give her any food after 10 pm the night before; water is fine until the morning.
You can pick her up from 4 pm the same day. The estimate is $480, including X-rays.

If anything changes, just call us at (503) 555-0142.

Amy
Riverside Animal Hospital"""),
("wedding","","Your updated quote for the June 21 reception","""Dear Ms. Patel,

Thank you for meeting with us on Saturday. As promised, here is the updated quote for your June 21 reception.

- Guests: 60 -> 72
- Menu: upgraded to the Harvest menu (+$18 per guest)
- Flowers: white and green arrangement on the head table (+$260)

The new total is $19,880, which is $2,420 more than the previous quote.
If you'd like to go through it line by line, I'm free on Thursday or Friday afternoon this week.

Best regards,
Daniel Reyes
Events Coordinator, Harbor View Hotel"""),
("funeral","","Arrangements for your father's service","""Dear Mr. Nguyen,

I'm very sorry for your loss. I'm writing to confirm the arrangements we discussed this morning.

The service will be held on Saturday, May 17 at 11 am in our main chapel, with the reception in the garden room until 2 pm.
The total for the package is $7,350; a detailed breakdown is attached.

So that we can print the memorial cards in time, could you send us the photo you would like to use by Wednesday evening?

With sympathy,
Grace Miller
Oakwood Funeral Home"""),
("car_repair","","Apology for the scratch on your car","""Hello Mr. Brooks,

I'm sorry: when you picked up your car yesterday, there was a scratch on the rear passenger door that one of our technicians caused while replacing the tail light.

He had leaned a tool against the door instead of using the padded stand. We'll repair and repaint the panel at no cost; a loaner will be ready for you on Thursday at 9 am, and your car will be back by Saturday at 5 pm.

From now on, every car gets a fender cover before work starts, and our final check now includes a walk-around for body damage.

Again, I apologise for the trouble.

Mike Hall
Service Manager, Hall Auto Care"""),
("it_outsourcing","","Incident report: file server outage on October 1","""Hi Jenna,

Here's our report on yesterday's file server outage, and my apologies for the disruption to your team.

What happened: the shared drive was unreachable from 9:12 to 11:40 am.
Cause: the nightly backup job filled the disk.
What we did: removed old backup sets and restored service at 11:40.
Prevention: since this morning, we get an alert at 80% disk usage, and backups are now kept for 30 days instead of 90.

Let me know if you'd like to go over this on a call.

Tom Becker
Brightline IT Services"""),
("printing","","Please re-upload the artwork for order P-20931","""Hi Sarah,

I'm writing about order P-20931 (the A5 flyers). The photos in the file are 72 dpi, so they would print blurry.

Could you send a version with images at 300 dpi or higher by Wednesday at 3 pm? If we get it by then, we'll still ship on Friday as planned.
If you're not sure how to change it, I'm happy to walk you through it over the phone.

Thanks,
Leo
PrintWorks"""),
("pharmacy","","Your blood pressure medicine is in stock","""Dear Mr. Evans,

Good news: we have 28 days' supply of amlodipine 5 mg in stock, so you can pick it up any time from today with your prescription.

To make sure we also have your next refill ready, could you let us know the date of your next doctor's appointment?

Best,
Priya Shah, PharmD
Greenleaf Pharmacy"""),
("sports_club","","Your membership pause is confirmed","""Hi Jordan,

Your membership is paused from February 1 to April 30. During the pause you'll be charged $10 a month, which keeps your locker.
Your regular membership restarts automatically on May 1.

If you want to extend the pause, let us know by April 20 and we'll carry it over into May.

Cheers,
Front desk, Aqua Fitness"""),
("translation","","Re: Will the embassy accept the translation?","""Hi Ms. Lee,

Thanks for your question about whether the embassy will accept our certified translation of your family register.

I honestly don't know yet: the requirements differ by type of application. I emailed the consular section this morning, and they usually answer within a week, so I'll get back to you by Thursday, June 12.
Meanwhile we'll keep translating, so that once we know their format we can deliver right away.

Kind regards,
Ken Ishii
Alpha Translation Center

> Will the US embassy accept your translation for a visa application?
> Lisa Lee"""),
("moving","","Your moving quote for March 28","""Hi Mr. Kim,

Thanks for asking us for a quote. For your move on Saturday, March 28:

- One 2-ton truck and three movers
- Start at 9 am, expected to finish around 1 pm
- $1,140, tax and 30 boxes included

If you'd like to book, reply by March 14 and we'll hold the truck for you; it's peak season and the date may fill up after that.

Best,
Anna West
Sunflower Movers"""),
# problems
("coworking","A","Wi-Fi outage on July 3","""Hi everyone,

We're very sorry that the Wi-Fi was down on Thursday from 10 am to 12:30 pm.

It was restored at 12:30 and has been stable since. Drop-in guests who paid for that day can ask for a refund at the front desk.

Thanks for your patience,
WorkBase Team"""),
("farm_direct","A","About your peach order","""Hello Ms. Turner,

I'm so sorry that six of the peaches in your box arrived bruised.

The box was packed with only one layer of padding, and the peaches were riper than usual. We've shipped a replacement box today, arriving on Thursday morning.

Best wishes,
Sam, Hillside Orchard"""),
("music_school","A","Missed lesson on Tuesday","""Dear Mrs. Romero,

Our teacher didn't show up for Ella's lesson on Tuesday because her schedule had been entered incorrectly in our system.

We've added a free make-up lesson on Friday at 5 pm, and we now double-check every schedule change with the teacher by phone.

Best,
Linda, Maple Music School"""),
("wedding","P","Hello from Harbor View!","""Dear Ms. Patel,

It was such a pleasure meeting you and Raj on Saturday! The team loved hearing about how you two met in Lisbon, and we're all excited for your big day.

We also just finished renovating the terrace, and it looks wonderful at sunset, so do stop by if you're in the area.

By the way, the printer has moved up the deadline for invitation proofs from May 10 to May 3, so we'll need your final corrections by then.

Warmly,
Daniel"""),
("sports_club","P V","News from Aqua Fitness","""Hi members,

Spring is here and the club is busier than ever! Thanks to everyone who joined our charity swim last month, we raised over $3,000 for the children's hospital.

Our new spin studio is also coming along nicely, and we'll share photos soon.

One more thing: the pool will close for maintenance for a few days sometime next month.

Aqua Fitness"""),
("vet","H","Rabies vaccination reminder","""Dear [CLIENT NAME],

This is a friendly reminder from Riverside Animal Hospital that {pet_name}'s rabies vaccination is due this month.

You can book online or call us at (503) 555-0142.

Riverside Animal Hospital"""),
("pest_control","H","Your inspection date","""Hi Mr. Gordon,

Your next quarterly inspection is scheduled for <DATE> from 10 to 11 am. Your technician will be Carlos.

Please clear the area under the kitchen sink beforehand so he can check the pipes for gaps.

Thanks,
SafeHome Pest Control"""),
("it_outsourcing","C","Re: laptop keeps disconnecting","""Jenna,

As I mentioned last time, this is a basic Wi-Fi driver issue that your staff should be able to handle themselves. It's all in the onboarding guide we sent in January.

I've attached the guide again. The driver update takes about 5 minutes.

Tom"""),
("funeral","D","Re: death certificate copies","""Dear Mr. Nguyen,

Ordering additional copies of the death certificate is not a service we provide. You will need to contact the county office.

Regards,
Oakwood Funeral Home"""),
("printing","U V","Re: colour difference on the brochures","""Hi Sarah,

Thanks for sending the photos. We don't know yet why the blue came out darker than the proof.

We'll look into it and get back to you soon.

Leo"""),
]
