package org.klangru.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.klangru.index.IndexConfig;
import org.klangru.index.IndexStore;
import org.klangru.ingest.DocumentUploads;
import org.klangru.ingest.FileTypes;
import org.klangru.ingest.IngestConfig;
import org.klangru.ingest.UploadConfig;
import org.klangru.ingest.IngestRunner;
import org.klangru.ingest.Ingestor;
import org.klangru.ingest.PassageLabeler;
import org.klangru.ingest.TikaExtractor;
import org.klangru.ingest.ocr.OcrConfig;
import org.klangru.ingest.ocr.OcrEngine;
import org.klangru.search.DocumentBrowser;
import org.klangru.taxonomy.Taxonomy;
import org.klangru.taxonomy.TaxonomyConfig;
import org.klangru.taxonomy.TaxonomyFingerprint;
import org.klangru.search.SimilarPassages;
import org.klangru.search.Suggester;
import org.klangru.search.SnippetSearcher;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Wires the plain-Java services of the lower packages into Micronaut, from typed configuration. */
@Factory
class ServiceFactory {

    @Singleton
    Taxonomy taxonomy(TaxonomyConfig config) {
        return config.load();
    }

    @Singleton
    @Bean(preDestroy = "close")
    IndexStore indexStore(IndexConfig config, Taxonomy taxonomy) {
        try {
            return IndexStore.openWritable(config.getDir(), TaxonomyFingerprint.of(taxonomy), config.analysis());
        } catch (IOException e) {
            throw new UncheckedIOException("ไม่สามารถเปิดดัชนีที่ " + config.getDir() + " (cannot open the index)", e);
        }
    }

    @Singleton
    OcrEngine ocrEngine(OcrConfig ocr, IndexConfig index) {
        return new OcrEngine(ocr.settings(index.getDir()));
    }

    @Singleton
    @Bean(preDestroy = "close")
    TikaExtractor extractor(IngestConfig config, OcrEngine ocr) {
        return new TikaExtractor(config.limits(), ocr, config.isolation());
    }

    @Singleton
    PassageLabeler labeler(Taxonomy taxonomy) {
        return new PassageLabeler(taxonomy);
    }

    @Singleton
    Ingestor ingestor(IndexStore store, TikaExtractor extractor, PassageLabeler labeler, IngestConfig config) {
        return new Ingestor(store, extractor, labeler, config.workerCount(), config.commitInterval());
    }

    @Singleton
    FileTypes fileTypes(UploadConfig config) {
        return new FileTypes(config.getAllowedTypes());
    }

    @Singleton
    DocumentUploads documentUploads(IndexStore store, Ingestor ingestor, FileTypes types, UploadConfig config,
                                    CorpusLocation corpus) {
        return new DocumentUploads(store, ingestor, types, config, corpus::path);
    }

    @Singleton
    @Bean(preDestroy = "close")
    IngestRunner ingestRunner(Ingestor ingestor, CorpusLocation corpus, IngestStatus status) {
        return new IngestRunner(ingestor, corpus::path, status::record);
    }

    @Singleton
    SnippetSearcher snippetSearcher(IndexStore store, org.klangru.analysis.EquivalentsConfig equivalents) {
        return new SnippetSearcher(store, equivalents.load());
    }

    @Singleton
    SimilarPassages similarPassages(IndexStore store) {
        return new SimilarPassages(store);
    }

    @Singleton
    Suggester suggester(IndexStore store, Taxonomy taxonomy) {
        return new Suggester(store, DomainTerms.of(taxonomy));
    }

    @Singleton
    DocumentBrowser documentBrowser(IndexStore store) {
        return new DocumentBrowser(store);
    }
}
