package org.klangru.ingest.ocr;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tool (not a test) that makes {@code src/test/resources/ocr/broken-layer.pdf}: the top of the scanned seed 004
 * page as a JPEG image, under an invisible text layer of the same paragraphs with every sara am (ำ) dropped, the
 * way a PDF whose font maps ำ to nothing comes out of Tika. Repair cannot restore ำ, so the page must go to OCR.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.klangru.ingest.ocr.MakeOcrFixtures \
 *     ../shared/corpus/seeds src/test/resources/ocr /usr/share/fonts/truetype/tlwg/Garuda.ttf
 * </pre>
 */
final class MakeOcrFixtures {
    /** Paragraphs of seed 004 in the layer; they end near {@link #CROP_SHARE} of the page. */
    static final int PARAGRAPHS = 5;
    static final double CROP_SHARE = 0.447;

    public static void main(String[] args) throws Exception {
        Path seeds = Path.of(args[0]);
        Path out = Path.of(args[1]);
        File font = new File(args[2]);
        BufferedImage page = ImageIO.read(seeds.resolve("formats/seed004.page1.png").toFile());
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(page, 0, 0, null);
        int cut = blankRowAfter(grey, (int) (grey.getHeight() * CROP_SHARE));
        BufferedImage top = grey.getSubimage(0, 0, grey.getWidth(), cut);

        List<String> paragraphs = Files.readAllLines(seeds.resolve("004_d7880ede011fff30.txt")).subList(0, PARAGRAPHS);
        try (PDDocument doc = new PDDocument()) {
            float width = PDRectangle.A4.getWidth();
            float height = width * top.getHeight() / top.getWidth();
            PDPage p = new PDPage(new PDRectangle(width, height));
            doc.addPage(p);
            PDImageXObject image = JPEGFactory.createFromImage(doc, top, 0.75f);
            PDType0Font thai = PDType0Font.load(doc, font);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.drawImage(image, 0, 0, width, height);
                cs.beginText();
                cs.setRenderingMode(RenderingMode.NEITHER);
                cs.setFont(thai, 8);
                cs.setLeading(10);
                cs.newLineAtOffset(50, height - 60);
                for (String para : paragraphs) {
                    for (String line : wrap(para.replace("\u0E33", ""), 110)) {
                        cs.showText(line);
                        cs.newLine();
                    }
                }
                cs.endText();
            }
            doc.save(out.resolve("broken-layer.pdf").toFile());
        }
        System.out.printf("broken-layer.pdf: image %dx%d (cut at row %d), %d paragraphs without sara am%n",
                top.getWidth(), top.getHeight(), cut, PARAGRAPHS);
    }

    /** The first row at or after {@code from} with no dark pixel: between two lines of text. */
    static int blankRowAfter(BufferedImage grey, int from) {
        int[] row = new int[grey.getWidth()];
        for (int y = from; y < grey.getHeight(); y++) {
            grey.getRaster().getPixels(0, y, grey.getWidth(), 1, row);
            if (Arrays.stream(row).allMatch(v -> v > 160)) {
                return y;
            }
        }
        return grey.getHeight();
    }

    /** Lines of at most about {@code max} characters, broken at spaces. */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
