app_name = "resonance"

urlpatterns: list = []
