package gg.jte.generated.ondemand.review;
@SuppressWarnings("unchecked")
public final class JtecommentGenerated {
	public static final String JTE_NAME = "review/comment.jte";
	public static final int[] JTE_LINE_INFO = {0,0,0,0,0,0,0,0,0,2,2,2,2,2,2,2,3,3,3,0,1,1,1,1};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JtecommentGenerated.class, "JtecommentGenerated.bin", 46,28,11);
	private static final byte[] TEXT_PART_BINARY_0 = BINARY_CONTENT.get(0);
	private static final byte[] TEXT_PART_BINARY_1 = BINARY_CONTENT.get(1);
	private static final byte[] TEXT_PART_BINARY_2 = BINARY_CONTENT.get(2);
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, String text, String label) {
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
		jteOutput.setContext("p", null);
		jteOutput.writeUserContent(label);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
		jteOutput.setContext("p", null);
		jteOutput.writeUserContent(text);
		jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		String text = (String)params.get("text");
		String label = (String)params.getOrDefault("label", "Feedback");
		render(jteOutput, jteHtmlInterceptor, text, label);
	}
}
