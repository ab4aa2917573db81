package nl.cursusschrift.notebook;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** An export read back as a Markdown viewer reads it (CommonMark with GFM tables): what became which structure. */
final class MarkdownBack {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    /**
     * What a viewer shows: every heading, quote, raw HTML and link destination; paragraphs outside quotes, as the
     * text shown; the kinds of block found anywhere (BulletList, IndentedCodeBlock, TableBlock, ...).
     */
    record Read(List<String> headings, List<String> quotes, List<String> paragraphs, List<String> html, List<String> links,
                java.util.Set<String> blocks) {
    }

    private MarkdownBack() {
    }

    static Read read(String markdown) {
        Read read = new Read(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new java.util.TreeSet<>());
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            private int quoteDepth;

            @Override
            protected void visitChildren(Node parent) {
                for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof org.commonmark.node.Block) read.blocks().add(child.getClass().getSimpleName());
                }
                super.visitChildren(parent);
            }

            @Override
            public void visit(Heading heading) {
                read.headings().add(TEXT.render(heading).strip());
            }

            @Override
            public void visit(BlockQuote quote) {
                // the text renderer puts « » around a quote; what the quote says is its blocks' text
                List<String> blocks = new ArrayList<>();
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) blocks.add(TEXT.render(child).strip());
                read.quotes().add(String.join("\n\n", blocks));
                quoteDepth++;
                visitChildren(quote);
                quoteDepth--;
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (quoteDepth == 0) read.paragraphs().add(TEXT.render(paragraph).strip());
                visitChildren(paragraph);
            }

            @Override
            public void visit(HtmlBlock html) {
                read.html().add(html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                read.html().add(html.getLiteral());
            }

            @Override
            public void visit(Link link) {
                read.links().add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                read.links().add(image.getDestination());
            }
        });
        return read;
    }

    static List<String> paragraphs(String markdown) {
        return read(markdown).paragraphs();
    }

    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }
}
