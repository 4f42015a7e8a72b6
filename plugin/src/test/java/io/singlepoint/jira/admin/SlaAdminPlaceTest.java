package io.singlepoint.jira.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import io.singlepoint.jira.testing.BundleI18nResolver;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Texts that tell where the SLAs page is (the JQL functions' answer before any configuration) name the place the
 * descriptor really puts its link: Jira's menu, our section, our item, and the page's address.
 */
class SlaAdminPlaceTest {

    /** How Jira itself labels the administration menus our section can sit in. */
    private static final Map<String, Map<Locale, String>> JIRA_MENUS = Map.of(
            "admin_plugins_menu", Map.of(Locale.ENGLISH, "Manage apps", Locale.GERMAN, "Apps verwalten"));

    private static Element section;
    private static Element item;

    @BeforeAll
    static void the_descriptor() throws Exception {
        Document descriptor;
        try (InputStream in = SlaAdminPlaceTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        item = byKey(descriptor, "web-item", "singlepoint-sla-admin-link");
        String[] place = item.getAttribute("section").split("/");
        section = byKey(descriptor, "web-section", place[1]);
        assertThat(section.getAttribute("location")).isEqualTo(place[0]);
    }

    @ParameterizedTest
    @CsvSource({"en", "de"})
    void the_jql_functions_name_the_real_place_of_the_slas_page(String language) {
        Locale locale = Locale.forLanguageTag(language);
        BundleI18nResolver i18n = new BundleI18nResolver(locale);
        String path = "Administration \u2192 " + JIRA_MENUS.get(section.getAttribute("location")).get(locale)
                + " \u2192 " + i18n.getText(label(section)) + " \u2192 " + i18n.getText(label(item))
                + " (/plugins/servlet" + item.getElementsByTagName("link").item(0).getTextContent().trim()
                .replaceFirst("^/plugins/servlet", "") + ")";

        String text = i18n.getText("singlepoint.sla.jql.error.no-config", "slaBreached");

        assertThat(text).contains(path);
        assertThat(path).contains("/plugins/servlet/singlepoint/slas");
    }

    private static String label(Element element) {
        return ((Element) element.getElementsByTagName("label").item(0)).getAttribute("key");
    }

    private static Element byKey(Document descriptor, String tag, String key) {
        NodeList all = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (element.getAttribute("key").equals(key)) {
                return element;
            }
        }
        throw new AssertionError("the descriptor has no " + tag + " " + key);
    }
}
