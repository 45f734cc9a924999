package org.klangru.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Watches a corpus folder (recursively, new sub-folders included) and asks for an ingest run once changes have
 * been quiet for the debounce time, so copying a hundred files is one run, not a hundred. WatchService misses
 * events on some filesystems (network mounts, some containers), so the full listing is also compared with the
 * last one every {@code rescan}; a difference asks for a run too. The index folder and files that are not
 * documents ({@link CorpusFiles#ignoredFile}) never trigger one.
 */
public final class CorpusWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);

    private final Path root;
    private final Path indexDir;
    private final Runnable onChange;
    private final long debounceNanos;
    private final long rescanNanos;
    private final WatchService watch;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;
    private final boolean events;
    private Map<Path, List<Long>> listing;

    /**
     * @param onChange called on the watcher's thread when a run is due; must not block for long
     * @param rescan   how often the listing is compared; zero for never
     */
    public CorpusWatcher(Path corpus, Path indexDir, Duration debounce, Duration rescan, Runnable onChange) throws IOException {
        this(corpus, indexDir, debounce, rescan, onChange, true);
    }

    /** @param events false: rely on the rescan alone, as on a filesystem whose events never come (for tests) */
    CorpusWatcher(Path corpus, Path indexDir, Duration debounce, Duration rescan, Runnable onChange, boolean events) throws IOException {
        this.root = corpus.toAbsolutePath().normalize();
        this.indexDir = indexDir.toAbsolutePath().normalize();
        this.onChange = onChange;
        this.debounceNanos = Math.max(0, debounce.toNanos());
        this.rescanNanos = rescan.isNegative() ? 0 : rescan.toNanos();
        this.watch = FileSystems.getDefault().newWatchService();
        this.events = events;
        registerTree(root);
        this.listing = listing();
        this.thread = new Thread(this::loop, "klangru-watch");
        thread.setDaemon(true);
    }

    public CorpusWatcher start() {
        thread.start();
        LOG.info("watching {} for changes (debounce {} ms)", root, TimeUnit.NANOSECONDS.toMillis(debounceNanos));
        return this;
    }

    private void loop() {
        long lastChange = 0;
        boolean pending = false;
        long nextRescan = System.nanoTime() + rescanNanos;
        try {
            while (true) {
                long now = System.nanoTime();
                long waitNanos = pending ? lastChange + debounceNanos - now : Long.MAX_VALUE;
                if (rescanNanos > 0) {
                    waitNanos = Math.min(waitNanos, nextRescan - now);
                }
                WatchKey key = waitNanos == Long.MAX_VALUE ? watch.take()
                        : watch.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(waitNanos)), TimeUnit.MILLISECONDS);
                if (key != null && handle(key)) {
                    pending = true;
                    lastChange = System.nanoTime();
                }
                now = System.nanoTime();
                if (pending && now - lastChange >= debounceNanos) {
                    pending = false;
                    trigger("change on disk");
                }
                if (rescanNanos > 0 && now >= nextRescan) {
                    nextRescan = now + rescanNanos;
                    if (!pending && !Objects.equals(listing, listing())) {
                        trigger("rescan found a change");
                    }
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed: stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("the corpus watcher stopped", e);
        }
    }

    private void trigger(String why) {
        listing = listing(); // what the run about to start will see; the rescan compares against it
        LOG.info("{}: ingest run requested", why);
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("could not request an ingest run: {}", e.toString());
        }
    }

    /** Reads a key's events; true when one of them concerns a document (or a folder that may hold some). */
    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                relevant = true; // events were lost: let the run look at everything
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (path.toAbsolutePath().normalize().startsWith(indexDir)) {
                continue;
            }
            String name = path.getFileName().toString();
            if (Files.isDirectory(path)) {
                if (CorpusFiles.ignoredFolder(name)) {
                    continue;
                }
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                    registerTreeQuietly(path); // a new folder, perhaps with files already inside
                }
                relevant = true;
            } else if (!CorpusFiles.ignoredFile(name)) {
                relevant = true; // a document, or a folder that was deleted
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private void registerTreeQuietly(Path dir) {
        try {
            registerTree(dir);
        } catch (IOException e) {
            LOG.warn("cannot watch {}: {}", dir, e.toString());
        }
    }

    private void registerTree(Path dir) throws IOException {
        if (!events) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                Path abs = d.toAbsolutePath().normalize();
                if (abs.equals(indexDir) || (!abs.equals(root) && CorpusFiles.ignoredFolder(abs.getFileName().toString()))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = d.register(watch, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
                folders.put(key, d);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE; // deleted meanwhile, or unreadable: the ingest reports it
            }
        });
    }

    /** Every document's size and modification time: what the ingest compares too. */
    private Map<Path, List<Long>> listing() {
        Map<Path, List<Long>> files = new HashMap<>();
        try {
            for (Path f : CorpusFiles.list(root, indexDir)) {
                try {
                    files.put(f, List.of(Files.size(f), Files.getLastModifiedTime(f).toMillis()));
                } catch (IOException e) {
                    // gone since the listing
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", root, e.toString());
        }
        return files;
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            LOG.warn("closing the watch service: {}", e.toString());
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
