/**
 * Health beyond "started": a component that keeps failing at its work (an inbox that cannot read
 * its files, a database that refuses writes) registers a {@link nl.samenspel.api.gezondheid.Gezondheid}
 * service, and the readiness endpoint reports what it says. Whether work that writes may be taken now
 * ({@link nl.samenspel.api.gezondheid.Opslagstand}) is the store's to say. A component with figures worth
 * watching (the outbox, the imports) registers a {@link nl.samenspel.api.gezondheid.Meetbron},
 * and {@code /api/v1/metrics} exposes them.
 */
@Export
@Version("1.1.0")
package nl.samenspel.api.gezondheid;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
