package gg.jte.generated.ondemand.review;
import nl.cursusschrift.review.Feedback;
@SuppressWarnings("unchecked")
public final class JtefeedbackGenerated {
	public static final String JTE_NAME = "review/feedback.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,3,4,4,4,4,6,6,6,6,6,6,6,6,6,6,7,7,7,7,8,8,8,8,8,8,10,10,10,10,10,10,10,11,11,11,11,12,12,14,14,14,15,15,17,17,17,17,17,17,17,17,17,18,18,18,18,18,18,18,19,19,19,19,19,19,19,19,19,19,21,21,23,23,25,25,26,26,1,1,1,1};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JtefeedbackGenerated.class, "JtefeedbackGenerated.bin", 29,92,28,2,12,32,41,2,17,24,4,3,82,1,68,12,62,11,2,11,24,4,7,21,7,4,12,13,11);
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
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.List<Feedback> feedback) {
		if (!feedback.isEmpty()) {
			var latest = feedback.get(0);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
			jteOutput.setContext("section", "class");
			jteOutput.writeUserContent(latest.unread() ? " unread" : "");
			jteOutput.setContext("section", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
			jteOutput.setContext("strong", null);
			jteOutput.writeUserContent(latest.reviewer());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
			jteOutput.setContext("span", "class");
			jteOutput.writeUserContent(latest.approved() ? "reviewed" : "revision");
			jteOutput.setContext("span", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
			jteOutput.setContext("span", null);
			jteOutput.writeUserContent(latest.decision());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
			if (latest.unread()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
			jteOutput.setContext("span", null);
			jteOutput.writeUserContent(latest.revision());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
			jteOutput.setContext("span", null);
			jteOutput.writeUserContent(latest.releasedAt());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
			if (!latest.overall().isBlank()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(latest.overall());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
			if (!latest.comments().isEmpty()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
			if (feedback.size() > 1) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
				jteOutput.setContext("summary", null);
				jteOutput.writeUserContent(feedback.size() - 1);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
				for (var older : feedback.subList(1, feedback.size())) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
					jteOutput.setContext("strong", null);
					jteOutput.writeUserContent(older.revision());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
					jteOutput.setContext("p", null);
					jteOutput.writeUserContent(older.decision());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
					jteOutput.setContext("p", null);
					jteOutput.writeUserContent(older.releasedAt());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
					if (!older.overall().isBlank()) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
						jteOutput.setContext("p", null);
						jteOutput.writeUserContent(older.overall());
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
					for (var c : older.comments().entrySet()) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
						jteOutput.setContext("em", null);
						jteOutput.writeUserContent(c.getKey());
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
						jteOutput.setContext("p", null);
						jteOutput.writeUserContent(c.getValue());
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_27);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_28);
		}
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		java.util.List<Feedback> feedback = (java.util.List<Feedback>)params.get("feedback");
		render(jteOutput, jteHtmlInterceptor, feedback);
	}
}
