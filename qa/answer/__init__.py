"""Answering: a question parsed (question), matched to facts (matching), each candidate
verified against the question's terms (verify), then answered with a cited fact, a computation, a
quoted passage (passages) or an honest "not in the documents"; claims are checked the same way (claims)."""

from .assistant import FACT_MIN, Assistant

__all__ = ["Assistant", "FACT_MIN"]
