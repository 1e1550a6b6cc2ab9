"""The web UI (Gradio): `ui.app.build_app(assistant)`; exports in `ui.exports`, HTML in `ui.render`."""
import os

os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"    # no telemetry: set before gradio is imported
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
