package org.klangru.index.solr;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/**
 * The SolrCloud backend ({@code klangru.solr.*}, used when {@code klangru.index.backend=solrcloud}). Holds no Solr
 * type, so that reading it loads no Solr class.
 */
@ConfigurationProperties("klangru.solr")
public class SolrCloudConfig {
    /** ZooKeeper ensemble of the cluster, {@code host:port} each, with an optional chroot ({@code /solr}). */
    private List<String> zkHosts = List.of();
    /** ZooKeeper chroot of the cluster, if it has one ({@code /solr}). */
    private String zkChroot;
    /** The collection of Klangru's records; created with Klangru's configset when missing. */
    private String collection = "klangru";
    /** Shards of a collection Klangru creates (an existing collection keeps its own). */
    private int shards = 2;
    /** Copies of each shard in a collection Klangru creates: 2 or more keeps searches going when a node is lost. */
    private int replicationFactor = 1;
    /** How long a request to the cluster may take before it fails, in milliseconds. */
    private int timeoutMs = 30_000;

    public List<String> getZkHosts() {
        return zkHosts;
    }

    public void setZkHosts(List<String> zkHosts) {
        this.zkHosts = zkHosts;
    }

    public String getZkChroot() {
        return zkChroot;
    }

    public void setZkChroot(String zkChroot) {
        this.zkChroot = zkChroot;
    }

    public String getCollection() {
        return collection;
    }

    public void setCollection(String collection) {
        this.collection = collection;
    }

    public int getShards() {
        return shards;
    }

    public void setShards(int shards) {
        this.shards = shards;
    }

    public int getReplicationFactor() {
        return replicationFactor;
    }

    public void setReplicationFactor(int replicationFactor) {
        this.replicationFactor = replicationFactor;
    }

    public int getTimeoutMs() {
        return timeoutMs;
    }

    public void setTimeoutMs(int timeoutMs) {
        this.timeoutMs = timeoutMs;
    }
}
