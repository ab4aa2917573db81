package gg.jte.generated.ondemand.assignment;
import nl.cursusschrift.assignment.AnswerView;
@SuppressWarnings("unchecked")
public final class JteanswerGenerated {
	public static final String JTE_NAME = "assignment/answer.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,4,4,4,5,7,7,7,8,8,8,8,8,8,8,8,8,9,9,9,9,11,11,13,13,13,14,14,14,14,15,15,17,17,19,19,19,19,19,19,19,21,21,22,22,22,22,22,22,22,23,23,23,23,23,23,23,23,23,23,23,23,23,23,23,24,24,27,27,29,29,30,32,32,33,33,33,33,33,33,33,33,33,33,34,34,36,36,36,36,38,38,40,40,42,42,43,44,48,48,49,49,49,49,49,49,49,49,49,49,50,50,52,52,54,54,54,1,2,2,2,2};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JteanswerGenerated.class, "JteanswerGenerated.bin", 21,57,9,34,23,4,5,10,57,9,1,39,53,16,5,28,10,24,5,12,27,10,1,1,10,1,34,29,15,8,4,9,5,1,18,13,10,9,207,4,31,11,4,1,9,7);
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
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, AnswerView answer, java.util.Map<String, String> comments) {
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
		for (var entry : answer.entries()) {
			if (entry instanceof AnswerView.Value v) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(v.label());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
				if (v.text().isEmpty()) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
				} else {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
					jteOutput.setContext("p", null);
					jteOutput.writeUserContent(v.text());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
				if (comments.get(v.id()) != null) {
					gg.jte.generated.ondemand.review.JtecommentGenerated.render(jteOutput, jteHtmlInterceptor, comments.get(v.id()), "Feedback");
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
			} else if (entry instanceof AnswerView.Items items) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(items.label());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
				if (comments.get(items.id()) != null) {
					gg.jte.generated.ondemand.review.JtecommentGenerated.render(jteOutput, jteHtmlInterceptor, comments.get(items.id()), "Feedback");
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
				if (items.rows().isEmpty()) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
				} else if (items.table()) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
					for (var column : items.columns()) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
						jteOutput.setContext("th", null);
						jteOutput.writeUserContent(column);
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
					for (int r = 0; r < items.rows().size(); r++) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
						for (var cell : items.rows().get(r)) {
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
							jteOutput.setContext("td", null);
							jteOutput.writeUserContent(cell);
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
						}
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
						if (comments.get(items.id() + "[" + r + "]") != null) {
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
							var __jte_html_attribute_0 = items.columns().size();
							if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
								jteOutput.setContext("td", "colspan");
								jteOutput.writeUserContent(__jte_html_attribute_0);
								jteOutput.setContext("td", null);
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
							}
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
							gg.jte.generated.ondemand.review.JtecommentGenerated.render(jteOutput, jteHtmlInterceptor, comments.get(items.id() + "[" + r + "]"), "Feedback bij regel " + (r + 1));
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
						}
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
				} else {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_27);
					for (int r = 0; r < items.rows().size(); r++) {
						var row = items.rows().get(r);
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_28);
						for (int c = 0; c < row.size(); c++) {
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_29);
							if (!row.get(c).isEmpty()) {
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_30);
								jteOutput.setContext("dt", null);
								jteOutput.writeUserContent(items.columns().get(c));
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_31);
								jteOutput.setContext("dd", null);
								jteOutput.writeUserContent(row.get(c));
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_32);
							}
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_33);
						}
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_34);
						if (comments.get(items.id() + "[" + r + "]") != null) {
							gg.jte.generated.ondemand.review.JtecommentGenerated.render(jteOutput, jteHtmlInterceptor, comments.get(items.id() + "[" + r + "]"), "Feedback");
						}
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_35);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_36);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_37);
			}
		}
		if (!answer.removed().isEmpty()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_38);
			for (var entry : answer.removed()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_39);
				if (entry instanceof AnswerView.Value v) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_40);
					jteOutput.setContext("strong", null);
					jteOutput.writeUserContent(v.label());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_41);
					jteOutput.setContext("p", null);
					jteOutput.writeUserContent(v.text());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_42);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_43);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_44);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_45);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		AnswerView answer = (AnswerView)params.get("answer");
		java.util.Map<String, String> comments = (java.util.Map<String, String>)params.getOrDefault("comments", java.util.Map.of());
		render(jteOutput, jteHtmlInterceptor, answer, comments);
	}
}
