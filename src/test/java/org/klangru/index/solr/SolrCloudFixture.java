package org.klangru.index.solr;

import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A real SolrCloud in the test JVM: {@code nodes} Solr nodes and an embedded ZooKeeper (Solr's test framework),
 * with Klangru's configset uploaded. Klangru connects to it as to any cluster, through its ZooKeeper hosts.
 */
public final class SolrCloudFixture implements AutoCloseable {
    /** The chroot MiniSolrCloudCluster keeps the cluster's state under. */
    private static final String CHROOT = "/solr";

    private final MiniSolrCloudCluster cluster;

    private SolrCloudFixture(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    public static SolrCloudFixture start(int nodes) throws Exception {
        Path base = Files.createTempDirectory("klangru-solrcloud");
        Path conf = SolrConfigSet.extractTo(base.resolve("configset"));
        return new SolrCloudFixture(new MiniSolrCloudCluster.Builder(nodes, base.resolve("cluster"))
                .addConfig(SolrConfigSet.NAME, conf)
                .build());
    }

    /** Settings for a collection of this cluster, as {@code klangru.solr.*} has them. */
    public SolrCloudConfig config(String collection, int shards, int replicationFactor) {
        SolrCloudConfig c = new SolrCloudConfig();
        c.setZkHosts(List.of(cluster.getZkServer().getZkHost()));
        c.setZkChroot(CHROOT);
        c.setCollection(collection);
        c.setShards(shards);
        c.setReplicationFactor(replicationFactor);
        return c;
    }

    /** The same settings as Micronaut properties. */
    public Map<String, String> properties(String collection, int shards, int replicationFactor) {
        return Map.of("klangru.index.backend", "solrcloud",
                "klangru.solr.zk-hosts", cluster.getZkServer().getZkHost(),
                "klangru.solr.zk-chroot", CHROOT,
                "klangru.solr.collection", collection,
                "klangru.solr.shards", String.valueOf(shards),
                "klangru.solr.replication-factor", String.valueOf(replicationFactor));
    }

    public List<JettySolrRunner> nodes() {
        return cluster.getJettySolrRunners();
    }

    public MiniSolrCloudCluster cluster() {
        return cluster;
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }
}
