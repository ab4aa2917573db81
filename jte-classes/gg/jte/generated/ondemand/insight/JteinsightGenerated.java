package gg.jte.generated.ondemand.insight;
import nl.cursusschrift.insight.Insight;
@SuppressWarnings("unchecked")
public final class JteinsightGenerated {
	public static final String JTE_NAME = "insight/insight.jte";
	public static final int[] JTE_LINE_INFO = {0,0,1,1,1,1,1,1,1,1,1,2,2,3,4,4,5,6,6,7,8,8,9,10,10,11,11,1,1,1,1};
	private static final gg.jte.runtime.BinaryContent BINARY_CONTENT = gg.jte.runtime.BinaryContent.load(JteinsightGenerated.class, "JteinsightGenerated.bin", 1,1,1,1);
	private static final byte[] TEXT_PART_BINARY_0 = BINARY_CONTENT.get(0);
	private static final byte[] TEXT_PART_BINARY_1 = BINARY_CONTENT.get(1);
	private static final byte[] TEXT_PART_BINARY_2 = BINARY_CONTENT.get(2);
	private static final byte[] TEXT_PART_BINARY_3 = BINARY_CONTENT.get(3);
	public static void render(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, Insight insight) {
		if (insight instanceof Insight.Share share) {
			gg.jte.generated.ondemand.insight.JteshareGenerated.render(jteOutput, jteHtmlInterceptor, share);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_0);
		} else if (insight instanceof Insight.Nps nps) {
			gg.jte.generated.ondemand.insight.JtenpsGenerated.render(jteOutput, jteHtmlInterceptor, nps);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_1);
		} else if (insight instanceof Insight.Plot plot) {
			gg.jte.generated.ondemand.insight.JteplotGenerated.render(jteOutput, jteHtmlInterceptor, plot);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_2);
		} else if (insight instanceof Insight.Curve curve) {
			gg.jte.generated.ondemand.insight.JtecurveGenerated.render(jteOutput, jteHtmlInterceptor, curve);
			jteOutput.writeBinaryContent(TEXT_PART_BINARY_3);
		}
	}
	public static void renderMap(gg.jte.html.HtmlTemplateOutput jteOutput, gg.jte.html.HtmlInterceptor jteHtmlInterceptor, java.util.Map<String, Object> params) {
		Insight insight = (Insight)params.get("insight");
		render(jteOutput, jteHtmlInterceptor, insight);
	}
}
