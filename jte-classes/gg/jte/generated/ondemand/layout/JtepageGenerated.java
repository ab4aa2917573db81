package gg.jte.generated.ondemand.layout;
import nl.cursusschrift.web.Chrome;
import gg.jte.Content;
@SuppressWarnings("unchecked")
public final class JtepageGenerated {
	public static final String JTE_NAME = "layout/page.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,12,12,12,12,12,12,12,12,12,12,12,12,12,12,13,13,13,13,13,13,15,15,15,15,16,16,16,16,18,18,18,18,18,18,18,18,18,24,24,24,28,28,28,28,28,28,28,28,28,29,29,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,30,31,31,32,33,33,33,33,33,33,33,33,33,34,34,34,34,34,34,34,34,34,35,35,35,35,35,35,35,35,35,36,36,37,38,38,38,38,38,38,38,38,38,39,39,40,41,41,41,41,41,41,41,41,41,42,42,42,42,42,42,42,42,42,43,43,44,44,44,44,44,44,44,44,44,45,45,45,45,45,45,45,45,45,46,46,51,51,51,51,51,51,51,51,51,52,52,53,53,53,54,54,55,55,59,59,59,64,64,64,2,3,4,5,6,6,6,6};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JtepageGenerated.class, "JtepageGenerated.bin", 132,23,10,1,1,8,4,123,33,31,8,1,577,108,15,1,17,30,15,1,14,44,60,10,31,15,1,51,15,1,53,15,1,21,29,15,1,17,30,15,1,118,8,1,73,31,15,1,69,15,1,20,59,8,1,16,31,5,66,150);
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
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, Chrome chrome, String title, Content content, boolean wide, String bodyClass) {
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
		if (chrome.signedIn()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
			var __jte_html_attribute_0 = chrome.csrfToken();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_0)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
				jteOutput.setContext("meta", "content");
				jteOutput.writeUserContent(__jte_html_attribute_0);
				jteOutput.setContext("meta", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_4);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_5);
		jteOutput.setContext("title", null);
		jteOutput.writeUserContent(title);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_6);
		jteOutput.setContext("title", null);
		jteOutput.writeUserContent(chrome.courseTitle());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_7);
		jteOutput.setContext("link", "href");
		jteOutput.writeUserContent(chrome.assetVersion());
		jteOutput.setContext("link", null);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_8);
		jteOutput.setContext("script", "src");
		jteOutput.writeUserContent(chrome.assetVersion());
		jteOutput.setContext("script", null);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_9);
		var __jte_html_attribute_1 = bodyClass;
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_1)) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_10);
			jteOutput.setContext("body", "class");
			jteOutput.writeUserContent(__jte_html_attribute_1);
			jteOutput.setContext("body", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_11);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_12);
		jteOutput.setContext("span", null);
		jteOutput.writeUserContent(chrome.courseTitle());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_13);
		var __jte_html_attribute_2 = chrome.current("/");
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_2)) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_14);
			jteOutput.setContext("a", "aria-current");
			jteOutput.writeUserContent(__jte_html_attribute_2);
			jteOutput.setContext("a", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_15);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_16);
		if (chrome.isLearner()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_17);
			var __jte_html_attribute_3 = chrome.current("/schrift");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_3)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_18);
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_3);
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_19);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_20);
			if (chrome.unread() > 0) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_21);
				jteOutput.setContext("span", null);
				jteOutput.writeUserContent(chrome.unread());
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_22);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_23);
		}
		if (chrome.isStaff()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_24);
			var __jte_html_attribute_4 = chrome.current("/nakijken");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_4)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_25);
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_4);
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_26);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_27);
			var __jte_html_attribute_5 = chrome.current("/voortgang");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_5)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_28);
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_5);
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_29);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_30);
			var __jte_html_attribute_6 = chrome.current("/deelnemers");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_6)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_31);
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_6);
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_32);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_33);
		}
		if (chrome.isAdmin()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_34);
			var __jte_html_attribute_7 = chrome.current("/beheer");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_7)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_35);
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_7);
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_36);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_37);
		}
		if (chrome.signedIn()) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_38);
			var __jte_html_attribute_8 = chrome.current("/account");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_8)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_39);
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_8);
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_40);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_41);
			var __jte_html_attribute_9 = chrome.csrfToken();
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_9)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_42);
				jteOutput.setContext("input", "value");
				jteOutput.writeUserContent(__jte_html_attribute_9);
				jteOutput.setContext("input", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_43);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_44);
		} else {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_45);
			var __jte_html_attribute_10 = chrome.current("/inloggen");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_10)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_46);
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_10);
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_47);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_48);
			var __jte_html_attribute_11 = chrome.current("/registreren");
			if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_11)) {
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_49);
				jteOutput.setContext("a", "aria-current");
				jteOutput.writeUserContent(__jte_html_attribute_11);
				jteOutput.setContext("a", null);
				jteOutput.writeBinaryContent(TEXT_PART_BINARY_50);
			}
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_51);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_52);
		var __jte_html_attribute_12 = wide ? "wrap wide" : "wrap";
		if (gg.jte.runtime.TemplateUtils.isAttributeRendered(__jte_html_attribute_12)) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_53);
			jteOutput.setContext("main", "class");
			jteOutput.writeUserContent(__jte_html_attribute_12);
			jteOutput.setContext("main", null);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_54);
		}
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_55);
		if (chrome.flash() != null) {
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_56);
			jteOutput.setContext("p", null);
			jteOutput.writeUserContent(chrome.flash());
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_57);
		}
		jteOutput.setContext("main", null);
		jteOutput.writeUserContent(content);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_58);
		jteOutput.setContext("p", null);
		jteOutput.writeUserContent(chrome.courseTitle());
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_59);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		Chrome chrome = (Chrome)params.get("chrome");
		String title = (String)params.get("title");
		Content content = (Content)params.get("content");
		boolean wide = (boolean)params.getOrDefault("wide", false);
		String bodyClass = (String)params.getOrDefault("bodyClass", null);
		render(jteOutput, jteHtmlInterceptor, chrome, title, content, wide, bodyClass);
	}
}
