package org.klangru.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.BeanInstantiationException;
import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Tokens are read from the list and the file, named, and refused at start-up when weak or malformed. */
class WriteTokensTest {

    private static SecurityConfig config(List<String> tokens, Path file) {
        SecurityConfig c = new SecurityConfig();
        c.setTokens(tokens);
        c.setTokensFile(file);
        return c;
    }

    @Test
    void tokensFromListAndFileAreKnownByName(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("tokens"), "# admins\ncarol   carol-token-0123456789abcdef\n");
        WriteTokens tokens = new WriteTokens(config(List.of("alice:alice-token-0123456789abcdef"), file));
        assertTrue(tokens.enabled());
        assertEquals("alice", tokens.nameOf("alice-token-0123456789abcdef").orElseThrow());
        assertEquals("carol", tokens.nameOf("carol-token-0123456789abcdef").orElseThrow());
        assertTrue(tokens.nameOf("alice-token-0123456789abcdeX").isEmpty());
        assertTrue(tokens.nameOf("").isEmpty());
    }

    @Test
    void noTokenMeansWritingIsOff() {
        assertFalse(new WriteTokens(config(List.of(), null)).enabled());
    }

    @Test
    void badEntriesAreRefusedWithAMessageSayingWhich(@TempDir Path dir) throws IOException {
        ConfigurationException shortOne = assertThrows(ConfigurationException.class,
                () -> new WriteTokens(config(List.of("alice:secret"), null)));
        assertTrue(shortOne.getMessage().contains("shorter than 20"), shortOne.getMessage());
        assertFalse(shortOne.getMessage().contains("secret"), "the message must not repeat the token");
        assertThrows(ConfigurationException.class, () -> new WriteTokens(config(List.of("no-name-token-0123456789abcdef"), null)));
        assertThrows(ConfigurationException.class, () -> new WriteTokens(config(
                List.of("a:token-number-one-0123456789", "a:token-number-two-0123456789"), null)));
        Path file = Files.writeString(dir.resolve("tokens"), "just-one-field-0123456789abcdef\n");
        ConfigurationException badLine = assertThrows(ConfigurationException.class, () -> new WriteTokens(config(List.of(), file)));
        assertTrue(badLine.getMessage().contains("line 1"), badLine.getMessage());
        assertThrows(ConfigurationException.class, () -> new WriteTokens(config(List.of(), dir.resolve("missing"))));
    }

    @Test
    void theServerDoesNotStartWithAWeakToken(@TempDir Path dir) {
        Exception e = assertThrows(Exception.class, () -> ApplicationContext.run(Map.of(
                "klangru.index.dir", dir.resolve("index").toString(),
                "klangru.security.tokens", "admin:password",
                "micronaut.server.port", "-1")).close());
        Throwable cause = e;
        while (cause != null && !(cause instanceof ConfigurationException)) {
            cause = cause.getCause();
        }
        assertNotNull(cause, "expected a ConfigurationException, got " + e);
        assertTrue(e instanceof BeanInstantiationException || e instanceof ConfigurationException, e.toString());
    }
}
