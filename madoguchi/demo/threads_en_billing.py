"""English conversations about billing and plans: currencies and tax ids on invoices, a
double charge, a trial that is cancelled and, weeks later, a small team that signs up."""

from __future__ import annotations

from madoguchi.demo.spec import Thread, replied, said

THREADS = (
    Thread(
        "invoice_koala",
        "Invoice in AUD and our ABN on the invoice",
        (
            said(
                "olivia",
                260,
                """
Hello,

Our accounts team needs the invoices in AUD and with our ABN (51 824 753 556)
printed on them, otherwise we can't process payment. Is that possible?
""",
            ),
            replied(
                "kobayashi",
                255,
                """
Thanks for letting us know before the payment run.

I've switched your billing currency to AUD from this month and added your ABN to
your billing profile. The re-issued invoice for this month is attached.
""",
                attachments=("invoice_en_pdf",),
            ),
            said(
                "olivia",
                240,
                """
Perfect, thank you Emi. Payment is scheduled for Friday.
""",
            ),
        ),
        owner="kobayashi",
        status="resolved",
        labels=("請求",),
    ),
    Thread(
        "billing_contact_koala",
        "Please update our billing contact",
        (
            said(
                "olivia",
                26,
                """
Hi,

From next month invoices should go to accounts@koala-retail.example instead of
me. Could you update that?
""",
            ),
        ),
        owner="kobayashi",
        status="open",
        labels=("請求",),
    ),
    Thread(
        "wrong_name_koala",
        "Invoice shows the wrong company name",
        (
            said(
                "jack", 190, "The invoice says Koala Retail Pty. It should be Koala Retail Pty Ltd."
            ),
            replied(
                "kobayashi",
                186,
                """
Sorry about that. I've corrected the company name and re-issued the invoice;
you'll find it under Billing > Invoices.
""",
            ),
        ),
        owner="kobayashi",
        status="resolved",
        labels=("請求",),
    ),
    Thread(
        "charged_twice_pinecrest",
        "Charged twice this month?",
        (
            said(
                "grace",
                1.5,
                """
Hello,

Our card statement shows two charges of USD 290 from Tsunagu on the same day.
Could you check and refund the duplicate as soon as possible? Our bookkeeper
closes the month tomorrow.
""",
            ),
        ),
        priority=0,
        labels=("請求",),
    ),
    Thread(
        "small_team_priya",
        "Can I use Tsunagu for a 3-person team?",
        (
            said(
                "priya",
                55,
                """
Hi! We're a 3-person design studio. Is Tsunagu overkill for us, and is there a
plan that makes sense at our size?
""",
            ),
            replied(
                "kobayashi",
                54,
                """
Not overkill at all: many of our customers are teams of 2 to 5. The Starter plan
(USD 18 per user per month) covers contacts, pipelines and invoices; you can try
everything free for 14 days without a card.
""",
            ),
            said(
                "priya",
                30,
                """
Thanks Emi, we signed up for the trial yesterday and love it so far!
""",
            ),
        ),
        owner="kobayashi",
        status="no_action",
    ),
    Thread(
        "cancel_trial_priya",
        "Cancel my trial",
        (
            said("priya", 480, "Please cancel my trial, we went with a spreadsheet for now."),
            replied(
                "kobayashi",
                478,
                """
Done: your trial is cancelled and no charge will be made. If you ever want to
come back, your data stays available for 30 days.
""",
            ),
        ),
        owner="kobayashi",
        status="resolved",
        labels=("解約",),
    ),
)
