package nl.cursusschrift.course;

import java.util.List;
import java.util.Map;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;
import nl.cursusschrift.yaml.Problems;

/**
 * Markdown to HTML for lessons. Raw HTML is escaped, not passed through: lesson authors
 * are trusted less than the code, and a pasted script must never reach a learner's page.
 */
public final class LessonMarkdown {
    private static final List<TablesExtension> EXTENSIONS = List.of((TablesExtension) TablesExtension.create());
    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new LinkAttributes())
            .build();

    /** Renders Markdown that has no heading rules (course description, assignment intro). */
    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * Renders a lesson body and reports headings that break the page outline: the lesson
     * title is the page's only h1, so the body starts at ## and never skips a level.
     *
     * @param firstLine the file line the body starts on, for problem messages
     */
    public String renderLesson(String markdown, int firstLine, Problems problems) {
        return renderLesson(markdown, firstLine, problems, new java.util.ArrayList<>());
    }

    /** As {@link #renderLesson(String, int, Problems)}, collecting every link and image for {@link LessonLinks} to check. */
    String renderLesson(String markdown, int firstLine, Problems problems, List<LessonLinks.Found> links) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            int previous = 1;

            @Override
            public void visit(Link link) {
                links.add(new LessonLinks.Found(problems.file(), lineOf(link, firstLine), link.getDestination(), false));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(new LessonLinks.Found(problems.file(), lineOf(image, firstLine), image.getDestination(), true));
                visitChildren(image);
            }

            @Override
            public void visit(Heading heading) {
                int line = lineOf(heading, firstLine);
                String text = textOf(heading);
                if (heading.getLevel() == 1) {
                    problems.addAtFileLine(line, "kop '" + text + "' is van niveau 1 (#): de titel is al de hoofdkop, gebruik ##");
                } else if (heading.getLevel() > previous + 1) {
                    problems.addAtFileLine(line, "kop '" + text + "' slaat een niveau over (" + "#".repeat(heading.getLevel())
                            + " na " + "#".repeat(previous) + ")");
                }
                previous = heading.getLevel();
            }
        });
        return renderer.render(document);
    }

    private static int lineOf(Node node, int firstLine) {
        return node.getSourceSpans().isEmpty() ? 0 : firstLine + node.getSourceSpans().get(0).getLineIndex();
    }

    private static String textOf(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }
        });
        return text.toString();
    }

    private static final class LinkAttributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Link) {
                String href = attributes.getOrDefault("href", "");
                if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//")) {
                    attributes.put("rel", "noopener noreferrer");
                } else {
                    attributes.remove("rel");
                }
            } else if (node instanceof Image) {
                attributes.put("loading", "lazy");
            } else if (node instanceof TableBlock) {
                attributes.put("class", "stack");
            } else if (node instanceof TableCell cell && cell.getParent() != null && cell.getParent().getParent() instanceof TableBody) {
                // On a phone each row becomes a card; every cell names its column (site.css, table.stack).
                String header = header(cell);
                if (!header.isEmpty()) attributes.put("data-label", header);
            }
        }

        /** The text of the column's header cell, or "". */
        private static String header(TableCell cell) {
            int column = 0;
            for (Node n = cell.getPrevious(); n != null; n = n.getPrevious()) column++;
            Node head = cell.getParent().getParent().getParent().getFirstChild();
            if (!(head instanceof TableHead) || head.getFirstChild() == null) return "";
            Node th = head.getFirstChild().getFirstChild();
            for (int i = 0; i < column && th != null; i++) th = th.getNext();
            return th == null ? "" : textOf(th).strip();
        }
    }
}
