package nl.samenspel.store.internal;

import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.apache.derby.drda.NetworkServerControl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Derby network server beside the embedded engine when configured.
 * Both serve the same databases (under {@code derby.system.home}), so a tool
 * connects with {@code jdbc:derby://host:port/samenspel}.
 */
@Component(configurationPid = "nl.samenspel.store", service = {})
@Designate(ocd = DerbyNetwerkConfig.class)
public class DerbyNetwerkServer {

    private static final Logger LOG = LoggerFactory.getLogger(DerbyNetwerkServer.class);
    private static final Duration OPSTARTTIJD = Duration.ofSeconds(20);

    private NetworkServerControl server;

    @Activate
    @Modified
    void configureer(DerbyNetwerkConfig config) throws Exception {
        stop();
        if (!config.network_enabled()) {
            return;
        }
        NetworkServerControl nieuw = new NetworkServerControl(InetAddress.getByName(config.network_host()), config.network_port());
        nieuw.start(new PrintWriter(Writer.nullWriter()));
        wachtTotBereikbaar(nieuw, config);
        server = nieuw;
        LOG.info("Derby network server luistert op {}:{}", config.network_host(), config.network_port());
    }

    private static void wachtTotBereikbaar(NetworkServerControl server, DerbyNetwerkConfig config) throws Exception {
        Instant grens = Instant.now().plus(OPSTARTTIJD);
        while (true) {
            try {
                server.ping();
                return;
            } catch (Exception nogNiet) {
                if (Instant.now().isAfter(grens)) {
                    throw new IllegalStateException("Derby network server op " + config.network_host() + ":"
                            + config.network_port() + " kwam niet op", nogNiet);
                }
                // the server starts its listener on its own thread; give it a moment between pings
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
        }
    }

    @Deactivate
    void stop() {
        if (server != null) {
            try {
                server.shutdown();
            } catch (Exception e) {
                LOG.warn("Derby network server stoppen mislukt: {}", e.getMessage());
            }
            server = null;
        }
    }
}
