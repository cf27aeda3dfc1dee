from django.urls import path

from madoguchi.web.views import auth, compose, conversation, health, manage, queue, search

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("login/", auth.LoginView.as_view(), name="login"),
    path("logout/", auth.LogoutView.as_view(), name="logout"),
    path("preferences/", auth.preferences, name="preferences"),
    path("", queue.home, name="home"),
    path("q/bulk/", queue.bulk, name="bulk"),
    path("q/label/<int:label_id>/", queue.label_queue, name="label_queue"),
    path("q/mailbox/<int:mailbox_id>/", queue.mailbox_queue, name="mailbox_queue"),
    path("q/<str:kind>/", queue.queue, name="queue"),
    path("c/<int:conversation_id>/", conversation.conversation, name="conversation"),
    path("c/<int:conversation_id>/assign/", conversation.assign, name="assign"),
    path("c/<int:conversation_id>/status/", conversation.status, name="status"),
    path("c/<int:conversation_id>/priority/", conversation.priority, name="priority"),
    path("c/<int:conversation_id>/label/", conversation.label, name="label"),
    path("c/<int:conversation_id>/snooze/", conversation.snooze, name="snooze"),
    path("c/<int:conversation_id>/merge/", conversation.merge, name="merge"),
    path("c/<int:conversation_id>/note/", conversation.note, name="note"),
    path("c/<int:conversation_id>/reply/", compose.reply, name="reply"),
    path("c/<int:conversation_id>/draft/", compose.draft, name="draft"),
    path("c/<int:conversation_id>/template/", compose.template_text, name="template_text"),
    path("c/<int:conversation_id>/presence/", compose.presence, name="presence"),
    path(
        "c/<int:conversation_id>/m/<int:message_id>/frame/",
        conversation.message_frame,
        name="message_frame",
    ),
    path(
        "c/<int:conversation_id>/m/<int:message_id>/html/",
        conversation.message_html,
        name="message_html",
    ),
    path("attachments/<int:attachment_id>/", conversation.attachment, name="attachment"),
    path("search/", search.search, name="search"),
    path("mentions/", manage.mentions, name="mentions"),
    path("templates/", manage.templates, name="templates"),
    path("templates/new/", manage.template_edit, name="template_new"),
    path("templates/<int:template_id>/", manage.template_edit, name="template_edit"),
    path("templates/<int:template_id>/delete/", manage.template_delete, name="template_delete"),
]
