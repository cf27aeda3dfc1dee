from django.apps import AppConfig


class MadoguchiConfig(AppConfig):
    name = "madoguchi"
    verbose_name = "madoguchi"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from madoguchi.search import signals

        signals.connect()
