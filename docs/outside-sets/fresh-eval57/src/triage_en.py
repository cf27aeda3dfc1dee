"""English incoming mails, per domain (written on their own, not translated)."""
from common import t

TRIAGE_EN = {
    "workshop_b": [
        t("Tom's epilepsy medication left at the workshop",
          "Hi,\n\n"
          "My brother Tom Riley attends Brookside on Mondays and Wednesdays. "
          "He's just got home on the minibus without his medication bag - his key worker put it in the kitchen fridge this morning because it had to stay cool.\n\n"
          "It's his anti-seizure medicine and he has to take the evening dose at 8 pm. Missing it puts him at real risk of a seizure overnight. "
          "Is anyone still at the workshop who could check the fridge? I can drive over and collect it, I just need someone to let me in before 7.30.\n\n"
          "Please call me on 07700 900 184.\n\n"
          "Kate Riley",
          "high", "anxious"),
        t("Re: Gala gift bags - where are they?",
          "Dan,\n\n"
          "The gala starts at 7 tonight and the 120 gift bags you promised for 2 pm still haven't turned up. "
          "I've rung the workshop twice and got voicemail both times. "
          "We have 120 guests, a sponsor who paid for those bags, and a photographer booked to shoot them on the tables at 6.\n\n"
          "I need to know in the next hour whether they're coming, or I have to send someone out to buy something else.\n\n"
          "Rachel Ng\nEvents Lead, Harbourside Hospice\n\n"
          "> On 28 Nov, Dan Whitfield wrote:\n> Confirmed - we'll deliver the bags to the hotel by 2 pm on the 5th.",
          "high", "angry"),
        t("Quote request: packing 3,000 sample sachets",
          "Hello Brookside team,\n\n"
          "We're a small skincare brand and need 3,000 sample sachets packed into printed card wallets (one sachet per wallet, then boxed in 50s). "
          "The materials would be ready to drop off in the second half of January.\n\n"
          "Could you let me know a price and how long the job would take?\n\n"
          "Thanks,\nOlu Bankole\nFernleaf Skincare",
          "normal", "neutral"),
        t("boxes",
          "hi can you do the boxes again",
          "normal", "neutral", True),
        t("Those candles!",
          "I bought two of the beeswax candles at your stall at the Christmas market and just wanted to say how lovely they are - "
          "they burn beautifully and the whole house smells of honey. "
          "Please pass on my thanks to whoever made them. I'll be back next year for more!\n\n"
          "Moira",
          "low", "positive"),
    ],
    "coldstore": [
        t("Driver stuck at your gate for 2 hours - chilled load",
          "Northgate,\n\n"
          "Our driver has been sitting outside your locked gate on Dock Road since 05:50 with 22 pallets of chilled chicken for your 06:00 slot (ref NG-5531). "
          "Nobody answers the gatehouse phone or the night number.\n\n"
          "His fridge unit is running on the truck's diesel and he's down to a quarter of a tank. "
          "If that unit stops, the load goes out of temperature and we're looking at writing off about £38,000 of product.\n\n"
          "Get someone to open that gate. I'm on 07700 900 731.\n\n"
          "Steve Harper\nTransport Manager, Harper Haulage",
          "high", "angry"),
        t("Temperature alert on our frozen berries?",
          "Hi Tom,\n\n"
          "Our monitoring app sent an alert at 02:47 saying Chamber 4 had reached -15°C. "
          "We have about 600 cases of frozen raspberries in there that are due to ship to a dessert factory at 10 this morning.\n\n"
          "If the berries have partly thawed they'll clump and the customer will reject the whole delivery, so I need to know before loading whether the temperature is back down and how long it was up. "
          "Could you send the chamber log as soon as you're in?\n\n"
          "Thanks, and sorry for the early email.\n"
          "Grace Okafor\nQA Manager, Berrylands Foods",
          "high", "anxious"),
        t("Invoice NG-2210 query",
          "Hi,\n\n"
          "Invoice NG-2210 charges handling for 46 pallets in October, but our records show 41 movements. "
          "Could you send the movement report behind the invoice so we can reconcile it?\n\n"
          "Many thanks,\nPriyanka\nAccounts Payable, Seaview Seafoods",
          "normal", "neutral"),
        t("Change booking NG-5598",
          "Morning,\n\n"
          "Can we move inbound booking NG-5598 from Thursday 09:00 to Friday any time before noon? "
          "The vessel has been delayed by a day. Same load: 18 pallets frozen peas.\n\n"
          "Cheers,\nLiam\nGreenfield Produce",
          "normal", "neutral"),
        t("Site visit next year",
          "Hello,\n\n"
          "We're a Dutch ice-cream maker looking at UK storage options for 2026. "
          "Nothing is decided and there's no rush at all, but if you offer site visits I'd love to come by at some point in the spring. "
          "A rate card would also be helpful when you have a moment.\n\n"
          "Best regards,\nJoost van Dam",
          "low", "neutral"),
    ],
    "nuts": [
        t("Son reacted to your 'peanut-free' trail mix",
          "Hello,\n\n"
          "My 7-year-old son has a peanut allergy. We bought your Sunny Trail Mix because the pack says 'peanut free', "
          "and about 20 minutes after eating a handful his lips swelled up and he started coughing. "
          "We used his EpiPen and he's now in A&E at St Mary's.\n\n"
          "The doctors want to know exactly what's in it. The batch code is TM-0412, best before 03/26. "
          "Can someone please reply with the full ingredients and whether this line handles peanuts? "
          "I'm on 07700 900 329.\n\n"
          "Laura Bennett",
          "high", "anxious"),
        t("Stale and broken - again not happy",
          "Just opened the 1kg pecans I ordered last week and they taste stale, soft and a bit bitter. "
          "Half of them are in crumbs too. For £21 I expected a lot better.\n\n"
          "I've been ordering from you for two years and this is the worst bag yet. "
          "I'd like a refund, not a voucher.\n\n"
          "Gareth",
          "normal", "angry"),
        t("Pausing my subscription for August",
          "Hi there,\n\n"
          "We're away for most of August, so could you skip the August box on my monthly subscription? "
          "Everything as normal from September.\n\n"
          "Thanks!\nHelen Marsh (customer no. 55120)",
          "normal", "neutral"),
        t("order??",
          "where is my order",
          "normal", "neutral", True),
        t("Thank you for the surprise",
          "Hi Ruth,\n\n"
          "Just a quick note to say thank you for the little bag of candied ginger you popped in with my last order as a 'sorry' for the delay. "
          "It wasn't necessary at all, but it made my day, and it's delicious.\n\n"
          "All the best,\nAnnie",
          "low", "positive"),
    ],
    "steelfab": [
        t("Steel for level 4 not delivered - crane standing",
          "Neil,\n\n"
          "It's 8.20 and there's no sign of the level 4 steel that was due at 7. "
          "The 60t mobile crane has been rigged since 6.30, at £2,400 a day, and I've got a six-man erection gang standing around. "
          "Your office isn't picking up and your mobile goes straight to voicemail.\n\n"
          "I need to know where the trailers are and when they'll be here. If they aren't on site by 10, I'm standing the crane down and you're picking up the bill.\n\n"
          "Gareth Price\nSite Manager, Riverside Court",
          "high", "angry"),
        t("Crack indication on connection plate CP-22",
          "Dear Neil,\n\n"
          "During yesterday's visual inspection our engineer found a possible crack at the weld toe of connection plate CP-22 on grid line D/4. "
          "Photos and his note are attached.\n\n"
          "Building control are visiting on Thursday morning to sign off the frame before the floor pour on Friday, "
          "so we need your welding inspector to examine it and give us a written view by Wednesday afternoon. "
          "Could you confirm who can attend and when?\n\n"
          "Regards,\nAmira Haddad\nStructural Engineer, Haddad & Cole",
          "high", "neutral"),
        t("Quote for mezzanine floor steelwork",
          "Hi,\n\n"
          "We're planning a 180 m2 mezzanine in our warehouse in Leeds and would like a price for the steelwork, supply and fit. "
          "Drawings attached. We're hoping to start in late spring but are flexible.\n\n"
          "Thanks,\nDavid Shaw\nFacilities, Northern Parcel Co.",
          "normal", "neutral"),
        t("Deposit paid - no news since",
          "Hello Neil,\n\n"
          "We paid the £18,000 deposit for the barn frame on 2 September, and since then we haven't heard anything - "
          "no drawings, no programme, not even a call.\n\n"
          "This is our life savings going into the conversion, and I'm starting to worry whether the job is actually going ahead. "
          "Could you just let me know where things stand?\n\n"
          "Many thanks,\nJane Whitcombe",
          "normal", "anxious"),
        t("Factory tour for apprentices",
          "Dear Mr Drummond,\n\n"
          "I teach the Level 2 fabrication and welding course at Westbridge College. "
          "Would you ever be open to a group of 12 apprentices visiting your workshop? "
          "We're planning for next academic year, so there's no particular timeframe.\n\n"
          "Kind regards,\nPaul Evans",
          "low", "neutral"),
    ],
    "career": [
        t("Offer deadline tomorrow 10am - can we talk tonight?",
          "Hi Hannah,\n\n"
          "I got the offer from Lumen Health this afternoon, but they want an answer by 10am tomorrow. "
          "The salary is lower than I'd hoped, and I'm still waiting to hear from the fintech role we prepped for, which I'd much prefer.\n\n"
          "I honestly don't know whether to accept, negotiate or ask for more time, and I'm scared of getting it wrong. "
          "Is there any chance of a quick call tonight or first thing tomorrow morning?\n\n"
          "Jonah\n07700 900 412",
          "high", "anxious"),
        t("Complaint about my last session",
          "To whoever manages the coaches,\n\n"
          "My session on Tuesday started 20 minutes late, my coach was clearly eating lunch on camera, "
          "and she spent most of the time talking about her own career. I came away with nothing I could use.\n\n"
          "I'm paying £95 a session. I expect a proper session in return, and I'd like Tuesday's credited back.\n\n"
          "R. Kaur",
          "normal", "angry"),
        t("Invoice for my employer",
          "Hi,\n\n"
          "My employer has agreed to cover the coaching package through our learning budget. "
          "Could you issue an invoice made out to Bright Harbour Ltd, FAO Learning & Development, for the £540 package?\n\n"
          "Thanks,\nSam",
          "normal", "neutral"),
        t("",
          "is it still on",
          "normal", "neutral", True),
        t("I got the job!",
          "Hannah,\n\n"
          "I start at Quayside Analytics on the 3rd! The interview went almost exactly like our mock one, "
          "right down to the 'tell me about a failure' question. I couldn't have done it without you.\n\n"
          "Thank you so much. I'll definitely recommend you to friends.\n\n"
          "Meg",
          "low", "positive"),
    ],
    "beads": [
        t("Charged three times for one order - account overdrawn",
          "Beadwell,\n\n"
          "My bank statement shows THREE payments of £64.80 for order #44102, all on 9 June. "
          "I only placed one order and only got one parcel.\n\n"
          "That's £129.60 taken that shouldn't have been, my account is now overdrawn, and the bank is charging me £5 a day for it. "
          "My rent goes out on Friday.\n\n"
          "I want the two extra payments refunded today. Screenshot attached.\n\n"
          "Kirsty Doyle",
          "high", "angry"),
        t("Did my order go through?",
          "Hello,\n\n"
          "I placed an order last night (I think) for crimp tubes and tigertail wire, but I never got a confirmation email. "
          "The payment page froze and I pressed the button again, so now I'm worried I've either paid twice or not at all.\n\n"
          "Could you check? My name is Lou Ferris and my email is this one.\n\nThanks",
          "normal", "anxious"),
        t("Which wire for stringing pearls?",
          "Hi,\n\n"
          "I'm restringing my grandmother's freshwater pearl necklace (pearls are about 7mm). "
          "Would you recommend silk thread or a nylon-coated wire, and which size?\n\n"
          "Thank you,\nAisling",
          "normal", "neutral"),
        t("Trade account",
          "Hello,\n\n"
          "I run a jewellery-making workshop in Bristol and would like to open a trade account. "
          "What are your minimum order and payment terms?\n\n"
          "Best,\nNadia Okoro\nMakeMore Studio",
          "normal", "neutral"),
        t("Suggestion for the website",
          "Hi! Not a complaint, just an idea: it would be great if the seed bead pages showed the bead count per gram, "
          "so we can work out how many tubes a pattern needs. No need to reply.\n\n"
          "Jess",
          "low", "neutral"),
    ],
    "kidshoes": [
        t("Sole came off and my daughter fell down the stairs",
          "Hello,\n\n"
          "My daughter (6) was wearing the Explorer trainers we bought from you in February when the front of the sole peeled back and caught on a step. "
          "She fell down four stairs at school this morning and has a badly sprained wrist. Photos of the shoe are attached.\n\n"
          "Her younger brother has the same model in a smaller size and wears them every day. "
          "Is there a known problem with these? Should I stop him wearing them today?\n\n"
          "Please let me know - 07700 900 265.\n\n"
          "Claire Fenton",
          "high", "anxious"),
        t("School shoes for Monday - still not dispatched",
          "Hi,\n\n"
          "I ordered black school shoes in size 12 (order LS-30871) on 24 August with next-day delivery. "
          "Your site still says 'processing' and I haven't had a dispatch email.\n\n"
          "School starts on Monday and he has no other black shoes that fit him. "
          "If they can't arrive by Saturday, I need to know today so I can buy a pair in town tomorrow and cancel this order.\n\n"
          "Thanks,\nDaniel Osei",
          "high", "neutral"),
        t("Rude staff member at the Kingsway shop",
          "Hello,\n\n"
          "I brought my twins to your Kingsway shop on Saturday for a fitting. The young man serving us rolled his eyes when my son wouldn't sit still, "
          "told me 'some kids just can't be fitted' and walked off to serve someone else.\n\n"
          "We left without buying anything. I've been a customer for four years and I've never been made to feel so unwelcome. "
          "I'd like to know what you're going to do about it.\n\n"
          "Sarah Lloyd",
          "normal", "angry"),
        t("wrong ones",
          "you sent the wrong ones",
          "normal", "neutral", True),
        t("Wellies restock",
          "Hi, do you know roughly when the dinosaur wellies will be back in a size 9? "
          "Not urgent at all - ours still fit for now, just planning ahead for autumn.\n\nThanks, Ellie",
          "low", "neutral"),
    ],
    "mystery": [
        t("Store manager confronted me - is my info safe?",
          "Hi,\n\n"
          "I was doing the Tiller Hardware visit this afternoon when the manager stopped me at the till, said he knew I was a 'spy' and asked to see my ID. "
          "I hadn't told anyone, so I'm assuming my name was passed on somehow. He was quite aggressive and followed me out to the car park.\n\n"
          "I live about a mile from that store and I'm booked for a return visit on Saturday. "
          "Has my name or address been shared with them? Should I cancel Saturday? I really don't feel safe going back.\n\n"
          "Dana Morales (shopper ID 77102)",
          "high", "anxious"),
        t("FOURTH request - unpaid since March",
          "This is the fourth time I've written about this.\n\n"
          "I completed 6 visits in March and April, all approved, totalling $214.50 in fees and reimbursed purchases. "
          "Not a cent has been paid. On 2 May and 16 May I was told 'it's being processed'. On 30 May nobody replied at all.\n\n"
          "I paid for those purchases out of my own pocket. If the money isn't in my account by Friday, I'll be filing a complaint with the state labor department.\n\n"
          "Marcus Hill, shopper ID 60418\n\n"
          "> From: ShopperLens Support\n> Sent: 16 May\n> Thanks for your patience - your payment is being processed.",
          "high", "angry"),
        t("Update my bank details",
          "Hello,\n\n"
          "I've switched banks. How do I update my payout details, and will the change apply to the payment due on the 15th?\n\n"
          "Thanks,\nRosa (ID 81230)",
          "normal", "neutral"),
        t("Proposal for Q3 programme",
          "Hi Marcus,\n\n"
          "We'd like to extend the mystery shopping programme to our 9 new stores from July. "
          "Could you send a proposal with pricing for monthly visits across all 31 locations? "
          "Our board meets on 20 June, so anything before then works.\n\n"
          "Best,\nKaren Liu\nCustomer Experience, FreshWay Markets",
          "normal", "neutral"),
        t("Scenario idea",
          "Hi team,\n\n"
          "Just a thought for future garden-centre scenarios: it might be useful to ask shoppers to check whether staff offer plant-care advice unprompted. "
          "Happy to help trial it whenever, no rush.\n\n"
          "Cheers,\nTom (ID 54410)",
          "low", "neutral"),
    ],
    "subsidy": [
        t("Accountant's letter for grant claim - due Friday",
          "Hi Eleanor,\n\n"
          "The Green Growth Fund portal says our first claim closes at 5pm this Friday, and it needs a letter from our accountant confirming the oven costs. "
          "Our accountant is on holiday until next Wednesday and her office says nobody else can sign it.\n\n"
          "If we miss Friday, do we lose the £24,000 for this claim period? Is there any other document we can use instead? "
          "I'm really worried we've messed this up.\n\n"
          "Raj Patel\nPatel Bakery",
          "high", "anxious"),
        t("Your 'modest' success fee",
          "Eleanor,\n\n"
          "I've just received your invoice for the success fee: £6,750, which is 15% of the award. "
          "At our first meeting you described the fee as 'modest' and never mentioned a percentage. "
          "If I'd known it was 15% I would never have signed.\n\n"
          "I'd like a breakdown of how that figure was arrived at before I pay anything.\n\n"
          "Anna Lindqvist\nLindqvist Ceramics",
          "normal", "angry"),
        t("Eligibility question",
          "Hello,\n\n"
          "We're a 12-person social enterprise running a community cafe. Would we be eligible for the Creative Enterprise scheme, "
          "or is it only for limited companies? We'd be looking at the autumn round.\n\n"
          "Thanks,\nSimon Adair",
          "normal", "neutral"),
        t("grant",
          "Can we get a grant for our business?",
          "normal", "neutral", True),
        t("Newsletter sign-up",
          "Hi, a friend forwarded your funding round-up and I found it really useful. "
          "Could you add me to the mailing list? Nothing else needed right now.\n\nThanks, Priti",
          "low", "neutral"),
    ],
    "ehon": [
        t("Charged after cancelling - third email",
          "Hello,\n\n"
          "I cancelled our StorySprout subscription on 28 February and have the confirmation email. "
          "You've still taken £14.99 on 1 March, 1 April and 1 May.\n\n"
          "I wrote on 3 April and 20 April. Both times I got an automated reply and nothing else. "
          "Refund all three payments and confirm in writing that no more will be taken, "
          "or I'll ask my bank to reverse them and report this to Trading Standards.\n\n"
          "Chris Doyle",
          "high", "angry"),
        t("Small magnets in the flap book?",
          "Hi,\n\n"
          "This month's box included 'Peekaboo Farm', which has little magnetic flaps. "
          "One of the flaps has come loose and my son is only 14 months and puts everything in his mouth. "
          "Are the magnets inside the flaps or only in the cover? I've put the book away for now but I'm a bit worried about the other flaps.\n\n"
          "Thanks,\nSofia",
          "normal", "anxious"),
        t("Switch to the age 4-5 box",
          "Hi, my daughter turns 4 next month. Could we move her to the 4-5 box from her birthday month? Thanks, Amelia",
          "normal", "neutral"),
        t("Gift subscription for my niece",
          "Hello,\n\n"
          "I'd like to buy a 6-month subscription as a gift for my niece, who's 2. "
          "Can I choose the start month and have the boxes sent to her address while the invoices come to me?\n\n"
          "Best wishes,\nRuth",
          "normal", "neutral"),
        t("The snail book is a hit",
          "Just wanted to say 'Counting Snails' has been read about 40 times this week. Rosie now counts everything - stairs, peas, the cat. "
          "Thank you for such a lovely choice!\n\nAmelia",
          "low", "positive"),
    ],
    "pingpong": [
        t("Jake hurt his wrist at tonight's session",
          "Hi Ben,\n\n"
          "Jake came out of tonight's junior session holding his wrist and said he'd fallen over a ball during the footwork drills. "
          "Nobody mentioned it when I picked him up. It's now really swollen and he can't move his fingers without crying.\n\n"
          "We're heading to the minor injuries unit. Could you let me know what happened and whether anyone saw him fall? "
          "The nurse may ask.\n\n"
          "Lisa (Jake Turner's mum)\n07700 900 548",
          "high", "anxious"),
        t("County tournament entry closes at midnight",
          "Hi Ben,\n\n"
          "The county junior tournament entry closes at midnight tonight and Ella's name isn't on the entry list, "
          "even though we paid the club the £15 entry fee on the 2nd and you said the club would submit all the juniors together.\n\n"
          "Could you check and get her entered before the deadline? Her ranking points depend on it.\n\n"
          "Thanks,\nMark Chen",
          "high", "neutral"),
        t("Coach shouting at the kids",
          "Ben,\n\n"
          "I sat in on Saturday's session and watched one of your assistant coaches shout at a nine-year-old for missing a serve, "
          "in front of the whole group. My daughter came home in tears even though it wasn't aimed at her.\n\n"
          "That is not acceptable at a children's club, and I'd like to know what you're going to do about it before I decide whether she carries on.\n\n"
          "Naomi Walsh",
          "normal", "angry"),
        t("make up",
          "can jake do a make up",
          "normal", "neutral", True),
        t("Thank you from the over-60s group",
          "Dear Ben,\n\n"
          "On behalf of the Tuesday over-60s group, thank you for all your patience this term. "
          "Several of us had never held a bat before September, and last week we managed a 30-shot rally!\n\n"
          "Warm regards,\nMargaret",
          "low", "positive"),
    ],
    "monthly": [
        t("Locked out with a baby - code not working",
          "Hi,\n\n"
          "I'm standing outside flat 12 at Citystay Canal Street with my 8-month-old. The door code you texted yesterday isn't working - "
          "the keypad flashes red every time. It's 11.40pm, it's cold, and the out-of-hours number just rings out.\n\n"
          "My phone is on 9%. Please, can someone call me or text me a working code? 07700 900 617.\n\n"
          "Anna Novak",
          "high", "anxious"),
        t("Deductions from my deposit",
          "Hello,\n\n"
          "I've recieved £520 of my £800 deposit back. The email says £280 was kept for 'cleaning and damage', with no list of what was damaged.\n\n"
          "I left the flat spotless and I have timestamped photos from check-out day to prove it. "
          "I expect a full itemised breakdown, with photos, or the remaining £280 back.\n\n"
          "Tomasz Wiśniewski",
          "normal", "angry"),
        t("Extending my stay by two weeks",
          "Hi Helen,\n\n"
          "My project has been extended, so I'd like to stay in flat 7 for two more weeks, until 14 June. "
          "Could you confirm it's available and what the cost would be?\n\n"
          "Thanks,\nMr Novak",
          "normal", "neutral"),
        t("Company booking for three engineers",
          "Hello,\n\n"
          "We need accommodation in Manchester for three engineers from 1 September for about ten weeks. "
          "Do you offer company invoicing, and can the flats be in the same building?\n\n"
          "Kind regards,\nLaura Simmons\nOffice Manager, Kestrel Controls",
          "normal", "neutral"),
        t("Bike storage?",
          "Hi, just a general question for a possible stay next spring - do any of your buildings have secure bike storage? "
          "No dates yet. Thanks, Joe",
          "low", "neutral"),
    ],
}
