package org.klangru.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code klangru}: serve, index and search a Thai PMQA document collection. */
@Command(name = "klangru", mixinStandardHelpOptions = true, version = "Klangru 0.1",
        description = "คลังรู้ — ค้นหาเอกสารการพัฒนาคุณภาพการบริหารจัดการภาครัฐ (Thai PMQA document search)",
        subcommands = {ServeCommand.class, IndexCommand.class, SearchCommand.class, SegmentCommand.class,
                EvidenceCommand.class, TrainCategoriesCommand.class})
public final class KlangruMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new KlangruMain()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
