package org.klangru.ingest.ocr;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips an OCR test class, before its server starts, when tesseract or its Thai data is missing, and says how to
 * install them. In CI (CI or KLANGRU_REQUIRE_OCR set) the class runs anyway and fails on the missing program:
 * .ci/run installs it.
 */
public final class TesseractInstalled implements ExecutionCondition {
    private static volatile Tesseract.Probe probe;

    public static Tesseract.Probe probe() {
        Tesseract.Probe p = probe;
        if (p == null) {
            p = new Tesseract("tesseract", "tha+eng", 3).probe();
            probe = p;
        }
        return p;
    }

    public static boolean required() {
        return System.getenv("CI") != null || System.getenv("KLANGRU_REQUIRE_OCR") != null;
    }

    public static String missing() {
        return probe().problem() + ": the OCR tests need Debian's packages; install them with: "
                + "sudo apt-get install tesseract-ocr tesseract-ocr-tha tesseract-ocr-eng";
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (probe().ready()) {
            return ConditionEvaluationResult.enabled(probe().version());
        }
        if (required()) {
            throw new AssertionError(missing());
        }
        System.err.println("SKIPPED " + context.getDisplayName() + ": " + missing());
        return ConditionEvaluationResult.disabled(missing());
    }
}
