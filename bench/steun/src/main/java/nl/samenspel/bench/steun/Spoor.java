package nl.samenspel.bench.steun;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What a query asks of Derby, whatever the store's code looks like: a bench gives a second store
 * and monitoring of the module a DataSource that wraps the real one (java.lang.reflect.Proxy on
 * DataSource, Connection, Statement and ResultSet). Per statement it records the SQL, how often it
 * ran, the rows fetched, the time in {@code executeQuery} (Derby opens the query: for a GROUP BY
 * or ORDER BY that is where it scans and sorts) and in {@code ResultSet.next} (Derby fetching
 * rows), and, with runtime statistics switched on for the connection, Derby's plan. Everything
 * else of the call (column getters, building records, the Java in Monitoring) is the rest.
 * Only used after the timed rounds; the proxies add about 0.1 µs per proxied call.
 */
public final class Spoor {

    /** One statement's figures within the traced calls of one query. */
    public static final class Opdracht {
        public final String sql;
        public long uitvoeringen;
        public long rijen;
        public long openNs;
        public long volgendeNs;
        public final Set<String> plan = new LinkedHashSet<>();

        Opdracht(String sql) {
            this.sql = sql;
        }
    }

    private final DataSource echt;
    private final String schema;
    private final Map<String, Opdracht> opdrachten = new LinkedHashMap<>();
    private boolean plannen;

    /** @param schema the module's schema, left out of the SQL {@link #kort} shows */
    public Spoor(DataSource echt, String schema) {
        this.echt = echt;
        this.schema = schema;
    }

    /** Starts a new query's trace. */
    public void begin(boolean metPlannen) {
        opdrachten.clear();
        plannen = metPlannen;
    }

    public List<Opdracht> opdrachten() {
        return new ArrayList<>(opdrachten.values());
    }

    public long derbyNs() {
        return opdrachten.values().stream().mapToLong(o -> o.openNs + o.volgendeNs).sum();
    }

    public DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, m, args) -> {
            Object r = roep(echt, m, args);
            if (r instanceof Connection c) {
                return verbinding(c);
            }
            return r;
        });
    }

    private Connection verbinding(Connection c) throws SQLException {
        if (plannen) {
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            }
        }
        Opdracht[] laatste = new Opdracht[1];
        InvocationHandler h = (proxy, m, args) -> {
            switch (m.getName()) {
                case "prepareStatement", "prepareCall" -> {
                    PreparedStatement ps = (PreparedStatement) roep(c, m, args);
                    Opdracht o = opdrachten.computeIfAbsent((String) args[0], Opdracht::new);
                    return opdracht(ps, PreparedStatement.class, o, laatste);
                }
                case "createStatement" -> {
                    return opdracht((Statement) roep(c, m, args), Statement.class, null, laatste);
                }
                case "close" -> {
                    if (plannen && laatste[0] != null && !c.isClosed() && laatste[0].plan.isEmpty()) {
                        laatste[0].plan.addAll(plan(c));
                    }
                    return roep(c, m, args);
                }
                default -> {
                    return roep(c, m, args);
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class}, h);
    }

    private Statement opdracht(Statement s, Class<? extends Statement> soort, Opdracht vast, Opdracht[] laatste) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().equals("executeQuery")) {
                Opdracht o = vast != null ? vast : opdrachten.computeIfAbsent((String) args[0], Opdracht::new);
                long t0 = System.nanoTime();
                ResultSet rs = (ResultSet) roep(s, m, args);
                o.openNs += System.nanoTime() - t0;
                o.uitvoeringen++;
                laatste[0] = o;
                return resultaat(rs, o);
            }
            return roep(s, m, args);
        };
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {soort}, h);
    }

    private ResultSet resultaat(ResultSet rs, Opdracht o) {
        InvocationHandler h = (proxy, m, args) -> {
            if (m.getName().equals("next")) {
                long t0 = System.nanoTime();
                Object r = roep(rs, m, args);
                o.volgendeNs += System.nanoTime() - t0;
                if (Boolean.TRUE.equals(r)) {
                    o.rijen++;
                }
                return r;
            }
            return roep(rs, m, args);
        };
        return (ResultSet) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ResultSet.class}, h);
    }

    private static Object roep(Object doel, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(doel, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The plan of the last statement run on the connection, reduced to the lines naming access paths, sorts and row counts. */
    private static List<String> plan(Connection c) throws SQLException {
        String tekst;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
            if (!rs.next()) {
                return List.of();
            }
            Object o = rs.getObject(1);
            tekst = o instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : String.valueOf(o);
        }
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
        }
        List<String> uit = new ArrayList<>();
        uit.add("\u0000" + tekst); // the whole text first, for the plans file
        for (String r : tekst.lines().map(String::strip).toList()) {
            if (r.matches("(?i)(.*ResultSet.*|Rows input = .*|Number of rows qualified=.*|Number of rows visited=.*|Number of pages visited=.*"
                    + "|Number of merge runs=.*|Number of rows output=.*)")) {
                uit.add(r.replaceAll(" at read committed isolation level.*", "").replaceAll("constraint SQL[0-9a-f-]+", "the primary key")
                        .replaceAll("\\s*ResultSet( \\(\\d+\\))?:?", ""));
            }
        }
        return uit;
    }

    /** The SQL on one line, without the schema. */
    public String kort(String sql) {
        return sql.replace(schema + ".", "").replaceAll("\\s+", " ");
    }

    /** The kernel of a plan for one line of the summary. */
    public static String planKern(Opdracht o) {
        return String.join(" | ", o.plan.stream().filter(r -> !r.startsWith("\u0000")).toList());
    }

    public static String planTekst(Opdracht o) {
        return o.plan.stream().filter(r -> r.startsWith("\u0000")).map(r -> r.substring(1)).findFirst().orElse("(no plan)");
    }

    public static String ms(long ns) {
        return String.format(Locale.ROOT, "%.1f", ns / 1e6);
    }

    public static long mediaan(List<Long> w) {
        long[] a = w.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a.length == 0 ? 0 : a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }
}
