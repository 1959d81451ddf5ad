/**
 * Client privacy. A {@link nl.samenspel.api.privacy.Bsn} exists only inside a node, between
 * reading a file and storing its records; what is stored and what leaves the node is the
 * client pseudonym a {@link nl.samenspel.api.privacy.Pseudoniemdienst} makes from it.
 */
@Export
@Version("1.0.0")
package nl.samenspel.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
