package nl.samenspel.store.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The network server really serves the embedded engine's databases, and only when switched on. */
class DerbyNetwerkServerTest {

    /** The configuration a test gives: a record whose accessors implement the annotation's elements. */
    private record Config(boolean network_enabled, String network_host, int network_port) implements DerbyNetwerkConfig {
        @Override
        public Class<? extends Annotation> annotationType() {
            return DerbyNetwerkConfig.class;
        }
    }

    private static DerbyNetwerkConfig config(boolean aan, int poort) {
        return new Config(aan, "127.0.0.1", poort);
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void servesOverTheNetworkWhenEnabledAndStopsWhenDeactivated() throws Exception {
        int poort = vrijePoort();
        DerbyNetwerkServer server = new DerbyNetwerkServer();
        server.configureer(config(true, poort));
        try (Connection c = DriverManager.getConnection("jdbc:derby://127.0.0.1:" + poort + "/memory:netwerktest;create=true")) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("Apache Derby");
        } finally {
            server.stop();
        }
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:derby://127.0.0.1:" + poort + "/memory:netwerktest"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void nothingListensWhenDisabled() throws Exception {
        int poort = vrijePoort();
        DerbyNetwerkServer server = new DerbyNetwerkServer();
        server.configureer(config(false, poort));
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:derby://127.0.0.1:" + poort + "/memory:uit;create=true"))
                .isInstanceOf(SQLException.class);
        server.stop();
    }
}
