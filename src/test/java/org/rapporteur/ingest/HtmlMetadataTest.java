package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.SourceDocument;

/** What invented web pages declare: meta tags, Open Graph, citation tags, JSON-LD and the {@code <title>}. */
class HtmlMetadataTest {
    @TempDir
    Path dir;

    private static DeclaredMetadata read(String html) {
        return HtmlMetadata.read(Jsoup.parse(html));
    }

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("Open Graph with the site split off the title", """
                        <html><head><title>Salt Roads | Meridian Review</title>
                        <meta property="og:title" content="Salt Roads | Meridian Review">
                        <meta property="og:site_name" content="Meridian Review">
                        <meta property="og:type" content="article">
                        <meta property="article:published_time" content="2023-02-14T10:00:00+01:00">
                        <meta name="author" content="Ivo Nakamura">
                        <meta name="description" content="How salt shaped trade.">
                        </head><body><h1>Salt Roads</h1><p>Text.</p></body></html>
                        """, new DeclaredMetadata("Salt Roads", List.of("Ivo Nakamura"), "Meridian Review",
                        "2023-02-14", "How salt shaped trade.", "article")),
                Arguments.of("citation tags win over the rest", """
                        <html><head><title>Working paper 12 - Some Institute</title>
                        <meta name="citation_title" content="Credit After the Flood">
                        <meta name="citation_author" content="Okoye, Adaeze">
                        <meta name="citation_author" content="Lars Petterson">
                        <meta name="citation_publication_date" content="2017/08/21">
                        <meta name="citation_publisher" content="Basin Economics Unit">
                        </head><body><p>Text.</p></body></html>
                        """, new DeclaredMetadata("Credit After the Flood", List.of("Adaeze Okoye", "Lars Petterson"),
                        "Basin Economics Unit", "2017-08-21", null, null)),
                Arguments.of("JSON-LD article with an author list and publisher", """
                        <html><head><title>x</title>
                        <script type="application/ld+json">
                        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Ignored Site"},
                         {"@type":"NewsArticle","headline":"Grid Storage Goes Local","datePublished":"2024-04-02",
                          "author":[{"@type":"Person","name":"Mei Lin Zhou"},"Tomas Berg"],
                          "publisher":{"@type":"Organization","name":"Current Affairs Weekly"}}]}
                        </script></head><body><p>Text.</p></body></html>
                        """, new DeclaredMetadata("Grid Storage Goes Local", List.of("Mei Lin Zhou", "Tomas Berg"),
                        "Current Affairs Weekly", "2024-04-02", null, "NewsArticle")),
                Arguments.of("JSON-LD event: the start date is the date", """
                        <html><head><script type="application/ld+json">
                        {"@type":"Event","name":"Roundtable on Water Rights","startDate":"2022-09-15T14:00",
                         "organizer":{"name":"Arid Lands Council"}}
                        </script></head><body><p>Text.</p></body></html>
                        """, new DeclaredMetadata("Roundtable on Water Rights", List.of(), "Arid Lands Council",
                        "2022-09-15", null, "Event")),
                Arguments.of("broken JSON-LD is skipped; a generic author is not a person", """
                        <html><head><title>Harvest Notes</title>
                        <script type="application/ld+json">{"@type":"Article","headline": broken</script>
                        <meta name="author" content="Staff">
                        </head><body><h1>Harvest Notes</h1><p>Text.</p></body></html>
                        """, new DeclaredMetadata("Harvest Notes", List.of(), null, null, null, null)),
                Arguments.of("site name repeated in the page, a date-only part, a large-font heading", """
                        <html><head><title>:: GLR - March/April 2004 ::</title></head>
                        <body><table><tr><td><font size="4" color="red">Lanterns on the Lake</font>
                        <p>An interview with GLR about the harbour.</p></td></tr></table></body></html>
                        """, new DeclaredMetadata("Lanterns on the Lake", List.of(), "GLR", "2004-03", null, null)),
                Arguments.of("site part dated: the page's date and its parliament's record", """
                        <html><head><title>SECOND READING OF THE FISHERIES BILL - Vanuatu Hansard 2019-05-07</title></head>
                        <body><h3>SECOND READING OF THE FISHERIES BILL</h3><p>Text.</p></body></html>
                        """, new DeclaredMetadata("SECOND READING OF THE FISHERIES BILL", List.of(), "Vanuatu Hansard",
                        "2019-05-07", null, null)),
                Arguments.of("two parts, neither the heading nor repeated: the whole title stays", """
                        <html><head><title>Annual Review - Coastal Trust</title></head>
                        <body><h1>Our Year in Numbers</h1><p>Text.</p></body></html>
                        """, new DeclaredMetadata("Annual Review - Coastal Trust", List.of(), null, null, null, null)),
                Arguments.of("a series label gives way to the page's opening title line", """
                        <html><head><title>Council Minutes Item 7</title></head>
                        <body><p>Harbour Wall Funding 2022-2025 (Item No. 7/2022)</p>
                        <p>The council agreed to fund the wall.</p></body></html>
                        """, new DeclaredMetadata("Harbour Wall Funding 2022-2025", List.of(), null, null, null, null)),
                Arguments.of("a series label stays when the page opens with prose", """
                        <html><head><title>Council Minutes Item 7</title></head>
                        <body><p>The council agreed to fund the wall.</p></body></html>
                        """, new DeclaredMetadata("Council Minutes Item 7", List.of(), null, null, null, null)),
                Arguments.of("nothing declared", """
                        <html><head></head><body><p>Just a paragraph.</p></body></html>
                        """, DeclaredMetadata.none()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void declares(String name, String html, DeclaredMetadata expected) {
        assertEquals(expected, read(html));
    }

    @Test
    void ingestorStoresTheDeclarationsAndTheTextIsUnchanged() throws Exception {
        Path f = Files.writeString(dir.resolve("page.html"), """
                <html><head><title>Quiet Streets | Town Letters</title>
                <meta property="og:site_name" content="Town Letters">
                <script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2020-10-01"}</script>
                </head><body><h1>Quiet Streets</h1><p>The council closed two roads.</p></body></html>
                """);
        SourceDocument doc = new Ingestor().read(f).document();
        assertEquals("Quiet Streets", doc.declared().title());
        assertEquals("Town Letters", doc.declared().organisation());
        assertEquals("2020-10-01", doc.declared().date());
        assertTrue(doc.text().startsWith("Quiet Streets\n\nThe council closed two roads."), doc.text());
    }
}
