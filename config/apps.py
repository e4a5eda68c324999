from django.contrib.admin.apps import AdminConfig


class OverlapAdminConfig(AdminConfig):
    """Django's admin, served by Overlap's own admin site (config/admin_site.py)."""

    default_site = "config.admin_site.OverlapAdminSite"
