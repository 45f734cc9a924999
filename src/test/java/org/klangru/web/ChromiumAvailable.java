package org.klangru.web;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before its server starts, when chromium or chromedriver is missing, and says how to
 * install them; every test is then reported as skipped with that message. In CI (CI or KLANGRU_REQUIRE_BROWSER set)
 * the tests run anyway and fail in {@link Browser#assumeInstalled()}.
 */
final class ChromiumAvailable implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Browser.installed() || Browser.required()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver found");
        }
        System.err.println("SKIPPED " + context.getDisplayName() + ": " + Browser.MISSING);
        return ConditionEvaluationResult.disabled(Browser.MISSING);
    }
}
