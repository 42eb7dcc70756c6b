from portal.infra.markdown import render_markdown


def test_markdown_formats_text():
    html = render_markdown("**bold** and [a link](https://example.org)")
    assert "<strong>bold</strong>" in html
    assert 'href="https://example.org"' in html
    assert 'rel="noopener nofollow"' in html


def test_script_and_event_handlers_render_harmless():
    html = render_markdown('<script>alert(1)</script> <img src=x onerror="alert(2)">')
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;" in html


def test_javascript_links_are_dropped():
    html = render_markdown("[click](javascript:alert(1)) [data](data:text/html;base64,xx)")
    assert "javascript:" not in html
    assert "data:text" not in html
