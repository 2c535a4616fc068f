//! Invariants shared by the fuzz targets: what any parsed article must satisfy.

use newsreader::article::Article;

/// Every block lies inside the text, on character boundaries, in order; the text is within the size limit.
pub fn check_article(article: &Article) {
    let text = &article.text;
    let mut last_end = 0;
    for block in &article.blocks {
        let span = block.span;
        assert!(span.start <= span.end, "block span reversed: {span:?}");
        assert!(span.end <= text.len(), "block span past the text: {span:?}");
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        assert!(span.start >= last_end, "blocks overlap or are out of order");
        last_end = span.end;
    }
    assert!(text.len() <= 4 * newsreader::ingest::MAX_ARTICLE_BYTES);
}
