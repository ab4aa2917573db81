package gg.jte.generated.ondemand.insight;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.Charts;
@SuppressWarnings("unchecked")
public final class JteshareGenerated {
	public static final String JTE_NAME = "insight/share.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,4,4,4,4,5,5,5,5,5,5,5,6,6,6,7,7,8,8,8,8,8,8,8,8,8,8,8,8,9,9,9,9,9,9,9,10,10,12,12,12,12,12,12,13,13,13,13,13,13,13,13,13,13,13,13,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,14,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,15,17,17,24,24,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,25,26,26,30,30,32,32,32,2,2,2,2};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JteshareGenerated.class, "JteshareGenerated.bin", 45,25,6,40,5,24,30,5,72,8,8,37,2,28,4,1,37,31,4,1,4,1,8,1,9,1,7,7,1,14,4,1,4,1,19,17,223,9,8,1,17,9,9,12,41,10);
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
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, Insight.Share share) {
		String id = "grafiek-" + share.field() + "-" + Integer.toHexString(System.identityHashCode(share));
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
		jteOutput.writeUserContent(share.caption());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
		jteOutput.setContext("p", null);
		jteOutput.writeUserContent(share.summary());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
		if (share.total() > 0) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
			jteOutput.setContext("svg", "viewBox");
			jteOutput.writeUserContent(Charts.shareHeight(share));
			jteOutput.setContext("svg", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
			jteOutput.setContext("svg", "aria-labelledby");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("svg", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
			jteOutput.setContext("svg", "aria-labelledby");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("svg", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
			jteOutput.setContext("desc", "id");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("desc", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
			jteOutput.setContext("desc", null);
			jteOutput.writeUserContent(share.summary());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
			for (var bar : Charts.shareBars(share)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
				jteOutput.setContext("title", null);
				jteOutput.writeUserContent(bar.label());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
				jteOutput.setContext("title", null);
				jteOutput.writeUserContent(bar.value());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
				var __jte_html_attribute_0 = bar.labelY();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
					jteOutput.setContext("text", "y");
					jteOutput.writeUserContent(__jte_html_attribute_0);
					jteOutput.setContext("text", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
				jteOutput.setContext("text", null);
				jteOutput.writeUserContent(bar.shortLabel());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
				var __jte_html_attribute_1 = bar.x();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
					jteOutput.setContext("rect", "x");
					jteOutput.writeUserContent(__jte_html_attribute_1);
					jteOutput.setContext("rect", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
				}
				var __jte_html_attribute_2 = bar.y();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
					jteOutput.setContext("rect", "y");
					jteOutput.writeUserContent(__jte_html_attribute_2);
					jteOutput.setContext("rect", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
				}
				var __jte_html_attribute_3 = bar.width();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
					jteOutput.setContext("rect", "width");
					jteOutput.writeUserContent(__jte_html_attribute_3);
					jteOutput.setContext("rect", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
				}
				var __jte_html_attribute_4 = bar.height();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_4)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
					jteOutput.setContext("rect", "height");
					jteOutput.writeUserContent(__jte_html_attribute_4);
					jteOutput.setContext("rect", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
				var __jte_html_attribute_5 = bar.fill();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_5)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_27);
					jteOutput.setContext("rect", "fill");
					jteOutput.writeUserContent(__jte_html_attribute_5);
					jteOutput.setContext("rect", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_28);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_29);
				var __jte_html_attribute_6 = bar.textX();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_6)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_30);
					jteOutput.setContext("text", "x");
					jteOutput.writeUserContent(__jte_html_attribute_6);
					jteOutput.setContext("text", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_31);
				}
				var __jte_html_attribute_7 = bar.textY();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_7)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_32);
					jteOutput.setContext("text", "y");
					jteOutput.writeUserContent(__jte_html_attribute_7);
					jteOutput.setContext("text", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_33);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_34);
				jteOutput.setContext("text", null);
				jteOutput.writeUserContent(bar.value());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_35);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_36);
			for (var slice : share.slices()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_37);
				var __jte_html_attribute_8 = slice == share.highlight() ? "highlight" : null;
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_8)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_38);
					jteOutput.setContext("tr", "class");
					jteOutput.writeUserContent(__jte_html_attribute_8);
					jteOutput.setContext("tr", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_39);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_40);
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(slice.label());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_41);
				jteOutput.setContext("td", null);
				jteOutput.writeUserContent(slice.count());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_42);
				jteOutput.setContext("td", null);
				jteOutput.writeUserContent(slice.percent());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_43);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_44);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_45);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		Insight.Share share = (Insight.Share)params.get("share");
		render(jteOutput, jteHtmlInterceptor, share);
	}
}
