/**
 * Health beyond "started": a component that keeps failing at its work (an inbox that cannot read
 * its files, for instance) registers a {@link nl.samenspel.api.gezondheid.Gezondheid} service,
 * and the readiness endpoint reports what it says.
 */
@Export
@Version("1.0.0")
package nl.samenspel.api.gezondheid;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
