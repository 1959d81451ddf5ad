package nl.samenspel.node;

import java.net.URI;

/**
 * This node's identity, from {@code etc/nl.samenspel.node.cfg}. Registered only
 * when configured: code that needs to know which municipality it runs for
 * depends on this service and stays inactive until the node is configured.
 */
public interface Knooppunt {

    /** CBS code of the municipality this node belongs to. */
    String gemeente();

    /** Base URL of the hub, e.g. {@code https://hub.samenspel.example:8443}. */
    URI hubUrl();
}
