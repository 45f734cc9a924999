package org.klangru.api;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * Who may write ({@code klangru.security.*}). There is no default token: without one, writing is off.
 */
@ConfigurationProperties("klangru.security")
public class SecurityConfig {
    /** {@code name:token} entries; from the environment as a comma list (KLANGRU_SECURITY_TOKENS). */
    private List<String> tokens = List.of();
    /** A file of {@code name token} lines (blank lines and {@code #} comments ignored), so secrets stay out of the repo. */
    private Path tokensFile;
    /** When true, every /api route but /api/health needs a token too. */
    private boolean readRequiresToken;

    public List<String> getTokens() {
        return tokens;
    }

    public void setTokens(List<String> tokens) {
        this.tokens = tokens == null ? List.of() : tokens;
    }

    public Path getTokensFile() {
        return tokensFile;
    }

    public void setTokensFile(Path tokensFile) {
        this.tokensFile = tokensFile;
    }

    public boolean isReadRequiresToken() {
        return readRequiresToken;
    }

    public void setReadRequiresToken(boolean readRequiresToken) {
        this.readRequiresToken = readRequiresToken;
    }
}
