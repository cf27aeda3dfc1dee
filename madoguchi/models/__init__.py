"""The data model. One module per area; everything is importable from here."""

from madoguchi.models.accounts import Agent, Role, Team
from madoguchi.models.approval import (  # wip-approval
    ApprovalPolicy,
    ApprovalRequest,
    ApprovalState,
)
from madoguchi.models.assist import LintMode, LintPolicy, TopicLabel
from madoguchi.models.conversations import (
    Conversation,
    Label,
    Priority,
    Status,
)
from madoguchi.models.counts import FolderCount  # s6-counts
from madoguchi.models.customers import (
    Customer,
    CustomerAddress,
    CustomField,
    CustomFieldValue,
    Organization,
)
from madoguchi.models.digest import WeeklyDigest, WeeklyDigestSetting  # wip-sla2
from madoguchi.models.events import Event
from madoguchi.models.knowledge import FaqEntry, Template
from madoguchi.models.mailboxes import FetchCheckpoint, Mailbox
from madoguchi.models.merges import MergeRecord
from madoguchi.models.messages import Attachment, Direction, Message, RawMessage
from madoguchi.models.notes import Mention, Note
from madoguchi.models.notification_mail import (  # s5-notify
    NotificationMail,
    NotificationMailChoice,
)
from madoguchi.models.notifications import Notification, NotificationKind  # wip-notify
from madoguchi.models.outbound import Acknowledged, AutoAcknowledgement  # wip-approval
from madoguchi.models.outbox import (
    Draft,
    OutboxItem,
    OutboxState,
    RefusalState,
    RefusedRecipient,
)
from madoguchi.models.presence import Presence
from madoguchi.models.reports import ReportDay, ReportTiming
from madoguchi.models.rules import Rule, RuleReply
from madoguchi.models.satisfaction import (  # wip-sla2
    Rating,
    SatisfactionSetting,
    SatisfactionSurvey,
)
from madoguchi.models.security import TwoFactorPolicy, UserSession
from madoguchi.models.sla import BusinessCalendar, CalendarDay, SlaPolicy
from madoguchi.models.spam import BlockedSender
from madoguchi.models.throttle import RateLimitHit  # s5-notify

__all__ = [
    "Acknowledged",
    "Agent",
    "ApprovalPolicy",
    "ApprovalRequest",
    "ApprovalState",
    "Attachment",
    "AutoAcknowledgement",
    "BusinessCalendar",
    "CalendarDay",
    "BlockedSender",
    "Conversation",
    "Customer",
    "CustomerAddress",
    "CustomField",
    "CustomFieldValue",
    "Direction",
    "Draft",
    "Event",
    "FaqEntry",
    "FetchCheckpoint",
    "FolderCount",  # s6-counts
    "Label",
    "WeeklyDigest",  # wip-sla2
    "WeeklyDigestSetting",  # wip-sla2
    "Rating",  # wip-sla2
    "SatisfactionSetting",  # wip-sla2
    "SatisfactionSurvey",  # wip-sla2
    "LintMode",
    "LintPolicy",
    "Mailbox",
    "Mention",
    "MergeRecord",
    "Message",
    "Note",
    "Notification",
    "NotificationKind",
    "NotificationMail",  # s5-notify
    "NotificationMailChoice",  # s5-notify
    "RateLimitHit",  # s5-notify
    "Organization",
    "OutboxItem",
    "OutboxState",
    "RefusalState",
    "RefusedRecipient",
    "Presence",
    "Priority",
    "RawMessage",
    "ReportDay",
    "ReportTiming",
    "Rule",
    "RuleReply",
    "SlaPolicy",
    "Role",
    "Status",
    "Team",
    "Template",
    "TopicLabel",
    "TwoFactorPolicy",
    "UserSession",
]
