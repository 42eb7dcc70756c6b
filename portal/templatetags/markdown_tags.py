from django import template

from portal.infra.markdown import render_markdown

register = template.Library()


@register.filter(name="markdown")
def markdown_filter(text):
    """{{ text|markdown }}: sanitised HTML from Markdown (see portal/infra/markdown.py)."""
    return render_markdown(text)
