package org.klangru.cli;

import org.klangru.analysis.ThaiSegmenter;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code klangru segment}: the word field's segmentation of each line of standard input, tokens joined by
 * {@code |}, one output line per input line, so that anyone can see what the index sees and score it
 * against gold-segmented text.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "ตัดคำภาษาไทยทีละบรรทัดจาก standard input คั่นด้วย | (segment each input line into words, joined by |)")
public final class SegmentCommand implements Callable<Integer> {
    InputStream in = System.in;
    OutputStream out = System.out;

    @Override
    public Integer call() throws Exception {
        ThaiSegmenter segmenter = new ThaiSegmenter();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            writer.write(String.join("|", segmenter.segment(line)));
            writer.write('\n');
        }
        writer.flush();
        return 0;
    }
}
