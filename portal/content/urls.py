from django.urls import path

from portal.content import pages, views

app_name = "content"

urlpatterns = [
    path("guidance/", views.guidance_list, name="guidance_list"),
    path("guidance/<slug:slug>/", views.guidance_detail, name="guidance_detail"),
    path("resources/", views.resource_list, name="resource_list"),
    path("resources/<slug:slug>/", views.resource_detail, name="resource_detail"),
    path("bulletin/", views.bulletin_list, name="bulletin_list"),
    path("bulletin/feed/", views.bulletin_feed, name="bulletin_feed"),
    path("bulletin/subscribe/", views.bulletin_subscribe, name="bulletin_subscribe"),
    path("bulletin/confirm/<str:token>/", views.bulletin_confirm, name="bulletin_confirm"),
    path("bulletin/unsubscribe/<str:token>/", views.bulletin_unsubscribe, name="bulletin_unsubscribe"),
    path("bulletin/<int:number>/", views.bulletin_detail, name="bulletin_detail"),
    path("events/", views.event_list, name="event_list"),
    path("events/upcoming.ics", views.events_ics, name="events_ics"),
    path("events/<slug:slug>/", views.event_detail, name="event_detail"),
    path("events/<slug:slug>.ics", views.event_ics, name="event_ics"),
    path("partners/", views.partner_list, name="partner_list"),
    path("search/", views.search, name="search"),
    path("privacy/", pages.privacy, name="privacy"),
    path("contact/", pages.contact, name="contact"),
]
