"""Measuring the auditor against gold annotations (`audit eval`)."""
