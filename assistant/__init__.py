"""The assistant: question understanding, extractive answers with clause citations, abstention."""
from assistant.core import Assistant
from assistant.model import Answer, Citation
from assistant.settings import Settings

__all__ = ["Answer", "Assistant", "Citation", "Settings"]
