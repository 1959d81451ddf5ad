/** The identity of this node: which municipality it is and where its hub is. */
@Export
@Version("1.0.0")
package nl.samenspel.node;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
