/**
 * The audit log that every interface writes to: {@link nl.samenspel.api.audit.Auditlog} and its
 * record, {@link nl.samenspel.api.audit.Auditregel}.
 */
@Export
@Version("1.0.0")
package nl.samenspel.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
