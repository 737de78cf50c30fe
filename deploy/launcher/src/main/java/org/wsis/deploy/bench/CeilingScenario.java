package org.wsis.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling: single-row durable inserts with a unique constraint (a vote's shape) straight into
 * the same PostgreSQL by {@code concurrency} connections, for the length of a load phase.
 */
final class CeilingScenario {

    private final BenchContext bench;

    CeilingScenario(BenchContext bench) {
        this.bench = bench;
    }

    /** Inserts per second. */
    long run() throws Exception {
        try (Connection c = bench.database.connect("postgres"); var st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS bench_ceiling");
            st.execute("CREATE TABLE bench_ceiling (id UUID PRIMARY KEY, voter VARCHAR(255) NOT NULL,"
                    + " category VARCHAR(30) NOT NULL, cast_at TIMESTAMPTZ NOT NULL, UNIQUE (voter, category))");
        }
        int workers = bench.options.concurrency();
        long start = System.nanoTime();
        long end = start + bench.options.seconds() * 1_000_000_000L;
        AtomicLong inserted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        List<Future<long[]>> latencies = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            latencies.add(pool.submit(() -> insertUntil(end, worker, inserted)));
        }
        long[] all = new long[0];
        for (Future<long[]> worker : latencies) {
            long[] mine = worker.get();
            long[] merged = java.util.Arrays.copyOf(all, all.length + mine.length);
            System.arraycopy(mine, 0, merged, all.length, mine.length);
            all = merged;
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("connections", workers);
        long perSecond = Math.round(inserted.get() / seconds);
        scenario.put("insertsPerSecond", perSecond);
        scenario.put("latencyMs", Percentiles.of(all, all.length, 1000).toMap());
        try (Connection c = bench.database.connect("postgres"); var st = c.createStatement()) {
            ResultSet rs = st.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')");
            rs.next();
            scenario.put("fsync", rs.getString(1));
            scenario.put("synchronousCommit", rs.getString(2));
            st.execute("DROP TABLE bench_ceiling");
        }
        bench.summary.put("ceiling", scenario);
        Summary.printSection(bench.out, "ceiling (plain PostgreSQL)", scenario);
        return perSecond;
    }

    /** One connection's inserts until {@code end}; each insert's latency in microseconds. */
    private long[] insertUntil(long end, int worker, AtomicLong inserted) throws Exception {
        long[] micros = new long[1024];
        int n = 0;
        try (Connection c = bench.database.connect("postgres"); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO bench_ceiling (id, voter, category, cast_at) VALUES (?, ?, ?, now())")) {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, "w" + worker + "-" + n);
                insert.setString(3, "C1");
                insert.executeUpdate();
                if (n == micros.length) {
                    micros = java.util.Arrays.copyOf(micros, n * 2);
                }
                micros[n++] = (System.nanoTime() - start) / 1000;
                inserted.incrementAndGet();
            }
        }
        return java.util.Arrays.copyOf(micros, n);
    }
}
