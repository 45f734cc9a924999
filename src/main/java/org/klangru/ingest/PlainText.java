package org.klangru.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The fast path for plain-text files that are valid UTF-8: no parser or type detection is needed, and on a
 * corpus of news items Tika's per-file detection costs more than the analysis. Anything else (TIS-620,
 * UTF-16, a binary file named .txt) goes through Tika.
 */
final class PlainText {
    private PlainText() {}

    static Optional<String> readUtf8(Path file, int maxChars) throws ExtractionException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\u0000') >= 0) {
                return Optional.empty(); // UTF-16 or binary: let Tika detect it
            }
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return Optional.of(text.length() > maxChars ? text.substring(0, maxChars) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ExtractionException(FailureReason.IO_ERROR, e.getMessage(), e);
        }
    }
}
