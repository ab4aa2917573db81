package gg.jte.generated.ondemand.component.field;
import nl.cursusschrift.assignment.FieldView;
import nl.cursusschrift.assignment.Group;
@SuppressWarnings("unchecked")
public final class JteitemGenerated {
	public static final String JTE_NAME = "component/field/item.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,6,6,6,6,6,6,6,6,6,6,8,8,8,8,8,8,8,8,8,8,8,8,10,10,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,11,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,12,13,13,14,14,14,14,14,14,14,14,14,14,14,14,17,17,17,17,19,19,20,20,20,21,21,24,24,24,2,3,4,5,5,5,5};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JteitemGenerated.class, "JteitemGenerated.bin", 16,5,1,64,13,1,1,35,73,1,16,9,13,97,1,18,9,13,22,77,1,26,55,29,4,1,15);
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
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, FieldView.ItemView item, Group group, boolean ordered, int count) {
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
		var __jte_html_attribute_0 = item.domId();
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
			jteOutput.setContext("li", "id");
			jteOutput.writeUserContent(__jte_html_attribute_0);
			jteOutput.setContext("li", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
		var __jte_html_attribute_1 = group.item();
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
			jteOutput.setContext("h3", "data-label");
			jteOutput.writeUserContent(__jte_html_attribute_1);
			jteOutput.setContext("h3", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
		jteOutput.setContext("h3", null);
		jteOutput.writeUserContent(item.title());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
		if (ordered) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
			jteOutput.setContext("button", "value");
			jteOutput.writeUserContent(group.id());
			jteOutput.setContext("button", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
			jteOutput.setContext("button", "value");
			jteOutput.writeUserContent(item.key());
			jteOutput.setContext("button", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
			var __jte_html_attribute_2 = item.first();
			if (__jte_html_attribute_2) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
			jteOutput.setContext("button", "aria-label");
			jteOutput.writeUserContent(item.title());
			jteOutput.setContext("button", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
			jteOutput.setContext("button", "value");
			jteOutput.writeUserContent(group.id());
			jteOutput.setContext("button", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
			jteOutput.setContext("button", "value");
			jteOutput.writeUserContent(item.key());
			jteOutput.setContext("button", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
			var __jte_html_attribute_3 = item.last();
			if (__jte_html_attribute_3) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
			jteOutput.setContext("button", "aria-label");
			jteOutput.writeUserContent(item.title());
			jteOutput.setContext("button", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
		jteOutput.setContext("button", "value");
		jteOutput.writeUserContent(group.id());
		jteOutput.setContext("button", null);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
		jteOutput.setContext("button", "value");
		jteOutput.writeUserContent(item.key());
		jteOutput.setContext("button", null);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
		jteOutput.setContext("button", "aria-label");
		jteOutput.writeUserContent(item.title());
		jteOutput.setContext("button", null);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
		if (item.comment() != null) {
			gg.jte.generated.ondemand.review.JtecommentGenerated.render(jteOutput, jteHtmlInterceptor, item.comment(), "Feedback van je docent");
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
		for (var field : item.fields()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
			jteOutput.setContext("div", null);
			jteOutput.writeUserContent(field);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		FieldView.ItemView item = (FieldView.ItemView)params.get("item");
		Group group = (Group)params.get("group");
		boolean ordered = (boolean)params.getOrDefault("ordered", false);
		int count = (int)params.getOrDefault("count", 0);
		render(jteOutput, jteHtmlInterceptor, item, group, ordered, count);
	}
}
