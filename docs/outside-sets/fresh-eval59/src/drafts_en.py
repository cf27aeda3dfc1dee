# English reply drafts, written on their own.
from common import D

AI, PH, PU = "apology_incomplete", "placeholder_left", "purpose_not_upfront"
C, V, I, R, U, X = ("condescending", "vague", "imperative", "request_without_reason",
                    "unknown_without_followup", "dismissive")

ITEMS = [
# ======================================================= flawed
D("racehorse", "Your 2025 syndicate renewal",
"""Dear {first_name},

Thank you for another season with Harbour Lights Racing Club.

Your share in Kestrel Bay renews on 1 April. The renewal fee is £1,150, collected by direct debit
on that date from the account we hold on file. If you'd like to change the account, you can do so
under "Payments" in the members' area until 25 March.

We're looking forward to seeing you at Newbury in May.

Best wishes,
Joanna Feld
Members' Secretary
""", [PH]),

D("dashi", "Sorry about the customs hold-up",
"""Dear Mina,

I'm very sorry that your order KS-40318 has been held at Heathrow - I know your restaurant
reopens on Friday and this has put you in a difficult spot.

I've attached the health certificate to this email and sent the same file directly to the customs
agent named on the notice, Mr. Dhillon, at 10:15 this morning. He has confirmed he's received it and
expects the goods to be released tomorrow.

From now on, every export order containing fish will have the health certificate attached to the
shipping documents before it leaves our warehouse, and our shipping clerk will tick it off on the
checklist.

Kind regards,
Haruto Okada
Kaneshō Katsuobushi, export desk
""", [AI]),

D("mascot", "News from the Fuzzworks workshop",
"""Hi Linda,

Spring is always our busiest season here in the workshop, and this year has been no exception -
we've just finished a 9-foot dragon for a theme park in Ohio and a set of three matching bears for
a hospital charity run. We've also moved into a bigger studio on Mill Road, which means we can
finally lay out two full-body patterns side by side.

Your owl's first design proofs are attached. To stay on schedule for delivery on 15 August, we need
your approval or change requests by Friday 31 May.

Warmly,
Dana
Fuzzworks Studio
""", [PU]),

D("dutyfree", "Your refund for order DF-88213",
"""Dear Mr. Castellano,

When your flight was cancelled, the cancellation reached our system from the airline, but our
pre-order platform only checks for cancellations on the morning of departure - yours came in the
evening before, so the charge went through.

We have refunded the full $640 to your card today. Depending on your card issuer, it will appear on
your statement within 3 to 7 business days.

We have now changed the platform so that it checks for cancellations every hour up to departure,
and any order on a cancelled flight is refunded automatically.

Regards,
Sara Lindgren
Pre-order Customer Care
""", [AI]),

D("seismic", "Your final inspection is booked",
"""Hi Paul,

The final inspection for permit B24-00817 is booked with the city for Thursday, XX/XX, between
9 a.m. and noon. [Inspector name] will meet you at the front of the house; you don't need to be
inside, but the crawl-space hatch should be unlocked so the inspector can check the hold-downs.

Once the inspector signs off, we'll send the completion letter for your state grant the same day.

Thanks,
Ben Alvarez
Coastline Seismic
""", [PH]),

D("tlscert", "Re: Handshake fails on some Android devices",
"""Hi Ben,

Thanks for getting in touch.

Older Android devices are outside our support scope. We issue certificates that comply with the
CA/Browser Forum baseline requirements; how individual client devices handle them is between you
and the device vendor.

Regards,
Certificate Support
""", [X]),

D("airpurifier", "Apology - replacement unit for AP-5521",
"""Dear Mr. Moretti,

I'm truly sorry that your mother was left without a working purifier during the smoke, and that you
had to call us twice without getting the call back you were promised.

What went wrong: your case was logged as a routine fault rather than a medical-priority one, so it
went into the standard 5-day repair queue instead of same-day replacement.

A technician delivered and set up a replacement HEPA unit at 22 Pine Ridge Rd at 1:40 p.m. today and
took the faulty unit away. There's no charge for this month's rental.

Kind regards,
Helen Park
Customer Care Manager, ClearAir Rentals
""", [AI]),

D("satimg", "Update",
"""Dear Peter,

I hope the field season is going well. Our team has had a busy quarter: we've added two new SAR
satellites to our tasking partners and launched a redesigned archive browser, which you may already
have noticed.

Regarding order SI-22871, we can either re-task the satellite over your AOI at no charge (first
opportunity 14 June) or refund the order in full. Could you let us know which you prefer by 10 June,
so we can reserve the tasking slot if you choose re-acquisition?

Best regards,
Amelia Ford
Account Manager, OrbitalView
""", [PU]),

D("pearl", "Resizing quote for your grandmother's ring",
"""Dear Daniel,

Thank you for bringing in your grandmother's ring. Our goldsmith has looked at it: the band can be
taken up from size Q to size N without disturbing the pearl setting.

The cost is <<amount>>, and the ring will be ready for collection on Thursday from 2 p.m. - in good
time for your flight on Friday.

With best wishes for Lisbon,
Eleanor Marsh
Marsh & Daughters Pearls
""", [PH]),

D("medlab", "Re: Outbreak swabs CH-3301 to CH-3312",
"""Dear Fiona,

Thank you for your message. Your 12 swabs arrived last night and are being processed.

Results should be available on the portal reasonably soon, and we will try to prioritise them given
the situation. A small number may need repeating if the swab volume was low, in which case there
could be a bit of a delay for those.

Kind regards,
Virology Reception
""", [V]),

# ======================================================= clean
D("racehorse", "Your second payment will be refunded today",
"""Dear Mr. Pryce,

The duplicate £1,150 taken on 4 March will be refunded to that account today, Thursday 14 March,
by Faster Payment, so it should show within two hours.

I'm sorry it took three emails to get an answer from us. Both of your earlier messages were filed
under "account changes" rather than "payments", and the payments team never saw them. The second
collection happened because the account change you asked for on 20 February was only half-processed:
the new account was added but the old mandate wasn't cancelled.

I have cancelled the old mandate and checked that only the new account is on file. We've also added a
weekly check that matches every account-change request against the active mandates. To cover the
overdraft charges, we'll add £66 (eleven days at £6) to today's refund.

Yours sincerely,
Joanna Feld
Members' Secretary, Harbour Lights Racing Club
"""),

D("dashi", "Which flakes to order for simmering (and your replacement)",
"""Hi J.,

A replacement 1 kg bag of the thick-shaved flakes (product code AK-TH1000) left our warehouse this
morning by tracked post; it should reach you on Wednesday.

I'm sorry we sent the fine powder twice. The two products share a shelf and near-identical white
labels, and the picker took the wrong one both times. We've moved the powder to a separate shelf and
changed its label to red, and every order containing either product is now checked by a second
person before it is sealed.

You don't need to send the powder back. If you have no use for it, feel free to pass it on.

Best,
Haruto Okada
Kaneshō Katsuobushi
"""),

D("seismic", "Inspection of the new slab crack - today at 3 p.m.",
"""Hi Natalie,

Our structural engineer, Priya Shah, and I will be at 1427 Alder Way at 3 p.m. today to inspect the
crack by the anchor plate and the sticking side door.

We'll check every anchor bolt and the bracing panels and tell you before we leave whether it's safe
for the family to sleep in the house tonight. If anything needs repair, we'll do it at no cost, as
this is within our workmanship warranty.

Please leave the garage as it is until we arrive, so that we can see exactly how the slab has moved.

Ben Alvarez
Coastline Seismic
(mobile) 555-0188
"""),

D("tlscert", "Revocation notice: what to do before 18:00 UTC",
"""Hi Yusuf,

Here is exactly what you need to do about the revocation notice, in order. Nothing will go down
if you complete step 3 before 18:00 UTC today, when the old certificate is revoked.

1. In the portal, the "Reissue" button next to lakesidefamilydental.com issues a new certificate
   within 10 minutes, free of charge and using the same key.
2. The new file appears under "Downloads" as "fullchain.pem".
3. That file replaces the old one on your server, followed by a restart of the web server.

If you'd like, I can do this with you on a screen-share. I'm available from now until 17:00 UTC;
just reply with a time.

I'm sorry for the stress this has caused you. The revocation is our fault, not yours: on 3 June our
system issued 1,240 certificates, yours among them, with a malformed policy field, and the rules
require us to revoke them within five days. We have fixed the check that let the field through and
added an automated test that blocks any certificate containing it before issue.

Tom Reyes
Certificate Support
"""),

D("satimg", "Your archive access is safe - payment retry succeeded",
"""Hi Grace,

Good news: the payment retry on your new card went through at 14:02 today, and the suspension has been
cancelled. Your four years of processed imagery were never at risk - even suspended accounts keep
their storage for 90 days.

Your next invoice will be charged to the new card on 1 July. Nothing else needs to change.

Best,
Amelia Ford
Account Manager, OrbitalView
"""),

D("medlab", "Critical potassium on MRN 772019 - what happened",
"""Dear Dr. Rao,

I'm writing with our findings on the potassium of 6.9 that was not phoned through yesterday.

I am very sorry. Your patient should have been called in within 30 minutes, and he was not.

The result was flagged correctly, but it was released during our 15:30 shift change. The outgoing
scientist assumed the incoming one would make the call, and the incoming scientist assumed it had
been made. We have reviewed every critical result from your practice this week: all eleven others
were phoned and documented.

From today, a critical result can't be released in the system until the caller's name and the time
of the call are entered, and the shift handover list includes every critical awaiting a call.
Our full incident report will be with you by Friday 12:00 for your governance meeting.

Yours sincerely,
Dr. Marcus Webb
Laboratory Director
"""),

D("petchip", "Biscuit is now flagged as stolen",
"""Dear Hannah,

Biscuit's chip (900 164 001 223 871) is now flagged as stolen on our database, with your crime number
CR-55190/24. Any vet, shelter or warden who scans her will see the flag and be asked to call the police
and us.

Your registration certificate is attached as a PDF for the police. If they need a stamped paper copy,
we can post one first class today - a one-line reply to this email is all it takes.

I really hope she is home soon.

Kind regards,
Leah Morgan
Pet Registry Support
"""),

D("petchip", "Moving Pickle's chip into your aunt's name",
"""Hi Ollie,

To move Pickle's chip into your aunt's name, you each need to do one short step, and it takes about
five minutes in total:

- You log in and choose "Transfer keeper" on Pickle's page, then enter your aunt's email address.
- Your aunt gets an email with a link, creates an account and accepts the transfer.

The transfer is free. Until your aunt accepts it, Pickle stays registered to you, so if she gets out
in the meantime we'd still reach you.

Best wishes to Pickle in her new home,
Leah Morgan
Pet Registry Support
"""),

D("interpequip", "Your van is 20 minutes away - arriving 16:35",
"""Hi Ingrid,

The van with your order IE-4420 is 20 minutes from the Harbour Conference Centre and will reach the
loading dock at about 16:35. It was held up by a closure on the E18.

Our two technicians will unload and set up the booths and receivers tonight, and they'll stay until
the sound check is complete, however long that takes. I'll call you on +47 4xx xx 812 when they're
at the dock.

I'm sorry for the worry this caused. You should have heard from us at 14:00 when the van was
delayed; our dispatcher was waiting for a new arrival time before calling, and that was the wrong
call. From now on we notify the client of any delivery delay as soon as it's known, with an
estimate to follow.

Mateo Rossi
Operations, SimulSound Rentals
"""),

D("interpequip", "Fire marshal equipment list attached",
"""Dear Carlos,

The power and equipment list for the fire marshal is attached, signed by our technical lead. I've
also sent it directly to the venue's operations manager, Ms. Okonkwo, so she has it for the load-in
approval.

I'm sorry it took three requests. Your first two emails went to a colleague who left us in April, and
her mailbox wasn't redirected. It is now, and I've gone through every message she received since 1 April
to make sure nothing else was missed.

If the fire marshal needs anything else, I'll send it the same day.

Regards,
Mateo Rossi
Operations, SimulSound Rentals
"""),
]
