package org.klangru.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.klangru.index.IndexConfig;
import org.klangru.index.IndexStore;
import org.klangru.index.PassageIndex;
import org.klangru.index.solr.SolrCloudConfig;
import org.klangru.search.PassageSearch;
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

    /** The configured backend; SolrCloud classes are loaded only when it is chosen. */
    @Singleton
    @Bean(preDestroy = "close")
    PassageIndex passageIndex(IndexConfig config, SolrCloudConfig solr, Taxonomy taxonomy) {
        String taxonomyFingerprint = TaxonomyFingerprint.of(taxonomy);
        try {
            return switch (config.getBackend()) {
                case EMBEDDED -> IndexStore.openWritable(config.getDir(), taxonomyFingerprint, config.analysis());
                case SOLRCLOUD -> SolrBackend.open(solr, config, taxonomyFingerprint);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("ไม่สามารถเปิดดัชนีที่ " + config.getBackend().name().toLowerCase()
                    + " (cannot open the index)", e);
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
    Ingestor ingestor(PassageIndex store, TikaExtractor extractor, PassageLabeler labeler, IngestConfig config) {
        return new Ingestor(store, extractor, labeler, config.workerCount(), config.commitInterval());
    }

    @Singleton
    FileTypes fileTypes(UploadConfig config) {
        return new FileTypes(config.getAllowedTypes());
    }

    @Singleton
    DocumentUploads documentUploads(PassageIndex store, Ingestor ingestor, FileTypes types, UploadConfig config,
                                    CorpusLocation corpus) {
        return new DocumentUploads(store, ingestor, types, config, corpus::path);
    }

    @Singleton
    @Bean(preDestroy = "close")
    IngestRunner ingestRunner(Ingestor ingestor, CorpusLocation corpus, IngestStatus status) {
        return new IngestRunner(ingestor, corpus::path, status::record);
    }

    @Singleton
    PassageSearch passageSearch(PassageIndex index, org.klangru.analysis.EquivalentsConfig equivalents) {
        return index instanceof IndexStore store ? new SnippetSearcher(store, equivalents.load())
                : SolrBackend.search(index, equivalents.load());
    }

    @Singleton
    SimilarPassages similarPassages(PassageIndex store) {
        return new SimilarPassages(store);
    }

    @Singleton
    Suggester suggester(PassageIndex store, Taxonomy taxonomy) {
        return new Suggester(store, DomainTerms.of(taxonomy));
    }

    @Singleton
    DocumentBrowser documentBrowser(PassageIndex store) {
        return new DocumentBrowser(store);
    }
}
