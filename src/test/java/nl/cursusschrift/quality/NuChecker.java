package nl.cursusschrift.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.json.Serializer;
import nu.validator.messages.JsonMessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.xml.SystemErrErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker (the checker behind the W3C's HTML validator) as a library: a page's HTML in, the
 * checker's JSON messages out, set up as its command-line client sets itself up for an HTML file.
 */
final class NuChecker {
    /** One message of the checker's JSON output. */
    record Message(String type, String subType, int line, int column, String text, String extract) {
        /** "error" (with subType "fatal" for a parse abort) and "non-document-error" count; "info" (warnings) does not. */
        boolean isError() {
            return type.equals("error") || type.equals("non-document-error");
        }
    }

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final ObjectMapper json = new ObjectMapper();

    NuChecker() {
        System.setProperty("nu.validator.datatype.warn", "true");
        // log4j set up from the checker's own file, URLs not logged, no language detection: it only ever warns.
        validator = new SimpleDocumentValidator(true, false, false);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, new SystemErrErrorHandler());
        } catch (Exception e) {
            throw new IllegalStateException("the checker's HTML schema did not load", e);
        }
    }

    List<Message> check(String html, String systemId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            var emitter = new JsonMessageEmitter(new Serializer(out), null, false, "library");
            var messages = new MessageEmitterAdapter(null, validator.getSourceCode(), false, new ImageCollector(validator.getSourceCode()),
                    0, true, emitter);
            messages.setHtml(true);
            messages.start(systemId);
            validator.setUpValidatorAndParsers(messages, false, false);
            InputSource in = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            in.setSystemId(systemId);
            validator.checkHtmlInputSource(in);
            messages.end("Document checking completed. No errors found.", "Document checking completed.", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("the checker failed on " + systemId, e);
        }
        return parse(out.toString(StandardCharsets.UTF_8));
    }

    private List<Message> parse(String output) {
        try {
            List<Message> list = new ArrayList<>();
            for (JsonNode m : json.readTree(output).path("messages")) {
                list.add(new Message(m.path("type").asText(), m.path("subType").asText(""), m.path("lastLine").asInt(0),
                        m.path("firstColumn").asInt(m.path("lastColumn").asInt(0)), m.path("message").asText(), m.path("extract").asText("")));
            }
            return list;
        } catch (IOException e) {
            throw new IllegalStateException("the checker's JSON did not parse: " + output, e);
        }
    }
}
