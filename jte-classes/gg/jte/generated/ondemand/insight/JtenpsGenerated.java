package gg.jte.generated.ondemand.insight;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.Charts;
@SuppressWarnings("unchecked")
public final class JtenpsGenerated {
	public static final String JTE_NAME = "insight/nps.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,4,4,4,4,5,5,5,5,5,5,5,6,6,6,6,6,6,6,6,6,7,7,8,8,8,8,8,8,8,8,9,9,9,9,9,9,9,10,10,12,12,12,12,12,12,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,13,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,16,16,19,19,19,19,19,19,19,19,19,20,20,20,20,20,20,20,20,20,20,20,20,28,28,28,28,28,28,29,29,29,29,29,29,30,30,30,30,30,30,31,31,31,35,35,37,37,37,2,2,2,2};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JtenpsGenerated.class, "JtenpsGenerated.bin", 43,25,6,40,28,8,5,57,5,75,8,8,37,2,32,4,1,7,8,1,12,7,1,9,5,4,1,44,7,10,247,5,1,60,4,1,51,388,9,71,9,67,9,79,52,10);
	private static final byte[] TEXT_PART_BINARY_0 = BINARY_CONTENT.get(0);
	private static final byte[] TEXT_PART_BINARY_1 = BINARY_CONTENT.get(1);
	private static final byte[] TEXT_PART_BINARY_2 = BINARY_CONTENT.get(2);
	private static final byte[] TEXT_PART_BINARY_3 = BINARY_CONTENT.get(3);
	private static final byte[] TEXT_PART_BINARY_4 = BINARY_CONTENT.get(4);
	private static final byte[] TEXT_PART_BINARY_5 = BINARY_CONTENT.get(5);
	private static final byte[] TEXT_PART_BINARY_6 = BINARY_CONTENT.get(6);
	private static final byte[] TEXT_PART_BINARY_7 = BINARY_CONTENT.get(7);
	private static final byte[] TEXT_PART_BINARY_8 = BINARY_CONTENT.get(8);
	private static final byte[] TEXT_PART_BINARY_9 = BINARY_CONTENT.get(9);
	private static final byte[] TEXT_PART_BINARY_10 = BINARY_CONTENT.get(10);
	private static final byte[] TEXT_PART_BINARY_11 = BINARY_CONTENT.get(11);
	private static final byte[] TEXT_PART_BINARY_12 = BINARY_CONTENT.get(12);
	private static final byte[] TEXT_PART_BINARY_13 = BINARY_CONTENT.get(13);
	private static final byte[] TEXT_PART_BINARY_14 = BINARY_CONTENT.get(14);
	private static final byte[] TEXT_PART_BINARY_15 = BINARY_CONTENT.get(15);
	private static final byte[] TEXT_PART_BINARY_16 = BINARY_CONTENT.get(16);
	private static final byte[] TEXT_PART_BINARY_17 = BINARY_CONTENT.get(17);
	private static final byte[] TEXT_PART_BINARY_18 = BINARY_CONTENT.get(18);
	private static final byte[] TEXT_PART_BINARY_19 = BINARY_CONTENT.get(19);
	private static final byte[] TEXT_PART_BINARY_20 = BINARY_CONTENT.get(20);
	private static final byte[] TEXT_PART_BINARY_21 = BINARY_CONTENT.get(21);
	private static final byte[] TEXT_PART_BINARY_22 = BINARY_CONTENT.get(22);
	private static final byte[] TEXT_PART_BINARY_23 = BINARY_CONTENT.get(23);
	private static final byte[] TEXT_PART_BINARY_24 = BINARY_CONTENT.get(24);
	private static final byte[] TEXT_PART_BINARY_25 = BINARY_CONTENT.get(25);
	private static final byte[] TEXT_PART_BINARY_26 = BINARY_CONTENT.get(26);
	private static final byte[] TEXT_PART_BINARY_27 = BINARY_CONTENT.get(27);
	private static final byte[] TEXT_PART_BINARY_28 = BINARY_CONTENT.get(28);
	private static final byte[] TEXT_PART_BINARY_29 = BINARY_CONTENT.get(29);
	private static final byte[] TEXT_PART_BINARY_30 = BINARY_CONTENT.get(30);
	private static final byte[] TEXT_PART_BINARY_31 = BINARY_CONTENT.get(31);
	private static final byte[] TEXT_PART_BINARY_32 = BINARY_CONTENT.get(32);
	private static final byte[] TEXT_PART_BINARY_33 = BINARY_CONTENT.get(33);
	private static final byte[] TEXT_PART_BINARY_34 = BINARY_CONTENT.get(34);
	private static final byte[] TEXT_PART_BINARY_35 = BINARY_CONTENT.get(35);
	private static final byte[] TEXT_PART_BINARY_36 = BINARY_CONTENT.get(36);
	private static final byte[] TEXT_PART_BINARY_37 = BINARY_CONTENT.get(37);
	private static final byte[] TEXT_PART_BINARY_38 = BINARY_CONTENT.get(38);
	private static final byte[] TEXT_PART_BINARY_39 = BINARY_CONTENT.get(39);
	private static final byte[] TEXT_PART_BINARY_40 = BINARY_CONTENT.get(40);
	private static final byte[] TEXT_PART_BINARY_41 = BINARY_CONTENT.get(41);
	private static final byte[] TEXT_PART_BINARY_42 = BINARY_CONTENT.get(42);
	private static final byte[] TEXT_PART_BINARY_43 = BINARY_CONTENT.get(43);
	private static final byte[] TEXT_PART_BINARY_44 = BINARY_CONTENT.get(44);
	private static final byte[] TEXT_PART_BINARY_45 = BINARY_CONTENT.get(45);
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, Insight.Nps nps) {
		String id = "grafiek-" + nps.field() + "-" + Integer.toHexString(System.identityHashCode(nps));
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
		jteOutput.setContext("figure", "aria-labelledby");
		jteOutput.writeUserContent(id);
		jteOutput.setContext("figure", null);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
		jteOutput.setContext("figcaption", "id");
		jteOutput.writeUserContent(id);
		jteOutput.setContext("figcaption", null);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
		jteOutput.setContext("figcaption", null);
		jteOutput.writeUserContent(nps.caption());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
		if (nps.total() > 0) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
			jteOutput.setContext("span", null);
			jteOutput.writeUserContent(nps.scoreText());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
		}
		jteOutput.setContext("p", null);
		jteOutput.writeUserContent(nps.summary());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
		if (nps.total() > 0) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
			jteOutput.setContext("svg", "aria-labelledby");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("svg", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
			jteOutput.setContext("svg", "aria-labelledby");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("svg", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
			jteOutput.setContext("desc", "id");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("desc", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
			jteOutput.setContext("desc", null);
			jteOutput.writeUserContent(nps.summary());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
			for (var seg : Charts.npsSegments(nps)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
				jteOutput.setContext("title", null);
				jteOutput.writeUserContent(seg.label());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
				jteOutput.setContext("title", null);
				jteOutput.writeUserContent(seg.text());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
				var __jte_html_attribute_0 = seg.x();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
					jteOutput.setContext("rect", "x");
					jteOutput.writeUserContent(__jte_html_attribute_0);
					jteOutput.setContext("rect", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
				var __jte_html_attribute_1 = seg.width();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
					jteOutput.setContext("rect", "width");
					jteOutput.writeUserContent(__jte_html_attribute_1);
					jteOutput.setContext("rect", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
				var __jte_html_attribute_2 = seg.fill();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
					jteOutput.setContext("rect", "fill");
					jteOutput.writeUserContent(__jte_html_attribute_2);
					jteOutput.setContext("rect", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
				if (seg.wide()) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
					var __jte_html_attribute_3 = seg.textX();
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
						jteOutput.setContext("text", "x");
						jteOutput.writeUserContent(__jte_html_attribute_3);
						jteOutput.setContext("text", null);
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_27);
					jteOutput.setContext("text", null);
					jteOutput.writeUserContent(seg.text());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_28);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_29);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_30);
			var __jte_html_attribute_4 = Charts.npsMarker(nps);
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_4)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_31);
				jteOutput.setContext("circle", "cx");
				jteOutput.writeUserContent(__jte_html_attribute_4);
				jteOutput.setContext("circle", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_32);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_33);
			var __jte_html_attribute_5 = Charts.npsMarker(nps);
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_5)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_34);
				jteOutput.setContext("text", "x");
				jteOutput.writeUserContent(__jte_html_attribute_5);
				jteOutput.setContext("text", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_35);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_36);
			jteOutput.setContext("text", null);
			jteOutput.writeUserContent(nps.scoreText());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_37);
			jteOutput.setContext("td", null);
			jteOutput.writeUserContent(nps.promoters());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_38);
			jteOutput.setContext("td", null);
			jteOutput.writeUserContent(nps.percents()[2]);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_39);
			jteOutput.setContext("td", null);
			jteOutput.writeUserContent(nps.passives());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_40);
			jteOutput.setContext("td", null);
			jteOutput.writeUserContent(nps.percents()[1]);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_41);
			jteOutput.setContext("td", null);
			jteOutput.writeUserContent(nps.detractors());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_42);
			jteOutput.setContext("td", null);
			jteOutput.writeUserContent(nps.percents()[0]);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_43);
			jteOutput.setContext("td", null);
			jteOutput.writeUserContent(nps.scoreText());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_44);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_45);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		Insight.Nps nps = (Insight.Nps)params.get("nps");
		render(jteOutput, jteHtmlInterceptor, nps);
	}
}
