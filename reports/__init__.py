"""Render verification reports: report.json (the contract), Markdown, HTML and CSV."""
