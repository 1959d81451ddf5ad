package nl.samenspel.hub.internal;

import java.util.List;

/**
 * A node profile as found under {@code regional-config/nodes/<naam>/etc/}.
 *
 * @param naam     the profile directory's name
 * @param gemeente the municipality from {@code nl.samenspel.node.cfg}; null for the hub profile
 * @param features the role and module features from {@code samenspel-profiel.properties}
 * @param fouten   what could not be read
 */
record Knooppuntprofiel(String naam, String gemeente, String hubUrl, List<String> features, Integer httpPort, List<String> fouten) {

    static final String HUB_FEATURE = "samenspel-hub";

    boolean isHub() {
        return features.contains(HUB_FEATURE);
    }
}
