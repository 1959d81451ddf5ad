package nl.samenspel.jetty;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A whiteboard service that hears of refused handshakes at the exchange port: the same ones the
 * log reports, so at most once a minute per peer and reason. Called on Jetty's thread, in the
 * middle of the handshake: keep it short, and do not throw (what is thrown is logged and ignored).
 */
@ConsumerType
public interface Handdrukwaarnemer {

    void geweigerd(Handdrukweigering weigering);
}
