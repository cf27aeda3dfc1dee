"""English conversations, worked mostly by the English desk: SSO, security reviews, GDPR,
data exports, API questions, and a curt "your import is broken. again."."""

from __future__ import annotations

from madoguchi.demo.spec import Note, Thread, replied, said

THREADS = (
    Thread(
        "sso_brightline",
        "SAML SSO with Okta fails: invalid assertion",
        (
            said(
                "sarah",
                75,
                """
Hello,

We're rolling out Tsunagu to 40 people and want SSO through Okta before we do.
Following your setup guide, every login attempt ends on "SAML assertion invalid".
Clock skew is fine on our side. Any idea what we're missing?
""",
            ),
            replied(
                "kobayashi",
                72,
                """
Thanks for the detailed description, and sorry SSO is holding up your rollout.

"SAML assertion invalid" almost always means the audience or the ACS URL in Okta
doesn't match what Tsunagu expects. Could you send us a SAML trace of one failed
login (the "SAML-tracer" browser extension exports one)? With it we can point at
the exact field within a few hours.
""",
            ),
            said(
                "sarah",
                50,
                """
Here's a screenshot of the Okta app settings; the SAML trace is in our ticket
system, I'll paste the relevant part if needed.
""",
                attachments=("screenshot_png",),
            ),
            replied(
                "kobayashi",
                47,
                """
Thank you, the screenshot shows it: the Single sign-on URL ends in /saml/acs/
with a trailing slash, while your tenant expects /saml/acs (no slash). Okta
signs the assertion for the URL as typed, so the two never match.

Removing the trailing slash in Okta should fix it right away.
""",
            ),
            said(
                "sarah",
                45,
                """
That was it. SSO works for everyone in the pilot group now. Thanks a lot!
""",
            ),
        ),
        owner="kobayashi",
        status="resolved",
        labels=("アカウント", "VIP"),
    ),
    Thread(
        "security_review_brightline",
        "Security questionnaire for our vendor review",
        (
            said(
                "sarah",
                20,
                """
Hi team,

Our annual vendor review is due at the end of the month. Could you fill in the
attached questions or point us to your documentation? In particular we need your
SOC 2 Type II report and the date of your last penetration test.
""",
            ),
            replied(
                "kobayashi",
                18,
                """
Happy to help with your vendor review.

Our ISO 27001 certificate and security white paper are attached. About SOC 2 Type
II: I don't want to guess the period the current report covers, so I've asked our
security team and will send you the report, or a firm date for it, by Friday.
The last external penetration test was in March; a summary letter is available
under NDA.
""",
                attachments=("security_pdf",),
            ),
        ),
        owner="kobayashi",
        labels=("セキュリティ", "VIP"),
        notes=(
            Note(
                "kobayashi",
                "@sato could you check with the security team whether the "
                "SOC 2 Type II report covers FY2024? I promised Sarah an answer by Friday.",
            ),
        ),
    ),
    Thread(
        "audit_log_brightline",
        "Audit log export for compliance",
        (
            said(
                "sarah",
                3,
                """
Hi again,

Part of the same review: can admins export the audit log (logins, permission
changes, exports) for the last 12 months, ideally as CSV?
""",
            ),
        ),
        labels=("セキュリティ",),
    ),
    Thread(
        "pipeline_brightline",
        "Users can't see the new pipeline view",
        (
            said(
                "mike",
                8,
                """
Hi,

Three of our sales reps don't see the new pipeline view that was announced last
week. My account shows it. Is it a permission thing?
""",
            ),
        ),
    ),
    Thread(
        "thanks_brightline",
        "Thank you!",
        (
            said(
                "mike",
                170,
                """
Just wanted to say thanks for the quick onboarding call yesterday. The team is
already using the shared views. Great product!
""",
            ),
        ),
        status="no_action",
    ),
    Thread(
        "rate_limit_nordwind",
        "429 Too Many Requests below the documented limit",
        (
            # Eight days old and unanswered: the demo's 期限超過 example whatever the day it is
            # loaded (36 hours ago left the queue without one on a weekend: business-hours SLA).
            said(
                "lukas",
                200,
                """
Hi,

Our sync job gets HTTP 429 from GET /api/v2/contacts after about 300 requests
per minute, while your docs say 600/min per API key. We use a single key.
Retry-After is always 60. This has been blocking our nightly sync for a week.
""",
            ),
        ),
        priority=0,
        labels=("不具合",),
    ),
    Thread(
        "webhook_retries_nordwind",
        "Webhook retries: is there an idempotency key?",
        (
            said(
                "lukas",
                380,
                """
Hi,

When our endpoint times out, your webhook is retried. Is there a stable id we
can use to deduplicate the retries?
""",
            ),
            replied(
                "kobayashi",
                375,
                """
Yes: every delivery carries an X-Tsunagu-Delivery header that stays the same
across retries of the same event. Deduplicating on it is the recommended way.
""",
            ),
            said(
                "lukas",
                370,
                """
Great. And how many times do you retry, over what period?
""",
            ),
            replied(
                "kobayashi",
                366,
                """
Up to 8 retries with exponential backoff over about 24 hours. After that the
event is marked failed and can be re-sent from Settings > Webhooks.
""",
            ),
        ),
        owner="kobayashi",
        status="resolved",
    ),
    Thread(
        "dpa_nordwind",
        "Data Processing Agreement (GDPR): signed copy",
        (
            said(
                "anna",
                160,
                """
Dear support team,

Before we move customer data to Tsunagu we need a signed DPA including the
Standard Contractual Clauses. Could you send us your template?
""",
            ),
            replied(
                "kobayashi",
                150,
                """
Of course. Our DPA template with the SCCs (module 2) is available at
https://tsunagu.example/legal/dpa. Once you send it back signed, our legal team
countersigns within five business days.
""",
            ),
            said(
                "anna",
                130,
                """
Thank you. Signed copy attached to our portal; please countersign.
""",
            ),
            replied(
                "sato",
                126,
                """
Our legal team has countersigned the DPA today; you'll find the final copy in
your admin area under Contracts. Thank you for your patience.
""",
            ),
        ),
        owner="sato",
        status="resolved",
        labels=("セキュリティ",),
    ),
    Thread(
        "export_nordwind",
        "Exporting all data before our contract ends",
        (
            said(
                "anna",
                4,
                """
Hello,

We have decided not to renew at the end of the quarter. Before then we need a
complete export of our contacts, activities and attachments. What's the best way?
""",
            ),
        ),
        labels=("解約",),
    ),
    Thread(
        "slack_nordwind",
        "Feature request: Slack notifications for assignments",
        (
            said(
                "anna",
                220,
                """
It would help our team a lot if Tsunagu could post to a Slack channel when a
contact is assigned to someone. Is that on your roadmap?
""",
            ),
            replied(
                "sato",
                215,
                """
Thank you for the suggestion, and for explaining how your team would use it.
It isn't on this quarter's roadmap, but I've passed it on to our product team with
your use case. Meanwhile, our outgoing webhooks can post to Slack through a small
Zapier step; here's a guide: https://help.tsunagu.example/slack
""",
            ),
        ),
        owner="sato",
        status="resolved",
        priority=2,
        labels=("要望",),
    ),
    Thread(
        "merge_pinecrest",
        "How do I merge duplicate patient records?",
        (
            said(
                "grace",
                95,
                """
Hi there,

After importing from our old system we have around 40 duplicate patient records.
Is there a way to merge them without losing the appointment history?
""",
            ),
            replied(
                "kobayashi",
                93,
                """
Yes. Open Contacts > Duplicates: Tsunagu lists likely pairs, and "Merge" keeps the
history of both records. You can review each pair before merging.
""",
            ),
            said(
                "grace",
                70,
                """
That worked for most of them, thanks! Some pairs don't show up though, where the
phone numbers are written differently (with and without dashes).
""",
            ),
            replied(
                "kobayashi",
                68,
                """
Good catch. Duplicate detection compares phone numbers as written. Sorting the
list by name and merging those pairs by hand (select both > Merge) works today;
I've also asked our developers to normalise phone numbers when comparing.
""",
            ),
        ),
        owner="kobayashi",
        status="resolved",
    ),
    Thread(
        "lockout_pinecrest",
        "Staff member locked out",
        (
            said(
                "grace",
                140,
                """
One of our receptionists is locked out after too many password attempts.
Can you unlock her account? Her login is front.desk@pinecrest.example.
""",
            ),
            replied(
                "kobayashi",
                138,
                """
Done: the account is unlocked. As an admin you can also unlock accounts yourself
under Settings > Users > (user) > Unlock.
""",
            ),
        ),
        owner="kobayashi",
        status="resolved",
        labels=("アカウント",),
    ),
    Thread(
        "api_key_tom",
        "How do I regenerate an API key?",
        (
            said(
                "tom",
                210,
                "Hi, how do I regenerate my API key? I think it leaked into a public repo.",
            ),
            replied(
                "kobayashi",
                205,
                """
Thanks for acting quickly on this. Go to Settings > API > Regenerate: the old key
stops working immediately. I'd also recommend checking Settings > Audit log for
any API calls you don't recognise since the key was published.
""",
            ),
        ),
        owner="kobayashi",
        status="resolved",
        labels=("セキュリティ",),
    ),
    Thread(
        "import_broken_tom",
        "import broken",
        (said("tom", 0.4, "your import is broken. again."),),
    ),
)
