from django.http import JsonResponse

from languages.content import listing_locale

from .directory import DirectoryForm, as_geojson, published_participants


def participants_geojson(request):
    """The participants as open data, filtered like the directory; the map in
    the directory draws from it."""
    # In the visitor's language: /fr/data/participants.geojson links the French profiles.
    participants = published_participants().filter(locale=listing_locale(request))
    form = DirectoryForm(request.GET, participants)
    if not form.is_valid():
        errors = {field: [str(e) for e in messages] for field, messages in form.errors.items()}
        return JsonResponse({"error": "Invalid filter.", "fields": errors}, status=400)
    response = JsonResponse(as_geojson(form.apply(participants), request), content_type="application/geo+json")
    response["Access-Control-Allow-Origin"] = "*"
    return response
