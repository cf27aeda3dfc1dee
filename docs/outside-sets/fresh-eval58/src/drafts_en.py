# English reply drafts, grouped by domain. Written independently of the Japanese drafts.
AI, PL, PU = "apology_incomplete", "placeholder_left", "purpose_not_upfront"
C, V, I, R, U, D = ("condescending", "vague", "imperative",
                    "request_without_reason", "unknown_without_followup", "dismissive")

DRAFTS = {
    "net": [
        dict(subject="Hello from Harbour Netting", labels=[PU], text="""\
Hi Dave,

Hope the season's off to a good start at the range.
We've had a busy spring here: the new loom is finally running, and we're now turning out 4 mm knotless panels in widths up to 40 m without a seam. A few of our golf customers have already switched over and the feedback has been great.
We've also moved our warehouse to the unit next door, so collections are now from Gate B.

On your bay-end panels, the drawing you sent shows 22 m between posts but our site notes say 24 m. Could you check which is right before we cut on Thursday? Cutting the wrong length would mean a new panel.

Cheers,
Rob Whitley
Harbour Netting Ltd
"""),
        dict(subject="Quote: replacement barrier net for Hollins Park pitch 2", labels=[], text="""\
Dear Ms Farrant,

Thank you for sending the photos. Here is our quote for replacing the ball-stop net behind the north goal on pitch 2.

- 30 m x 6 m polyethylene netting, 100 mm mesh, UV-stabilised: £1,480
- Re-use of your existing posts and top cable (both in good condition from the photos)
- Fitting by two of our team, half a day: £390
Total: £1,870 plus VAT

We can fit it on any weekday from 9 June. If you'd like to go ahead, just reply with a preferred date and a purchase order number, and we'll confirm within one working day.

Kind regards,
Rob Whitley
Harbour Netting Ltd
"""),
    ],
    "rubber": [
        dict(subject="Sample approval - EPDM door seal, part DS-410", labels=[PL], text="""\
Dear Mr Okafor,

Thank you for approving the first-off samples of the DS-410 door seal.

As agreed, we will now cut the production tool and expect first production parts in week 27. Your first call-off of 5,000 metres will ship from our Leicester site on a pallet, delivered to [Company name], Unit 4, Brookfield Trading Estate.

Our invoice for the tooling (£3,200 + VAT) will follow separately.

Best regards,
Helen Marsh
Account Manager, Corrie Rubber Mouldings
"""),
        dict(subject="Cracked O-rings: what we know so far", labels=[], text="""\
Hi Priya,

A quick update on the cracked O-rings you sent back last week.

We don't know the cause yet. The material certificates and moulding records for that batch are normal, so we're now testing whether the cracks come from ozone exposure in use. The test runs for 72 hours, and I'll send you the results and our conclusion by Friday 14 June.

In the meantime, if you need stock, we have 2,000 pieces from a different batch that passed the same test last month, and we can ship those tomorrow if you'd like.

Best,
Helen Marsh
Corrie Rubber Mouldings
"""),
    ],
    "mannequin": [
        dict(subject="Re: figure fell over at the Spring Fair", labels=[D], text="""\
Hi Tasha,

Thanks for your email about the male figure that toppled over on the second day of the Spring Fair.

We've checked the figure and base since they came back and there's nothing wrong with either. Stands get knocked at busy shows, and the hall floor at that venue is known to be uneven, so this is really one for the organisers.

We won't be taking it any further on our side.

Regards,
Leon
Formline Display Hire
"""),
    ],
    "socks": [
        dict(subject="Sorry about the mix-up with your order", labels=[AI], text="""\
Hi Maria,

I'm really sorry that your order arrived with the size 4-7 socks instead of the 8-11 you chose.

The correct pairs went out this morning by Royal Mail Tracked 48, so they should be with you by Thursday. There's no need to send the wrong ones back; maybe someone in the family can use them.

We've also added a second check at packing, where the size on the label is scanned against the order before the parcel is sealed.

Best wishes,
Jo
Happy Feet Socks
"""),
    ],
    "chess": [
        dict(subject="Your child's autumn term place", labels=[PL], text="""\
Dear {first_name},

Good news: your child has a place in the Wednesday junior group for the autumn term, which runs from 10 September to 10 December (13 sessions).

Sessions are 4:30-5:45 pm in the upstairs hall. The term fee of £117 can be paid by bank transfer or at the first session.

We look forward to seeing you both.

Best wishes,
Margaret Hale
Knightsbridge Road Chess Club
"""),
        dict(subject="County junior championships - entry still open, venue to be confirmed", labels=[], text="""\
Dear parents,

A quick note about the county junior championships on Saturday 8 March.

Entries are still open until 20 February, and the fee is £12 per player. The venue has not been confirmed yet: the county association is choosing between two schools, and they've promised us an answer by 10 February. I'll forward it to you the same day.

If your child would like to enter, reply to this email with their name and date of birth, which the association needs to place them in the right age group.

Thanks,
Margaret Hale
Knightsbridge Road Chess Club
"""),
    ],
    "idphoto": [
        dict(subject="Booth replacement on 12 November - what to expect", labels=[], text="""\
Dear Ms Lindqvist,

We're replacing the photo booth in your store's entrance on Wednesday 12 November, and I wanted to let you know what the day will involve.

- Our two engineers will arrive at 7:30 am, before you open.
- The work takes about two hours; the booth will be out of use until around 9:30 am.
- The new booth is 5 cm narrower, so it fits the same space and uses the same socket.

I've attached the layout drawing [Attachment: booth_layout_SN214.pdf] in case your facilities team want to check it. If the date doesn't suit, let me know by 7 November and we'll rebook.

Kind regards,
Tom Ashby
Site Services, SnapBooth
"""),
    ],
    "aed": [
        dict(subject="Apology: expired pads on your loan defibrillator", labels=[AI], text="""\
Dear Mr Reynolds,

I'm very sorry that the loan defibrillator we dropped off at your sports club on Monday had pads that had expired in January.

This happened because the loan unit was taken from our returns shelf before it had gone through our usual check, on a day when our technician was off sick.

A new set of pads was couriered to you this morning and should arrive before midday. Please swap them in as soon as they arrive; the old set can go back in the same courier bag.

With apologies again,
Sarah Khan
Lifeline AED Services
"""),
        dict(subject="Please check your AED's battery light by Friday", labels=[], text="""\
Dear Ms Greaves,

The manufacturer of your defibrillator has told us that some batteries of this model show more charge than they actually have. So that your unit is ready if it's ever needed, could you check its battery light by Friday?

Open the cabinet, and on the top right of the device you'll see a small light. Just reply and tell us whether it's green, amber or red. If it's amber or red, we'll bring a new battery on Monday at no cost.

Thank you,
Sarah Khan
Lifeline AED Services
"""),
    ],
    "inpatient": [
        dict(subject="A note from CareLinen", labels=[PU], text="""\
Dear Mrs Adeyemi,

We hope your mother is recovering well at home.
At CareLinen we've been providing gowns, towels and toiletries to patients at St Luke's for over twelve years, and we're always glad to hear that our service made a hospital stay a little easier for families.
This year we've also introduced softer towels and a fragrance-free toiletry option.

When your mother was discharged, one gown was not returned to the ward. If it is still at home, please return it in the prepaid envelope enclosed by the end of the month, otherwise a replacement charge of £18 will be added to your final invoice.

Kind regards,
CareLinen Patient Services
"""),
        dict(subject="We're sorry: you were billed for days after your father's discharge", labels=[], text="""\
Dear Mr Brennan,

I'm sorry that your invoice charged for 9 days after your father left hospital on 2 May. That shouldn't have happened.

The ward's discharge notice reached us, but it was filed under another patient with the same surname, so your father's care set stayed active on our system.
I've cancelled the extra 9 days (£37.80) and refunded that amount to your card today; it should appear within 5 working days.
From this week, our team matches discharge notices using the patient's date of birth as well as the name, so the same mix-up can't happen again.

If anything on the corrected invoice looks wrong, please reply to me directly.

Yours sincerely,
Aisha Rahman
Patient Services Team Leader, CareLinen
"""),
    ],
    "gold": [
        dict(subject="Your request to sell part of a 100 g bar", labels=[], text="""\
Dear Mr Hughes,

Thank you for your message. I'm afraid we can't cut a 100 g bar to buy back only part of it: once a bar is cut it loses its assay certificate and has to be refined again, which would cost you more than the value you'd release.

What we can do is exchange your 100 g bar for smaller bars (for example five 20 g bars) for a fee of £45, and then buy back as many of those as you want, at the day's price. If that would work for you, just reply and I'll send the exchange form.

Kind regards,
Daniel Cho
Client Services, Sterling Vault Bullion
"""),
        dict(subject="Reminder: identity check before your first withdrawal", labels=[], text="""\
Dear Ms Ward,

Before we can release your first withdrawal of £2,500, we need to complete a standard identity check, which money-laundering regulations require for all withdrawals over £1,000.

Could you upload a photo of your passport or driving licence, and a utility bill from the last three months, using the secure link in your account? Once we have them, the check usually takes one working day and the money is sent the same afternoon.

Best regards,
Daniel Cho
Sterling Vault Bullion
"""),
    ],
    "glucose": [
        dict(subject="Your replacement sensor is on its way", labels=[PL], text="""\
Hi Ben,

Thanks for letting us know your sensor came off on day 3. We've sent a replacement by tracked post today, and it should be with you tomorrow. You can follow it with this tracking number: <tracking number>.

Until it arrives, please check your levels with finger-prick tests.

Best wishes,
GlucoTrack Customer Care
"""),
        dict(subject="About the low alarms last night", labels=[], text="""\
Hi Nadia,

Thank you for telling us about the run of low alarms between 2 and 4 am while your readings from finger-pricks were normal.

This pattern often happens when someone sleeps on the arm wearing the sensor, because the pressure briefly lowers the readings. It isn't harmful, but it is very annoying. Moving the sensor to the other arm, or to the back of the upper arm slightly further round, usually stops it.

If the alarms carry on for two more nights after that, reply to this email and I'll arrange a replacement sensor and ask our clinical team to look at the data.

Kind regards,
Owen
GlucoTrack Customer Care
"""),
    ],
    "lifeguard": [
        dict(subject="Your lifeguard cover for the summer season", labels=[PU], text="""\
Dear Mr Castellano,

Thank you for choosing Blue Line Lifeguards again this year.
All of our lifeguards hold the National Pool Lifeguard Qualification and complete 2 hours of in-service training every month, and this year six of our team have also trained as first-aid instructors.
We've also invested in new radios and a shared incident log, which we think your duty managers will find useful.

Your current contract covers weekends only. As the council has asked all pools to open on weekdays from 21 July, we need to know by 30 June whether you'd like weekday cover added, as our rota for July is drawn up on 1 July.

Best regards,
Chloe Burns
Blue Line Lifeguards
"""),
        dict(subject="Confirmed: 2 lifeguards for your school swimming gala, 14 June", labels=[], text="""\
Dear Mrs Fenwick,

This is to confirm our cover for your swimming gala at Eastfield Leisure Centre on Saturday 14 June.

- Two lifeguards, 8:30 am to 1:00 pm
- Both hold current pool lifeguard and first-aid qualifications
- Cost: £168, invoiced after the event

Our lead lifeguard, Sam, will arrive at 8:15 to walk the pool with your organiser. If the programme runs later than 1 pm, they can stay on at £21 per lifeguard per hour.

Kind regards,
Chloe Burns
Blue Line Lifeguards
"""),
    ],
    "irrigation": [
        dict(subject="Missed visit on Tuesday", labels=[AI], text="""\
Dear Mr Ellison,

Our engineer didn't arrive on Tuesday because his van broke down on the way and the message to you was not passed on from our office.

We've rebooked the visit for this Friday at 10 am, and it's the first job on his list, so he'll be with you on time. We won't charge the call-out fee for this visit.

To make sure customers hear from us if a visit has to change, our office now sends a text to the customer as soon as an engineer reports a delay.

Regards,
Kate Moreno
GreenFlow Irrigation
"""),
    ],
}
