from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    """Page.save() sends the page to the search index before modelcluster
    writes its child relations and ParentalManyToMany fields, so topics,
    countries, speakers and organisers would reach the index one save late.
    By the time the page is published they are all in the database."""
    index.insert_or_update_object(instance)


def register_signal_handlers():
    page_published.connect(reindex_published_page, dispatch_uid="search_reindex_published_page")
