"""Plain multi-row INSERT and UPDATE for the ingest hot path.

Django's bulk_create and bulk_update prepare every value through the query compiler and
the connection proxy, which costs more than SQLite's own work when a batch holds
thousands of small rows. These helpers pick one converter per field (the same conversion
the ORM applies, so dates, JSON and binary data are stored exactly as it would) and send
one statement per chunk.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from functools import partial
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import (
    BinaryField,
    BooleanField,
    CharField,
    DateTimeField,
    Field,
    FloatField,
    ForeignKey,
    IntegerField,
    JSONField,
    Model,
    TextField,
)

# SQLite allows 32,766 parameters per statement (since 3.32); stay well below.
MAX_PARAMETERS = 16_000

Converter = Callable[[Any], Any]
_PASS_THROUGH = (CharField, TextField, IntegerField, BooleanField, FloatField, BinaryField)


def _identity(value: Any) -> Any:
    return value


def _converter(field: Field[Any, Any], db: BaseDatabaseWrapper) -> Converter:
    builtin = type(field).__module__.startswith("django.db.models.fields")
    if isinstance(field, ForeignKey):
        return _identity  # the value of attname is already the key
    if isinstance(field, DateTimeField) and builtin:
        if db.vendor == "sqlite" and db.timezone is UTC:
            return partial(_sqlite_datetime, db.ops.adapt_datetimefield_value)
        return db.ops.adapt_datetimefield_value
    if isinstance(field, _PASS_THROUGH) and builtin:
        return _identity  # the drivers take str, int, bool, float and bytes as they are
    if type(field) is JSONField:
        # What get_db_prep_save ends in for a plain dict or list, without the layers above.
        return partial(_json, db.ops.adapt_json_value, field.encoder)
    return partial(_prepared, field, db)  # JSON and anything else: the ORM's own way


def _sqlite_datetime(adapt: Converter, value: datetime) -> Any:
    # The ORM's text for a UTC time (timezone.now()), without its checks: 12 datetimes a
    # mail. Any other zone (a mail's Date header) goes the ORM's way.
    if value.tzinfo is UTC:
        return str(value.replace(tzinfo=None))
    return adapt(value)


def _json(adapt: Callable[[Any, Any], Any], encoder: Any, value: Any) -> Any:
    return adapt(value, encoder)


def _prepared(field: Field[Any, Any], db: BaseDatabaseWrapper, value: Any) -> Any:
    return field.get_db_prep_save(value, db)


def _fields(model: type[Model], names: Sequence[str] | None) -> list[Field[Any, Any]]:
    if names is None:
        return [f for f in model._meta.concrete_fields if not f.primary_key]
    return [model._meta.get_field(name) for name in names]  # type: ignore[misc]


def insert(objects: Sequence[Model], using: str = DEFAULT_DB_ALIAS) -> None:
    """INSERT the (unsaved) objects of one model and set their primary keys."""
    if not objects:
        return
    db = connections[using]
    model = type(objects[0])
    fields = _fields(model, None)
    plan = [(f.attname, _converter(f, db), f) for f in fields]
    stamped = [
        f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    quote = db.ops.quote_name
    columns = ", ".join(quote(str(f.column)) for f in fields)
    row_sql = "(" + ", ".join(["%s"] * len(fields)) + ")"
    per_statement = max(1, MAX_PARAMETERS // len(fields))
    pk_column = quote(str(model._meta.pk.column))  # type: ignore[union-attr]
    table = quote(model._meta.db_table)
    with db.cursor() as cursor:
        for start in range(0, len(objects), per_statement):
            chunk = objects[start : start + per_statement]
            params: list[Any] = []
            for obj in chunk:
                for field in stamped:
                    field.pre_save(obj, add=True)  # sets auto_now(_add) timestamps
                for attname, convert, field in plan:
                    value = getattr(obj, attname)
                    if value is None and field.has_default():
                        value = field.get_default()
                        setattr(obj, attname, value)
                    params.append(None if value is None else convert(value))
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES "
                + ", ".join([row_sql] * len(chunk))
                + f" RETURNING {pk_column}",
                params,
            )
            # Both SQLite (>= 3.35) and PostgreSQL return rows in VALUES order; Django's
            # own bulk_create relies on the same.
            for obj, (pk,) in zip(chunk, cursor.fetchall(), strict=True):
                obj.pk = pk
                obj._state.adding = False
                obj._state.db = using


def update(
    objects: Sequence[Model], field_names: Sequence[str], using: str = DEFAULT_DB_ALIAS
) -> None:
    """UPDATE the named fields of each object, as one executemany."""
    if not objects:
        return
    db = connections[using]
    model = type(objects[0])
    fields = _fields(model, field_names)
    plan = [(f.attname, _converter(f, db)) for f in fields]
    quote = db.ops.quote_name
    assignments = ", ".join(f"{quote(str(f.column))} = %s" for f in fields)
    sql = f"UPDATE {quote(model._meta.db_table)} SET {assignments} WHERE id = %s"
    rows = []
    for obj in objects:
        row = []
        for attname, convert in plan:
            value = getattr(obj, attname)
            row.append(None if value is None else convert(value))
        row.append(obj.pk)
        rows.append(row)
    with db.cursor() as cursor:
        cursor.executemany(sql, rows)


def insert_pairs(
    through: type[Model], pairs: Sequence[tuple[int, int]], using: str = DEFAULT_DB_ALIAS
) -> None:
    """INSERT rows of a many-to-many table: (from key, to key) pairs."""
    if not pairs:
        return
    db = connections[using]
    quote = db.ops.quote_name
    first, second = (f for f in through._meta.concrete_fields if not f.primary_key)
    sql = (
        f"INSERT INTO {quote(through._meta.db_table)} "
        f"({quote(str(first.column))}, {quote(str(second.column))}) VALUES (%s, %s)"
    )
    with db.cursor() as cursor:
        cursor.executemany(sql, list(pairs))
