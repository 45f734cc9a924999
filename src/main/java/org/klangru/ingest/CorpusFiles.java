package org.klangru.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Lists the files of a corpus folder: recursive, sorted, hidden files and folders left out. */
final class CorpusFiles {
    private CorpusFiles() {}

    static List<Path> list(Path corpus, Path exclude) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new IOException("ไม่พบโฟลเดอร์คลังเอกสาร (corpus folder not found): " + corpus);
        }
        Path skip = exclude == null ? null : exclude.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(corpus, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(corpus) && ignoredFolder(dir.getFileName().toString());
                boolean isIndex = skip != null && dir.toAbsolutePath().normalize().equals(skip);
                return hidden || isIndex ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !ignoredFile(file.getFileName().toString())) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }

    /**
     * Files that are not documents: hidden ones (LibreOffice's {@code .~lock.x#}), Office's owner files
     * ({@code ~$x.docx}), downloads and copies still being written ({@code .part}, {@code .crdownload},
     * {@code .tmp}), editor backups ({@code x~}) and the corpus's README.
     */
    static boolean ignoredFile(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return name.startsWith(".") || name.startsWith("~$") || name.endsWith("~") || lower.equals("readme.md")
                || lower.endsWith(".part") || lower.endsWith(".crdownload") || lower.endsWith(".tmp");
    }

    /** Folders left out: hidden ones. */
    static boolean ignoredFolder(String name) {
        return name.startsWith(".");
    }

    /** The path relative to the corpus, with '/' separators on every platform. */
    static String relative(Path corpus, Path file) {
        return corpus.relativize(file).toString().replace('\\', '/');
    }
}
