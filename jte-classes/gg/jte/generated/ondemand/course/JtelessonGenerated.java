package gg.jte.generated.ondemand.course;
import nl.cursusschrift.web.Chrome;
import nl.cursusschrift.course.LessonPage;
@SuppressWarnings("unchecked")
public final class JtelessonGenerated {
	public static final String JTE_NAME = "course/lesson.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,4,4,4,5,5,5,5,5,5,8,8,8,8,8,8,9,9,9,10,10,10,12,12,14,14,14,15,15,17,17,17,17,18,18,20,20,22,22,23,23,23,24,24,26,26,27,28,28,29,32,32,34,34,35,36,36,36,36,37,37,37,37,37,37,37,37,37,37,38,38,39,39,40,40,40,40,41,41,42,42,42,42,42,42,42,42,42,43,43,43,45,45,47,47,48,50,50,51,54,54,54,54,56,56,58,58,58,58,58,58,58,58,58,58,58,59,59,59,59,59,59,59,59,59,59,59,61,61,61,62,62,62,2,3,3,3,3};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JtelessonGenerated.class, "JtelessonGenerated.bin", 57,52,98,5,13,26,17,66,12,293,19,119,9,21,7,11,1,126,175,31,32,33,7,43,9,1,42,36,42,8,1,50,22,13,11,235,45,50,27,58,4,3,27,60,4,8,1);
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
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, Chrome chrome, LessonPage page) {
		gg.jte.generated.ondemand.layout.JtepageGenerated.render(jteOutput, jteHtmlInterceptor, chrome, page.lesson().title(), new gg.jte.html.HtmlContent() {
			public void writeTo(gg.jte.html.HtmlTemplateOutput jteOutput) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(page.course().title());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
				jteOutput.setContext("span", null);
				jteOutput.writeUserContent(page.lesson().step());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.lesson().step());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.course().stepCount());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
				jteOutput.setContext("h1", null);
				jteOutput.writeUserContent(page.lesson().title());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
				jteOutput.setContext("p", null);
				jteOutput.writeUserContent(page.lesson().summary());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
				if (page.locked() != null) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
					jteOutput.setContext("span", null);
					jteOutput.writeUserContent(page.locked());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
					if (page.visitor()) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
						jteOutput.setContext("a", "href");
						jteOutput.writeUserContent(page.lesson().step());
						jteOutput.setContext("a", null);
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
					} else {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
				} else {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
					jteOutput.setContext("div", null);
					jteOutput.writeUserContent(page.lesson().html());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
				if (page.panel() != null) {
					gg.jte.generated.ondemand.assignment.JtepanelGenerated.render(jteOutput, jteHtmlInterceptor, chrome, page.panel());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
				}
				if (page.reactions() != null && page.locked() == null) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
					if (page.reactions().isEmpty()) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
					} else {
						for (var reaction : page.reactions()) {
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
							jteOutput.setContext("article", "class");
							jteOutput.writeUserContent(reaction.hidden() ? " hidden-reaction" : "");
							jteOutput.setContext("article", null);
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
							jteOutput.setContext("strong", null);
							jteOutput.writeUserContent(reaction.author());
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
							jteOutput.setContext("span", null);
							jteOutput.writeUserContent(reaction.when());
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
							if (reaction.hidden()) {
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
							}
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
							gg.jte.generated.ondemand.assignment.JteanswerGenerated.render(jteOutput, jteHtmlInterceptor, reaction.answer(), java.util.Map.of());
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
							if (reaction.canHide()) {
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
								jteOutput.setContext("form", "action");
								jteOutput.writeUserContent(reaction.id());
								jteOutput.setContext("form", null);
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_27);
								gg.jte.generated.ondemand.component.JtecsrfGenerated.render(jteOutput, jteHtmlInterceptor, chrome);
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_28);
								var __jte_html_attribute_0 = reaction.hidden() ? "0" : "1";
								if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
									jteOutput.writeBinaryContent(TEXT_PART_BINARY_29);
									jteOutput.setContext("input", "value");
									jteOutput.writeUserContent(__jte_html_attribute_0);
									jteOutput.setContext("input", null);
									jteOutput.writeBinaryContent(TEXT_PART_BINARY_30);
								}
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_31);
								jteOutput.setContext("button", null);
								jteOutput.writeUserContent(reaction.hidden() ? "Weer tonen" : "Verberg voor de groep");
								jteOutput.writeBinaryContent(TEXT_PART_BINARY_32);
							}
							jteOutput.writeBinaryContent(TEXT_PART_BINARY_33);
						}
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_34);
				}
				if (page.panel() == null && page.locked() == null && page.lesson().assignment() != null && page.visitor()) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_35);
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(page.lesson().step());
					jteOutput.setContext("a", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_36);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_37);
				if (page.previous() != null) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_38);
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(page.previous().step());
					jteOutput.setContext("a", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_39);
					jteOutput.setContext("a", null);
					jteOutput.writeUserContent(page.previous().title());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_40);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_41);
				if (page.next() != null) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_42);
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(page.next().step());
					jteOutput.setContext("a", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_43);
					jteOutput.setContext("a", null);
					jteOutput.writeUserContent(page.next().title());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_44);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_45);
			}
		}, false, null);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_46);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		Chrome chrome = (Chrome)params.get("chrome");
		LessonPage page = (LessonPage)params.get("page");
		render(jteOutput, jteHtmlInterceptor, chrome, page);
	}
}
