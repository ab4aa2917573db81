package nl.cursusschrift.insight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Map;
import nl.cursusschrift.assignment.Assignment;
import nl.cursusschrift.assignment.AssignmentParser;
import nl.cursusschrift.assignment.Json;
import nl.cursusschrift.yaml.Problems;
import nl.cursusschrift.yaml.YamlNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Each computation at its edges, and the SVG it draws read back as XML. */
class InsightsTest {
    static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    static Assignment spec(String yaml) {
        Problems problems = new Problems("test", 1);
        Assignment a = nl.cursusschrift.Main.assignmentParser().parse(YamlNode.parse(yaml, problems));
        if (a == null) throw new AssertionError(problems.list());
        return a;
    }

    static final Assignment LOG = spec("""
            fields:
              - id: log
                type: log
                label: Contacten
                item: Contact
                fields: [{id: indruk, type: choice, label: Indruk, options: [Magisch, Maakt niet uit, Miserabel]}]
            insights: [{type: share, field: log, by: indruk, highlight: Maakt niet uit}]
            """);
    static final Assignment NPS = spec("""
            fields:
              - {id: klanten, type: list, label: Klanten, item: Klant, min: 1, fields: [{id: score, type: score, label: Score}]}
            insights: [{type: nps, field: klanten, score: score}]
            """);
    static final Assignment PLOT = spec("""
            fields:
              - id: momenten
                type: list
                label: Contactmomenten
                item: Moment
                fields:
                  - {id: naam, type: text, label: Contactmoment}
                  - {id: type, type: choice, label: Type, options: [{value: '-1', label: Min}, {value: '0', label: Gewoon}, {value: '1', label: WoW}, {value: '2', label: Magic}]}
                  - {id: impact, type: number, label: Impact, min: 1, max: 100, unit: '%'}
            insights: [{type: plot, field: momenten, x: type, y: impact, label: naam}]
            """);
    static final Assignment CURVE = spec("""
            fields:
              - id: reis
                type: journey
                label: De reis
                fields: [{id: inzet, type: choice, label: Inzet, options: [Messi, Gewone service]}]
            insights: [{type: curve, field: reis, mark: inzet, mark_value: Messi}]
            """);

    static ObjectNode doc(String field, List<Map<String, String>> items) {
        ObjectNode doc = Json.object();
        ArrayNode array = doc.putArray(field);
        for (Map<String, String> item : items) {
            ObjectNode o = array.addObject();
            item.forEach(o::put);
        }
        return doc;
    }

    static Document svg(Insight insight) {
        StringOutput out = new StringOutput();
        ENGINE.render("insight/insight.jte", Map.of("insight", insight), out);
        return Jsoup.parse(out.toString(), "", Parser.xmlParser());
    }

    @Test
    void share_noAnswers_saysSo_andDrawsNothing() {
        Insight.Share share = (Insight.Share) Insights.compute(LOG, Json.object()).get(0);
        assertEquals(0, share.total());
        assertEquals("Nog niets om te tellen: kies bij elke regel 'Indruk'.", share.summary());
        assertTrue(svg(share).select("svg").isEmpty());
    }

    @Test
    void share_percentagesAddUpTo100_andMissingValuesAreNamed() {
        Insight.Share share = (Insight.Share) Insights.compute(LOG, doc("log", List.of(Map.of("indruk", "Magisch"),
                Map.of("indruk", "Maakt niet uit"), Map.of("indruk", "Miserabel"), Map.of()))).get(0);
        assertEquals(List.of(34, 33, 33), share.slices().stream().map(Insight.Slice::percent).toList());
        assertEquals("1 van je 3 contacten (33%) was 'Maakt niet uit'. Bij 1 contact ontbreekt nog 'Indruk'.", share.summary());
        Document svg = svg(share);
        assertEquals(3, svg.select("rect.bar").size());
        assertEquals(List.of("Magisch", "Maakt niet uit", "Miserabel"), svg.select("text.bar-label").eachText());
        assertEquals(List.of("1 (34%)", "1 (33%)", "1 (33%)"), svg.select("text.bar-value").eachText());
        assertEquals("#a8401a", svg.select("rect.bar").get(1).attr("fill"), "the highlighted option stands out");
        assertEquals(3, svg.select("table tbody tr").size());
    }

    @Test
    void nps_allPromotersIsPlus100_allDetractorsMinus100() {
        Insight.Nps all = (Insight.Nps) Insights.compute(NPS, doc("klanten", List.of(Map.of("score", "9"), Map.of("score", "10")))).get(0);
        assertEquals(100, all.score());
        assertEquals("+100", all.scoreText());
        Insight.Nps none = (Insight.Nps) Insights.compute(NPS, doc("klanten", List.of(Map.of("score", "0"), Map.of("score", "6")))).get(0);
        assertEquals(-100, none.score());
        Insight.Nps empty = (Insight.Nps) Insights.compute(NPS, Json.object()).get(0);
        assertEquals(0, empty.total());
        assertEquals("Nog geen scores: vul bij elke klant een cijfer in.", empty.summary());
    }

