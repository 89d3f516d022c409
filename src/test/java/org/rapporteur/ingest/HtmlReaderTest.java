package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.SourceDocument;

class HtmlReaderTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Delta Institute | Seminar</title>
            <style>p { color: red }</style><script>var tracking = "do not index";</script></head>
            <body>
            <nav><a href="/">Home</a> <a href="/about">About us</a></nav>
            <article>
              <h1>Seminar on   Coastal
                  Resilience</h1>
              <p>The seminar was held on <b>3 May 2024</b> in the
                 institute&rsquo;s main hall &amp; online.</p>
              <h2>Speakers</h2>
              <p>Dr Nora Vale<br>Director, Delta Institute</p>
              <ul>
                <li><p>Sea levels are rising faster than planned for.</p></li>
                <li>Funding must follow <i>risk</i>, not politics.
                  <ul><li>nested point</li></ul>
                </li>
              </ul>
              <ol start="3"><li>third</li><li>fourth</li></ol>
              <table>
                <tr><th>Time</th><th>Session</th></tr>
                <tr><td>0930</td><td><p>Opening</p><p>by the chair</p></td></tr>
              </table>
              <form><input name="q"><button>Search</button></form>
              <p>Last&nbsp;paragraph.</p>
            </article>
            </body></html>
            """;

    @Test
    void pageBecomesParagraphsListsAndRows() throws Exception {
        Path f = Files.writeString(dir.resolve("seminar.html"), PAGE);

        SourceDocument doc = ingestor.read(f).document();

        assertEquals("html", doc.format());
        assertTrue(doc.pages().isEmpty());
        assertEquals("""
                Seminar on Coastal Resilience

                The seminar was held on 3 May 2024 in the institute’s main hall & online.

                Speakers

                Dr Nora Vale
                Director, Delta Institute

                - Sea levels are rising faster than planned for.
                - Funding must follow risk, not politics.
                - nested point

                3. third
                4. fourth

                Time\tSession
                0930\tOpening by the chair

                Last paragraph.""", doc.text());
    }

    @Test
    void titleLeadsWhenThereIsNoTopHeading() throws Exception {
        Path f = Files.writeString(dir.resolve("brief.htm"),
                "<html><head><title>Policy Brief 12</title></head><body><div>Text one.</div><div>Text two.</div></body></html>");

        assertEquals("Policy Brief 12\n\nText one.\n\nText two.", ingestor.read(f).document().text());
    }

    @Test
    void charsetComesFromMetaWhenBytesAreNotUtf8() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "</head><body><p>Caf\u00e9 \u201cquoted\u201d \u2013 done</p></body></html>";
        Path f = Files.write(dir.resolve("legacy.HTM"), html.getBytes(Charset.forName("windows-1252")));

        assertEquals("Caf\u00e9 \u201cquoted\u201d \u2013 done", ingestor.read(f).document().text());
    }

    @Test
    void utf8BomWins() throws Exception {
        byte[] body = "<p>na\u00efve r\u00e9sum\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Path f = Files.write(dir.resolve("bom.html"), bytes);

        assertEquals("na\u00efve r\u00e9sum\u00e9", ingestor.read(f).document().text());
    }
}
