package org.klangru.cli;

import io.micronaut.context.ApplicationContext;
import org.klangru.evidence.EvidenceCollector;
import org.klangru.evidence.EvidenceFormat;
import org.klangru.evidence.EvidencePack;
import org.klangru.evidence.EvidencePlan;
import org.klangru.evidence.EvidencePlanException;
import org.klangru.evidence.EvidenceRequest;
import org.klangru.evidence.EvidenceVocabulary;
import org.klangru.index.IndexConfig;
import org.klangru.index.IndexStore;
import org.klangru.taxonomy.Taxonomy;
import org.klangru.taxonomy.TaxonomyConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code klangru evidence}: an evidence pack for a PMQA category from the index (read-only, without locking it), as
 * DOCX, Markdown or JSON; prints the coverage table.
 */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "สร้างแฟ้มหลักฐานของหมวด: ตารางความครอบคลุม และข้อความที่ดีที่สุดพร้อมการอ้างอิง"
                + " (make an evidence pack for a PMQA category)")
final class EvidenceCommand implements Callable<Integer> {
    @Mixin
    ContextOptions options = new ContextOptions();

    @Option(names = "--category", paramLabel = "N", description = "หมวด 1–7 (PMQA category; required)")
    Integer category;

    @Option(names = "--framework", paramLabel = "ID", description = "pmqa40 (default), fl2552 หรือ fl2")
    String framework = "pmqa40";

    @Option(names = "--agency", paramLabel = "NAME", description = "หน่วยงาน ซ้ำได้ (agency, repeatable)")
    List<String> agencies = List.of();

    @Option(names = "--year", paramLabel = "YEAR", description = "ปี พ.ศ. 2567 หรือช่วง 2565-2567 (year or range, repeatable)")
    List<String> years = List.of();

    @Option(names = "--format", paramLabel = "FORMAT", description = "docx, md หรือ json (default: from the --out extension)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "ไฟล์ผลลัพธ์ เช่น pack.docx; ไม่ระบุ = md/json ออกทางจอ (output file)")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", description = "ที่อยู่หน้าเว็บคลังรู้สำหรับลิงก์ (links point here; default ${DEFAULT-VALUE})")
    String baseUrl = EvidenceRequest.DEFAULT_BASE_URL;

    @Option(names = "--quotes", paramLabel = "N", description = "ข้อความที่ยกมาต่อหัวข้อ 1–20 (quotations per section; default ${DEFAULT-VALUE})")
    int quotes = EvidenceRequest.DEFAULT_QUOTES;

    PrintStream stdout = System.out;
    PrintStream err = System.err;

    @Override
    public Integer call() throws Exception {
        if (category == null || category < 1 || category > 7) {
            err.println("กรุณาระบุ --category เป็นเลข 1–7 (give --category 1-7)");
            return 2;
        }
        if (quotes < 1 || quotes > EvidenceRequest.MAX_QUOTES) {
            err.println("--quotes ต้องอยู่ระหว่าง 1–" + EvidenceRequest.MAX_QUOTES);
            return 2;
        }
        EvidenceFormat chosen;
        try {
            chosen = format != null ? EvidenceFormat.parse(format)
                    : out == null ? EvidenceFormat.MD : EvidenceFormat.ofFileName(out.getFileName().toString());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (chosen == null) {
            err.println("บอกรูปแบบด้วย --format docx|md|json หรือใช้นามสกุล .docx .md .json (give --format or a known extension)");
            return 2;
        }
        if (out == null && chosen == EvidenceFormat.DOCX) {
            err.println("DOCX ต้องเขียนลงไฟล์: ระบุ --out FILE.docx (DOCX needs --out FILE.docx)");
            return 2;
        }
        List<Integer> yearList = new ArrayList<>();
        try {
            for (String y : years) {
                yearList.addAll(org.klangru.text.BuddhistYears.parse(y));
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        IndexConfig config;
        Taxonomy taxonomy;
        try (ApplicationContext ctx = options.start(Map.of())) {
            config = ctx.getBean(IndexConfig.class);
            taxonomy = ctx.getBean(TaxonomyConfig.class).load();
        }
        EvidencePlan plan;
        try {
            plan = EvidencePlan.build(taxonomy, EvidenceVocabulary.loadDefault(), framework, category);
        } catch (EvidencePlanException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (!IndexStore.exists(config.getDir())) {
            err.println("ไม่พบดัชนีที่ " + config.getDir() + " — สั่ง ./klangru index ก่อน (no index; run ./klangru index first)");
            return 2;
        }
        EvidencePack pack;
        try (IndexStore store = IndexStore.openReadOnly(config.getDir())) {
            pack = new EvidenceCollector(store).collect(plan, new EvidenceRequest(agencies, yearList, baseUrl, quotes,
                    LocalDate.now()));
        }
        byte[] bytes = chosen.write(pack);
        if (out == null) {
            stdout.write(bytes);
            stdout.flush();
            return 0;
        }
        Path target = out.toAbsolutePath();
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        // written beside the target, then moved over it: a reader never sees half a file
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        printCoverage(pack, out, chosen);
        return 0;
    }

    private void printCoverage(EvidencePack pack, Path file, EvidenceFormat f) {
        EvidencePack.Coverage c = pack.coverage();
        stdout.printf("เขียน %s (%s): %s%n", file, f.id(), pack.titleTh());
        stdout.printf("พบหลักฐาน %d จาก %d หัวข้อ (%d%%): ชัดเจน %d · บางส่วน %d · ไม่พบ %d%n",
                c.strong() + c.partial(), c.rows(), Math.round(c.filled() * 100), c.strong(), c.partial(), c.none());
        for (EvidencePack.CoverageRow r : c.table()) {
            String title = r.titleTh().length() > 60 ? r.titleTh().substring(0, 60) + "…" : r.titleTh();
            stdout.printf("  %-28s %-15s %3d ข้อความ %2d เอกสาร  %s%n", r.label(), r.strengthTh(), r.passages(),
                    r.documents(), r.depth() > 1 ? "" : title);
        }
    }
}