    @Test
    void nps_isPromotersMinusDetractors_withTheSplitDrawnAsAStackedBar() {
        List<Map<String, String>> scores = List.of(Map.of("score", "10"), Map.of("score", "9"), Map.of("score", "9"), Map.of("score", "8"),
                Map.of("score", "7"), Map.of("score", "6"), Map.of("score", "3"), Map.of());
        Insight.Nps nps = (Insight.Nps) Insights.compute(NPS, doc("klanten", scores)).get(0);
        assertEquals(3, nps.promoters());
        assertEquals(2, nps.passives());
        assertEquals(2, nps.detractors());
        assertEquals(14, nps.score(), "(3 - 2) / 7 = 14.3%");
        assertArrayEquals(new int[] {29, 28, 43}, nps.percents(), "largest remainder; a tie goes to the first");
        assertTrue(nps.summary().endsWith("Bij 1 klant ontbreekt nog 'Score'."));
        Document svg = svg(nps);
        assertEquals(3, svg.select("rect.bar").size());
        assertEquals("NPS +14", svg.selectFirst("text.nps-label").text());
        double total = svg.select("rect.bar").stream().mapToDouble(r -> Double.parseDouble(r.attr("width"))).sum();
        assertEquals(560.0, total, 0.5, "the three parts fill the bar");
    }

    @Test
    void plot_placesItemsOnTypeAndImpact_withLabelsAndTicks() {
        String longLabel = "De factuur van ons installatiebedrijf, na de reparatie van de cv-ketel";
        Insight.Plot plot = (Insight.Plot) Insights.compute(PLOT, doc("momenten", List.of(
                Map.of("naam", longLabel, "type", "-1", "impact", "80"),
                Map.of("naam", "Begroeting aan de balie (één glimlach)", "type", "2", "impact", "35,5"),
                Map.of("naam", "Zonder impact", "type", "1")))).get(0);
        assertEquals(2, plot.points().size());
        assertEquals(1, plot.missing());
        assertEquals(List.of("Min", "Gewoon", "WoW", "Magic"), plot.xTicks().stream().map(Insight.Tick::label).toList());
        assertEquals(0, plot.yMin(), "round ticks: the declared 1..100 becomes 0..100");
        assertEquals(100, plot.yMax());
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), plot.yTicks().stream().map(Insight.Tick::label).toList());
        Document svg = svg(plot);
        assertEquals(2, svg.select("circle.point").size());
        assertEquals("De factuur van ons in…", svg.select("text.point-label").get(0).text(), "long labels are shortened on the chart");
        assertTrue(svg.select("g.dot title").get(0).text().startsWith(longLabel), "the full label is kept");
        assertEquals("Begroeting aan de balie (één glimlach)", svg.select("table th[scope=row]").get(1).text());
        double minX = Double.parseDouble(svg.select("circle.point").get(0).attr("cx"));
        double magicX = Double.parseDouble(svg.select("circle.point").get(1).attr("cx"));
        assertTrue(minX < magicX, "Min left of Magic");
        assertTrue(Double.parseDouble(svg.select("circle.point").get(0).attr("cy")) < Double.parseDouble(svg.select("circle.point").get(1).attr("cy")),
                "80% higher than 35.5%");
    }

    @Test
    void curve_ofOneTouchpoint_isOnePoint() {
        Insight.Curve curve = (Insight.Curve) Insights.compute(CURVE, doc("reis", List.of(Map.of("touchpoint", "Website", "feeling", "-2")))).get(0);
        assertEquals(1, curve.points().size());
        Document svg = svg(curve);
        assertEquals(1, svg.select("circle.point").size());
        assertTrue(svg.selectFirst("path.line").attr("d").matches("M[0-9.]+ [0-9.]+"), "a path of one point");
    }

    @Test
    void curve_marksPeaks_andShowsTouchpointsWithoutAFeeling() {
        Insight.Curve curve = (Insight.Curve) Insights.compute(CURVE, doc("reis", List.of(
                Map.of("touchpoint", "Föhn gekocht in Breda", "feeling", "3", "inzet", "Messi"),
                Map.of("touchpoint", "Website", "feeling", "-4", "inzet", "Gewone service"),
                Map.of("touchpoint", "Klantenservice"),
                Map.of("touchpoint", "Nieuwe föhn thuisbezorgd", "feeling", "5", "inzet", "Messi")))).get(0);
        assertEquals("4 contactmomenten; het hoogtepunt is 'Nieuwe föhn thuisbezorgd' (+5), het dal 'Website' (-4); 2 keer 'Messi'."
                + " Bij 1 contactmoment ontbreekt nog 'Gevoel van de klant'.", curve.summary());
        Document svg = svg(curve);
        assertEquals(3, svg.select("circle.point").size(), "the one without a feeling has no point");
        assertEquals(2, svg.select("circle.peak").size());
        assertEquals(4, svg.select("text.point-label").size());
        assertEquals("Föhn gekocht in B…", svg.select("text.point-label").get(0).text());
        assertTrue(svg.select("g.touchpoint title").get(0).text().startsWith("Föhn gekocht in Breda: +3"));
        assertEquals(3, svg.selectFirst("path.line").attr("d").split("L").length);
        assertFalse(svg.select("svg").attr("viewBox").isEmpty());
        assertNull(svg.selectFirst("script"));
    }
}
