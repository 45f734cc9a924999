package org.klangru.api;

import io.micronaut.http.multipart.CompletedFileUpload;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Waits (on a blocking thread) for every file part of a multipart body. The parts are kept where Micronaut put them
 * (on disk above the multipart threshold), not copied into memory.
 */
final class UploadedParts {
    private UploadedParts() {}

    static List<CompletedFileUpload> all(Publisher<CompletedFileUpload> parts) throws InterruptedException, ExecutionException {
        CompletableFuture<List<CompletedFileUpload>> done = new CompletableFuture<>();
        List<CompletedFileUpload> received = new ArrayList<>();
        parts.subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedFileUpload part) {
                synchronized (received) {
                    received.add(part);
                }
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                synchronized (received) {
                    done.complete(List.copyOf(received));
                }
            }
        });
        return done.get();
    }
}
