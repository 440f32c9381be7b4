import hashlib
import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.utils import timezone

KEY_PREFIX = "alliance_ck_"


class ConsumerKeyQuerySet(models.QuerySet):
    def authenticate(self, plaintext):
        """The active key matching a presented plaintext key, or None."""
        if not plaintext.startswith(KEY_PREFIX):
            return None
        return self.filter(key_hash=ConsumerKey.hash_key(plaintext), active=True).first()


class ConsumerKey(models.Model):
    """A read-only key for a site or app that consumes the API. It belongs to
    no user, so it can never carry edit permissions: requests made with it
    read what an anonymous visitor may read, counted and rate-limited per key.

    Only a SHA-256 digest of the key is stored and the plaintext is shown once,
    on creation. The key holds 256 random bits, so a plain digest is as safe as
    a slow hash here, and unlike an HMAC with SECRET_KEY it survives a rotation
    of the secret key."""

    name = models.CharField(max_length=255, help_text="Who uses the key, e.g. “Roma network of Albania: mobile app”.")
    prefix = models.CharField(max_length=20, editable=False, help_text="The start of the key, to recognise it.")
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    active = models.BooleanField(default=True, editable=False)
    rate_limit = models.PositiveIntegerField(
        "rate limit (requests per minute)",
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(100_000)],
    )
    usage_count = models.PositiveBigIntegerField(default=0, editable=False)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ConsumerKeyQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "API consumer key"

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @staticmethod
    def hash_key(plaintext):
        return hashlib.sha256(plaintext.encode()).hexdigest()

    @classmethod
    def create_key(cls, *, name, rate_limit=60):
        """Create a key, returning ``(instance, plaintext)``. The plaintext is
        never stored: this return value is the only place it exists."""
        plaintext = KEY_PREFIX + secrets.token_urlsafe(32)
        instance = cls.objects.create(
            name=name, rate_limit=rate_limit, prefix=plaintext[: len(KEY_PREFIX) + 4], key_hash=cls.hash_key(plaintext)
        )
        return instance, plaintext

    def revoke(self):
        self.active = False
        self.revoked_at = timezone.now()
        self.save(update_fields=["active", "revoked_at"])

    def record_use(self):
        """One UPDATE, safe under concurrent requests."""
        type(self).objects.filter(pk=self.pk).update(usage_count=F("usage_count") + 1, last_used_at=timezone.now())
