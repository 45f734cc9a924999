/**
 * The code that runs inside Solr, loaded from {@code klangru-solr-plugin.jar}: the analysis factories that give
 * Solr's field types exactly the tokens of Klangru's own analyzers ({@code org.klangru.analysis}), and the
 * {@code klangru} query parser, which builds the very Lucene query of {@code org.klangru.search}. Nothing here is
 * used by the Klangru server itself; the configset ({@code configset/conf/} beside this package's resources) names
 * these classes.
 */
package org.klangru.solr;
