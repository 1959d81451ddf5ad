/**
 * What the hub's exchange port tells the rest of the platform about TLS handshakes it refused:
 * a {@link nl.samenspel.jetty.Handdrukweigering} for each, given to every
 * {@link nl.samenspel.jetty.Handdrukwaarnemer} service. The package lives in a fragment of Pax
 * Web's Jetty bundle, so it is exported by that bundle.
 */
// no import of its own export: the package exists only in this fragment, so nothing could substitute it
@Export(substitution = Export.Substitution.NOIMPORT)
@Version("1.3.0")
package nl.samenspel.jetty;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
