package io.singlepoint.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static String text(String html) {
        return HtmlText.convert(html).text();
    }

    @Test
    void blockquotes_become_quoted_lines_at_their_depth() {
        assertThat(text("<div>new</div><blockquote type=\"cite\">old<br><blockquote>older</blockquote></blockquote>"))
                .isEqualTo("new\n> old\n>> older\n");
    }

    @Test
    void head_style_script_and_comments_leave_no_text() {
        assertThat(text("<html><head><title>t</title><style>p{x:1}</style></head><body><!--[if mso]>x<![endif]-->"
                + "<script>alert(1)</script><p>Hello</p></body></html>")).isEqualTo("Hello\n\n");
    }

    @Test
    void entities_are_decoded_and_whitespace_collapses_outside_pre() {
        assertThat(text("<p>Gr&uuml;&szlig;e &amp; &#8364; &#x41;   &nbsp;x</p><pre>a  b\nc</pre>"))
                .isEqualTo("Grüße & € A  x\n\na  b\nc\n");
    }

    @Test
    void client_signature_blocks_are_left_out_and_their_images_listed() {
        HtmlText.Result result = HtmlText.convert("<div>Thanks</div><div class=\"gmail_signature\">Mark<br>"
                + "<img src=\"cid:logo@x\"><div>nested</div></div><div>after</div>");

        assertThat(result.text()).isEqualTo("Thanks\nafter\n");
        assertThat(result.signatureCids()).containsExactly("logo@x");
    }

    @Test
    void a_cid_image_leaves_a_marker_where_it_stood() {
        assertThat(text("<p class=MsoNormal>See <img src=\"cid:image001.png%4001DB\"> here</p>"))
                .isEqualTo("See " + HtmlText.MARK_START + "image001.png@01DB" + HtmlText.MARK_END + " here\n");
    }

    @Test
    void outlook_paragraphs_are_lines_and_other_paragraphs_are_separated_by_a_blank_line() {
        assertThat(text("<p class=MsoNormal>a</p><p class=MsoNormal>b</p>")).isEqualTo("a\nb\n");
        assertThat(text("<p>a</p><p>b</p>")).isEqualTo("a\n\nb\n\n");
    }

    @Test
    void a_charset_declared_in_a_meta_tag_is_found() {
        byte[] html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThat(HtmlText.declaredCharset(html, html.length)).isEqualTo("iso-8859-1");
        assertThat(HtmlText.declaredCharset(new byte[0], 0)).isNull();
    }
}
