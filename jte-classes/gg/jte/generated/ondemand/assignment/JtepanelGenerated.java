package gg.jte.generated.ondemand.assignment;
import nl.cursusschrift.web.Chrome;
import nl.cursusschrift.assignment.AssignmentPanel;
@SuppressWarnings("unchecked")
public final class JtepanelGenerated {
	public static final String JTE_NAME = "assignment/panel.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,7,7,7,7,7,7,7,7,7,7,7,7,9,9,9,9,9,9,10,10,10,10,10,10,10,11,11,12,12,15,15,16,16,16,17,17,19,19,20,22,22,22,24,24,25,25,25,25,25,25,25,26,26,29,29,30,30,30,30,30,30,30,30,30,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,31,33,33,34,34,34,34,34,34,34,34,34,35,35,35,35,35,35,35,35,35,36,36,37,37,37,38,38,39,43,43,44,44,44,44,44,44,44,44,44,44,45,45,47,47,49,49,49,49,49,49,49,49,49,50,50,50,50,50,50,50,50,50,51,51,51,51,51,51,54,54,55,55,55,55,56,56,58,58,59,60,60,60,60,60,60,60,60,61,61,61,62,62,63,63,64,64,65,65,66,67,67,67,67,67,67,67,67,67,68,68,71,71,72,73,75,75,75,77,77,78,78,78,78,78,78,78,78,78,78,78,78,78,78,79,79,82,82,84,84,84,2,3,3,3,3};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JtepanelGenerated.class, "JtepanelGenerated.bin", 154,18,2,7,12,25,6,3,40,10,3,1,126,4,1,9,82,85,20,2,10,19,21,9,1,68,1,1,16,1,114,40,8,1,40,8,1,2,4,1,236,6,31,11,4,1,11,76,13,1,69,13,1,85,11,29,20,7,15,25,1,33,7,1,2,1,21,9,1,23,94,68,21,29,9,9,17,6,23,11);
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
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, Chrome chrome, AssignmentPanel panel) {
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
		if (!panel.preview()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
			jteOutput.setContext("span", "class");
			jteOutput.writeUserContent(panel.state().cssClass());
			jteOutput.setContext("span", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
			jteOutput.setContext("span", null);
			jteOutput.writeUserContent(panel.state().label());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
		if (!panel.assignment().introHtml().isEmpty()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
			jteOutput.writeUnsafeContent(panel.assignment().introHtml());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
		if (panel.notice() != null) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
			jteOutput.setContext("p", null);
			jteOutput.writeUserContent(panel.notice());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
		gg.jte.generated.ondemand.review.JtefeedbackGenerated.render(jteOutput, jteHtmlInterceptor, panel.feedback());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
		if (panel.preview()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
			for (var field : panel.fields()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
				jteOutput.setContext("div", null);
				jteOutput.writeUserContent(field);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
		} else if (panel.editable()) {
			if (!panel.errors().isEmpty()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
				jteOutput.setContext("strong", null);
				jteOutput.writeUserContent(panel.errors().size() == 1 ? "Er is één ding dat nog niet klopt:" : "Er zijn " + panel.errors().size() + " dingen die nog niet kloppen:");
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
				for (var error : panel.errors().entrySet()) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
					jteOutput.setContext("a", "href");
					jteOutput.writeUserContent(nl.cursusschrift.assignment.FieldView.anchor(error.getKey()));
					jteOutput.setContext("a", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
					jteOutput.setContext("a", null);
					jteOutput.writeUserContent(error.getValue());
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
			var __jte_html_attribute_0 = panel.action("concept");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
				jteOutput.setContext("form", "action");
				jteOutput.writeUserContent(__jte_html_attribute_0);
				jteOutput.setContext("form", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
			jteOutput.setContext("form", "data-key");
			jteOutput.writeUserContent(panel.userId());
			jteOutput.setContext("form", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
			jteOutput.setContext("form", "data-key");
			jteOutput.writeUserContent(panel.step());
			jteOutput.setContext("form", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_27);
			var __jte_html_attribute_1 = panel.savedAtMillis();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_28);
				jteOutput.setContext("form", "data-saved-at");
				jteOutput.writeUserContent(__jte_html_attribute_1);
				jteOutput.setContext("form", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_29);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_30);
			gg.jte.generated.ondemand.component.JtecsrfGenerated.render(jteOutput, jteHtmlInterceptor, chrome);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_31);
			var __jte_html_attribute_2 = panel.version();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_32);
				jteOutput.setContext("input", "value");
				jteOutput.writeUserContent(__jte_html_attribute_2);
				jteOutput.setContext("input", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_33);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_34);
			var __jte_html_attribute_3 = panel.returnTo();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_35);
				jteOutput.setContext("input", "value");
				jteOutput.writeUserContent(__jte_html_attribute_3);
				jteOutput.setContext("input", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_36);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_37);
			for (var field : panel.fields()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_38);
				jteOutput.setContext("form", null);
				jteOutput.writeUserContent(field);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_39);
			}
			if (!panel.removed().isEmpty()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_40);
				for (var entry : panel.removed()) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_41);
					if (entry instanceof nl.cursusschrift.assignment.AnswerView.Value v) {
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_42);
						jteOutput.setContext("strong", null);
						jteOutput.writeUserContent(v.label());
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_43);
						jteOutput.setContext("p", null);
						jteOutput.writeUserContent(v.text());
						jteOutput.writeBinaryContent(TEXT_PART_BINARY_44);
					}
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_45);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_46);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_47);
			var __jte_html_attribute_4 = panel.action("concept");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_4)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_48);
				jteOutput.setContext("button", "formaction");
				jteOutput.writeUserContent(__jte_html_attribute_4);
				jteOutput.setContext("button", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_49);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_50);
			var __jte_html_attribute_5 = panel.action("inleveren");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_5)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_51);
				jteOutput.setContext("button", "formaction");
				jteOutput.writeUserContent(__jte_html_attribute_5);
				jteOutput.setContext("button", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_52);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_53);
			if (panel.savedAt() != null) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_54);
				jteOutput.setContext("span", null);
				jteOutput.writeUserContent(panel.savedAt());
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_55);
			for (var template : panel.templates().entrySet()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_56);
				jteOutput.setContext("template", "id");
				jteOutput.writeUserContent(template.getKey());
				jteOutput.setContext("template", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_57);
				gg.jte.generated.ondemand.component.field.JteitemGenerated.render(jteOutput, jteHtmlInterceptor, template.getValue(), (nl.cursusschrift.assignment.Group) panel.assignment().field(template.getKey()).orElseThrow(), panel.assignment().field(template.getKey()).orElseThrow().type().equals("journey"), 0);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_58);
			}
		} else {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_59);
			jteOutput.setContext("div", "data-clear-draft");
			jteOutput.writeUserContent(panel.userId());
			jteOutput.setContext("div", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_60);
			jteOutput.setContext("div", "data-clear-draft");
			jteOutput.writeUserContent(panel.step());
			jteOutput.setContext("div", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_61);
			jteOutput.setContext("p", null);
			jteOutput.writeUserContent(panel.state() == nl.cursusschrift.assignment.AnswerState.REVIEWED ? "Je docent heeft dit antwoord goedgekeurd." : "Je hebt dit antwoord ingeleverd. Je docent kijkt ernaar.");
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_62);
			gg.jte.generated.ondemand.assignment.JteanswerGenerated.render(jteOutput, jteHtmlInterceptor, panel.answer(), panel.comments());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_63);
			for (var insight : panel.insights()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_64);
				gg.jte.generated.ondemand.insight.JteinsightGenerated.render(jteOutput, jteHtmlInterceptor, insight);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_65);
			}
			if (panel.withdrawable()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_66);
				var __jte_html_attribute_6 = panel.action("terugtrekken");
				if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_6)) {
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_67);
					jteOutput.setContext("form", "action");
					jteOutput.writeUserContent(__jte_html_attribute_6);
					jteOutput.setContext("form", null);
					jteOutput.writeBinaryContent(TEXT_PART_BINARY_68);
				}
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_69);
				gg.jte.generated.ondemand.component.JtecsrfGenerated.render(jteOutput, jteHtmlInterceptor, chrome);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_70);
			}
		}
		if (!panel.revisions().isEmpty()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_71);
			jteOutput.setContext("summary", null);
			jteOutput.writeUserContent(panel.revisions().size());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_72);
			for (var link : panel.revisions()) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_73);
				jteOutput.setContext("a", "href");
				jteOutput.writeUserContent(panel.step());
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_74);
				jteOutput.setContext("a", "href");
				jteOutput.writeUserContent(link.number());
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_75);
				jteOutput.setContext("a", null);
				jteOutput.writeUserContent(link.number());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_76);
				jteOutput.setContext("li", null);
				jteOutput.writeUserContent(link.submittedAt());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_77);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_78);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_79);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		Chrome chrome = (Chrome)params.get("chrome");
		AssignmentPanel panel = (AssignmentPanel)params.get("panel");
		render(jteOutput, jteHtmlInterceptor, chrome, panel);
	}
}
