# English incoming mails (part B).
from triage_common import M
MAILS = {
"modelrail": [
 M("high", "neutral", "Baseboards for Saturday's exhibition", """Hi Alan,

Just checking on the six baseboards you're building for our club layout (order JM-1190). They were due on Wednesday and haven't arrived.

Our exhibition at the Corn Exchange opens at 10am on Saturday, and setup is from 4pm Friday. The layout is printed in the show guide and traders' plan, and if the boards aren't here by Friday 4pm we'll have to pull it and leave an empty space in the middle of the hall.

Could you let me know by tomorrow lunchtime whether they'll make it, and if it helps, one of our members can drive over and collect them.

Thanks,
Keith Morrow
Secretary, Castleford & District MRC
"""),
 M("normal", "angry", "Third email about my Class 37", """Alan,

This is my third email about the Class 37 that came back from your repair on the 4th. It still stalls on every set of points, exactly as before. I paid £38 for the repair and another £9 postage.

> Thanks Mr Dyer, we'll take a look and get back to you.

That was twelve days ago. I'd like either a proper repair at your cost or my money back.

Phil Dyer
"""),
 M("normal", "neutral", "Hornby", "Do you have the Hornby one in stock?\n", terse=True),
 M("normal", "anxious", "My husband's collection", """Dear Sir or Madam,

My husband passed away in the spring and left a very large model railway collection, I think around 300 locomotives and a lot of track and buildings. I don't know anything about it myself.

Since the funeral I've had several calls from dealers offering to "take it off my hands", and one man turned up at the door. I'm worried about being taken advantage of, and I don't want to sell something he loved for far less than it's worth.

Do you value collections like this? I'd be grateful for some honest advice about what I should do.

Yours faithfully,
Margaret Elwood
"""),
 M("low", "neutral", "Z gauge", """Hi,

Any chance you'll start stocking Z gauge? I've got a tiny flat and it's the only scale that fits. I'd happily buy from you rather than online. Just a thought for the future.

Ollie
"""),
],
"fireworks": [
 M("high", "neutral", "Risk assessment and insurance certificate needed by Thursday 5pm", """Dear Hannah,

The council's events officer has just phoned to say Saturday's display at Brackley Rugby Club cannot go ahead unless she has your risk assessment and a copy of your public liability certificate by 5pm on Thursday.

Apparently they were meant to come to her directly from the display company. We've sold 1,400 tickets and the food stalls are booked.

Could you send both documents to events@southnorthants.example.gov.uk, copying me, and let me know once they've gone?

Many thanks,
David Okafor
Club Secretary
"""),
 M("high", "angry", "Live tubes left on the school field", """Good morning,

Your crew packed up after Friday night's display at St Anne's Primary and apparently left the field "clear". This morning our caretaker found two cardboard tubes in the long grass by the fence, and one still has a fuse attached. The children were out on that field at breaktime yesterday.

We've taped off the area, but I am not having a member of staff touch those things. School reopens at 8:30 on Monday and I need them gone, and the rest of the field checked, before then.

I'm frankly appalled. Someone from your company needs to ring me today.

Mrs J. Holt
Headteacher, St Anne's Primary
01632 960 118
"""),
 M("normal", "anxious", "Times of next month's display - rescue dog", """Hello,

We live on Park Road, right next to Victoria Park, and I've seen you're doing the display there on 5 November. We have a rescue greyhound who is absolutely terrified of bangs. Last year she hid under the bed shaking for hours and wouldn't eat the next day.

Could you tell me the exact start and finish times, and whether there'll be any test firing beforehand? We're trying to work out whether to take her away for the night. I'm dreading it a bit, to be honest.

Thanks,
Sophie
"""),
 M("normal", "neutral", "Wedding fireworks quote - August 2026", """Hi,

We're getting married at Hartwell Barn on 15 August next year and would like a short display (5-8 minutes) at about 10pm. The venue says they've had fireworks before. Could you give us a rough price and let us know what you'd need from us?

Thanks,
Priya & Sam
"""),
 M("low", "neutral", "Wheelchair viewing for next year's display", """Hi,

This isn't about anything soon, but for next year's bonfire night display, will there be a viewing area for wheelchair users? This year my son couldn't see over the crowd from the path. Whenever you're planning it is fine.

Thanks,
Claire
"""),
],
"stagelight": [
 M("high", "anxious", "Hazer set off the venue's fire alarm - need specs before tonight", """Hi Marco,

The hazer we hired from you (job LS-5512) set off the fire alarm during our tech rehearsal this afternoon. The venue's duty manager says they'll ban it for tonight's opening unless we can show them it's the low-particle model that's on their approved list.

Our whole second act relies on the haze for the beam effects. Could you email me the model number and the manufacturer's data sheet before 4pm? The duty manager needs it before the building opens at 6.

Sorry for the panic. First nights!
Lucy Harding
Stage Manager, Northgate Players
"""),
 M("high", "neutral", "Kit transfer Leeds to Glasgow - van broken down", """Hello,

We're on tour with your rig (hire LS-5498). Our van broke down outside Leeds last night and the garage can't have it ready until next week.

Tomorrow's show is at the Tron in Glasgow, with the get-in at 2pm. Without the kit we'll have to cancel the show, and the venue contract says we'd owe them the full guarantee.

Could you arrange for the kit to be collected from the garage (Hunslet Motors, Leeds) in the morning and taken to Glasgow by 2pm? We'll pay whatever it costs. Let me know today if it can't be done so we can look elsewhere.

Cheers,
Rob Kerr
Production Manager, Lantern Theatre Co.
"""),
 M("normal", "angry", "Late return fee - not accepted", """Marco,

Your invoice charges us a £150 late-return fee for the kit from 'Twelfth Night'. We dropped it off at 4:50pm on the Monday, which is before your 5pm deadline. Your warehouse lad signed for it and I have a photo of the docket with the time on it.

I'm not paying a penalty for being on time. Please reissue the invoice.

Jo Greaves
"""),
 M("normal", "neutral", "Truss load", """Hi,

What's the maximum point load on the 3m box truss sections you hire? We're thinking of hanging four moving heads and a projector from a 9m span for a gig in May.

Thanks,
Femi
"""),
 M("low", "neutral", "Follow spots for next year's panto", """Hi,

Do you hire follow spots with operators, or just the spots? We're looking ahead to next year's panto, so nothing needed until the autumn. Just want to budget properly.

Cheers,
Bev
Hartley Amateur Dramatic Society
"""),
],
}
