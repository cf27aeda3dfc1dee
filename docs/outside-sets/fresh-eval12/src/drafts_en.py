D = [
# ================= clean =================
("camera_rental","Your replacement lens ships today",
"""Hi Daniel,

Your replacement 70-200mm lens left our warehouse at 3:10 pm today and will reach your hotel in Sapporo by noon tomorrow (tracking: 5521-0093-7714).

When you return the faulty lens, just put it in the same box with the prepaid label inside; there is no charge for the exchange.

Good luck with the shoot.

Aiko Kubo
LensBox Support""",""),
("ev_charging","Refund of the duplicate charge on Dec 1",
"""Dear Ms. Walsh,

Thank you for flagging the duplicate charge. You were right: the session at Minato Station on December 1 was billed twice (1,980 yen each).

The cause was a brief network drop at the charger, which made it resend the same transaction. We voided the second charge this morning; your card issuer usually releases it within 5 to 10 business days. Since yesterday, our billing system blocks identical transactions sent within ten minutes, so this should not happen again.

I'm sorry for the worry this caused.

Kind regards,
Tom Hasegawa
Michiden Customer Care""",""),
("golf_course","Tee time change for Saturday, Dec 5",
"""Dear Mr. Fraser,

I've moved your group's tee time on Saturday, December 5 from 8:30 to 9:21, as requested. The cart and caddie booking move with it, and the price stays the same.

If frost delays the start, we'll call you before 7 am that morning.

Best regards,
Ken Koike
Green Hills Club Reservations""",""),
("mountain_hut","Re: Booking for two in July",
"""Hello Sarah,

Thanks for your booking request. I've reserved two beds with dinner and breakfast for the night of Saturday, July 18, 2027.

A few practical points:
- Please arrive by 4 pm; dinner is served at 5 and the trail above the hut is unlit.
- We take cash only (10,500 yen per person), as there's no card reader at 2,700 m.
- If you have food allergies, let us know five days ahead, because supplies come up by helicopter weekly.

Looking forward to having you.

Tsubakuro Ridge Hut""",""),
("hearing_aid","Your repair estimate",
"""Dear Mr. Brennan,

Your hearing aid needs a new receiver, and the repair will cost 12,100 yen including tax. The manufacturer can finish it within 10 days of our go-ahead.

Could you reply to confirm whether you'd like us to proceed? We won't send it to the lab until you do, so nothing is charged without your approval. In the meantime, you're welcome to borrow a loaner unit from the shop at no cost.

Warm regards,
Emi Miyamoto
Hearing Salon Midorigaoka""",""),
("trunk_room","Update on the leak in Building B",
"""Dear Ms. Chen,

Here is the update I promised on the leak near your unit B-214.

Our contractor found a cracked drain pipe on the roof and replaced it yesterday afternoon. Your unit stayed dry, but the corridor carpet is being replaced on December 8, so access to the 2nd floor will be closed from 9 am to 1 pm that day.

If you need to visit during that window, call us at 0120-000-552 and we'll let you in through the service stairs.

Best,
Hakonoma Storage Management""",""),
("cinema","Re: Refund for cancelled screening",
"""Hi Leo,

I've refunded your two tickets (3,800 yen) for Sunday's cancelled 21:00 screening to the card you paid with. It should appear within a week.

We also added two free passes to your member account; they're valid until June 30.

Sorry again that the evening didn't go as planned.

Mika Shimizu
Cinema Toto Member Services""",""),
("personal_training","Answer to your question about knee pain",
"""Hi Priya,

You asked whether you can keep training with your knee pain. Yes, you can, with some changes.

Coach Mori will drop lunges and jump work for now and focus on upper body and hip strength. Because the right exercises depend on the cause of the pain, it would help to have a physiotherapist or orthopaedist take a look; just tell us what they say, no paperwork needed.

Your next session is Thursday at 7 pm as usual.

Core Personal Gym""",""),
("gift_catalogue","Shipping date for your tea set",
"""Dear Mrs. Okada,

The Arita tea set you chose from the catalogue will ship on December 16 and arrive on the 17th, because the kiln needs extra time to finish the hand-painting.

If that's too late, the Hasami mug set on the same page can ship tomorrow; reply to this email and I'll switch it.

Best regards,
Erabeeru Gift Office""",""),
("car_wash_subscription","Your plan change is confirmed",
"""Hi Marcus,

Your switch from Basic (2,980 yen/month) to Coating Plus (4,480 yen/month) is confirmed and starts on January 1, 2027. You'll keep Basic for the rest of December.

You can undo the change in your account page until December 25 with no fee.

Sentaro Car Wash Member Support""",""),
# ================= problems =================
("karaoke","Apology",
"""Dear Ms. Lee,

We are very sorry about the room you were given on Friday. It was not up to our usual standards.

We hope to see you again soon.

Room K Karaoke""","A"),
("climbing_gym","About your injury report",
"""Hi Josh,

We're sorry to hear about the fall on the lead wall on Saturday. The incident happened because a quickdraw had been clipped incorrectly by our route setter.

Please let us know how you're doing.

Rocks Climbing Gym""","A"),
("marina","Hello from the marina",
"""Dear members,

Thank you for another wonderful season with us. It has been a pleasure seeing so many of you on the water this year, and we hope you've enjoyed the new pontoon.

Winter is a great time to plan next year's adventures, and our team is always happy to chat.

By the way, the crane will be out of service from December 28 to January 4, so book any haul-outs before December 26.

Shonan Bay Marina""","P"),
("hearing_aid","Following up",
"""Dear Mr. Grant,

We hope this message finds you well and that you are enjoying the autumn weather. Our shop has been busy this season, and we are grateful to all our customers.

On another note, your hearing aid came back from the lab and is ready for pickup.

Hearing Salon Midorigaoka""","P"),
("kimono_rental","Your reservation",
"""Dear [CUSTOMER NAME],

Thank you for booking with Hanae Kimono. Your dressing appointment is on [DATE] at 10:00.

Dressing takes about 40 minutes, so arriving 10 minutes early helps us keep to your schedule.

Hanae Kimono""","H"),
("ev_charging","Welcome to Michiden",
"""Hi {first_name},

Welcome aboard! Your membership card will arrive within 7 days. Until then, you can charge with the QR code in the app.

Michiden""","H"),
("camera_rental","Late return fee",
"""Hi Sam,

The kit came back a day late, so a late fee applies. The amount is XXXX yen and will be charged to your card on file.

LensBox""","H"),
("trunk_room","Re: Your request",
"""Dear Mr. Patel,

We can't give you 24-hour access. That is the rule for all customers.

Hakonoma Storage""","D"),
("cinema","Re: Lost item",
"""Hi,

We haven't found your scarf yet. We'll let you know at some point if it turns up.

Cinema Toto""","V"),
("golf_course","Re: Membership application",
"""Dear Mr. Adams,

Send us a copy of your ID and two passport photos.
The committee meets on January 12, and I will let you know the result by January 15.

Green Hills Club""","IR"),
]
