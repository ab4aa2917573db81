package gg.jte.generated.ondemand.insight;
import nl.cursusschrift.insight.Insight;
import nl.cursusschrift.insight.Charts;
@SuppressWarnings("unchecked")
public final class JtecurveGenerated {
	public static final String JTE_NAME = "insight/curve.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,3,4,4,4,4,5,5,5,5,5,5,5,6,6,6,7,7,8,8,8,8,8,8,8,8,9,9,9,9,9,9,9,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,10,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,12,12,12,12,12,12,12,12,12,12,12,12,12,13,13,14,14,14,14,15,15,15,15,15,15,15,15,15,15,15,15,16,16,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,17,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,18,19,19,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,20,22,22,24,24,24,24,24,24,24,28,28,28,28,28,28,28,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,29,32,32,34,34,34,2,2,2,2};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JtecurveGenerated.class, "JtecurveGenerated.bin", 45,25,6,40,5,57,5,81,8,12,13,5,1,9,5,1,27,4,1,39,7,18,5,1,9,5,1,20,5,4,1,61,1,24,16,2,2,1,9,6,7,5,1,5,1,68,14,5,1,5,1,6,7,1,17,11,4,1,4,1,14,1,19,1,1,23,17,11,90,4,187,16,5,27,8,21,9,5,4,5,5,35,10);
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
	private static final byte[] TEXT_PART_BINARY_46 = BINARY_CONTENT.get(46);
	private static final byte[] TEXT_PART_BINARY_47 = BINARY_CONTENT.get(47);
	private static final byte[] TEXT_PART_BINARY_48 = BINARY_CONTENT.get(48);
	private static final byte[] TEXT_PART_BINARY_49 = BINARY_CONTENT.get(49);
	private static final byte[] TEXT_PART_BINARY_50 = BINARY_CONTENT.get(50);
	private static final byte[] TEXT_PART_BINARY_51 = BINARY_CONTENT.get(51);
	private static final byte[] TEXT_PART_BINARY_52 = BINARY_CONTENT.get(52);
	private static final byte[] TEXT_PART_BINARY_53 = BINARY_CONTENT.get(53);
	private static final byte[] TEXT_PART_BINARY_54 = BINARY_CONTENT.get(54);
	private static final byte[] TEXT_PART_BINARY_55 = BINARY_CONTENT.get(55);
	private static final byte[] TEXT_PART_BINARY_56 = BINARY_CONTENT.get(56);
	private static final byte[] TEXT_PART_BINARY_57 = BINARY_CONTENT.get(57);
	private static final byte[] TEXT_PART_BINARY_58 = BINARY_CONTENT.get(58);
	private static final byte[] TEXT_PART_BINARY_59 = BINARY_CONTENT.get(59);
	private static final byte[] TEXT_PART_BINARY_60 = BINARY_CONTENT.get(60);
	private static final byte[] TEXT_PART_BINARY_61 = BINARY_CONTENT.get(61);
	private static final byte[] TEXT_PART_BINARY_62 = BINARY_CONTENT.get(62);
	private static final byte[] TEXT_PART_BINARY_63 = BINARY_CONTENT.get(63);
	private static final byte[] TEXT_PART_BINARY_64 = BINARY_CONTENT.get(64);
	private static final byte[] TEXT_PART_BINARY_65 = BINARY_CONTENT.get(65);
	private static final byte[] TEXT_PART_BINARY_66 = BINARY_CONTENT.get(66);
	private static final byte[] TEXT_PART_BINARY_67 = BINARY_CONTENT.get(67);
	private static final byte[] TEXT_PART_BINARY_68 = BINARY_CONTENT.get(68);
	private static final byte[] TEXT_PART_BINARY_69 = BINARY_CONTENT.get(69);
	private static final byte[] TEXT_PART_BINARY_70 = BINARY_CONTENT.get(70);
	private static final byte[] TEXT_PART_BINARY_71 = BINARY_CONTENT.get(71);
	private static final byte[] TEXT_PART_BINARY_72 = BINARY_CONTENT.get(72);
	private static final byte[] TEXT_PART_BINARY_73 = BINARY_CONTENT.get(73);
	private static final byte[] TEXT_PART_BINARY_74 = BINARY_CONTENT.get(74);
	private static final byte[] TEXT_PART_BINARY_75 = BINARY_CONTENT.get(75);
	private static final byte[] TEXT_PART_BINARY_76 = BINARY_CONTENT.get(76);
	private static final byte[] TEXT_PART_BINARY_77 = BINARY_CONTENT.get(77);
	private static final byte[] TEXT_PART_BINARY_78 = BINARY_CONTENT.get(78);
	private static final byte[] TEXT_PART_BINARY_79 = BINARY_CONTENT.get(79);
	private static final byte[] TEXT_PART_BINARY_80 = BINARY_CONTENT.get(80);
	private static final byte[] TEXT_PART_BINARY_81 = BINARY_CONTENT.get(81);
	private static final byte[] TEXT_PART_BINARY_82 = BINARY_CONTENT.get(82);
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, Insight.Curve curve) {
		String id = "grafiek-" + curve.field() + "-" + Integer.toHexString(System.identityHashCode(curve)); var g = Charts.curve(curve);
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
		jteOutput.writeUserContent(curve.caption());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
		jteOutput.setContext("p", null);
		jteOutput.writeUserContent(curve.summary());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
		if (!curve.points().isEmpty()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
			jteOutput.setContext("svg", "aria-labelledby");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("svg", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
			jteOutput.setContext("svg", "aria-labelledby");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("svg", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
			jteOutput.setContext("desc", "id");
			jteOutput.writeUserContent(id);
			jteOutput.setContext("desc", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
			jteOutput.setContext("desc", null);
			jteOutput.writeUserContent(curve.summary());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
			for (var t : g.yTicks()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
				var __jte_html_attribute_0 = t.position();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
					jteOutput.setContext("line", "y1");
					jteOutput.writeUserContent(__jte_html_attribute_0);
					jteOutput.setContext("line", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
				var __jte_html_attribute_1 = t.position();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
					jteOutput.setContext("line", "y2");
					jteOutput.writeUserContent(__jte_html_attribute_1);
					jteOutput.setContext("line", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
				var __jte_html_attribute_2 = t.position();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
					jteOutput.setContext("text", "y");
					jteOutput.writeUserContent(__jte_html_attribute_2);
					jteOutput.setContext("text", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
				jteOutput.setContext("text", null);
				jteOutput.writeUserContent(t.label());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
			var __jte_html_attribute_3 = g.zeroY();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
				jteOutput.setContext("line", "y1");
				jteOutput.writeUserContent(__jte_html_attribute_3);
				jteOutput.setContext("line", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
			var __jte_html_attribute_4 = g.zeroY();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_4)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
				jteOutput.setContext("line", "y2");
				jteOutput.writeUserContent(__jte_html_attribute_4);
				jteOutput.setContext("line", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_27);
			if (!g.path().isEmpty()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_28);
				var __jte_html_attribute_5 = g.path();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_5)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_29);
					jteOutput.setContext("path", "d");
					jteOutput.writeUserContent(__jte_html_attribute_5);
					jteOutput.setContext("path", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_30);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_31);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_32);
			for (var dot : g.dots()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_33);
				jteOutput.setContext("g", "class");
				jteOutput.writeUserContent(dot.marked() ? " marked" : "");
				jteOutput.setContext("g", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_34);
				jteOutput.setContext("title", null);
				jteOutput.writeUserContent(dot.label());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_35);
				jteOutput.setContext("title", null);
				jteOutput.writeUserContent(dot.feeling());
				if (dot.marked()) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_36);
					jteOutput.setContext("title", null);
					jteOutput.writeUserContent(curve.markLabel());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_37);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_38);
				if (dot.cy() != null) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_39);
					if (dot.marked()) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_40);
						var __jte_html_attribute_6 = dot.cx();
						if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_6)) {
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_41);
							jteOutput.setContext("circle", "cx");
							jteOutput.writeUserContent(__jte_html_attribute_6);
							jteOutput.setContext("circle", null);
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_42);
						}
						var __jte_html_attribute_7 = dot.cy();
						if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_7)) {
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_43);
							jteOutput.setContext("circle", "cy");
							jteOutput.writeUserContent(__jte_html_attribute_7);
							jteOutput.setContext("circle", null);
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_44);
						}
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_45);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_46);
					var __jte_html_attribute_8 = dot.cx();
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_8)) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_47);
						jteOutput.setContext("circle", "cx");
						jteOutput.writeUserContent(__jte_html_attribute_8);
						jteOutput.setContext("circle", null);
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_48);
					}
					var __jte_html_attribute_9 = dot.cy();
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_9)) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_49);
						jteOutput.setContext("circle", "cy");
						jteOutput.writeUserContent(__jte_html_attribute_9);
						jteOutput.setContext("circle", null);
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_50);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_51);
					var __jte_html_attribute_10 = dot.marked() ? "#a8401a" : "#1e4e79";
					if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_10)) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_52);
						jteOutput.setContext("circle", "fill");
						jteOutput.writeUserContent(__jte_html_attribute_10);
						jteOutput.setContext("circle", null);
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_53);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_54);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_55);
				var __jte_html_attribute_11 = dot.cx();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_11)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_56);
					jteOutput.setContext("text", "x");
					jteOutput.writeUserContent(__jte_html_attribute_11);
					jteOutput.setContext("text", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_57);
				}
				var __jte_html_attribute_12 = dot.labelY();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_12)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_58);
					jteOutput.setContext("text", "y");
					jteOutput.writeUserContent(__jte_html_attribute_12);
					jteOutput.setContext("text", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_59);
				}
				var __jte_html_attribute_13 = dot.anchor();
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_13)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_60);
					jteOutput.setContext("text", "text-anchor");
					jteOutput.writeUserContent(__jte_html_attribute_13);
					jteOutput.setContext("text", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_61);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_62);
				jteOutput.setContext("text", "transform");
				jteOutput.writeUserContent(dot.angle());
				jteOutput.setContext("text", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_63);
				jteOutput.setContext("text", "transform");
				jteOutput.writeUserContent(dot.cx());
				jteOutput.setContext("text", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_64);
				jteOutput.setContext("text", "transform");
				jteOutput.writeUserContent(dot.labelY());
				jteOutput.setContext("text", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_65);
				jteOutput.setContext("text", null);
				jteOutput.writeUserContent(dot.shortLabel());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_66);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_67);
			if (curve.markLabel() != null) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_68);
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(curve.markLabel());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_69);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_70);
			if (curve.markLabel() != null) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_71);
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(curve.markLabel());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_72);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_73);
			for (int i = 0; i < curve.points().size(); i++) {
				var p = curve.points().get(i);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_74);
				jteOutput.setContext("td", null);
				jteOutput.writeUserContent(i + 1);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_75);
				jteOutput.setContext("th", null);
				jteOutput.writeUserContent(p.label());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_76);
				jteOutput.setContext("td", null);
				jteOutput.writeUserContent(p.feeling() == null ? "niet ingevuld" : nl.cursusschrift.insight.Charts.shorten(String.valueOf(p.feeling() > 0 ? "+" + p.feeling() : p.feeling()), 5));
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_77);
				if (curve.markLabel() != null) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_78);
					jteOutput.setContext("td", null);
					jteOutput.writeUserContent(p.marked() ? "ja" : "");
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_79);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_80);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_81);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_82);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		Insight.Curve curve = (Insight.Curve)params.get("curve");
		render(jteOutput, jteHtmlInterceptor, curve);
	}
}
